# Set-up and checks. `make test` and `make demo` work on a fresh clone: they create .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: install test lint fmt demo fuzz devset bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,html,chart]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check casualty_cli tests bench
	$(BIN)/ruff format --check casualty_cli tests bench
	$(BIN)/mypy casualty_cli

fmt: $(STAMP)
	$(BIN)/ruff format casualty_cli tests bench
	$(BIN)/ruff check --fix casualty_cli tests bench

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/casualty ingest data/samples/ --db $(DEMO_DB)
	$(BIN)/casualty report --db $(DEMO_DB) --since 2024-07
	$(BIN)/casualty check --db $(DEMO_DB) --scope all
	$(BIN)/casualty reference load data/reference/gaza_moh_2024.json --name moh --source "Gaza health ministry" --db $(DEMO_DB)
	$(BIN)/casualty reference compare moh --db $(DEMO_DB)

# The property tests (hypothesis) with 5,000 examples each instead of 150; statistics show the
# time per example. Every test file that uses hypothesis is picked up.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest $$(grep -l '^from hypothesis' tests/test_*.py) -q --hypothesis-show-statistics

# Score the extractor on the development set (texts fetched into .devset/texts, never committed).
devset: $(STAMP)
	PATH=$(CURDIR)/$(BIN):$$PATH $(PY) ../shared/devset/score.py ../shared/devset/gold.jsonl .devset/texts casualty

# Throughput, memory and start-up against issue 6's targets. BENCH_SIZES=1000,10000 for a quick run.
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache bench/out $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm

# Set-up and checks. `make test` and `make demo` work on a fresh clone: they create .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: install test lint fmt demo fuzz devset clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,html,chart]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check casualty_cli tests
	$(BIN)/ruff format --check casualty_cli tests
	$(BIN)/mypy casualty_cli

fmt: $(STAMP)
	$(BIN)/ruff format casualty_cli tests
	$(BIN)/ruff check --fix casualty_cli tests

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/casualty ingest data/samples/ --db $(DEMO_DB)
	$(BIN)/casualty report --db $(DEMO_DB) --since 2024-07

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests/test_properties.py -q

# Score the extractor on the development set (texts fetched into .devset/texts, never committed).
devset: $(STAMP)
	PATH=$(CURDIR)/$(BIN):$$PATH $(PY) ../shared/devset/score.py ../shared/devset/gold.jsonl .devset/texts casualty

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm

"""Each command through typer's CliRunner: stdout is data, stderr is talk."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli.cli import app

runner = CliRunner()

ART = (
    " date 2024-07-16\n\nGaza toll rises\n\nIsrael's offensive has killed at least 38,584 people, "
    "according to the Gaza health ministry. On Saturday a strike killed 22 people in Rafah, "
    "the ministry said. — AFP"
)
ART2 = (
    " date 2024-07-20\n\nToll\n\nThe war has killed 38,919 people, the health ministry in Gaza said. "
    "The Israeli military said 326 soldiers have been killed since the ground offensive began."
)


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    p1, p2 = tmp_path / "a1.txt", tmp_path / "a2.txt"
    p1.write_text(ART, encoding="utf-8")
    p2.write_text(ART2, encoding="utf-8")
    return [str(p1), str(p2)]


def test_every_command_has_help() -> None:
    for cmd in ["extract", "ingest", "report", "claims", "reextract", "articles", "show", "sources"]:
        r = invoke(cmd, "--help")
        assert r.exit_code == 0, cmd
        assert "Example" in r.stdout, cmd


def test_extract_jsonl_fields(articles: list[str]) -> None:
    r = invoke("extract", articles[0], "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["figure"], x["source"], x["as_of"]) for x in rows] == [
        (38584, "Gaza health ministry", "2024-07-16"),
        (22, "Gaza health ministry", "2024-07-13"),
    ]
    for x in rows:
        assert ART[x["start"] : x["end"]] == x["span"]
        assert x["article"] == articles[0]
        assert {"sentence", "source_text", "qualifier", "scope", "location", "figure_high"} <= set(x)


def test_extract_stdin_and_date_option() -> None:
    r = invoke(
        "extract", "-", "--date", "2024-03-05", "--format", "csv", input="Floods killed 12 people on Sunday."
    )
    assert r.exit_code == 0
    row = next(csv.DictReader(io.StringIO(r.stdout)))
    assert (row["figure"], row["as_of"], row["article"]) == ("12", "2024-03-03", "-")


def test_extract_missing_file_one_line_error(tmp_path: Path) -> None:
    r = invoke("extract", str(tmp_path / "nope.txt"))
    assert r.exit_code == 1
    assert "nope.txt: no such file" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def test_bad_date_is_usage_error(articles: list[str]) -> None:
    r = invoke("extract", articles[0], "--date", "July 16")
    assert r.exit_code == 2
    assert r.stderr.strip().startswith("Error: --date 'July 16'")
    assert len(r.stderr.strip().splitlines()) == 1


def test_ingest_then_claims_and_report(articles: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    r = invoke("ingest", *articles, "--db", db)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert "2 new article(s) with 4 claim(s)" in r.stderr
    again = invoke("ingest", *articles, "--db", db)
    assert "0 new article(s)" in again.stderr and "2 already stored" in again.stderr

    r = invoke("claims", "--db", db, "--format", "jsonl", "--category", "killed")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["figure"] for x in rows] == [22, 38584, 38919, 326]
    assert rows[0]["publisher"] == "AFP"

    r = invoke("report", "--db", db, "--since", "2024-07", "--format", "json")
    assert r.exit_code == 0
    grid = json.loads(r.stdout)
    assert [(g["date"], g["Gaza health ministry"]) for g in grid] == [
        ("2024-07-16", 38584),
        ("2024-07-20", 38919),
    ]
    assert grid[1]["change"] == 38919 - 38584


def test_report_csv_parses(articles: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    invoke("ingest", *articles, "--db", db)
    r = invoke("report", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows[0]["date"] == "2024-07-16"
    assert rows[-1]["Israeli military"] == "326"


def test_claims_on_missing_store_is_clear(tmp_path: Path) -> None:
    r = invoke("claims", "--db", str(tmp_path / "none.db"))
    assert r.exit_code == 1
    assert "no such store" in r.stderr
    assert not (tmp_path / "none.db").exists()


def test_db_from_environment(articles: list[str], isolated: Path) -> None:
    invoke("ingest", articles[0])
    assert (isolated / "test.db").exists()
    r = invoke("claims", "--format", "json")
    assert len(json.loads(r.stdout)) == 2


def test_reextract_reports_counts(articles: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    invoke("ingest", *articles, "--db", db)
    r = invoke("reextract", "--db", db)
    assert r.exit_code == 0
    assert "2 article(s) re-read: 0 with changed claims; claims 4 -> 4" in r.stderr


def test_sources_alias_and_list(articles: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    invoke("ingest", *articles, "--db", db)
    r = invoke("sources", "alias", "Gaza health ministry", "MoH Gaza", "--db", db)
    assert r.exit_code == 0
    assert "3 stored claim(s) updated" in r.stderr
    r = invoke("sources", "--db", db, "--format", "json")
    rows = {x["source"]: x for x in json.loads(r.stdout)}
    assert rows["MoH Gaza"]["claims"] == 3
    assert rows["MoH Gaza"]["first_seen"] == "2024-07-13"
    # a regional alias is listed with its mark: it names the body only in a story of its region
    assert "~civil defence agency" in rows["Gaza civil defence"]["aliases"].split("; ")


def test_show_highlights_article(articles: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    invoke("ingest", articles[0], "--db", db)
    r = invoke("show", articles[0], "--db", db)
    assert r.exit_code == 0
    assert "at least 38,584" in r.stdout and "Gaza health ministry" in r.stdout


# --- the table layout ---------------------------------------------------------------------------
class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _grid_rows(n_rows: int, n_sources: int) -> tuple[list[dict], list[str]]:
    sources = [f"source {i}" for i in range(n_sources)]
    rows = [
        {"date": f"2024-07-{d + 1:02d}", **{s: 1000 * d + i for i, s in enumerate(sources)}}
        for d in range(n_rows)
    ]
    return rows, ["date", *sources]


def test_a_table_off_a_terminal_is_plain_aligned_text() -> None:
    from casualty_cli.render import render

    rows, cols = _grid_rows(3, 2)
    rows[1]["source 1"] = None
    out = io.StringIO()
    render(rows, cols, "table", "killed", out=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "killed"
    assert lines[1].split("  ")[0] == "date" and "source 0" in lines[1] and "source 1" in lines[1]
    assert set(lines[2].replace(" ", "")) == {"-"}
    assert lines[5] == "2024-07-03     2,000     2,001"
    assert lines[4].rstrip() == "2024-07-02     1,000"  # a gap is blank, numbers stay right-aligned
    assert not any(ch in out.getvalue() for ch in "┃│━─")


def test_a_table_on_a_terminal_is_drawn_by_rich_unless_it_is_very_large() -> None:
    from casualty_cli.render import RICH_CELLS, render

    small = _Terminal()
    render(*_grid_rows(3, 2), "table", "killed", out=small)
    assert "┃" in small.getvalue() or "│" in small.getvalue()
    rows, cols = _grid_rows(RICH_CELLS // 10 + 1, 9)
    large = _Terminal()
    render(rows, cols, "table", "killed", out=large)
    assert "│" not in large.getvalue()
    assert len(large.getvalue().splitlines()) == len(rows) + 3


def test_a_very_large_table_on_a_terminal_cuts_long_text_and_a_pipe_keeps_it() -> None:
    from casualty_cli.render import RICH_CELLS, TERMINAL_TEXT, render

    sentence = "At least 38,584 people have been killed, the ministry said. " * 3
    rows = [{"figure": i, "sentence": sentence} for i in range(RICH_CELLS // 2 + 1)]
    term, pipe = _Terminal(), io.StringIO()
    render(rows, ["figure", "sentence"], "table", out=term)
    render(rows, ["figure", "sentence"], "table", out=pipe)
    line = term.getvalue().splitlines()[2]
    assert line.endswith("…") and len(line.split("  ")[-1]) == TERMINAL_TEXT
    assert pipe.getvalue().splitlines()[2].endswith(sentence.strip())


def test_a_long_trend_line_is_drawn_in_twenty_marks_each_a_stretchs_highest() -> None:
    from casualty_cli.render import SPARK, sparkline

    assert sparkline([1, None, 3]) == SPARK[0] + " " + SPARK[-1]
    line = sparkline(list(range(100)))
    assert len(line) == 20 and line[0] == SPARK[0] and line[-1] == SPARK[-1]
    assert list(line) == sorted(line)
    gappy = sparkline([None] * 50 + [5] * 50)  # the first half has no figures: blank marks
    assert gappy[:10] == " " * 10 and set(gappy[10:]) == {SPARK[0]}

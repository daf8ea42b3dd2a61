"""`check`: revisions, restarts, stale figures, disagreements and self-contradicting articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from stores import ingest_articles
from typer.testing import CliRunner

from casualty_cli.checks import FLAG_COLUMNS, find_flags, interval, is_rough
from casualty_cli.cli import app

runner = CliRunner()
MOH, OCHA = "Gaza health ministry", "UN OCHA"

# Sample articles written for these tests. The ministry's running total: 37,900 (07-01),
# 38,153 (07-08, when the UN office gave 35,000), 38,584 and 38,400 in one article (07-15),
# 38,550 (07-18, lower than before), and 38,153 again on 07-25 (ten days out of date).
ARTICLES = {
    "0701.txt": " date 2024-07-01\n\nToll\n\nThe war in Gaza has killed 37,900 people, the Gaza health ministry said.",
    "0708.txt": " date 2024-07-08\n\nFigures differ\n\nThe Gaza health ministry said the war had killed "
    "38,153 people. The UN humanitarian office said 35,000 people had been killed in Gaza since the war began.",
    "0715.txt": " date 2024-07-15\n\nConflicting\n\nThe Gaza health ministry said the war had killed 38,584 "
    "people. In a later statement the Gaza health ministry said the war had killed 38,400 people.",
    "0718.txt": " date 2024-07-18\n\nRevised\n\nThe Gaza health ministry revised its count, saying the war "
    "had killed 38,550 people.",
    "0725.txt": " date 2024-07-25\n\nOld figure\n\nThe war has killed 38,153 people, the Gaza health ministry said.",
}


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = ingest_articles(tmp_path, ARTICLES)
    return path


# --- through the CLI ---------------------------------------------------------------------------
def test_check_json_flags_each_kind(db: str) -> None:
    r = invoke("check", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.stderr
    flags = json.loads(r.stdout)
    assert [(f["kind"], f["date"], f["source"], f["figure"], f["other_figure"]) for f in flags] == [
        ("disagree", "2024-07-08", MOH, 38153, 35000),
        ("inconsistent", "2024-07-15", MOH, 38584, 38400),
        ("down", "2024-07-18", MOH, 38550, 38584),
        ("lag", "2024-07-25", MOH, 38153, 38400),
    ]
    by_kind = {f["kind"]: f for f in flags}
    assert by_kind["disagree"]["other_source"] == OCHA
    assert by_kind["disagree"]["article"].endswith("0708.txt")
    assert by_kind["disagree"]["other_sentence"].startswith("The UN humanitarian office said 35,000")
    assert "9.0% apart" in by_kind["disagree"]["detail"]
    assert by_kind["down"]["sentence"] == (
        "The Gaza health ministry revised its count, saying the war had killed 38,550 people."
    )
    assert by_kind["down"]["other_date"] == "2024-07-15"
    assert by_kind["lag"]["article"].endswith("0725.txt")
    assert "10 days out of date" in by_kind["lag"]["detail"]
    assert by_kind["inconsistent"]["other_sentence"].startswith("In a later statement")
    assert r.stderr.strip() == "4 flag(s): 1 disagree, 1 inconsistent, 1 down, 1 lag"


def test_check_threshold_and_lag_days(db: str) -> None:
    def kinds(*extra: str) -> list[str]:
        r = invoke("check", "--db", db, "--format", "json", *extra)
        assert r.exit_code == 0, r.stderr
        return [f["kind"] for f in json.loads(r.stdout)]

    assert "disagree" not in kinds("--threshold", "10")
    assert "disagree" in kinds("--threshold", "8.9")
    # A figure repeated within the allowed delay is ordinary reporting, not flagged.
    assert kinds("--lag-days", "10") == ["disagree", "inconsistent", "down"]
    assert kinds("--lag-days", "9") == ["disagree", "inconsistent", "down", "lag"]
    assert kinds("--source", OCHA) == []
    assert kinds("--until", "2024-07-08") == ["disagree"]
    assert kinds("--category", "injured") == []


def test_check_csv_jsonl_markdown_table(db: str) -> None:
    r = invoke("check", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == FLAG_COLUMNS
    assert [(x["kind"], x["figure"]) for x in rows] == [
        ("disagree", "38153"),
        ("inconsistent", "38584"),
        ("down", "38550"),
        ("lag", "38153"),
    ]
    lines = invoke("check", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["kind"] for x in lines] == ["disagree", "inconsistent", "down", "lag"]
    md = invoke("check", "--db", db, "--format", "markdown").stdout.splitlines()
    assert md[0] == "**4 flag(s)**"
    assert md[2].startswith("| kind | date | source |")
    assert md[4].startswith("| disagree | 2024-07-08 | Gaza health ministry |")
    table = invoke("check", "--db", db)
    assert table.exit_code == 0
    assert "4 flag(s)" in table.stdout and "38,550" in table.stdout and "revision" in table.stdout


def test_check_nothing_to_flag(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLES["0701.txt"], encoding="utf-8")
    db = str(tmp_path / "one.db")
    invoke("ingest", str(p), "--db", db)
    r = invoke("check", "--db", db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert r.stderr.strip() == "0 flag(s)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--threshold", "-1"], "--threshold -1"),
        (["--lag-days", "-2"], "--lag-days -2"),
        (["--since", "last week"], "--since 'last week'"),
    ],
)
def test_check_bad_options(db: str, args: list[str], message: str) -> None:
    r = invoke("check", "--db", db, *args)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"Error: {message}")
    assert len(r.stderr.strip().splitlines()) == 1


# --- the library ---------------------------------------------------------------------------------
def c(
    figure: int,
    as_of: str,
    source: str | None = "MoH",
    category: str = "killed",
    article: str = "",
    **kw: Any,
) -> dict[str, Any]:
    row = {
        "figure": figure,
        "as_of": as_of,
        "source": source,
        "category": category,
        "victims": "people",
        "scope": "cumulative",
        "qualifier": "exact",
        "location": None,
        "article": article or f"{as_of}-{figure}.txt",
        "sentence": f"{source} said {figure} on {as_of}.",
    }
    row.update(kw)
    return row


def kinds_of(rows: list[dict[str, Any]], **kw: Any) -> list[tuple[str, str, int]]:
    return [(f.kind, f.date, f.figure) for f in find_flags(rows, **kw)]


@pytest.mark.parametrize("category", ["missing", "hostages", "displaced", "detained"])
def test_counts_that_may_fall_are_not_flagged(category: str) -> None:
    rows = [c(120, "2024-07-01", category=category), c(115, "2024-07-10", category=category)]
    assert kinds_of(rows) == []


@pytest.mark.parametrize("category", ["killed", "injured"])
def test_running_total_going_down(category: str) -> None:
    rows = [c(1010, "2024-07-01", category=category), c(990, "2024-07-02", category=category)]
    assert kinds_of(rows) == [("down", "2024-07-02", 990)]


def test_restart_then_the_new_count_goes_on() -> None:
    rows = [
        c(38010, "2024-07-01"),
        c(150, "2024-07-05"),  # a new count from a truce
        c(160, "2024-07-06"),
        c(155, "2024-07-07"),  # lower than the new count's 160
    ]
    assert kinds_of(rows) == [("restart", "2024-07-05", 150), ("down", "2024-07-07", 155)]


def test_a_stale_figure_is_a_lag_not_a_revision() -> None:
    rows = [c(100, "2024-07-01"), c(110, "2024-07-02"), c(120, "2024-07-04"), c(100, "2024-07-09")]
    # 100 was replaced by 110 on 07-02: seven days before it was repeated.
    assert kinds_of(rows) == [("lag", "2024-07-09", 100)]
    assert kinds_of(rows, lag_days=7) == []
    flag = find_flags(rows)[0]
    assert (flag.other_figure, flag.other_date) == (110, "2024-07-02")
    assert "120 by 2024-07-04" in flag.detail


def test_same_day_figures_of_one_source_are_not_a_fall() -> None:
    rows = [c(100, "2024-07-01", article="a"), c(98, "2024-07-01", article="b"), c(101, "2024-07-02")]
    assert kinds_of(rows) == []


def test_rough_figures_state_a_bound() -> None:
    rows = [
        c(38584, "2024-07-15"),
        c(38000, "2024-07-16", qualifier="more_than"),
        c(38000, "2024-07-17", qualifier="about"),
        c(30, "2024-07-18", qualifier="vague"),
    ]
    assert kinds_of(rows) == []


def test_series_are_kept_apart_by_victims_place_and_source() -> None:
    rows = [
        c(38010, "2024-07-01", location="Gaza"),
        c(38100, "2024-07-02"),  # names no place: joins the ministry's usual Gaza
        c(570, "2024-07-03", location="West Bank"),
        c(15000, "2024-07-04", victims="children"),
        c(300, "2024-07-05", source="Israeli military", victims="soldiers"),
        c(37900, "2024-07-06"),
    ]
    assert kinds_of(rows) == [("down", "2024-07-06", 37900)]


def test_unattributed_and_incident_figures_make_no_series() -> None:
    rows = [c(100, "2024-07-01", source=None), c(90, "2024-07-02", source=None)]
    rows += [c(40, "2024-07-01", scope="incident"), c(10, "2024-07-02", scope="incident")]
    assert kinds_of(rows) == []


def test_disagreement_threshold() -> None:
    rows = [c(1000, "2024-07-01"), c(1050, "2024-07-01", source="UN")]
    assert kinds_of(rows) == []  # 5% is not more than the 5% default
    assert kinds_of(rows, threshold=4.9) == [("disagree", "2024-07-01", 1050)]
    flag = find_flags(rows, threshold=1)[0]
    assert (flag.source, flag.other_source, flag.other_figure) == ("UN", "MoH", 1000)


def test_disagreement_needs_the_same_day_and_the_same_thing() -> None:
    rows = [
        c(1000, "2024-07-01", location="Gaza"),
        c(2000, "2024-07-02", source="UN"),
        c(2000, "2024-07-01", source="UN", victims="children"),
        c(2000, "2024-07-01", source="UN", location="Lebanon"),
        c(2000, "2024-07-01", source="UN", qualifier="vague"),
        c(2000, "2024-07-01", source="UN", category="injured"),
    ]
    assert [k for k, *_ in kinds_of(rows)] == []


def test_disagreement_names_the_extremes_once() -> None:
    rows = [c(1000, "2024-07-01"), c(1200, "2024-07-01", source="UN"), c(1100, "2024-07-01", source="WHO")]
    flags = find_flags(rows)
    assert [(f.kind, f.source, f.other_source) for f in flags] == [("disagree", "UN", "MoH")]


def test_one_article_contradicting_itself() -> None:
    same = {"article": "x.txt", "article_id": "x"}
    assert kinds_of([c(38584, "2024-07-15", **same), c(38400, "2024-07-15", **same)]) == [
        ("inconsistent", "2024-07-15", 38584)
    ]
    # Bounds that can both hold, different things, or different articles: no flag.
    assert (
        kinds_of([c(38584, "2024-07-15", **same), c(38000, "2024-07-15", qualifier="more_than", **same)])
        == []
    )
    assert (
        kinds_of([c(38584, "2024-07-15", **same), c(15000, "2024-07-15", victims="children", **same)]) == []
    )
    assert kinds_of([c(38584, "2024-07-15", **same), c(38400, "2024-07-14", **same)]) == []
    assert kinds_of([c(38584, "2024-07-15", article="a"), c(38400, "2024-07-15", article="b")]) == []


@pytest.mark.parametrize(
    ("qualifier", "figure", "high", "allowed"),
    [
        ("exact", 90, None, (90, 90)),
        ("at_least", 90, None, (90, float("inf"))),
        ("more_than", 90, None, (91, float("inf"))),
        ("about", 100, None, (90, 110)),
        ("nearly", 100, None, (90, 100)),
        ("up_to", 100, None, (0, 100)),
        ("range", 20, 30, (20, 30)),
        ("vague", 24, None, (24, float("inf"))),
    ],
)
def test_interval(qualifier: str, figure: int, high: int | None, allowed: tuple[float, float]) -> None:
    lo, hi = interval({"figure": figure, "figure_high": high, "qualifier": qualifier})
    assert (lo, hi) == pytest.approx(allowed)


@pytest.mark.parametrize(
    ("figure", "qualifier", "rough"),
    [
        (38584, "exact", False),
        (38000, "exact", True),
        (38000, "at_least", True),
        (38500, "more_than", True),
        (38500, "exact", False),
        (500, "more_than", False),
        (500, "about", True),
        (24, "vague", True),
    ],
)
def test_is_rough(figure: int, qualifier: str, rough: bool) -> None:
    assert is_rough({"figure": figure, "qualifier": qualifier}) is rough


# --- the sample articles in data/samples (see its README: what the set holds on purpose) ---------
SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


@pytest.fixture
def samples_db(tmp_path: Path) -> str:
    db = str(tmp_path / "samples.db")
    r = invoke("ingest", str(SAMPLES), "--db", db, "-j", "1")
    assert r.exit_code == 0, r.stderr
    return db


def test_samples_revision_and_disagreement(samples_db: str) -> None:
    r = invoke("check", "--db", samples_db, "--scope", "all", "--format", "json")
    assert r.exit_code == 0, r.stderr
    flags = [
        (f["kind"], f["date"], f["source"], f["figure"], f["other_source"], f["other_figure"])
        for f in json.loads(r.stdout)
    ]
    assert ("down", "2024-08-05", OCHA, 39100, OCHA, 39258) in flags
    assert ("disagree", "2024-07-20", "Gaza civil defence", 22, "Palestinian Red Crescent", 16) in flags
    # The running totals alone hold the revision, not the strike tolls' disagreement.
    r = invoke("check", "--db", samples_db, "--format", "json")
    assert ("down", "2024-08-05", 39100) in [
        (f["kind"], f["date"], f["figure"]) for f in json.loads(r.stdout)
    ]


def test_samples_report_collapses_the_wire_copy(samples_db: str) -> None:
    rows = json.loads(invoke("report", "--db", samples_db, "--since", "2024-07", "--format", "json").stdout)
    day = {r["date"]: r for r in rows}["2024-07-16"]
    assert (day[MOH], day[f"{MOH} articles"]) == (38584, 2)

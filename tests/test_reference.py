"""Reference series: reading the two formats, matching claims, the `reference` commands, schema 2."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from stores import ingest_articles
from typer.testing import CliRunner

from casualty_cli import Store
from casualty_cli.cli import app
from casualty_cli.errors import InputError
from casualty_cli.reference import (
    NO_MATCH,
    Point,
    match_claims,
    parse_csv_series,
    parse_json_series,
    parse_series,
)
from casualty_cli.store import SCHEMA_VERSION

runner = CliRunner()
MOH = "Gaza health ministry"
V1_STORE = Path(__file__).parent / "data" / "store_v1.db"

# A slice of Tech for Palestine's casualties_daily.min.json (public domain, the Unlicense;
# TechForPalestine/palestine-datasets at commit 9ea6456f), report dates 2024-07-12 to 2024-07-20,
# cut to the fields this reader uses plus two `ext_` estimates it must ignore.
SERIES_JSON = json.dumps(
    [
        {"report_date": "2024-07-12", "killed_cum": 38382, "injured_cum": 88352, "ext_killed_cum": 38382},
        {"report_date": "2024-07-13", "killed_cum": 38443, "injured_cum": 88481},
        {"report_date": "2024-07-14", "killed_cum": 38584, "injured_cum": 88881},
        {"report_date": "2024-07-15", "killed_cum": 38664, "injured_cum": 89097},
        {"report_date": "2024-07-16", "killed_cum": 38713, "injured_cum": 89166},
        {"report_date": "2024-07-17", "killed_cum": 38794, "injured_cum": 89364},
        {"report_date": "2024-07-18", "killed_cum": 38848, "injured_cum": 89459},
        {"report_date": "2024-07-19", "killed_cum": 38882, "ext_injured_cum": 89500},
        {"report_date": "2024-07-20", "killed_cum": 38919, "injured_cum": 89622},
    ]
)
SERIES_CSV = (
    "date,category,figure\n2024-07-14,killed,38584\n2024-07-20,killed,38919\n2024-07-20,injured,89622\n"
)

# Sample articles written for these tests.
ARTICLES = {
    "0712.txt": " date 2024-07-12\n\nStrike\n\nA strike on a school killed 22 people on Friday, "
    "the Gaza health ministry said.",
    "0716.txt": " date 2024-07-16\n\nGaza toll rises\n\nIsrael's offensive has killed at least 38,584 people, "
    "according to the Gaza health ministry. The Israeli military said 326 soldiers have been killed since "
    "the ground offensive began. — AFP",
    "0718.txt": " date 2024-07-18\n\nToll\n\nThe Gaza health ministry said the war had killed 38,800 people.",
    "0720.txt": " date 2024-07-20\n\nToll\n\nThe war has killed 38,919 people and wounded 89,622 since "
    "October 7, the Gaza health ministry said.",
}


def invoke(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = ingest_articles(tmp_path, ARTICLES)
    (tmp_path / "moh.json").write_text(SERIES_JSON, encoding="utf-8")
    (tmp_path / "moh.csv").write_text(SERIES_CSV, encoding="utf-8")
    return path


# --- reading series ----------------------------------------------------------------------------
def test_json_series_uses_published_figures_only() -> None:
    points = parse_json_series(SERIES_JSON, "moh.json")
    killed = {p.date: p.figure for p in points if p.category == "killed"}
    injured = {p.date: p.figure for p in points if p.category == "injured"}
    assert len(killed) == 9 and killed["2024-07-14"] == 38584
    assert "2024-07-19" not in injured  # only an ext_ estimate that day
    assert len(injured) == 8
    assert points[0] == Point("2024-07-12", "injured", 88352)


def test_csv_series_with_and_without_header() -> None:
    with_header = parse_csv_series(SERIES_CSV, "moh.csv")
    without = parse_csv_series("\n".join(SERIES_CSV.splitlines()[1:]) + "\n\n", "moh.csv")
    assert with_header == without
    assert [p.as_tuple() for p in with_header] == [
        ("2024-07-14", "killed", 38584),
        ("2024-07-20", "injured", 89622),
        ("2024-07-20", "killed", 38919),
    ]
    assert parse_csv_series('2024-07-01, Killed ,"1,234"\n') == [Point("2024-07-01", "killed", 1234)]


def test_format_is_told_by_content() -> None:
    assert parse_series(SERIES_JSON) == parse_json_series(SERIES_JSON)
    assert parse_series(SERIES_CSV) == parse_csv_series(SERIES_CSV)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("date,category,figure\n2024-07-14,killed\n", "s.csv line 2: expected date,category,figure"),
        ("2024-07-14,dead,5\n", "s.csv line 1: category 'dead'"),
        ("14/07/2024,killed,5\n", "s.csv line 1: '14/07/2024' is not a date"),
        ("2024-07-14,killed,many\n", "s.csv line 1: 'many' is not a count"),
        ("2024-07-14,killed,-5\n", "s.csv line 1: -5 is not a count"),
        ("2024-07-14,killed,5\n2024-07-14,killed,6\n", "s.csv: two figures for killed on 2024-07-14"),
        ("date,category,figure\n", "s.csv: no figures found"),
        ('[{"report_date": "2024-07-14", "killed_cum": "x"}]', "s.csv: report 1 killed_cum: 'x'"),
        ('[{"killed_cum": 5}]', "s.csv: report 1: no report_date"),
        ('{"report_date": "2024-07-14"}', "s.csv: expected a list"),
        ("[{", "s.csv: not valid JSON"),
        ('[{"report_date": "2024-07-14", "ext_killed_cum": 5}]', "s.csv: no figures found"),
    ],
)
def test_bad_series_are_refused_with_where(text: str, message: str) -> None:
    with pytest.raises(InputError) as e:
        parse_series(text, "s.csv")
    assert str(e.value).startswith(message)


def test_same_figure_twice_is_one_point() -> None:
    assert parse_csv_series("2024-07-14,killed,5\n2024-07-14,killed,5\n") == [
        Point("2024-07-14", "killed", 5)
    ]


# --- matching ----------------------------------------------------------------------------------
def claim(figure: int, as_of: str | None, category: str = "killed", **kw: Any) -> dict[str, Any]:
    return {"figure": figure, "as_of": as_of, "category": category, "span": f"{figure:,}", **kw}


def test_match_claims_lag_and_no_match() -> None:
    points = parse_json_series(SERIES_JSON)
    rows = match_claims(
        [
            claim(38584, "2024-07-16"),  # the reference article: the ministry's figure of 07-14
            claim(38919, "2024-07-20"),
            claim(89622, "2024-07-20", "injured"),
            claim(38800, "2024-07-18"),
            claim(38584, "2024-07-13"),  # a figure the series gives a day later
            claim(38584, "2024-07", article_date="2024-08-01"),  # a month only: no lag
        ],
        points,
    )
    got = [(r["series_date"], r["lag_days"], r["series_figure"], r["match"]) for r in rows]
    assert got == [
        ("2024-07-14", 2, 38713, "the series figure of 2024-07-14, 2 days earlier"),
        ("2024-07-20", 0, 38919, "the series figure of 2024-07-20, the same day"),
        ("2024-07-20", 0, 89622, "the series figure of 2024-07-20, the same day"),
        (None, None, 38848, NO_MATCH),
        ("2024-07-14", -1, 38443, "the series figure of 2024-07-14, 1 day later"),
        ("2024-07-14", None, None, "the series figure of 2024-07-14"),
    ]


def test_flat_series_matches_the_latest_day_before_the_claim() -> None:
    points = [
        Point("2024-01-01", "killed", 10),
        Point("2024-01-02", "killed", 10),
        Point("2024-01-05", "killed", 10),
    ]
    rows = match_claims([claim(10, "2024-01-03")], points)
    assert (rows[0]["series_date"], rows[0]["lag_days"]) == ("2024-01-02", 1)


def test_category_must_match() -> None:
    rows = match_claims([claim(38584, "2024-07-16", "injured")], parse_json_series(SERIES_JSON))
    assert rows[0]["match"] == NO_MATCH


# --- the commands --------------------------------------------------------------------------------
def test_reference_load_list_and_compare(db: str, tmp_path: Path) -> None:
    r = invoke("reference", "load", str(tmp_path / "moh.json"), "--name", "moh", "--source", MOH, "--db", db)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert "loaded series 'moh' for Gaza health ministry: 17 figure(s) (injured, killed)" in r.stderr
    assert "from 2024-07-12 to 2024-07-20" in r.stderr

    listed = json.loads(invoke("reference", "--db", db, "--format", "json").stdout)
    assert [
        (x["name"], x["source"], x["figures"], x["categories"], x["first"], x["last"]) for x in listed
    ] == [("moh", MOH, 17, "injured, killed", "2024-07-12", "2024-07-20")]
    table = invoke("reference", "--db", db).stdout
    assert "1 reference series" in table and "injured, killed" in table and "moh.json" in table

    r = invoke("reference", "compare", "moh", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    # The ministry's running totals only: not the strike's 22, not the army's 326.
    assert [(x["date"], x["category"], x["figure"], x["series_date"], x["lag_days"]) for x in rows] == [
        ("2024-07-16", "killed", 38584, "2024-07-14", 2),
        ("2024-07-18", "killed", 38800, None, None),
        ("2024-07-20", "killed", 38919, "2024-07-20", 0),
        ("2024-07-20", "injured", 89622, "2024-07-20", 0),
    ]
    assert rows[1]["match"] == "no such figure in the series"
    assert rows[0]["article"].endswith("0716.txt")
    assert rows[0]["sentence"].startswith("Israel's offensive has killed at least 38,584 people")
    assert r.stderr.strip() == "3 of 4 claim(s) match a figure of the series; lag in days: median 0, most 2"


def test_reference_compare_formats_and_filters(db: str, tmp_path: Path) -> None:
    invoke("reference", "load", str(tmp_path / "moh.csv"), "--name", "mini", "--source", MOH, "--db", db)
    rows = list(
        csv.DictReader(io.StringIO(invoke("reference", "compare", "mini", "--db", db, "-f", "csv").stdout))
    )
    assert [(x["figure"], x["series_date"], x["lag_days"]) for x in rows] == [
        ("38584", "2024-07-14", "2"),
        ("38800", "", ""),
        ("38919", "2024-07-20", "0"),
        ("89622", "2024-07-20", "0"),
    ]
    lines = invoke("reference", "compare", "mini", "--db", db, "-f", "jsonl", "--category", "injured").stdout
    assert [json.loads(x)["figure"] for x in lines.splitlines()] == [89622]
    lines = invoke("reference", "compare", "mini", "--db", db, "-f", "jsonl", "--since", "2024-07-19").stdout
    assert [json.loads(x)["figure"] for x in lines.splitlines()] == [38919, 89622]
    md = invoke("reference", "compare", "mini", "--db", db, "-f", "markdown").stdout.splitlines()
    assert md[0] == "**mini: Gaza health ministry**"
    assert md[2].startswith("| date | span | category |")
    assert "no such figure in the series" in md[5]
    table = invoke("reference", "compare", "mini", "--db", db)
    assert table.exit_code == 0 and "2 days earlier" in table.stdout and "at least 38,584" in table.stdout


def test_reference_reload_replaces_and_canonical_source(db: str, tmp_path: Path) -> None:
    invoke("reference", "load", str(tmp_path / "moh.json"), "--name", "moh", "--source", MOH, "--db", db)
    # The source as users may type it: an alias of the shipped source table.
    r = invoke(
        "reference",
        "load",
        str(tmp_path / "moh.csv"),
        "--name",
        "moh",
        "--source",
        "Gaza's health ministry",
        "--db",
        db,
    )
    assert r.exit_code == 0, r.stderr
    assert r.stderr.startswith("replaced series 'moh' for Gaza health ministry: 3 figure(s)")
    listed = json.loads(invoke("reference", "--db", db, "-f", "json").stdout)
    assert [(x["name"], x["source"], x["figures"]) for x in listed] == [("moh", MOH, 3)]


def test_reference_load_from_stdin(db: str) -> None:
    r = invoke("reference", "load", "-", "--name", "s", "--source", MOH, "--db", db, input=SERIES_CSV)
    assert r.exit_code == 0, r.stderr
    assert "3 figure(s)" in r.stderr


def test_reference_errors(db: str, tmp_path: Path) -> None:
    r = invoke("reference", "compare", "nope", "--db", db)
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: no reference series 'nope'; `casualty reference` lists them"
    r = invoke("reference", "load", str(tmp_path / "none.json"), "--name", "x", "--source", MOH, "--db", db)
    assert r.exit_code == 1 and r.stderr.strip().endswith("none.json: no such file")
    bad = tmp_path / "bad.csv"
    bad.write_text("2024-07-14,dead,5\n", encoding="utf-8")
    r = invoke("reference", "load", str(bad), "--name", "x", "--source", MOH, "--db", db)
    assert r.exit_code == 1 and "bad.csv line 1: category 'dead'" in r.stderr
    r = invoke("reference", "load", str(bad), "--name", " ", "--source", MOH, "--db", db)
    assert r.exit_code == 2 and "--name and --source must not be empty" in r.stderr
    r = invoke("reference", "load", str(bad), "--source", MOH, "--db", db)
    assert r.exit_code == 2  # --name is required
    assert json.loads(invoke("reference", "--db", db, "-f", "json").stdout) == []


def test_reference_commands_have_help() -> None:
    for args in (
        ["reference", "--help"],
        ["reference", "load", "--help"],
        ["reference", "compare", "--help"],
    ):
        r = invoke(*args)
        assert r.exit_code == 0 and "Example" in r.stdout, args


# --- schema upgrades --------------------------------------------------------------------------------
def test_version_1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    shutil.copy(V1_STORE, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Store(path) as s:
        assert s.counts() == {"articles": 3, "claims": 8}
        assert s.aliases() == {"gaza's ministry of health": "Gaza health ministry"}
        assert sorted(c["figure"] for c in s.claims()) == [5, 11, 18, 24, 27, 40, 38000, 200000]
        assert {"reference_series", "reference_figures"} <= set(s.db.table_names())
        assert "claims_with_articles" in s.db.view_names()
        assert [r["figure"] for r in s.claims(_search("shelter"))] == [27]  # full-text search still works
        s.add_reference("moh", MOH, [("2024-07-12", "killed", 38382)])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'idx_claims_report'").fetchone() == (1,)
    conn.close()
    with Store(path) as s:  # opening again changes nothing
        assert s.counts() == {"articles": 3, "claims": 8}
        assert [(r["name"], r["figures"]) for r in s.references()] == [("moh", 1)]


def _search(q: str) -> Any:
    from casualty_cli import ClaimFilter

    return ClaimFilter(search=q)


def test_reference_tables_for_readers(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.add_reference("moh", MOH, [("2024-07-14", "killed", 38584)], origin="moh.csv")
        fks = {(fk.column, fk.other_table) for fk in s.db["reference_figures"].foreign_keys}
        assert ("series", "reference_series") in fks
        fks = {(fk.column, fk.other_table) for fk in s.db["reference_series"].foreign_keys}
        assert ("source", "sources") in fks
        assert s.db["reference_figures"].pks == ["series", "date", "category"]
        series, figures = s.reference("moh")
        assert (series["source"], series["origin"]) == (MOH, "moh.csv")
        assert figures == [{"date": "2024-07-14", "category": "killed", "figure": 38584}]
        assert [r["source"] for r in s.sources_summary()] == [MOH]

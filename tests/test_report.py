"""`report`: the dates x sources grid, its reading rules, filters and every output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from stores import ingest_articles
from typer.testing import CliRunner

from casualty_cli.cli import app
from casualty_cli.report import bucket_of, observations, pivot, reading_of

runner = CliRunner()

# Sample articles written for these tests: three sources over five weeks of July 2024, one
# wire story carried by two outlets, a downward revision (07-18) and a same-day disagreement (07-08).
ARTICLES = {
    "0701-reuters.txt": " date 2024-07-01\n\nGaza toll passes a new mark\n\nThe war in Gaza has killed 37,900 people, "
    "the Gaza health ministry said. The Israeli military said 314 soldiers have been killed since "
    "the ground offensive began. — Reuters",
    "0702-afp.txt": " date 2024-07-02\n\nGaza toll\n\nThe war in Gaza has killed 37,925 people, "
    "the Gaza health ministry said. — AFP",
    "0702-aljazeera.txt": " date 2024-07-02\n\nGaza toll rises\n\nThe war in Gaza has killed 37,925 people, "
    "the Gaza health ministry said. — Al Jazeera",
    "0708.txt": " date 2024-07-08\n\nFigures differ\n\nThe Gaza health ministry said the war had killed "
    "38,153 people. The UN humanitarian office said 35,000 people had been killed in Gaza since the war began.",
    "0715.txt": " date 2024-07-15\n\nToll\n\nThe Gaza health ministry said the war had killed 38,584 people "
    "and wounded 88,881 since October 7. The UN humanitarian office said more than 38,000 people had been "
    "killed in Gaza since the war began.",
    "0718.txt": " date 2024-07-18\n\nRevised\n\nThe Gaza health ministry revised its count, saying the war "
    "had killed 38,550 people.",
    "0722.txt": " date 2024-07-22\n\nArmy\n\nThe Israeli military said 326 soldiers had been killed since "
    "the ground offensive began.",
    "0801.txt": " date 2024-08-01\n\nToll\n\nIsrael's offensive has killed at least 39,445 people, "
    "the Gaza health ministry said.",
}
MOH, IDF, OCHA = "Gaza health ministry", "Israeli military", "UN OCHA"


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = ingest_articles(tmp_path, ARTICLES)
    return path


def as_json(r: Any) -> Any:
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def as_csv(r: Any) -> list[dict[str, str]]:
    assert r.exit_code == 0, r.stderr
    return list(csv.DictReader(io.StringIO(r.stdout)))


# --- the sample store holds what the tests below assume ----------------------------------------
def test_sample_claims_as_extracted(db: str) -> None:
    rows = as_json(invoke("claims", "--db", db, "--scope", "cumulative", "--format", "json"))
    got = sorted((c["as_of"], c["source"], c["category"], c["figure"], c["qualifier"]) for c in rows)
    assert got == sorted(
        [
            ("2024-07-01", IDF, "killed", 314, "exact"),
            ("2024-07-01", MOH, "killed", 37900, "exact"),
            ("2024-07-02", MOH, "killed", 37925, "exact"),
            ("2024-07-02", MOH, "killed", 37925, "exact"),
            ("2024-07-08", MOH, "killed", 38153, "exact"),
            ("2024-07-08", OCHA, "killed", 35000, "exact"),
            ("2024-07-15", MOH, "injured", 88881, "exact"),
            ("2024-07-15", MOH, "killed", 38584, "exact"),
            ("2024-07-15", OCHA, "killed", 38000, "more_than"),
            ("2024-07-18", MOH, "killed", 38550, "exact"),
            ("2024-07-22", IDF, "killed", 326, "exact"),
            ("2024-08-01", MOH, "killed", 39445, "at_least"),
        ]
    )


# --- the grid through the CLI ------------------------------------------------------------------
def test_report_by_day_json(db: str) -> None:
    grid = as_json(invoke("report", "--db", db, "--format", "json"))
    assert [(g["date"], g[MOH], g[IDF], g[OCHA]) for g in grid] == [
        ("2024-07-01", 37900, 314, None),
        ("2024-07-02", 37925, None, None),
        ("2024-07-08", 38153, None, 35000),
        ("2024-07-15", 38584, None, 38000),
        ("2024-07-18", 38550, None, None),
        ("2024-07-22", None, 326, None),
        ("2024-08-01", 39445, None, None),
    ]
    by_date = {g["date"]: g for g in grid}
    # The wire story carried by AFP and Al Jazeera is one observation, carried by two articles.
    assert by_date["2024-07-02"][f"{MOH} articles"] == 2
    assert by_date["2024-07-01"][f"{MOH} articles"] == 1
    # Change is the row's highest figure against the previous row's; spread is highest - lowest.
    assert by_date["2024-07-02"]["change"] == 25
    assert by_date["2024-07-18"]["change"] == 38550 - 38584
    assert by_date["2024-07-08"]["spread"] == 38153 - 35000
    assert by_date["2024-07-08"]["spread %"] == 9.0
    assert (by_date["2024-07-08"]["low"], by_date["2024-07-08"]["high"]) == (35000, 38153)
    assert by_date["2024-07-02"]["spread"] is None  # one source: no spread
    # 37,900 people and 314 soldiers are not two counts of one thing: no spread between them.
    assert (by_date["2024-07-01"]["spread"], by_date["2024-07-01"]["low"]) == (None, 37900)
    assert grid[0]["change"] is None
    assert f"{MOH} daily" not in grid[0]


def test_report_by_week_and_month(db: str) -> None:
    weeks = as_json(invoke("report", "--db", db, "--by", "week", "--format", "json"))
    assert [(w["date"], w[MOH], w[f"{MOH} articles"]) for w in weeks] == [
        ("2024-07-01", 37925, 2),  # the highest of the week, from two articles
        ("2024-07-08", 38153, 1),
        ("2024-07-15", 38584, 1),
        ("2024-07-22", None, None),
        ("2024-07-29", 39445, 1),
    ]
    months = as_json(invoke("report", "--db", db, "--by", "month", "--format", "json"))
    assert [(m["date"], m[MOH], m[IDF], m[OCHA]) for m in months] == [
        ("2024-07", 38584, 326, 38000),
        ("2024-08", 39445, None, None),
    ]


def test_report_readings(db: str) -> None:
    def ocha(reading: str) -> int:
        rows = as_json(invoke("report", "--db", db, "--reading", reading, "--source", OCHA, "-f", "json"))
        return {r["date"]: r[OCHA] for r in rows}["2024-07-15"]

    assert ocha("stated") == 38000
    assert ocha("low") == 38001  # "more than 38,000" is 38,001 and up
    assert ocha("high") == 38001  # no ceiling: its floor


def test_report_daily_increments(db: str) -> None:
    rows = as_json(invoke("report", "--db", db, "--daily", "--source", MOH, "--format", "json"))
    daily = {r["date"]: (r[MOH], r[f"{MOH} daily"]) for r in rows}
    assert daily["2024-07-01"] == (37900, None)
    assert daily["2024-07-02"] == (37925, 25)
    assert daily["2024-07-08"] == (38153, 38)  # 228 over six days
    assert daily["2024-07-18"] == (38550, -11)  # the revision shows as a fall: -34 over three days
    assert daily["2024-08-01"] == (39445, 64)  # 895 over fourteen days


def test_report_filters(db: str) -> None:
    def sources(*extra: str) -> set[str]:
        rows = as_json(invoke("report", "--db", db, "--format", "json", *extra))
        return {k for r in rows for k, v in r.items() if v is not None and k in (MOH, IDF, OCHA)}

    assert sources("--source", OCHA) == {OCHA}
    assert sources("--source", OCHA, "--source", IDF) == {OCHA, IDF}
    assert sources("--victims", "soldiers") == {IDF}
    rows = as_json(invoke("report", "--db", db, "--since", "2024-07-15", "--until", "2024-07", "-f", "json"))
    assert [r["date"] for r in rows] == ["2024-07-15", "2024-07-18", "2024-07-22"]
    rows = as_json(invoke("report", "--db", db, "--since", "2024-08", "-f", "json"))
    assert [r["date"] for r in rows] == ["2024-08-01"]
    assert as_json(invoke("report", "--db", db, "--since", "2025", "-f", "json")) == []
    rows = as_json(invoke("report", "--db", db, "--category", "injured", "-f", "json"))
    assert [(r["date"], r[MOH]) for r in rows] == [("2024-07-15", 88881)]
    # The location filter matches part of a name; the soldiers' totals name no place.
    assert IDF not in sources("--location", "gaz")
    assert as_json(invoke("report", "--db", db, "--scope", "incident", "-f", "json")) == []


def test_report_csv_and_jsonl(db: str) -> None:
    rows = as_csv(invoke("report", "--db", db, "--format", "csv"))
    assert list(rows[0]) == [
        "date",
        MOH,
        f"{MOH} articles",
        IDF,
        f"{IDF} articles",
        OCHA,
        f"{OCHA} articles",
        "change",
        "low",
        "high",
        "spread",
        "spread %",
    ]
    assert (rows[1]["date"], rows[1][MOH], rows[1][f"{MOH} articles"]) == ("2024-07-02", "37925", "2")
    assert rows[1][IDF] == ""
    lines = invoke("report", "--db", db, "--format", "jsonl", "--daily").stdout.splitlines()
    first = json.loads(lines[0])
    assert (first["date"], first[IDF], first[f"{IDF} daily"]) == ("2024-07-01", 314, None)
    assert len(lines) == 7


def test_report_table_has_trend_row(db: str) -> None:
    r = invoke("report", "--db", db)
    assert r.exit_code == 0
    assert "killed (cumulative), by day" in r.stdout
    assert "38,584" in r.stdout and "trend" in r.stdout
    assert any(ch in r.stdout for ch in "▁▂▃▄▅▆▇█")
    assert "articles" not in r.stdout
    r = invoke("report", "--db", db, "--show-articles", "--source", MOH)
    assert f"{MOH} articles" in r.stdout


def test_report_markdown(db: str) -> None:
    r = invoke("report", "--db", db, "--format", "markdown", "--show-articles")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "**killed (cumulative), by day**"
    header = [c.strip() for c in lines[2].strip("|").split("|")]
    assert header[:3] == ["date", MOH, f"{MOH} articles"]
    assert header[-3:] == ["change", "spread", "spread %"]
    row = [c.strip() for c in lines[6].strip("|").split("|")]
    assert row[0] == "2024-07-08" and "38,153" in row and "35,000" in row


def test_report_empty_and_errors(db: str, tmp_path: Path) -> None:
    r = invoke("report", "--db", db, "--since", "2030")
    assert r.exit_code == 0 and "nothing to show" in r.stdout
    r = invoke("report", "--db", db, "--since", "July")
    assert r.exit_code == 2 and r.stderr.startswith("Error: --since 'July'")
    r = invoke("report", "--db", db, "--category", "dead")
    assert r.exit_code == 2 and "--category 'dead'" in r.stderr
    r = invoke("report", "--db", str(tmp_path / "none.db"))
    assert r.exit_code == 1 and "no such store" in r.stderr


# --- the library -----------------------------------------------------------------------------
def claim(source: str | None, as_of: str, figure: int, article: str = "a", **kw: Any) -> dict[str, Any]:
    return {"source": source, "as_of": as_of, "figure": figure, "article_id": article, **kw}


@pytest.mark.parametrize(
    ("date", "by", "bucket"),
    [
        ("2024-07-18", "day", "2024-07-18"),
        ("2024-07-18", "week", "2024-07-15"),  # its ISO week's Monday
        ("2024-07-15", "week", "2024-07-15"),
        ("2024-07-21", "week", "2024-07-15"),  # Sunday closes the week
        ("2024-07-18", "month", "2024-07"),
        ("2024-07", "month", "2024-07"),
        ("2024-07", "day", None),  # a month has no day
        ("2024-07", "week", None),
        ("2024", "month", None),
        (None, "day", None),
    ],
)
def test_bucket_of(date: str | None, by: str, bucket: str | None) -> None:
    assert bucket_of(date, by) == bucket


@pytest.mark.parametrize(
    ("qualifier", "figure", "high", "stated", "low", "high_reading"),
    [
        ("exact", 90, None, 90, 90, 90),
        ("more_than", 90, None, 90, 91, 91),
        ("at_least", 90, None, 90, 90, 90),
        ("range", 20, 30, 20, 20, 30),
        ("vague", 24, None, 24, 24, 24),  # "dozens" is at least 24
    ],
)
def test_reading_of(
    qualifier: str, figure: int, high: int | None, stated: int, low: int, high_reading: int
) -> None:
    c = {"figure": figure, "figure_high": high, "qualifier": qualifier}
    assert (reading_of(c, "stated"), reading_of(c, "low"), reading_of(c, "high")) == (
        stated,
        low,
        high_reading,
    )


def test_observations_collapse_repeats() -> None:
    rows = [
        claim("MoH", "2024-07-02", 100, "a"),
        claim("MoH", "2024-07-02", 100, "b"),
        claim("MoH", "2024-07-02", 100, "b"),  # restated in the same article
        claim("MoH", "2024-07-02", 101, "c"),
        claim(None, "2024-07-02", 100, "d"),
    ]
    obs = observations(rows)
    assert [(o.source, o.value, sorted(o.articles)) for o in obs] == [
        ("(unattributed)", 100, ["d"]),
        ("MoH", 100, ["a", "b"]),
        ("MoH", 101, ["c"]),
    ]


def test_pivot_leaves_out_coarse_dates_by_day() -> None:
    rows = [claim("MoH", "2024-07-02", 100), claim("MoH", "2024-07", 150), claim("MoH", "2024", 90)]
    grid = pivot(rows, by="day")
    assert [(r["date"], r["MoH"]) for r in grid.rows] == [("2024-07-02", 100)]
    assert grid.imprecise == 2
    grid = pivot(rows, by="month")
    assert [(r["date"], r["MoH"]) for r in grid.rows] == [("2024-07", 150)]
    assert grid.imprecise == 1


def test_spread_compares_the_same_victims() -> None:
    rows = [
        claim("MoH", "2024-07-02", 1000, victims="people"),
        claim("UN", "2024-07-02", 900, victims="people"),
        claim("Army", "2024-07-02", 30, victims="soldiers"),
    ]
    row = pivot(rows).rows[0]
    assert (row["high"], row["low"], row["spread"], row["spread %"]) == (1000, 900, 100, 11.1)


def test_pivot_uses_article_date_without_as_of() -> None:
    rows = [{"source": "MoH", "as_of": None, "article_date": "2024-07-03", "figure": 7, "article_id": "x"}]
    assert pivot(rows).rows[0]["date"] == "2024-07-03"


def test_pivot_rejects_unknown_bucket() -> None:
    with pytest.raises(ValueError):
        pivot([], by="year")


def test_report_command_leaves_out_coarse_dates_with_a_note(tmp_path: Path) -> None:
    from casualty_cli import Store
    from casualty_cli.models import Article, Category, Claim, Scope

    path = tmp_path / "m.db"
    text = "The ministry said 150 people were killed in July."
    c = Claim(150, Category.KILLED, "150", 18, 21, source="MoH", as_of="2024-07", scope=Scope.CUMULATIVE)
    with Store(path) as s:
        s.add(Article(text, name="m.txt", date="2024-08-01"), [c])
    r = invoke("report", "--db", str(path), "-f", "json")
    assert json.loads(r.stdout) == []
    assert "1 figure(s) dated only to a month or a year" in r.stderr
    rows = as_json(invoke("report", "--db", str(path), "--by", "month", "-f", "json"))
    assert [(x["date"], x["MoH"]) for x in rows] == [("2024-07", 150)]


# --- the report's rows reduced in SQL give the same grid -------------------------------------------
def _random_store(path: Path, seed: int) -> None:
    import random

    from casualty_cli import Store
    from casualty_cli.models import Article, Category, Claim, Qualifier, Scope

    rng = random.Random(seed)
    days = ["2024-07-01", "2024-07-02", "2024-07-03", "2024-07-08", "2024-07-31", "2024-08-01"]
    coarse = ["2024-07", "2024", "2024-08"]
    with Store(path) as store:
        for a in range(12):
            claims = []
            for _ in range(rng.randint(1, 6)):
                figure = rng.choice([10, 12, 12, 15, 40, 41])  # ties within a day, a week, a month
                claims.append(
                    Claim(
                        figure=figure,
                        figure_high=figure + 5 if rng.random() < 0.2 else None,
                        qualifier=rng.choice(list(Qualifier)),
                        category=rng.choice([Category.KILLED, Category.INJURED]),
                        victims=rng.choice(["people", "children"]),
                        source=rng.choice([MOH, IDF, OCHA, None]),
                        as_of=rng.choice([*days, *days, *coarse, None]),
                        scope=rng.choice([Scope.CUMULATIVE, Scope.INCIDENT]),
                        span=str(figure),
                        start=0,
                        end=len(str(figure)),
                    )
                )
            article = Article(f"article {seed} {a}", name=f"{a}.txt", date=rng.choice([*days, None]))
            store.add(article, claims)


@pytest.mark.parametrize("seed", range(6))
def test_report_rows_reduced_in_sql_give_the_same_grid(tmp_path: Path, seed: int) -> None:
    """Only each source's top figure per period (and coarse dates) come back from SQL for a report:
    the grid must be the one that every observation gives."""
    from casualty_cli import ClaimFilter, Store
    from casualty_cli.report import BUCKETS, READINGS

    path = tmp_path / "r.db"
    _random_store(path, seed)
    with Store(path, create=False) as store:
        for by in BUCKETS:
            for reading in READINGS:
                for f in (
                    ClaimFilter(category="killed"),
                    ClaimFilter(category="injured", scope="cumulative"),
                    ClaimFilter(category="killed", article="3.txt"),  # the query that joins every claim
                ):
                    every = store.claim_groups(f, reading)
                    reduced = store.claim_groups(f, reading, top_by=by)
                    assert pivot(reduced, by=by) == pivot(every, by=by), (by, reading, f)
                    if by == "day" and reading == "stated" and f.category == "killed":
                        assert len(reduced) <= len(every)


# --- the report cells kept at write time give the same grid --------------------------------------
def _grids_agree(store: Any, label: object) -> int:
    """Every report the cells serve gives the grid that grouping the claims gives; returns how
    many reports were compared."""
    from casualty_cli import ClaimFilter
    from casualty_cli.report import BUCKETS, READINGS

    compared = 0
    for by in BUCKETS:
        for reading in READINGS:
            for f in (
                ClaimFilter(category="killed"),
                ClaimFilter(category="killed", scope="cumulative"),
                ClaimFilter(category="injured", scope="incident"),
                ClaimFilter(category="killed", since="2024-07-02", until="2024-07"),
                ClaimFilter(category="killed", sources=[MOH.lower(), OCHA]),
            ):
                cells = store.report_rows(f, reading, top_by=by)
                assert all("figures" in r for r in cells), "the cells did not serve the report"
                every = store.claim_groups(f, reading)
                assert pivot(cells, by=by) == pivot(every, by=by), (label, by, reading, f)
                compared += 1
    return compared


def _cells_as_recomputed(store: Any, label: object) -> None:
    """The cells kept up to date write by write are the cells recomputed from every claim."""
    conn = store.db.conn
    cells = "SELECT * FROM report_cells ORDER BY category, scope, reading, day, source"
    kept = conn.execute(cells).fetchall()
    conn.execute("SAVEPOINT recompute")
    conn.execute("DELETE FROM report_figures")
    conn.execute("DELETE FROM report_cells")
    conn.execute("INSERT INTO report_new SELECT id FROM claims")
    store._refresh_report()
    recomputed = conn.execute(cells).fetchall()
    conn.execute("ROLLBACK TO recompute")
    conn.execute("RELEASE recompute")
    assert kept == recomputed, label
    assert kept, label


@pytest.mark.parametrize("seed", range(6))
def test_report_cells_give_the_grid_of_the_claims(tmp_path: Path, seed: int) -> None:
    """The cells are updated by every kind of write: new articles, re-extraction, an alias, and
    plain SQL that changes a claim, an article's date, or removes claims."""
    import random

    from casualty_cli import Store
    from casualty_cli.models import Category, Claim, Qualifier, Scope

    path = tmp_path / "r.db"
    _random_store(path, seed)
    rng = random.Random(seed)
    with Store(path, create=False) as store:
        assert _grids_agree(store, "built") == 45
        _cells_as_recomputed(store, "built")
        ids = [a["id"] for a in store.articles()]
        # New articles on days that already have claims: their claims are added to the cells
        store.add_many(_again(store, ids[: 4 + seed]))
        _grids_agree(store, "added")
        _cells_as_recomputed(store, "added")
        # A claim added in SQL to an article that already gives it counts the article once
        store.db.conn.execute(
            "INSERT INTO claims (article_id, seq, figure, figure_high, qualifier, category, victims, "
            "source, as_of, scope, span, start, [end]) SELECT article_id, seq + 100, figure, "
            "figure_high, qualifier, category, victims, source, as_of, scope, span, start, [end] "
            "FROM claims WHERE article_id = ?",
            [ids[1]],
        )
        _grids_agree(store, "repeated in SQL")
        _cells_as_recomputed(store, "repeated in SQL")
        store.replace_claims(
            ids[0],
            [
                Claim(figure=99, qualifier=Qualifier.EXACT, category=Category.KILLED, source=MOH,
                      as_of="2024-07-02", scope=Scope.CUMULATIVE, span="99", start=0, end=2)
            ],
        )  # fmt: skip
        _grids_agree(store, "re-extracted")
        store.add_alias("the ministry", MOH)
        store.db.conn.execute("UPDATE claims SET source = ? WHERE source = ?", ["Ministry", IDF])
        _grids_agree(store, "renamed in SQL")
        store.db.conn.execute("UPDATE articles SET date = '2024-07-31' WHERE id = ?", [rng.choice(ids)])
        store.db.conn.execute("DELETE FROM claims WHERE article_id = ?", [rng.choice(ids[1:])])
        store.db.conn.execute("UPDATE claims SET figure = figure + 1 WHERE id % 3 = 0")
        _grids_agree(store, "changed in SQL")
        _cells_as_recomputed(store, "changed in SQL")


def _again(store: Any, ids: list[str]) -> list[Any]:
    """Copies of the articles `ids` (another text, the same date and claims), to store anew."""
    from casualty_cli.models import Article

    out = []
    for article_id in ids:
        row = store.article(article_id)
        copy = Article(row["text"] + " (again)", name=row["name"], date=row["date"])
        out.append((copy, store.claims_of(article_id)))
    return out


def test_report_cells_are_read_for_the_default_report(tmp_path: Path) -> None:
    """The report command reads the cells, not the claims: emptying the claims table behind the
    triggers' back leaves the report as it was."""
    from casualty_cli import Store

    path = tmp_path / "r.db"
    _random_store(path, 1)
    before = invoke("report", "--db", str(path), "--scope", "all", "-f", "csv").stdout
    assert before.count("\n") > 2
    with Store(path, create=False) as store:
        store.db.conn.executescript("DROP TRIGGER report_claim_delete; DELETE FROM claims;")
    assert invoke("report", "--db", str(path), "--scope", "all", "-f", "csv").stdout == before
    # A filter the cells do not serve reads the claims.
    only_header = invoke("report", "--db", str(path), "--victims", "people", "-f", "csv").stdout
    assert only_header.splitlines() == ["date,change,low,high,spread,spread %"]

"""The store: idempotent ingest, filters, aliases, schema version, errors that change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casualty_cli import ClaimFilter, Store, extract, parse_article
from casualty_cli.errors import StoreError
from casualty_cli.store import SCHEMA_VERSION

A1 = (
    " date 2024-07-10\n\nStrike on school\n\nAn Israeli strike on a school killed at least 16 people "
    "on Saturday, the health ministry in Hamas-run Gaza said. The war has killed 38,295 people, "
    "according to Gaza's health ministry."
)
A2 = (
    " date 2024-08-01\n\nToll\n\nThe Israeli military said 12 soldiers were killed in July. "
    "Israel's offensive has killed at least 39,445 people, the Gaza health ministry said."
)


def add(store: Store, text: str) -> bool:
    art = parse_article(text, name="a.txt")
    return store.add(art, extract(art.text, art.date))


def test_same_text_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        assert add(s, A1) is True
        assert add(s, A1) is False
        assert s.counts() == {"articles": 1, "claims": 2}


def test_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        add(s, A1)
        add(s, A2)
        # "12 soldiers were killed in July" holds for 2024-07, before the article's date
        assert [c["figure"] for c in s.claims(ClaimFilter(since="2024-08"))] == [39445]
        assert [c["figure"] for c in s.claims(ClaimFilter(until="2024-07"))] == [12, 16, 38295]
        # a month's tally of soldiers is a period total, as are the running tolls
        assert [c["figure"] for c in s.claims(ClaimFilter(scope="cumulative"))] == [12, 38295, 39445]
        assert [c["figure"] for c in s.claims(ClaimFilter(scope="incident"))] == [16]
        assert [c["figure"] for c in s.claims(ClaimFilter(victims="soldiers"))] == [12]
        assert [c["figure"] for c in s.claims(ClaimFilter(sources=("Israeli military",)))] == [12]
        assert [c["figure"] for c in s.claims(ClaimFilter(search="school"))] == [16]


def test_filter_values_are_parameters_not_sql(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        add(s, A1)
        hostile = "x' OR '1'='1"
        assert s.claims(ClaimFilter(sources=(hostile,))) == []
        assert s.claims(ClaimFilter(location="%")) == []
        assert s.claims(ClaimFilter(victims=hostile)) == []
        assert s.counts()["claims"] == 2


def test_alias_applies_to_stored_claims(tmp_path: Path) -> None:
    text = " date 2024-07-10\n\nThe Qudsville monitor said 7 people were killed on Friday."
    with Store(tmp_path / "s.db") as s:
        add(s, text)
        assert s.claims()[0]["source"] == "Qudsville monitor"
        assert s.add_alias("Qudsville monitor", "Qudsville Observatory") == 1
        assert s.claims()[0]["source"] == "Qudsville Observatory"
        assert s.aliases() == {"qudsville monitor": "Qudsville Observatory"}


def test_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    p = tmp_path / "notes.db"
    p.write_text("these are my notes, not a database\n" * 100)
    before = p.read_bytes()
    with pytest.raises(StoreError, match="not a casualty store"):
        Store(p)
    assert p.read_bytes() == before


def test_foreign_sqlite_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "other.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a casualty store"):
        Store(p)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "new.db"
    with Store(p):
        pass
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(p)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "s.db")


def test_schema_for_readers(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        add(s, A1)
        tables = set(s.db.table_names())
        assert {"articles", "claims", "sources", "source_aliases"} <= tables
        assert "claims_with_articles" in s.db.view_names()
        fks = {(fk.column, fk.other_table) for fk in s.db["claims"].foreign_keys}
        assert ("article_id", "articles") in fks and ("source", "sources") in fks
        row = next(iter(s.db.query("SELECT article_date, span FROM claims_with_articles LIMIT 1")))
        assert row == {"article_date": "2024-07-10", "span": "at least 16"}


def as_of_schema_3(s: Store) -> None:
    """Take a store back to schema 3: no report cells, no triggers keeping them, no index of
    article dates."""
    conn = s.db.conn
    for (name,) in list(
        conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'report_%'")
    ):
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("report_cells", "report_stale", "report_figures", "report_new"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX idx_articles_date")
    conn.execute("PRAGMA user_version = 3")


def test_schema_4_fills_the_report_cells_of_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as s:
        add(s, A1)
        add(s, A2)
        f = ClaimFilter(category="killed", scope="cumulative")
        want = sorted((r["source"], r["as_of"], r["figure"]) for r in s.report_rows(f))
        as_of_schema_3(s)
    with Store(path, create=False) as s:
        assert s.db.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        rows = s.report_rows(f)
        assert all("figures" in r for r in rows)
        assert sorted((r["source"], r["as_of"], r["figure"]) for r in rows) == want
        assert {38295, 39445} <= {r["figure"] for r in rows}


def test_schema_5_keeps_the_report_cells_of_a_schema_4_store(tmp_path: Path) -> None:
    """A store whose cells were recomputed from claims gets figure rows behind them; its cells
    and what later writes do to them stay those of the claims."""
    from casualty_cli.store import _REPORT_SCHEMA

    path = tmp_path / "s.db"
    cells = "SELECT * FROM report_cells ORDER BY category, scope, reading, day, source"
    with Store(path) as s:
        add(s, A1)
        want = s.conn.execute(cells).fetchall()
        conn = s.conn
        conn.execute("DROP TABLE report_figures")
        conn.execute("DROP TABLE report_new")
        conn.execute("DROP TRIGGER report_claim_insert")
        conn.execute(next(sql for sql in _REPORT_SCHEMA if "TRIGGER report_claim_insert" in sql))
        conn.execute("PRAGMA user_version = 4")
    with Store(path, create=False) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert s.conn.execute(cells).fetchall() == want
        assert s.conn.execute("SELECT count(*) FROM report_figures").fetchone()[0] >= len(want)
        add(s, A2)
        rows = s.report_rows(ClaimFilter(category="killed", scope="cumulative"))
        assert {38295, 39445} <= {r["figure"] for r in rows}


def test_report_groups_dated_claims_from_its_covering_index(tmp_path: Path) -> None:
    """Schema 3: a report reads dated claims from one index, never their rows; a store made
    before it gets the index when opened."""
    path = tmp_path / "s.db"
    with Store(path) as s:
        add(s, A1)
        add(s, A2)
        s.db.conn.execute("DROP INDEX idx_claims_report")
        s.db.conn.execute("CREATE INDEX idx_claims_category_scope_as_of ON claims (category, scope, as_of)")
        as_of_schema_3(s)
        s.db.conn.execute("PRAGMA user_version = 2")
    with Store(path, create=False) as s:
        assert s.db.conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        names = {r[0] for r in s.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "idx_claims_report" in names and "idx_claims_category_scope_as_of" not in names
        captured: dict[str, object] = {}
        select = s._select

        def spy(sql: str, f: ClaimFilter, params: dict[str, object]) -> list[dict[str, object]]:
            captured.update(sql=sql, params=params)
            return select(sql, f, params)

        s._select = spy  # type: ignore[method-assign]
        rows = s.claim_groups(ClaimFilter(category="killed", scope="cumulative"), top_by="day")
        assert {38295, 39445} <= {r["figure"] for r in rows}
        plan = " | ".join(
            r[3] for r in s.db.conn.execute(f"EXPLAIN QUERY PLAN {captured['sql']}", captured["params"])
        )
        assert "COVERING INDEX idx_claims_report (category=? AND scope=? AND as_of>?)" in plan, plan


def _plan(s: Store, sql: str) -> list[str]:
    return [r[3] for r in s.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def test_a_stale_key_is_recomputed_from_its_own_claims_only(tmp_path: Path) -> None:
    """A key whose claims changed or went is recomputed: its claims are found through indexes,
    never by scanning every claim or every article (which made a long ingest quadratic)."""
    from casualty_cli.store import _REFRESH_SQL

    with Store(tmp_path / "s.db") as s:
        add(s, A1)
        add(s, A2)
        plan = _plan(s, _REFRESH_SQL)
    assert not [p for p in plan if p.startswith(("SCAN c", "SCAN a"))], plan  # no claim or article scanned
    on_claims = [p for p in plan if p.startswith("SEARCH c")]
    assert len(on_claims) == 2, plan
    # the claims with an as_of by their key; those without one through their articles of that day
    assert "idx_claims_report (category=? AND scope=? AND as_of=? AND source=?" in on_claims[0], plan
    assert "idx_claims_article_id_seq (article_id=?)" in on_claims[1], plan
    assert any(p.startswith("SEARCH a USING INDEX idx_articles_date (date=?)") for p in plan), plan


def test_new_claims_are_added_to_the_cells_without_reading_older_ones(tmp_path: Path) -> None:
    """A write of new articles reads its own claims, by id, and the figure rows of the keys it
    touched: never the claims already stored on the same days."""
    from casualty_cli.store import _ADD_NEW_SQL, _CELLS_SQL, _NEW_KEYS_SQL, _STALE_OF_OLD_ARTICLES

    with Store(tmp_path / "s.db") as s:
        add(s, A1)
        add(s, A2)
        for sql in (_STALE_OF_OLD_ARTICLES, _ADD_NEW_SQL, _NEW_KEYS_SQL, _CELLS_SQL):
            plan = _plan(s, sql)
            assert not [p for p in plan if p.startswith(("SCAN c", "SCAN a", "SCAN f"))], plan
            on_claims = [p for p in plan if p.startswith("SEARCH c")]
            assert all("INTEGER PRIMARY KEY (rowid=?)" in p for p in on_claims), plan
        # the figure rows of a key by their primary key
        assert "PRIMARY KEY (category=? AND day=? AND source=?)" in " ".join(_plan(s, _CELLS_SQL))
        # whether a new claim's article had older claims: that article's claims alone
        assert "idx_claims_article_id_seq (article_id=?)" in " ".join(_plan(s, _STALE_OF_OLD_ARTICLES))

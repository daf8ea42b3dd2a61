"""The store: articles, their claims and the source table, in one SQLite file.

The only module that writes SQL. Every write of an article and its claims is one
transaction, so an interrupted ingest leaves each article either whole or absent.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import StoreError
from .models import Article, Claim, Scope

if TYPE_CHECKING:
    import sqlite_utils

    from .sources import SourceTable

SCHEMA_VERSION = 5
WAL_RETRIES = 40  # about 40 s in all


MAX_INTEGER = 2**63 - 1  # the largest INTEGER SQLite holds


def check_storable(name: str, claims: list[Claim]) -> None:
    """Refuse, with a reason, claims whose figure is beyond what SQLite can store."""
    for c in claims:
        for v in (c.figure, c.figure_high):
            if v is not None and abs(v) > MAX_INTEGER:
                raise StoreError(f"{name}: the figure {c.span[:40]!r} is too large to store")


@dataclass(frozen=True)
class ClaimFilter:
    """What `claims` and `report` select. Every value reaches SQL only as a parameter."""

    since: str | None = None
    until: str | None = None
    category: str | None = None
    victims: str | None = None
    sources: tuple[str, ...] = ()
    location: str | None = None
    scope: str | None = None
    article: str | None = None
    search: str | None = None


def _any_source(column: str, names: tuple[str, ...], params: dict[str, Any]) -> str:
    """A condition that `column` is one of the source names, ignoring case; the names go into
    `params`."""
    keys = []
    for i, name in enumerate(names):
        keys.append(f"lower({column}) = lower(:src{i})")
        params[f"src{i}"] = name
    return "(" + " OR ".join(keys) + ")"


def _period_end(value: str) -> str:
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD bound covers, for `until`."""
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return value


class Store:
    """An open store. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if not p.parent.exists():
                raise StoreError(f"{self.path}: folder {p.parent} does not exist")
            if not p.exists() and not create:
                raise StoreError(f"{self.path}: no such store; run `casualty ingest` first")
            if p.is_dir():
                raise StoreError(f"{self.path}: is a folder, not a store file")
        try:
            conn = self.conn = _connect(self.path)
            self._db: sqlite_utils.Database | None = None
            # One statement, one snapshot: another process may be creating the store right now.
            version, tables = conn.execute(
                "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version"
            ).fetchone()
            # Refused before _migrate turns on WAL, which would change the other program's file.
            foreign = version == 0 and tables > 0
        except sqlite3.DatabaseError as e:
            raise StoreError(_open_error(self.path, e)) from None
        if foreign:
            self.close()
            raise StoreError(f"{self.path}: an SQLite file, but not a casualty store")
        if version > SCHEMA_VERSION:
            self.close()
            raise StoreError(
                f"{self.path}: written by a newer casualty (schema {version}, this one reads "
                f"{SCHEMA_VERSION}); upgrade casualty"
            )
        if version < SCHEMA_VERSION:
            self._migrate(version)

    @property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite_utils Database, for the writes that create and upsert
        tables; imported on first use, so that commands which only read (report, claims) start
        without it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def _query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        """The rows of a query as dicts."""
        cur = self.conn.execute(sql, params if params is not None else ())
        keys = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(keys, row, strict=True))

    # -- life cycle ------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _migrate(self, version: int) -> None:
        conn = self.conn
        try:
            if self.path != ":memory:":
                self._wal()
            conn.execute("BEGIN IMMEDIATE")
            # Another process may have migrated while we waited for the lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0 and [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]:
                raise StoreError(f"{self.path}: an SQLite file, but not a casualty store")
            # Each step takes a store of the version before it to its own, in place, in order.
            steps = [self._schema_1, self._schema_2, self._schema_3, self._schema_4, self._schema_5]
            for step in steps[version:SCHEMA_VERSION]:
                step()
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(_write_error(self.path, e)) from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _wal(self) -> None:
        """Switch to WAL. Two processes creating one store at once can meet a lock the busy
        timeout does not wait on (a journal-mode change answers "locked" at once): wait and retry."""
        for attempt in range(WAL_RETRIES):
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as e:
                if ("locked" not in str(e) and "busy" not in str(e)) or attempt == WAL_RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _schema_1(self) -> None:
        db = self.db
        db.table("sources").create({"name": str, "region": str}, pk="name")
        db.table("source_aliases").create(
            {"alias": str, "source": str}, pk="alias", foreign_keys=[("source", "sources", "name")]
        )
        db.table("articles").create(
            {
                "id": str,
                "name": str,
                "url": str,
                "title": str,
                "publisher": str,
                "date": str,
                "text": str,
                "added_at": str,
                "extractor": str,
            },
            pk="id",
        )
        db.table("claims").create(
            {
                "id": int,
                "article_id": str,
                "seq": int,
                "figure": int,
                "figure_high": int,
                "qualifier": str,
                "category": str,
                "victims": str,
                "source": str,
                "source_text": str,
                "as_of": str,
                "scope": str,
                "location": str,
                "span": str,
                "start": int,
                "end": int,
                "sentence": str,
            },
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("source", "sources", "name")],
        )
        db.table("claims").create_index(["article_id", "seq"], unique=True)
        db.table("claims").create_index(["category", "scope", "as_of"])
        db.table("claims").create_index(["source", "as_of"])
        db.table("claims").enable_fts(["sentence", "span", "source_text"], create_triggers=True)
        db.create_view(
            "claims_with_articles",
            """
            SELECT claims.*, articles.date AS article_date, articles.title AS article_title,
                   articles.publisher AS publisher, articles.name AS article_name,
                   articles.url AS article_url
            FROM claims JOIN articles ON articles.id = claims.article_id
            """,
        )

    def _schema_2(self) -> None:
        """Reference series: official daily figures that stored claims are compared with."""
        db = self.db
        db.table("reference_series").create(
            {"name": str, "source": str, "origin": str, "loaded_at": str},
            pk="name",
            foreign_keys=[("source", "sources", "name")],
        )
        db.table("reference_figures").create(
            {"series": str, "date": str, "category": str, "figure": int},
            pk=("series", "date", "category"),
            foreign_keys=[("series", "reference_series", "name")],
        )
        db.table("reference_figures").create_index(["series", "category", "figure"])

    def _schema_3(self) -> None:
        """The report's index covers every column a report reads, so that grouping a million
        claims reads the index alone, not each claim's row (a row holds its sentence)."""
        conn = self.conn
        conn.execute("DROP INDEX IF EXISTS idx_claims_category_scope_as_of")
        conn.execute(
            "CREATE INDEX idx_claims_report ON claims "
            "(category, scope, as_of, source, figure, qualifier, figure_high, victims, article_id)"
        )

    def _schema_4(self) -> None:
        """The report's cells: each source's highest figure per category, scope, reading and day,
        kept up to date as claims change, so that a report reads thousands of cells, not a
        million claims. Triggers mark the (category, day, source) of every claim written,
        changed or removed as stale; each write ends by recomputing the stale cells."""
        conn = self.conn
        for sql in _REPORT_SCHEMA:
            conn.execute(sql)
        # the cells are filled by _schema_5, which always follows

    def _schema_5(self) -> None:
        """The figures behind the cells: for each cell, every figure its source gave, with the
        articles that gave it. A new claim adds to its figure's row and its cell is read off
        those rows, so that a write costs the claims it writes, not every claim of the days it
        touches (which slowed a long ingest as the store grew)."""
        conn = self.conn
        for sql in _FIGURES_SCHEMA:
            conn.execute(sql)
        conn.execute(
            "INSERT OR IGNORE INTO report_stale SELECT c.category, coalesce(c.as_of, a.date), "
            "coalesce(c.source, '') FROM claims c LEFT JOIN articles a ON a.id = c.article_id "
            "WHERE c.category IS NOT NULL AND coalesce(c.as_of, a.date) IS NOT NULL"
        )
        self._refresh_report()

    def _refresh_report(self) -> None:
        """Bring the report cells up to date, inside the caller's transaction.

        The keys (category, day, source) that a change or removal made stale have their figures
        recomputed from their claims. Claims only added since the last refresh are added to
        their figures' rows instead. Then the cells of both kinds of key are read off the rows."""
        conn = self.conn
        if not self._report_behind():
            return
        # A claim added to an article that already had claims (plain SQL) may repeat one of
        # them: its key is recomputed, so that the article is not counted twice.
        conn.execute(_STALE_OF_OLD_ARTICLES)
        conn.execute(
            "DELETE FROM report_figures WHERE (category, day, source) IN "
            "(SELECT category, day, source FROM report_stale)"
        )
        conn.execute(_REFRESH_SQL)
        conn.execute(_ADD_NEW_SQL)
        conn.execute(_NEW_KEYS_SQL)
        conn.execute(
            "DELETE FROM report_cells WHERE (category, day, source) IN "
            "(SELECT category, day, source FROM report_stale)"
        )
        conn.execute(_CELLS_SQL)
        conn.execute("DELETE FROM report_stale")
        conn.execute("DELETE FROM report_new")

    def _report_behind(self) -> bool:
        """Whether claims were written since the report cells were last brought up to date."""
        sql = "SELECT 1 FROM report_stale UNION ALL SELECT 1 FROM report_new LIMIT 1"
        return self.conn.execute(sql).fetchone() is not None

    def refresh_report(self) -> None:
        """Bring the report cells up to date (writes through this class do it themselves;
        this is for claims written with plain SQL, as the benchmark's store is)."""
        with self._write():
            self._refresh_report()

    # -- writing -----------------------------------------------------------------------
    def _write(self) -> Any:
        return _Transaction(self.conn, self.path)

    def add(self, article: Article, claims: list[Claim], extractor: str = "") -> bool:
        """Store an article with its claims, once: False when its text is already stored."""
        return self.add_many([(article, claims)], extractor)[0]

    def add_many(self, items: Iterable[tuple[Article, list[Claim]]], extractor: str = "") -> list[bool]:
        """Store a batch in one transaction; each article is still stored once."""
        out = []
        conn = self.conn
        added_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        # Plain executes rather than sqlite-utils' insert: bulk ingest spends its store time here.
        sql = (
            "INSERT OR IGNORE INTO articles (id, name, url, title, publisher, date, text, added_at, "
            "extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        with self._write():
            for article, claims in items:
                a = article
                row = [a.id, a.name, a.url, a.title, a.publisher, a.date, a.text, added_at, extractor]
                if conn.execute(sql, row).rowcount == 0:
                    out.append(False)
                    continue
                self._insert_claims(article.id, claims)
                out.append(True)
            self._refresh_report()
        return out

    def _insert_claims(self, article_id: str, claims: list[Claim]) -> None:
        if not claims:
            return
        rows = []
        names = set()
        for seq, c in enumerate(claims):
            row = c.to_dict()
            row["article_id"] = article_id
            row["seq"] = seq
            rows.append(row)
            if c.source:
                names.add(c.source)
        conn = self.conn
        if names:
            conn.executemany("INSERT OR IGNORE INTO sources (name) VALUES (?)", [(n,) for n in names])
        cols = list(rows[0])
        conn.executemany(
            f"INSERT INTO claims ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
            [[r[c] for c in cols] for r in rows],
        )

    def replace_claims(self, article_id: str, claims: list[Claim]) -> None:
        with self._write():
            self.conn.execute("DELETE FROM claims WHERE article_id = ?", [article_id])
            self._insert_claims(article_id, claims)
            self._refresh_report()

    def add_alias(self, alias: str, canonical: str) -> int:
        """Record an alias and apply it to stored claims; returns how many claims changed."""
        from .sources import normalize  # with the regex module, which reading a store needs not

        key = normalize(alias)
        with self._write():
            self.db.table("sources").insert({"name": canonical}, ignore=True)
            self.db.table("source_aliases").upsert({"alias": key, "source": canonical}, pk="alias")
            cur = self.conn.execute(
                "UPDATE claims SET source = ? WHERE (lower(source) = ? OR lower(source_text) = ? "
                "OR lower(source_text) = 'the ' || ?) AND coalesce(source, '') != ?",
                [canonical, key, key, key, canonical],
            )
            self._refresh_report()
            return cur.rowcount

    def load_sources(self, table: SourceTable) -> None:
        """Record the canonical names and regions of a source table."""
        with self._write():
            self.db.table("sources").upsert_all(
                ({"name": n, "region": table.regions.get(n)} for n in table.canonical_names),
                pk="name",
            )

    def add_reference(
        self, name: str, source: str, points: Iterable[tuple[str, str, int]], origin: str = ""
    ) -> bool:
        """Store a reference series of (date, category, figure), replacing one of the same name.

        Returns True when a series of that name was replaced.
        """
        conn = self.conn
        with self._write():
            replaced = bool(conn.execute("SELECT 1 FROM reference_series WHERE name = ?", [name]).fetchone())
            conn.execute("DELETE FROM reference_figures WHERE series = ?", [name])
            conn.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", [source])
            conn.execute(
                "INSERT OR REPLACE INTO reference_series (name, source, origin, loaded_at) VALUES (?, ?, ?, ?)",
                [name, source, origin, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")],
            )
            conn.executemany(
                "INSERT INTO reference_figures (series, date, category, figure) VALUES (?, ?, ?, ?)",
                [(name, d, c, f) for d, c, f in points],
            )
        return replaced

    # -- reading -------------------------------------------------------------------------
    def references(self) -> list[dict[str, Any]]:
        """Every stored reference series with its source, size and dates."""
        sql = """
            SELECT s.name, s.source, count(f.figure) AS figures,
                   (SELECT group_concat(category, ', ') FROM (
                       SELECT DISTINCT category FROM reference_figures x
                       WHERE x.series = s.name ORDER BY category)) AS categories,
                   min(f.date) AS first, max(f.date) AS last, s.origin, s.loaded_at
            FROM reference_series s LEFT JOIN reference_figures f ON f.series = s.name
            GROUP BY s.name ORDER BY s.name
        """
        return list(self._query(sql))

    def reference(self, name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """One reference series: its description, and its figures by date."""
        rows = list(self._query("SELECT * FROM reference_series WHERE name = ?", [name]))
        if not rows:
            raise StoreError(f"no reference series {name!r}; `casualty reference` lists them")
        figures = self._query(
            "SELECT date, category, figure FROM reference_figures WHERE series = ? ORDER BY date, category",
            [name],
        )
        return rows[0], list(figures)

    def aliases(self) -> dict[str, str]:
        return {r["alias"]: r["source"] for r in self.db.table("source_aliases").rows}

    def has_article(self, article_id: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone())

    def articles(self) -> Iterator[dict[str, Any]]:
        sql = (
            "SELECT a.id, a.name, a.date, a.publisher, a.title, a.url, a.added_at, a.extractor, "
            "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims "
            "FROM articles a ORDER BY a.date, a.name"
        )
        yield from self._query(sql)

    def article(self, ref: str) -> dict[str, Any]:
        """One article by id, id prefix (at least 6 characters) or the name it was read from."""
        rows = list(
            self._query(
                "SELECT * FROM articles WHERE id = :r OR name = :r OR (length(:r) >= 6 AND id LIKE :p) LIMIT 2",
                {"r": ref, "p": ref.replace("%", "").replace("_", "") + "%"},
            )
        )
        if not rows:
            raise StoreError(f"no stored article {ref!r}; `casualty articles` lists them")
        if len(rows) > 1:
            raise StoreError(f"{ref!r} matches more than one article; give more of its id")
        return rows[0]

    def article_texts(self) -> Iterator[dict[str, Any]]:
        yield from self._query("SELECT id, name, date, text FROM articles ORDER BY rowid")

    def claims_of(self, article_id: str) -> list[Claim]:
        rows = self._query("SELECT * FROM claims WHERE article_id = ? ORDER BY seq", [article_id])
        return [Claim.from_dict(r) for r in rows]

    @staticmethod
    def _where(f: ClaimFilter, day: str = "coalesce(c.as_of, a.date)") -> tuple[list[str], dict[str, Any]]:
        """SQL conditions and their parameters for a filter: values reach SQL only as parameters.

        `day` is the SQL for the date a claim holds for."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if f.since:
            where.append(f"{day} >= :since")
            params["since"] = f.since
        if f.until:
            where.append(f"substr({day}, 1, 10) <= :until")
            params["until"] = _period_end(f.until)
        for name in ("category", "scope"):
            value = getattr(f, name)
            if value:
                where.append(f"c.{name} = :{name}")
                params[name] = value
        if f.victims:
            where.append("lower(c.victims) = lower(:victims)")
            params["victims"] = f.victims
        if f.location:
            where.append("instr(lower(c.location), lower(:location)) > 0")
            params["location"] = f.location
        if f.sources:
            where.append(_any_source("c.source", f.sources, params))
        if f.article:
            # A prefix compared as text: "%" or "_" in the value are not LIKE wildcards.
            where.append("(substr(a.id, 1, length(:art)) = :art OR a.name = :art)")
            params["art"] = f.article
        if f.search:
            where.append("c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q)")
            params["q"] = f.search
        return where, params

    def _select(self, sql: str, f: ClaimFilter, params: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            return list(self._query(sql, params))
        except sqlite3.OperationalError as e:
            if not f.search or not ("fts5" in str(e) or "unterminated string" in str(e)):
                raise StoreError(f"cannot query the store ({e})") from None
        # Not FTS5 query syntax ("Gaza's", "%", a stray quote): search for the words as written.
        params["q"] = " ".join('"' + w.replace('"', '""') + '"' for w in (f.search or "").split())
        try:
            return list(self._query(sql, params)) if params["q"] else []
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot query the store ({e})") from None

    def claims(self, f: ClaimFilter | None = None) -> list[dict[str, Any]]:
        """Stored claims with their article's metadata, oldest first."""
        f = f or ClaimFilter()
        where, params = self._where(f)
        sql = (
            "SELECT c.*, a.date AS article_date, a.name AS article, a.title AS article_title, "
            "a.publisher AS publisher FROM claims c JOIN articles a ON a.id = c.article_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY coalesce(c.as_of, a.date), a.date, a.name, c.seq"
        return self._select(sql, f, params)

    def claim_groups(
        self, f: ClaimFilter | None = None, reading: str = "stated", top_by: str | None = None
    ) -> list[dict[str, Any]]:
        """Claims grouped in SQL into observations: one row per source, day and figure (under a
        reading rule), with the articles that carried it. What `report` needs, without loading
        every claim into Python.

        With `top_by` ("day", "week" or "month"), only the observations that can be a cell of
        a report by that period come back: each source's highest figure in each period, and
        every observation whose date is too coarse for the period (the report counts those).
        """
        f = f or ClaimFilter()
        more_than = "(CASE WHEN c.qualifier = 'more_than' THEN 1 ELSE 0 END)"
        value = {
            "stated": "c.figure",
            "low": f"c.figure + {more_than}",
            "high": f"coalesce(c.figure_high, c.figure + {more_than})",
        }[reading]
        columns = f"coalesce(c.source, '') AS source, {{day}} AS as_of, {value} AS figure, " + (
            "lower(coalesce(c.victims, 'people')) AS victims, c.article_id AS article_id"
        )
        if f.article:  # the filter reads the article's id and name
            where, params = self._where(f)
            where.append("coalesce(c.as_of, a.date) IS NOT NULL")
            flat = (
                f"SELECT {columns.format(day='coalesce(c.as_of, a.date)')} "
                "FROM claims c JOIN articles a ON a.id = c.article_id WHERE " + " AND ".join(where)
            )
        else:
            # Claims that carry their own date are read from the report's index alone; only
            # the undated ones are joined to their article for its date.
            dated, params = self._where(f, day="c.as_of")
            undated, _ = self._where(f, day="a.date")
            flat = (
                f"SELECT {columns.format(day='c.as_of')} FROM claims c WHERE "
                + " AND ".join([*dated, "c.as_of IS NOT NULL"])
                + f" UNION ALL SELECT {columns.format(day='a.date')} "
                "FROM claims c JOIN articles a ON a.id = c.article_id WHERE "
                + " AND ".join([*undated, "c.as_of IS NULL", "a.date IS NOT NULL"])
            )
        group = (
            "SELECT g.source, g.as_of, g.figure, min(g.victims) AS victims, "
            "group_concat(DISTINCT g.article_id) AS article_ids FROM {rows} GROUP BY 1, 2, 3"
        )
        if top_by is None:
            sql = group.format(rows=f"({flat}) g")
        else:
            # Each source's highest figure in each period first (cheap aggregates, no strings),
            # then only the claims giving it are grouped with their articles.
            bucket = _BUCKET_SQL[top_by]
            sql = (
                f"WITH f AS (SELECT g.*, {bucket} AS bucket FROM ({flat}) g), "
                "t AS (SELECT source, bucket, max(figure) AS top FROM f WHERE bucket IS NOT NULL GROUP BY 1, 2) "
                + group.format(
                    rows="f g LEFT JOIN t ON t.source = g.source AND t.bucket = g.bucket "
                    "WHERE g.bucket IS NULL OR g.figure = t.top"
                )
            )
        rows = self._select(sql, f, params)
        for r in rows:
            r["source"] = r["source"] or None
            r["article_ids"] = (r["article_ids"] or "").split(",")
        return rows

    def report_rows(
        self, f: ClaimFilter | None = None, reading: str = "stated", top_by: str | None = None
    ) -> list[dict[str, Any]]:
        """The rows a report pivots: from the report cells when the filter is one they serve
        (a category, with any scope, dates and sources), else grouped from the claims.

        A cell row is one source's highest figure for one day, with `articles` (how many
        carried it) and `figures` (how many different figures the source gave that day)."""
        f = f or ClaimFilter()
        if not f.category or f.victims or f.location or f.article or f.search or not self._cells_fresh():
            return self.claim_groups(f, reading, top_by)
        where = ["category = :category", "scope = :scope", "reading = :reading"]
        params: dict[str, Any] = {"category": f.category, "scope": f.scope or "all", "reading": reading}
        if f.since:
            where.append("day >= :since")
            params["since"] = f.since
        if f.until:
            where.append("substr(day, 1, 10) <= :until")
            params["until"] = _period_end(f.until)
        if f.sources:
            where.append("source != '' AND " + _any_source("source", f.sources, params))
        sql = (
            "SELECT source, day AS as_of, figure, victims, articles, figures FROM report_cells WHERE "
            + " AND ".join(where)
        )
        rows = self._select(sql, f, params)
        for r in rows:
            r["source"] = r["source"] or None
        return rows

    def _cells_fresh(self) -> bool:
        """Whether the report cells are up to date, bringing them up to date if they are not
        (claims changed with plain SQL); False where the store cannot be written."""
        if not self._report_behind():
            return True
        try:
            self.refresh_report()
        except StoreError:
            return False
        return True

    def sources_summary(self) -> list[dict[str, Any]]:
        sql = """
            SELECT s.name AS source, s.region,
                   (SELECT group_concat(alias, '; ') FROM source_aliases x WHERE x.source = s.name)
                       AS aliases,
                   count(c.id) AS claims, min(coalesce(c.as_of, a.date)) AS first_seen,
                   max(coalesce(c.as_of, a.date)) AS last_seen
            FROM sources s
            LEFT JOIN claims c ON c.source = s.name
            LEFT JOIN articles a ON a.id = c.article_id
            GROUP BY s.name ORDER BY count(c.id) DESC, s.name
        """
        return list(self._query(sql))

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "claims": one("SELECT count(*) FROM claims").fetchone()[0],
        }


# --- the report's cells -----------------------------------------------------------------------
# A cell: for one category, scope ("all" for both together), reading, day and source ("" when
# unattributed), the highest figure the source gave that day under the reading, the victims and
# the number of articles that gave it, and how many different figures the source gave that day.
# `day` is the claim's as_of, or its article's date when it has none, as stored (a day, or a
# coarser month or year).
_STALE_ROW = (
    "INSERT OR IGNORE INTO report_stale SELECT {c}.category, day, coalesce({c}.source, '') FROM "
    "(SELECT coalesce({c}.as_of, (SELECT date FROM articles WHERE id = {c}.article_id)) AS day) "
    "WHERE day IS NOT NULL AND {c}.category IS NOT NULL;"
)
_STALE_ARTICLE = (
    "INSERT OR IGNORE INTO report_stale SELECT category, OLD.date, coalesce(source, '') FROM claims "
    "WHERE article_id = OLD.id AND as_of IS NULL AND category IS NOT NULL AND OLD.date IS NOT NULL;"
)
_REPORT_SCHEMA = [
    "CREATE TABLE report_cells (category TEXT NOT NULL, scope TEXT NOT NULL, reading TEXT NOT NULL, "
    "day TEXT NOT NULL, source TEXT NOT NULL, figure INTEGER NOT NULL, victims TEXT NOT NULL, "
    "articles INTEGER NOT NULL, figures INTEGER NOT NULL, "
    "PRIMARY KEY (category, scope, reading, day, source)) WITHOUT ROWID",
    "CREATE INDEX idx_report_cells_key ON report_cells (category, day, source)",
    "CREATE INDEX idx_articles_date ON articles (date)",  # the claims of a day with no as_of
    "CREATE TABLE report_stale (category TEXT NOT NULL, day TEXT NOT NULL, source TEXT NOT NULL, "
    "PRIMARY KEY (category, day, source)) WITHOUT ROWID",
    f"CREATE TRIGGER report_claim_insert AFTER INSERT ON claims BEGIN {_STALE_ROW.format(c='NEW')} END",
    f"CREATE TRIGGER report_claim_delete AFTER DELETE ON claims BEGIN {_STALE_ROW.format(c='OLD')} END",
    "CREATE TRIGGER report_claim_update AFTER UPDATE ON claims BEGIN "
    f"{_STALE_ROW.format(c='OLD')} {_STALE_ROW.format(c='NEW')} END",
    "CREATE TRIGGER report_article_date AFTER UPDATE OF date ON articles BEGIN "
    f"{_STALE_ARTICLE} {_STALE_ARTICLE.replace('OLD.date', 'NEW.date')} END",
    f"CREATE TRIGGER report_article_delete AFTER DELETE ON articles BEGIN {_STALE_ARTICLE} END",
]
_FIGURES_SCHEMA = [
    # One row for each figure a cell's source gave that day: its fewest victims, its articles.
    "CREATE TABLE report_figures (category TEXT NOT NULL, day TEXT NOT NULL, source TEXT NOT NULL, "
    "scope TEXT NOT NULL, reading TEXT NOT NULL, figure INTEGER NOT NULL, victims TEXT NOT NULL, "
    "articles INTEGER NOT NULL, PRIMARY KEY (category, day, source, scope, reading, figure)) "
    "WITHOUT ROWID",
    # The claims added since the last refresh, by id: they are added to their figures' rows.
    "CREATE TABLE report_new (claim_id INTEGER PRIMARY KEY)",
    "DROP TRIGGER report_claim_insert",
    "CREATE TRIGGER report_claim_insert AFTER INSERT ON claims BEGIN "
    "INSERT OR IGNORE INTO report_new VALUES (NEW.id); END",
    "DELETE FROM report_cells",
]
_MORE_THAN = "(CASE WHEN o.qualifier = 'more_than' THEN 1 ELSE 0 END)"
_FIGURES_INSERT = (
    "INSERT INTO report_figures (category, day, source, scope, reading, figure, victims, articles)"
)
# The figure rows of the claims `obs`, a CTE the statement defines before this: each claim counts
# in its scope and in "all", under each reading.
_FIGURE_ROWS = f"""
val AS (
    SELECT o.category, CASE x.every WHEN 0 THEN o.scope ELSE 'all' END AS scope, r.reading,
           o.day, o.source, o.victims, o.article_id,
           CASE r.reading WHEN 'stated' THEN o.figure
                          WHEN 'low' THEN o.figure + {_MORE_THAN}
                          ELSE coalesce(o.figure_high, o.figure + {_MORE_THAN}) END AS figure
    FROM obs o
    JOIN (SELECT 'stated' AS reading UNION ALL SELECT 'low' UNION ALL SELECT 'high') r
    JOIN (SELECT 0 AS every UNION ALL SELECT 1) x
    WHERE o.figure IS NOT NULL AND o.scope IS NOT NULL
)
SELECT category, day, source, scope, reading, figure, min(victims), count(DISTINCT article_id)
FROM val WHERE true GROUP BY 1, 2, 3, 4, 5, 6
"""
# A claim's key: its category, day (its as_of, or else its article's date) and source.
_NEW_CLAIMS = """
    FROM report_new n CROSS JOIN claims c LEFT JOIN articles a ON a.id = c.article_id
    WHERE c.id = n.claim_id AND c.category IS NOT NULL AND coalesce(c.as_of, a.date) IS NOT NULL
"""
_NEW_KEY = "c.category, coalesce(c.as_of, a.date), coalesce(c.source, '')"
_STALE_OF_OLD_ARTICLES = f"""
INSERT OR IGNORE INTO report_stale SELECT {_NEW_KEY} {_NEW_CLAIMS}
    AND EXISTS (SELECT 1 FROM claims o WHERE o.article_id = c.article_id
                AND o.id NOT IN (SELECT claim_id FROM report_new))
"""
_NEW_KEYS_SQL = f"INSERT OR IGNORE INTO report_stale SELECT {_NEW_KEY} {_NEW_CLAIMS}"
# The stale keys lead: each finds its claims through idx_claims_report (category, scope, as_of,
# source), one scope at a time, so that a refresh reads the claims of its keys and no others.
# CROSS JOIN keeps SQLite to that order; left to choose, it scanned every claim for a handful
# of keys, on every write.
_SCOPES = " UNION ALL ".join(f"SELECT '{s.value}' AS scope" for s in Scope)
_REFRESH_SQL = f"""{_FIGURES_INSERT}
WITH obs AS (
    SELECT c.category, c.scope, s.day, s.source, c.figure, c.figure_high, c.qualifier,
           lower(coalesce(c.victims, 'people')) AS victims, c.article_id
    FROM report_stale s CROSS JOIN ({_SCOPES}) k CROSS JOIN claims c
    WHERE c.category = s.category AND c.scope = k.scope AND c.as_of = s.day
      AND c.source IS nullif(s.source, '')
    UNION ALL
    -- Claims without an as_of hold for their article's date: the articles of each stale day,
    -- then their claims, kept where they make a stale key. One pass over a day's claims
    -- however many of its keys are stale (a day of wire copy has hundreds).
    SELECT c.category, c.scope, s.day, s.source, c.figure, c.figure_high, c.qualifier,
           lower(coalesce(c.victims, 'people')) AS victims, c.article_id
    FROM (SELECT DISTINCT day FROM report_stale) d CROSS JOIN articles a CROSS JOIN claims c
    CROSS JOIN report_stale s
    WHERE a.date = d.day AND c.article_id = a.id AND c.as_of IS NULL
      AND s.category = c.category AND s.day = d.day AND s.source = coalesce(c.source, '')
),
{_FIGURE_ROWS}"""
# The claims added since the last refresh, where their key is not stale (a stale key's figures
# were just recomputed from all its claims, these among them), added to their figures' rows.
_ADD_NEW_SQL = f"""{_FIGURES_INSERT}
WITH obs AS (
    SELECT c.category, c.scope, coalesce(c.as_of, a.date) AS day, coalesce(c.source, '') AS source,
           c.figure, c.figure_high, c.qualifier, lower(coalesce(c.victims, 'people')) AS victims,
           c.article_id
    {_NEW_CLAIMS}
      AND NOT EXISTS (SELECT 1 FROM report_stale s WHERE s.category = c.category
                      AND s.day = coalesce(c.as_of, a.date) AND s.source = coalesce(c.source, ''))
),
{_FIGURE_ROWS}
ON CONFLICT (category, day, source, scope, reading, figure) DO UPDATE SET
    victims = min(victims, excluded.victims), articles = articles + excluded.articles
"""
# The cells of the keys in report_stale, read off their figures' rows: the highest figure, its
# victims and articles, and how many figures there were.
_CELLS_SQL = """
INSERT INTO report_cells (category, scope, reading, day, source, figure, victims, articles, figures)
SELECT f.category, f.scope, f.reading, f.day, f.source, f.figure, f.victims, f.articles, t.n
FROM (SELECT f.category, f.day, f.source, f.scope, f.reading, max(f.figure) AS top, count(*) AS n
      FROM report_stale s CROSS JOIN report_figures f
      WHERE f.category = s.category AND f.day = s.day AND f.source = s.source
      GROUP BY 1, 2, 3, 4, 5) t
CROSS JOIN report_figures f
WHERE f.category = t.category AND f.day = t.day AND f.source = t.source AND f.scope = t.scope
  AND f.reading = t.reading AND f.figure = t.top
"""

# A report's period of a date in SQL, as report.bucket_of has it: NULL where the date is too
# coarse (or not a date), and such rows are always returned.
_DAY_SQL = "CASE WHEN length(g.as_of) >= 10 THEN date(substr(g.as_of, 1, 10)) END"
_BUCKET_SQL = {
    "day": _DAY_SQL,
    "week": f"date({_DAY_SQL}, '-' || ((CAST(strftime('%w', {_DAY_SQL}) AS INTEGER) + 6) % 7) || ' days')",
    "month": "CASE WHEN length(g.as_of) >= 7 THEN substr(g.as_of, 1, 7) END",
}


def _connect(path: str) -> sqlite3.Connection:
    """A connection that waits up to a minute for another writer, in autocommit mode."""
    conn = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 60000")
        # As sqlite_utils sets it, so that triggers (the search index's, the report cells') act
        # the same whether or not it has been loaded: a row a REPLACE removes fires its DELETE
        # triggers.
        conn.execute("PRAGMA recursive_triggers = on")
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError as e:
        conn.close()
        # A WAL store in a folder we may not write: SQLite cannot make its -shm file, so even
        # reading fails. With no -wal file holding recent writes, the main file has every row
        # and can be read as immutable; a write is then refused as read-only.
        p = Path(path)
        wal = Path(path + "-wal")
        if (
            path == ":memory:"
            or "readonly" not in str(e)
            or not p.is_file()
            or os.access(p.parent, os.W_OK)
            or (wal.exists() and wal.stat().st_size > 0)
        ):
            raise
    return sqlite3.connect(p.resolve().as_uri() + "?immutable=1", uri=True, timeout=60, isolation_level=None)


def _open_error(path: str, e: sqlite3.DatabaseError) -> str:
    if not isinstance(e, sqlite3.OperationalError):
        return f"{path}: not a casualty store ({e})"  # "file is not a database"
    folder = Path(path).parent
    if "locked" in str(e) or "busy" in str(e):
        return f"{path}: the store is busy ({e}); another program is writing it, try again"
    if not Path(path).exists():
        return f"{path}: cannot create the store ({e}); check that you may write to the folder {folder}"
    return f"{path}: cannot open the store ({e}); check that you may read the file and write to {folder}"


def _write_error(path: str, e: Exception) -> str:
    if "locked" in str(e) or "busy" in str(e):
        return f"{path}: the store is busy ({e}); another program is writing it, try again"
    if "readonly" in str(e):
        return f"{path}: the store is read-only ({e}); check that you may write the file and its folder"
    return f"{path}: cannot write the store ({e})"


# What each table holds, for people browsing the store (`casualty serve` hands it to Datasette).
TABLE_NOTES: dict[str, tuple[str, dict[str, str]]] = {
    "articles": (
        "One row per article text, stored once (id = sha256 of the text).",
        {
            "name": "the file or input it was read from",
            "date": "the article's date",
            "text": "the text as read",
        },
    ),
    "claims": (
        "One row per casualty figure found in an article, with who says it and when it holds.",
        {
            "figure": "the number as stated, as an integer",
            "figure_high": "upper end of a stated range",
            "qualifier": "exact, at_least, more_than, about, nearly, up_to, range or vague",
            "category": "killed, injured, missing, hostages, detained or displaced",
            "victims": "who: people, children, soldiers, ...",
            "source": "who the text says the figure comes from (canonical name)",
            "source_text": "the source as the article words it",
            "as_of": "the date the figure refers to",
            "scope": "cumulative (a running total) or incident (one attack, day or event)",
            "span": "the figure's words in the article; start and end are offsets into the text",
            "sentence": "the sentence the figure is in",
        },
    ),
    "sources": ("Canonical source names, with the region they report on.", {}),
    "source_aliases": ("Names articles use for a source, mapped to its canonical name.", {}),
    "reference_series": ("Official daily series loaded with `casualty reference load`.", {}),
    "reference_figures": (
        "The figures of each reference series: a running total per date and category.",
        {"figure": "the running total published for that date"},
    ),
    "claims_with_articles": ("Each claim with its article's date, title, publisher and name.", {}),
}


def datasette_metadata(path: str) -> dict[str, Any]:
    """Datasette metadata describing the store's tables and columns for readers."""
    tables = {
        name: {"description": text, **({"columns": columns} if columns else {})}
        for name, (text, columns) in TABLE_NOTES.items()
    }
    return {
        "title": "casualty: casualty claims from news text",
        "description": "Figures found in news articles, who gave them and when; browse claims_with_articles.",
        "databases": {Path(path).stem: {"tables": tables}},
    }


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error, with store errors made readable."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    def __enter__(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(_write_error(self.path, e)) from None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
                return
            except sqlite3.OperationalError as e:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise StoreError(_write_error(self.path, e)) from None
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        # A full disk, a read-only file, a corrupt page, a figure over 2**63: one readable line.
        if isinstance(exc, sqlite3.DatabaseError | OverflowError):
            raise StoreError(_write_error(self.path, exc)) from None

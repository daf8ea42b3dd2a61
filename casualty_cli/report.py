"""Comparisons over stored claims: the dates x sources grid. Pure: rows in, rows out.

Rules a reader of the grid can rely on:

- Repeats collapse: the same figure from the same source for the same day, however many
  articles carried it, is one observation; its `articles` count says how many carried it.
- A cell is the highest figure the source gave in the bucket (for a running total, its latest).
- A claim dated only to a month or a year has no place in a day or week row: it is left out
  there and counted in `Grid.imprecise`; `by="month"` places those dated to a month.
- `change` is the row's highest figure minus the previous row's. `spread` is that highest figure
  minus the lowest figure other sources gave for the same victims (people with people, not with
  soldiers), when two or more did; `spread %` is that difference as a share of the lowest.
- `<source> daily` is the change from the source's previous figure divided by the days between
  the two, so a two-day gap shows the mean per day rather than a doubled jump.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

UNATTRIBUTED = "(unattributed)"
BUCKETS = ("day", "week", "month")
READINGS = ("stated", "low", "high")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a report's rows are read and pivoted: tens of
    thousands of small objects without cycles, which set it off again and again for nothing
    (half the time of a pivot over 20,000 report cells)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def bucket_of(date: str | None, by: str) -> str | None:
    """The bucket a date falls in: the day, its ISO week's Monday, or its month.

    None when the date is too coarse for the bucket ("2024-07" has no day or week; "2024" no month).
    """
    if not date:
        return None
    if by == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    if by == "week":
        d = dt.date.fromisoformat(date[:10])
        return (d - dt.timedelta(days=d.weekday())).isoformat()
    return date[:10]


def reading_of(claim: dict[str, Any], reading: str) -> int:
    """The number a claim stands for under a reading rule.

    `stated` is the figure as written; `low` the least it allows ("more than 90" -> 91, "dozens"
    -> 24, "between 20 and 30" -> 20); `high` the upper end of a range, else the low reading
    ("more than 90" sets no ceiling, so its high reading is its floor, 91).
    """
    figure = int(claim["figure"])
    low = figure + 1 if claim.get("qualifier") == "more_than" else figure
    if reading == "low":
        return low
    if reading == "high":
        return int(claim["figure_high"]) if claim.get("figure_high") is not None else low
    return figure


def day_of(claim: dict[str, Any]) -> str | None:
    """The date a claim's figure holds: its `as_of`, else its article's date."""
    return claim.get("as_of") or claim.get("article_date")


@functools.lru_cache(maxsize=4096)  # a grid asks for the same few hundred days again and again
def as_date(value: str) -> dt.date:
    """A YYYY-MM-DD, YYYY-MM or YYYY date as a day (a month or year stands for its first day)."""
    v = value[:10]
    if len(v) == 4:
        v += "-01-01"
    elif len(v) == 7:
        v += "-01"
    return dt.date.fromisoformat(v)


def days_between(earlier: str, later: str) -> int:
    """Whole days from one date to another."""
    return (as_date(later) - as_date(earlier)).days


@dataclass(slots=True)
class Observation:
    """One figure from one source for one day, however many articles carried it."""

    source: str
    as_of: str
    value: int
    victims: str = "people"
    articles: set[str] = field(default_factory=set)
    claim_ids: list[int] = field(default_factory=list)
    article_count: int = 0  # from a report cell, which counts its articles without naming them
    figures: int = 1  # the observations this one stands for (a cell: the figures of its day)

    @property
    def n_articles(self) -> int:
        return len(self.articles) or self.article_count


def observations(claims: Iterable[dict[str, Any]], reading: str = "stated") -> list[Observation]:
    """Collapse repeats: the same figure, source and day from many articles is one observation."""
    seen: dict[tuple[str, str, int], Observation] = {}
    for c in claims:
        day = day_of(c)
        if not day:
            continue
        source = c.get("source") or UNATTRIBUTED
        if "figures" in c:  # a report cell (Store.report_rows): one per source and day
            value = c["figure"]
            seen[(source, day, value)] = Observation(
                source, day, value, c["victims"], set(), [], c["articles"], c["figures"]
            )
            continue
        value = reading_of(c, reading)
        key = (source, day, value)
        obs = seen.get(key)
        if obs is None:
            obs = seen[key] = Observation(source, day, value, (c.get("victims") or "people").lower())
        if c.get("article_ids") is not None:  # rows grouped by Store.claim_groups
            obs.articles.update(c["article_ids"])
        else:
            obs.articles.add(str(c.get("article_id") or c.get("article")))
        if c.get("id") is not None:
            obs.claim_ids.append(int(c["id"]))
    return sorted(seen.values(), key=lambda o: (o.as_of, o.source, o.value))


@dataclass
class Grid:
    """Rows are buckets, columns are sources; a cell is the highest figure in the bucket."""

    sources: list[str]
    rows: list[dict[str, Any]]
    imprecise: int = 0  # observations left out because their date is coarser than the bucket

    def columns(self, *, daily: bool = False, articles: bool = False, totals: bool = True) -> list[str]:
        """The columns to show: date, each source (with its daily and articles columns), summary."""
        cols = ["date"]
        for s in self.sources:
            cols.append(s)
            if daily:
                cols.append(f"{s} daily")
            if articles:
                cols.append(f"{s} articles")
        cols += (
            ["change", "low", "high", "spread", "spread %"] if totals else ["change", "spread", "spread %"]
        )
        return cols

    def series(self, source: str) -> list[int | None]:
        """One source's cells, row by row (None where it gave no figure)."""
        return [r.get(source) for r in self.rows]


def pivot(
    claims: Iterable[dict[str, Any]],
    by: str = "day",
    reading: str = "stated",
    daily: bool = False,
) -> Grid:
    """The dates x sources grid, with each row's change and the spread between sources."""
    if by not in BUCKETS:
        raise ValueError(f"by must be one of {BUCKETS}")
    if reading not in READINGS:
        raise ValueError(f"reading must be one of {READINGS}")
    obs = observations(claims, reading)
    cells: dict[str, dict[str, Observation]] = defaultdict(dict)
    imprecise = 0
    for o in obs:
        b = bucket_of(o.as_of, by)
        if b is None:
            imprecise += o.figures
            continue
        cur = cells[b].get(o.source)
        if cur is None or o.value > cur.value:
            cells[b][o.source] = o
    sources = sorted({s for row in cells.values() for s in row}, key=lambda s: (s == UNATTRIBUTED, s.lower()))
    order = {s: i for i, s in enumerate(sources)}
    # A row starts with every source's cells empty and fills those the bucket has: a grid of
    # hundreds of days and dozens of sources is mostly empty cells.
    names = {s: (f"{s} articles", f"{s} daily") for s in sources}
    empty: dict[str, Any] = {}
    for s in sources:
        empty[s] = empty[f"{s} articles"] = None
        if daily:
            empty[f"{s} daily"] = None
    rows: list[dict[str, Any]] = []
    last: dict[str, Observation] = {}
    for b in sorted(cells):
        row: dict[str, Any] = {"date": b, **empty}
        present = sorted(cells[b].values(), key=lambda o: order[o.source])
        for cell in present:
            s = cell.source
            articles_col, daily_col = names[s]
            row[s] = cell.value
            row[articles_col] = cell.n_articles
            prev = last.get(s)
            if daily and prev is not None:
                days = max(days_between(prev.as_of, cell.as_of), 1)
                row[daily_col] = round((cell.value - prev.value) / days)
            last[s] = cell
        top = max(present, key=lambda o: o.value) if present else None
        values = [o.value for o in present if top and o.victims == top.victims]
        row["low"] = min(values) if values else None
        row["high"] = top.value if top else None
        row["spread"] = (row["high"] - row["low"]) if len(values) > 1 else None
        row["spread %"] = (
            round(row["spread"] / row["low"] * 100, 1) if row["spread"] is not None and row["low"] else None
        )
        prev_high = rows[-1]["high"] if rows else None
        row["change"] = row["high"] - prev_high if prev_high is not None and row["high"] is not None else None
        rows.append(row)
    return Grid(sources, rows, imprecise)

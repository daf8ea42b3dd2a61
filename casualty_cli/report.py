"""Comparisons over stored claims: the dates x sources grid. Pure: rows in, rows out."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

UNATTRIBUTED = "(unattributed)"
BUCKETS = ("day", "week", "month")
READINGS = ("stated", "low", "high")


def bucket_of(date: str | None, by: str) -> str | None:
    """The bucket a YYYY-MM-DD date falls in: itself, its ISO week's Monday, or its month."""
    if not date:
        return None
    if by == "month" or len(date) < 10:
        return date[:7] if len(date) >= 7 else date
    if by == "week":
        d = dt.date.fromisoformat(date[:10])
        return (d - dt.timedelta(days=d.weekday())).isoformat()
    return date[:10]


def reading_of(claim: dict[str, Any], reading: str) -> int:
    """The number a claim stands for under a reading rule ("more than 90" -> low 91)."""
    figure = int(claim["figure"])
    if reading == "low":
        return figure + 1 if claim.get("qualifier") == "more_than" else figure
    if reading == "high":
        return int(claim["figure_high"]) if claim.get("figure_high") is not None else figure
    return figure


@dataclass
class Observation:
    """One figure from one source for one day, however many articles carried it."""

    source: str
    as_of: str
    value: int
    articles: set[str] = field(default_factory=set)
    claim_ids: list[int] = field(default_factory=list)


def observations(claims: Iterable[dict[str, Any]], reading: str = "stated") -> list[Observation]:
    """Collapse repeats: the same figure, source and day from many articles is one observation."""
    seen: dict[tuple[str, str, int], Observation] = {}
    for c in claims:
        day = c.get("as_of") or c.get("article_date")
        if not day:
            continue
        source = c.get("source") or UNATTRIBUTED
        value = reading_of(c, reading)
        key = (source, day, value)
        obs = seen.get(key) or seen.setdefault(key, Observation(source, day, value))
        obs.articles.add(str(c.get("article_id") or c.get("article")))
        if c.get("id") is not None:
            obs.claim_ids.append(int(c["id"]))
    return sorted(seen.values(), key=lambda o: (o.as_of, o.source, o.value))


@dataclass
class Grid:
    """Rows are buckets, columns are sources; a cell is the highest figure in the bucket."""

    sources: list[str]
    rows: list[dict[str, Any]]


def pivot(
    claims: Iterable[dict[str, Any]],
    by: str = "day",
    reading: str = "stated",
    daily: bool = False,
) -> Grid:
    """The dates x sources grid, with each row's change and the spread between sources."""
    obs = observations(claims, reading)
    cells: dict[str, dict[str, Observation]] = defaultdict(dict)
    for o in obs:
        b = bucket_of(o.as_of, by)
        if b is None:
            continue
        cur = cells[b].get(o.source)
        if cur is None or o.value > cur.value:
            cells[b][o.source] = o
    sources = sorted({o.source for o in obs}, key=lambda s: (s == UNATTRIBUTED, s.lower()))
    rows: list[dict[str, Any]] = []
    last: dict[str, int] = {}
    for b in sorted(cells):
        row: dict[str, Any] = {"date": b}
        values = []
        for s in sources:
            cell = cells[b].get(s)
            row[s] = cell.value if cell else None
            row[f"{s} articles"] = len(cell.articles) if cell else None
            if cell:
                values.append(cell.value)
                if daily:
                    row[f"{s} daily"] = cell.value - last[s] if s in last else None
                last[s] = cell.value
            elif daily:
                row[f"{s} daily"] = None
        row["low"] = min(values) if values else None
        row["high"] = max(values) if values else None
        row["spread"] = (max(values) - min(values)) if len(values) > 1 else None
        prev_high = rows[-1]["high"] if rows else None
        row["change"] = row["high"] - prev_high if prev_high is not None and row["high"] is not None else None
        rows.append(row)
    return Grid(sources, rows)

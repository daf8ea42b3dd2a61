"""Anomaly checks over stored claims: what a reader should look at twice. Pure: rows in, flags out.

Each flag names the article and the sentence behind the figure it is about, so it can be verified.

- `down`: a running total of killed or injured from one source is lower than one it gave on an
  earlier day (a revision or an error). Counts of people missing, held, detained or displaced
  may fall, and are not flagged.
- `restart`: such a running total drops below half of its highest (a new counting phase, or a
  figure for something else); the series then continues from the new figure.
- `lag`: a figure the source had already replaced by a higher one more than `lag_days` earlier
  (an out-of-date figure repeated).
- `disagree`: sources give figures for the same thing on the same day that differ by more than
  `threshold` percent of the lower one.
- `inconsistent`: one article gives two running totals for the same thing (same source, day,
  category, victims and place) that cannot both be true ("38,584" and "38,295"; "more than
  38,000" and "38,584" can).

A series is one source's running total of one category of one group of victims in one place;
a claim that names no place joins the place the source names most often for that total.
Rough figures ("about 38,000", "more than 38,000", "dozens") state a bound rather than a
count; they take no part in the down, restart and lag checks.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from itertools import groupby
from typing import Any

from .report import day_of, days_between

KINDS = ("down", "restart", "lag", "disagree", "inconsistent")
# Running totals of these only grow; a fall is news.
GROWING = ("killed", "injured")
DEFAULT_THRESHOLD = 5.0  # percent
DEFAULT_LAG_DAYS = 3
RESTART_RATIO = 0.5

Row = dict[str, Any]


@dataclass(frozen=True)
class Flag:
    """One thing to look at: the claim behind it and, where there is one, the claim it clashes with."""

    kind: str
    date: str
    source: str
    category: str
    victims: str
    figure: int
    detail: str
    article: str
    sentence: str
    claim_id: int | None = None
    other_source: str | None = None
    other_figure: int | None = None
    other_date: str | None = None
    other_article: str | None = None
    other_sentence: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FLAG_COLUMNS = list(Flag.__dataclass_fields__)


def find_flags(
    claims: Iterable[Row],
    threshold: float = DEFAULT_THRESHOLD,
    lag_days: int = DEFAULT_LAG_DAYS,
    restart_ratio: float = RESTART_RATIO,
) -> list[Flag]:
    """Every flag over the given claims (stored claim rows, as `Store.claims` returns them)."""
    rows = [c for c in claims if c.get("figure") is not None]
    flags = [
        *series_flags(rows, lag_days, restart_ratio),
        *disagreements(rows, threshold),
        *inconsistencies(rows),
    ]
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(flags, key=lambda f: (f.date, order[f.kind], f.source, f.figure))


# --- helpers ------------------------------------------------------------------------------------
def is_rough(c: Row) -> bool:
    """A figure that states a bound rather than a count: "about 38,000", "more than 38,000", "dozens"."""
    q, f = c.get("qualifier"), int(c["figure"])
    if q in ("about", "nearly", "up_to", "vague"):
        return True
    return f >= 1000 and f % (100 if q in ("at_least", "more_than") else 1000) == 0


def interval(c: Row) -> tuple[float, float]:
    """The numbers a claim allows: "at least 20" is 20 and up, "about 100" is 90 to 110."""
    f, q = float(c["figure"]), c.get("qualifier")
    if q == "at_least" or q == "vague":
        return f, math.inf
    if q == "more_than":
        return f + 1, math.inf
    if q == "about":
        return f * 0.9, f * 1.1
    if q == "nearly":
        return f * 0.9, f
    if q == "up_to":
        return 0.0, f
    if q == "range" and c.get("figure_high") is not None:
        return f, float(c["figure_high"])
    return f, f


def _full_date(c: Row) -> str | None:
    d = day_of(c)
    return d[:10] if d and len(d) >= 10 else None


def _victims(c: Row) -> str:
    return (c.get("victims") or "people").lower()


def _places(rows: list[Row], key: Callable[[Row], Any]) -> dict[int, str]:
    """Each claim's place: its location, or, when it names none, the one its group names most often."""
    named: dict[Any, Counter[str]] = defaultdict(Counter)
    for c in rows:
        if c.get("location"):
            named[key(c)][c["location"].lower()] += 1
    out = {}
    for c in rows:
        loc = (c.get("location") or "").lower()
        if not loc and named[key(c)]:
            loc = named[key(c)].most_common(1)[0][0]
        out[id(c)] = loc
    return out


@dataclass
class _Obs:
    """One figure of a series on one day, with the first claim that gave it."""

    date: str
    value: int
    claim: Row


def _observations(rows: list[Row]) -> list[_Obs]:
    seen: dict[tuple[str, int], _Obs] = {}
    for c in rows:
        d = _full_date(c)
        if d:
            seen.setdefault((d, int(c["figure"])), _Obs(d, int(c["figure"]), c))
    return sorted(seen.values(), key=lambda o: (o.date, o.value))


def _flag(kind: str, o: _Obs, detail: str, other: _Obs | None = None) -> Flag:
    c = o.claim
    return Flag(
        kind=kind,
        date=o.date,
        source=c.get("source") or "",
        category=c["category"],
        victims=_victims(c),
        figure=o.value,
        detail=detail,
        article=str(c.get("article") or c.get("article_id") or ""),
        sentence=c.get("sentence") or "",
        claim_id=c.get("id"),
        other_source=(other.claim.get("source") or "") if other else None,
        other_figure=other.value if other else None,
        other_date=other.date if other else None,
        other_article=str(other.claim.get("article") or other.claim.get("article_id")) if other else None,
        other_sentence=(other.claim.get("sentence") or "") if other else None,
    )


# --- one source over time -----------------------------------------------------------------------
def series_flags(rows: list[Row], lag_days: int, restart_ratio: float = RESTART_RATIO) -> list[Flag]:
    """Down, restart and lag flags over each source's running totals of killed and injured."""
    chosen = [
        c for c in rows if c.get("scope") == "cumulative" and c.get("source") and c.get("category") in GROWING
    ]

    def series_key(c: Row) -> tuple[str, str, str]:
        return (c["source"], c["category"], _victims(c))

    places = _places(chosen, series_key)
    series: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for c in chosen:
        if not is_rough(c):
            where = (*series_key(c), places[id(c)])
            series[where].append(c)
    flags: list[Flag] = []
    for key in sorted(series):
        flags += _walk(_observations(series[key]), lag_days, restart_ratio)
    return flags


def _walk(obs: list[_Obs], lag_days: int, restart_ratio: float) -> list[Flag]:
    flags: list[Flag] = []
    best: _Obs | None = None  # the highest figure of the earlier days: the total is at least this
    history: list[_Obs] = []  # the earlier days' figures since the last restart
    first_seen: dict[int, int] = {}  # figure -> its first place in history
    for _day, group in groupby(obs, key=lambda o: o.date):
        today = list(group)
        restarted = False
        for o in today:
            if best is None or o.value >= best.value:
                continue
            src = o.claim["source"]
            if o.value < best.value * restart_ratio:
                flags.append(
                    _flag(
                        "restart",
                        o,
                        f"{src} gave {o.value:,} after {best.value:,} on {best.date}: "
                        "a new count, or a figure for something else",
                        best,
                    )
                )
                restarted = restarted or today[-1].value < best.value * restart_ratio
                continue
            first = first_seen.get(o.value)
            if first is not None:
                # The figure was the source's own earlier: when did a higher one replace it?
                newer = next(h for h in history[first:] if h.value > o.value)
                late = days_between(newer.date, o.date)
                if late > lag_days:
                    latest = f", and {best.value:,} by {best.date}" if best is not newer else ""
                    flags.append(
                        _flag(
                            "lag",
                            o,
                            f"{o.value:,} is {late} days out of date: {src} gave {newer.value:,} "
                            f"on {newer.date}{latest}",
                            newer,
                        )
                    )
                continue
            flags.append(
                _flag(
                    "down",
                    o,
                    f"{src}'s total went down from {best.value:,} on {best.date} to {o.value:,}: "
                    "a revision or an error",
                    best,
                )
            )
        top = today[-1]
        if restarted:
            best, history, first_seen = top, [], {}
        elif best is None or top.value > best.value:
            best = top
        for o in today:
            first_seen.setdefault(o.value, len(history))
            history.append(o)
    return flags


# --- sources against each other -----------------------------------------------------------------
def disagreements(rows: list[Row], threshold: float) -> list[Flag]:
    """Sources whose figures for the same thing on the same day differ by more than `threshold`%."""
    chosen = [
        c for c in rows if c.get("source") and _full_date(c) and c.get("qualifier") not in ("vague", "up_to")
    ]

    def group_key(c: Row) -> tuple[str, str, str, str]:
        return (_full_date(c) or "", c["category"], _victims(c), c.get("scope") or "")

    places = _places(chosen, group_key)
    groups: dict[tuple[str, ...], dict[str, _Obs]] = defaultdict(dict)
    for c in chosen:
        o = _Obs(_full_date(c) or "", int(c["figure"]), c)
        where = (*group_key(c), places[id(c)])
        per_source = groups[where]
        cur = per_source.get(c["source"])
        if cur is None or o.value > cur.value:
            per_source[c["source"]] = o
    flags = []
    for key in sorted(groups):
        per_source = groups[key]
        if len(per_source) < 2:
            continue
        lo = min(per_source.values(), key=lambda o: (o.value, o.claim["source"]))
        hi = max(per_source.values(), key=lambda o: (o.value, o.claim["source"]))
        if lo.value <= 0:
            continue
        pct = (hi.value - lo.value) / lo.value * 100
        if pct > threshold:
            flags.append(
                _flag(
                    "disagree",
                    hi,
                    f"{hi.claim['source']} gave {hi.value:,} and {lo.claim['source']} {lo.value:,} "
                    f"on the same day: {pct:.1f}% apart",
                    lo,
                )
            )
    return flags


# --- one article against itself -----------------------------------------------------------------
def inconsistencies(rows: list[Row]) -> list[Flag]:
    """Running totals in one article, for the same thing, that cannot both be true."""
    chosen = [c for c in rows if c.get("scope") == "cumulative" and day_of(c)]

    def group_key(c: Row) -> tuple[str, ...]:
        return (
            str(c.get("article_id") or c.get("article")),
            c.get("source") or "",
            day_of(c) or "",
            c["category"],
            _victims(c),
        )

    places = _places(chosen, group_key)
    groups: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for c in chosen:
        where = (*group_key(c), places[id(c)])
        groups[where].append(c)
    flags = []
    for key in sorted(groups):
        claims = groups[key]
        low_top = min(claims, key=lambda c: interval(c)[1])  # the claim allowing the least
        high_floor = max(claims, key=lambda c: interval(c)[0])  # the claim demanding the most
        if interval(low_top)[1] < interval(high_floor)[0]:
            a = _Obs(key[2], int(high_floor["figure"]), high_floor)
            b = _Obs(key[2], int(low_top["figure"]), low_top)
            who = high_floor.get("source") or "the article"
            flags.append(
                _flag(
                    "inconsistent",
                    a,
                    f"one article gives {high_floor.get('span') or a.value} and "
                    f"{low_top.get('span') or b.value} for the same total ({who})",
                    b,
                )
            )
    return flags

"""Reference series: an official daily count that news figures of one source are matched against.

Two formats are read:

- the JSON of Tech for Palestine's daily casualty files (a list of objects, one per
  `report_date`): `killed_cum` and `injured_cum` become the `killed` and `injured` series.
  Keys starting with `ext_` are the dataset authors' estimates for days a report lacked a
  value; they are not published figures and are ignored.
- a plain CSV with the columns `date,category,figure` (a header row is optional).

Matching: a claim matches the series date whose figure equals the claim's figure (for a series
that stood still for some days, the latest such date on or before the claim's date); its lag is
the days from that date to the claim's. The reference article's 38,584 of 2024-07-16 is the
ministry's figure of 2024-07-14: a lag of two days.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import json
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .errors import InputError
from .models import Category
from .report import day_of, days_between

JSON_FIELDS = {"killed_cum": "killed", "injured_cum": "injured"}
NO_MATCH = "no such figure in the series"


@dataclass(frozen=True)
class Point:
    """One figure of a series: the running total of a category on a date."""

    date: str
    category: str
    figure: int

    def as_tuple(self) -> tuple[str, str, int]:
        return (self.date, self.category, self.figure)


def _date(value: Any, where: str) -> str:
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _figure(value: Any, where: str) -> int:
    if isinstance(value, bool):
        raise InputError(f"{where}: {value!r} is not a count of people")
    try:
        n = int(str(value).replace(",", "").strip()) if not isinstance(value, int) else value
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a count of people") from None
    if n < 0:
        raise InputError(f"{where}: {n} is not a count of people")
    return n


def parse_json_series(text: str, name: str = "-") -> list[Point]:
    """The killed and injured series of a Tech for Palestine daily file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{name}: not valid JSON ({e.msg}, line {e.lineno})") from None
    if not isinstance(data, list):
        raise InputError(f'{name}: expected a list of daily reports ([{{"report_date": ...}}, ...])')
    points = []
    for i, entry in enumerate(data, 1):
        where = f"{name}: report {i}"
        if not isinstance(entry, dict) or "report_date" not in entry:
            raise InputError(f"{where}: no report_date")
        day = _date(entry["report_date"], where)
        for key, category in JSON_FIELDS.items():
            if entry.get(key) is not None:
                points.append(Point(day, category, _figure(entry[key], f"{where} {key}")))
    return _checked(points, name)


def parse_csv_series(text: str, name: str = "-") -> list[Point]:
    """A `date,category,figure` CSV; the header row may be left out."""
    categories = {c.value for c in Category}
    points = []
    for n, row in enumerate(csv.reader(io.StringIO(text)), 1):
        if not row or not "".join(row).strip():
            continue
        cells = [c.strip() for c in row]
        if n == 1 and [c.lower() for c in cells[:3]] == ["date", "category", "figure"]:
            continue
        where = f"{name} line {n}"
        if len(cells) != 3:
            raise InputError(f"{where}: expected date,category,figure, found {len(cells)} column(s)")
        day, category, figure = cells
        if category.lower() not in categories:
            raise InputError(f"{where}: category {category!r}; use one of {', '.join(sorted(categories))}")
        points.append(Point(_date(day, where), category.lower(), _figure(figure, where)))
    return _checked(points, name)


def _checked(points: list[Point], name: str) -> list[Point]:
    seen: dict[tuple[str, str], int] = {}
    for p in points:
        key = (p.date, p.category)
        if key in seen and seen[key] != p.figure:
            raise InputError(f"{name}: two figures for {p.category} on {p.date} ({seen[key]} and {p.figure})")
        seen[key] = p.figure
    unique = {(p.date, p.category): p for p in points}
    if not unique:
        raise InputError(f"{name}: no figures found (killed_cum/injured_cum, or date,category,figure rows)")
    return sorted(unique.values(), key=lambda p: (p.date, p.category))


def parse_series(text: str, name: str = "-") -> list[Point]:
    """A series from either format: JSON when the text starts with `[` or `{`, else CSV."""
    return parse_json_series(text, name) if text.lstrip()[:1] in ("[", "{") else parse_csv_series(text, name)


def read_series(path: str) -> list[Point]:
    """A series from a file (or `-` for standard input), read by the one reader of files."""
    from .article import read_text

    return parse_series(read_text(path), path)


def match_claims(
    claims: Iterable[dict[str, Any]], points: Iterable[dict[str, Any] | Point]
) -> list[dict[str, Any]]:
    """For each claim: the series date with the same figure and the lag in days, or no match.

    Each row has the claim's article, date, category, victims, span and figure; `series_date`
    and `lag_days` (None without a match); `series_figure`, the series' own figure for the
    claim's date (or the latest before it); and a `match` note for readers.
    """
    by_figure: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_date: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for p in points:
        date, category, figure = (
            p.as_tuple() if isinstance(p, Point) else (p["date"], p["category"], p["figure"])
        )
        by_figure[(category, int(figure))].append(date)
        by_date[category].append((date, int(figure)))
    for dates in by_figure.values():
        dates.sort()
    for series in by_date.values():
        series.sort()
    out = []
    for c in claims:
        day = day_of(c)
        full = day if day and len(day) >= 10 else None
        figure = int(c["figure"])
        dates = by_figure.get((c["category"], figure), [])
        series_date = None
        if dates:
            # The latest such date on or before the claim's, else the first after it.
            i = bisect.bisect_right(dates, full) if full else len(dates)
            series_date = dates[i - 1] if i else dates[0]
        lag = days_between(series_date, full) if series_date and full else None
        series_figure = None
        if full:
            series = by_date.get(c["category"], [])
            i = bisect.bisect_right(series, (full, math.inf))
            series_figure = series[i - 1][1] if i else None
        out.append(
            {
                "claim_id": c.get("id"),
                "article": c.get("article"),
                "date": day,
                "category": c["category"],
                "victims": c.get("victims"),
                "span": c.get("span"),
                "figure": figure,
                "series_date": series_date,
                "lag_days": lag,
                "series_figure": series_figure,
                "match": _note(series_date, lag),
                "sentence": c.get("sentence"),
            }
        )
    return out


def _note(series_date: str | None, lag: int | None) -> str:
    if series_date is None:
        return NO_MATCH
    if lag is None:
        return f"the series figure of {series_date}"
    if lag == 0:
        return f"the series figure of {series_date}, the same day"
    if lag > 0:
        return f"the series figure of {series_date}, {lag} day{'s' * (lag != 1)} earlier"
    return f"the series figure of {series_date}, {-lag} day{'s' * (lag != -1)} later"


MATCH_COLUMNS = [
    "date",
    "category",
    "victims",
    "span",
    "figure",
    "series_date",
    "lag_days",
    "series_figure",
    "match",
    "article",
    "claim_id",
    "sentence",
]


def summarize(rows: list[dict[str, Any]]) -> str:
    """One line for people: how many claims match, and the typical lag."""
    lags = [r["lag_days"] for r in rows if r["lag_days"] is not None]
    matched = sum(1 for r in rows if r["series_date"] is not None)
    text = f"{matched} of {len(rows)} claim(s) match a figure of the series"
    if lags:
        text += f"; lag in days: median {statistics.median(lags):g}, most {max(lags)}"
    return text


def canonical_source(name: str, table: Any) -> str:
    """The canonical form of a source name the user typed, when the source table knows it as an alias."""
    from .sources import normalize

    return str(table.aliases.get(normalize(name), name))


def compare_series(
    store: Any, name: str, claim_filter: Any = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A stored series, and the stored running totals of its source matched against it."""
    from dataclasses import replace

    from .store import ClaimFilter

    series, figures = store.reference(name)
    categories = {f["category"] for f in figures}
    f = replace(claim_filter or ClaimFilter(), sources=(series["source"],), scope="cumulative")
    claims = [c for c in store.claims(f) if c["category"] in categories]
    return series, match_claims(claims, figures)

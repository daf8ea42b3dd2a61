"""Resolve the dates a sentence names against the article's date. Never reads the clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import lexicon as lx
from . import patterns as pt
from .numbers import parse_number


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be placed
    since: bool  # "since October 7": the start of a period, not the day a figure holds for
    speech: bool  # "said on Sunday": the day of the statement
    event: bool = False  # "Sunday's earthquake": the day of the event itself


def parse_iso(value: str | None) -> dt.date | None:
    """A date from YYYY-MM-DD, or None for anything else (a month or year alone too)."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _period_end(value: str | None) -> dt.date | None:
    """The last day of a month ("2023-03") or a year ("2023"), else None."""
    try:
        if value and len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        if value and len(value) == 4:
            return dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _month(name: str) -> int:
    return lx.MONTHS[name.lower().rstrip(".")]


NEAR_AHEAD_DAYS = 10  # a day this far after the reference is this year's


def _place(month: int, day: int, year: str | None, ref: dt.date | None) -> str | None:
    """The full date of a month and day: the year given, else the latest one not after ref, or
    one in the days just after it ("takes office on June 30", a caption's "Sep 29" before a
    dateline's "Sunday (Sep 30)"): a day a week ahead is this year's, not last year's."""
    try:
        if year:
            return dt.date(int(year), month, day).isoformat()
        if ref is None:
            return None
        candidate = dt.date(ref.year, month, day)
        if candidate > ref + dt.timedelta(days=NEAR_AHEAD_DAYS):
            candidate = dt.date(ref.year - 1, month, day)
        return candidate.isoformat()
    except ValueError:
        return None


def _weekday_before(name: str, ref: dt.date | None, last: bool) -> str | None:
    """The most recent such weekday on or before ref ("last Monday" is strictly before)."""
    if ref is None:
        return None
    target = lx.WEEKDAYS.index(name.lower())
    back = (ref.weekday() - target) % 7
    if back == 0 and last:
        back = 7
    return (ref - dt.timedelta(days=back)).isoformat()


def _weekend_before(ref: dt.date | None, last: bool) -> str | None:
    """The last day of the weekend a story names ("at the weekend"): the Sunday on or before
    ref, or ref itself on a Saturday; "last weekend" on a weekend is the one before."""
    if ref is None:
        return None
    back = 0 if ref.weekday() >= 5 else ref.weekday() + 1
    if last and ref.weekday() >= 5:
        back = ref.weekday() + 1  # Saturday: 6 days back, Sunday: 7
    return (ref - dt.timedelta(days=back)).isoformat()


def is_day_span(first: str, last: str, joiner: str, between: bool) -> bool:
    """Whether "June 18 and 19" is a span of days: one joined by "and" runs a day or two
    ("on July 6 and 7") or follows "between" ("between August 2 and 13"); else the second
    number is a count ("on June 18 and 25 in Sumy")."""
    return joiner != "and" or between or 0 < int(last) - int(first) <= 2


def _ago(count: str, unit: str, ref: dt.date | None) -> str | None:
    """ "20 years ago", "a decade ago" (a year), "two months ago" (a month), "a week ago" (a
    day), counted back from ref."""
    n = 1 if count in ("a", "an") else parse_number(count)
    if ref is None or n is None:
        return None
    if unit in ("year", "decade"):
        return str(ref.year - n * (10 if unit == "decade" else 1))
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}"
    return (ref - dt.timedelta(weeks=n)).isoformat()


def find_dates(
    text: str, start: int, end: int, article_date: str | None, folded: str | None = None
) -> list[DateMention]:
    """Every date named in text[start:end], resolved against the article date. `folded` is the
    text folded (patterns.fold): the patterns' twins read it, and the two words whose case
    counts ("Monday", "May") are read from `text`."""
    ref = parse_iso(article_date)
    # a month or a day named without its year, in a story dated to a month or a year alone: the
    # latest such day in it ("28 February" in a story of "2023-03"); weekdays stay unknown
    day_ref = ref or _period_end(article_date)
    found = []
    if folded is None:
        folded = pt.fold(text)
    for m in pt.FOLDED.DATE_MENTION.finditer(folded, start, end):
        value: str | None
        if (
            m["md"]
            and m["d1b"]
            and not m["y1"]
            and not is_day_span(m["d1"], m["d1b"], m["d1join"], folded.endswith("between ", 0, m.start()))
        ):
            # "28 in Kharkiv on June 18 and 25 in Sumy": a day, then a second count
            value = _place(_month(m["m1"]), int(m["d1"]), None, ref)
            found.append(DateMention(m.start(), m.end("d1"), value, bool(m["since"]), False))
            continue
        if m["md"]:
            value = _place(_month(m["m1"]), int(m["d1b"] or m["d1"]), m["y1"], day_ref)
        elif m["dm"]:
            value = _place(_month(m["m2"]), int(m["d2"]), m["y2"], day_ref)
        elif m["my"]:
            value = f"{m['y3']}-{_month(m['m3']):02d}"
        elif m["iso"]:
            value = m["iso"] if parse_iso(m["iso"]) else None
        elif m["wd"]:
            if text[m.start("weekday")].islower() and not m["wd"].startswith(("on", "last", "late", "early")):
                continue  # "monday" in lower case is rarely a date
            value = _weekday_before(m["weekday"], ref, m["wd"].startswith("last"))
        elif m["rel"]:
            rel = " ".join(m["rel"].lower().split())
            if rel == "overnight" and any(f.value and len(f.value) == 10 for f in found):
                continue  # "on Thursday ... in an overnight fire": the night of the day told
            offset = lx.RELATIVE_DAYS.get(rel, 0)
            base = ref
            told = [f.value for f in found if f.value and len(f.value) == 10 and not f.since]
            if rel in lx.DAY_BEFORE_TOLD and told:
                # "said on Tuesday that four soldiers were killed the previous day": the day
                # before the one the sentence told
                base = dt.date.fromisoformat(told[-1])
            value = (base + dt.timedelta(days=offset)).isoformat() if base else None
        elif m["lm"]:  # "last month": the month before the article's
            value = f"{ref.year - (ref.month == 1)}-{(ref.month - 2) % 12 + 1:02d}" if ref else None
        elif m["tm"]:  # "earlier this month": the article's month (or year), not its day
            value = (
                (f"{ref.year}-{ref.month:02d}" if m["tm_unit"] == "month" else str(ref.year)) if ref else None
            )
        elif m["we"]:
            value = _weekend_before(ref, m["we"].startswith("last"))
        elif m["ly"]:
            value = str(ref.year - 1) if ref else None
        elif m["ago"]:
            value = _ago(m["ago_n"], m["ago_unit"], ref)
        else:
            value = m["y5"] or m["y6"] or m["y7"] or m["y8"]
        if m["md"] and text[m.start("m1") : m.end("m1")] == "may" and not m["y1"]:
            continue  # "may 5" in lower case is a verb and a number
        speech = bool(
            pt.FOLDED.SPEECH_DATE.search(folded, max(start, m.start() - 64), m.start())
            # "Updated: 2008-08-13 14:10": the page's stamp, no event's day
            or (m["iso"] and pt.FOLDED.STAMP_BEFORE.search(folded, max(start, m.start() - 12), m.start()))
            or pt.FOLDED.SPEECH_DATE_AFTER.match(folded, m.end(), end)
        )
        speech = speech or bool(
            (m["md"] or m["dm"])
            and m.start() - start <= 32
            and pt.DATELINE_PLACE_BEFORE.match(text, start, m.start())
            and pt.DATELINE_AFTER.match(text, m.end(), end)
        )
        # "the deadliest since March 18, 1925, when 747 people were killed": that day's event
        since = (
            bool(m["since"])
            # "from May 5 to 6, 2014": the days an event took, no period's start
            and not ((m["d1b"] or m["yp"]) and m["since"].startswith("from"))
            and not (m["yr3"] and pt.FOLDED.WHEN_COUNT_AFTER.match(folded, m.end("y7"), end))
            and not pt.FOLDED.WHEN_COUNT_AFTER.match(folded, m.end(), end)
        ) or bool(pt.FOLDED.SINCE_NEAR.search(folded, max(start, m.start() - 110), m.start()))
        since = since or bool(
            pt.FOLDED.BEGAN_IN_BEFORE.search(folded, max(start, m.start() - 30), m.start())
            and pt.FOLDED.HAS_SINCE_AFTER.match(folded, m.end(), end)
        )
        # "the toll from Sunday's quake", not "arrested after Sunday's attack": a later day's
        event = bool(
            (m["wd"] or m["rel"])
            and (not m["since"] or m["since"].startswith("from"))
            and pt.FOLDED.EVENT_POSSESSIVE.match(folded, m.end(), min(end, m.end() + 60))
        )
        found.append(DateMention(m.start(), m.end(), value, since, speech, event))
    for m in pt.FOLDED.MONTH_ALONE.finditer(folded, start, end):
        if ref is None or any(f.start <= m.start("month") < f.end for f in found):
            continue
        month = _month(m["month"])
        last_year = pt.FOLDED.LAST_YEAR_AFTER.match(folded, m.end(), end) is not None
        last_year = last_year or (m["last"] is not None and month == ref.month)
        year = ref.year if month <= ref.month and not last_year else ref.year - 1
        # "4,289 deaths in March 2022, 840 in April and 586 in May": the year of a list's month
        # before it
        told = [v for f in found if f.start < m.start() and not f.since and (v := f.value) and len(v) == 7]
        if told and not m["last"] and int(told[-1][5:]) < month:
            year = int(told[-1][:4])
        since = m.group().startswith("since") or bool(
            pt.FOLDED.SINCE_NEAR.search(folded, max(start, m.start() - 110), m.start())
        )
        found.append(DateMention(m.start(), m.end(), f"{year}-{month:02d}", since, False))
    if "year" in folded[start:end]:
        for m in pt.FOLDED.PREVIOUS_YEAR.finditer(folded, start, end):
            # "In 2022, 62 were killed, while 45 died the previous year": the year before one told
            told = [f.value for f in found if f.end <= m.start() and f.value and f.value[:4].isdigit()]
            if told:
                found.append(DateMention(m.start(), m.end(), str(int(told[-1][:4]) - 1), False, False))
    found.sort(key=lambda d: d.start)
    return found

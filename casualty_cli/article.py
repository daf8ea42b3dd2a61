"""The one reader of article files and standard input, and the parser of article metadata."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from . import lexicon as lx
from . import patterns as pt
from .errors import InputError
from .models import Article

# One article. News articles run to kilobytes; a 10 MB text is a whole archive pasted into
# one file, which extraction would treat as one story (and take minutes over). It is refused
# before it is read. A .jsonl file (one article per line) is read a record at a time instead.
MAX_BYTES = 10 * 1024 * 1024


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, else Windows-1252/Latin-1.

    Binary data (NUL bytes, images, PDFs) and texts over MAX_BYTES are refused with a reason.
    """
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(name, len(data)))
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid UTF-32 text") from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid UTF-16 text") from e
    if data.startswith(b"%PDF"):
        raise InputError(f"{name}: a PDF, not text; convert it to text first")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Not UTF-8: Windows-1252, whose 0x80-0x9F are the curly quotes and dashes of word
        # processors (C1 control codes in Latin-1); Latin-1 when a byte is undefined there.
        # Either way one byte is one character.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        if sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f") > 8:
            raise InputError(f"{name}: binary data, not text") from None
    return text


def _too_large(name: str, size: int) -> str:
    return (
        f"{name}: {size / (1024 * 1024):.1f} MB is larger than the {MAX_BYTES // (1024 * 1024)} MB "
        "limit for one article; split it into articles, or give a .jsonl file of one article per line"
    )


def read_text(path: str) -> str:
    """The text of a file, or of standard input for "-"."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder; give the files in it")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(_too_large(path, size))
        data = p.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    return decode(data, path)


def _iso(y: str | int, m: str | int, d: str | int) -> str | None:
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return lx.MONTHS[name.lower().rstrip(".")]


@lru_cache(maxsize=16)  # read when the article is parsed, and again by extract() on its text
def find_article_date(text: str) -> str | None:
    """The `date YYYY-MM-DD` header, else a dateline or byline date that carries a year."""
    head = pt.DATE_HEADER.match(text)
    if head:
        if head["d"]:
            return _iso(head["y"], head["m"], head["d"])
        return f"{head['y']}-{head['m']}"
    top = text[:1500].splitlines()[:12]
    tail = text[-600:].splitlines()[-6:]  # "Front Section, Pages 12 on 09/23/2009"
    lines = [*top, *tail]
    dates = _line_dates(top, lines)
    first = next(dates, None)
    if first is None:
        return None
    n, dated = first
    if n < len(top) and pt.DAY_BANNER.match(lines[n]):
        # "Sunday November 24, 2024" (the day the page was read), then the byline's "June 25,
        # 2024" on a line of its own: the byline's
        rest = list(dates)
        for later, other in rest:
            if (
                later < len(top)
                and other != dated
                and pt.BARE_DATE_LINE.match(lines[later])
                and later > 0
                and pt.BYLINE_START.match(lines[later - 1])
            ):
                return other
        dates = iter(rest)
    if n < len(top) and not pt.CLOCK_TIME.search(lines[n]):
        # "Sunday, 19 May, 2024" (the day the page was read) over "Sunday, 31 December, 2023,
        # 09:54" (the byline, with its time): the byline's day, where the first has no time
        for later, other in dates:
            if (
                later < len(top)
                and other != dated
                and len(lines[later]) <= 80
                and pt.CLOCK_TIME.search(lines[later])
            ):
                return other
    return dated


def _line_dates(top: list[str], lines: list[str]) -> Iterator[tuple[int, str]]:
    """The lines of `lines` that date the article, in order, with their day."""
    for n, line in enumerate(lines):
        if not pt.YEAR_DIGITS.search(line):
            continue  # no year, no dated line
        m = pt.DATELINE_WITH_YEAR.search(line)
        if not m:
            continue  # most lines with a year ("since 2014") hold no date: the checks below wait
        if pt.EMBED_POST.search(line):
            continue  # "— Name (@handle) October 24, 2022": a post quoted in the story
        if len(line) > 200 and m.start() > 60:
            continue  # "... since the Sept. 11, 2001, attacks": a date in the story, not its own
        if (
            len(line) > 80
            and pt.STORY_ON_BEFORE.search(line, 0, m.start())
            and pt.SENTENCE_BEFORE.search(line, 0, m.start())
        ):
            # "... the ministry said. Some 20 were killed in a bombing on 3 March 2021": a day
            # in a later sentence of the story's paragraph (a caption, one sentence, dates its photo)
            continue
        if pt.PERIOD_DATE_BEFORE.search(line, 0, m.start()):
            continue  # "... has risen to 61,258 since October 7, 2023": a period's start, in a story
        if pt.STORY_DATE_BEFORE.search(line, 0, m.start()) or (
            line[: m.start()].strip().lower() == "on" and len(line[m.end() :].split()) >= 3
        ):
            # "... abducted 251 people in its Oct. 7, 2023, attack", "On March 22, 2017, a man
            # drove into ...": an event in the story (a timeline's), not the story's date
            continue
        if pt.CREDITED_CAPTION.search(line) and line[: m.start()].rstrip().lower().endswith(" on"):
            continue  # "... after an airstrike on April 22, 2016 in Aleppo. (AFP)": a photo's caption, its day another's
        following = top[n + 1] if n + 1 < len(top) else ""
        made = pt.MADE_STAMP.search(line, m.end()) if pt.LAST_MODIFIED.search(line, 0, m.end()) else None
        made_date = pt.DATELINE_WITH_YEAR.match(line, made.end()) if made else None
        if made_date:
            # "Updated: 07-08-2022 09:17 IST | Created: 07-08-2022 09:17 IST": the day it was made
            m = made_date
        elif (
            pt.LAST_MODIFIED.search(line, 0, m.end())
            or pt.PAPER_BANNER.search(line)
            or pt.FILE_CAPTION.match(line)
        ):
            # "Last Modified: 13 Dec 2009" may be years after the story (but in "By AFP - Feb
            # 13,2024 - Last updated at ..." the byline's date comes first)
            continue
        if pt.VIEWS_STAMP.search(line):
            continue  # "2025-05-05 21:49465 view": a site's list of other posts
        if pt.FILE_MARK.search(line) or pt.FILE_MARK.match(following):
            continue  # a caption of a file photo dates another event
        if any(pt.TODAY_LABEL.match(near) for near in lines[max(0, n - 2) : n + 3]):
            continue  # a page's "Today in New Delhi" box dates the day it was read
        dated = _dated(m)
        if dated is None or dated == EPOCH:
            continue  # "Views: 1970-01-01 08:00": a page's empty stamp, no day at all
        yield n, dated


EPOCH = "1970-01-01"  # the day a page's unset time stamp shows


def _dated(m: Any) -> str | None:
    """The day a DATELINE_WITH_YEAR match names."""
    if m["m1"]:
        return _iso(m["y1"], _month(m["m1"]), m["d1"])
    if m["m2"]:
        return _iso(m["y2"], _month(m["m2"]), m["d2"])
    if m["y3"]:
        return _iso(m["y3"], m["m3"], m["d3"])
    if m["y4"]:
        return _iso(m["y4"], m["m4"], m["d4"])
    day, month = int(m["d5"]), int(m["m5"])  # 30-09-2022: day first, as such pages write it
    if month > 12:
        day, month = month, day
    return _iso(m["y5"], month, day)


def find_publisher(text: str) -> str | None:
    """A wire sign-off ("— AFP") or a dateline credit ("(Reuters) —")."""
    tail = text[-200:]
    m = pt.SIGNOFF.search(tail)
    if m:
        return m["wire"]
    for line in text[:2000].splitlines():
        m = pt.WIRE_PAREN.match(line) or pt.DATELINE.match(line)
        if m and m["wire"]:
            return m["wire"].strip()
    return None


def find_title(text: str) -> str | None:
    """The first short line that is not the date header and does not end like a sentence."""
    for line in text.splitlines()[:6]:
        s = line.strip()
        if not s or pt.DATE_HEADER.match(line):
            continue
        if len(s) <= 160 and not pt.DATELINE.match(s) and s[-1] not in '.”"':
            return s
        return None
    return None


def parse_article(text: str, name: str = "-", date: str | None = None, **meta: str | None) -> Article:
    """An Article: its date from the text (header, dated dateline), else `date`."""
    found = find_article_date(text)
    return Article(
        text=text,
        name=name,
        date=found or date,
        publisher=meta.get("publisher") or find_publisher(text),
        title=meta.get("title") or find_title(text),
        url=meta.get("url"),
    )


def read_article(path: str, date: str | None = None) -> Article:
    return parse_article(read_text(path), name=path, date=date)


# --- many inputs: files, folders, globs, stdin, JSONL records, HTML pages -------------
# In a folder, the files a saved web page brings along (images, style sheets, scripts,
# fonts, media) are passed over; any other file is read, and one that is not text is
# skipped with its reason. A file named on the command line is always read.
ASSET_SUFFIXES = {
    *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".avif"),
    *(".css", ".js", ".mjs", ".map", ".json", ".xml", ".woff", ".woff2", ".ttf", ".otf", ".eot"),
    *(".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mov", ".avi"),
}
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_RECORD_BYTES = 50 * 1024 * 1024  # one JSONL line; a longer one is skipped, not held


def iter_paths(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """Each file to read, as `(path, None)`, and each path that names none, as `(path, reason)`.

    Folders are walked recursively in name order, holding one folder's entries at a time,
    never the list of a whole tree. Hidden files and folders, and the images, scripts and
    style sheets saved beside web pages, are passed over.
    """
    import glob

    for p in paths:
        if p == "-":
            yield p, None
        elif os.path.isdir(p):
            yield from _walk(p)
        elif os.path.exists(p):
            yield p, None
        elif any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield p, f"{p}: no file matches"
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m)
                elif os.path.isfile(m):
                    yield m, None
        else:
            yield p, f"{p}: no such file"


def _walk(folder: str) -> Iterator[tuple[str, str | None]]:
    """Text files under a folder, files and sub-folders together in name order."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield folder, f"{folder}: cannot read the folder ({e.strerror})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry.path)
        elif entry.is_file() and os.path.splitext(entry.name)[1].lower() not in ASSET_SUFFIXES:
            yield entry.path, None


def expand_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files to read from paths, folders (recursively) and globs; and the reasons for misses."""
    files: list[str] = []
    missing: list[str] = []
    for path, reason in iter_paths(paths):
        (missing if reason else files).append(reason or path)
    return files, missing


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def html_to_text(html: str, name: str) -> str:
    """The main text of an HTML page, taken out by trafilatura (boilerplate, menus dropped)."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            f"{name}: reading HTML needs trafilatura; install it with pip install 'casualty[html]'"
        ) from None
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError(f"{name}: no article text found in the HTML page")
    return text


def _looks_like_html(text: str) -> bool:
    return text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


def articles_from_text(text: str, name: str, date: str | None = None) -> list[Article]:
    """The article a text holds: an HTML page (by its name or its first tag) or plain text."""
    if name.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text):
        return [parse_article(html_to_text(text, name), name=name, date=date)]
    if not text.strip():
        raise InputError(f"{name}: empty")
    return [parse_article(text, name=name, date=date)]


def _meta(rec: dict[str, Any], key: str) -> str | None:
    value = rec.get(key)
    return value if isinstance(value, str) and value.strip() else None


def article_from_record(line: bytes | str, name: str, date: str | None = None) -> Article:
    """One JSONL record: {"text": ..., "date": ..., "url": ..., "publisher": ..., "title": ...}.

    `name` is "FILE:LINE". A date in the text itself (a header or dated dateline) wins over
    the record's "date", which wins over `date`.
    """
    try:
        rec = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"{name}: not a JSON record") from None
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise InputError(f'{name}: a record needs a "text" string')
    if not rec["text"].strip():
        raise InputError(f'{name}: the record\'s "text" is empty')
    rec_date = (_meta(rec, "date") or "")[:10] or None
    return parse_article(
        rec["text"],
        name=name,
        date=rec_date or date,
        url=_meta(rec, "url"),
        title=_meta(rec, "title"),
        publisher=_meta(rec, "publisher"),
    )


def open_stdin() -> BinaryIO:
    """Standard input as a buffered stream that can be peeked at without being consumed."""
    raw: Any = sys.stdin.buffer
    return raw if hasattr(raw, "peek") else io.BufferedReader(raw)


def stdin_is_jsonl(stream: BinaryIO) -> bool:
    """JSONL on standard input: the first thing in it is a "{"."""
    head = stream.peek(4096)[:4096]  # type: ignore[attr-defined]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def read_stdin_text(stream: BinaryIO) -> str:
    return decode(stream.read(), "<stdin>")


def jsonl_lines(path: str, stream: BinaryIO | None = None) -> Iterator[tuple[int, bytes | str]]:
    """(line number, record) for each non-blank line of a JSONL file, read a line at a time.

    A line longer than MAX_RECORD_BYTES is given as a reason (a str) rather than held.
    """
    try:
        f = stream if stream is not None else open(path, "rb")  # noqa: SIM115
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    try:
        n = 0
        while True:
            line = f.readline(MAX_RECORD_BYTES + 1)
            if not line:
                return
            n += 1
            if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # the rest of the long line
                    line = f.readline(MAX_RECORD_BYTES)
                yield n, f"{path}:{n}: a record larger than {MAX_RECORD_BYTES // (1024 * 1024)} MB"
                continue
            if line.strip():
                yield n, line
    finally:
        if stream is None:
            f.close()


def articles_from(path: str, date: str | None = None) -> Iterator[Article]:
    """The articles one input holds: a text file, an HTML page, JSONL records, or "-" (stdin).

    JSONL is read a record at a time; a bad record stops the file with its reason (bulk
    ingest skips bad records one by one instead).
    """
    if path == "-":
        stream = open_stdin()
        if stdin_is_jsonl(stream):
            records: Iterator[tuple[int, bytes | str]] = jsonl_lines("<stdin>", stream)
        else:
            yield from articles_from_text(read_stdin_text(stream), "-", date)
            return
    elif is_jsonl(path):
        records = jsonl_lines(path)
    else:
        yield from articles_from_text(read_text(path), path, date)
        return
    for n, rec in records:
        if isinstance(rec, str):
            raise InputError(rec)
        yield article_from_record(rec, f"{path}:{n}", date)

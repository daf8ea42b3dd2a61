"""The one reader of article files and standard input, and the parser of article metadata."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from . import lexicon as lx
from . import patterns as pt
from .errors import InputError
from .models import Article

MAX_BYTES = 200 * 1024 * 1024


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Latin-1.

    Binary data (NUL bytes, images, PDFs) is refused with a reason.
    """
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
        text = data.decode("latin-1")
        if sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f") > 8:
            raise InputError(f"{name}: binary data, not text") from None
    return text


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
            raise InputError(f"{path}: {size // (1024 * 1024)} MB is larger than the 200 MB limit")
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


def find_article_date(text: str) -> str | None:
    """The `date YYYY-MM-DD` header, else a dateline or byline date that carries a year."""
    head = pt.DATE_HEADER.match(text)
    if head:
        if head["d"]:
            return _iso(head["y"], head["m"], head["d"])
        return f"{head['y']}-{head['m']}"
    top = text[:1500]
    for line in top.splitlines()[:12]:
        if pt.LAST_MODIFIED.search(line):
            continue
        m = pt.DATELINE_WITH_YEAR.search(line)
        if m:
            if m["m1"]:
                return _iso(m["y1"], _month(m["m1"]), m["d1"])
            if m["m2"]:
                return _iso(m["y2"], _month(m["m2"]), m["d2"])
            if m["y3"]:
                return _iso(m["y3"], m["m3"], m["d3"])
            return _iso(m["y4"], m["m4"], m["d4"])
    return None


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
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ""}


def expand_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files to read from paths, folders (recursively) and globs; and the reasons for misses."""
    import glob

    files: list[str] = []
    missing: list[str] = []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(
                str(f)
                for f in path.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            files.extend(found)
        elif path.exists():
            files.append(p)
        elif any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            files.extend(m for m in matches if Path(m).is_file())
            if not matches:
                missing.append(f"{p}: no file matches")
        else:
            missing.append(f"{p}: no such file")
    return files, missing


def html_to_text(html: str, name: str) -> str:
    """The main text of an HTML page, taken out by trafilatura (boilerplate, menus dropped)."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        raise InputError(f"{name}: reading HTML needs trafilatura (pip install trafilatura)") from None
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise InputError(f"{name}: no article text found in the HTML page")
    return text


def articles_from(path: str, date: str | None = None) -> list[Article]:
    """The articles one input holds: a text file, an HTML page, or JSONL records."""
    import json

    text = read_text(path)
    low = path.lower()
    if low.endswith((".html", ".htm")) or (
        path == "-" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))
    ):
        return [parse_article(html_to_text(text, path), name=path, date=date)]
    if low.endswith(".jsonl"):
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(f"{path}:{n}: not a JSON record") from None
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise InputError(f'{path}:{n}: a record needs a "text" string')
            rec_date = rec.get("date") if isinstance(rec.get("date"), str) else None
            out.append(
                parse_article(
                    rec["text"],
                    name=f"{path}:{n}",
                    date=(rec_date or "")[:10] or date,
                    url=rec.get("url"),
                    title=rec.get("title"),
                    publisher=rec.get("publisher"),
                )
            )
        return out
    if not text.strip():
        raise InputError(f"{path}: empty")
    return [parse_article(text, name=path, date=date)]

"""Nothing lost, nothing crashes (issue 5): bad files, store errors, an old store, interrupted
and concurrent ingests, hostile text.

CLI checks run both in-process (typer's CliRunner) and as the installed `casualty` command in a
subprocess, where exit statuses, signals and stderr are the real ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli import Store, extract
from casualty_cli.cli import app
from casualty_cli.models import CLAIM_COLUMNS
from casualty_cli.store import SCHEMA_VERSION

CASUALTY = Path(sys.executable).with_name("casualty")
DATA = Path(__file__).resolve().parent / "data"
STORE_V1 = DATA / "store_v1.db"
STORE_V1_SHA256 = "7da2c2bd58ae52a323ae4219bc205ac2ab5bd598c3cd78f75fa513ecde7d3f43"

runner = CliRunner()

# --- articles, written for these tests -------------------------------------------------
GOOD = (
    "date 2024-07-10\n\nStrike on a shelter\n\nAn Israeli strike on a school used as a shelter "
    "killed at least 16 people on Saturday, the Gaza health ministry said.\n"
)
LATIN1 = (
    "date 2024-07-11\n\nCafé hit\n\nA strike on a café in Deir al-Balah killed 9 people on Monday, "
    "the Gaza health ministry said. Señor Ruiz, the owner, was not hurt.\n"
)
CP1252 = (
    "date 2024-07-12\n\n“Market shelled”\n\nShelling of a market in El Fasher killed 18 people "
    "on Tuesday — the United Nations said.\n"
)
UTF16 = (
    "date 2024-07-13\n\nMissile attack on Kyiv\n\nA Russian missile attack killed 11 civilians in "
    "Kyiv on Thursday, the regional governor said.\n"
)
CRLF = (
    "date 2024-07-14\r\n\r\nFloods in the north\r\n\r\nFloods killed 12 people in the north on "
    "Sunday, officials said.\r\nRescue workers said 30 people were missing.\r\n"
)
CR_ONLY = CRLF.replace("\r\n", "\r")
UTF8_BOM = (
    "date 2024-07-15\n\nAirstrike in Nuseirat\n\nAn airstrike in Nuseirat killed 7 people, the "
    "Gaza health ministry said.\n"
)


def png_bytes() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 4
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 2

# name -> (bytes, the reason the skip line gives)
BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n\t \r\n", "empty"),
    "photo.png": (png_bytes(), "binary data, not text"),
    "scan.txt": (png_bytes(), "binary data, not text"),  # an image saved under a text name
    "report.pdf": (PDF, "a PDF, not text; convert it to text first"),
    "report.txt": (PDF, "a PDF, not text; convert it to text first"),
    "picture.jpg": (JPEG, "binary data, not text"),
    "bundle.txt": (ZIP, "binary data, not text"),
    "nul.txt": (b"\x00" * 64, "binary data, not text"),
    "odd.txt": (b"\xff\xfea\x00b", "not valid UTF-16 text"),
}

# name -> (bytes, the text as read, a figure the extractor finds in it)
GOOD_FILES = {
    "good.txt": (GOOD.encode(), GOOD, 16),
    "latin1.txt": (LATIN1.encode("latin-1"), LATIN1, 9),
    "cp1252.txt": (CP1252.encode("cp1252"), CP1252, 18),
    "utf16le.txt": (b"\xff\xfe" + UTF16.encode("utf-16-le"), UTF16, 11),
    "utf16be.txt": (
        b"\xfe\xff" + UTF16.replace("Kyiv", "Kharkiv").encode("utf-16-be"),
        UTF16.replace("Kyiv", "Kharkiv"),
        11,
    ),
    "crlf.txt": (CRLF.encode(), CRLF, 12),
    "cr.txt": (CR_ONLY.encode(), CR_ONLY, 12),
    "bom.md": (b"\xef\xbb\xbf" + UTF8_BOM.encode(), UTF8_BOM, 7),
}


# --- helpers ------------------------------------------------------------------------------
def cli(how: str, *args: str | Path, input: bytes | None = None) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `casualty ARGS`, in-process or as a real process."""
    argv = [str(a) for a in args]
    if how == "runner":
        r = runner.invoke(app, argv, input=input)
        return r.exit_code, r.stdout, r.stderr
    p = subprocess.run([str(CASUALTY), *argv], input=input, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


HOW = pytest.mark.parametrize("how", ["runner", "process"])


def no_traceback(*outputs: str) -> None:
    for out in outputs:
        assert "Traceback" not in out
        assert 'File "' not in out


def skipped_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("skipped ")]


def query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Rows read with plain sqlite3, read-only: what any other reader of the store sees."""
    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_every_article_whole(db: Path, checked: set[object] | None = None) -> int:
    """Every stored article has exactly the claims `extract` finds in its stored text; returns how many.

    Articles in `checked` were checked before (and a rerun leaves stored articles alone); each
    article checked here is added to it.
    """
    cols = ", ".join(f"[{c}]" for c in CLAIM_COLUMNS)
    articles = query(db, "SELECT id, text, date FROM articles")
    checked = set() if checked is None else checked
    for article_id, text, date in articles:
        if article_id in checked:
            continue
        checked.add(article_id)
        stored = query(db, f"SELECT {cols} FROM claims WHERE article_id = ? ORDER BY seq", (article_id,))
        expected = [tuple(c.to_dict()[k] for k in CLAIM_COLUMNS) for c in extract(str(text), date)]  # type: ignore[arg-type]
        assert stored == expected, f"article {article_id} is stored partially"
    assert query(db, "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)") == [
        (0,)
    ]
    return len(articles)


# --- bad files ------------------------------------------------------------------------------
@HOW
@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_is_skipped_with_one_line(how: str, name: str, tmp_path: Path) -> None:
    data, reason = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    db = tmp_path / "s.db"
    code, out, err = cli(how, "ingest", bad, "--db", db)
    assert code == 1
    assert out == ""
    assert skipped_lines(err) == [f"skipped {bad}: {reason}"]
    assert "0 new article(s)" in err
    no_traceback(out, err)
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]


@HOW
@pytest.mark.parametrize("name", list(GOOD_FILES))
def test_a_text_file_in_any_common_encoding_is_decoded_and_ingested(
    how: str, name: str, tmp_path: Path
) -> None:
    data, text, figure = GOOD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    db = tmp_path / "s.db"
    code, out, err = cli(how, "ingest", path, "--db", db)
    assert code == 0, err
    assert skipped_lines(err) == []
    no_traceback(out, err)
    [(stored,)] = query(db, "SELECT text FROM articles")
    assert stored == text  # the text as read: line ends and all, byte-order mark dropped
    claims = query(db, "SELECT figure, span, start, [end] FROM claims ORDER BY seq")
    assert figure in [c[0] for c in claims]
    for _fig, span, start, end in claims:
        assert text[start:end] == span  # type: ignore[index]


@pytest.mark.parametrize("name", ["crlf.txt", "cr.txt", "utf16le.txt", "latin1.txt"])
def test_extract_offsets_index_the_text_as_read(name: str, tmp_path: Path) -> None:
    data, text, _figure = GOOD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = cli("process", "extract", path, "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows
    for row in rows:
        assert text[row["start"] : row["end"]] == row["span"]
    if "\r\n" in text:
        assert any("\r\n" in text[: row["start"]] for row in rows)  # offsets count the \r


def mixed_folder(root: Path) -> tuple[Path, list[str], list[str]]:
    """A folder of good and bad files, some in a subfolder: (folder, good paths, bad paths)."""
    folder = root / "inbox"
    good = {n: GOOD_FILES[n][0] for n in ("good.txt", "latin1.txt", "utf16le.txt", "crlf.txt")}
    good["older/bom.md"] = GOOD_FILES["bom.md"][0]
    # Binary content, some of it under text names; no images (a folder's images are passed over).
    bad = {n: BAD_FILES[n][0] for n in ("empty.txt", "blank.txt", "scan.txt", "report.pdf", "bundle.txt")}
    bad["older/nul.txt"] = BAD_FILES["nul.txt"][0]
    write_files(folder, {**good, **bad})
    return folder, [str(folder / n) for n in good], [str(folder / n) for n in bad]


@HOW
def test_a_mixed_folder_stores_the_good_and_names_each_bad_file_once(how: str, tmp_path: Path) -> None:
    folder, good, bad = mixed_folder(tmp_path)
    db = tmp_path / "s.db"
    code, out, err = cli(how, "ingest", folder, "--db", db)
    assert code == 1
    assert out == ""
    no_traceback(out, err)
    lines = skipped_lines(err)
    assert sorted(line.split(": ")[0].removeprefix("skipped ") for line in lines) == sorted(bad)
    assert f"{len(good)} new article(s)" in err
    assert sorted(n for (n,) in query(db, "SELECT name FROM articles")) == sorted(good)
    assert_every_article_whole(db)

    code, out, err = cli(how, "ingest", folder, "--db", db)
    assert code == 1
    assert f"0 new article(s) with 0 claim(s), {len(good)} already stored, {len(bad)} skipped" in err


@HOW
def test_exit_status_0_when_every_input_went_in(how: str, tmp_path: Path) -> None:
    folder = tmp_path / "clean"
    write_files(folder, {n: GOOD_FILES[n][0] for n in GOOD_FILES})
    code, out, err = cli(how, "ingest", folder, "--db", tmp_path / "s.db")
    assert code == 0, err
    assert skipped_lines(err) == []
    assert f"{len(GOOD_FILES)} new article(s)" in err
    no_traceback(out, err)


@HOW
@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--date", "yesterday"],
        ["--jobs", "-1"],
        ["--jobs", "many"],
        ["--db", ""],
        ["--no-such-option"],
    ],
    ids=["no-paths", "bad-date", "negative-jobs", "jobs-not-a-number", "empty-db", "unknown-option"],
)
def test_a_usage_error_is_exit_2_and_touches_nothing(how: str, args: list[str], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    paths = [] if args == [] else [good]
    db_args = [] if "--db" in args else ["--db", tmp_path / "s.db"]
    code, out, err = cli(how, "ingest", *paths, *db_args, *args)
    assert code == 2
    assert out == ""
    assert err.strip()
    no_traceback(out, err)
    assert not (tmp_path / "s.db").exists()
    assert not (tmp_path / "test.db").exists()  # $CASUALTY_DB, the fallback


def test_missing_input_is_a_skip_not_a_crash(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    code, _out, err = cli(
        "process", "ingest", good, tmp_path / "gone.txt", tmp_path / "*.none", "--db", tmp_path / "s.db"
    )
    assert code == 1
    assert skipped_lines(err) == [
        f"skipped {tmp_path / 'gone.txt'}: no such file",
        f"skipped {tmp_path / '*.none'}: no file matches",
    ]
    assert "1 new article(s)" in err


# --- a 100 MB file ---------------------------------------------------------------------------
def write_big(path: Path, size: int) -> None:
    paragraph = (
        b"The strike on the school killed 27 people, the Gaza health ministry said on Friday. "
        b"Markets stayed open and the weather was mild across the north of the strip.\n"
    )
    block = paragraph * (1024 * 1024 // len(paragraph) + 1)
    with path.open("wb") as f:
        written = 0
        while written < size:
            part = block[: size - written]
            f.write(part)
            written += len(part)


def test_a_100_mb_file_is_refused_before_it_is_read_and_the_rest_goes_in(tmp_path: Path) -> None:
    """Decided behaviour: one article over 10 MB is not a news article but an archive pasted into
    one file. It is skipped, unread, with its size and what to do; the other inputs are ingested."""
    big = tmp_path / "archive.txt"
    write_big(big, 100 * 1024 * 1024)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    db = tmp_path / "s.db"
    code, out, err = cli("process", "ingest", big, good, "--db", db)
    assert code == 1
    no_traceback(out, err)
    [line] = skipped_lines(err)
    assert line.startswith(f"skipped {big}: 100.0 MB is larger than the 10 MB limit for one article")
    assert "split it" in line
    assert query(db, "SELECT name FROM articles") == [(str(good),)]

    code, out, err = cli("process", "extract", big)
    assert code == 1
    assert "larger than the 10 MB limit" in err
    no_traceback(out, err)


def test_100_mb_on_standard_input_is_refused_with_a_reason(tmp_path: Path) -> None:
    big = tmp_path / "archive.txt"
    write_big(big, 100 * 1024 * 1024)
    db = tmp_path / "s.db"
    code, out, err = cli("process", "ingest", "-", "--db", db, input=big.read_bytes())
    assert code == 1
    no_traceback(out, err)
    [line] = skipped_lines(err)
    assert "100.0 MB is larger than the 10 MB limit" in line
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]


# --- the store: errors change nothing --------------------------------------------------------
def make_not_sqlite(path: Path) -> None:
    path.write_text("my notes, not a database\n" * 200)


def make_foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, steps TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('bread', 'knead')")
    conn.commit()
    conn.close()


def make_newer_store(path: Path) -> None:
    with Store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def make_folder(path: Path) -> None:
    path.mkdir()


STORE_PROBLEMS = {
    "not-sqlite": (make_not_sqlite, "not a casualty store"),
    "foreign-sqlite": (make_foreign_sqlite, "an SQLite file, but not a casualty store"),
    "newer-schema": (make_newer_store, "written by a newer casualty"),
    "a-folder": (make_folder, "is a folder, not a store file"),
}
COMMANDS = [
    ["ingest", "{good}"],
    ["claims"],
    ["report"],
    ["articles"],
    ["reextract"],
    ["sources"],
    ["sources", "alias", "MoH", "Gaza health ministry"],
]


def folder_state(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): (sha(p) if p.is_file() else "dir") for p in sorted(folder.rglob("*"))}


@HOW
@pytest.mark.parametrize("problem", list(STORE_PROBLEMS))
def test_a_store_that_cannot_be_used_is_left_byte_identical(how: str, problem: str, tmp_path: Path) -> None:
    make, message = STORE_PROBLEMS[problem]
    home = tmp_path / "home"
    home.mkdir()
    db = home / "s.db"
    make(db)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    before = folder_state(home)
    for command in COMMANDS if how == "runner" else COMMANDS[:2]:
        args = [a.replace("{good}", str(good)) for a in command]
        code, out, err = cli(how, *args, "--db", db)
        assert code == 1, (command, err)
        assert err.strip().splitlines() == [err.strip()], command  # one line
        assert err.startswith(f"Error: {db}: ") and message in err, (command, err)
        no_traceback(out, err)
        assert folder_state(home) == before, command


@HOW
def test_a_store_in_a_missing_folder_is_refused_and_no_folder_is_made(how: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    db = tmp_path / "nowhere" / "s.db"
    code, out, err = cli(how, "ingest", good, "--db", db)
    assert code == 1
    assert err.strip() == f"Error: {db}: folder {db.parent} does not exist"
    assert not db.parent.exists()
    no_traceback(out, err)


# Read-only stores: root may write anything, so as root the command runs as `nobody`.
@pytest.fixture
def as_other_user() -> Iterator[tuple[Path, list[str]]]:
    """(a folder, the command prefix that runs a process as a user without write rights)."""
    folder = Path(tempfile.mkdtemp(prefix="casualty-ro-"))
    folder.chmod(0o755)
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if not setpriv:
            pytest.skip("running as root without setpriv: cannot drop write rights")
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run([*prefix, sys.executable, "-c", "import casualty_cli"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip("the user nobody cannot run this checkout's Python")
    try:
        yield folder, prefix
    finally:
        for p in [folder, *folder.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(folder)


def run_as(prefix: list[str], *args: str | Path) -> tuple[int, str, str]:
    p = subprocess.run([*prefix, str(CASUALTY), *map(str, args)], capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


@pytest.mark.parametrize("folder_writable", [False, True], ids=["read-only-folder", "writable-folder"])
def test_a_read_only_store_is_read_but_not_written(
    as_other_user: tuple[Path, list[str]], folder_writable: bool
) -> None:
    folder, prefix = as_other_user
    shutil.copyfile(STORE_V1, folder / "s.db")
    with Store(folder / "s.db"):  # brought up to date while writable
        pass
    (folder / "new.txt").write_text(GOOD)
    (folder / "s.db").chmod(0o444)
    if folder_writable:
        folder.chmod(0o777)
    else:
        folder.chmod(0o555)
    before = sha(folder / "s.db")

    code, out, err = run_as(prefix, "ingest", folder / "new.txt", "--db", folder / "s.db")
    assert code == 1
    assert err.startswith(f"Error: {folder / 's.db'}: the store is read-only")
    assert len(err.strip().splitlines()) == 1
    no_traceback(out, err)
    code, out, err = run_as(
        prefix, "sources", "alias", "MoH", "Gaza health ministry", "--db", folder / "s.db"
    )
    assert code == 1
    assert "the store is read-only" in err

    code, out, err = run_as(prefix, "claims", "--db", folder / "s.db", "--format", "jsonl")
    assert code == 0, err
    assert len(out.splitlines()) == 8
    assert sha(folder / "s.db") == before


def test_a_new_store_in_a_read_only_folder_is_a_clear_error(as_other_user: tuple[Path, list[str]]) -> None:
    folder, prefix = as_other_user
    (folder / "new.txt").write_text(GOOD)
    folder.chmod(0o555)
    code, out, err = run_as(prefix, "ingest", folder / "new.txt", "--db", folder / "s.db")
    assert code == 1
    assert err.startswith(f"Error: {folder / 's.db'}: cannot create the store")
    assert f"write to the folder {folder}" in err
    assert not (folder / "s.db").exists()
    no_traceback(out, err)


# --- the first released schema ------------------------------------------------------------
def dump(db: Path, table: str, columns: list[str]) -> list[tuple[object, ...]]:
    cols = ", ".join(f"[{c}]" for c in columns)
    return sorted(query(db, f"SELECT {cols} FROM [{table}]"), key=repr)


def columns_of(db: Path, table: str) -> list[str]:
    return [r[1] for r in query(db, f"PRAGMA table_info([{table}])")]  # type: ignore[misc]


def test_the_v1_fixture_is_the_file_that_was_made() -> None:
    """tests/data/store_v1.db is never regenerated by newer code (see tests/data/README.md)."""
    assert sha(STORE_V1) == STORE_V1_SHA256


def test_a_v1_store_is_upgraded_in_place_keeping_every_row(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    shutil.copyfile(STORE_V1, db)
    assert query(db, "PRAGMA user_version") == [(1,)]
    tables = ["articles", "claims", "sources", "source_aliases"]
    v1_columns = {t: columns_of(db, t) for t in tables}
    before = {t: dump(db, t, v1_columns[t]) for t in tables}
    assert (len(before["articles"]), len(before["claims"]), len(before["source_aliases"])) == (3, 8, 1)

    with Store(db) as store:
        assert store.counts() == {"articles": 3, "claims": 8}
        assert store.aliases() == {"gaza's ministry of health": "Gaza health ministry"}
        assert [c["figure"] for c in store.claims()] == [27, 38000, 11, 40, 5, 18, 24, 200000]
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    for t in tables:
        assert set(v1_columns[t]) <= set(columns_of(db, t)), t
        after = dump(db, t, v1_columns[t])
        if t == "sources":
            assert set(before[t]) <= set(after)
        else:
            assert after == before[t], t
    # Opening again changes nothing.
    snapshot = {t: dump(db, t, columns_of(db, t)) for t in tables}
    with Store(db):
        pass
    assert {t: dump(db, t, columns_of(db, t)) for t in tables} == snapshot


@HOW
def test_an_upgraded_v1_store_works_from_the_command_line(how: str, tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    shutil.copyfile(STORE_V1, db)
    code, out, err = cli(how, "claims", "--db", db, "--format", "jsonl", "--search", "school")
    assert code == 0, err
    assert [json.loads(line)["figure"] for line in out.splitlines()] == [27]
    # The same texts again are the same articles (the id is the hash of the text).
    code, out, err = cli(how, "ingest", DATA / "store_v1_articles", "--db", db)
    assert code == 0, err
    assert "0 new article(s) with 0 claim(s), 3 already stored" in err
    new = tmp_path / "new.txt"
    new.write_text(GOOD)
    code, out, err = cli(how, "ingest", new, "--db", db)
    assert code == 0, err
    assert query(db, "SELECT count(*) FROM articles") == [(4,)]


# --- interrupted ingests ---------------------------------------------------------------------
def make_articles(folder: Path, n: int, first: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        (folder / f"a{i:06}.txt").write_text(
            f"date 2024-07-{i % 28 + 1:02}\n\nStrike number {i}\n\n"
            f"A strike on a school in Rafah killed {i + 3} people on Friday, the Gaza health ministry "
            f"said. Rescue workers said {i + 10} others were injured and {i % 7 + 2} were missing.\n\n"
            f"The ministry said {38000 + i} people have been killed in Gaza since the war began.\n"
        )


def start(*args: str | Path) -> subprocess.Popen[bytes]:
    """A `casualty` process in its own process group, so that it and its workers can be signalled."""
    return subprocess.Popen(
        [str(CASUALTY), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A shell without job control starts `make test &` with SIGINT ignored, and a child
        # inherits that (as under nohup): the command would rightly ignore the test's Ctrl-C.
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stored_count(db: Path) -> int:
    try:
        return int(query(db, "SELECT count(*) FROM articles")[0][0])  # type: ignore[call-overload]
    except sqlite3.Error:
        return 0  # not created yet, or its tables not yet committed


def wait_for_first_commit(db: Path, proc: subprocess.Popen[bytes], timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        n = stored_count(db)
        if n:
            return n
        time.sleep(0.01)
    return 0


def end_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill what is left of a process we started and its workers, by its process group id."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


N_ARTICLES = 1100  # more than one write batch (500), so that a kill can fall between commits


@pytest.mark.parametrize(
    "how",
    ["sigkill-process", "sigkill-group", "sigkill-early", "sigint-group", "sigint-process"],
)
def test_an_interrupted_ingest_leaves_articles_whole_and_a_rerun_completes(how: str, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    make_articles(folder, N_ARTICLES)
    db = tmp_path / "s.db"
    proc = start("ingest", folder, "--db", db, "--jobs", "2")
    try:
        if how == "sigkill-early":
            time.sleep(0.4)  # importing, creating the store, or extracting the first batch
        else:
            assert wait_for_first_commit(db, proc), "the ingest ended before it could be interrupted"
        sig = signal.SIGINT if how.startswith("sigint") else signal.SIGKILL
        if how.endswith("group"):
            os.killpg(proc.pid, sig)  # as Ctrl-C or a killed terminal does
        else:
            os.kill(proc.pid, sig)
        _out, err = proc.communicate(timeout=60)
    finally:
        end_group(proc)
    stderr = err.decode()
    no_traceback(stderr)
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert stderr.strip().endswith("Interrupted.")
    else:
        assert proc.returncode == -signal.SIGKILL

    # Killed early, there may be no store yet, or one whose schema was rolled back.
    has_tables = db.exists() and query(db, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'") == [
        (1,)
    ]
    checked: set[object] = set()
    stored = assert_every_article_whole(db, checked) if has_tables else 0
    assert stored < N_ARTICLES
    if how != "sigkill-early":
        assert stored > 0

    code, _out2, err2 = cli("process", "ingest", folder, "--db", db)
    assert code == 0, err2
    assert f"{N_ARTICLES - stored} new article(s)" in err2
    assert f"{stored} already stored" in err2
    assert assert_every_article_whole(db, checked) == N_ARTICLES
    assert query(db, "SELECT count(DISTINCT name) FROM articles") == [(N_ARTICLES,)]


# --- two writers at once ----------------------------------------------------------------------
SUMMARY = re.compile(r"(\d+) new article\(s\) with (\d+) claim\(s\), (\d+) already stored, (\d+) skipped")


def test_two_ingests_at_once_both_finish_and_store_each_article_once(tmp_path: Path) -> None:
    common, only_a, only_b = tmp_path / "common", tmp_path / "a", tmp_path / "b"
    make_articles(common, 300)
    make_articles(only_a, 100, first=10_000)
    make_articles(only_b, 100, first=20_000)
    db = tmp_path / "fresh.db"  # both create it: the schema race too
    procs = [
        start("ingest", common, only_a, "--db", db, "--jobs", "1"),
        start("ingest", only_b, common, "--db", db, "--jobs", "1"),
    ]
    try:
        outs = [p.communicate(timeout=300) for p in procs]
    finally:
        for p in procs:
            end_group(p)
    summaries = []
    for p, (_out, err) in zip(procs, outs, strict=True):
        stderr = err.decode()
        assert p.returncode == 0, stderr
        no_traceback(stderr)
        m = SUMMARY.search(stderr)
        assert m, stderr
        summaries.append([int(x) for x in m.groups()])
    new = sum(s[0] for s in summaries)
    known = sum(s[2] for s in summaries)
    assert (new, known) == (500, 300)
    assert query(db, "SELECT count(*), count(DISTINCT name) FROM articles") == [(500, 500)]
    assert assert_every_article_whole(db) == 500


def test_two_processes_upgrading_one_v1_store_at_once(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    shutil.copyfile(STORE_V1, db)
    procs = [start("claims", "--db", db, "--format", "jsonl") for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err.decode()
        assert len(out.decode().splitlines()) == 8
    assert query(db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


# --- hostile text -----------------------------------------------------------------------------
# Work that grows faster than the text is caught by comparing one process's CPU time on the
# whole megabyte with its time on a tenth of it: linear work is about 10 times slower,
# quadratic work about 100 times. An absolute bound alone flakes on slower machines, so it
# is only a ceiling (the process is killed past it) and texts done in under FAST_SECONDS pass.
CPU_SECONDS = 180
FAST_SECONDS = 4.0
GROWTH_LIMIT = 30.0  # times slower on 10 times the text
MB = 1_000_000

# Once known to exceed the bound, now fixed in the extractor (sentences are capped in length,
# per-figure work no longer scans the whole sentence, a paragraph's speaker is looked for
# nearby only, digit runs are not parsed). Kept as sets so that a regression can be marked.
QUADRATIC: set[str] = set()
CRASHES: set[str] = set()

# name -> [(unit, characters)]: the text is each unit repeated to fill its share. The known-slow
# ones come first, so that they run while the rest share the other workers.
HOSTILE = {
    "figures-in-one-sentence": [("killed 5 ", MB)],
    "short-claim-sentences": [("At least 1,000 people were killed. ", MB)],
    "digit-run": [("1", MB)],
    "comma-run": [(",", MB)],
    "digits-and-commas": [("1,", MB)],
    "grouped-numbers": [("12,345,678 ", MB)],
    "killed-killed-killed": [("killed ", MB)],
    "spec-mix": [("1", MB // 4), (",", MB // 4), ("killed ", MB // 4), ("9,", MB // 4)],
    "number-words": [("one hundred and twenty thousand ", MB)],
    "qualifiers": [("more than at least nearly up to ", MB)],
    "people-killed": [("people killed people ", MB)],
    "source-phrases": [("the ministry said according to ", MB)],
    "dotted-digits": [("1.2.3.4.", MB)],
    "dashed-digits": [("1-2-3-", MB)],
    "newlines": [("\n", MB)],
    "spaces": [(" ", MB)],
    "one-word": [("a", MB)],
    "quotes-and-brackets": [('("“[', MB)],
    "abbreviations": [("Gen. Lt. Col. ", MB)],
    "dates": [("on July 5, 2024 ", MB)],
    "ranges": [("between 5 and ", MB)],
    "arabic-indic-digits": [("١٢٣٬", MB)],
    "paragraphs-of-claims": [("Officials said 12 people were killed.\n\n", MB)],
}

CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_CPU, ({limit}, {limit} + 5))
from casualty_cli import extract
parts = json.loads(sys.argv[1])
tenth = "".join(unit * (n // 10 // len(unit)) for unit, n in parts)
text = "".join(unit * (n // len(unit)) for unit, n in parts)
t = time.process_time()
extract(tenth, "2024-07-12")
small = time.process_time() - t
t = time.process_time()
claims = extract(text, "2024-07-12")
cpu = time.process_time() - t
assert all(text[c.start:c.end] == c.span for c in claims)
print(json.dumps({{"chars": len(text), "claims": len(claims), "cpu": cpu, "cpu_tenth": small}}))
"""


def _run_hostile(parts: list[tuple[str, int]]) -> subprocess.CompletedProcess[str]:
    code = CHILD.format(limit=CPU_SECONDS)
    return subprocess.run(
        [sys.executable, "-c", code, json.dumps(parts)], capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def hostile_runs() -> dict[str, subprocess.CompletedProcess[str]]:
    """Every hostile text extracted in its own process under a CPU-time limit, a few at a time."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        runs = dict(zip(HOSTILE, pool.map(_run_hostile, HOSTILE.values()), strict=True))
    return runs


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="extractor: quadratic, see QUADRATIC"))
        if n in QUADRATIC
        else pytest.param(
            n, marks=pytest.mark.xfail(strict=True, reason="extractor: ValueError, see CRASHES")
        )
        if n in CRASHES
        else n
        for n in HOSTILE
    ],
)
def test_a_megabyte_of_hostile_text_takes_time_in_proportion_to_its_length(
    name: str, hostile_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    run = hostile_runs[name]
    assert run.returncode == 0, (
        f"{name}: exit {run.returncode} (-24 is over {CPU_SECONDS} s of CPU): {run.stderr[-500:]}"
    )
    result = json.loads(run.stdout)
    assert result["chars"] >= 0.99 * MB
    if result["cpu"] >= FAST_SECONDS:
        growth = result["cpu"] / max(result["cpu_tenth"], 1e-3)
        assert growth < GROWTH_LIMIT, f"{name}: {growth:.0f} times slower on 10 times the text: {result}"


def test_a_digit_run_beside_a_casualty_word_does_not_crash_extraction() -> None:
    text = "Officials said the strike killed " + "1" * 5000 + " people."
    for c in extract(text):
        assert text[c.start : c.end] == c.span


@HOW
def test_implausible_figures_are_not_claims_and_the_articles_still_go_in(how: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_files(
        folder,
        {
            "good.txt": GOOD.encode(),
            "long-digits.txt": ("date 2024-07-10\n\nA strike killed " + "1" * 5000 + " people.\n").encode(),
            "huge-figure.txt": b"date 2024-07-10\n\nA strike killed 99999999999999999999 people, officials said.\n",
        },
    )
    db = tmp_path / "s.db"
    code, out, err = cli(how, "ingest", folder, "--db", db)
    assert code == 0
    no_traceback(out, err)
    assert len(query(db, "SELECT name FROM articles")) == 3
    names = {n for (n,) in query(db, "SELECT a.name FROM claims c JOIN articles a ON a.id = c.article_id")}
    assert names == {str(folder / "good.txt")}


def test_an_article_the_extractor_fails_on_is_skipped_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casualty_cli.ingest as ingest_module

    real = ingest_module.extract

    def failing(text: str, *args: object, **kwargs: object) -> object:
        if "POISON" in text:
            raise RuntimeError("boom")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "extract", failing)
    folder = tmp_path / "in"
    write_files(folder, {"good.txt": GOOD.encode(), "poison.txt": b"POISON: 3 people were killed.\n"})
    db = tmp_path / "s.db"
    code, out, err = cli("runner", "ingest", folder, "--db", db, "--jobs", "1")
    assert code == 1
    no_traceback(out, err)
    lines = skipped_lines(err)
    assert len(lines) == 1 and lines[0].startswith(f"skipped {folder / 'poison.txt'}: ")
    assert query(db, "SELECT name FROM articles") == [(str(folder / "good.txt"),)]


# --- hostile option values --------------------------------------------------------------------
HOSTILE_VALUES = ["x' OR '1'='1", "'; DROP TABLE claims; --", "%", "_", "%'--", '"', "Gaza's", "a\\b", "100%"]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_filter_values_with_quotes_percent_signs_and_sql_select_nothing_extra(
    value: str, tmp_path: Path
) -> None:
    how = "runner"
    db = tmp_path / "s.db"
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    assert cli(how, "ingest", good, "--db", db)[0] == 0
    for option in ["--source", "--victims", "--location", "--article", "--search"]:
        code, out, err = cli(how, "claims", "--db", db, option, value, "--format", "json")
        assert code == 0, (option, err)
        assert json.loads(out) == [], option
        no_traceback(out, err)
    assert query(db, "SELECT count(*) FROM claims") == [(1,)]
    assert {"articles", "claims", "sources", "source_aliases"} <= {
        n
        for (n,) in query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")  # type: ignore[misc]
    }


@HOW
def test_an_alias_full_of_sql_is_stored_as_written(how: str, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    cli(how, "ingest", good, "--db", db)
    alias = "Robert'); DROP TABLE claims; --"
    canonical = '100% "Official" Ministry\'s'
    code, _out, err = cli(how, "sources", "alias", alias, canonical, "--db", db)
    assert code == 0, err
    assert query(db, "SELECT source FROM source_aliases") == [(canonical,)]
    assert query(db, "SELECT count(*) FROM claims") == [(1,)]
    code, _out, err = cli(how, "sources", "alias", "Gaza health ministry", canonical, "--db", db)
    assert code == 0, err
    assert query(db, "SELECT source FROM claims") == [(canonical,)]


def test_a_search_with_an_apostrophe_finds_the_words(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    text = "date 2024-07-10\n\nAn airstrike killed 7 people in Gaza's south, the health ministry said.\n"
    (tmp_path / "a.txt").write_text(text)
    cli("runner", "ingest", tmp_path / "a.txt", "--db", db)
    code, out, err = cli("runner", "claims", "--db", db, "--search", "Gaza's south", "--format", "json")
    assert code == 0, err
    assert [r["figure"] for r in json.loads(out)] == [7]


# --- CSV output ------------------------------------------------------------------------------
def test_csv_output_neutralises_formulas_from_article_text(tmp_path: Path) -> None:
    import csv
    import io

    db = tmp_path / "s.db"
    text = (
        'date 2024-07-10\n\n=HYPERLINK("http://example.com","click")\n\n'
        "=1+1 A strike killed 14 people in Jabalia, the Gaza health ministry said.\n"
    )
    (tmp_path / "a.txt").write_text(text)
    cli("runner", "ingest", tmp_path / "a.txt", "--db", db)
    for command in (["claims"], ["articles"], ["report", "--scope", "all"]):
        code, out, err = cli("runner", *command, "--db", db, "--format", "csv")
        assert code == 0, err
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows, command
        for row in rows:
            for cell in row.values():
                if cell[:1] in ("=", "+", "-", "@"):
                    float(cell)  # a number (a negative change) may start so; text may not
    code, out, _ = cli("runner", "claims", "--db", db, "--format", "csv")
    [row] = [r for r in csv.DictReader(io.StringIO(out)) if r["figure"] == "14"]
    assert row["sentence"].startswith("'=1+1 A strike")
    code, out, _ = cli("runner", "articles", "--db", db, "--format", "csv")
    assert next(csv.DictReader(io.StringIO(out)))["title"].startswith("'=HYPERLINK(")

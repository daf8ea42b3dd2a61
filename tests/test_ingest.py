"""Bulk ingest: every kind of input, parallel runs equal to serial ones, talk kept off stdout."""

from __future__ import annotations

import json
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casualty_cli import article as article_mod
from casualty_cli.article import expand_paths, iter_paths
from casualty_cli.cli import app
from casualty_cli.ingest import ingest_paths

runner = CliRunner()
CASUALTY = Path(sys.executable).parent / "casualty"

QUAKE = (
    " date 2023-03-02\n\nQuake toll climbs\n\nThe earthquake that struck the coast on Tuesday has killed "
    "at least 41 people, the civil protection agency said. Rescue teams worked through the night."
)
FERRY = (
    " date 2023-05-11\n\nFerry sinks\n\nA ferry capsized off the island on Wednesday, and 17 passengers "
    "are missing, police said. The weather had been calm."
)
MINE = (
    " date 2023-08-19\n\nMine blast\n\nA gas explosion in a coal mine killed nine miners on Friday, the "
    "regional governor said. Twenty-two others were injured, he added."
)
MARKET = (
    " date 2023-09-04\n\nShares slip\n\nShares in the freight group fell 4 percent on Monday after it "
    "cut its forecast for 2024. Nobody was hurt when a crane toppled at its depot, it said."
)
PAGE = """<!DOCTYPE html>
<html><head><title>Storm damage</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Storm batters the coast</h1>
<p>A powerful storm swept across the southern coast on Sunday, tearing roofs from houses and
uprooting trees along the seafront promenade that had only just been rebuilt.</p>
<p>The storm killed at least 14 people and injured 60 others, the national disaster agency said
in a statement on Monday, adding that the search for survivors would continue.</p>
<p>Schools across the region stayed closed, and electricity was still cut in several towns as
engineers worked to repair fallen power lines and flooded substations.</p>
</article>
<footer>Subscribe to our newsletter. Cookie settings. Terms of use.</footer>
</body></html>
"""


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def dump(db: str) -> tuple[list[tuple], list[tuple]]:
    """Everything a store holds about its articles and claims, but the time they were added."""
    conn = sqlite3.connect(db)
    try:
        arts = conn.execute(
            "SELECT id, name, url, title, publisher, date, text, extractor FROM articles ORDER BY rowid"
        ).fetchall()
        claims = conn.execute("SELECT * FROM claims ORDER BY id").fetchall()
    finally:
        conn.close()
    return arts, claims


def figures(db: str) -> list[int]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT figure FROM claims ORDER BY figure")]
    finally:
        conn.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An archive: nested folders, a hidden folder, and a file that is not text."""
    root = tmp_path / "archive"
    (root / "2023" / "03").mkdir(parents=True)
    (root / "2023" / "05").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "2023" / "03" / "quake.txt").write_text(QUAKE, encoding="utf-8")
    (root / "2023" / "05" / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (root / "mine.md").write_text(MINE, encoding="utf-8")
    (root / ".cache" / "old.txt").write_text(MARKET, encoding="utf-8")
    (root / "2023" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


# --- each kind of input -------------------------------------------------------------
def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "quake.txt"
    p.write_text(QUAKE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    r = invoke("ingest", str(p), "--db", db)
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert "1 new article(s) with 1 claim(s), 0 already stored, 0 skipped" in r.stderr
    assert figures(db) == [41]


def test_folder_is_read_recursively_without_hidden_or_binary_files(folder: Path, tmp_path: Path) -> None:
    files, missing = expand_paths([str(folder)])
    assert [Path(f).name for f in files] == ["quake.txt", "ferry.txt", "mine.md"]  # name order
    assert missing == []
    db = str(tmp_path / "s.db")
    r = invoke("ingest", str(folder), "--db", db)
    assert r.exit_code == 0, r.stderr
    assert "3 new article(s)" in r.stderr
    assert figures(db) == [9, 17, 22, 41]


def test_glob_of_files_and_of_folders(folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    r = invoke("ingest", str(folder / "2023" / "*" / "*.txt"), "--db", db)
    assert r.exit_code == 0, r.stderr
    assert figures(db) == [17, 41]
    # A glob that matches folders reads them as folders.
    assert [Path(p).name for p, _ in iter_paths([str(folder / "20*")])] == ["quake.txt", "ferry.txt"]


def test_glob_that_matches_nothing_is_skipped_with_its_reason(tmp_path: Path) -> None:
    r = invoke("ingest", str(tmp_path / "none-*.txt"), "--db", str(tmp_path / "s.db"))
    assert r.exit_code == 1
    assert "none-*.txt: no file matches" in r.stderr


def test_stdin_text() -> None:
    r = invoke("ingest", "-", input=MINE)
    assert r.exit_code == 0, r.stderr
    assert "1 new article(s) with 2 claim(s)" in r.stderr
    assert figures(os.environ["CASUALTY_DB"]) == [9, 22]


def test_stdin_jsonl() -> None:
    lines = "".join(json.dumps({"text": t, "publisher": "Wire"}) + "\n" for t in (QUAKE, FERRY))
    r = invoke("ingest", "-", input=lines)
    assert r.exit_code == 0, r.stderr
    assert "2 new article(s)" in r.stderr
    arts, _ = dump(os.environ["CASUALTY_DB"])
    assert [(a[1], a[4]) for a in arts] == [("-:1", "Wire"), ("-:2", "Wire")]


def test_jsonl_records_with_metadata_and_a_bad_line(tmp_path: Path) -> None:
    dump_file = tmp_path / "scrape.jsonl"
    records = [
        {"text": QUAKE, "url": "https://news.example/quake", "publisher": "Coast Times", "title": "Quake"},
        "this line is not JSON",
        {"title": "no text here"},
        {"text": FERRY.replace(" date 2023-05-11\n\n", ""), "date": "2023-05-11T08:30:00Z"},
    ]
    dump_file.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n\n", encoding="utf-8"
    )
    db = str(tmp_path / "s.db")
    r = invoke("ingest", str(dump_file), "--db", db)
    assert r.exit_code == 1
    assert f"skipped {dump_file}:2: not a JSON record" in r.stderr
    assert f'skipped {dump_file}:3: a record needs a "text" string' in r.stderr
    assert "2 new article(s) with 2 claim(s), 0 already stored, 2 skipped" in r.stderr
    arts, claims = dump(db)
    assert [(a[1], a[2], a[3], a[4], a[5]) for a in arts] == [
        (f"{dump_file}:1", "https://news.example/quake", "Quake", "Coast Times", "2023-03-02"),
        (f"{dump_file}:4", None, "Ferry sinks", None, "2023-05-11"),
    ]
    assert len(claims) == 2


def test_jsonl_is_read_a_record_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A record over the size limit is skipped with its reason, and the records after it still go in.
    monkeypatch.setattr(article_mod, "MAX_RECORD_BYTES", 600)
    dump_file = tmp_path / "big.jsonl"
    huge = json.dumps({"text": MARKET * 5})
    dump_file.write_text(json.dumps({"text": QUAKE}) + "\n" + huge + "\n" + json.dumps({"text": MINE}) + "\n")
    summary = ingest_paths([str(dump_file)], str(tmp_path / "s.db"))
    assert summary.new == 2
    assert summary.skipped == [f"{dump_file}:2: a record larger than 0 MB"]


def test_html_page_main_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "storm.html"
    page.write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    r = invoke("ingest", str(page), "--db", db)
    assert r.exit_code == 0, r.stderr
    arts, _ = dump(db)
    text = arts[0][6]
    assert "killed at least 14 people" in text
    assert "Subscribe" not in text and "Home" not in text and "<p>" not in text
    assert figures(db) == [14, 60]


def test_html_on_stdin() -> None:
    pytest.importorskip("trafilatura")
    r = invoke("ingest", "-", input=PAGE)
    assert r.exit_code == 0, r.stderr
    assert figures(os.environ["CASUALTY_DB"]) == [14, 60]


def test_same_text_twice_is_one_article(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(QUAKE, encoding="utf-8")
    b.write_text(QUAKE, encoding="utf-8")
    summary = ingest_paths([str(a), str(b)], str(tmp_path / "s.db"))
    assert (summary.new, summary.known, summary.claims) == (1, 1, 1)


# --- parallel ingest -------------------------------------------------------------------
def _many(folder: Path, n: int) -> None:
    bodies = [QUAKE, FERRY, MINE, MARKET]
    for i in range(n):
        sub = folder / f"{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        # Each text differs, so each is its own article.
        text = bodies[i % 4] + f"\n\nThis is report number {i} in the series."
        (sub / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps({"text": bodies[i % 4] + f" Update {i}.", "url": f"u{i}"}) for i in range(40)]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_parallel_ingest_stores_what_serial_ingest_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import casualty_cli.ingest as ingest_mod

    # Small tasks and batches, so that many tasks are in flight across the workers.
    monkeypatch.setattr(ingest_mod, "TASK_FILES", 3)
    monkeypatch.setattr(ingest_mod, "BATCH", 7)
    _many(tmp_path / "in", 60)
    one = str(tmp_path / "one.db")
    two = str(tmp_path / "two.db")
    s1 = ingest_paths([str(tmp_path / "in")], one, jobs=1)
    s2 = ingest_paths([str(tmp_path / "in")], two, jobs=2)
    assert (s1.new, s1.claims, s1.skipped) == (100, s2.claims, [])
    assert (s2.new, s2.skipped) == (100, [])
    assert dump(one) == dump(two)
    assert len(dump(one)[1]) > 50


def test_jobs_option_through_the_cli(tmp_path: Path) -> None:
    _many(tmp_path / "in", 12)
    r1 = invoke("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "a.db"), "--jobs", "1")
    r2 = invoke("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "b.db"), "-j", "2")
    assert r1.exit_code == r2.exit_code == 0
    assert dump(str(tmp_path / "a.db")) == dump(str(tmp_path / "b.db"))
    assert invoke("ingest", str(tmp_path / "in"), "--jobs", "-1").exit_code == 2


# --- talk stays off stdout -------------------------------------------------------------
def test_quiet_is_silent(folder: Path, tmp_path: Path) -> None:
    r = invoke("ingest", str(folder), "--db", str(tmp_path / "s.db"), "--quiet")
    assert r.exit_code == 0
    assert r.stdout == "" and r.stderr == ""


def test_quiet_still_names_what_was_skipped(tmp_path: Path) -> None:
    r = invoke("ingest", str(tmp_path / "gone.txt"), "--db", str(tmp_path / "s.db"), "-q")
    assert r.exit_code == 1
    assert r.stderr.strip() == f"skipped {tmp_path / 'gone.txt'}: no such file"


def test_progress_bar_writes_to_stderr_only(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    summary = ingest_paths([str(folder)], str(tmp_path / "s.db"), progress=True)
    assert summary.new == 3
    assert capsys.readouterr().out == ""


def test_progress_on_a_terminal_stays_off_a_piped_stdout(folder: Path, tmp_path: Path) -> None:
    # stderr is a terminal (the bar is drawn there), stdout is a pipe, as in `casualty ingest ... | cat`.
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [str(CASUALTY), "ingest", str(folder), "--db", str(tmp_path / "s.db")],
            stdout=subprocess.PIPE,
            stderr=follower,
            stdin=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )
        os.close(follower)
        follower = -1
        talk = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            talk += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert proc.returncode == 0
    assert proc.stdout == b""
    assert b"3 new article(s)" in talk


@pytest.mark.parametrize("args", [[], ["--help"], ["report", "--help"], ["ingest", "--help"]])
def test_help_does_not_load_heavy_libraries(args: list[str]) -> None:
    """Start-up stays fast: importing the CLI and printing help load none of the heavy libraries
    (rich's help formatter alone pulls in markdown-it, a fifth of a second)."""
    code = (
        "import sys; from casualty_cli.cli import app\n"
        f"args = {args!r}\n"
        "try:\n    app(args, prog_name='casualty') if args else None\nexcept SystemExit:\n    pass\n"
        "heavy = {'rich', 'markdown_it', 'trafilatura', 'multiprocessing', 'sqlite_utils', 'regex'}\n"
        "print(sorted(heavy & set(sys.modules)), file=sys.stderr)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stderr.strip() == "[]"
    assert args == [] or "Usage: casualty" in r.stdout


@pytest.mark.parametrize(
    "args", [["report", "--scope", "all", "--format", "csv"], ["claims", "--format", "jsonl"]]
)
def test_reading_a_store_does_not_load_sqlite_utils(tmp_path: Path, args: list[str]) -> None:
    """Commands that only read a store of the current schema run on the sqlite3 module alone:
    sqlite_utils (and numpy, which it imports when installed) is for creating and upserting."""
    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text(
        "GAZA, July 10, 2024 - At least 38,584 people have been killed, the Gaza health ministry said.\n"
    )
    ingest = invoke("ingest", "--db", str(db), "--quiet", str(tmp_path / "a.txt"))
    assert ingest.exit_code == 0, ingest.output
    code = (
        "import sys; from casualty_cli.cli import app\n"
        f"args = {[*args, '--db', str(db)]!r}\n"
        "try:\n    app(args, prog_name='casualty')\nexcept SystemExit as e:\n    code = e.code\n"
        "print(code, sorted({'sqlite_utils', 'numpy'} & set(sys.modules)), file=sys.stderr)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stderr.strip() == "0 []"
    assert "38584" in r.stdout

"""`chart` (matplotlib, the optional `chart` extra) and `serve` (Datasette, the optional `web` extra)."""

from __future__ import annotations

import builtins
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from stores import ingest_articles
from typer.testing import CliRunner

from casualty_cli.chart import chart_format, draw_chart
from casualty_cli.cli import app
from casualty_cli.errors import CasualtyError, UsageError
from casualty_cli.report import pivot

runner = CliRunner()

# Sample articles written for these tests: the ministry's total on three days, the army's on one.
ARTICLES = {
    "0701.txt": " date 2024-07-01\n\nToll\n\nThe war in Gaza has killed 37,900 people, the Gaza health ministry "
    "said. The Israeli military said 314 soldiers have been killed since the ground offensive began.",
    "0708.txt": " date 2024-07-08\n\nToll\n\nThe Gaza health ministry said the war had killed 38,153 people.",
    "0715.txt": " date 2024-07-15\n\nToll\n\nThe Gaza health ministry said the war had killed 38,584 people.",
}


def invoke(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = ingest_articles(tmp_path, ARTICLES)
    return path


needs_matplotlib = pytest.mark.skipif(
    importlib.util.find_spec("matplotlib") is None, reason="the chart extra (matplotlib) is not installed"
)


# --- chart ---------------------------------------------------------------------------------------
@needs_matplotlib
def test_chart_png(db: str, tmp_path: Path) -> None:
    out = tmp_path / "killed.png"
    r = invoke("chart", "--db", db, "--out", str(out))
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert r.stderr.strip() == f"4 figure(s) from 2 source(s) -> {out}"
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_matplotlib
def test_chart_svg_with_filters(db: str, tmp_path: Path) -> None:
    out = tmp_path / "moh.svg"
    r = invoke(
        "chart", "--db", db, "--out", str(out), "--source", "Gaza health ministry", "--since", "2024-07-08"
    )
    assert r.exit_code == 0, r.stderr
    assert "2 figure(s) from 1 source(s)" in r.stderr
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    # matplotlib keeps each text as a comment beside its outline: the legend and the title.
    assert "<!-- Gaza health ministry (2) -->" in svg
    assert "<!-- killed (cumulative), by day -->" in svg
    assert "Israeli military" not in svg


@needs_matplotlib
def test_chart_by_month(db: str, tmp_path: Path) -> None:
    out = tmp_path / "m.svg"
    r = invoke("chart", "--db", db, "-o", str(out), "--by", "month")
    assert r.exit_code == 0, r.stderr
    assert "2 figure(s) from 2 source(s)" in r.stderr
    assert "<!-- killed (cumulative), by month -->" in out.read_text(encoding="utf-8")


def test_chart_bad_out_is_a_usage_error(db: str, tmp_path: Path) -> None:
    r = invoke("chart", "--db", db, "--out", str(tmp_path / "k.gif"))
    assert r.exit_code == 2
    assert r.stderr.strip() == f"Error: --out '{tmp_path / 'k.gif'}': give a file name ending in .png or .svg"
    r = invoke("chart", "--db", db)
    assert r.exit_code == 2  # --out is required


@needs_matplotlib
def test_chart_nothing_to_draw_and_missing_folder(db: str, tmp_path: Path) -> None:
    r = invoke("chart", "--db", db, "--out", str(tmp_path / "k.png"), "--since", "2030")
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: no figures match these filters; nothing to draw"
    assert not (tmp_path / "k.png").exists()
    r = invoke("chart", "--db", db, "--out", str(tmp_path / "nope" / "k.png"))
    assert r.exit_code == 2 and "does not exist" in r.stderr


def test_chart_without_matplotlib(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: Any, **kw: Any) -> Any:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(name)
        return real_import(name, *args, **kw)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    r = invoke("chart", "--db", db, "--out", str(tmp_path / "k.png"))
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: charts need matplotlib: pip install 'casualty[chart]'"


def test_chart_format() -> None:
    assert chart_format("a/b.PNG") == "png"
    assert chart_format("b.svg") == "svg"
    with pytest.raises(UsageError):
        chart_format("b.pdf")


def test_help_does_not_load_matplotlib() -> None:
    code = "import sys; from casualty_cli.cli import app; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@needs_matplotlib
def test_draw_chart_library(tmp_path: Path) -> None:
    rows = [
        {"source": "A", "as_of": "2024-07-01", "figure": 10, "article_id": "x"},
        {"source": "A", "as_of": "2024-07-03", "figure": 14, "article_id": "y"},
        {"source": "B", "as_of": "2024-07-03", "figure": 11, "article_id": "y"},
    ]
    assert draw_chart(pivot(rows), str(tmp_path / "c.svg"), "t") == 3
    with pytest.raises(CasualtyError, match="nothing to draw"):
        draw_chart(pivot([]), str(tmp_path / "d.svg"))


# --- serve ---------------------------------------------------------------------------------------
def _datasette(monkeypatch: pytest.MonkeyPatch, installed: bool) -> list[list[str]]:
    real = importlib.util.find_spec
    calls: list[list[str]] = []

    def find_spec(name: str, *args: Any) -> Any:
        if name == "datasette":
            return object() if installed else None
        return real(name, *args)

    def call(cmd: list[str], *args: Any, **kw: Any) -> int:
        calls.append(cmd)
        metadata = json.loads(Path(cmd[-1]).read_text(encoding="utf-8"))  # exists while Datasette runs
        calls.append(sorted(metadata["databases"]["gaza"]["tables"]))
        return 0

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    monkeypatch.setattr(subprocess, "call", call)
    return calls


def test_serve_without_datasette(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _datasette(monkeypatch, installed=False)
    r = invoke("serve", "--db", db)
    assert r.exit_code == 1
    assert r.stderr.strip() == "Error: casualty serve needs Datasette: pip install 'casualty[web]'"
    assert calls == []


def test_serve_runs_datasette(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _datasette(monkeypatch, installed=True)
    r = invoke("serve", "--db", db, "--port", "8123")
    assert r.exit_code == 0, r.stderr
    command, tables = calls
    assert command[:9] == [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        db,
        "--host",
        "127.0.0.1",
        "--port",
        "8123",
    ]
    assert command[9] == "--metadata" and not Path(command[10]).exists()  # removed once Datasette stops
    assert {"articles", "claims", "claims_with_articles", "reference_figures", "sources"} <= set(tables)
    assert f"serving {db} at http://127.0.0.1:8123/" in r.stderr


def test_serve_errors(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _datasette(monkeypatch, installed=True)
    r = invoke("serve", "--db", db, "--port", "0")
    assert r.exit_code == 2 and "--port 0" in r.stderr
    r = invoke("serve", "--db", str(tmp_path / "none.db"))
    assert r.exit_code == 1 and "no such store" in r.stderr
    assert calls == []


def test_new_commands_have_help() -> None:
    for cmd in ["report", "check", "chart", "serve", "reference"]:
        r = invoke(cmd, "--help")
        assert r.exit_code == 0, cmd
        assert "Example" in r.stdout, cmd

"""Stores built from articles written inside the tests, through the real `casualty ingest`."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from casualty_cli.cli import app


def ingest_articles(tmp_path: Path, articles: dict[str, str], name: str = "gaza.db") -> str:
    """Write the articles to a folder, ingest them into a new store, and return its path."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for file_name, text in articles.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    path = str(tmp_path / name)
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", path, "-j", "1"])
    assert r.exit_code == 0, r.stderr
    return path

"""Bulk ingest: read inputs, extract in worker processes, write batches to the store."""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import EXTRACTOR_VERSION
from .article import articles_from, expand_paths
from .errors import CasualtyError, InputError
from .extractor import extract
from .models import Article, Claim
from .sources import SourceTable, default_table, default_table_path
from .store import Store

BATCH = 200  # articles per write transaction


@dataclass
class Summary:
    new: int = 0
    known: int = 0
    claims: int = 0
    skipped: list[str] = field(default_factory=list)


def load_source_table(extra: str | None, db: str | None) -> SourceTable:
    """The shipped table, extended by a user's CSV file and by aliases kept in the store."""
    if not extra and not db:
        return default_table()
    table = SourceTable.from_csv(default_table_path().read_text(encoding="utf-8"))
    if extra:
        try:
            table.extend_csv(Path(extra).read_text(encoding="utf-8"))
        except OSError as e:
            raise InputError(f"{extra}: cannot read the source table ({e.strerror})") from None
    if db and Path(db).exists():
        with Store(db, create=False) as store:
            for alias, name in store.aliases().items():
                table.add(alias, name)
    return table


# Worker state: each process builds its source table once.
_TABLE: SourceTable | None = None


def _init(extra: str | None, db: str | None) -> None:
    global _TABLE
    _TABLE = load_source_table(extra, db)


def _work(task: tuple[str, str | None]) -> tuple[str, list[tuple[Article, list[Claim]]] | str]:
    path, date = task
    try:
        arts = articles_from(path, date)
        return path, [(a, extract(a.text, a.date, _TABLE)) for a in arts]
    except CasualtyError as e:
        return path, str(e)
    except Exception as e:
        return path, f"{path}: could not be read ({type(e).__name__}: {e})"


def _results(files: list[str], date: str | None, jobs: int, extra: str | None, db: str) -> Iterator[Any]:
    tasks = [(f, date) for f in files]
    if jobs <= 1 or len(files) < 4 or "-" in files:
        _init(extra, db)
        yield from map(_work, tasks)
        return
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(jobs, initializer=_init, initargs=(extra, db)) as pool:
        yield from pool.imap(_work, tasks, chunksize=8)


def ingest_paths(
    paths: list[str],
    db: str,
    date: str | None = None,
    jobs: int = 1,
    progress: bool = False,
    extra_sources: str | None = None,
) -> Summary:
    """Ingest every article the paths hold; a bad input is skipped with its reason."""
    summary = Summary()
    files, missing = expand_paths(paths)
    summary.skipped.extend(missing)
    with Store(db) as store:
        bar = _progress(progress)
        with bar as p:
            task = p.add_task("ingest", total=len(files)) if p else None
            batch: list[tuple[Article, list[Claim]]] = []
            for _path, result in _results(files, date, jobs, extra_sources, db):
                if isinstance(result, str):
                    summary.skipped.append(result)
                else:
                    batch.extend(result)
                if len(batch) >= BATCH:
                    _flush(store, batch, summary)
                if p:
                    p.update(task, advance=1, claims=summary.claims)
            _flush(store, batch, summary)
    return summary


def _flush(store: Store, batch: list[tuple[Article, list[Claim]]], summary: Summary) -> None:
    if not batch:
        return
    # The same text twice in one batch is one article.
    unique: dict[str, tuple[Article, list[Claim]]] = {}
    for a, c in batch:
        if a.id in unique:
            summary.known += 1
        else:
            unique[a.id] = (a, c)
    for (_a, c), new in zip(unique.values(), store.add_many(unique.values(), EXTRACTOR_VERSION), strict=True):
        if new:
            summary.new += 1
            summary.claims += len(c)
        else:
            summary.known += 1
    batch.clear()


def _progress(enabled: bool) -> Any:
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[claims]} claims"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )


def reextract_store(db: str, progress: bool = False) -> tuple[int, int, int, int]:
    """Re-apply the current extractor to stored articles: (changed, articles, before, after)."""
    table = load_source_table(None, db)
    changed = n = before = after = 0
    with Store(db, create=False) as store:
        for row in list(store.article_texts()):
            n += 1
            old = store.claims_of(row["id"])
            new = extract(row["text"], row["date"], table)
            before += len(old)
            after += len(new)
            if [c.to_dict() for c in old] != [c.to_dict() for c in new]:
                store.replace_claims(row["id"], new)
                changed += 1
    return changed, n, before, after

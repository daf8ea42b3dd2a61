"""Bulk ingest: stream inputs, extract in worker processes, write batches to the store.

Memory stays flat however large the input: folders are walked lazily, JSONL is read a
line at a time, only a few tasks per worker are in flight, and results are written in
batches as they arrive. Results come back in input order, so `--jobs 4` stores exactly
what `--jobs 1` does.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from . import EXTRACTOR_VERSION
from .article import (
    article_from_record,
    articles_from_text,
    is_jsonl,
    iter_paths,
    jsonl_lines,
    open_stdin,
    read_stdin_text,
    read_text,
    stdin_is_jsonl,
)
from .errors import CasualtyError, InputError
from .extractor import extract
from .models import Article, Claim
from .render import progress_bar
from .sources import SourceTable, default_table, default_table_path
from .store import Store, check_storable

BATCH = 500  # articles per write transaction
TASK_FILES = 16  # files handed to a worker at a time
TASK_BYTES = 256 * 1024  # or this much input, whichever comes first
IN_FLIGHT = 4  # tasks queued per worker: keeps every worker busy, holds little in memory

# A task: (kind, name, payload, date). Kinds:
#   "files": payload is a list of paths, each a text file or HTML page
#   "lines": payload is a list of (line number, JSONL record) from the file `name`
#   "text":  payload is the text read from standard input
Task = tuple[str, str, object, str | None]
Extracted = list[tuple[Article, list[Claim]]]
Results = Iterator[tuple[int, Extracted, list[str]]]


@dataclass
class Summary:
    new: int = 0  # articles stored by this run
    known: int = 0  # articles whose text was already stored
    claims: int = 0  # claims in the new articles
    read: int = 0  # articles read
    bytes: int = 0  # input read
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)  # each with its reason


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


# --- reading inputs into tasks (in the main process) ---------------------------------
def _tasks(paths: list[str], date: str | None, skipped: list[str]) -> Iterator[tuple[int, Task]]:
    """(bytes of input, task) for everything the paths hold, in order, read lazily."""
    files: list[str] = []
    size = 0
    for path, reason in iter_paths(paths):
        if reason:
            skipped.append(reason)
            continue
        if path == "-" or is_jsonl(path):
            if files:
                yield size, ("files", "", files, date)
                files, size = [], 0
            yield from _stream_tasks(path, date, skipped)
            continue
        files.append(path)
        size += _size(path)
        if len(files) >= TASK_FILES or size >= TASK_BYTES:
            yield size, ("files", "", files, date)
            files, size = [], 0
    if files:
        yield size, ("files", "", files, date)


def _stream_tasks(path: str, date: str | None, skipped: list[str]) -> Iterator[tuple[int, Task]]:
    """Standard input or a JSONL file, cut into tasks of whole records as it is read."""
    try:
        if path == "-":
            stream = open_stdin()
            if not stdin_is_jsonl(stream):
                text = read_stdin_text(stream)
                yield len(text), ("text", "-", text, date)
                return
            lines = jsonl_lines("-", stream)
        else:
            lines = jsonl_lines(path)
        chunk: list[tuple[int, bytes | str]] = []
        size = 0
        for n, record in lines:
            chunk.append((n, record))
            size += len(record)
            if len(chunk) >= 256 or size >= TASK_BYTES:
                yield size, ("lines", path, chunk, date)
                chunk, size = [], 0
        if chunk:
            yield size, ("lines", path, chunk, date)
    except CasualtyError as e:
        skipped.append(str(e))
    except OSError as e:
        skipped.append(f"{path}: cannot read ({e.strerror or e})")


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _total_bytes(paths: list[str]) -> int | None:
    """The size of all the input, for the progress bar; None when standard input is part of it."""
    total = 0
    for path, reason in iter_paths(paths):
        if path == "-" and not reason:
            return None
        total += 0 if reason else _size(path)
    return total


# --- extracting (in a worker process, or in this one with --jobs 1) -----------------
_TABLE: SourceTable | None = None


def _init(table: SourceTable, in_worker: bool = True) -> None:
    global _TABLE
    _TABLE = table
    if in_worker:
        import signal

        # Ctrl-C reaches the whole process group; the main process alone handles it.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _die_with_parent(signal.SIGKILL)


def _die_with_parent(sig: int) -> None:
    """Linux: end this worker when the ingest that started it ends, even by `kill -9`.

    An orphaned worker would otherwise finish its task and print a BrokenPipeError traceback.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, sig)  # 1 = PR_SET_PDEATHSIG


def _work(task: Task) -> tuple[Extracted, list[str]]:
    """The articles of one task with their claims, and the reasons for what was skipped."""
    kind, name, payload, date = task
    out: Extracted = []
    skipped: list[str] = []
    if kind == "files":
        for path in payload:  # type: ignore[attr-defined]
            _extract_one(out, skipped, path, _read_file, path, date)
    elif kind == "lines":
        for n, record in payload:  # type: ignore[attr-defined]
            if isinstance(record, str):  # a reason, from jsonl_lines
                skipped.append(record)
            else:
                _extract_one(out, skipped, f"{name}:{n}", _read_record, record, f"{name}:{n}", date)
    else:
        _extract_one(out, skipped, name, articles_from_text, str(payload), name, date)
    return out, skipped


def _read_file(path: str, date: str | None) -> list[Article]:
    return articles_from_text(read_text(path), path, date)


def _read_record(record: bytes, name: str, date: str | None) -> list[Article]:
    return [article_from_record(record, name, date)]


def _extract_one(
    out: Extracted, skipped: list[str], where: str, read: Callable[..., list[Article]], *args: object
) -> None:
    try:
        articles = list(read(*args))
    except CasualtyError as e:
        skipped.append(str(e))
        return
    except Exception as e:
        skipped.append(f"{where}: could not be read ({type(e).__name__}: {e})")
        return
    for art in articles:
        # One article the extractor or the store cannot take is skipped, not its whole batch.
        try:
            claims = extract(art.text, art.date, _TABLE)
            check_storable(art.name, claims)
        except CasualtyError as e:
            skipped.append(str(e))
            continue
        except Exception as e:
            skipped.append(f"{art.name}: extraction failed ({type(e).__name__}: {e}); please report this")
            continue
        out.append((art, claims))


@contextmanager
def _extractor(jobs: int, table: SourceTable) -> Iterator[Callable[[Iterable[tuple[int, Task]]], Results]]:
    """A function from tasks to their results, in task order, on `jobs` worker processes.

    Only a few tasks per worker are in flight at a time, so neither the input nor the
    results pile up in memory when the store or the workers fall behind.
    """
    if jobs <= 1:
        _init(table, in_worker=False)
        yield lambda tasks: ((size, *_work(task)) for size, task in tasks)
        return
    import multiprocessing as mp

    from . import patterns

    _fix_mmap_threshold()
    patterns.compile_twins()  # once, here: forked workers share them
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(jobs, initializer=_init, initargs=(table,)) as pool:

        def run(tasks: Iterable[tuple[int, Task]]) -> Results:
            pending: deque = deque()
            for size, task in tasks:
                pending.append((size, pool.apply_async(_work, (task,))))
                if len(pending) >= jobs * IN_FLIGHT:
                    size, result = pending.popleft()
                    yield (size, *result.get())
            while pending:
                size, result = pending.popleft()
                yield (size, *result.get())

        yield run


def _fix_mmap_threshold() -> None:
    """Take large buffers (a task's pickled results) from the OS and give them back when freed.

    glibc raises its mmap threshold each time such a buffer is freed; later ones then come
    from the heap, which fragments, and the main process grew by a sixth from 10k to 100k
    articles (make bench). A fixed threshold keeps its memory flat.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = getattr(ctypes.CDLL(None), "mallopt", None)  # glibc has it; musl does not
    except OSError:
        return
    if mallopt is not None:
        mallopt(-3, 64 * 1024)  # M_MMAP_THRESHOLD


# --- the run -----------------------------------------------------------------------------
def ingest_paths(
    paths: list[str],
    db: str,
    date: str | None = None,
    jobs: int = 1,
    progress: bool = False,
    extra_sources: str | None = None,
) -> Summary:
    """Ingest every article the paths hold; a bad input (or JSONL record) is skipped with its reason.

    `progress` shows a bar on standard error; `jobs` is the number of worker processes.
    """
    started = time.perf_counter()
    summary = Summary()
    table = load_source_table(extra_sources, db)
    total = _total_bytes(paths) if progress else None
    with Store(db) as store:
        tasks = _tasks(paths, date, summary.skipped)
        first = list(islice(tasks, 2))
        workers = jobs if len(first) > 1 else 1  # one task: no pool to start
        # The pool is started before the bar, whose drawing thread must not be forked.
        with _extractor(workers, table) as run, progress_bar(total, enabled=progress) as update:
            batch: Extracted = []
            for size, items, skipped in run(chain(first, tasks)):
                _take(store, batch, summary, size, items, skipped, update)
            _flush(store, batch, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _take(
    store: Store,
    batch: Extracted,
    summary: Summary,
    size: int,
    items: Extracted,
    skipped: list[str],
    update: Callable[[int, int, int], None],
) -> None:
    summary.skipped.extend(skipped)
    summary.read += len(items)
    summary.bytes += size
    batch.extend(items)
    if len(batch) >= BATCH:
        _flush(store, batch, summary)
    update(size, summary.read, summary.claims + sum(len(c) for _, c in batch))


def _flush(store: Store, batch: Extracted, summary: Summary) -> None:
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

"""Output formats: a registry of renderers. The only module that imports rich.

Machine formats (jsonl, csv, json) go through the standard library writers and print
nothing but data; tables and markdown are for people.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

Rows = Sequence[dict[str, Any]]
Renderer = Callable[[Rows, Sequence[str], TextIO, str], None]
RENDERERS: dict[str, Renderer] = {}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def renderer(name: str) -> Callable[[Renderer], Renderer]:
    def register(fn: Renderer) -> Renderer:
        RENDERERS[name] = fn
        return fn

    return register


def csv_safe(value: Any) -> Any:
    """Neutralise a text cell a spreadsheet would run as a formula; numbers stay numbers.

    "=HYPERLINK(...)", "+1+1", "-2+3", "@SUM(A1)" from article text get a leading "'";
    ints, floats and number-like text such as "-12" are written as they are.
    """
    if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_START):
        try:
            float(value)
            return value
        except ValueError:
            return "'" + value
    return value


@renderer("jsonl")
def render_jsonl(rows: Rows, columns: Sequence[str], out: TextIO, title: str = "") -> None:
    for row in rows:
        out.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")


@renderer("json")
def render_json(rows: Rows, columns: Sequence[str], out: TextIO, title: str = "") -> None:
    json.dump([{c: row.get(c) for c in columns} for row in rows], out, ensure_ascii=False, indent=2)
    out.write("\n")


@renderer("csv")
def render_csv(rows: Rows, columns: Sequence[str], out: TextIO, title: str = "") -> None:
    w = csv.writer(out, lineterminator="\n")
    # With "\n" line ends the writer quotes a cell holding "\n" but not one holding a lone "\r"
    # (text from old Mac files), which readers take for a line end: such rows are quoted whole.
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(columns)
    for row in rows:
        cells = [row.get(c) for c in columns]
        lone_cr = False
        for i, v in enumerate(cells):
            if isinstance(v, str):
                cells[i] = csv_safe(v)
                lone_cr = lone_cr or "\r" in v
        (quoted if lone_cr else w).writerow(["" if v is None else v for v in cells])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


@renderer("markdown")
def render_markdown(rows: Rows, columns: Sequence[str], out: TextIO, title: str = "") -> None:
    def esc(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")

    if title:
        out.write(f"**{esc(title)}**\n\n")
    out.write("| " + " | ".join(esc(c) for c in columns) + " |\n")
    out.write("|" + "|".join("---:" if _numeric(rows, c) else "---" for c in columns) + "|\n")
    for row in rows:
        out.write("| " + " | ".join(esc(_cell(row.get(c))) for c in columns) + " |\n")


def _numeric(rows: Rows, column: str) -> bool:
    """A column of numbers (a trend line under them too) is aligned to the right."""
    vals = [r.get(column) for r in rows if r.get(column) is not None]
    numbers = [v for v in vals if isinstance(v, int | float)]
    return bool(numbers) and all(isinstance(v, int | float) or _is_sparkline(v) for v in vals)


def _is_sparkline(value: Any) -> bool:
    return isinstance(value, str) and not value.strip(SPARK + " ")


# A terminal gets a rich table up to this many cells; past it (a report of two years of days
# and dozens of sources), and off a terminal, the plain layout: rich lays out a table cell by
# cell, about 0.2 ms a cell, seconds for such a report.
RICH_CELLS = 5000
TERMINAL_TEXT = 60  # characters of a text cell in the plain layout on a terminal (a sentence)


@renderer("table")
def render_table(rows: Rows, columns: Sequence[str], out: TextIO, title: str = "") -> None:
    if not _is_terminal(out):
        render_plain(rows, columns, out, title)
        return
    if len(rows) * len(columns) > RICH_CELLS:
        render_plain(rows, columns, out, title, max_text=TERMINAL_TEXT)
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title or None, show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, justify="right" if _numeric(rows, c) else "left", overflow="fold")
    for row in rows:
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    console = _console(out)
    if not rows:
        console.print(Text("(nothing to show)", style="dim"))
        return
    console.print(table)


def render_plain(
    rows: Rows, columns: Sequence[str], out: TextIO, title: str = "", max_text: int | None = None
) -> None:
    """The table as aligned plain text: a title, a header, a rule, one line a row, columns two
    spaces apart, numbers to the right. Lines are as wide as the table (nothing is folded),
    for pipes, files and `less -S`; with `max_text`, a longer text cell is cut to that many
    characters, ending in "…"."""
    if not rows:
        out.write("(nothing to show)\n")
        return
    texts = [[_cell(row.get(c)).replace("\r", " ").replace("\n", " ") for c in columns] for row in rows]
    if max_text is not None:
        texts = [[v if len(v) <= max_text else v[: max_text - 1] + "…" for v in t] for t in texts]
    widths = [max(len(c), *(len(t[i]) for t in texts)) for i, c in enumerate(columns)]
    right = [_numeric(rows, c) for c in columns]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if r else v.ljust(w) for v, w, r in zip(cells, widths, right, strict=True)
        ).rstrip()

    if title:
        out.write(title + "\n")
    out.write(line(columns) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for t in texts:
        out.write(line(t) + "\n")


def _is_terminal(out: TextIO) -> bool:
    return hasattr(out, "isatty") and out.isatty()


def render(rows: Rows, columns: Sequence[str], fmt: str, title: str = "", out: TextIO | None = None) -> None:
    RENDERERS[fmt](rows, columns, out or sys.stdout, title)


def _console(out: TextIO) -> Any:
    """A rich console; off a terminal it is wide, so piped tables are not folded to 80 columns."""
    from rich.console import Console

    return Console(file=out, width=None if _is_terminal(out) else 200, soft_wrap=False)


SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[int | None], width: int = 20) -> str:
    """A small trend line; gaps stay blank. A series longer than `width` is drawn in `width`
    marks, each the highest value of its stretch of rows (blank if the stretch has none)."""
    nums = [v for v in values if v is not None]
    if not nums:
        return ""
    if len(values) > width:
        stretches = [values[i * len(values) // width : (i + 1) * len(values) // width] for i in range(width)]
        values = [max((v for v in part if v is not None), default=None) for part in stretches]
    lo, hi = min(nums), max(nums)
    span = hi - lo or 1
    return "".join(" " if v is None else SPARK[int((v - lo) / span * (len(SPARK) - 1))] for v in values)


def show_article(text: str, claims: Sequence[dict[str, Any]], title: str, out: TextIO | None = None) -> None:
    """The article text with each claim highlighted and numbered, and the claims listed."""
    from rich.table import Table
    from rich.text import Text

    console = _console(out or sys.stdout)
    body = Text(text)
    for c in claims:
        body.stylize("bold black on yellow", c["start"], c["end"])
    console.rule(title)
    console.print(body)
    table = Table(title="claims", header_style="bold")
    cols = ["#", "span", "figure", "qualifier", "category", "victims", "source", "as_of", "scope", "location"]
    for col in cols:
        table.add_column(col)
    for i, c in enumerate(claims, 1):
        table.add_row(str(i), *(Text(_cell(c.get(col))) for col in cols[1:]))
    console.print(table)


ProgressUpdate = Callable[[int, int, int], None]


@contextmanager
def progress_bar(
    total: int | None, enabled: bool = True, out: TextIO | None = None
) -> Iterator[ProgressUpdate]:
    """A progress bar for a long ingest, on stderr: share of the input read, articles, claims, rate.

    Yields `update(advance, articles, claims)`: `advance` is the bytes of input just read,
    `articles` and `claims` the running totals. Disabled, the update does nothing. The bar
    is cleared when the run ends, leaving the summary the command prints.
    """
    if not enabled:
        yield lambda advance, articles, claims: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[articles]:,} articles"),
        TextColumn("{task.fields[claims]:,} claims"),
        TextColumn("{task.fields[rate]:,.0f} articles/s"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=Console(file=out or sys.stderr),
        transient=True,
    )
    with progress:
        task = progress.add_task("ingest", total=total, articles=0, claims=0, rate=0.0)
        started = time.perf_counter()

        def update(advance: int, articles: int, claims: int) -> None:
            rate = articles / max(time.perf_counter() - started, 1e-6)
            progress.update(task, advance=advance, articles=articles, claims=claims, rate=rate)

        yield update

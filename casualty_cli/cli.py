"""The command line: a thin typer layer over the library. The only module that imports typer.

Each command validates its options, makes one or two library calls and renders. Errors
become one `Error: ...` line on stderr through the `boundary` decorator.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Annotated, Any, TypeVar

import typer

from .errors import CasualtyError, UsageError

app = typer.Typer(
    help="Find casualty claims in news text, store them, and compare sources over time.\n\n"
    "Example: casualty ingest articles/ && casualty report --since 2024-07",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
sources_app = typer.Typer(
    help="List the sources figures are attributed to, and add aliases.\n\nExample: casualty sources",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(sources_app, name="sources")

F = TypeVar("F", bound=Callable[..., Any])


class Fmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    json = "json"
    markdown = "markdown"


class ClaimFmt(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    json = "json"


class ScopeOpt(str, Enum):
    cumulative = "cumulative"
    incident = "incident"
    all = "all"


class By(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class Reading(str, Enum):
    stated = "stated"
    low = "low"
    high = "high"


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db", help="The store file [default: $CASUALTY_DB or ./casualties.db]", show_default=False
    ),
]


def db_path(db: str | None) -> str:
    return db or os.environ.get("CASUALTY_DB") or "casualties.db"


def say(message: str) -> None:
    """Talk goes to stderr, so stdout stays data."""
    print(message, file=sys.stderr)


def boundary(fn: F) -> F:
    """The one error boundary: a library error becomes one line on stderr and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CasualtyError as e:
            say(f"Error: {e}")
            raise typer.Exit(e.exit_code) from None
        except BrokenPipeError:
            # A reader such as `head` went away: stop quietly.
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            say("Interrupted.")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def check_date(value: str | None, option: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD value, or a usage error naming the option."""
    if value is None:
        return None
    import datetime as dt

    v = value.strip()
    try:
        if len(v) == 4 and v.isdigit():
            return v
        if len(v) == 7:
            dt.date.fromisoformat(v + "-01")
            return v
        return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        raise UsageError(f"{option} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD") from None


CLAIM_FIELDS = [
    "article",
    "figure",
    "figure_high",
    "qualifier",
    "category",
    "victims",
    "source",
    "source_text",
    "as_of",
    "scope",
    "location",
    "span",
    "start",
    "end",
    "sentence",
]


def _filter(**kw: Any) -> Any:
    from .store import ClaimFilter

    return ClaimFilter(**kw)


# --- extract ---------------------------------------------------------------------------
@app.command()
@boundary
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Article files, folders or globs; - reads standard input")
    ],
    date: Annotated[
        str | None, typer.Option(help="The article date when the text carries none (YYYY-MM-DD)")
    ] = None,
    format: Annotated[ClaimFmt, typer.Option("--format", "-f", help="Output format")] = ClaimFmt.table,
    sources: Annotated[
        str | None, typer.Option(help="An extra source table (CSV: canonical,region,aliases)")
    ] = None,
) -> None:
    """Print the claims found in articles, without storing them.

    Example: casualty extract article.txt --format jsonl | jq .figure
    """
    from .article import articles_from, expand_paths
    from .extractor import extract as run_extract

    day = check_date(date, "--date")
    table = _source_table(sources, None)
    files, missing = expand_paths(paths)
    problems = list(missing)
    rows = []
    for path in files:
        try:
            for art in articles_from(path, day):
                for c in run_extract(art.text, art.date, table):
                    rows.append({"article": art.name, **c.to_dict()})
        except CasualtyError as e:
            problems.append(str(e))
    for p in problems:
        say(f"skipped {p}")
    if format is ClaimFmt.table:
        _render(
            rows,
            ["article", "span", "category", "victims", "source", "as_of", "scope", "location"],
            "table",
            f"{len(rows)} claims",
        )
    else:
        _render(rows, CLAIM_FIELDS, format.value)
    if problems and not rows and not files:
        raise typer.Exit(1)
    if problems:
        raise typer.Exit(1)


# --- ingest ----------------------------------------------------------------------------
@app.command()
@boundary
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files, folders (read recursively), globs, .jsonl dumps (one record a line), "
            ".html pages; - for standard input (text or JSONL)"
        ),
    ],
    db: DbOpt = None,
    date: Annotated[
        str | None, typer.Option(help="The article date when the text carries none (YYYY-MM-DD)")
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", help="Worker processes for extraction [default: cores]", show_default=False
        ),
    ] = 0,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No progress bar and no summary; skipped inputs are still named"),
    ] = False,
    sources: Annotated[
        str | None, typer.Option(help="An extra source table (CSV: canonical,region,aliases)")
    ] = None,
) -> None:
    """Store articles and their claims. The same text is stored once, however often it is given.

    Extraction runs in parallel; a progress bar shows on a terminal (on stderr), and a
    summary ends the run. A JSONL record is {"text", "date", "url", "publisher", "title"}.

    Exit status: 0 when every input went in, 1 when some were skipped, 2 for a usage error.

    Example: casualty ingest archive/ dump.jsonl --db gaza.db --jobs 4
    """
    from .ingest import ingest_paths

    day = check_date(date, "--date")
    if jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or more")
    path = db_path(db)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    summary = ingest_paths(
        paths,
        path,
        date=day,
        jobs=jobs or cores or 1,
        progress=not quiet and sys.stderr.isatty(),
        extra_sources=sources,
    )
    for reason in summary.skipped[:SHOW_SKIPPED]:
        say(f"skipped {reason}")
    if len(summary.skipped) > SHOW_SKIPPED:
        say(f"... and {len(summary.skipped) - SHOW_SKIPPED} more skipped")
    if not quiet:
        rate = summary.read / summary.seconds if summary.seconds else 0.0
        say(
            f"{summary.new} new article(s) with {summary.claims} claim(s), "
            f"{summary.known} already stored, {len(summary.skipped)} skipped -> {path} "
            f"({summary.read} read in {summary.seconds:.1f} s, {rate:.0f} articles/s)"
        )
    if summary.skipped:
        raise typer.Exit(1)


SHOW_SKIPPED = 50  # reasons printed for skipped inputs; the rest are counted


# --- claims ---------------------------------------------------------------------------
FilterOpts = dict[str, Any]


@app.command()
@boundary
def claims(
    db: DbOpt = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, inclusive")] = None,
    category: Annotated[
        str | None, typer.Option(help="killed, injured, missing, hostages, detained or displaced")
    ] = None,
    victims: Annotated[str | None, typer.Option(help="Who: people, children, soldiers, ...")] = None,
    source: Annotated[list[str] | None, typer.Option(help="A canonical source name (repeatable)")] = None,
    location: Annotated[str | None, typer.Option(help="Part of a location name")] = None,
    scope: Annotated[ScopeOpt, typer.Option(help="cumulative, incident or all")] = ScopeOpt.all,
    article: Annotated[str | None, typer.Option(help="One article, by id prefix or name")] = None,
    search: Annotated[str | None, typer.Option(help="Full-text search over the claim sentences")] = None,
    format: Annotated[ClaimFmt, typer.Option("--format", "-f", help="Output format")] = ClaimFmt.table,
) -> None:
    """List stored claims with their provenance.

    Example: casualty claims --category killed --since 2024-07 --format jsonl | jq .figure
    """
    from .store import Store

    f = _make_filter(since, until, category, victims, source, location, scope, article, search)
    with Store(db_path(db), create=False) as store:
        rows = store.claims(f)
    cols = ["id", "article_id", "article", "article_date", "publisher", *CLAIM_FIELDS[1:]]
    if format is ClaimFmt.table:
        _render(
            rows,
            ["as_of", "span", "category", "victims", "source", "scope", "location", "article"],
            "table",
            f"{len(rows)} claims",
        )
    else:
        _render(rows, cols, format.value)


def _make_filter(
    since: str | None,
    until: str | None,
    category: str | None,
    victims: str | None,
    source: list[str] | None,
    location: str | None,
    scope: ScopeOpt,
    article: str | None = None,
    search: str | None = None,
) -> Any:
    from .models import Category

    if category is not None and category not in {c.value for c in Category}:
        raise UsageError(f"--category {category!r}: choose one of {', '.join(c.value for c in Category)}")
    return _filter(
        since=check_date(since, "--since"),
        until=check_date(until, "--until"),
        category=category,
        victims=victims,
        sources=tuple(source or ()),
        location=location,
        scope=None if scope is ScopeOpt.all else scope.value,
        article=article,
        search=search,
    )


# --- report -----------------------------------------------------------------------------
@app.command()
@boundary
def report(
    db: DbOpt = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, inclusive")] = None,
    category: Annotated[
        str, typer.Option(help="killed, injured, missing, hostages, detained or displaced")
    ] = "killed",
    victims: Annotated[str | None, typer.Option(help="Who: people, children, soldiers, ...")] = None,
    source: Annotated[list[str] | None, typer.Option(help="Only this source (repeatable)")] = None,
    location: Annotated[str | None, typer.Option(help="Part of a location name")] = None,
    scope: Annotated[ScopeOpt, typer.Option(help="cumulative, incident or all")] = ScopeOpt.cumulative,
    by: Annotated[By, typer.Option(help="Rows are days, weeks or months")] = By.day,
    reading: Annotated[
        Reading, typer.Option(help="stated figure, or the low or high end it allows")
    ] = Reading.stated,
    daily: Annotated[bool, typer.Option(help="Add each source's change from its previous figure")] = False,
    show_articles: Annotated[
        bool, typer.Option("--show-articles", help="Add how many articles carried each figure")
    ] = False,
    format: Annotated[Fmt, typer.Option("--format", "-f", help="Output format")] = Fmt.table,
) -> None:
    """Compare sources over time: rows are dates, columns are sources, cells the figure each gave.

    A cell is the highest figure the source gave in that period; the same figure from the
    same source on the same day, carried by many articles, counts once.

    Example: casualty report --since 2024-07 --category killed --by week
    """
    from .report import pivot
    from .store import Store

    f = _make_filter(since, until, category, victims, source, location, scope)
    with Store(db_path(db), create=False) as store:
        rows = store.claims(f)
    grid = pivot(rows, by=by.value, reading=reading.value, daily=daily)
    cols = ["date"]
    for s in grid.sources:
        cols.append(s)
        if daily:
            cols.append(f"{s} daily")
        if show_articles or format in (Fmt.csv, Fmt.json, Fmt.jsonl):
            cols.append(f"{s} articles")
    cols += ["change", "spread"]
    title = f"{category} ({scope.value}), by {by.value}"
    if format is Fmt.table:
        from .render import sparkline

        trend = {"date": "trend"}
        for s in grid.sources:
            trend[s] = sparkline([r[s] for r in grid.rows])
        _render([*grid.rows, trend] if grid.rows else [], cols, "table", title)
    else:
        _render(grid.rows, cols, format.value, title)


# --- reextract ---------------------------------------------------------------------------
@app.command()
@boundary
def reextract(db: DbOpt = None) -> None:
    """Re-run the current extractor over every stored article and report what changed.

    Example: casualty reextract --db casualties.db
    """
    from .ingest import reextract_store

    changed, articles, before, after = reextract_store(db_path(db), progress=sys.stderr.isatty())
    say(f"{articles} article(s) re-read: {changed} with changed claims; claims {before} -> {after}")


# --- articles and show -----------------------------------------------------------------
@app.command()
@boundary
def articles(
    db: DbOpt = None,
    format: Annotated[ClaimFmt, typer.Option("--format", "-f", help="Output format")] = ClaimFmt.table,
) -> None:
    """List stored articles with their date, publisher and number of claims.

    Example: casualty articles --format csv
    """
    from .store import Store

    with Store(db_path(db), create=False) as store:
        rows = list(store.articles())
    for r in rows:
        r["id"] = r["id"][:12] if format is ClaimFmt.table else r["id"]
    _render(
        rows, ["id", "date", "publisher", "claims", "title", "name"], format.value, f"{len(rows)} articles"
    )


@app.command()
@boundary
def show(
    article: Annotated[
        str, typer.Argument(help="An article id (or its first 6+ characters) or the name it was read from")
    ],
    db: DbOpt = None,
) -> None:
    """Show an article's text with every claim highlighted, and the claims beside it.

    Example: casualty show 3f2a9c
    """
    from .render import show_article
    from .store import Store

    with Store(db_path(db), create=False) as store:
        art = store.article(article)
        rows = [c.to_dict() for c in store.claims_of(art["id"])]
    show_article(art["text"], rows, f"{art['name']}  {art['date'] or ''}  {art['publisher'] or ''}")


# --- sources ---------------------------------------------------------------------------
@sources_app.callback()
@boundary
def sources_list(
    ctx: typer.Context,
    db: DbOpt = None,
    format: Annotated[ClaimFmt, typer.Option("--format", "-f", help="Output format")] = ClaimFmt.table,
) -> None:
    """List every canonical source with its aliases, number of claims, first and last date seen."""
    if ctx.invoked_subcommand is not None:
        return
    from .sources import default_table
    from .store import Store

    with Store(db_path(db)) as store:
        store.load_sources(default_table())
        rows = store.sources_summary()
    table = default_table()
    shipped: dict[str, list[str]] = {}
    for alias, name in table.aliases.items():
        shipped.setdefault(name, []).append(alias)
    for r in rows:
        own = r.get("aliases")
        r["aliases"] = "; ".join(filter(None, [own, "; ".join(sorted(shipped.get(r["source"], [])))]))
    if format is ClaimFmt.table:
        rows = [r for r in rows if r["claims"]] or rows
    _render(
        rows,
        ["source", "claims", "first_seen", "last_seen", "region", "aliases"],
        format.value,
        f"{len(rows)} sources",
    )


@sources_app.command("alias")
@boundary
def sources_alias(
    alias: Annotated[str, typer.Argument(help="The name as articles write it")],
    canonical: Annotated[str, typer.Argument(help="The canonical source name it stands for")],
    db: DbOpt = None,
) -> None:
    """Add an alias for a source and apply it to stored claims (and to future ingests).

    Example: casualty sources alias "Gaza's Ministry of Health" "Gaza health ministry"
    """
    from .store import Store

    if not alias.strip() or not canonical.strip():
        raise UsageError("an alias and a canonical name must not be empty")
    with Store(db_path(db)) as store:
        changed = store.add_alias(alias.strip(), canonical.strip())
    say(f"alias {alias!r} -> {canonical!r}; {changed} stored claim(s) updated")


# --- helpers -----------------------------------------------------------------------------
def _render(rows: Any, columns: list[str], fmt: str, title: str = "") -> None:
    from .render import render

    render(rows, columns, fmt, title)


def _source_table(extra: str | None, db: str | None) -> Any:
    from .ingest import load_source_table

    return load_source_table(extra, db)


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit")] = False,
) -> None:
    """Find casualty claims in news text, store them, and compare sources over time."""
    if version:
        from . import __version__

        print(__version__)
        raise typer.Exit()


def run() -> None:
    """The console script."""
    app()

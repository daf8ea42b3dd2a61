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
from .models import CLAIM_COLUMNS

app = typer.Typer(
    rich_markup_mode=None,  # plain help: rich's help formatter imports markdown-it, 0.2 s at start-up
    help="Find casualty claims in news text, store them, and compare sources over time.\n\n"
    "Example: casualty ingest articles/ && casualty report --since 2024-07",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
sources_app = typer.Typer(
    rich_markup_mode=None,
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
        "--db",
        metavar="FILE",
        help="The store file [default: $CASUALTY_DB or ./casualties.db]",
        show_default=False,
    ),
]


def db_path(db: str | None) -> str:
    if db is not None and not db.strip():
        # `--db "$STORE"` with STORE unset must not fall back to another store unnoticed.
        raise UsageError("--db is empty; give the store file")
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
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except Exception as e:
            # A bug, not the user's doing: still one line, with the way to the traceback.
            if os.environ.get("CASUALTY_DEBUG"):
                raise
            say(f"Error: unexpected {type(e).__name__}: {e} (a bug; CASUALTY_DEBUG=1 shows the traceback)")
            raise typer.Exit(1) from None

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


CLAIM_FIELDS = ["article", *CLAIM_COLUMNS]


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
        str | None,
        typer.Option(metavar="DATE", help="The article date when the text carries none (YYYY-MM-DD)"),
    ] = None,
    format: Annotated[ClaimFmt, typer.Option("--format", "-f", help="Output format")] = ClaimFmt.table,
    sources: Annotated[
        str | None, typer.Option(metavar="CSV", help="An extra source table (CSV: canonical,region,aliases)")
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
        str | None,
        typer.Option(metavar="DATE", help="The article date when the text carries none (YYYY-MM-DD)"),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help="Worker processes for extraction [default: cores]",
            show_default=False,
        ),
    ] = 0,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No progress bar and no summary; skipped inputs are still named"),
    ] = False,
    sources: Annotated[
        str | None, typer.Option(metavar="CSV", help="An extra source table (CSV: canonical,region,aliases)")
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
    since: Annotated[
        str | None, typer.Option(metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    ] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Up to this date, inclusive")] = None,
    category: Annotated[
        str | None,
        typer.Option(metavar="CATEGORY", help="killed, injured, missing, hostages, detained or displaced"),
    ] = None,
    victims: Annotated[
        str | None, typer.Option(metavar="VICTIMS", help="Who: people, children, soldiers, ...")
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option(metavar="SOURCE", help="A canonical source name (repeatable)")
    ] = None,
    location: Annotated[str | None, typer.Option(metavar="PLACE", help="Part of a location name")] = None,
    scope: Annotated[ScopeOpt, typer.Option(help="cumulative, incident or all")] = ScopeOpt.all,
    article: Annotated[
        str | None, typer.Option(metavar="ARTICLE", help="One article, by id prefix or name")
    ] = None,
    search: Annotated[
        str | None, typer.Option(metavar="WORDS", help="Full-text search over the claim sentences")
    ] = None,
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
# Options shared by the commands that compare figures (report, chart, check, reference compare).
SinceOpt = Annotated[
    str | None, typer.Option(metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)")
]
UntilOpt = Annotated[
    str | None, typer.Option(metavar="DATE", help="Up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
]
VictimsOpt = Annotated[
    str | None, typer.Option(metavar="VICTIMS", help="Who: people, children, soldiers, ...")
]
SourceOpt = Annotated[list[str] | None, typer.Option(metavar="SOURCE", help="Only this source (repeatable)")]
LocationOpt = Annotated[str | None, typer.Option(metavar="PLACE", help="Part of a location name")]
ByOpt = Annotated[By, typer.Option(help="Rows are days, weeks or months")]
ReadingOpt = Annotated[
    Reading,
    typer.Option(help='The figure as stated, or the low or high end it allows ("more than 90" -> low 91)'),
]


@app.command()
@boundary
def report(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    category: Annotated[
        str,
        typer.Option(metavar="CATEGORY", help="killed, injured, missing, hostages, detained or displaced"),
    ] = "killed",
    victims: VictimsOpt = None,
    source: SourceOpt = None,
    location: LocationOpt = None,
    scope: Annotated[ScopeOpt, typer.Option(help="cumulative, incident or all")] = ScopeOpt.cumulative,
    by: ByOpt = By.day,
    reading: ReadingOpt = Reading.stated,
    daily: Annotated[
        bool,
        typer.Option(help="Add each source's increase per day since its previous figure, beside its totals"),
    ] = False,
    show_articles: Annotated[
        bool, typer.Option("--show-articles", help="Add how many articles carried each figure")
    ] = False,
    format: Annotated[Fmt, typer.Option("--format", "-f", help="Output format")] = Fmt.table,
) -> None:
    """Compare sources over time: rows are dates, columns are sources, cells the figure each gave.

    A cell is the highest figure the source gave in that period. The same figure
    from the same source on the same day, carried by many articles, counts once;
    csv, json and jsonl carry the number of articles, --show-articles adds it to
    table and markdown.

    Each row has its change from the previous row and the spread between its
    highest and lowest figure. Use --victims to compare like with like.

    Example: casualty report --since 2024-07 --category killed --by week
    """
    from .report import collector_paused, pivot
    from .store import Store

    f = _make_filter(since, until, category, victims, source, location, scope)
    with collector_paused():  # the whole command: its rows hold no cycles
        with Store(db_path(db), create=False) as store:
            rows = store.report_rows(f, reading.value, top_by=by.value)
        grid = pivot(rows, by=by.value, daily=daily)  # the reading was applied in SQL
        machine = format in (Fmt.csv, Fmt.json, Fmt.jsonl)
        cols = grid.columns(daily=daily, articles=show_articles or machine, totals=machine)
        title = f"{category} ({scope.value}), by {by.value}"
        if grid.imprecise:
            say(
                f"{grid.imprecise} figure(s) dated only to a month or a year are not in day or week rows; "
                "--by month"
            )
        if format is Fmt.table and grid.rows:
            from .render import sparkline

            trend = {"date": "trend", **{s: sparkline(grid.series(s)) for s in grid.sources}}
            _render([*grid.rows, trend], cols, "table", title)
        else:
            _render(grid.rows, cols, format.value, title)


# --- chart ------------------------------------------------------------------------------
@app.command()
@boundary
def chart(
    out: Annotated[
        str, typer.Option("--out", "-o", metavar="FILE", help="The image to write: a .png or .svg file")
    ],
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    category: Annotated[
        str,
        typer.Option(metavar="CATEGORY", help="killed, injured, missing, hostages, detained or displaced"),
    ] = "killed",
    victims: VictimsOpt = None,
    source: SourceOpt = None,
    location: LocationOpt = None,
    scope: Annotated[ScopeOpt, typer.Option(help="cumulative, incident or all")] = ScopeOpt.cumulative,
    by: ByOpt = By.day,
    reading: ReadingOpt = Reading.stated,
) -> None:
    """Draw each source's figures over time, the same grid as `report`, as a PNG or SVG image.

    Needs matplotlib: pip install 'casualty[chart]'.

    Example: casualty chart --since 2024-07 --category killed --out killed.png
    """
    from .chart import chart_format, draw_chart
    from .report import collector_paused, pivot
    from .store import Store

    chart_format(out)
    f = _make_filter(since, until, category, victims, source, location, scope)
    with collector_paused(), Store(db_path(db), create=False) as store:  # the rows report reads
        rows = store.report_rows(f, reading.value, top_by=by.value)
        grid = pivot(rows, by=by.value)  # the reading was applied in SQL
    drawn = draw_chart(grid, out, f"{category} ({scope.value}), by {by.value}")
    say(f"{drawn} figure(s) from {len(grid.sources)} source(s) -> {out}")


# --- check ------------------------------------------------------------------------------
@app.command()
@boundary
def check(
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    category: Annotated[
        str | None,
        typer.Option(
            metavar="CATEGORY", help="Only killed, injured, missing, hostages, detained or displaced"
        ),
    ] = None,
    victims: VictimsOpt = None,
    source: SourceOpt = None,
    location: LocationOpt = None,
    scope: Annotated[ScopeOpt, typer.Option(help="cumulative, incident or all")] = ScopeOpt.cumulative,
    threshold: Annotated[
        float,
        typer.Option(
            metavar="PERCENT", help="Flag sources whose same-day figures differ by more than this percent"
        ),
    ] = 5.0,
    lag_days: Annotated[
        int,
        typer.Option(
            metavar="DAYS", help="Flag a figure the source had replaced more than this many days before"
        ),
    ] = 3,
    format: Annotated[Fmt, typer.Option("--format", "-f", help="Output format")] = Fmt.table,
) -> None:
    """Flag figures to look at twice, each with the article and sentence behind it.

    down: a source's running total of killed or injured went down (a revision
    or an error). Counts of people missing, held or displaced may fall and are
    not flagged.

    restart: such a total fell below half its highest (a new count).

    lag: a figure the source had replaced more than --lag-days before.

    disagree: sources differ by more than --threshold percent on the same day.

    inconsistent: one article gives two totals for one thing that cannot both
    be true.

    Example: casualty check --since 2024-07 --threshold 10 --format csv
    """
    from .checks import FLAG_COLUMNS, find_flags
    from .store import Store

    if threshold < 0:
        raise UsageError(f"--threshold {threshold:g}: give a percentage of 0 or more")
    if lag_days < 0:
        raise UsageError(f"--lag-days {lag_days}: give a number of days, 0 or more")
    f = _make_filter(since, until, category, victims, source, location, scope)
    with Store(db_path(db), create=False) as store:
        rows = store.claims(f)
    flags = [x.to_dict() for x in find_flags(rows, threshold=threshold, lag_days=lag_days)]
    kinds: dict[str, int] = {}
    for x in flags:
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    if format in (Fmt.table, Fmt.markdown):
        cols = ["kind", "date", "source", "category", "victims", "figure", "detail", "article", "sentence"]
        _render(flags, cols, format.value, f"{len(flags)} flag(s)")
    else:
        _render(flags, FLAG_COLUMNS, format.value)
    say(f"{len(flags)} flag(s)" + (": " + ", ".join(f"{n} {k}" for k, n in kinds.items()) if kinds else ""))


# --- reference --------------------------------------------------------------------------
reference_app = typer.Typer(
    rich_markup_mode=None,
    help="Official daily series to match news figures against: load one, compare claims with it.\n\n"
    'Example: casualty reference load moh.json --name moh --source "Gaza health ministry"',
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(reference_app, name="reference")


@reference_app.callback()
@boundary
def reference_list(
    ctx: typer.Context,
    db: DbOpt = None,
    format: Annotated[ClaimFmt, typer.Option("--format", "-f", help="Output format")] = ClaimFmt.table,
) -> None:
    """List the loaded reference series: name, source, figures, first and last date."""
    if ctx.invoked_subcommand is not None:
        return
    from .store import Store

    with Store(db_path(db), create=False) as store:
        rows = store.references()
    cols = ["name", "source", "figures", "categories", "first", "last", "origin", "loaded_at"]
    _render(rows, cols, format.value, f"{len(rows)} reference series")


@reference_app.command("load")
@boundary
def reference_load(
    file: Annotated[
        str,
        typer.Argument(
            help="A Tech for Palestine daily JSON file, or a CSV of date,category,figure; - for stdin"
        ),
    ],
    name: Annotated[
        str,
        typer.Option(metavar="NAME", help="The name to keep the series under (loading it again replaces it)"),
    ],
    source: Annotated[str, typer.Option(metavar="SOURCE", help="The source whose figures the series holds")],
    db: DbOpt = None,
) -> None:
    """Load an official daily series (killed_cum and injured_cum of the JSON; ext_* estimates are ignored).

    Example: casualty reference load data/reference/gaza_moh_2024.json --name moh --source "Gaza health ministry"
    """
    from .reference import canonical_source, read_series
    from .store import Store

    if not name.strip() or not source.strip():
        raise UsageError("--name and --source must not be empty")
    points = read_series(file)
    path = db_path(db)
    canonical = canonical_source(source.strip(), _source_table(None, path))
    with Store(path) as store:
        replaced = store.add_reference(name.strip(), canonical, [p.as_tuple() for p in points], origin=file)
    cats = ", ".join(sorted({p.category for p in points}))
    say(
        f"{'replaced' if replaced else 'loaded'} series {name.strip()!r} for {canonical}: {len(points)} figure(s) "
        f"({cats}) from {points[0].date} to {points[-1].date} -> {path}"
    )


@reference_app.command("compare")
@boundary
def reference_compare(
    name: Annotated[str, typer.Argument(help="The series name given to `reference load`")],
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    category: Annotated[str | None, typer.Option(metavar="CATEGORY", help="Only killed or injured")] = None,
    victims: VictimsOpt = None,
    format: Annotated[Fmt, typer.Option("--format", "-f", help="Output format")] = Fmt.table,
) -> None:
    """Match the stored running totals of the series' source to the series.

    For each claim: the series date whose figure equals it and the lag in days, or
    "no such figure in the series".

    Example: casualty reference compare moh --since 2024-07 --format csv
    """
    from .reference import MATCH_COLUMNS, compare_series, summarize
    from .store import Store

    f = _make_filter(since, until, category, victims, None, None, ScopeOpt.cumulative)
    with Store(db_path(db), create=False) as store:
        series, rows = compare_series(store, name, f)
    if format in (Fmt.table, Fmt.markdown):
        cols = [
            "date",
            "span",
            "category",
            "victims",
            "series_date",
            "lag_days",
            "series_figure",
            "match",
            "article",
        ]
        _render(rows, cols, format.value, f"{series['name']}: {series['source']}")
    else:
        _render(rows, MATCH_COLUMNS, format.value)
    say(summarize(rows))


# --- serve ------------------------------------------------------------------------------
@app.command()
@boundary
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(metavar="HOST", help="The address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", help="The port to listen on")] = 8001,
) -> None:
    """Browse the store in a web browser with Datasette (the optional `web` extra).

    Needs Datasette: pip install 'casualty[web]'.

    Tables: articles, claims (with full-text search over sentences), sources,
    reference_series, reference_figures; the view claims_with_articles joins
    each claim with its article's date, title and publisher.

    Example: casualty serve --db gaza.db --port 8001
    """
    import importlib.util
    import json
    import subprocess
    import tempfile
    from pathlib import Path

    from .store import Store, datasette_metadata

    if importlib.util.find_spec("datasette") is None:
        raise CasualtyError("casualty serve needs Datasette: pip install 'casualty[web]'")
    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: give a port from 1 to 65535")
    path = db_path(db)
    with Store(path, create=False):
        pass  # brings an older store up to date before Datasette reads it
    say(f"serving {path} at http://{host}:{port}/ (Ctrl-C stops)")
    with tempfile.TemporaryDirectory() as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(datasette_metadata(path)), encoding="utf-8")
        command = [sys.executable, "-m", "datasette", "serve", path, "--host", host, "--port", str(port)]
        code = subprocess.call([*command, "--metadata", str(metadata)])
    if code:
        raise typer.Exit(code)


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
    for alias, name in table.regional.items():
        shipped.setdefault(name, []).append(f"~{alias}")  # only where the story names the region
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

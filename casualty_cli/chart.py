"""Charts: the figures per source over time, for people who would rather look than read.

matplotlib is an optional extra (`pip install 'casualty[chart]'`) and is imported only when a
chart is drawn, so the rest of the tool starts fast without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import CasualtyError, UsageError
from .report import Grid, as_date

FORMATS = {".png": "png", ".svg": "svg"}


def chart_format(path: str) -> str:
    """The image format a file name asks for: png or svg."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(f"--out {path!r}: give a file name ending in .png or .svg")
    return fmt


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise CasualtyError("charts need matplotlib: pip install 'casualty[chart]'") from None
    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    return plt


def draw_chart(grid: Grid, out: str, title: str = "") -> int:
    """Draw each source's figures over time into `out` (.png or .svg); returns the points drawn."""
    fmt = chart_format(out)
    if not grid.rows:
        raise CasualtyError("no figures match these filters; nothing to draw")
    if not Path(out).resolve().parent.is_dir():
        raise UsageError(f"--out {out!r}: folder {Path(out).parent} does not exist")
    plt = _pyplot()
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.ticker import FuncFormatter

    fig, ax = plt.subplots(figsize=(10, 5.5), layout="constrained")
    drawn = 0
    try:
        for source in grid.sources:
            points = [(as_date(r["date"]), r[source]) for r in grid.rows if r.get(source) is not None]
            if not points:
                continue
            xs, ys = zip(*points, strict=True)
            ax.plot(xs, ys, marker="o", markersize=4, linewidth=1.5, label=f"{source} ({len(points)})")
            drawn += len(points)
        ax.set_title(title)
        ax.set_ylabel("people")
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
        ax.grid(True, alpha=0.3)
        ax.legend(title="source (figures)", fontsize="small")
        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        try:
            fig.savefig(out, format=fmt, dpi=120)
        except OSError as e:
            raise CasualtyError(f"{out}: cannot write the chart ({e.strerror or e})") from None
    finally:
        plt.close(fig)
    return drawn

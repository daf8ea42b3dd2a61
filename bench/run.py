"""`make bench`: how fast `casualty` takes in a news firehose, against what the issue asks.

For each corpus size N (env BENCH_SIZES, default "1000,10000,100000") it generates a
deterministic synthetic corpus (bench/corpus.py, kept under bench/out/ between runs) and
measures:

  extract     MB/s of extract() on one core, start-up excluded (a time budget, env
              BENCH_EXTRACT_SECONDS, default 120, bounds it on big corpora)
  ingest      `casualty ingest DIR` with all cores, wall time from start to exit
  baseline    the least any tool must do on the same files: read each, one `regex` scan
              for digits, batched inserts into SQLite; then the ingest/baseline ratio
  memory      peak RSS of the ingest: its largest process (wait4), and all its processes
              together (sampled from /proc)
  report      `casualty report` over the store the ingest built, and over a generated
              store of 1,000,000 claims
  start-up    `casualty --help`

and ends with each target of issue 6, met or not. Run: make bench, or
BENCH_SIZES=1000,10000 .venv/bin/python bench/run.py
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
BIN = Path(sys.executable).parent
CASUALTY = str(BIN / "casualty")
PY = sys.executable
sys.path.insert(0, str(HERE))

TARGETS = {
    "extract_mbs": 5.0,
    "ratio": 8.0,
    "report_1m": 0.5,
    "rss_mb": 250.0,
    "rss_growth": 1.20,
    "help": 0.3,
}


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def walk(folder: str) -> list[str]:
    out = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        out.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".txt"))
    return out


# --- helpers run in their own process ------------------------------------------------
def extract_rate(folder: str, budget: float) -> dict[str, float]:
    """extract() over the corpus on this one core; reading files and start-up not timed.

    CPU time, not wall time, so that other work on the machine does not count against it.
    """
    from casualty_cli.extractor import extract
    from casualty_cli.patterns import compile_twins
    from casualty_cli.sources import default_table

    table = default_table()
    compile_twins()  # start-up: the patterns' folded twins compile when first used
    extract("Warm-up: a strike killed 3 people, police said.", None, table)
    spent = quiet_spent = 0.0
    size = quiet_size = articles = claims = 0
    for path in walk(folder):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        t0 = time.process_time()
        found = len(extract(text, None, table))
        took = time.process_time() - t0
        nbytes = len(text.encode("utf-8"))
        spent += took
        claims += found
        size += nbytes
        articles += 1
        if not found:  # the share of the time that claims cost: articles without any
            quiet_spent += took
            quiet_size += nbytes
        if spent > budget:
            break
    return {
        "bytes": size, "articles": articles, "claims": claims, "seconds": spent,
        "quiet_bytes": quiet_size, "quiet_seconds": quiet_spent,
    }  # fmt: skip


def baseline(folder: str, db: str) -> dict[str, float]:
    """Read every file, one regex pass for digits, batched inserts: the floor for any tool."""
    import sqlite3

    import regex

    digits = regex.compile(r"\d+")
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE docs (name TEXT PRIMARY KEY, text TEXT, digits INTEGER)")
    batch: list[tuple[str, str, int]] = []
    found = 0

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO docs VALUES (?, ?, ?)", batch)
        conn.execute("COMMIT")
        batch.clear()

    for path in walk(folder):
        with open(path, "rb") as f:
            text = f.read().decode("utf-8")
        n = len(digits.findall(text))
        found += n
        batch.append((path, text, n))
        if len(batch) >= 500:
            flush()
    flush()
    conn.close()
    return {"digits": found}


# --- measuring from outside -------------------------------------------------------------
def _tree_rss(root: int) -> int:
    """RSS in bytes of a process and all its descendants, now."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(p for p, parent in parents.items() if parent == pid)
    return total


def run_measured(cmd: list[str], **kw: object) -> dict[str, float]:
    """Wall time, peak RSS of the largest process (wait4) and of the whole tree (sampled)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, **kw)  # type: ignore[call-overload]
    tree_peak = 0
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        tree_peak = max(tree_peak, _tree_rss(p.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0,):
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}")
    cpu = usage.ru_utime + usage.ru_stime  # with its workers, which it has reaped
    return {"seconds": wall, "cpu": cpu, "rss_max": usage.ru_maxrss * 1024, "rss_tree": tree_peak}


def helper(*args: str) -> dict[str, float]:
    r = subprocess.run([PY, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def best_of(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return times


def fresh(db: Path) -> str:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return str(db)


# --- a store of a million claims ----------------------------------------------------------
SOURCES = [
    "Gaza health ministry", "Israeli military", "UN OCHA", "WHO", "UNICEF", "Palestinian Red Crescent",
    "Gaza civil defence", "Ukrainian emergency service", "Ukraine interior ministry", "Kharkiv governor",
    "Syrian Observatory for Human Rights", "Sudan doctors' union", "UNHCR", "IOM", "ACLED", "Airwars",
    "Lebanese health ministry", "Hezbollah", "Haitian police", "Myanmar junta", "AAPP", "Red Cross",
    "MSF", "Save the Children", "Amnesty International", "Human Rights Watch", "Yemen health ministry",
    "Somali police", "Nigerian army", "Reuters tally",
]  # fmt: skip
CATEGORIES = ["killed"] * 45 + ["injured"] * 25 + ["missing"] * 7 + ["hostages"] * 5 + ["detained"] * 8
CATEGORIES += ["displaced"] * 10
VICTIMS = ["people"] * 6 + ["children", "women", "soldiers", "civilians", "journalists", "aid workers"]
QUALIFIERS = ["exact"] * 5 + ["at_least", "more_than", "about", "nearly"]
PLACES = ["Gaza", "Rafah", "Khan Younis", "Kharkiv", "Odesa", "Khartoum", "El Fasher", "Aleppo", None]


def million_store(path: Path, claims: int = 1_000_000) -> tuple[str, float]:
    """A store of `claims` synthetic claims over two years and 30 sources, built once and kept."""
    import datetime as dt

    from casualty_cli.store import Store

    stamp = Path(f"{path}.done")
    mark = f"{claims} 4"  # the schema version the store was built with
    if stamp.exists() and stamp.read_text() == mark and path.exists():
        return str(path), 0.0
    t0 = time.perf_counter()
    fresh(path)
    rng = random.Random(6)
    start = dt.date(2023, 10, 7)
    per_article = 10
    with Store(path) as store:
        conn = store.db.conn
        conn.execute("BEGIN")
        conn.executemany("INSERT OR IGNORE INTO sources (name) VALUES (?)", [(s,) for s in SOURCES])
        art_rows, claim_rows = [], []
        for a in range(claims // per_article):
            day = start + dt.timedelta(days=rng.randrange(730))
            aid = f"{a:064x}"
            art_rows.append((aid, f"synthetic/{a}.txt", day.isoformat(), "synthetic", "-", "1"))
            for seq in range(per_article):
                cat = rng.choice(CATEGORIES)
                cumulative = rng.random() < 0.4
                as_of = (day - dt.timedelta(days=rng.randrange(3))).isoformat()
                days = max((dt.date.fromisoformat(as_of) - start).days + 1, 1)
                figure = days * rng.randint(40, 60) if cumulative else rng.randint(1, 120)
                source = rng.choice(SOURCES) if rng.random() < 0.85 else None
                span = f"{figure:,}"
                sentence = f"The toll rose to {span} {cat}, {source or 'officials'} said on the day."
                claim_rows.append((
                    aid, seq, figure, None, rng.choice(QUALIFIERS), cat, rng.choice(VICTIMS), source,
                    source, as_of, "cumulative" if cumulative else "incident", rng.choice(PLACES),
                    span, 17, 17 + len(span), sentence,
                ))  # fmt: skip
            if len(claim_rows) >= 50_000:
                _insert_million_batch(conn, art_rows, claim_rows)
        _insert_million_batch(conn, art_rows, claim_rows)
        conn.execute("COMMIT")
        store.refresh_report()  # the claims went in with plain SQL: bring the report cells up to date
    stamp.write_text(mark)
    return str(path), time.perf_counter() - t0


def _insert_million_batch(conn: object, art_rows: list, claim_rows: list) -> None:
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO articles (id, name, date, publisher, text, extractor) VALUES (?, ?, ?, ?, ?, ?)",
        art_rows,
    )
    conn.executemany(  # type: ignore[attr-defined]
        "INSERT INTO claims (article_id, seq, figure, figure_high, qualifier, category, victims, source,"
        " source_text, as_of, scope, location, span, start, [end], sentence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        claim_rows,
    )
    art_rows.clear()
    claim_rows.clear()


# --- the run ----------------------------------------------------------------------------
def mb(n: float) -> str:
    return f"{n / 1e6:,.1f}"


def main() -> None:
    from corpus import write_corpus

    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",") if s.strip()]
    budget = float(os.environ.get("BENCH_EXTRACT_SECONDS", "120"))
    jobs = cores()
    OUT.mkdir(exist_ok=True)
    print(
        f"casualty bench: {jobs} cores, Python {sys.version.split()[0]}, sizes {sizes}, "
        f"load average {os.getloadavg()[0]:.2f} before the run",
        flush=True,
    )

    help_times = best_of([CASUALTY, "--help"], 7)
    rows: dict[int, dict[str, float]] = {}
    for n in sizes:
        folder = OUT / f"corpus-{n}"
        size, gen = write_corpus(n, folder)
        print(
            f"\n[{n:,} articles, {mb(size)} MB] corpus {f'generated in {gen:.1f} s' if gen else 'kept'}",
            flush=True,
        )
        ext = helper("--extract", str(folder), str(budget))
        r: dict[str, float] = {"n": n, "bytes": size, "extract_mbs": ext["bytes"] / ext["seconds"] / 1e6}
        r["extract_share"] = ext["articles"] / n
        quiet_mbs = ext["quiet_bytes"] / ext["quiet_seconds"] / 1e6 if ext["quiet_seconds"] else 0.0
        busy_s = ext["seconds"] - ext["quiet_seconds"]
        busy_mb = (ext["bytes"] - ext["quiet_bytes"]) / 1e6
        print(
            f"  extract   {r['extract_mbs']:.2f} MB/s on one core "
            f"({ext['articles']:,} articles, {ext['claims']:,} claims, {ext['seconds']:.1f} s); "
            f"{quiet_mbs:.2f} MB/s over the {mb(ext['quiet_bytes'])} MB of articles without claims, "
            f"{busy_mb / busy_s if busy_s else 0:.2f} MB/s over those with claims, "
            f"{busy_s / max(1, ext['claims']) * 1e3:.2f} ms per claim",
            flush=True,
        )
        base = run_measured(
            [PY, __file__, "--baseline", str(folder), fresh(OUT / f"baseline-{n}.db")],
            stdout=subprocess.DEVNULL,
        )
        r["baseline_s"] = base["seconds"]
        print(
            f"  baseline  {base['seconds']:.2f} s ({base['cpu']:.2f} s CPU), {size / base['seconds'] / 1e6:.1f} MB/s",
            flush=True,
        )
        db = fresh(OUT / f"ingest-{n}.db")
        ing = run_measured([CASUALTY, "ingest", str(folder), "--db", db, "--quiet"])
        r.update(
            ingest_s=ing["seconds"], rss_max=ing["rss_max"], rss_tree=ing["rss_tree"],
            ratio=ing["seconds"] / base["seconds"],
        )  # fmt: skip
        print(
            f"  ingest    {ing['seconds']:.2f} s ({ing['cpu']:.1f} s CPU), {n / ing['seconds']:,.0f} articles/s, "
            f"{size / ing['seconds'] / 1e6:.2f} MB/s ({r['ratio']:.1f}x baseline); peak RSS "
            f"{mb(ing['rss_max'])} MB largest process, {mb(ing['rss_tree'])} MB all processes",
            flush=True,
        )
        from casualty_cli.store import Store

        with Store(db, create=False) as s:
            r["claims"] = s.counts()["claims"]
        r["report_s"] = min(best_of([CASUALTY, "report", "--db", db], 3))
        r["report_csv_s"] = min(best_of([CASUALTY, "report", "--db", db, "--format", "csv"], 3))
        print(
            f"  report    {r['report_s']:.3f} s over {r['claims']:,} claims ({r['report_csv_s']:.3f} s as csv)",
            flush=True,
        )
        rows[n] = r

    big, built = million_store(OUT / "claims-1m.db")
    big_report = best_of([CASUALTY, "report", "--db", big], 3)
    big_csv = best_of([CASUALTY, "report", "--db", big, "--format", "csv"], 3)
    big_all = best_of(
        [CASUALTY, "report", "--db", big, "--scope", "all", "--by", "month", "--format", "csv"], 3
    )
    print(
        f"\n[1,000,000 claims] store {f'built in {built:.0f} s' if built else 'kept'}; report "
        f"{min(big_report):.3f} s (default: killed, cumulative, by day, as a table), "
        f"{min(big_csv):.3f} s as csv, {min(big_all):.3f} s (all scopes, by month, csv)"
    )
    print(
        f"[start-up] casualty --help: median {statistics.median(help_times):.3f} s, best {min(help_times):.3f} s"
    )

    # --- the table and the targets ---
    print("\n" + " " * 34 + "".join(f"{n:>14,}" for n in sizes))
    table = [
        ("corpus MB", lambda r: mb(r["bytes"])),
        ("extract MB/s, one core", lambda r: f"{r['extract_mbs']:.2f}"),
        ("ingest s, all cores", lambda r: f"{r['ingest_s']:.2f}"),
        ("ingest articles/s", lambda r: f"{r['n'] / r['ingest_s']:,.0f}"),
        ("ingest MB/s", lambda r: f"{r['bytes'] / r['ingest_s'] / 1e6:.2f}"),
        ("baseline s", lambda r: f"{r['baseline_s']:.2f}"),
        ("baseline MB/s", lambda r: f"{r['bytes'] / r['baseline_s'] / 1e6:.1f}"),
        ("ingest / baseline", lambda r: f"{r['ratio']:.1f}x"),
        ("peak RSS MB, largest process", lambda r: mb(r["rss_max"])),
        ("peak RSS MB, all processes", lambda r: mb(r["rss_tree"])),
        ("claims stored", lambda r: f"{r['claims']:,.0f}"),
        ("report s (table)", lambda r: f"{r['report_s']:.3f}"),
        ("report s (csv)", lambda r: f"{r['report_csv_s']:.3f}"),
    ]
    for label, cell in table:
        print(f"  {label:<32}" + "".join(f"{cell(rows[n]):>14}" for n in sizes))

    print(
        f"\nload average {os.getloadavg()[0]:.2f} at the end (other work on the machine slows the wall times)"
    )
    print("\nTargets (issue 6):")
    checks = []
    worst_ext = min(r["extract_mbs"] for r in rows.values())
    checks.append(
        (f"extraction >= {TARGETS['extract_mbs']} MB/s on one core", worst_ext >= 5, f"{worst_ext:.2f} MB/s")
    )
    worst_ratio = max(r["ratio"] for r in rows.values())
    checks.append(
        (f"ingest within {TARGETS['ratio']:.0f}x baseline", worst_ratio <= 8, f"{worst_ratio:.1f}x")
    )
    checks.append(
        (
            f"report < {TARGETS['report_1m']} s on 1M claims",
            min(big_report) < 0.5,
            f"{min(big_report):.3f} s as a table, {min(big_csv):.3f} s as csv",
        )
    )
    top = max(sizes)
    peak = rows[top]["rss_max"] / 1e6
    checks.append((f"peak memory <= {TARGETS['rss_mb']:.0f} MB at {top:,}", peak <= 250, f"{peak:.0f} MB"))
    if 10000 in rows and top > 10000:
        growth = rows[top]["rss_max"] / rows[10000]["rss_max"]
        checks.append((f"memory at {top:,} <= 1.2 x at 10,000", growth <= 1.2, f"{growth:.2f}x"))
    med = statistics.median(help_times)
    checks.append((f"casualty --help < {TARGETS['help']} s", med < 0.3, f"{med:.3f} s median"))
    for label, ok, value in checks:
        print(f"  [{'met' if ok else 'NOT MET':>7}] {label}: {value}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--extract":
        print(json.dumps(extract_rate(sys.argv[2], float(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--baseline":
        print(json.dumps(baseline(sys.argv[2], sys.argv[3])))
    else:
        main()

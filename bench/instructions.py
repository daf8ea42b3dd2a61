"""One pass of extract() over the first N articles of a corpus, for counting instructions.

Wall-clock times on a shared machine move by a third from one hour to the next; the number of
instructions a change costs does not. Run it under callgrind and read the "Collected" line:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/instructions.py bench/out/corpus-1000 200

(The count includes start-up; compare two revisions with the same N.)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import walk

from casualty_cli.extractor import extract
from casualty_cli.sources import default_table


def main() -> None:
    folder, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200
    table = default_table()
    texts = [Path(p).read_text(encoding="utf-8") for p in walk(folder)[:n]]
    claims = sum(len(extract(t, None, table)) for t in texts)
    print(f"{len(texts)} articles, {claims} claims", file=sys.stderr)


if __name__ == "__main__":
    main()

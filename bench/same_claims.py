"""Whether a change to the extractor changes what it extracts: run extract() at a git revision
and on the working tree over the same texts, and show the claims that differ.

A speed change should show none. The texts: the bench corpus (if generated), the samples,
the fixture articles, the sentence table, and the devset texts and seed when present.

Usage: .venv/bin/python bench/same_claims.py [REV]   (REV defaults to HEAD)
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    "bench/out/corpus-1000",
    "data/samples",
    "tests/data/store_v1_articles",
    ".devset/texts",
    "../shared/seeds",
]

CHILD = r"""
import json, os, sys
sys.path.insert(0, os.path.join(sys.argv[2], "tests"))  # one case table for both
from casualty_cli.extractor import extract
from sentence_cases import CASES
root, folders = sys.argv[2], json.loads(sys.argv[3])
texts = []
for folder in folders:
    for r, dirs, names in sorted(os.walk(os.path.join(root, folder))):
        dirs.sort()
        texts += [(os.path.join(r, n), None) for n in sorted(names) if n.endswith(".txt")]
for path, _ in texts:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for c in extract(text, "2024-07-16"):
        print(json.dumps({"text": os.path.relpath(path, root), **c.to_dict()}, ensure_ascii=False))
for case in CASES:
    for c in extract(case.text, case.date):
        print(json.dumps({"text": "case:" + case.id, **c.to_dict()}, ensure_ascii=False))
"""


def claims_at(code: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    args = [sys.executable, "-c", CHILD, str(code), str(ROOT), json.dumps(FOLDERS)]
    # Run from inside the code so that it, not the checkout the command started in, is imported.
    return subprocess.run(
        args, env=env, cwd=code, capture_output=True, text=True, check=True
    ).stdout.splitlines()


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "rev"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), rev], check=True
        )
        try:
            before = claims_at(tree)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    after = claims_at(ROOT)
    if before == after:
        print(f"same claims at {rev} and in the working tree: {len(after):,}")
        return 0
    sys.stdout.writelines(
        difflib.unified_diff([b + "\n" for b in before], [a + "\n" for a in after], rev, "working tree")
    )
    print(f"{len(before):,} claims at {rev}, {len(after):,} in the working tree", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

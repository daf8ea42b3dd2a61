"""casualty: find casualty claims in news text, store them, compare sources over time.

The public API is loaded on first use, so that `casualty --help` starts fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
# Stored with each article; `casualty reextract` re-applies a newer extractor.
EXTRACTOR_VERSION = "1"

_API = {
    "extract": "extractor",
    "parse_article": "article",
    "read_article": "article",
    "Article": "models",
    "Claim": "models",
    "Category": "models",
    "Qualifier": "models",
    "Scope": "models",
    "Store": "store",
    "ClaimFilter": "store",
    "pivot": "report",
    "SourceTable": "sources",
}

__all__ = [*_API, "__version__", "EXTRACTOR_VERSION"]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

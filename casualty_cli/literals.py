"""Alternations of literal words, written for the engines' speed."""

from __future__ import annotations

import re


def trie(words: list[str], space: str = r"\s+") -> str:
    """One alternation of literal words, factored by shared prefixes ("kill|kidnap" ->
    "ki(?:ll|dnap)"), so that the engine tries a few branches at each position instead of
    every word. A space in a word matches `space`: by default any run of white space."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [
            (space if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)

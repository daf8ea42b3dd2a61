"""The source table: canonical names of the bodies figures are attributed to, and their aliases.

The table is data (`data/sources.csv`, extended by the user's own file and by aliases kept
in the store); nothing here names a source.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from .literals import trie

# Generic heads and the words that mean the same kind of body: "the army" may refer back
# to a source named "Israeli military".
KINDS = [
    {"ministry"},
    {"army", "military", "forces", "idf", "troops", "defence", "defense"},
    {"police", "policeman", "policemen", "cops"},
    {"observatory", "monitor", "monitoring"},
    {"agency", "office", "un", "mission"},
    {"officials", "official", "authorities", "authority", "administration"},
    # "the government" is a state's: not "UN officials", named before it
    {"government", "administration"},
    {"civil", "rescuers", "rescue", "emergency"},
    {"hospital", "doctors", "medics", "medical"},
    {"health"},  # (no hospital: "the hospital said" is not the health ministry's)
    {"governor", "governor's"},
    {"mayor"},
    {"group", "organisation", "organization", "ngo", "groups", "organisations", "organizations", "ngos"},
    {"spokesman", "spokeswoman", "spokesperson"},
]


_WHO_ACRONYM = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?WHO(?![\w-])")


def normalize(text: str) -> str:
    """Lower case, curly quotes straightened, possessives dropped, white space folded.

    "the UN’s refugee agency" and "Gaza's health ministry" then meet their aliases.
    """
    if len(text) <= _SHORT:
        return _normalize_phrase(text)
    return _normalize(text)


_SHORT = 160  # a phrase (a source's words), remembered: the same few come again and again


@lru_cache(maxsize=8192)
def _normalize_phrase(text: str) -> str:
    return _normalize(text)


def _straighten(text: str) -> str:
    """Curly single quotes made straight, as normalize reads them."""
    return text.replace("’", "'").replace("‘", "'")


def _normalize(text: str) -> str:
    t = _straighten(text.lower()).replace("'s ", " ")
    if t.endswith("'s"):
        t = t[:-2]
    return " ".join(t.split())


_WHITE_RUN = re.compile(r"\s+")  # what str.split() splits on
_POSSESSIVE_S = re.compile("'s ")


class NormalizedOffsets:
    """Where an offset into a text falls in its normalised form: `offsets(i)` is
    len(normalize(text[:i] + "x")) - 1, counted from the text's white space runs and its "'s "
    (normalize drops those two letters and folds each run into one space, the first run away),
    without normalising the text before `i` at each call."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.exact = len(low) == len(text)  # else ("İ" lower-cased is two characters) count each time
        q = _straighten(low)
        runs = [m.span() for m in _WHITE_RUN.finditer(q)] if self.exact else []
        self.possessive = [m.start() for m in _POSSESSIVE_S.finditer(q)] if self.exact else []
        owned = set(self.possessive)
        self.starts = [a for a, _ in runs]
        self.ends = [b for _, b in runs]
        self.white = [0]  # white space characters in the runs before each run
        self.folded = [0]  # runs before each run that stay a space after normalize
        for a, b in runs:
            self.white.append(self.white[-1] + b - a)
            # a run after a dropped "'s" follows what stood before the "'s" (one run with the
            # space before it, or none at the start); otherwise it follows a letter, unless first
            after = a - 3 if a - 2 in owned else a - 1
            self.folded.append(self.folded[-1] + (after >= 0 and not q[after].isspace()))

    def __call__(self, i: int) -> int:
        if not self.exact:
            return len(normalize(self.text[:i] + "x")) - 1
        j = bisect_left(self.starts, i)  # runs starting before i
        white = self.white[j]
        if j and self.ends[j - 1] > i:
            white -= self.ends[j - 1] - i  # the last run goes on past i
        dropped = bisect_right(self.possessive, i - 3)  # each "'s " wholly before i loses two letters
        return i - white - 2 * dropped + self.folded[j]


def _kinds_of(words: Iterable[str]) -> set[int]:
    ws = {w.strip(".'’") for w in words}
    if "civil" in ws:  # "civil defence" is a rescue service, not an army
        ws -= {"defence", "defense"}
    return {i for i, kind in enumerate(KINDS) if ws & kind}


ALIAS_CACHE = 50_000  # phrases remembered by lookup_alias; the cache starts again when full


@dataclass
class SourceTable:
    """Aliases -> canonical names, with each name's region (its usual location)."""

    aliases: dict[str, str] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)
    # Aliases written "~civil defence agency": generic words that name this body only in a
    # story that names its region ("Gaza"); elsewhere they are some other country's.
    regional: dict[str, str] = field(default_factory=dict)
    _pattern: regex.Pattern[str] | None = field(default=None, repr=False)
    _mention_pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _words: dict[str, set[str]] = field(default_factory=dict, repr=False)
    # lookup_alias by phrase: a firehose names the same few bodies in the same words
    # ("the health ministry said") thousands of times.
    _alias_cache: dict[str, tuple[str, str] | None] = field(default_factory=dict, repr=False)

    @classmethod
    def from_csv(cls, text: str) -> SourceTable:
        table = cls()
        table.extend_csv(text)
        return table

    def extend_csv(self, text: str) -> None:
        """Rows of `canonical,region,aliases` (aliases separated by |)."""
        for row in csv.DictReader(io.StringIO(text)):
            canonical = (row.get("canonical") or "").strip()
            if not canonical:
                continue
            if row.get("region"):
                self.regions[canonical] = row["region"].strip()
            for alias in (row.get("aliases") or "").split("|"):
                if alias.strip().startswith("~"):
                    self.regional[normalize(alias.strip()[1:])] = canonical
                else:
                    self.add(alias, canonical)
            self.add(canonical, canonical)

    def add(self, alias: str, canonical: str) -> None:
        alias = normalize(alias)
        if alias:
            self.aliases[alias] = canonical
            self._pattern = self._mention_pattern = None
            self._words.clear()
            self._alias_cache.clear()

    @property
    def canonical_names(self) -> list[str]:
        return sorted(set(self.aliases.values()))

    def _compiled(self) -> regex.Pattern[str]:
        if self._pattern is None:
            names = sorted(self.aliases, key=len, reverse=True)
            self._pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:\L<names>)(?![\p{L}\p{N}])", names=names)
        return self._pattern

    def lookup(self, text: str) -> str | None:
        """The canonical name of the longest alias inside `text`, or None."""
        found = self.lookup_alias(text)
        return found[0] if found else None

    def lookup_alias(self, text: str) -> tuple[str, str] | None:
        """The canonical name and the alias that found it, for the longest alias in `text`."""
        try:
            return self._alias_cache[text]
        except KeyError:
            pass
        if len(self._alias_cache) >= ALIAS_CACHE:
            self._alias_cache.clear()
        found = self._alias_cache[text] = self._lookup_alias(text)
        return found

    def _lookup_alias(self, text: str) -> tuple[str, str] | None:
        if "WHO" in text:  # the acronym in capitals, which "who" written small is not
            text = _WHO_ACRONYM.sub("the WHO", text)
        norm = normalize(text)
        if norm in self.aliases:
            return self.aliases[norm], norm
        best = None
        for m in self._compiled().finditer(norm, overlapped=True):
            if best is None or len(m.group()) > len(best):
                best = m.group()
        return (self.aliases[best], best) if best else None

    def regional_lookup(self, phrase: str, text: str) -> str | None:
        """The body a regional alias names, when `text` names the body's region."""
        norm = normalize(phrase)
        canonical = self.regional.get(norm[4:] if norm.startswith("the ") else norm)
        region = self.regions.get(canonical or "")
        if canonical is None or not region:
            return None
        return canonical if re.search(rf"(?<![^\W_]){re.escape(region)}(?![^\W_])", text) else None

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """Positions of the named (non-generic) sources the text mentions, in order.

        Used to resolve "the ministry" to the ministry named earlier (or, in a headline,
        later). Offsets are into the normalised text, which keeps the order.
        """
        if not self.aliases:
            return []
        if self._mention_pattern is None:
            # The aliases as one trie for the standard engine, several times faster over a
            # whole article than the `regex` named list; at each place the longest alias that
            # ends at a word's end. [^\W_] is a letter or a digit.
            self._mention_pattern = re.compile(rf"(?<![^\W_])(?:{trie(list(self.aliases))})(?![^\W_])")
        return [(m.start(), self.aliases[m.group()]) for m in self._mention_pattern.finditer(normalize(text))]

    def words(self, canonical: str) -> set[str]:
        """Every word of a canonical name and of its aliases."""
        cached = self._words.get(canonical)
        if cached is None:
            cached = set(normalize(canonical).split())
            for alias, name in self.aliases.items():
                if name == canonical:
                    cached.update(alias.split())
            self._words[canonical] = cached
        return cached

    def kinds(self, canonical: str) -> set[int]:
        return _kinds_of(self.words(canonical))


@lru_cache(maxsize=4096)
def generic_kinds(np: str) -> frozenset[int]:
    """The kinds a generic phrase ("the ministry", "officials") may refer back to."""
    return frozenset(_kinds_of(normalize(np).split()))


def default_table_path() -> Path:
    """The shipped table: in the package when installed, in the checkout's data/ otherwise."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "sources.csv", here.parent / "data" / "sources.csv"):
        if candidate.exists():
            return candidate
    return here / "sources.csv"


_DEFAULT: SourceTable | None = None


def default_table() -> SourceTable:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = SourceTable.from_csv(default_table_path().read_text(encoding="utf-8"))
    return _DEFAULT

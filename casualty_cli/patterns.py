"""Every compiled regular expression, built from the lexicon by name and compiled once.

The `regex` module is used for named lists (`\\L<name>`), Unicode classes and
variable-width look-behind. Patterns avoid nested unbounded repeats so that no input
can make them backtrack badly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeAlias

import regex

from . import lexicon as lx
from .literals import first_chars
from .literals import trie as _trie


def _words(items: object) -> list[str]:
    """Longest first, so that a named list prefers "at least" to "at"."""
    return sorted({str(w) for w in items}, key=len, reverse=True)  # type: ignore[attr-defined]


Pattern: TypeAlias = "regex.Pattern[str] | re.Pattern[str]"

# Syntax only `regex` reads: Unicode properties (but letters and numbers, below), look-behind
# of varying width (re refuses it at compile time), and the like. A pattern with none of it
# runs on the standard engine.
_REGEX_ONLY = re.compile(r"\\[pPXmMGKN]|\(\?[rV|]|\(\?>|[*+?}]\+")
_NAMED_LIST = re.compile(r"\\L<(\w+)>")
# an escape, or a character class with its escapes (read in turn, "\[" is no class)
_CLASS = re.compile(r"\\.|(?P<cls>\[\^?\]?(?:[^\\\]]|\\.)*\])")
_LETTER = r"[^\W\d_]"  # \p{L} for re: word characters less digits and the underscore
_ALNUM = r"[^\W_]"  # \p{L}\p{N}
# Each pattern compiled with `re`, with the source and lists `regex` would have compiled:
# tests/test_engines.py holds the two engines to the same matches.
STANDARD: list[tuple[re.Pattern[str], str, dict[str, list[str]]]] = []


def _compile(pattern: str, **lists: list[str]) -> Pattern:
    """A case-blind, verbose pattern. Named lists (`\\L<name>`) become tries, and a pattern
    that needs nothing else of `regex` is compiled with the standard `re`, which runs these
    alternations about three times faster (FIGURE over the bench corpus's candidate
    sentences: 155 ms with `regex`, 53 ms with `re`).

    The two engines disagree on a few rare characters, which news text seldom holds (none of
    the 40 devset articles does): `re` counts superscript and fraction digits ("²", "½") as
    word characters and letters, and combining marks as neither, where `regex` does the
    opposite; and `re` counts U+001C-U+001F as white space.
    """
    standard = _standard(pattern, lists)
    if standard is not None:
        STANDARD.append((standard, pattern, lists))
        return standard
    return _regex(pattern, **lists)


def _gated(source: str) -> re.Pattern[str]:
    """A plain `re` pattern behind the look-ahead of its first characters (see first_chars)."""
    gate = first_chars(source, 0)
    return re.compile(f"(?={gate})(?:{source})" if gate else source)


def _regex(pattern: str, **lists: list[str]) -> regex.Pattern[str]:
    """A pattern that `regex` alone can run: read with its overlapped searches."""
    return regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE | regex.V0, **lists)


def _standard(pattern: str, lists: dict[str, list[str]]) -> re.Pattern[str] | None:
    source = _CLASS.sub(_standard_class, pattern).replace(r"\p{L}", _LETTER)
    if _REGEX_ONLY.search(source):
        return None
    flags = re.VERBOSE | re.IGNORECASE
    # The characters a match can begin with, read with each named list standing as the class
    # of its words' first letters (parsing the whole tries would double the import time).
    gate = first_chars(_NAMED_LIST.sub(lambda m: _initials(lists[m[1]]), source), flags)
    # as `regex` reads a named list: each word literally, its space one space
    source = _NAMED_LIST.sub(lambda m: "(?:" + _trie(_words(lists[m[1]]), space=r"\ ") + ")", source)
    try:
        return re.compile(f"(?={gate})(?:{source}\n)" if gate else source, flags)
    except re.error:  # a look-behind of varying width
        return None


# --- case folding: patterns on folded text -----------------------------------------------
# `re` with IGNORECASE lower-cases each character it compares: on these patterns two to three
# times slower than the same pattern without it over lower-cased text (WAR_CONTEXT over the
# bench corpus: 259 ms against 105 ms). The extractor so folds an article once (fold) and runs
# each pattern's FOLDED twin on it. tests/test_engines.py holds every twin to its pattern.
try:  # the characters IGNORECASE takes as the same beyond lower case: "ſ" is "s", "ı" is "i"
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]

    _CASE_CLASSES = [(c, *extra) for c, extra in _EXTRA_CASES.items()]
except ImportError:  # pragma: no cover - Python 3.10
    from sre_compile import _equivalences  # type: ignore[attr-defined]

    _CASE_CLASSES = [tuple(e) for e in _equivalences]
# The patterns' letters are ASCII (tests/test_engines.py): of those classes only the ones of an
# ASCII letter matter, "ı" and "ſ".
_FOLD = {c: min(cls) for cls in _CASE_CLASSES for c in cls if c != min(cls) and min(cls) < 128}
_FOLD_CHARS = [chr(c) for c in _FOLD]


def fold(text: str) -> str:
    """`text` as IGNORECASE compares it to the patterns, with its offsets: each character
    lower-cased alone ("İ" to "i", not two characters), and "ı" and "ſ" made "i" and "s"."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[0] for c in text)
    if any(c in low for c in _FOLD_CHARS):
        low = low.translate(_FOLD)
    return low


def _folded_source(source: str) -> str:
    """A pattern's source with its letters lower-cased, escapes (\\b, \\S, \\W) and named
    groups' "(?P" kept."""
    return _SOURCE_PARTS.sub(lambda m: m.group() if m["kept"] else m.group().lower(), source)


_SOURCE_PARTS = re.compile(r"(?P<kept>\\.|\(\?P)|.", re.S)


def first_char_set(pattern: re.Pattern[str]) -> frozenset[str]:
    """The characters up to U+3000 a match of `pattern` can begin with (its first_chars gate); a
    pattern that may begin with any character gives them all."""
    gate = first_chars(pattern.pattern, pattern.flags)
    chars = map(chr, range(0x3001))
    if gate is None:
        return frozenset(chars)
    test = re.compile(gate, pattern.flags)
    return frozenset(c for c in chars if test.match(c))


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern for folded text: its letters lower case, without IGNORECASE."""
    return re.compile(_folded_source(pattern.pattern), pattern.flags & ~re.IGNORECASE)


class _FoldedTwins:
    """`FOLDED.TRAP_BEFORE`: the twin of a pattern run on the standard engine, compiled when
    first asked for (then an attribute like any other)."""

    def __getattr__(self, name: str) -> re.Pattern[str]:
        pattern = globals().get(name)
        if not any(pattern is p for p, _, _ in STANDARD):
            raise AttributeError(f"{name} is no pattern of the standard engine")
        twin = folded_twin(pattern)  # type: ignore[arg-type]
        setattr(self, name, twin)
        return twin


FOLDED = _FoldedTwins()


def compile_twins() -> None:
    """Compile every FOLDED twin now (some 90 ms): before worker processes are forked, so that
    they share them, and before a benchmark's clock starts."""
    for name, value in list(globals().items()):
        if any(value is p for p, _, _ in STANDARD):
            getattr(FOLDED, name)


def _initials(words: list[str]) -> str:
    initials = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return f"(?:[{initials}]){'?' if '' in words else ''}" if initials else "(?:)"


def _standard_class(m: re.Match[str]) -> str:
    """A class holding \\p{L} or \\p{L}\\p{N}, as one `re` can read: "[\\p{L}’'-]" becomes
    "(?:[^\\W\\d_]|[’'-])". Other properties, and negated classes, are left for `regex`."""
    cls = m.group()
    if not m["cls"] or r"\p" not in cls or cls.startswith("[^"):
        return cls
    body = cls[1:-1]
    base = _ALNUM if r"\p{L}" in body and r"\p{N}" in body else _LETTER
    rest = (
        body.replace(r"\p{L}", "", 1).replace(r"\p{N}", "", 1)
        if base == _ALNUM
        else body.replace(r"\p{L}", "", 1)
    )
    if r"\p" in rest:
        return cls
    return f"(?:{base}|[{rest}])" if rest else base


# --- numbers ---------------------------------------------------------------------
_NUMBER_WORDS = _words([*lx.UNITS, *lx.TENS, *lx.MULTIPLIERS])
_VAGUE = _words(lx.VAGUE)
_DOZEN = _words(lx.DOZEN)
_QUALIFIERS = _words(w for ws in lx.QUALIFIERS.values() for w in ws)

# One numeral: grouped thousands ("38,584", "38.584", "38 584", "٣٨٬٥٨٤"), or a plain or
# decimal number ("90", "1.2"), with an optional scale ("million", "m").
_DIGITS = r"""
    (?:\d{1,3}(?:(?:,|\.|\u066c|\u202f|\u00a0|\u2009|\x20(?=\d{3}(?!\d))|,\x20(?=000(?!\d)))\d{3})+(?![\d])
      |\d+(?:[.,\u066b]\d+)?)
    (?:\s?(?:million|billion|thousand|mn|bn|mln|m|k)\b)?
"""
# Spelled numbers: "twenty-four", "one hundred and twenty", "1.2 million" is above.
_WORDNUM = r"""
    (?:\L<numwords>|a(?=\s+(?:hundred|thousand|million)))
    (?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+(?=\L<numwords>))\L<numwords>)*
"""  # "and" joins a scale to what follows it ("one hundred and five"), never two counts ("four and one")
_ONE_NUMBER = rf"""
    (?:\L<dozen>\b|{_DIGITS}|\b{_WORDNUM}\b)
"""

# A figure as written, with its qualifier: "at least 38,584", "between 20 and 30",
# "dozens", "20-30". Group names are read by numbers.parse_figure.
FIGURE = _compile(
    rf"""
    (?<!\d:)(?:(?<![\w.,\u066b\u066c-])|(?<=[^\W\d_]\.)(?=[^\W\d_])|(?<=\s-)(?=[^\W\d_])  # a word after "Monday." lost its space; " -At least 18"
       # a dateline glued by a hyphen: "ISLAMABAD-At least 54"
       |(?<=[^\W\d_]{{3}}-)(?=(?:at\s+least|some|more\s+than|about|nearly|around|over|up\s+to|as\s+many\s+as)\s))
    (?:(?P<qual>\L<qualifiers>)\s+(?P<added>(?:another|an\s+additional|a\s+further)\s+)?)?  # "at least another 34"
    (?:
        (?:between|from)\s+(?P<lo>{_ONE_NUMBER})\s+(?:and|to)\s+(?P<hi>{_ONE_NUMBER})
      | (?P<lo2>{_DIGITS})(?:\s?(?:-|–|—|to)\s?|\s+or\s+)(?P<hi2>{_DIGITS})  # "16 or 17 people": a range
      | (?P<half>(?:a\s+)?half\s+(?:a\s+)?(?:million|billion|thousand|hundred))\b  # "half a million", "a half million"
      | (?P<part>(?:a|one|two|three)?\s*(?:quarters?|thirds?)\s+of\s+a\s+(?:million|billion))\b  # "a quarter of a million", "three quarters of a million"
      | (?P<lo3>\b{_WORDNUM}\b)\s+(?:to|or)\s+(?P<hi3>\b{_WORDNUM}\b)  # "two or three people": a range
      | (?P<vague>\L<vague>)\b
      | (?P<num>{_ONE_NUMBER})(?P<plus>\+(?![\d+]))?  # "180+ killed": more than 180
    )
    (?![\w\u066c]|:\d)  # no hour of a clock's "9:30" (nor its minute: the look-behind above)
    """,
    qualifiers=_QUALIFIERS,
    vague=_VAGUE,
    dozen=_DOZEN,
    numwords=_NUMBER_WORDS,
)
QUALIFIER_VALUE = {w.lower(): q for q, ws in lx.QUALIFIERS.items() for w in ws}
NOT_QUALIFIER_BEFORE = {
    qual: _compile(r"\b(?:\L<w>)\s+$", w=_words(words)) for qual, words in lx.NOT_QUALIFIER_AFTER.items()
}
# "Zelensky estimated 180,000 deaths", "which had estimated 20,000": a word before "estimated" makes
# it the verb, but for "an", "the", a preposition or a conjunction ("killing an estimated 500")
NOT_QUALIFIER_BEFORE["estimated"] = _compile(
    # (but "It's estimated 4,340 were killed", "is estimated at": an estimate)
    r"(?<![\p{L}’'-])(?!(?:an|the|some|of|at|with|to|by|for|from|and|or|but|nearly|about|around|up|is|was|are|were|be|been|"
    r"it['’]s|that['’]s)(?![\p{L}’'-]))[\p{L}’'-]+\s+$"
    # "The survey, published in 2006, estimated 654,965": the verb after its subject's aside
    r"|\d,\s+$"
)

# A threshold passed: "has [passed the] 40,000 [mark]" (not "passed the 3 injured children")
PASSED_THE_BEFORE = _compile(r"\b(?:passed|surpassed|crossed|exceeded|topped|past)\s+the\s+$")
MARK_AFTER = _compile(r"(?:\s+[\p{L}-]+){0,2}?\s+(?:mark|threshold|milestone|level|figure)\b")
# An estimate's word right after the count, before its harm: "43,000 [estimated] dead", "3,000
# [estimated] deaths"
ESTIMATED_AFTER = _compile(
    r"\s+(?:estimated\s+(?:dead|deaths|killed|fatalities|victims)|(?:dead|deaths|fatalities)\s+estimated)\b"
)
# "the slayings [of] four or more people", "shootings [in which] four or more were hit": a
# threshold that defines a kind of event, no count
THRESHOLD_BEFORE = _compile(r"\b(?:of|involving|with|where|which|when|as|kill|kills|injure|injures)\s+$")
# Parts of a numeral, for numbers.parse_number.
DIGIT_SCALE = _compile(
    r"^(?P<int>[\d,.\u066b\u066c\u202f\u00a0\u2009 ]+?)\s?(?P<scale>million|billion|thousand|mn|bn|mln|m|k)?$"
)
WORD_TOKEN = regex.compile(r"[a-z]+")

# --- traps: numbers that are not counts of people --------------------------------------
_NON_PERSON = _words(lx.NON_PERSON_NOUNS)
NON_PERSON_WORDS = frozenset(w for w in lx.NON_PERSON_NOUNS if " " not in w)
TRAP_AFTER = _compile(
    r"""
    ^(?:
        \s?-\s?(?:year|yr|month|week|day|hour|minute|second|storey|story|floor|member|
                   strong|man|person|vehicle|car|kilometre|kilometer|km|mile|metre|meter|
                   foot|inch|ton|tonne|point|page|bed|room|seat|lane|mm|cm)s?\b
      | \s?(?:year|yr|month|week|day|hour|minute|second|storey|floor|kilometre|kilometer|
              km|mile|metre|meter|foot|feet|inch|ton|tonne|mm|cm)s?\b(?!-(?!olds?\b))  # (not "six day-trippers"; but "15 year-old")
      | -(?!odd\b)[\p{L}]
      | -\s+(?:and|or|to)\s*(?:$|\d{1,3}-|[a-z]+-)  # "18- and 36-year-old men", "two- and three-storey": a compound's first part
      | \s?(?:%|percent\b|per\s+cent\b|pc\b|pct\b)
      | \s?(?:\u00b0|degrees?\b)  # "45 °C (113 °F)": a temperature
      | (?:st|nd|rd|th)\b
      | \s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|h\b|local\s+time)
      | [:/]\d
      | \s?(?:(?:additional|more|other|separate|further)\s+)?(?:\L<nonperson>)\b  # "78 additional mass killings"
      | \s+(?:of\s+the\s+)?(?:january|february|march|april|may|june|july|august|september|
                          october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|
                          nov|dec)\b\.?(?!\s+(?:people|civilians))
      | \s+(?:times|x)\b
      # "two deaths per 100,000 arrests": a rate
      # "four indirect deaths per one direct death", "5 million deaths per month"
      | (?:\s+[\p{L}-]+){1,2}\s+(?:per|for\s+every)\s+(?:\d|one\b|a\b|every\b|each\b|$|(?:day|week|month|year|hour|minute|capita)\b)
      | \s+or\s+more\b  # "the slayings of four or more people": a threshold, no count
      | \s+(?:dollars|euros|pounds|shekels|rupees|yuan|yen|naira|usd|eur)\b
      | \s+(?:of\s+(?:the\s+)?(?:\L<nonperson>))\b
      | \s+(?:another|each\s+other|on\s+one)\b
      # "the toll has risen to 35, [two] government sources said": who told, no count of harm
      | \s+(?:(?!(?:who|whom|that|which)\b)[\p{L}-]+\s+){0,2}?(?:officials|sources|witnesses|diplomats|residents|doctors|medics|activists|
              analysts|lawmakers|experts|spokesmen|spokespeople)\s+(?:said|say|says|told|added|confirmed)\b
      # a proportion: "nine out of 10 people", "one in four residents", "one in every five"
      | \s+(?:out\s+of\s+(?:every\s+)?(?:10|100|1,000|ten|a\s+hundred)\b
              |in\s+(?:every\s+)?(?:10|100|1,000|ten|a\s+hundred|two|three|four|five|six|seven|eight|nine)
               (?=\s*(?:[,.;:)]|$)|\s+(?:\L<victims>)\b))
    )
    """,
    nonperson=_NON_PERSON,
    victims=_words([*lx.VICTIM_NOUNS, *lx.SINGULAR_VICTIMS]),
)
# "the dead were women and children [and another] 37 people were injured", "Most of those killed
# were students [and around] 50 more": a count that opens a clause of its own after "and"
NEW_CLAUSE_BEFORE = _compile(
    # "the death toll stands at 180,000[, with up to] 450,000 wounded"
    r"(?:\w\s+(?:and|but|while|whereas)|,\s*with)\s+(?:(?:another|an\s+additional|a\s+further|other|(?:\L<qualifiers>))\s+)?$",
    qualifiers=_QUALIFIERS,
)
# "The number of casualties increased to seven[, two of whom were killed]": a total of the dead and
# the hurt, whose dead the words after it count
OF_WHOM_KILLED_AFTER = _compile(
    r"[^.;]{0,60}?,\s*(?:\w+)\s+of\s+(?:whom|them)\s+(?:(?:were|was|have|had)\s+(?:been\s+)?)?(?:killed|died|dead)\b"
)
# "89 [active cases of missing persons]", "82 [cases of enforced disappearance]", "13 more [cases of
# abductions]": a count of cases, each a person missing or taken (not a disease's cases)
CASES_OF_HARM_AFTER = _compile(
    r"\s+(?:more\s+|new\s+|active\s+|open\s+|reported\s+|documented\s+)*cases\s+of\s+(?:active\s+search\s+for\s+)?"
    r"(?:(?P<missing>missing(?:\s+(?:persons|people))?|(?:enforced\s+)?disappearances?)"
    r"|(?P<abducted>abductions?|kidnappings?))\b"
)
# "60 of the 448 people [confirmed to have been] killed were children": how a whole's harm is known
HARM_HEDGE = _compile(
    r"(?:(?:confirmed|believed|reported|known|thought|said|feared)\s+to\s+have\s+been|reportedly|confirmed|officially)\s+"
)
# "held 90 people [for questioning]", "[in custody]": held by the law, detained
HELD_BY_LAW_AFTER = _compile(
    r"\s+(?:\w+\s+){0,2}?(?:for\s+questioning|in\s+(?:police\s+)?custody|in\s+detention|on\s+suspicion)\b"
    # "Nearly 1,000 held in Pakistan after protests": held for a protest or a riot, arrested
    r"|\s+(?:(?:were|are|was|have\s+been|had\s+been)\s+)?held\s+(?:\w+\s+){0,3}?(?:after|over|amid|for)\s+"
    r"(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:protests?|riots?|rioting|demonstrations?|unrest|crackdown)\b"
)
# A person the story names with a title, the surname put as NUL (extractor._named_person):
# "President Volodymyr \0", "Prime Minister \0"
PERSON_WITH_TITLE = regex.compile(
    r"\b(?i:president|prime\s+minister|minister|governor|mayor|chief|general|spokes(?:man|woman|person)|leader|"
    r"commander|secretary|senator|sheriff|director)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\x00"
)
ESCAPE_WORD = _compile(r"\b(?:escap\w*|jail\s?break\w*|broke\s+out|break\s+out|at\s+large|on\s+the\s+run)\b")
# "the MS-13 and [Barrio] 18 gangs": a number in a name, no count (dropped before the counts
# around it are read: extractor._classify)
NAME_NUMBER_BEFORE = _compile(r"\b(?:barrio|calle|mara)\s+$")
# "21 deaths in Region [10]; four each in Regions [9] and [11]", "Flight [302]": a number that
# names a place or a thing, no count (capitalised: "the region 10 people fled" is a count)
DESIGNATION_BEFORE = regex.compile(
    r"\b(?:Region|Zone|Ward|Sector|Block|Route|Highway|Flight|Gate|Building|Phase|Level|Unit|Battalion|"
    r"Brigade|Division|Platoon|Platform|Terminal|Precinct|Article|Section|Resolution|Chapter|District|Camp)s?"
    r"\s+(?:\d{1,4}\s*(?:,(?=\s*\d{1,4}\s*(?:,|and\b|&))|and|&|-|–)\s*)*$"
)
DESIGNATION_LIST_BEFORE = regex.compile(
    r"\b(?:Regions|Zones|Wards|Sectors|Blocks|Districts|Camps|Gates|Units)\s+(?:\d{1,4}\s*,\s*)+$"
)
DESIGNATION_LIST_GOES_ON = regex.compile(r"\s*(?:,|and\b|&)\s*\d")
# "Rex Kanyike Masai, [29] was shot": a person's name, then a number that a singular verb follows
NAME_COMMA_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*,\s*$")
SINGULAR_VERB_AFTER = _compile(r"\s+(?:was|is|has)\b")
# "between [1] and 4 July", "on [21], 22 and 30 September": a day whose month follows the span's
# or the list's end (read past the next figure)
DAY_SPAN_START_AFTER = _compile(
    r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|to|-|–|until|till|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:\L<months>)\b",
    months=_words(lx.MONTHS),
)
# "aged 29, 34 and 51": the words before an age and between two
_AGED = (
    r"(?:(?:aged|ages)\s+(?:between\s+)?|between\s+the\s+ages\s+of\s+"
    r"|(?:around|about|under|over|above|below|past)\s+the\s+age\s+of\s+)"  # "under the age of 18"
)
# "a nine-year-old", "two-month-old": an age that is part of a noun
AGE_COMPOUND_AFTER = _compile(r"-(?:year|month|week|day)s?-old\b")
_AGE_AND = r"\s*(?:,\s*(?:and|or)\b|,|and|or|to|-)\s*"  # "aged 71, 66, and 35"
# An age in digits or words: "aged 31", "aged five and eight"
_AGE_NUM = (
    r"(?:\d{1,3}|(?:"
    + "|".join(sorted(lx.TENS, key=len, reverse=True))
    + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:"
    + "|".join(sorted((w for w, n in lx.UNITS.items() if 0 < n < 20), key=len, reverse=True))
    + r"))"
)
TRAP_BEFORE = _compile(
    r"""
    (?:
        [$€£¥₹]\s?$
      | \b(?:us|usd|eur|rs|inr|nis|aed|sar|egp|cad|aud)\$?\s?$
      # "A woman around 60 was seriously injured", "a man of about 30": an age
      | \b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:man|woman|boy|girl|person|child|teenager|driver|passenger|pedestrian|
              resident|soldier|officer|worker|mother|father|victim)\s+(?:of\s+)?(?:around|about|roughly|approximately|some)\s?$
      | \b(?:aged|ages|age|aging|ageing|number|no\.|nos\.|route|highway|article|resolution|
            chapter|section|page|flight|unit|brigade|division|battalion|room|apartment|
            floor|level|category|grade|class|phase|platform|gate|terminal|block|building|
            bus|line|road|street|km|kilometre|kilometer|mile|the\s+year|in\s+the|
            (?<!this\s)(?<!last\s)(?<!past\s)(?<!that\s)years?|
            covid|model|size|score|scored|ranked|rank|top|version|v|tier|magnitude|
            measuring|measured|scale\s+of|ratio\s+of|vote\s+of|margin\s+of|the\s+one|
            this\s+one|that\s+one|each|every|any|no|only\s+one|
            sector|ward|zone|camp|cell|wing|hall|per|for\s+every)\s?$  # "two deaths [per] 100,000 arrests": a rate's base
      | [\p{L}]-?$
      | \#\s?$
      | [.:/]$
      | \b(?:january|february|march|april|may|june|july|august|september|october|november|
            december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s$
      | \b(?:between|from)\s+\d{1,2}\s+(?:and|to)\s$
      | \bas\s+(?:old|young)\s+as\s$
      # "children younger than [5]", "people over the age of [65]", "children under [five]": ages
      | \b(?:younger|older)\s+than\s$
      | \b(?:turned|turns|turning)\s$  # "who turned 18 in captivity"
      # ("scores of residents [over] 60": an age bound after people's noun)
      | \b(?:children|kids|babies|infants|adults|people|men|women|persons|residents|individuals|citizens|civilians|
            patients|pensioners|villagers)\s+(?:aged\s+)?(?:under|over|below|above)\s$
      | \b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+of|in)\s+(?:every\s+)?$  # "nine out of [10]"
      | \b(?:father|mother|parent|dad|mum|mom)(?:\s+|-)of(?:\s+|-)$  # "a father of [two]": his children
      | \b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*\(\s*$  # "on Friday (26)": the day of the month
      # what might have been, what is not: "there could have been [dozens] of deaths", "a miracle that
      # we do not have [hundreds] of deaths"
      | \b(?:could|would|might)\s+(?:easily\s+)?have\s+been\s(?:(?:more\s+than|over|at\s+least|up\s+to)\s)?$
      | \b(?:do|does|did)(?:\s+not|n['’]t)\s+have\s$
      | \b(?:in\s+exchange\s+for|in\s+return\s+for|exchanged\s+for|swapped\s+for|traded\s+for)
        (?:\s+(?:more\s+than|over|about|around|some|nearly|almost|at\s+least|up\s+to))?\s$
      | \b"""
    + _AGED
    + r"(?:\d{1,3}"
    + _AGE_AND
    + r""")+$
    )
    """
)
# "The victims were [between 41 and 100].": the victims' ages, when no noun follows the count
VICTIMS_WERE_BEFORE = _compile(r"\b(?:victims|dead|deceased)\s+(?:were|are)\s+(?:aged\s+)?$")
BARE_COUNT_CLOSES = _compile(r"\s*(?:years(?:\s+old)?)?\s*(?:[.;]|$)")
# "at serious risk of [starving to death]", "in danger of [dying]": a harm that may come
AT_RISK_BEFORE = _compile(r"\b(?:risk|danger|threat|brink|verge)\s+of\s+(?:[\w-]+\s+)?$")
# "[17 hostages] held captive in Gaza were released late Saturday", "[eight passengers] kidnapped
# by gunmen regained freedom": the clause after a count ends in its release (read up to the
# next count)
RELEASED_AFTER = _compile(
    r"[^;.]*?\b(?:were|was|are|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}?(?:released|freed|set\s+free|let\s+go)\b"
    # "One hostage ... is released" (but "demand that their leader is freed": another's release)
    r"|(?:(?!\bthat\b)[^;.])*?\bis\s+(?:\w+\s+){0,2}?(?:released|freed|set\s+free|let\s+go)\b"
    r"|[^;.]*?\b(?:regained|regain|regains)\s+(?:their\s+|his\s+|her\s+)?freedom\b"
    # "39 workers were trapped underground, all of whom were eventually rescued"
    r"|[^;.]*?,\s*all\s+of\s+whom\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:rescued|freed|released|found\s+alive|pulled\s+out\s+alive)\b"
    r"|[^;.]*?\b(?:were|was)\s+(?:later\s+)?(?:flown|taken|brought)\s+(?:back\s+)?to\s+[^;.]{0,60}?\breunited\b"
)
# A comparison that ranks the event, which tells no period of its own: ", the latest in a
# number of deadly attacks this month", "in the latest violence to hit the country", "the
# deadliest attack in the capital since March", "the heaviest attack to date" (extractor._scope
# reads the sentence without it)
_TIMES_COMPARISON = (
    r",\s*(?:which\s+is\s+|that\s+is\s+)?(?:nearly\s+|almost\s+|more\s+than\s+|about\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times|twice|double|triple|treble)\b[^.;]*"
)
# Its span: the dates in it are the other event's (extractor.run)
TIMES_COMPARISON = _compile(_TIMES_COMPARISON)
COMPARISON_CLAUSE = _compile(
    r",\s*(?:in\s+)?the\s+latest\b[^.;]*"
    # "..., which is five times the number of people killed by the attack on October 7"
    r"|"
    + _TIMES_COMPARISON
    + r"|\b(?:deadliest|worst|heaviest|bloodiest|biggest|largest|highest|lowest|most\s+deadly)\b[^.;,]{0,60}?"
    r"(?:\bto\s+date\b|\bsince\s+(?!(?:19|20)\d\d,?\s+when\b)[^.;,]{1,40}|\bso\s+far\b|\bon\s+record\b|"
    r"\bin\s+(?:years|decades|recent\s+(?:years|history|memory)))"
)
# Many events over a long period: "killing more than 800 people last year" in "increased
# attacks", "killed in attacks ... over the past three years"
LONG_PERIOD = _compile(
    r"\b(?:last|past|previous)\s+(?:year|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+"
    r"(?:years|months|decades))\b|\bthis\s+year\b"
    # "over a two year period from 2014 to 2015"
    r"|\b(?:two|three|four|five|six|\d+|several)[\s-]+(?:year|month)\s+period\b|\bfrom\s+(?:19|20)\d\d\s+(?:to|until|through)\s+(?:19|20)\d\d\b"
)
PLURAL_EVENTS = _compile(r"\b(?:\L<events>)\b", events=_words(lx.PLURAL_EVENT_NOUNS))
# Events of a period, many of them, in the count's clause: "died [during riots] in various
# prisons", "[in 177 terror-related incidents]", "killed [in road accidents] in 2018"
IN_MANY_EVENTS = _compile(
    # (not one wave of them: "in the first anti-narcotics raids of 2018", "in twin blasts")
    # (not one wave of them, nor one named: "in the first anti-narcotics raids of 2018", "in the
    # Paris attacks", "in twin blasts")
    r"\b(?:in|during|from)\s+(?!(?:the|a|one|two|first|latest|new|recent|overnight|simultaneous|"
    r"coordinated|twin|series|wave)\b)(?:[\p{L}\d,-]+\s+){0,4}?(?:\L<events>)\b",
    events=_words(
        [*lx.PLURAL_EVENT_NOUNS, "riots", "accidents", "crashes", "explosions", "operations", "encounters"]
    ),
)
# One event told in the singular: "a stampede", "the attack" (ONE_EVENT reads plurals too)
ONE_EVENT_TOLD = _compile(
    r"\b(?:a|an|the|this|that|one|its|their|(?:\L<weekdays>)['’]s)\s+"
    r"(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)\b",
    events=_words(w for w in lx.EVENT_NOUNS if w not in lx.EVENTS_THAT_GO_ON),
    weekdays=lx.WEEKDAYS_FOR_SOURCES,
)
# "and in 2013, 36 people were crushed": a date that opens the count's clause
DATE_COMMA_THEN = _compile(r",\s*")
# "a stampede in 1990 [that killed] 1,426", "a crash on May 3, killing 40": the words between
# an event's date and the count its clause gives
DATED_EVENT_THEN = _compile(
    r",?\s*(?:that|which)\s+(?:\w+\s+){0,2}?(?:killed|left|claimed|injured|wounded|took\s+the\s+lives\s+of)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|around|an\s+estimated)\s+)?"
)
# "the deadliest since 2011[, when a storm in Joplin killed] 161 people", "since 2000[, when] 309
# died": the year of a past event, right before the clause that counts its dead
_WHEN_EVENT_TAIL = (
    r"\s+(?:[^.;\d]{0,120}?\b(?:killing|leaving|killed|left|claimed|claiming\s+the\s+lives\s+of)\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|around|an\s+estimated)\s+)?"
)
WHEN_EVENT_THEN = _compile(r",?\s+when" + _WHEN_EVENT_TAIL)
WHEN_EVENT_TAIL = _compile(_WHEN_EVENT_TAIL)  # after a date that took "when" in (DATE_MENTION's yr3)
# "36 deaths [and] 238 injuries the previous year": two counts joined, whose date comes after the
# second (extractor._as_of); between the second and its date, its noun and a preposition at most
SHARED_DATE_GAP = _compile(r"(?:\s+[\p{L}-]+){0,2}\s+and\s+")
SHARED_DATE_GAP_AFTER = _compile(r"(?:\s+[\p{L}-]+){0,2}\s+")
# "1,426 people [and another] in February 2004": the date after the count is another event's
ANOTHER_BEFORE_DATE = _compile(r"\band\s+(?:another|a\s+second|a\s+third|one)\b")
# A timeline's entry that opens on its year: "2006: 364 pilgrims die in a crush", "1997 - 340 killed"
YEAR_LEAD = regex.compile(
    # "2006: 364 pilgrims die", "1998 Two car bombs ...", "- 1954 500-800 killed", "Galveston, 1900:"
    r"(?:[-–•*]\s*)?(?:\p{Lu}[\p{L} ]{1,30},\s*)?(?P<year>(?:19|20)\d\d)(?:\s*[:–—-]\s*|\s+(?=\p{Lu}|\d))"
)
# "an accident that witnesses said [was] bound to happen": a speech verb inside a relative
# clause, whose content is the clause's noun
SAID_THEN_VERB = _compile(
    r"\s+(?:was|were|is|are|had\s+been|has\s+been|would|could)\b"
    # "the most powerful typhoon ever recorded slammed into": a participle, then the clause's verb
    r"|(?<=recorded)\s+\p{L}+ed\b"
    # "the bus accident that claimed eight lives": a harm that took lives, no one speaking
    r"|(?<=claimed|claims|claim)\s+(?:the\s+lives\b|(?:[\w,.-]+\s+){1,4}?(?:lives|deaths)\b)"
)
# One day's flow of a running toll: "two children died in the past 24 hours", "1,500 deaths
# in a span of 24 hours", "one new death from Ebola", "the previous day's toll of 1,920"
DAY_FLOW = _compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+|a\s+span\s+of\s+)?(?:(?:past|last|previous|preceding)\s+)?"
    r"(?:24|48|twenty-four|forty-eight)\s+hours\b|\bnew\s+(?:deaths?|fatalit(?:y|ies))\b|\bprevious\s+day['’]s\b"
    # "Four deaths were reported Thursday": the day's
    r"|\b(?:were|was)\s+reported\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
)
# "rounded up [and shot dead]", "abducted [and later killed]": the held people's end
THEN_KILLED = _compile(
    r"\s+(?:\w+\s+){0,2}?and\s+(?:(?:later|then|subsequently|eventually|finally)\s+)?(?P<verb>killed|shot\s+dead|executed|murdered|beheaded|tortured\s+to\s+death|slain)\b"
)
# "One [of the 12] was deceased", "one out of the three": one of a count
ONE_OF_COUNT = _compile(
    r"\s+(?:out\s+of|of|among)\s+(?:the|those|these)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|dozen)"
)
# "One [of the militants] was also killed", "killing one of the perpetrators": one of a group of
# people, a count of one (not "one of the worst attacks")
ONE_OF_PEOPLE = _compile(
    r"\s+of\s+(?:the|those|these|its|their|his|her|our)\s+(?:[\p{L}-]+\s+)?"
    r"(?:\L<victims>|wounded|injured|hostages|victims|missing|dead)\b",
    victims=_words(lx.VICTIM_NOUNS),
)
# "600 people who were missing [were found]": the main verb after a relative clause, no harm
# (not "found dead")
FOUND_MAIN_VERB = _compile(
    r"(?:found|located|traced|reunited)\b(?!\s+(?:dead|deceased|drowned|hanging|hanged|murdered|killed|buried|lifeless))"
)
# "Two of the 12 [died]", "One of the 12 [was deceased]": a bare whole, its part's verb next
BARE_WHOLE_THEN_VERB = _compile(
    r"\s+(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?(?:deceased|dead|died|killed|injured|wounded|"
    r"hurt|critically|seriously|pronounced|declared|taken|rushed|hospitali[sz]ed|missing|arrested|detained)\b"
)
# "Another of those [12] was critically injured", "None of the [40] passengers were hurt": one of
# a group told before, or none of it
ANOTHER_OF_BEFORE = _compile(
    r"\b(?:another|one|each|(?P<none>none|neither)|either)\s+(?:out\s+)?of\s+(?:the|those|these)\s+$"
)
# "Of those [14], eight had gunshot wounds": a sentence that opens on the group told before
OF_THOSE_LEAD = _compile(r"\s*(?:of|among)\s+(?:those|these|them|the)\s+")
# "... in France / Photo: SEBASTIEN BOZON - AFP": a credit, whose wire took the picture
PHOTO_CREDIT = _compile(r"\b(?:photo|photos|image|picture|credit)\s*:")
# "14 people were injured including the two [deceased]": the dead among a count of others
DEAD_AFTER = _compile(r"\s+(?:deceased|dead)\b")
# "including a stampede in 1990 that killed 1,426": a dated event among many (DATED_EVENT_THEN
# reads the same clause from the date to its count)
DATED_EVENT_KILLED = _compile(r"\b(?:19|20)\d\d,?\s+(?:that|which)\s+(?:killed|left|claimed)\b")
# "750,000 IDPs [have returned] to their homes": no longer displaced
RETURNED_AFTER = _compile(
    r"(?:\s+(?:have|had|has|were|was|are|been|now|already|since|reportedly))*\s+(?:returned|gone\s+back|went\s+back|come\s+back|came\s+back)\b"
)
# A rate, no count: "nine mine workers were killed a day", "(seven miners a day)", "13 a day"
# (but "killed 12 a day after the vote", "30 died in a day")
RATE_RIGHT_AFTER = _compile(
    r"(?:\s+(?!in\b)[\w-]+){0,4}?\s+(?:(?:a|per|each|every)\s+(?:day|week)\b(?!\s+(?:after|later|earlier|before|ago|of)\b)"
    # "one child dies every 11 minutes": a rate's interval
    r"|every\s+(?:\d+|few|two|three|four|five|six|seven|eight|nine|ten|\d+\s+or\s+\d+)\s+(?:seconds|minutes|hours|days)\b)"
)
# "the previous year", "the year before": the year before one the sentence told (dates.find_dates)
PREVIOUS_YEAR = _compile(r"\b(?:the\s+)?(?:previous|preceding)\s+year\b|\bthe\s+year\s+before\b")
# A population: "the city of Palu, home to [350,000]", "a country of [20 million]"
POPULATION_BEFORE = _compile(
    r"(?:\bhome\s+to|\bpopulation\s+of|\b(?:a|the)\s+(?:city|town|country|nation|region|province|state|village|"
    r"district|island|metropolis)\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$"
)
# "Two women aged 31 and 47 were killed": ages, which the count's verb reads past
AGE_PHRASE = _compile(rf"{_AGED}{_AGE_NUM}(?:{_AGE_AND}{_AGE_NUM})*\b")
AGES_BEFORE = _compile(rf"\b{_AGED}(?:{_AGE_NUM}{_AGE_AND})*$")
YEAR_LIKE = regex.compile(r"^(?:1[89]|20)\d\d$")
# "one of", "one another"; "members of one family": a family is no count of people
# "one of the houses", "one by one": no count; but "one of whom is dead" counts one of them
ONE_PRONOUN_AFTER = _compile(
    r"^\s+(?:of(?!\s+(?:whom|them)\b)|another|by|or|in\s+the\s+other|day|side|family|household)\b"
    # "when another one killed 60 people": the one that did it, of a count of its own
    r"|^\s+(?:killed|injured|wounded|left)\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly)\s+)?"
    r"(?:\d|dozens|hundreds|thousands|scores)"
    # "the remains of one building", "from one Ballia district": one place or thing, where its
    # phrase ends (not "one hospital worker")
    r"|^\s+(?:[\w-]+\s+)?(?:building|house|home|district|village|town|city|province|region|area|vehicle|"
    r"boat|bus|truck|mosque|church|bridge|site|camp|neighbou?rhood|street|block|room|floor)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:in|of|on|at|was|were|is|and|where|which|that|near|after|alone)\b)"
)


# --- categories --------------------------------------------------------------------
def _category_alternation(table: dict[str, list[str]], extra: dict[str, str] | None = None) -> str:
    """A group per category, each a trie of its phrases: at each place the longest phrase first,
    as the flat longest-first alternation did, without trying every phrase in turn. `extra`
    adds a pattern to a category's group, tried after its phrases."""
    extra = extra or {}
    return "|".join(
        f"(?P<{category}>{_trie(_words(words))}{'|' + extra[category] if category in extra else ''})"
        for category, words in table.items()
    )


# The injured taken to a place of care the hospital list does not name: "taken to Royal Darwin
# Hospital", "rushed to the nearest clinic", "airlifted to a trauma centre in the capital"
_TO_CARE = (
    rf"(?:{_trie(['taken', 'sent', 'rushed', 'admitted', 'transferred', 'transported', 'airlifted', 'evacuated', 'brought'])})"
    r"(?:\s+by\s+(?:bus|ambulances?|helicopters?|road|air|boat|car|truck)s?)?\s+to\s+"  # "taken by bus to"
    r"(?:(?!(?:near|by|next|beside|behind|outside|opposite|from|in|at|where|and|or)\b)[\p{L}.’'-]+\s+){0,4}?"
    r"(?:hospital|medical\s+cent(?:er|re)|clinic|infirmary|"
    r"health\s+cent(?:er|re)|trauma\s+cent(?:er|re))s?"
)
# Hostages held by a named party: "remain in Hamas captivity", "held in Houthi captivity"
_IN_CAPTIVITY = r"in\s+(?:[\p{L}-]+\s+){1,2}captivity"
# What the category tables cannot list: the injured taken to a place of care, a party's captives
_AFTER_EXTRA = {"injured": _TO_CARE, "hostages": _IN_CAPTIVITY}

# "be" before a state now: "could [be] missing" (lx.HEDGED_STATES)
_HEDGED_STATES = "|".join(w.replace(" ", r"\s+") for w in lx.HEDGED_STATES)
_BE_IN_A_STATE = rf"be(?=\s+(?:still\s+)?(?:{_HEDGED_STATES})\b)"
_AUX = (
    r"""(?:were|was|are|is|been|be|being|have|has|had|got|get|gets|reportedly|also|later|listed\s+as|listed|
           all|both|each|allegedly|now|still|having|so\s+far|either|either\s+of\s+whom|among\s+them|
           of\s+them|of\s+whom|others|more|too|subsequently|initially|eventually|
           confirmed|believed|thought|feared|presumed|reported|known|said|says|estimated|to\s+have|
           to\s+be|who|that|which|then|since|had\s+been|have\s+been|has\s+been|were\s+all|
           considered|mostly|mainly|many|most|some|almost\s+all|nearly\s+all|all\s+of\s+them|either|remained|remain|remains|
           both\s+of\s+them|apparently|likely|probably|possibly|officially|already|just|
           immediately|instantly|critically|seriously|severely|fatally|badly|not|yet|today|yesterday|
           """
    + "|".join(rf"{modal}\s+{w}" for modal, words in lx.HEDGES.items() for w in words)
    + "|(?:"
    + "|".join(lx.HEDGES)
    + r")\s+"
    + _BE_IN_A_STATE
    + ")"
)

# What follows the count and its noun phrase: "... were killed", "... died", "... dead".
CATEGORY_AFTER = _compile(
    rf"""
    ^(?:[\s,]+(?:{_AUX}))*[\s,]+
    (?:{_category_alternation(lx.CATEGORY_AFTER, _AFTER_EXTRA)})\b
    """
)
# A verb right before the count: "killed more than 90", "wounding 16".
CATEGORY_BEFORE = _compile(
    rf"""
    \b(?:{_category_alternation(lx.CATEGORY_BEFORE)})[’'"”]?  # "'neutralized' 19 terrorists"
    # "killed a family of eight", "wiped out an entire family of five": the family's members
    # "killed a staggering 300 people"
    (?:\s+(?:(?:a|an)\s+(?:grim|harrowing|staggering|shocking|sobering|devastating|tragic|whopping|horrifying|
                            heartbreaking|terrible|record|appalling|alarming|estimated)|
            a\s+total\s+of|a\s+group\s+of|(?:a|an\s+entire|a\s+whole)\s+family\s+of|another|an\s+additional|a\s+further|further|additional|
            only|just|the|a|all|both|roughly|an\s+estimated|each|of|also|other|
            # a wire's day between verb and count: "killed Thursday two Palestinians"
            (?:on\s+)?(?:\L<weekdays>)|yesterday|today|overnight))*
    \s+[“"‘]?$  # "the killing of \"at least 184 people\""
    """,
    weekdays=lx.WEEKDAYS_FOR_SOURCES,
)
# "climbed from 492 to 558": the figure is the count it changed to (numbers.find_figures)
CHANGE_BEFORE = _compile(
    # "revised the death toll from 103 to 95": the toll's own words between the verb and "from"
    # "revised down the death toll from last month's attacks from 1,400 to about 1,200": its event too
    r"\b(?:\L<w>)\s+(?:(?:the|its|their)\s+(?:death\s+|casualty\s+)?(?:toll|tally|count)\s+"
    r"(?:(?:from|of|in|for)\s+[^.;:,\d]{0,60}?\s+)?)?$",
    w=_words(lx.CHANGE_VERBS),
)
# "Deaths reported in the region were at 167": a harm noun as the subject of a count's verb
NOUN_TOLL_BEFORE = _compile(
    r"\b(?P<what>deaths|fatalities|casualties|injuries|murders|homicides|killings|drownings)\b[^.;:\d]{0,80}?\b"
    r"(?:(?:were|was|are|is|stood|stand|stands|remained|remain)\s+at|"
    r"(?:rose|climbed|jumped|increased|risen|grew|soared|surged|spiked|swelled|mounted|amounted|came)\s+to|reached|topped|exceeded|surpassed|passed|"
    # "deaths climbed by 1,450 in the past 24 hours": the day's new deaths
    r"(?:rose|rise|rises|climbed|climb|climbs|jumped|increased|grew|soared)\s+by|"
    # "murders dropped slightly to 339 in August from 403 in July"
    r"(?:dropped|fell|declined|decreased|ascended)\s+(?:\w+\s+)?to|"
    # "Flu deaths among children totaled 101", "numbered 40"
    r"total(?:l?ed|s)|numbered)"
    r"\s+$"
    # "put confirmed deaths at [27,174]", "estimated the deaths at [4,000]"
    r"|\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|cited|cites|gave|gives)\s+"
    r"(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?P<put>deaths|dead|fatalities|casualties|injuries|injured|wounded|toll)"
    # "put the death toll [as high as] 37", "cited the death toll as 194"
    r"\s+(?:(?:at|as)\s+(?:(?:\L<qualifiers>)\s+)?)?$"
    # "reported a higher death toll, at more than 100": the toll's figure in apposition
    r"|\btoll\s*,\s*at\s+$"
    # the verb left out after a first toll: "has reached 9,752 and the wounded [rose] to 40,004"
    r"|\d\s*,?\s*(?:and|while|with)\s+(?:the\s+)?(?:number\s+of\s+(?:the\s+)?)?"
    r"(?P<ell>wounded|injured|injuries|dead|deaths|fatalities|missing)\s+(?:to|at)\s+(?:(?:\L<qualifiers>)\s+)?$",
    qualifiers=_QUALIFIERS,
)
# "the death toll rose to", "the number of dead climbed to", "the toll stood at".
TOLL_BEFORE = _compile(
    r"""
    \b(?P<what>(?:death|casualty|killed|fatality|injury|victim)\s+(?:tolls?|count|tally)|toll|
              missing\s+(?:figure|count|tally|toll)|  # "the missing figure rose to 139"
              (?:overall|grand|combined)\s+total|
              # "The number killed in the attack has risen to 35"
              number\s+(?:killed|dead|injured|wounded|missing|displaced|arrested|detained|unaccounted\s+for)|
              number\s+(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:died|been\s+killed|were\s+killed)|  # "put the number who died at"
              number\s+of\s+(?:the\s+)?(?:(?!identified\s)[\p{L}-]+\s+){0,2}?(?P<numof>(?:[\p{L}-]+\s+)?(?:killed|wounded|injured|arrested|detained|displaced|abducted)|dead|deaths|killed|fatalities|mortalities|victims|bodies|
              people\s+killed|casualties|executions|wounded|injured|injuries|people\s+injured|
              lives\s+lost|  # "The number of lives lost in Sindh is 432"
              people\s+wounded|missing|people\s+missing|displaced|people\s+displaced|
              (?:people\s+)?unaccounted\s+for|  # "the number of unaccounted for stands at 42"
              refugees|evacuees|people\s+evacuated|detainees|prisoners|arrests|people\s+arrested|people\s+detained|hostages|
              # "the number of Palestinians held in Israeli jails stood at"
              (?:[\p{L}-]+\s+)?held\s+in\s+(?:[\p{L}’'-]+\s+){0,2}?(?:jails|prisons|detention|custody)|
              abductees|people\s+abducted|
              # "the total number of people who have died is 13"
              (?:people\s+)?(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:died|been\s+killed)))
    (?:\s*:|(?:[^.;:,\d]|(?:19|20)\d\d|,(?=\s*(?:19|20)\d\d\b)|(?<=\b(?:19|20)\d\d),|\d\.\d|(?<=\b[A-Z])\.|\b\d{1,2}(?=\s+(?:\L<months>)\b)|\b(?:\L<months>)\.?\s+\d{1,2}\b|\bby\s+(?:(?:nearly|almost|about|around|some|roughly|over|more\s+than|at\s+least)\s+)?\d[\d,.]*(?=\s+to\b)){0,120}?  # "the deadliest U.S. fire", "magnitude 7.2", "the earthquake on 12 January 2010", "the May 12 quake", "since Oct. 7", "rose by 12 to"
       \b(?:(?:hit|hits|crossed|crosses|passed|passes|reached|reaches|topped|tops|surpassed)\s+the|  # "hit the [10,000] mark"
          to|at|of|reached|reaching|hit|hitting|is|was|now|stood|stands|surpassed|passed|
          exceeded|topped|crossed|past|from|climbed|rose|jumped|increased|risen|stand|
          rising|climbing|nearing|approaching|includes|included|including|include|be|been|reaches|rises|
          surged|soared|swelled|spiked|mounted|(?:rose|risen|increased|climbed|jumped|surged|soared|grew|grown)\s+by|
          climbs|hits|tops|passes|nears|jumps|soars|surpasses|exceeds|ranging|ranges|ranged|grown|grew|
          # "the death toll was revised [from 44 to 38]": a count that changed, read before "from"
          revised(?:\s+(?:up|down)(?:wards?)?)?|raised|lowered|upped)
       (?:\s+(?:currently|presently|already|officially|provisionally|somewhere|anywhere|originally|initially|previously))?\s*:?)  # "is currently 13", "could be somewhere between"
    # "reaching a harrowing 115 victims", "has hit a grim 500"
    (?:\s+(?:a|an)\s+(?:grim|harrowing|staggering|shocking|sobering|devastating|tragic|whopping|horrifying|
                        heartbreaking|terrible|record|appalling|alarming))?
    # "rose further Tuesday -- above 40,000", "rose further on Tuesday, to 40,000"
    (?:[^.;:\d]{0,30}?(?:--|—|–|,)\s*(?:to\b)?)?
    \s*$
    """,
    months=_words(lx.MONTHS),
)
# "the death toll [could be] as high as 135": an estimate of the toll now, no forecast
# (but "the final death toll could be close to 1,000" is a forecast)
ESTIMATE_NOW_END = _compile(
    r"^(?![^\n]*\b(?:final|eventual|ultimate)\b[^.;\n]*$)[^\n]*\b(?:could|may|might)\s+(?:be|have\s+been)(?:\s+(?:somewhere|anywhere))?\s*$"
)
# A count told as a toll's figure, its harm named in the sentences before: "the most widely accepted
# figure was [200,000]", "the often-quoted figure of [200,000]", "Prosecutors have put the number
# at [120,000]", "with estimates ranging anywhere from [500,000] to a million"
TOLL_ANAPHOR_BEFORE = _compile(
    r"\b(?:(?:the|a|an|this|that|its|their|his|her)\s+(?P<mods>(?:[\p{L}’'.-]+\s+){0,4}?)|(?:previous|earlier|other|official)\s+)"
    r"(?:figure|estimate|estimates|number|tally|count)\s+"
    r"(?:of|was|is|were|are|at|as|stands\s+at|stood\s+at|(?:has|had|have)\s+been|came\s+to|comes\s+to)\s+$"
    r"|\bput\s+the\s+(?P<mods2>(?:[\p{L}’'.-]+\s+){0,2}?)(?:figure|number|estimate|tally|count)\s+at\s+$"
    # "It rose to 25 when one of the injured died" (after a toll), "The figure later climbed to 25"
    r"|(?:^\s*(?P<it>it)|\b(?:the|that|this)\s+(?:figure|number|tally|count))\s+(?:has\s+|had\s+|later\s+|then\s+|since\s+|now\s+)*"
    r"(?:rose|risen|climbed|jumped|increased|reached|stands\s+at|stood\s+at)\s+(?:to\s+)?$"
    r"|\b(?:estimates|estimations|figures)\s+(?:[\p{L}’'-]+\s+){0,8}?(?:ranging|ranged|range|vary|varied|varying)\s+"
    r"(?:anywhere\s+)?(?:(?:from|between)\s+)?$"
)
# another harm than death named in the sentence: "the number still missing ... that figure was"
OTHER_HARM_WORD = _compile(
    r"\b(?:missing|injured|wounded|injuries|displaced|detained|arrested|hostages|abducted|kidnapped|"
    r"survivors|homeless|evacuated|refugees|rescued)\b"
)
# a sentence that opens on a toll's back-reference: "It rose to 25", "Another 24,905 were Serbs"
TOLL_ANAPHOR_OPENING = _compile(r"(?:it|another)\s")
# a sentence that holds one of the nouns TOLL_ANAPHOR_BEFORE reads (or their plurals)
TOLL_ANAPHOR_HINT = _compile(r"\b(?:\L<nouns>)\b", nouns=_words(lx.TOLL_ANAPHOR_NOUNS))
# A period a count may span: "during the past week", "in the past few days", "compared to January 29"
SPAN_OF_DAYS = _compile(
    r"\b(?:past|last|previous)\s+(?:few\s+|\w+\s+)?(?:days|week|weeks|months?|years?)\b|\bcompared\b|\bsince\b"
    # a month's or a year's count: "12 soldiers were killed in July", "in 2023" (not "on July 5")
    r"|\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:\L<months>)\b(?!\.?\s+\d)|\b(?:in|during)\s+(?:19|20)\d\d\b",
    months=_words(lx.MONTHS),
)
# A harm told in the simple past: "were killed", "was shot dead", "died" (the caller rules out a
# perfect: "have been killed")
SIMPLE_PAST_HARM = _compile(
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:killed|shot\s+dead|wounded|injured)\b|\b(?<!have\s)(?<!has\s)(?:died|killed)\b"
)
# "evacuated four people [who were killed]": a relative clause that tells them dead
WHO_WERE_KILLED = _compile(
    r"\s*,?\s*(?:who|that)\s+(?:were|had\s+been|have\s+been|was)\s+(?:killed|dead|shot\s+dead)\b"
)
# a caption's credit at its end: "... in Aleppo. (AFP)", "... (Reuters photo)"
CREDITED_CAPTION = regex.compile(
    r"\((?:AFP|AP|Reuters|EPA|Getty(?:\s+Images)?|Anadolu|Xinhua)(?:\s+photo)?\)\s*$"
    # "... on July 5, 2023. — AFP", "... | Photo Credit: PTI"
    r"|\.\s*[—–-]\s*(?:AFP|AP|Reuters|EPA|Getty(?:\s+Images)?|Anadolu|Xinhua|PTI|IANS|File)(?:/\w+)?\s*$"
)
# A site's list of posts: "2025-05-05 21:49465 view" (a time run into a count of views)
# (a byline's "| 1,203 views" stays: the time must run into the count)
VIEWS_STAMP = regex.compile(r"\d{1,2}:\d\d\d+\s*(?:views?|reads?)\s*$", regex.IGNORECASE)
# A page's banner of the day it was read: "Sunday November 24, 2024", "Saturday, June 15, 2024 |
# Back issues" (a weekday and the date alone on their line)
DAY_BANNER = _compile(
    r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+[^|]{6,24}?(?:19|20)\d\d\s*(?:\|[^\d]{0,30})?$"
)
# A byline's line: "By Faraz Khan"
BYLINE_START = regex.compile(r"^\s*[Bb]y\s+\p{Lu}")
# A line that is a date alone: "June 25, 2024", "25 June 2024 10:15"
BARE_DATE_LINE = _compile(
    r"^\s*(?:(?:\L<months>)\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?:\L<months>)\.?,?\s+(?:19|20)\d\d)"
    r"(?:\s*,?\s*\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*$",
    months=_words(lx.MONTHS),
)
ANOTHER_LEAD = _compile(r"(?:^|\s)another\s+$")  # "Another 24,905 were Serbs"
# "79 journalists [were among the] more than 23,000 killed": a part of the count after it, which
# takes its scope (AMONG_THE tells its harm)
AMONG_THE_NEXT = _compile(r"\b(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the|those)\s+$")
CANCEL_AFTER = _compile(
    r"^(?:[\s,]+(?:" + _AUX + r"))*[\s,]+(?:\L<cancel>)\b",
    cancel=_words(lx.CANCEL_AFTER),
)
CANCEL_BEFORE = _compile(
    # "freed a combined total of 300": the words of a total between
    r"\b(?:\L<cancel>)\s+(?:(?:the|a|an|another|all|some|only|further|of|combined|total)\s+)*$",
    cancel=_words(lx.CANCEL_BEFORE),
)
FORECAST_BEFORE = _compile(
    # (not a hedge: "cholera may have killed up to 36 people")
    r"\b(?!(?:may|might)\s+have\b)"
    r"(?:\L<forecast>)\s+(?:(?:have|be|been|leave|cause|result\s+in)\s+)?\S+\s+$",
    forecast=_words(lx.FORECAST),
)

# Noun phrase after a count, up to its head noun: "more than 90 [Palestinian children]".
_MOD = r"(?:[\p{L}’'-]+(?:\s|$))"
VICTIM_HEAD = _compile(
    r"""
    ^\s+(?:of\s+(?:the\s+|them\b|whom\b|those\b|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+|your\s+)?\s*)?
    (?P<mods>(?:(?!(?:were|was|are|is|had|have|has|and|or|in|on|at|by|from|to|with|
                   who|that|which|the|said|says|as|after|when|while|during|including|
                   whom|of|for|but|near|into|across|since|over|under|lost|fatally|suffered|sustained|taken|removed|
                   could|would|may|might|will|can|should|must|be|been)\b)  # "skiers [lost] their lives"
               (?:[\p{L}’'-]+|(?:\p{L}\.){2,}|\p{L}+-?\d+(?:\p{L}+\d*)?|\d{1,3}-(?:year|month|week|day)s?-old)\s+){0,3}?)  # "U.S. citizens", "COVID-19 deaths", "H1N1 patients", "two 15-year-old boys"
    # a harm's word is the head ("eight [wounded] victims"); a people's is unless a victim noun
    # follows it: "34 Sudanese [civilians]", "a million Rohingya [refugees]"
    # (a harm's word is no head before a thing: "nine missing [boats]")
    [“"‘']?(?P<head>\L<harms>(?!\s+(?:\L<things>)\b)|(?:\L<heads>|(?-i:\p{Lu}\p{Ll}+(?:ians|ans|is|ese|ers|ites)))
        (?!\s+(?:(?-i:\p{Lu}\p{Ll}+)\s+)?(?:\L<persons>|\L<nonperson>)\b)  # not "three Israeli [strikes]", "15 Rohingya [Muslim refugees]"
        # a demonym in -i standing for its people: "At least 18 Pakistani have died", "12 Iraqi were killed"
        |(?-i:\p{Lu}\p{Ll}{3,}i)(?=\s+(?:have|had|has|were|was|are|died|killed|among)\b|\s*[,.;]))\b(?![’'-])
    # "one remains seriously ill", "one of whom remains in hospital": the verb, no bodies
    (?!(?<=remains)\s+(?:in|at|seriously|critically|hospitali[sz]ed|stable|unconscious|under|on)\b)
    """,
    persons=_words(lx.VICTIM_NOUNS),
    nonperson=_NON_PERSON,
    things=_words(lx.HARMED_THINGS),
    harms=_words(w for ws in lx.CATEGORY_NOUNS.values() for w in ws),
    heads=_words([*lx.VICTIM_NOUNS, *lx.SINGULAR_VICTIMS]),
)
CATEGORY_NOUN = {w: cat for cat, ws in lx.CATEGORY_NOUNS.items() for w in ws}
# A labelled figure in a list or box: "Deaths: 1,234", "Killed - 45; wounded - 130"
LABEL_BEFORE = _compile(
    r"(?:^|[\n;•·|])\s*(?P<what>deaths?|dead|killed|fatalities|injured|wounded|injuries|missing|displaced|"
    r"detained|arrested|hostages)\s*(?::|\s[-–—])\s*$"
    # a fact box's longer label: "Hostages still in captivity: 62", "Total captured: 251",
    # "Bodies of hostages retrieved by troops: 40"
    r"|(?:^|\n)\s*(?:[\w’'-]+\s+){0,3}?(?P<what2>bodies|hostages|captured|abducted|kidnapped|dead|deaths|killed|"
    r"injured|wounded|missing|displaced|detained|arrested)\b[^\n:;,.\d]{0,50}:\s*$"
)
# A list's harm told before its colon: "[Deaths] have been reported in six states: Florida (17), ..."
HARM_LIST_LEAD = _compile(
    r"\b(?P<what>deaths|dead|killed|fatalities|injuries|injured|wounded|missing)\b[^:;.]{0,80}:\s"
)
# A fact box's label after its number: "1,400 – Number of Israelis killed", "– 8,005 Number of
# Palestinians killed in Gaza", "229 – Soldiers and civilians being held hostage in Gaza"
LABEL_AFTER = _compile(
    r"\s*(?:[–—-]\s*)?(?:number\s+of\s+(?P<who>[\p{L}-]+)\s+"
    r"(?P<what>killed|dead|injured|wounded|displaced|missing|detained|arrested|held\s+hostage|abducted)"
    r"|[–—-]\s*(?P<who2>[\p{L}-]+(?:\s+and\s+[\p{L}-]+)?)\s+being\s+(?P<what2>held\s+hostage))\b"
    r"(?!\s+(?:or|and)\s+(?:wounded|injured|killed))"  # (not "killed or wounded": both together)
)
# "Of the dead, 26 were women", "Of the total deaths, 292 were from Zhengzhou": a sentence that
# opens on the group its figure is part of
GROUP_LEAD = _compile(
    # "Most of the dead, about 60, were reported from the north": an apposition's count of them
    r"\s*(?:(?:most|all|many|some|half|nearly\s+half|more\s+than\s+half)\s+)?(?:of|among)\s+(?:the|those)\s+(?:(?:total|latest|new|reported|confirmed|remaining|other)\s+)?(?P<what>dead|deceased|killed|victims|fatalities|deaths|wounded|injured|"
    r"missing|detained|arrested|hostages|detainees)\s*,\s*$"
    # "The dead migrants, 39 men and 12 women, were found", "The victims, two boys and a girl,": the
    # group the apposition breaks down
    r"|\s*(?:all\s+)?the\s+(?:[\p{L}-]+\s+)?(?P<what2>dead|victims|wounded|injured|missing|hostages|abductees|detainees)"
    r"(?:\s+(?!(?:were|are|was|is|included|include)\b)[\p{L}-]+)?\s*,\s*$"
)
# "10,000 civilians, troops and police have died": more victims joined to the figure's noun
# ", a high school student and an adult were killed": one more person, with up to two words
# before; but "two people, a civilian and a soldier, were killed" names the two (an aside)
NOUN_CONJUNCT = _compile(
    r"""
    # "patients or [medical] personnel", "doctors and a patient companion"
    (?:(?:,|and|or)\s+(?:(?!(?:were|was|are|is|have|has|had|mostly|mainly|largely|including|all|most|many|some|among|
                              both|either|several|other|others|the|multiple|numerous|more)\b)[\p{L}-]+\s+)?(?:\L<victims>)
      |(?:and|or)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:\L<one>)
      |,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<one>)\b
       (?!(?:\s+[\p{L}-]+){0,8}?\s*,\s*(?:were|was|are|is|have|has|had)\b)
      # a headline's: "4 aid workers, Palestinian driver killed"
      |,\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<one>)(?=\s+(?:killed|dead|injured|wounded|hurt)\b))
    \b(?!\s+(?:of|who)\b)
    """,
    victims=_words(lx.VICTIM_NOUNS),
    one=_words(lx.SINGULAR_VICTIMS),
)
# "a riot that sent 24 inmates to hospitals": injured, told by the verb and where they went
SENT_BEFORE = _compile(r"\b(?:sent|sending|sends|rushed|rushing)\s+$")
TO_HOSPITAL_AFTER = _compile(rf"^\s+(?:[\p{{L}}’'-]+\s+){{0,3}}?to\s+(?:{_trie(lx.HOSPITALS)})\b")
# A disease by the count: its patients are cases, which CLAIMS.md does not count ("1,424 dengue
# patients", "4,955 patients with dengue", "5,956 people were hospitalised with the disease")
DISEASE_NEAR = _compile(
    r"^\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:with|from|of)\s+)?(?:\L<diseases>)\b"
    r"|^\s+(?:[\p{L}-]+\s+){0,6}?(?:hospitali[sz]ed|admitted|treated)\s+(?:with|for)\s+(?:\L<diseases>)\b",
    diseases=_words(lx.DISEASES),
)
# After "trapped", the same clause's verb of death: "trapped in the car [died] at the scene",
# "trapped underground [were found dead]", "trapped [and feared dead]" (no subordinate clause
# between: "trapped after an avalanche killed 17")
TRAPPED_THEN_DEAD = _compile(
    r"(?:\s+(?!(?:after|when|as|since|before|while|because|until|but|who|which|that|and|where)\b)[\p{L}’'-]+){0,6}?,?"
    r"\s+(?:(?:and\s+)?(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:found|feared|presumed|confirmed|later)\s+)?"
    r"(?:dead|killed)|(?:and\s+)?(?:later\s+)?(?:died|perished)|and\s+(?:feared|presumed)\s+dead)\b"
)
# "in multiple drone strikes, including [one] in Houmin": a plural event's part
EVENTS_INCLUDING_BEFORE = _compile(
    r"\b(?:\L<events>)s?(?<=s)\s*,?\s+including\s+$", events=_words(lx.EVENT_NOUNS)
)
# An acronym in brackets after a name, before the noun: "Two Jaish-e-Mohammad [(JeM)] terrorists"
ACRONYM_IN_NAME = regex.compile(r"(?<=\p{L})\s\((?:\p{Lu}[\p{L}]{0,3}\p{Lu}|\p{Lu}{2,8})\)(?=\s+\p{Ll})")
# One count of the dead and the hurt together, named after it: "213,303 martyrs and wounded"
DEAD_AND_WOUNDED_AFTER = _compile(
    r"\s+(?:people\s+)?(?:martyrs|dead|deaths|killed)\s+(?:and|or|&)\s+(?:the\s+)?(?:wounded|injured|injuries)\b"
    # (not "killed 154 killed and injured 149", "3 dead and wounded five others": a count of its own)
    r"(?=\s*(?:[,.;:)]|$|\s+(?:in|on|at|since|from|by|across|during|so\s+far)\b))"
)
# An anniversary, no period: "a service [marking 35 years since] the Lockerbie bombing" (read as
# blank by extractor._scope)
ANNIVERSARY_SINCE = _compile(
    r"\b(?:marking|marks|marked|mark|commemorating|commemorates|commemorated|remembering)\s+(?:the\s+)?"
    r"(?:[\p{L}\d-]+\s+){1,2}?(?:years?|months?|decades?)\s+since\b"
)
# The anniversary a sentence marks: "marked the [10th anniversary] of the 2010 earthquake", "the
# [sixth anniversary] of the Rana Plaza collapse"
NTH_ANNIVERSARY = _compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<w>\L<ordinals>))\s+anniversary\s+of\b",
    ordinals=_words(lx.ORDINAL_WORDS),
)
# "He was [16] when he was killed": the victim's age
WAS_AGE_BEFORE = _compile(r"\b(?:he|she|who)\s+was\s+(?:only\s+|just\s+|barely\s+)?$")
WHEN_AFTER = _compile(r"\s+(?:when|at\s+the\s+time)\b")
# "affected" before a noun of places or groups: an adjective, no one set free
AFFECTED_ADJECTIVE = _compile(
    r"\s+(?:areas?|districts?|regions?|population|communities|community|provinces?|villages?|states?|"
    r"countries|zones?|towns?|cities|neighbou?rhoods?)\b"
)
# A clause of its own between a count and a later verb: "42 people[, as residents] returned"
OWN_CLAUSE_BETWEEN = _compile(
    r",\s+(?:as|while|and|but|when|after|before|whereas)\s+(?:the\s+|their\s+|many\s+|some\s+)?"
    r"(?:residents|survivors|relatives|families|villagers|people|rescuers|officials|others|locals|authorities)\b"
)
# A relative clause's own verb before the count: "The gunman [who killed] 17 people ... was
# sentenced" (the main clause's verb is the gunman's)
RELATIVE_VERB_BEFORE = _compile(
    r"\b(?:who|that|which|convicted\s+of|accused\s+of|charged\s+with)\s+(?:[\p{L}-]+\s+){1,2}$"
)
SUBJECT_SENTENCED = _compile(
    r"\b(?:was|were|is|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:[\p{L}-]+\s+)?"
    r"(?:sentenced|jailed|convicted|condemned|executed|charged|found\s+guilty)\b"
)
# What the treated were treated for, a harm: "treated 1,900 pilgrims [for heat exhaustion]"
TREATED_FOR_HARM = _compile(
    r"\s+(?:for|suffering\s+from)\s+(?:[\p{L}-]+\s+){0,2}?(?:heat|injur|wound|burn|smoke|gunshot|trauma|shock|hypothermia|exhaustion|"
    r"dehydration|sunstroke|fracture|cuts|bruises)"
)
# A named possessor, a place's: "most of [Gaza's] 2.3 million people" (not "half of the quake's 300 dead")
PLACE_POSSESSIVE_END = regex.compile(
    r"(?:\p{Lu}[\p{L}’'-]*|(?i:region|country|city|town|state|province|district|territory|enclave|strip|nation|area|"
    r"county|island|village|camp))['’]s\s*$"
)
# A forecast's verb right before the count: "officials [predict] more than 10,000 dead"
PREDICT_BEFORE = _compile(
    r"\b(?:\L<verbs>)\s+(?:that\s+)?(?:(?:\L<qualifiers>)\s+)?$",
    verbs=_words(lx.PREDICT_VERBS),
    qualifiers=_QUALIFIERS,
)
# A shelter's or a hospital's room, no count of people: "room for [20,000] refugees", "capable of
# accommodating up to [1.63 million] evacuees", "can treat up to [500] injured"
CAPACITY_BEFORE = _compile(
    r"\b(?:(?:room|space|capacity|beds?|places)\s+for|capable\s+of\s+(?:accommodating|housing|sheltering|holding)|"
    r"(?:can|could|designed\s+to|built\s+to)\s+(?:house|accommodate|shelter|hold|treat|take\s+in)"
    r"|able\s+to\s+(?:house|accommodate|shelter|hold))\s+"
    r"(?:(?:\L<qualifiers>)\s+)?$",
    qualifiers=_QUALIFIERS,
)
# "shot three [to 11 times]": how often, a range read past its second number
TIMES_RANGE_AFTER = _compile(r"\s+(?:to|or)\s+[\p{L}\d-]+\s+times\b")
# Between two counts of a list, nothing but a comma or "and": "Death toll rises to four[, ]27 injured"
BARE_LIST_GAP = _compile(r"\s*(?:[,;]|,?\s+and)\s*")
DISEASE_WORD = _compile(r"\b(?:\L<diseases>)\b", diseases=_words(lx.DISEASES))
# a wound or an event that wounds, not an illness: "injured", "wounds", "shot", "a fire at a Covid
# ward", "a shelling attack", "the floods"
INJURY_WORD = _compile(
    r"\b(?:injur\w*|wound\w*|hurt|burns?|burned|maim\w*|shot|shooting|shootings|fire|blaze|blast|explosion|"
    r"attack|shelling|airstrike|crash|collapse|clashes|stampede|crush|floods?|earthquake|quake|storm|landslide)\b"
)
# "Death toll up to 28", "the toll is now up to 40": "up to" a toll has gone, not "as many as"
TOLL_RISEN_UP = _compile(
    r"\b(?:toll|tally|count)\s+(?:(?:is|was|has|had|now|gone|climbs|rises|goes|went)\s+){0,2}$"
)
# Between two days of one span: "between Sunday [and] Wednesday", "from Monday [to] Thursday"
# ("between Thursday [night and] Friday morning")
DAY_SPAN_GAP = _compile(
    r"\s*(?:(?:night|morning|evening|afternoon)\s+)?(?:and|to|through|until|till|-|–)\s*(?:(?:early|late)\s+)?(?:on\s+)?"
)
# Where a new clause opens, after a count: "133 hostages are in captivity[, and] that 36 ..."
NEW_CLAUSE = _compile(r"[,;]\s*(?:and|while|but|whereas)\b|;|\b(?:while|whereas)\b")
# A lone harm word between two counts, which the first takes: "Three [killed] 5 injured"
BARE_HARM_WORD = _compile(r"\s+(?:killed|dead|injured|wounded|hurt|missing)\s+")
# What ends a clause between two counts: "killed 10[, while] 20 ...", "[;]"
CLAUSE_BREAK = _compile(r"[,;:]|\b(?:while|whereas|but|although|though|since)\b")
# Between two counts of one statement, each with its own harm: "191 people [killed and] 54
# missing", "Twenty [are dead,] 35 have been injured", "500 civilians [were killed and] more than
# 1,000 wounded" (extractor.run: one scope for both)
SIBLING_GAP = _compile(
    r"(?:\s+(?:were|are|was|is|have\s+been|has\s+been|had\s+been))?"
    r"(?:\s+(?:killed|dead|died|injured|wounded|hurt|missing|displaced|detained|arrested|abducted))?"
    r"(?:\s*,\s*(?:and\s+|with\s+|while\s+)?|\s+and\s+|\s+with\s+)"
)
# A clause that tells one event: "... when the club burned", "..., killing 146 people"
EVENT_CLAUSE = _compile(r"\b(?:when|killing|leaving|injuring|wounding)\b")
# "200 men[, women and children]": one count of people of every sex and age
SEXES_AND_AGES_AFTER = _compile(
    r"(?:\s*,\s*(?:men|women|children|boys|girls|the\s+elderly))*\s*,?\s+and\s+(?:men|women|children|boys|girls|the\s+elderly)\b"
)
# "with [at least 191 people killed and 54 missing since ...]": counts in an absolute phrase
WITH_BEFORE = _compile(r"\bwith\s+$")
# "sent almost 75,000 fleeing": a count driven from home by a verb that cancels otherwise ("sent troops")
FLEEING_AFTER = _compile(r"\s*(?:fleeing|running)\b")
# "moved 475,669 people in the coastal district to cyclone shelters": moved out of harm's way
MOVED_BEFORE = _compile(
    r"\b(?:moved|moving|shifted|shifting|relocated|relocating)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
TO_SHELTER_AFTER = _compile(
    r"^\s+(?:[\p{L}’'-]+\s+){0,5}?to\s+(?:(?:the|\d[\d,]*|[\p{L}-]+)\s+){0,2}?"
    r"(?:shelters?|relief\s+camps?|camps|evacuation\s+cent(?:re|er)s?|safer\s+places|higher\s+ground)\b"
)
# "three more victims [had been found Saturday in the rubble]": victims found are the dead
VICTIMS_FOUND_AFTER = _compile(
    r"(?:\s+(?:of|from|in)\s+[^.;:,\d]{0,60}?)?(?:\s+(?:have|has|had|were|was|been|later|since|also|now))+\s+"
    r"(?:found|recovered|retrieved|pulled\s+(?:out|from)|unearthed|exhumed|(?:brought|taken)\s+to\s+(?:the\s+|a\s+)?morgue)\b"
    r"(?!\s+(?:alive|safe|unharmed|injured|wounded|hurt))"
)
# "the safety of 211 people remains unconfirmed", "the whereabouts of 40 are unknown": the
# missing, as Japanese and other officials count them
FATE_OF_BEFORE = _compile(
    r"\b(?:safety|whereabouts|fate)\s+of\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$"
)
FATE_UNKNOWN_AFTER = _compile(
    r"^\s+(?:[\p{L}’'-]+\s+){0,6}?(?:is|are|was|were|remains?|remained|still|has|have)\s+(?:still\s+|yet\s+|not\s+)*"
    r"(?:unconfirmed|unknown|not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|known|established))\b"
)
# "brings to 21 the number of civilians killed": the count's noun comes after "the number of"
INVERTED_COUNT = _compile(r"^\s+the\s+(?:total\s+)?number\s+of(?=\s)")
# "revised from 95 to 84 the death toll": the count before the toll it is
INVERTED_TOLL = _compile(r"^\s+the\s+(?:overall\s+|official\s+)?death\s+toll\b")
NON_PERSON_HEAD = _compile(
    r"""
    ^\s+(?:of\s+(?:the\s+)?)?
    (?:(?!(?:in|at|on|across|near|inside|outside|around|throughout|since|after|by|from|during|amid|
              following|due|as|while|when|and|but|because|before|until|with|so)\s)(?:[\p{L}’'-]+|\p{L}+-?\d+(?:\p{L}+\d*)?)\s+){0,2}?
    (?:\L<nonperson>)\b  # "12 AK-47 rifles"
    """,
    nonperson=_NON_PERSON,
)
SUBCLAIM_BEFORE = _compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+those|among\s+those|of\s+which,?|"
    r"(?:which|who|that)\s+(?:includes?|included)|"  # "187 lives, which includes 115 Kukis"
    r"among\s+the\s+(?:dead|victims|injured|wounded|killed|missing|casualties)|"
    r"including\s+at\s+least|among\s+them\s+at\s+least|"
    # "including those of two women", "including a woman and [two] children"
    r"including\s+(?:those|the\s+bodies)\s+of|including\s+(?:a|an|one)\s+(?:[\p{L}-]+\s+)?(?:\L<one>)\s*(?:,|and))\s*$",
    one=_words(lx.SINGULAR_VICTIMS),
)
OF_WHOM_AFTER = _compile(r"^\s+(?:of\s+whom|of\s+them|of\s+those|of\s+which|of\s+the\s+(?P<ofcat>\w+))\b")
# "including 10 [from under rubble]": where bodies were found, no one missing
FROM_UNDER_RUBBLE = _compile(
    r"\s+(?:(?:were|was)\s+)?(?:\w+\s+)?from\s+(?:under\s+)?(?:the\s+)?(?:rubble|debris|ruins)\b"
)
# "[One] injured man told reporters": a speaker the story brings in, no count
ONE_SPEAKER_AFTER = _compile(
    r"\s+(?:(?:injured|wounded|elderly|young|local)\s+)?(?:man|woman|person|survivor|resident|witness|victim|"
    r"mother|father|boy|girl|villager|passenger|officer|official)\s+(?:(?!(?:is|was|are|were|has|had|have|been)\b)\w+\s+)?"
    r"(?:told|said|says|recalled|described)\b(?!\s+to\s+(?:have|be)\b)"
)
# "[one] of its members shot and killed two officers": one of a side, who did the harm
ONE_OF_ATTACKERS = _compile(
    r"\s+of\s+(?:its|their|his|her|the)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:members|fighters|men|militants|gunmen|"
    r"attackers|assailants|soldiers|officers|guards|cadres|suspects)\s+(?:(?!(?:was|were|is|are|be|being)\b)\w+\s+)?"
    # the verb with its object ("shot and killed two officers", "opened fire on"), not a
    # participle ("one of the soldiers shot in the attack died")
    r"(?:(?:shot|stabbed|killed|attacked|rammed|gunned\s+down)(?:\s+dead)?(?:\s+and\s+killed)?\s+(?:a|an|the|his|her|their|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|dozens|\d)|opened\s+fire|detonated|blew\s+(?:himself|herself|themselves))\b"
)
# "16 bodies[—]14 women and two men[—]have been recovered": a breakdown between dashes
DASH_ASIDE_OPEN = _compile(r"\s*(?:—|–|--)\s*|\s+-\s+")
DASH_ASIDE_CLOSES = _compile(r"[^—–.;:()]{0,80}?(?:—|–|--|\s-\s)")
# "52 people have died, [with] 27 women and 25 men [among them]": a breakdown told after the count
WITH_BEFORE_END = _compile(r"\bwith\s+$")
AMONG_THEM_AHEAD = _compile(
    r"[^.;:]{0,80}?\bamong\s+(?:them|those|the\s+(?:dead|victims|injured|wounded|killed|missing))\b"
)
CLAUSE_STOP = regex.compile(r"[;:()\[\]—–]|\s-\s|\band\b|\bbut\b|\bwhile\b|\bwhereas\b", regex.I)
SPEECH_INSERT = _compile(
    # ("69 people [that the agency reported] killed": the relative pronoun no part of the name)
    r"^\s+(?:that\s+|whom\s+)?(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:says|said|say|believes|believe|thinks|"
    r"estimates|reported|confirmed)\b"
)

# --- sentences ---------------------------------------------------------------------
# The stop itself is matched (not looked behind for), which lets the engine skip ahead to
# the next . ! ? or line break: three times faster than a look-behind tried at every position.
# Scraped pages often lose the space after a full stop ("on Monday.Fifty-six people"): a stop
# between a lower-case word and a capitalised one ends a sentence there too; an initial or an
# abbreviation ("U.S.Army", "Ph.D") has no two lower-case letters before its stop.
SENTENCE_END = regex.compile(
    r"""
    (?P<stop>[.!?])[”"’')\]]*\s+(?=[\p{Lu}\p{N}“"‘'(\[])
    |(?<=\p{Ll}\p{Ll})(?P<stop>[.!?])(?=\p{Lu}\p{Ll})
    |\n\s*\n|\n(?=[ \t]*\S)
    """,
    regex.VERBOSE,
)
# A line end before a letter: where a sentence may go on to the next line (sentences._lines_run_on)
LINE_THEN_LETTER = re.compile(r"\n(?=[^\W\d_])")
LINE_STOPS = frozenset('.!?:;"”’)]|')  # a line that ends so ends its sentence
LINE_BULLETS = frozenset("•·▪‣◦*-–—■►●◆")  # a line that opens so starts a sentence, wrapped text or not
ABBREV_BEFORE = _compile(
    r"(?:^|[\s(])(?:\L<abbr>|(?:\p{Lu}\.)*\p{Lu})\.$",  # "Gen.", "J.", "I.K."
    abbr=_words(lx.ABBREVIATIONS),
)
ABBREVIATIONS = frozenset(w.lower() for w in lx.ABBREVIATIONS)  # what ABBREV_BEFORE's list holds
ABBREVIATION_MAX = max(map(len, ABBREVIATIONS))

# --- scope ---------------------------------------------------------------------------
CUMULATIVE = _compile(r"\b(?:\L<w>)\b", w=_words(lx.CUMULATIVE_MARKERS))
INCIDENT = _compile(r"\b(?:\L<w>)s?\b", w=_words(lx.INCIDENT_MARKERS))
INCIDENT_EVENT = _compile(
    r"\b(?:\L<w>)s?\b", w=_words(w for w in lx.INCIDENT_MARKERS if w not in lx.INCIDENT_TIMES)
)
# "Punjab has been the hardest hit": how badly a place fared, no event's "hit"
HARDEST_HIT = _compile(r"\b(?:hardest|worst|hard|badly|severely)[\s-]+hit\b")
# "In the past 24 hours, six people died": one period's flow of a running toll, no event
PERIOD_FLOW = _compile(
    r"\b(?:past|last|previous|preceding)\s+(?:24|48|72|twenty-four|forty-eight)\s+hours\b|"
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:day|week|two\s+days|three\s+days)\b"
)
# "the death toll rose to 44", "now stands at 42": a toll that is still moving
TOLL_MOVING = _compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|reaches|stands|"
    r"stood|now|passed|surpassed|topped|exceeded|hit)\b"
)
_PERFECT_TAIL = (
    r"\s+(?:now\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:killed|died|wounded|"
    r"injured|displaced|detained|arrested|fled|abducted|kidnapped|claimed|risen|rose|climbed|"
    r"reached|left|lost|passed|surpassed|topped|exceeded|crossed|hit|resulted\s+in|caused|forced|driven|uprooted)\b|"
    r"\b(?:are|remain|remains|is)\s+(?:still\s+)?(?:held|missing|displaced|"
    r"detained|in\s+captivity|in\s+custody|unaccounted)\b"
)
PRESENT_PERFECT = _compile(r"\b(?:has|have|had)" + _PERFECT_TAIL)
# the same, not told in reported speech's past ("the army said four soldiers [had been killed] in
# fighting": the day's news, backshifted)
PRESENT_PERFECT_NOW = _compile(r"\b(?:has|have)" + _PERFECT_TAIL)
# "since the Hamas-led attacks on Oct. 7 that killed [1,200]", "since Hamas seized [251] people",
# "since its attack resulted in the deaths of [1,170]": the count of the event a period starts
# with, inside the "since" clause (not "since October 7, strikes have killed ...": a comma or a
# perfect tense ends the clause)
SINCE_EVENT_COUNT = _compile(
    # (not the adverb: "has since killed tens of thousands")
    r"\bsince\s+(?!(?:killed|left|claimed|resulted|seized|abducted|kidnapped|took)\b)"
    r"(?:(?:(?!\bha(?:ve|s|d)\b)(?:[^.;,]|\.(?=\s*\d))){0,120}?\b(?:(?:which|that)\s+(?:killed|left|claimed)|"
    r"resulted\s+in\s+the\s+deaths?\s+of)"
    # "since Hamas seized 251 people": a short subject of no time ("since January militants
    # killed 400" is a period's)
    r"|(?:(?!(?:the\s+)?(?:start|beginning|end|\L<months>|\d)|\w+day\b|last\b|early\b|late\b)[\p{L}’'-]+\s+){1,2}"
    r"(?:seized|abducted|kidnapped|took))\s+(?:(?:\L<qualifiers>)\s+)?$",
    qualifiers=_QUALIFIERS,
    months=_words(lx.MONTHS),
)
SINCE_CLAUSE = _compile(
    r"\bsince\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"last\s+night|this\s+morning|early|late|dawn|daybreak|midnight|noon|morning|the\s+(?:attack|strike|blast|explosion|quake|"
    r"earthquake|collapse|crash|landslide|storm|fire|eruption|flood|floods)|"
    # "trapped since the mine caved in on November 25": one event's start, told by its verb
    r"the\s+[\p{L}-]+\s+(?:caved|collapsed|sank|capsized|exploded|erupted|crashed|derailed)|"
    # "Three more who were wounded have since died": "since" as an adverb, no period's start
    r"died|succumbed|passed\s+away|been\s+(?:released|discharged|freed|found|rescued)|"
    # "since more than 140 died in a 2010 collision": a past event's count, no period's start
    r"(?:more\s+than|over|at\s+least|nearly|almost|about|some)\s+\d)\b)"
    r"|\bto\s+date\b"
    # "Between 7 October 2023 and 4 July 2024": a span whose start names its year, a period's
    r"|\b(?:between|from)\s+(?:\d{1,2}\s+)?(?:\L<months>)\.?\s+(?:\d{1,2},?\s+)?\d{4}\s+(?:and|to|until|through)\b"
    # "between January and August": months, a period's whole
    r"|\b(?:between|from)\s+(?:\L<months>)\s+(?:and|to|until|through)\s+(?:\L<months>)\b",
    months=_words(lx.MONTHS),
)
# "14 soldiers [among 27 killed]": the count a part is among, with its harm word
AMONG_COUNT_AFTER = _compile(
    r"\s+among\s+(?:the\s+)?(?:(?:\L<qualifiers>)\s+)?(?:\d[\d,]*|(?:\L<numwords>)(?:[\s-]+(?:\L<numwords>))*|\L<vague>)\s+"
    r"(?:(?:people|persons|others)\s+)?(?P<what>killed|dead|injured|wounded|hurt|missing)\b",
    qualifiers=_QUALIFIERS,
    vague=_VAGUE,
    numwords=_NUMBER_WORDS,
)
# "As of 4 August, ...": a count as it stood on a day, a running one in a story that goes on
AS_OF_DATE = _compile(
    r"\bas\s+of\s+(?:\d|(?:\L<months>)\b|(?:\L<weekdays>)\b|today|now|this|yesterday|late|early|noon|midnight|"
    r"the\s+(?:end|evening|morning|afternoon)\b)",
    months=_words(lx.MONTHS),
    weekdays=lx.WEEKDAYS,
)
# Many events' tally over a period: "in separate rain-related incidents in the country so far"
MANY_INCIDENTS_SO_FAR = _compile(
    r"\b(?:separate|various|different|several|[\p{L}]+-related)\s+(?:[\p{L}-]+\s+){0,3}?incidents\b[^.;]{0,80}?"
    r"\b(?:so\s+far|to\s+date|this\s+(?:year|season|month)|since)\b"
)
# ", death toll reaches [187]": a running toll's words before the next count, none of the count's
# before them ("Five dead in fresh violence, death toll reaches 187")
TOLL_LEAD = _compile(
    r"[,;]\s+(?:and\s+|as\s+)?(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+)?toll\b[^.;,\d]{0,60}$"
)
# "[38] more protesters", "another 12": a count added to one told before, one period's flow
ADDED_BEFORE = _compile(
    r"\b(?:another|an\s+additional|a\s+further|further)\s+(?:\L<qualifiers>\s+)?$", qualifiers=_QUALIFIERS
)
ADDED_AFTER = _compile(r"\s+more\b")
# "in total", "overall": a war's or a crisis's running total, but one attack's whole toll in its story
IN_TOTAL = _compile(r"\bin\s+total\b|\boverall\b")

# --- location --------------------------------------------------------------------
_PLACE_WORD = r"\p{Lu}[\p{L}’'-]*"
LOCATION = _compile(
    rf"""
    (?<!\p{{L}})(?:in|at|near|outside|inside|across|around|from|on|
        (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+
    (?:the\s+)?
    # "in the southern province of Kestor", "in the provinces of Oskel and Brin": the name
    (?:(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?
       (?-i:(?:\p{{Lu}}[\p{{L}}’'-]*\s+){{0,2}})  # "the northern Syrian town of Darkoush"
       (?:(?:province|provinces|region|regions|district|districts|state|states|governorate|county|
          city|town|village|villages|camp|municipality|department)\s+of\s+
         |capital\s*,?\s+(?:of\s+)?))?  # "in the Somali capital of Mogadishu", "the Serbian capital, Belgrade"
    (?:(?:neighbou?ring|nearby|rebel-held|government-held|opposition-held|occupied|besieged|war-torn|downtown|suburban)\s+)?
    (?P<loc>
        (?:(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|
              north-?western|south-?eastern|south-?western)\s+)?
        (?-i:{_PLACE_WORD}(?:\s+(?:(?:al|el|de|of|la|du|del|ad|as|ash|an|ar)\s+)?{_PLACE_WORD}){{0,3}})
    )
    """
)
NOT_PLACE = {
    *(d.capitalize() for d in lx.WEEKDAYS),
    "IDP",  # "an IDP camp in Tigray": whose camp, not where
    "Airlines",  # "in the Yeti Airlines crash in Pokhara": a company
    "Airways",
    "IDPs",
    # "said on Telegram": where a statement was posted
    *("Telegram", "Facebook", "Twitter", "X", "Instagram", "WhatsApp", "YouTube", "TikTok"),
    *(m.capitalize() for m in lx.MONTHS),
    "The",
    "A",
    "An",
    "This",
    "That",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "Israeli",
    "Palestinian",
    "Hamas",
    "Hezbollah",
    "UN",
    "U.N.",
    "Reuters",
    "AFP",
    "AP",
}

# --- dates ---------------------------------------------------------------------------
_MONTHS = _words(lx.MONTHS)
# A sentence or heading that opens on a full date with its year: a timeline's entry
# A month's day before its year ("March 22, 2017", "22 March 2017")
_DAY_OF_YEAR = r"(?:(?:\L<months>)\.?\s+\d{1,2},?\s+|\d{1,2}\s+(?:\L<months>)\.?\s+)"
DATED_LEAD = _compile(
    rf"(?:on\s+(?:the\s+(?:evening|morning|afternoon|night)\s+of\s+)?)?{_DAY_OF_YEAR}(?:19|20)\d\d\b",
    months=_MONTHS,
)  # "On the evening of July 14, 2016, ..."
# "the toll could [exceed 2,000]", "may [top 100]": a modal right before a count whose
# qualifier is its verb, a forecast (but "may have exceeded" is a hedged count)
FORECAST_QUAL_BEFORE = _compile(r"\b(?:could|might|may|would|will|can)\s+$")
# "[As of] Sunday evening, 153 were dead": the day a toll was counted (extractor._counted_as_of)
AS_OF_BEFORE = _compile(r"\bas\s+of\s+$")
# What may follow the last day of a span ("on July 6 and [7], police said", "December 6-[8] in
# Varna"), but not a second count with its own day ("28 on June 18 and 25 on June 19")
_DAY_SPAN_END = (
    r"\s*(?:[,.;:)]|$|(?:in|at|when|as|after)\b|and\b(?!\s+\d)|on\b(?!\s+(?:\L<months>|\L<weekdays>)\b))"
)
# "killed 12 on July 3 and [4], police said": the last day of a span of days (DATE_MENTION's
# d1b), no count
DAY_SPAN_END_BEFORE = _compile(
    r"(?P<between>\bbetween\s+)?\b(?:\L<months>)\.?\s+(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?P<join>-|–|and|to)\s*$",
    months=_MONTHS,
)
DAY_SPAN_END_AFTER = _compile(
    rf"(?:st|nd|rd|th)?{_DAY_SPAN_END}",
    months=_MONTHS,
    weekdays=_words(lx.WEEKDAYS),
)
DATE_MENTION = _compile(
    r"""
    (?P<since>\b(?:since|until|till|before|after|from|by)\s+(?:the\s+|last\s+)?)?
    (?:
        (?P<md>\b(?P<m1>\L<months>)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b
           # "December 6-8", "on July 6 and 7": a span of days, read as its last (not "28 on June
           # 18 and [25] on June 19", a second count)
           (?:\s*(?P<d1join>-|–|and|to)\s*(?P<d1b>\d{1,2})(?:st|nd|rd|th)?\b(?="""
    + _DAY_SPAN_END
    + r"""))?
           (?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)
      | (?P<dm>\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>\L<months>)\b\.?(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?)
      | (?P<my>\b(?P<m3>\L<months>)\s+(?:of\s+)?(?P<y3>(?:19|20)\d\d)\b)
      | (?P<iso>\b(?P<y4>(?:19|20)\d\d)-(?P<m4>\d\d)-(?P<d4>\d\d)\b)
      | (?P<wd>\b(?:(?:late|early|last|on|this|past|previous)\s+)?(?P<weekday>\L<weekdays>)\b)
      | (?P<rel>\b(?:yesterday|the\s+day\s+before(?:\s+yesterday)?|last\s+night|overnight|the\s+previous\s+day|the\s+previous\s+night|
                    the\s+night\s+before|
                    a\s+day\s+earlier|earlier\s+today|today|this\s+morning|tonight)\b)
      # a period of years, read as its last: "the toll between 1975 and 1979", "in 2020 and 2021"
      | (?P<yp>(?:\b(?:between|in|during)\s+(?:19|20)\d\d\s*(?:and|to|-|–)|\b(?:19|20)\d\d\s*(?:to|-|–))\s*(?P<y8>(?:19|20)\d\d)\b
               (?!\s+(?:people|persons|civilians|soldiers|children|deaths|dead|killed|were|have|had|died)\b))
      | (?P<yr>\b(?:in|of|during|for)\s+(?P<y5>(?:19|20)\d\d)\b)  # "statistics for 2019"
      # "compared with 2022, when 69 were killed", "The deadliest year was 2014, when ..."
      | (?P<yr3>\b(?P<y7>(?:19|20)\d\d),?\s+when\b)
      | (?P<yr2>\b(?:the|a|an)\s+(?P<y6>(?:19|20)\d\d)\s+(?=\p{L}))  # "the 2016 quake", "in a 2010 collision"
      | (?P<ly>\blast\s+year\b)
      # "a flood that killed 400 people [20 years ago]", "a decade ago", "two months ago"
      | (?P<ago>\b(?P<ago_n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|
            fifteen|twenty|thirty|forty|fifty|\d{1,3})\s+(?P<ago_unit>year|decade|month|week)s?\s+ago\b)
      | (?P<we>\b(?:at|over|during|on|this|last)\s+(?:the\s+)?weekend\b)
      | (?P<lm>(?<!the\s)\blast\s+month\b)  # (not "in the last month": the 30 days before)
      | (?P<tm>\bearlier\s+this\s+(?P<tm_unit>month|year)\b)  # "Earlier this month, a car bomb killed seven"
    )
    """,
    months=_MONTHS,
    weekdays=lx.WEEKDAYS,
)
SPEECH_DATE = _compile(
    r"\b(?:said|says|reported|announced|told|confirmed|stated|added|updated|revised)\s+(?:on\s+)?$|\bas\s+of\s+$|"
    r"\b(?:statement|report|update|briefing|release)\s+(?:issued\s+|released\s+|published\s+)?(?:on\s+)?$|"
    # "locals told AFP on Sunday", "told reporters by phone on Monday": whom a speaker told, then the day
    r"\btold\s+(?:(?:the\s+)?(?:\L<wires>)|reporters|journalists|the\s+press|a\s+news\s+conference|"
    r"(?:local|state)\s+(?:media|television|tv)|(?:a|an|the|our)\s+(?:[\p{L}-]+\s+)?(?:reporter|correspondent|news\s+agency))"
    r"\s+(?:by\s+(?:tele)?phone\s+)?(?:on\s+)?$|"
    # "said the military on Sunday", "said Kalat police on Monday", "officials said here on Monday":
    # the speaker after its verb, or "here", then the day
    r"\b(?:said|says|reported|announced|told|confirmed|stated|added)\s+"
    r"(?:here|(?:the\s+|a\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:\L<heads>)(?:\s+\([^()]{2,12}\))?)\s+(?:on\s+)?$",
    wires=_words(w.lower() for w in lx.WIRES),
    heads=_words(lx.SOURCE_HEADS),
)
# "The ministry on Monday said", "The group yesterday claimed responsibility": a day of the telling,
# right before its verb (matched at the day's end)
SPEECH_DATE_AFTER = _compile(
    r"\s+(?:said|says|reported|announced|told|confirmed|stated|added|claimed\s+responsibility)\b"
)
# "Sunday's earthquake", "Friday night's attack", "yesterday's blast": the day a date mention
# names is the event's own, matched right after the day (dates.find_dates)
EVENT_POSSESSIVE = _compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)s?\b",
    events=_words(lx.EVENT_NOUNS),
)
# "in Tuesday's airstrike", "from yesterday's blast": one event, of its day (extractor._scope)
DAY_EVENT = _compile(
    r"\b(?:in|during|from|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)s?\b",
    events=_words(lx.EVENT_NOUNS),
)
# A sentence that tells the day of an event it refers back to: "The attack took place on
# Monday", "The strike was carried out on Wednesday night" (matched at the sentence's start)
EVENT_DAY_TOLD = _compile(
    # "Apart from this attack, which occurred late Saturday", "According to security sources, the
    # attack targeted a patrol on Monday afternoon"
    r"\s*(?:(?:apart\s+from|besides|in\s+addition\s+to)\s+|according\s+to\s+[^,.;:!?]{1,60},\s+)?"
    r'[“"]?(?:the|that|this)\s+'
    r"(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)s?\b[^.;:!?]{0,80}?\b(?:\L<verbs>)\b",
    events=_words(lx.EVENT_NOUNS),
    verbs=_words(lx.EVENT_DAY_VERBS),
)
# Inside a sentence: "... when the explosion occurred [Friday evening]", "a section of the bridge
# came down at about 8:40 p.m. on [Friday]": an event's verb a few words before the day
EVENT_VERB_BEFORE_DAY = _compile(
    r"\b(?:\L<verbs>)\s+(?:(?:[ap]\.m\.|[^\s.;!?]+)\s+){0,10}?$",
    verbs=_words(lx.EVENT_DAY_VERBS_BEFORE),
)
# Any of those verbs: most sentences have none, and are not read further for a day
_EVENT_VERBS_ALL = _words([*lx.EVENT_DAY_VERBS, *lx.EVENT_DAY_VERBS_BEFORE])
EVENT_VERB_ANY = _compile(r"\b(?:\L<verbs>)\b", verbs=_EVENT_VERBS_ALL)
# "[On Saturday night], the fire broke out at the depot": the day, then the event and its verb
DAY_THEN_EVENT_VERB = _compile(
    r"(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:\L<events>)s?\s+(?:\L<verbs>)\b",
    events=_words(lx.EVENT_NOUNS),
    verbs=_EVENT_VERBS_ALL,
)
# "the attack on [Saturday]", "the strike late [Monday]": an event's own day named right after it
EVENT_ON_BEFORE = _compile(
    r"\b(?:\L<events>)s?\s+(?:(?:on|late|early|last|this)\s+)*$",
    events=_words(lx.EVENT_NOUNS),
)
# The words of a tally over a period: "deaths were recorded in 2014", "the deadliest year"
TALLY_WORD = _compile(r"\b(?:\L<w>)\b", w=_words(lx.TALLY_WORDS))
# An event that happens once ("the 2010 floods", "a storm"), not a period's violence or fighting
ONE_EVENT = _compile(
    r"\b(?:\L<events>)s?\b", events=_words(w for w in lx.EVENT_NOUNS if w not in lx.EVENTS_THAT_GO_ON)
)
# "since the October 7 [attacks]": a day that names its event
EVENT_NOUN_AFTER = _compile(r"\s+(?:\L<events>)s?\b", events=_words(lx.EVENT_NOUNS))
# "in an ambush", "A drone strike": an event told as new, not one referred back to
NEW_EVENT = _compile(
    r"\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)s?\b",
    events=_words(lx.EVENT_NOUNS),
)

# The story's own event before its day: "during [the shootout on] Thursday night"
THE_EVENT_ON_BEFORE = _compile(
    r"\b(?:the|this|that)\s+(?!(?:other|second|separate|similar|previous|earlier|next|latest)\b)"
    r"(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)s?\s+(?:(?:on|late|early|last|this)\s+)*$",
    events=_words(lx.EVENT_NOUNS),
)
# Any event's noun: a sentence without one (nor an event's verb) tells no event's day
EVENT_NOUN_ANY = _compile(r"\b(?:\L<events>)s?\b", events=_words(lx.EVENT_NOUNS))
# What may stand before a day that opens a sentence: a quote's mark, "On the evening of"
DAY_OPENING = _compile(r"\W{0,3}(?:on\s+)?(?:(?:the\s+)?(?:evening|morning|afternoon|night)\s+of\s+)?")
# "On Thursday, May 11 at 5:00 p.m., the village suffered a cowardly [attack]": the day, then
# a place that suffered an event, in its clause (not "forces launched an assault", which may be
# one day of a longer operation)
DAY_THEN_EVENT_NOUN = _compile(
    r"(?:[ap]\.m\.|\d[:.]\d|[^.;:!?]){0,180}?\b(?:suffered|witnessed|came\s+under|was\s+hit\s+by)\s+"
    r"(?:[\p{L}-]+\s+){0,5}?(?:\L<events>)s?\b",
    events=_words(lx.EVENT_NOUNS),
)
# "[On June 22], the invading army attacked Kharkiv": after a day that opens a sentence
DAY_THEN_ATTACK = _compile(
    r"(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s+[^.;:!?]{0,60}?\b(?:\L<verbs>)\b",
    verbs=_words(lx.ATTACK_VERBS),
)
# A dateline that opens a sentence: "Beijing, [July 22] Rescuers have found ...", "NEW DELHI,
# [Aug 3] (IANS) -": the day of the report, not of an event (read on the text, for its capitals)
DATELINE_PLACE_BEFORE = regex.compile(r"\p{Lu}[\p{L} .’'-]{1,30},\s*$")
DATELINE_AFTER = regex.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[-—–:]|\p{Lu})")
# --- article metadata ----------------------------------------------------------------
DATE_HEADER = regex.compile(r"\A\s*date\s+(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?[^\n]*", regex.I)
# The header's own words, before the headline that may follow it on its line
DATE_HEADER_LEAD = regex.compile(r"\s*date\s+\d{4}-\d\d(?:-\d\d)?\s+", regex.I)
DATELINE_WITH_YEAR = _compile(
    r"""
    (?:\b(?P<m1>\L<months>)\.?\s+(?P<d1>\d{1,2})(?:,\s*|\s+)(?P<y1>(?:19|20)\d\d)(?!\d)  # "Feb 13,2024", "April 21, 2019Apr 21, 2019"
      # "30th August 2019", "20 Mar 202512:36 PM" (the year run into the time)
      | \b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>\L<months>)\.?,?\s+(?P<y2>(?:19|20)\d\d)(?:\b|(?=\d{1,2}:\d\d))
      | \b(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)(?:\b|(?=T\d))  # "2022-05-16T18:13:22+00:00"
      | \b(?:on|published|posted|updated)?\s*(?P<m4>\d{1,2})/(?P<d4>\d{1,2})/(?P<y4>(?:19|20)\d\d)\b
      | \b(?P<d5>\d{1,2})-(?P<m5>\d{1,2})-(?P<y5>(?:19|20)\d\d)\b)
    """,
    months=_MONTHS,
)
# A clock time on a dated line, as a byline has: "Sunday, 31 December, 2023, 09:54"
CLOCK_TIME = regex.compile(r"\b\d{1,2}:\d\d\b")
# A page's box of the day it is read ("Today in New Delhi, India"): a short line of its own
TODAY_LABEL = _compile(r"^\s*today\b(?!,).{0,40}$")
# "— Ajijur Rahman (@AjijurR84590395) October 24, 2022": an embedded post's date, not the story's
EMBED_POST = regex.compile(r"\(@\w{2,}\)|pic\.twitter\.com/|\bt\.co/")
# "Updated: 2008-08-13 14:10": a page's stamp before the story, no day of an event (dates.find_dates)
STAMP_BEFORE = _compile(r"\b(?:updated|published|posted|modified|created)\s*:?\s*$")
LAST_MODIFIED = _compile(
    r"^(?!.*\b(?:created|published|posted)\b).*(?:last\s+(?:modified|updated|update)|updated\s*:|modified\s*:)"
)
# "| Created: 07-08-2022": the stamp of the day a page was made, after its "Updated:" one
MADE_STAMP = _compile(r"\b(?:created|published|posted)\s*:?\s*")
# "Sun, 05 May 2024 Today's Paper": a site's banner, the day the page was read
PAPER_BANNER = _compile(r"today['’]s\s+paper|\be-?paper\b")
# "militants abducted 251 people in its Oct. 7, 2023, attack": a date inside a story's sentence
# (but a report's "(As of 15 April 2025)" is its own day)
STORY_DATE_BEFORE = _compile(
    r"\b(?:in|its|their|his|her|(?<!\(as\s)of|after|before|during|for|a|an|the)\s+(?:the\s+)?$"
)
DATELINE = _compile(
    r"""
    ^\s*(?P<place>\p{Lu}[\p{Lu}\p{L} .’'-]{1,40}?)
    (?:,\s*[\p{L} .]{2,30}?)?
    ,\s*(?P<m>\L<months>)\.?\s+(?P<d>\d{1,2})(?:,?\s+(?P<y>(?:19|20)\d\d))?
    \s*(?:\((?P<wire>[^)]{2,40})\))?\s*[—–-]
    """,
    months=_MONTHS,
)
# "rose by [1,100] to 12,391": a rise, then the count it rose to (numbers.find_figures)
INCREASE_BY_BEFORE = _compile(
    r"\b(?:rose|risen|rising|rises|increased|increasing|climbed|jumped|surged|soared|grew|grown|went\s+up|gone\s+up)\s+by\s+"
    r"(?:(?:nearly|almost|about|around|some|roughly|approximately|over|more\s+than|at\s+least)\s+)?$"
)
# "another" as a count of one: "left one dead and [another] injured", "killed one and wounded [another]"
ANOTHER_ONE = _compile(
    r"\b(?:and|while|with)\s+(?P<n>another)(?=\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:seriously\s+|critically\s+)?"
    r"(?:injured|wounded|hurt|killed|dead|died|missing)\b)"
    r"|\b(?:injured|wounded|hurt|killed)\s+(?P<n2>another)(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|during|when|after|and)\b))"
)
# "rescued [10] corpses", "pulled out [12] bodies": verbs that save the living, before the dead
# "[The bodies of] 1,212 soldiers were returned": the dead, whatever is done with them
BODIES_OF_BEFORE = _compile(
    r"\b(?:bodies|remains|corpses)\s+of\s+(?:(?:\L<qualifiers>)\s+)?$", qualifiers=_QUALIFIERS
)
BODIES_RESCUED = _compile(
    # "Ukraine repatriated 77 bodies", "received the remains of 40": the dead, handed over
    r"\b(?:rescued|pulled\s+out|evacuated|saved|repatriated|returned|handed\s+over|exchanged|swapped|received)\s+"
    r"(?:(?:the\s+)?(?:bodies|remains)\s+of\s+)?(?:(?:\L<qualifiers>)\s+)?$",
    qualifiers=_QUALIFIERS,
)
# "members of [two] families": groups people come from, no count of people
GROUPS_AFTER = _compile(r"\s+(?:families|households|clans|tribes|generations)\b")
OF_FROM_BEFORE = _compile(r"\b(?:of|from)\s+$")
# "trapped in Garney", "trapped in and around El Fasher": a besieged town's people, not the missing
TRAPPED_IN_PLACE = regex.compile(
    r"trapped\s+(?:in|within|inside)\s+(?:and\s+around\s+)?(?:the\s+(?:besieged\s+)?(?:city|town|camp)\s+of\s+)?\p{Lu}"
)
# "leaving civilians trapped with little access to food": a siege's people, not the missing (but
# miners trapped without food after a collapse are: read outside a disaster's story only)
TRAPPED_BESIEGED = _compile(
    r"trapped\s+(?:with(?:out)?\s+(?:little\s+|no\s+|any\s+)?(?:access|food|water|aid)|by\s+(?:the\s+)?(?:fighting|siege|clashes))"
)
# An average, no count: "an average of [six] people died ... every day"
AVERAGE_BEFORE = _compile(r"\b(?:an\s+average\s+of|on\s+average,?|averaging|average\s+of)\s+$")
RATE_AFTER = _compile(r"[^.;:]{0,60}?\b(?:every|each|per|a)\s+(?:day|week|month|year|hour)\b")
# "The average age of the victims was [30]": an age
AGE_OF_BEFORE = _compile(
    r"\bage\s+of\s+[^.;:\d]{0,50}?\b(?:was|is|were|are|stood\s+at|of)\s+(?:about\s+|around\s+|just\s+)?$"
)
# A month's name right before a day: "since Oct. [7]"
MONTH_BEFORE = _compile(r"\b(?:\L<months>)\.?\s+$", months=_MONTHS)
# How a last sentence without a stop may end whole, no excerpt's cut: a day of a month, a year,
# a site's address ("... since October 7", "... in 2023", "... headtopics.com")
COMPLETE_END = _compile(
    r"(?:\b(?:\L<months>)\.?\s+\d{1,2}|\b\d{1,2}\s+(?:\L<months>)|\b(?:19|20)\d\d|"
    r"\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co\.uk|in|pk|ng|ke))\s*\Z",
    months=_MONTHS,
)
SIGNOFF = _compile(r"(?:[—–-]{1,2}\s*|\(\s*)(?P<wire>\L<wires>)\s*\)?\s*\.?\s*\Z", wires=_words(lx.WIRES))
WIRE_PAREN = _compile(r"^[^\n]{0,80}?\((?P<wire>\L<wires>)\)\s*[—–-]", wires=_words(lx.WIRES))

# --- attribution ---------------------------------------------------------------------
_SPEECH = _words(lx.SPEECH_VERBS)
# "the Ministry [reported] 37,877 deaths": a verb of telling between a speaker and its count
SPEECH_VERB_BETWEEN = _compile(r"\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<speech>)\b", speech=_SPEECH)
_NP_WORD = r"[\p{L}\p{N}’'.&-]+"
_NP_END = r"(?=\s*(?:[,.;:\"“”()?!]|$|\s+(?:more\s+than|at\s+least|some|about|nearly|over)\s+\d|\s+\d{1,3}(?:,\d{3})+\b|(?<!\bknown)\s+(?:on|at(?=\s+\d)|in\s+(?:a|its|their|his|her)|which|(?-i:who)|where|that|and(?!\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:Agency|Authority|Ministry|Office|Department|Commission|Services?|Centre|Center|Council|Committee|Organi[sz]ation|Administration|Directorate|Bureau|Institute|Society|Unit|Force|Project|Network|Observatory)\b)|as|after|while|but|based|citing|released|published|issued|shared(?=\s+by\b)|(?-i:confirm|confirms)|said|says|told|(?-i:also|states|stated|shows|showed)|when|from\s+the\s+\p{Ll}|for\s+the\s+\p{Ll}|late|early|last|this|earlier|yesterday|today|the\s+(?:death\s+)?(?:toll|number|total|figure)|(?:is|was|are|were)(?=\s+(?:\d|(?:more\s+than|at\s+least|about|over|nearly|some)\b)))\b))"
# A sentence that ends with its source's acronym in brackets, as situation reports write it:
# "842,648 people internally displaced (IOM)."
SOURCE_TAG_END = regex.compile(r"\((?P<src>\p{Lu}[\p{L}-]{1,12})\)\s*[.;]?\s*$")
# A name that goes on past "and" to its acronym: "the Armed Conflict Location [and Event Data
# Project (ACLED)]", which _NP_END cut at "and"
NAME_GOES_ON = regex.compile(r"\s+(?:and|&)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,5}\((?P<acro>\p{Lu}{2,10})\)")
# An appositive name, maybe introduced: "[known as] Madres Buscadoras de Jalisco"
KNOWN_AS_NAME = regex.compile(
    r"(?:(?:known\s+as|called|named)\s+)?(?P<name>.+)", regex.IGNORECASE | regex.DOTALL
)
# A source described, then named: "volunteer first responders known as the White Helmets"
KNOWN_AS = regex.compile(r"\s(?:known\s+as|called)\s+(?=\S)", regex.IGNORECASE)
_TALLY_ADJECTIVES = "|".join(lx.TALLY_ADJECTIVES)
ACCORDING_TO = _regex(
    rf"""
    \b(?:according\s+to\s+(?:(?:an?|the)\s+)?(?:(?:{_TALLY_ADJECTIVES})\s+)*
        (?:tally|count|balance\s+sheet)\s+(?:of|from|by|(?:\L<put_out>)\s+by)|
        according\s+to|citing|quoting|cited\s+by|quoted\s+by|per|(?:a\s+)?statement\s+(?:from|by)|
        (?:confirmed|announced|released|provided|given|put\s+out|reported|recorded|documented|
           counted|compiled|verified|tallied|stated)
           (?:\s+(?:on\s+|late\s+|early\s+)?(?:\L<weekdays>|yesterday|today|earlier))?
           (?:\s+(?:on|via)\s+(?:\L<social>))?  # "announced Sunday on Twitter by"
           \s+by|  # "as stated by Omar Ali, the spokesman for ...", "reported on Wednesday by the governor"
        (?:(?:an?|the)\s+)?(?:(?:{_TALLY_ADJECTIVES})\s+)*
        (?:figures|data|numbers|tally|count|estimates?|balance\s+sheet|information|details)\s+
        (?:(?:on|late|early)\s+\p{{L}}+\s+)?  # "a tally on Thursday by", "information shared by"
        (?:from|by|(?:\L<put_out>)\s+
           (?:(?:on\s+|late\s+|early\s+)?(?:\p{{L}}+day|yesterday|today)\s+)?by)|
        # "a report released on Saturday by", "reports by the military" (not "a report from Herat")
        # "the last survey conducted by"
        (?:a\s+|an\s+|the\s+)?(?:updated\s+|new\s+|latest\s+|last\s+|recent\s+|earlier\s+|initial\s+)?
        (?:reports?|surveys?|stud(?:y|ies)|investigations?)\s+
        (?:by|(?:\L<put_out>|conducted|carried\s+out)\s+
           (?:(?:on\s+|late\s+|early\s+)?(?:\p{{L}}+day|yesterday|today)\s+)?by))
    \s+(?P<src>{_NP_WORD}(?:\s+{_NP_WORD}){{0,11}}?){_NP_END}
    """,
    weekdays=lx.WEEKDAYS_FOR_SOURCES,
    social=_words(lx.SOCIAL_MEDIA),
    put_out=_words(lx.PUT_OUT_VERBS),
)
# ", the health ministry in Hamas-run Gaza said." / "The Israeli military said ..."
# A subject opens the sentence, or follows a comma, a quote, a colon, a dash or a conjunction:
# SUBJECT_OPENING finds those places in one pass (a punctuation mark may have one white space
# after it: the subject may begin after either), and SUBJECT_SAID is matched at each,
# not tried at every character of the sentence (4x less time, the same matches: tests/test_engines.py).
_SUBJECT_CONJUNCTIONS = ["and", "but", "as", "while", "which", "whom", "who", "that", "after", "before",
    "when", "because", "since", "although", "though", "where", "until", "once", "if"]  # fmt: skip
SUBJECT_OPENING = regex.compile(
    # "KABUL, Afghanistan (AP) _ Afghan officials say": a wire's underscore dash too
    rf"(?=(?P<punct>[,“”\"‘;:—–)])(?P<space>\s)?|(?P<before>\s(?:--?|_)\s|\b(?:{'|'.join(_SUBJECT_CONJUNCTIONS)})\s))",
    regex.IGNORECASE | regex.V0,
)
# The places SUBJECT_OPENING finds, as one look-behind: tests/test_engines.py compiles it before
# SUBJECT_SAID and holds the overlapped search of the two to the matches found at those places.
SUBJECT_SAID_ANCHOR = rf"""(?:^|(?<=[,“”"‘;:—–)]\s?)|(?<=\s[-_]\s)|(?<=\s--\s)|(?<=\b(?:{"|".join(_SUBJECT_CONJUNCTIONS)})\s))"""
_SPEECH_ADVERBS = _words(lx.SPEECH_ADVERBS)
SUBJECT_SAID_LISTS = {
    "speech": _SPEECH,
    "qualifiers": _QUALIFIERS,
    "adverbs": _SPEECH_ADVERBS,
    "paper_verbs": _words(lx.PAPER_VERBS),
    "observers": _words(lx.OBSERVERS),
}
SUBJECT_SAID = _regex(
    rf"""
    \s*(?:(?:while|where|when|as|after|although|though|because|since|but|and|so|if|once|until)\s+)?
    # (not a time: "the ministry, on Wednesday (July 10) reported", "which as of Tuesday this week estimated")
    (?P<src>(?!(?:it|he|she|they|we|i|you|this|that|there|which|(?-i:[Ww]ho)|while|where|when|as|after|although|though|because|since|but|and|so|if|according|
                  of|at|by|for|with|from|amid|during|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
                 |on\s+\w+day\s*[(,]
                 # "Its previous toll had said": the speaker's own paper (PRONOUN_SAID)
                 |(?:its|their)\s+(?:(?:previous|earlier|latest|last|new|initial|own)\s+)?(?:toll|tally|count|figures|report|statement|estimate|update)\b){_NP_WORD}(?:\s+{_NP_WORD}){{0,13}}?)
    # "bodies of the alleged attackers": a verb after "the", "of" is no speech verb
    # (nor after a paper's adjective: "The revised report by OCHA states")
    (?<!\b(?:the|a|an|its|his|her|their|of|to|for|by|with|from|in|on|at|revised|new|latest|initial|previous|
              final|preliminary|updated|earlier))
    (?:\s*\((?P<acro>[^()]{{2,20}})\))?
    # (not "Puna, Aug 31: At least 12 were killed ..., said", nor a dateline's "ISLAMABAD, Nov 17
    # (KUNA) -- The attack killed seven troops, said": a dash ends a dateline, no apposition)
    (?:\s*,\s*(?P<appos>(?:(?!\s(?:--|—|–)\s)[^,:;]){{3,120}}?)\s*,)?
    # "the Gaza Ministry of Health, on Wednesday (July 10) reported": the day in commas
    (?:\s*,\s*on\s+\p{{Lu}}\p{{Ll}}+(?:\s*\([^()]{{1,20}}\))?\s*,?(?=\s))?
    # "India Today reported": a capitalised "Today" ends a name, it is no time of the speech
    \s+(?:(?:(?!(?-i:Today)\b)\L<adverbs>|has|have|had|had\s+earlier|
            on\s+\p{{Lu}}\p{{Ll}}+|on\s+\p{{Lu}}\p{{Ll}}+\s+\p{{Ll}}+)\s+)*
    (?P<verb>\L<speech>|(?<=\b(?:\L<observers>)\s+)(?:saw|ha[sd]\s+seen))\b(?!\s+(?:the\s+)?(?:lives?|responsibility|credit|victory)\b|(?<=\bclaim(?:ed|s))\s+(?:(?:\L<qualifiers>)\s+)?\p{{N}}
        # "Early reports said": "reports" is the subject's noun when a verb follows it
        |(?<=\b(?:reports?|estimates?|counts|records|documents|claims|notes))\s+(?:\L<speech>|\L<paper_verbs>)\b)
    """,
    **SUBJECT_SAID_LISTS,
)
# The run of words SUBJECT_SAID's subject begins (_may_say), with its flags; "(" or "," after it
SUBJECT_RUN = regex.compile(rf"\s*{_NP_WORD}(?:\s+{_NP_WORD})*", regex.IGNORECASE | regex.V0)
SUBJECT_RUN_TAIL = regex.compile(r"\s*[(,]", regex.V0)
# "the ministry, [on Wednesday (July 10)] reported": a day between a subject and its verb
DAY_ASIDE = regex.compile(r"\s*on\s+\p{Lu}\p{Ll}+(?:\s*\([^()]{1,20}\))?\s*,?\s*", regex.V0)
NP_WORD = regex.compile(_NP_WORD, regex.IGNORECASE | regex.V0)
PRONOUN_SAID = _compile(
    r"(?:^|(?<=[,“”\"]\s?))\s*(?:(?:\L<lead_times>)\s*,?\s+)?(?P<pron>it|he|she|they|the\s+(?:spokesman|spokeswoman|spokesperson|official|statement|release|bulletin|report|post|message)"
    # "Its previous toll had said": the speaker's own earlier paper
    r"|(?:its|their)\s+(?:(?:previous|earlier|latest|last|new|initial|own)\s+)?(?:toll|tally|count|figures|report|statement|estimate|update))"
    r"\s+(?:(?:\L<adverbs>|had|has)\s+)?(?:\L<speech>|reads|read)\b",  # '"...," the post reads'
    speech=_SPEECH,
    adverbs=_SPEECH_ADVERBS,
    lead_times=_words(lx.SPEAKER_LEAD_TIMES),
)
# A deed inside what SUBJECT_SAID took for a subject: a sentence that ran on into "... said"
# without a comma, whose speaker is not all those words
# "In another report from Herat, five were killed, said ...": a phrase of where it was told
# "In a statement posted on X, the ministry said": a phrase of how it was told, whatever follows
PREPOSITION_PHRASE_SUBJECT = _compile(
    r"(?:in|on|at|from|amid|during|after)\s+(?:another|a|an|the|this|that|its|their|his|her)\b"
)
# A subordinate clause inside what SUBJECT_SAID took for a subject: a verb, then a conjunction
CLAUSE_IN_SUBJECT = _compile(
    r"\b\w+(?:ed|ing)\s+(?:as|while|when|after|because|since|although|though|where|once|until)\s"
)
# "Iran Human Rights [(IHR)] NGO said", "the ... (AAPP) advocacy group has said": a name's
# acronym, then the kind of body it is, read as the speaker's words
ACRONYM_BEFORE = regex.compile(
    r"(?P<acro>(?:\p{Lu}[\p{L}’'.&-]*\s+(?:(?:for|of|on|and|the|in|de)\s+)*){1,8}\(\p{Lu}[\p{L}&-]{1,10}\))\s+$"
)
# A speaker's role alone, whose body is named before it: "[officer]", "[spokesman]"
ROLE_ONLY = _compile(r"(?:senior\s+)?(?:officer|official|spokesman|spokeswoman|spokesperson|source|chief)")
KIND_OF_BODY = _compile(
    r"(?:(?:human\s+)?rights\s+|advocacy\s+|aid\s+|monitoring\s+|watchdog\s+|campaign\s+|charity\s+)?"
    r"(?:ngo|group|organi[sz]ation|watchdog|monitor|charity|body|network|agency)"
)
# "In Maharashtra, 62 people have died, said the minister": a place phrase, no subject
PLACE_PHRASE_SUBJECT = regex.compile(
    r"(?i:in|at|from|across|near)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}$"
)
ACTION_IN_SUBJECT = regex.compile(
    r"\b(?:attacked|killed|struck|stormed|opened|fired|ambushed|shelled|bombed|raided|kidnapped|released|issued|"
    r"abducted|seized|captured|destroyed|burned|looted|launched|targeted|hit)\s+\S",
    regex.IGNORECASE,
)
# ", said Ahmed Ali, a spokesman for the ministry."
SAID_SUBJECT = _regex(
    rf"""
    (?:,|“|”|")\s*(?:\L<speech>)\s+(?:on\s+\p{{Lu}}\w+\s+)?
    (?P<src>{_NP_WORD}(?:\s+{_NP_WORD}){{0,11}}?)
    # ", confirmed the Prisoners Society [(PPS) on Friday]": its acronym, the day it spoke
    (?:\s*\([^()]{{2,20}}\))?(?:\s+(?:on\s+|late\s+|early\s+)?\p{{Lu}}\p{{Ll}}+day\b)?
    (?:\s*,\s*(?P<appos>[^,.]{{3,80}}))?
    # ", a railway official in Bhopal[, the main city in the state]": the apposition's own
    (?:\s*,\s*(?:the|a|an)\s[^,.]{{3,80}})?
    # "wrote Mykola Lukashuk, head of the regional council[, on Telegram]": where it was said
    (?:\s*,\s*(?:on|in|via)\s[^,.]{{2,50}})?
    # ", after what he described as a drone strike": a clause of the speaker's, after the name
    (?:\s*,\s*(?:after|before|as|when|while|adding|noting|speaking|who|which|without)\s[^.]*?)?
    \s*[.”"]?\s*$
    """,
    speech=_SPEECH,
)
_POSSESSIVE_TAIL = r"""(?:’s|'s|(?<=s)’|(?<=s)')\s+(?:latest\s+|last\s+|new\s+|
    updated\s+|official\s+|own\s+|revised\s+|daily\s+)?(?:figures?|tally|count|toll|data|statement|
    estimate|numbers|report|update|records|tolls)\b"""
# "the news agency quoted the ministry as saying": the one quoted speaks
QUOTED_AS_SAYING = _compile(
    rf"\bquoted\s+(?P<src>(?:the\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,7}}?)\s+as\s+(?:saying|stating)\b"
)
# Whom a speaker told, when a paper or a broadcaster: "witnesses told [Radio Dabanga]", "told
# [the Dhaka Tribune]", "told [Channel 24 TV] station". Not a wire ("told AFP": the story's own
# reporter, most often) nor "told reporters" (an audience)
TOLD_MEDIA = regex.compile(
    r"\s+(?:an?\s+|the\s+)?(?!(?:\L<wires>)\b)(?P<media>(?-i:Radio\s+\p{Lu}[\p{L}’'-]+|"
    r"\p{Lu}[\p{L}’'.-]*\s+(?:(?:\p{Lu}[\p{L}’'.-]*|\d+)\s+){0,3}(?i:\L<media_words>)))\b",
    regex.IGNORECASE | regex.V0,
    media_words=lx.MEDIA_NAME_WORDS,
    wires=lx.WIRES,
)
# A relayer, then whom it cites: "X reported, citing [Y]" (the relayer ends where this begins)
CITING_AFTER = _compile(r"\s(?:(?:reported|said|says|reports)\s*)?,?\s*citing\s+(?=\S)")
# "provincial council member Ahmad Jahfari, who told AFP that 12 ... had been killed": a speaker
# named before a relative clause, a name with up to three words of role before it
WHO_SAID = _compile(
    r"""
    (?P<src>(?<![\p{L}’'.-])(?-i:(?:(?!(?:is|are|was|were|by|of|in|on|at|to|from|with|followed)\b)[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*)),\s+
    # "the United Nations, which as of Tuesday this week estimated that": a body's clause
    (?:who|which)\s+(?:also\s+|later\s+|earlier\s+|(?:as\s+of|on|last|this)\s+\p{L}+(?:\s+(?:this|last)\s+week)?\s+)?
    (?:told|said|says|tells|reported|confirmed|estimated|estimates|announced|recorded|documented)\b
    """
)
# ", a spokesman for the provincial governor": who the person named before it speaks for
APPOSITION_AFTER = regex.compile(r"\s*,\s*(?P<appos>(?:a|an|the)\s+[^,;.()]{3,80}?)\s*(?=[,.;]|$)")
# "..., with the Varnian health ministry saying 9,770 people have been killed"
WITH_SAYING = _compile(
    rf"""
    \bwith\s+(?P<src>(?:the\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,7}}?)\s+(?:saying|reporting|putting)\b
    """
)
# "A physician at the hospital gave a higher toll, saying that 33 were killed": the sentence's
# subject gave the figure, when its verb is one of giving a count
SUBJECT_GAVE_SAYING = _compile(
    rf"""
    ^\s*(?P<src>{_NP_WORD}(?:\s+{_NP_WORD}){{0,7}}?)\s+
    (?:gave|put|provided|released|issued|offered|published|updated|revised|raised|lowered|cited)\b
    [^,;.]{{0,80}},\s+saying\b
    """
)
POSSESSIVE_TALLY = _compile(
    # (not "[while] Reuters' latest count": a conjunction opens no name)
    rf"(?P<src>\b(?!(?:while|whereas|but|and|as|after|when|though|although)\b)(?:the\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,5}}?){_POSSESSIVE_TAIL}"
)
# The tally's own words, which every POSSESSIVE_TALLY match holds: a sentence without them
# is not searched for the owner, whose lazy phrase is tried at every word (over the bench
# corpus's claim sentences: 743 ms for the whole pattern, 4 ms for these words).
POSSESSIVE_HINT = _compile(_POSSESSIVE_TAIL)
ORG_HEADS = frozenset(lx.ORG_HEADS)
PLACE_UNITS = frozenset(lx.PLACE_UNITS)
# "The Turkish Minister of the Interior", "Minister of Health": the ministry of that portfolio
# (a portfolio, not a country: "Prime Minister of Pakistan", "Chief Minister of Punjab")
MINISTER_OF = regex.compile(
    r"(?:[Tt]he\s+)?(?P<pre>(?!(?:Prime|Chief|Deputy|Foreign|First)\b)\p{Lu}[\p{L}’'-]+\s+)?(?:[Mm]inister)\s+of\s+(?:the\s+)?"
    r"(?P<portfolio>(?:\L<portfolios>)(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}-]+){0,2})",
    portfolios=lx.PORTFOLIOS,
)
SOURCE_FOLD = _compile(
    r"""
    ^(?:.*?\b(?:spokesman|spokeswoman|spokesperson|official|officials|head|chief|director(?:[\s-]general)?|
              secretary[\s-]general|representative|member|members|source|sources|commander|minister|
              doctor|surgeon|physician|nurse|officer|coordinator)\s+
       (?:for|of|with|from|at(?!\s+(?:the\s+)?(?:scene|site|spot)\b)  # "a police official at the scene"
          # "a senior officer in Bihar's police force": a body, not the place served ("in the district")
          |in(?=\s+.*\b(?:police|army|\L<heads>)$))
       \s+(?P<body>.+)$)
    """,
    heads=_words(lx.ORG_HEADS),
)
# "the hospital's director": the body whose role it is
POSSESSIVE_ROLE = _compile(
    r"^(?P<body>.+?)[’']s\s+(?:(?:deputy|acting|senior|chief)\s+)?(?:spokesman|spokeswoman|spokesperson|"
    r"director(?:[\s-]general)?|head|chief|ceo|chief\s+executive|commander|administrator|superintendent)$"
)
# "a health ministry official": the ministry (police and hospital officials stay so)
ORG_OFFICIAL = regex.compile(
    r"\b(?P<org>ministry|department|agency|office|authority|commission|committee|administration|"
    r"directorate)\s+officials?$",
    regex.IGNORECASE,
)
# "NDMA's Daily Monsoon Situation Report", "the ministry's weekly bulletin": the paper's owner
POSSESSIVE_PAPER = regex.compile(
    r"(?P<body>.+?)[’']s\s+(?:[\p{L}-]+\s+){0,4}(?i:reports?|updates?|bulletins?|sitreps?|statements?|data|figures)"
)
# "Bihar's police force": Bihar police
POLICE_FORCE = regex.compile(
    r"(?:[’']s)?\s+(?:police\s+force|Police\s+force|police\s+Force)$"
)  # (not a name: "Armed Police Force")
SOURCE_TRIM_HEAD = _compile(
    r"^(?:(?:the|a|an|another|its|their|his|her|country[’']s|nation[’']s|data|figures|numbers|information|statistics|a\s+tally|"
    # (not a place's name: "The New York Times", "New Delhi police")
    r"tally|latest|preliminary|provisional|initial|updated|new(?!\s+(?:york|delhi|zealand|jersey|mexico|south|england|hampshire|orleans|guinea|caledonia)\b)|"
    r"count|an?\s+\w+\s+tally|senior|early|earlier|however|meanwhile|moreover|"
    r"based\s+on|"  # "Based on HRW's report, 1835 fatalities were added"
    # "The organization Save the Children estimates": the kind, then the name
    r"(?:organi[sz]ation|charity|group|think\s+tank)(?=\s+(?-i:\p{Lu}))|(?-i:official(?=\s+\p{Lu}\S*\s+(?:\p{Lu}\S*\s+)*(?:Agency|Media|News)\b))|"
    # "A first report said" (not "First Minister")
    r"(?-i:first)(?!\s+(?:minister|lady|deputy|secretary|vice|responders?|nations?|aid)\b)|"
    r"(?:\L<put_out>)\s+by|by|from|of|"
    # "pro-Iranian Hezbollah", "Iran-backed Hezbollah": who backs a group is not its name
    r"pro-[\p{L}]+|[\p{L}]+-(?:backed|aligned|allied|linked|affiliated))\s+)+",
    put_out=_words(lx.PUT_OUT_VERBS),
)
SOURCE_TRIM_TAIL = _compile(
    r"(?:’s|'s)?(?:\s+(?:tally|count|figures|data|statement|estimates?|report|toll|said|says|reported|monitoring|tracking|research|"
    r"spokesman|spokeswoman|spokesperson|officer|there|here|on|in|at|"
    # "The ministry's [initial] tally", "Health authorities [already] confirm"
    r"initial|preliminary|provisional|latest|updated|final|revised|first|early|already|also|now|still|only))+$|(?:’s|'s)$|"
    # "a police official at the scene": where the speaker stood is no part of the name
    r"\s+(?:at|on)\s+the\s+(?:scene|site|spot)$|"
    # "told AFP news agency on Tuesday": the day is no part of the name
    # ("per a Maui County statement Tuesday": the statement's day, then the statement)
    r"(?:\s+(?:statement|report|tally|count|dated))?"
    r"\s+(?:(?:on|late|early)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$|"
    # "Mali's government earlier in the day", "the ministry later", "the army yesterday"
    r"(?-i:\s+(?:earlier|later)(?:\s+(?:in|on)\s+the\s+day|\s+that\s+day|\s+on)?$|\s+(?:yesterday|today|overnight)$)"  # not "Kestor Today"
)
# "Lebanon's Acting Health Minister": how an office is held, which is not the body
OFFICE_HELD = regex.compile(r"\b(?:acting|interim|caretaker|outgoing)\s+", regex.IGNORECASE)
# A police force's name, which "the force" refers back to: "Merseyside Police", "Devon and
# Cornwall Police", "the Metropolitan Police Service" (not a sentence's "The Police")
POLICE_FORCE_NAME = regex.compile(
    r"\b(?:The\s+)?(?P<name>(?!The\b)(?:\p{Lu}[\p{L}’'-]+\s+(?:and\s+)?){1,4}"
    r"(?:Police(?:\s+(?:Service|Department|Force))?|Constabulary))\b"
)
# "the army [lost] 12 soldiers", "Israel has lost another 3 troops" (extractor: the noun must be
# of people, lx.LOST_PEOPLE_NOUNS)
LOST_BEFORE = _compile(r"\blost\s+(?:another\s+|a\s+further\s+|a\s+total\s+of\s+)?$")
# (not "lost 30 soldiers to desertion", "lost 1,500 officers last year as resignations soared")
LOST_NOT_DEAD_AFTER = _compile(
    r"[^.;]{0,40}?\b(?:to\s+(?:desertion|resignations?|retirement|attrition|defections?|other|rival)|"
    r"resign\w*|retire\w*|defect\w*|desert(?:ed|ion|ers?)\b|quit)"
)
# Another force that "the force" may refer back to: "the Kenya Defence Forces", "the UN
# peacekeeping force in Lebanon"
OTHER_FORCE_NAME = regex.compile(
    r"\b(?:The\s+|the\s+)?(?P<name>(?:(?!(?:The|After|Before|When|While|As|In|On|At|By|For|From|With|A|An)\b)"
    r"\p{Lu}[\p{L}’'-]+\s+){1,4}(?:Forces?)|"
    r"(?:UN|U\.N\.)\s+peacekeeping\s+force(?:\s+in\s+\p{Lu}[\p{L}’'-]+)?)\b"
)
# An office named by its place: "governor of the eastern region", "prefect of Kivu"
ROLE_OF_PLACE = _compile(
    r"(?:(?:deputy|regional|district|provincial|state)\s+)?"
    r"(?:governor|mayor|prefect|administrator|commissioner|chief|head|minister)\s+of\s+(?:the\s+)?[\w’' -]+"
)
# "State Emergency Service in the Varna region": where a body serves, after its name
BODY_PLACE_TAIL = regex.compile(r"\s+in\s+(?:the\s+)?[\p{L}’'. -]+$")
# an unnamed source described by what it knows, a name of its own: "people familiar with the matter"
FAMILIAR_SOURCE = _compile(
    r"(?:people|persons|sources|officials|a\s+person|a\s+source|an\s+official)\s+"
    r"(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s+(?:the\s+)?"
    r"(?:matter|situation|investigation|case|talks|plans?|incident|operation)"
)
NOT_SOURCE = _compile(r"^(?:\L<w>)$", w=_words(lx.NOT_SOURCE))
HAS_DIGIT = regex.compile(r"\d")
# What may follow a speaker that closes its sentence: "..., said OCHA.", "..., the force said on
# Friday.", "..., police said in a statement."
CLOSING_SPEAKER = _compile(
    r"(?:\s+(?:said|says|added|reported|stated|confirmed|told\s+\w+))?"
    r"(?:\s+(?:on|late|early|in|at)\s+[^.;,]{1,40})?\s*[.”\"']*\s*$"
)
# A number word or a vague count: "hundreds of jihadists", "dozens of soldiers", "two officers"
NUMBER_WORD_ANY = _compile(r"\b(?:\L<numwords>|dozens|hundreds|thousands|scores)\b", numwords=_NUMBER_WORDS)
SOURCE_WORD = regex.compile(r"[\p{L}\p{N}]+")


# --- the scan after a figure: trigger words, fillers, prepositions ---------------------
POST_TRIGGER = _compile(
    rf"(?:(?P<cancel>\L<cancel>)|{_category_alternation(lx.CATEGORY_AFTER, _AFTER_EXTRA)})(?![\p{{L}}-])",
    cancel=_words(lx.CANCEL_AFTER),
)
# (matched at a place it may take several words: "have [so far] been abducted")
AUX_WORD = _compile(rf"(?:{_AUX}|to|have|been|be|being)(?![\p{{L}}-])")
PREPOSITION = _compile(
    r"(?:in|at|near|on|from|inside|within|across|aboard|along|around|outside|of|during|"
    r"after|following|when|as|by|with|under|throughout|beneath)(?![\p{L}-])"
)
TOKEN = regex.compile(
    r"[\p{L}\p{N}-][\p{L}\p{N}’'-]*|[,;:()—–\[\]\"“”]|\S"
)  # (a quote before a word is a token of its own: "'neutralized'")
FIGURE_START = regex.compile(r"[\p{N}]")
ADVERB = regex.compile(r"\p{L}+ly(?![\p{L}-])")
ANAPHORIC_EVENT = _compile(
    # "in the fierce battle": up to two words before the event's noun
    r"\b(?:during|in|after|from)\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|strike|airstrike|blast|explosion|"
    r"bombing|raid|assault|incident|shooting|massacre|crash|collapse|landslide|fire|ambush|battle|gunbattle|gunfight|firefight|"
    r"violence|clashes|fighting|siege|riot|stampede|eruption|disaster|accident|storm|quake|"
    r"earthquake|flood|floods)s?\b|\bthe\s+(?:attack|strike|blast|explosion|bombing|raid|"
    r"assault|incident|shooting|crash|collapse|landslide|ambush|siege|riot)\b"
)
INCIDENT_BEFORE = _compile(
    r"\b(?:in|during|from)\s+which\s+$|\b(?:in|during)\s+(?:the|a|an|that|this)\s+"
    r"(?:[\p{L}-]+\s+){0,2}(?:attack|strike|airstrike|blast|explosion|bombing|raid|assault|"
    r"shooting|crash|collapse|ambush)\b"
)
WAR_CONTEXT = _compile(
    r"\b(?:war(?!\s+(?:monitor|zone|crimes?|footing))|wars|offensive|onslaught|conflict|campaign|crackdown|invasion|insurgency|uprising|"
    r"hostilities|pandemic|epidemic|outbreak|heat\s?wave|season|hurricane|cyclone|coup|junta|"
    r"typhoon|monsoon|drought|famine|occupation|revolution|genocide|nationwide|demonstrations|"
    r"cold\s+wave|cold\s+snap|(?:this|last|past|the)\s+(?:year|month)|"
    # "the toll from ongoing Israeli attacks", "the confrontations between Hezbollah and Israel"
    r"ongoing\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|air\s+strikes|bombardments?|raids|assaults|fighting|violence|protests|unrest|clashes)|"
    r"confrontations|cross-border\s+(?:fire|exchanges|attacks|strikes)|(?:two|three|four|"
    # "two months after another mine accident killed 11": the time between two events, no period
    r"several|six|nine|(?<!sentenced\sto\s)(?<!jailed\sfor\s)\d+)\s+(?:months|years|weeks)(?!\s+(?:after|before|ago|earlier|later|old|of\s+age)\b))\b"  # (not "both 45 years old")
)
_WHEN_COUNT = (
    # "when a flight crashed near Buffalo, killing 50", "when a storm in Joplin killed 161"
    r"(?:[^.;\d]{0,120}?\b(?:killing|leaving|claiming\s+the\s+lives\s+of|killed|left|claimed)\s+)?"
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|as\s+many\s+as|up\s+to)\s+)?\d"
)
# A past event told by its year or day: "the deadliest fire since 2000, when 309 people died",
# "1,800 people died in 2005 when Hurricane Katrina breached the levees", "since more than 140
# died in a 2010 collision" (extractor._scope: its figures are that event's)
PAST_EVENT = _compile(
    rf"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:{_DAY_OF_YEAR}|(?:\L<months>)\.?\s+)?"
    r"(?:19|20)\d\d,?\s+(?:when|as)\b"
    # "since [the summer of] 2003, when more than 70,000 died" (but "since 2014, when fighting broke
    # out" starts a period)
    r"|\bsince\s+(?:the\s+(?:summer|winter|spring|autumn|fall)(?:\s+months)?\s+of\s+)?"
    rf"(?:{_DAY_OF_YEAR}|(?:\L<months>)\.?\s+)?(?:19|20)\d\d,?\s+when\s+{_WHEN_COUNT}"
    r"|\bsince\s+(?:more\s+than|over|at\s+least|nearly|almost|about|some)\s+[\d,]+\s+(?:people\s+)?(?:died|were\s+killed|perished)\b",
    months=_MONTHS,
)
STRONG_INCIDENT = _compile(
    r"\b(?:each|per|a|every)\s+day\b|"
    r"\bon\s+(?:\L<months>)\.?\s+\d{1,2}\b|\bon\s+\d{1,2}\s+(?:\L<months>)\b|"  # "on June 20"
    r"\b(?:past|last|previous|preceding)\s+(?:24|48|72|twenty-four)\s+hours\b|"
    r"\bovernight\b|\blast\s+night\b|\byesterday\b|\bon\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b|"
    # one period's flow: "fled between Sunday and Wednesday", "5,000 fled this week"
    r"\bbetween\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+and\s+"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bthis\s+week\b",
    months=_MONTHS,
)
HEADLINE_SOURCE = _compile(r"(?:\s[-–—]\s*|:\s+)(?P<src>(?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+)\s*$")
HEADLINE_PREFIX_SOURCE = _compile(r"^(?P<src>[^:]{2,50}):\s")
# "Gunmen kill 20 in village attack-UN", "... kills three police-police": a speaker glued to the
# headline's last word (taken only where the table knows it or it is a source's generic head,
# and not after a prefix: "pro-government")
HEADLINE_GLUED_SOURCE = regex.compile(r"(?P<before>\p{Ll}+)-(?P<src>[\p{L}’'.]+)\s*$")
PLACE_NAMES = frozenset(lx.PLACE_NAMES)


def people_of_place(low: str) -> bool:
    """Whether a lower-case word is the people's adjective of a place the lexicon knows:
    "pakistani", "kenyan", "libyan", "sudanese"."""
    stems = [low[: -len(end)] for end in ("ese", "ian", "an", "n", "i") if low.endswith(end)]
    return any(
        stem in PLACE_NAMES or stem + "a" in PLACE_NAMES or stem + "ia" in PLACE_NAMES for stem in stems
    )


# The one or two capitalised words a sentence opens with, before a comma or a verb
OPENING_NAME = regex.compile(r"\s*(?P<name>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)(?=,|\s+\p{Ll})")
HEADLINE_LABELS = frozenset(lx.HEADLINE_LABELS)
# The names in a headline label, and their words: "Israel-Gaza war" names Israel and Gaza war.
LABEL_NAMES = re.compile(r"\s*(?:[-–/&,]|\band\b)\s*")
LABEL_WORDS = re.compile(rf"{LABEL_NAMES.pattern}|\s+")
SOURCE_LEAD = _compile(
    r"^\s*(?:(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:data|figures|numbers|information|statistics|a\s+tally|tally|a\s+count|count|lists?|records|"
    r"estimates?|a\s+statement|statements?|a\s+report|reports?)\s+(?:\L<put_out>|collected|gathered|given|put\s+out|posted)?"
    # "figures released Tuesday by", "data published on Monday by"
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:\L<weekdays>|yesterday|today))?"
    r"\s*(?:by|from|of)\s+"
    # "On Saturday the civil defence agency said": the day told first
    r"|(?:(?:late|early)\s+)?on\s+(?:\L<weekdays>)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?=(?:the|an?)\s)"
    # "Earlier he had said", "Meanwhile, the army said": a time before the speaker
    r"|(?:\L<lead_times>)\s*,?\s+(?=\S)"
    # "Gaza, [Nov 6] The UN agency announced", "Deir el-Balah, [Gaza -] A food aid organization
    # said": a dateline run into the subject
    r"|(?:\L<months>)\.?\s+\d{1,2}\s+(?=\S)|[\p{L}’'.]+(?:\s+[\p{L}’'.]+){0,2}\s+[-–—]{1,2}\s+(?=\S)"
    # "A number of witnesses said", "Several residents said": how many spoke, no name
    r"|(?:a\s+number\s+of|a\s+few|a\s+group\s+of|several|some|many)\s+(?=\p{Ll})"
    # "In a separate statement Afghan Defense Ministry officials said": how it was put out
    r"|in\s+(?:(?:a|an|its|his|her|their|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:\L<media>)"  # "In statement the ministry"
    r"(?:\s+on\s+\p{L}+)?\s*,?\s+)",
    media=_words(lx.SPEECH_MEDIA),
    months=_MONTHS,
    lead_times=_words(lx.SPEAKER_LEAD_TIMES),
    put_out=_words(lx.PUT_OUT_VERBS),
    weekdays=lx.WEEKDAYS_FOR_SOURCES,
)
# "Taliban spokesman Zabiullah Mujahid in a twitter post": how the speaker put it out, after
# the name
SOURCE_MEDIUM_TAIL = _compile(
    r"""\s+(?:in|on|via|through)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?
        (?:\L<media>)\b.*$
    |\s+(?:on|via)\s+(?:\L<social>)\b.*$""",
    media=_words(lx.SPEECH_MEDIA),
    social=_words(lx.SOCIAL_MEDIA),
)
# "The government tally shows 38 deaths", "Police data showed": the owner of the figures gives them
DATA_SHOWS = regex.compile(
    r"(?:^|(?<=[,;:“\"]\s))(?P<src>(?:the\s+)?(?:[\p{L}’'.&-]+\s+){1,4}?(?:tally|figures|data|count|"
    r"statistics|records|numbers|investigations?|findings|analysis|monitoring|tracking|research|estimates))\s+(?:show|shows|showed|indicate|indicates|indicated)\b"
    # "recent reports from Reuters indicate": the reports' owner after "from"
    r"|(?:^|(?<=[,;:“\"]\s))(?:(?:recent|latest|new|the)\s+)*(?:reports?|figures|data|statistics)\s+from\s+"
    r"(?P<src>(?:the\s+)?(?:[\p{L}’'.&-]+\s+){0,4}?[\p{L}’'.&-]+)\s+(?:show|shows|showed|indicate|indicates|indicated)\b",
    regex.IGNORECASE,
)
# "The UN rights chief released a new report Monday detailing ...", "the ministry issued a
# statement saying": who put out the paper the figures are told in
ISSUED_PAPER = regex.compile(
    r"(?:^|(?<=[,;:“\"]\s))(?P<src>(?:the\s+)?(?:[\p{L}’'.&-]+\s+){0,7}?[\p{L}’'.&-]+)\s+"
    r"(?:(?:also|on\s+\p{Lu}\p{Ll}+)\s+)?(?:released|issued|published|put\s+out)\s+"
    r"(?:(?:a|an|its|their|the)\s+)?(?:(?:new|latest|updated|revised|fresh|joint|brief|short|written|weekly|monthly|daily|annual)\s+)*"
    r"(?:report|statement|update|tally|figures|data|assessment|bulletin|study|count|estimate)\b"
    r"(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+)?\s*,?\s+(?:saying|showing|detailing|that|which\s+said|stating|documenting)\b",
    regex.IGNORECASE,
)
# A paper with no speaker ("Early reports", "intercepts of ... conversations", "official
# figures"), or with its owner before it ("Early police reports"): `owner` is empty or the body.
MEDIA_REPORT = _compile(r"\b(?:media|news|press)\s+reports?\b")
REPORT_OWNER = _compile(
    r"""^(?:(?:the|an?|such)\s+)?(?:(?:\L<adjectives>)\s+)*
        (?P<owner>(?:[\p{L}’'.&-]+\s+){0,6}?)(?:(?<=['’]s\s)(?:\L<adjectives>)\s+)?  # "the CPJ's preliminary investigations"
        (?P<noun>\L<nouns>)(?:\s+(?:of|on|about|in)\s+.*)?$""",
    adjectives=_words(lx.REPORT_ADJECTIVES),
    nouns=_words(lx.REPORT_NOUNS),
)
# (but "the toll may have exceeded 275" is a hedged count, not a forecast)
# (not "the May 12 earthquake": a month's day)
# (but "600 people could be missing", "40 may be trapped": an estimate of now, no forecast)
FORECAST_WORD = _compile(
    rf"\b(?:\L<forecast>)\b(?!\s+(?:still|have|\d{{1,2}})\b|\s+(?:still\s+)?{_BE_IN_A_STATE})",
    forecast=_words(lx.FORECAST),
)
# "21 students [and] four teachers died": two counts sharing one verb.
# A time may close the first: "recovered five bodies [overnight and] 20 others on Monday"
COORDINATION = _compile(
    r"\s*(?:(?:overnight|yesterday|today|earlier|later|on\s+[\p{L}]+day)\s*)?,?\s*"
    # "Two men[, a woman and] three boys": one person between two counts, in the same list
    r"(?:(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:\L<one>)\s*,?\s*(?=and\b))?"
    r"(?:and|or|as\s+well\s+as|plus|along\s+with)?\s*"
    r"(?:(?<=\s)(?:their|his|her)\s+)?",  # "two parents and [their] two children"
    one=_words(lx.SINGULAR_VICTIMS),
)
# A count in words, which no source is: "Sixty-three confirmed and probable cases"
NUMBER_WORDS = regex.compile(
    rf"(?i:{_trie([*lx.UNITS, *lx.TENS, *lx.MULTIPLIERS, 'dozen', 'dozens'])})(?:[\s-]+(?i:{_trie([*lx.UNITS, *lx.TENS, *lx.MULTIPLIERS, 'and'])}))*"
)
# "who" in a source ends it ("the man who said"); "WHO" in capitals is the World Health Organization
RELATIVE_WHO = regex.compile(r"\b[Ww]ho\b")
# Words that cannot stand inside a source's name: "Indonesia has been hit ... with a".
NOT_IN_SOURCE = _compile(
    r"\b(?:has|have|had|been|was|were|is|are|be|being|with|would|could|will|not|no|when|where|"
    r"while|which|whom|whose|because|although|if|than|killed|died|wounded|injured|hit|"
    r"struck|people(?![’']s)|after|before|during|there|their|they|it|its|toll|death|deaths|number|attack|attacks|"
    r"videos?|footage|photos?|images?|pictures?|raised|gave|put|brought|lowered|increased|strikes?|"
    r"airstrikes?|shelling|bombings?|blasts?|explosions?|fighting|clashes|"
    # "the fire" is no one, "the fire department" and "Fire Chief Sam Pell" are
    r"fire(?!-fighters|\s+(?:department|dept|chief|service|services|brigade|officials?|marshal|authority|"
    r"authorities|commissioner|captain|station|and\s+rescue|fighters|agency)\b))\b"
)
# "... 67 in Bihar and [10] in Assam": a bare count continuing the previous one.
CONTINUES_PREVIOUS = _compile(
    # a year may stand between: "3,120 deaths in March 2022, [716] in April"
    # "44 deaths in the state; [30] in Lee": a semicolon goes on with the list, as a comma does
    # "110 in 2016-17, [92] in 2015-16": a season's years
    r"(?:[^,;:.!?\d]|\b(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?\b|\b(?:\L<months>)\.?\s+\d{1,2}\b"  # "28 on June 18 and [25]"
    # "21 in Region 10; [six] in Region 5", "four each in Regions 9 and 11; [three] in ...": a place's number
    r"|\b(?:region|zone|ward|sector|district|block|camp)s?\s+\d{1,4}(?:\s*(?:,|and|&)\s*\d{1,4})*\b"
    r"|\b\d{1,3}(?:\.\d)?\s?\u00b0\s?[cf]\b){0,90}?"  # "93 on July 14 when it reached 45 °C (113 °F), and [123]"
    r"(?:[,;]\s*(?:and\s+|while\s+|with\s+|plus\s+)?|\s+and\s+|\s+while\s+|\s+plus\s+)"  # "1,836 in Florida, plus [312] in Puerto Rico"
    r"(?:(?:the\s+)?(?:[\p{L}’'-]+\s+){1,4}?(?:said|says|put\s+it\s+at|gave)\s+)?"  # "while the coast guard said 22"
    r"(?:(?:another|a\s+further|further|a\s+total\s+of|followed\s+by)\s+)?",  # "15 on July 10, followed by [28] on July 11"
    months=_MONTHS,
)
# A list of places with their counts, the place first: "Suzu had 98 deaths, [Wajima 83] and
# [Anamizu with 20]" (the place's capital is checked in the text: this twin reads it folded)
PLACE_THEN_COUNT = _compile(
    # "... in Sindh is 432, in KP it is [268], in Balochistan [256]": "in" before the place
    r"[^,;:.!?\d]{0,60}?(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:in\s+)?(?P<place>(?:[\p{L}’'-]+\s+){1,3}?)"
    r"(?:with\s+|had\s+|reported\s+|recorded\s+|(?:it\s+)?(?:is|was|stood\s+at|stands\s+at)\s+)?"
)
# What may follow such a bare count: a place, or the end of its clause.
BARE_COUNT_END = _compile(
    # "91 were in Suzu, [81] were in Wajima", "362 bodies were brought to Jinnah, [170] to Civil"
    r"(?:\s+each|\s+more)?(?:\s+(?:were|was|are|is)(?=\s+(?:in|at|on|from)\b))?"  # "and [141] more in nearby states"
    r"(?:\s+(?:in|at|on|from|near|inside|outside)\b|\s+to\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"|\s*(?:,|;|\band\b|\.|$))"
)
# A day to come: "will appear in court on Saturday", "is due to be buried on Friday"
FUTURE_BEFORE = _compile(
    r"\b(?:will|shall|is\s+due\s+to|are\s+due\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|is\s+expected\s+to)\b[^.;]*$"
)
# A second speaker set against the first: "Police said 12, [while] hospital officials said 15"
CONTRAST_BEFORE = _compile(
    # "Arian's statement comes after Kabul police confirmed that nine ...": a speaker in a clause
    # of its own before the figure
    r"(?:\bwhile|\bwhereas|\bbut|,\s*and|,?\s*(?:before|after)|;)\s+$"
)  # ", and the army said 12"
# A contrast between two clauses, each with its own speaker: "..., according to the ministry,
# [while] five died in Lebanon, according to officials there"
CONTRAST_GAP = _compile(r"\b(?:while|whereas|but)\b|;")
# A determiner or a possessive, maybe with an adjective, before a noun: "the Israeli [claim]",
# "the army's [claim]"
DETERMINER_END = _compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that|our)(?:\s+[\p{L}-]+(?<!s))?|['’]s)\s*$"
)
THAT_OR_OF = _compile(r"\s+(?:that|of)\b")
# A speaker's verb that ends the sentence, with its day at most: "..., authorities [said late Sunday.]"
TRAILING_SAID = _compile(
    r"\s*(?:(?:said|says|reported|reports|added|confirmed|told\s+(?:the\s+)?[\p{L}.]+(?:\s+(?:press|news|agency|times|post))?)"
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:\L<weekdays>|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+in\s+a\s+statement)*)?\s*(?:,\s+adding\b[^.;]*)?[.!?\"”’']*\s*$",
    weekdays=lx.WEEKDAYS_FOR_SOURCES,
)
# A count's figure later in a sentence: digits before a word, no year, hour or name's digits ("COVID-19")
LATER_COUNT = _compile(
    r"(?<![\p{L}\d-])(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?!(?:am|pm|a\.m|p\.m|percent|per\s+cent|years?|months?|days?|hours?|"
    r"minutes?|january|february|march|april|may|june|july|august|september|october|november|december)\b)\p{L}"
)
RELATIVE_OPENER = _compile(r"\b(?:that|which|who|whom|where)\b")
# A figure's clause ends where a subordinate phrase with a figure of its own begins
SUBORDINATE_BREAK = _compile(
    r",\s+(?:with\s+(?:a|an|the)|while|whereas|(?:up|down)\s+from)\b"
)  # not ", including 2 children,"
# A count's place-by-place breakdown opens after a colon or a dash: "100 people: 53 in Lee County"
# (after the count's own words: "49 people have died - [41] at the Central Mosque")
LIST_OPENS = _compile(r"(?:\s+[^.;:\d—–-]{0,40}?)?\s*(?::|\s[—–-])\s*")
PLACE_ITEM_END = regex.compile(
    r"(?:\s+each)?\s+(?:in|at|from)\s+(?:the\s+)?\p{Lu}"
)  # case kept: a place's capital
RELEASE_CONTEXT = _compile(
    r"\b(?:releas(?:e|ed|es|ing)|free(?:d|s|ing)?|set\s+free|swap(?:ped|s)?|exchange[ds]?|rescued|"
    r"handed\s+over|hand\s+over|handover|return(?:ed|s)?\s+home|repatriat\w+|pardon\w*|amnest\w+)\b"
)
# A person's name: two to four capitalised words ("Abdul Ahad Walizada", "al-Robaei").
PERSON_NAME = regex.compile(
    r"(?:(?:Lt|Gen|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Brig|Adm|Rear|Admiral|General|Colonel|Major|Captain)\.?\s+)*"
    r"(?:\p{Lu}[\p{L}’'.-]+|al-\p{Lu}[\p{L}’'-]+|(?:al|el|bin|ibn|de|da|van|von)\s)"
    r"(?:\s+(?:\p{Lu}[\p{L}’'.-]+|al-\p{Lu}[\p{L}’'-]+|(?:al|el|bin|ibn|de|da|van|von)(?=\s))){1,4}"
)
# "A local youth group" and "the Berom Youth Movement": a body described, then named after it
GENERIC_NOUN_PHRASE = regex.compile(r"(?i:a|an|the)(?:\s+[\p{Ll}-]+)+")
# (and a body's own name in title case: "Shaanxi Provincial Coal Industry Bureau")
NAMED_BODY = regex.compile(
    r"\s*(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|for|and|the|on|de|del|des|la|le|du|al|el|\p{Lu}[\p{L}’'.-]*))*\s*"
)
# "Police spokesman Abdul Ahad Walizada", "Governor Andriy Raikovych".
ROLE_THEN_NAME = regex.compile(
    r"^(?P<body>(?:[\p{L}’'.-]+\s+){0,6}?)"
    # (a title of several words first: "Chief Medical Officer Umesh Tripathi", "Inspector General X")
    r"(?i:(?P<role>"
    + "|".join(title.replace(" ", r"[\s-]+") for title in lx.SEVERAL_WORD_TITLES)
    + r"|spokesman|spokeswoman|spokesperson|official|chief|head|director(?:[\s-]general)?|"
    r"secretary[\s-]general|commander|"
    r"minister|governor|gov\.|administrator|mayor|officer|coordinator|representative|president|"
    r"secretary|prosecutor|envoy|doctor|commissioner|sheriff|coroner|chairman|"
    r"superintendent|inspector|constable|sergeant|"  # "Police superintendent Li Wen"
    rf"(?-i:{'|'.join(_words(lx.POLICE_RANKS))})))\s+"  # "Parbat Police DSP Bishwaraj Adhikari"
    # (no body's name: "Prosecutor [General's Office]")
    r"(?!(?:\S+\s+){0,3}\S*(?:Office|Ministry|Department|Agency|Service|Bureau|Council|Committee|Commission)$)"
    r"(?P<name>(?:(?:Lt|Gen|Col|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Rear|Admiral|General|Colonel|Major|Captain)\.?\s+)*"
    r"\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|al-\p{Lu}[\p{L}’'-]+)){1,3})$"  # "M R Ajith Kumar"
)
# "Superintendent of Police M Deepika", "Director of the Shaanxi Coal Industry Bureau Huo Shichang":
# a title of a body before the name, the body ending on its head word
ROLE_OF_BODY_THEN_NAME = regex.compile(
    r"^(?P<role>(?:(?:Deputy|Senior|Additional|Assistant|Chief|Acting)\s+)*"
    r"(?:Superintendent|Commissioner|Inspector[\s-]General|Director(?:[\s-]General)?|Head|Chief|"
    r"Spokes(?:man|woman|person)|Secretary))\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}?(?:Police|Army|Bureau|Department|Ministry|Agency|Office|"
    r"Administration|Services?|Authority|Commission|Committee|Force|Hospital))\s+"
    r"(?P<name>(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]+)$"
)
# A speaker named by name alone, in title case: "Arden", "Tom Arden" (a later mention of a
# person the story introduced with a role).
HONORIFIC = regex.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=\p{Lu})")  # before a surname: "Mr Bassal"
BARE_NAME = regex.compile(r"\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,3}")
# A source with a person folded into it: "Kherson Oblast Governor (Yaroslav Yanushevych)".
PERSON_IN_SOURCE = regex.compile(r"(?P<body>.+?)\s+\((?P<person>[^()]+)\)")
# Contexts that make a running total only with a present perfect ("the bombardment has killed").
WEAK_WAR_CONTEXT = _compile(
    r"\b(?:fighting|violence|bombardment|operation|unrest|protests|siege|clashes|"
    # disasters that go on for days, and epidemics: "Wildfires have killed 23 people"
    r"wildfires?|bushfires?|forest\s+fires|tropical\s+storm|storms|floods|flooding|"
    r"ebola|cholera|covid(?:-19)?|coronavirus|virus|measles|dengue|mpox|malaria)\b"
)
# "... have been killed and 2,500 are injured due to [the violence]": violence that goes on, told
# after two counts (extractor._one_scope_for_siblings)
VIOLENCE_GOES_ON = _compile(
    r"\b(?:violence|unrest|protests|clashes|fighting|crackdown|demonstrations|uprising|insurgency|war|conflict|offensive)\b"
)
# A sentence that turns to another event: its figures do not take the last event's day.
# Of those, the words that turn a story to another event whatever time they name (TOPIC_SHIFT)
_TOPIC_SHIFT = (r"separately|elsewhere|meanwhile|in\s+(?:a|another)\s+(?:separate|similar|earlier|later)|"
                r"in\s+another\s+(?:attack|incident|strike)")  # fmt: skip
OTHER_EVENT = _compile(
    rf"\b(?:{_TOPIC_SHIFT}|earlier\s+this\s+(?:week|month|year)|last\s+(?:week|month|year)|"
    r"(?:a|one|two|three)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)|a\s+fortnight\s+ago|"
    r"(?:days|weeks|months|hours)\s+(?:after|before)(?!\s+(?:the|that|this|its)\b)|"  # not "hours after the impact"
    r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d)\b"
)
TOPIC_SHIFT = _compile(rf"\b(?:{_TOPIC_SHIFT})\b")
# Photo captions of file pictures: their dates are not the article's.
FILE_CAPTION = _compile(
    r"^\s*(?:in\s+this\s+(?:file\s+)?(?:image|photo|picture|handout)|file\s+photo|\(?file\)?\s*[:-])"
)
_VICTIM_WORDS = _words([*lx.VICTIM_NOUNS, *lx.SINGULAR_VICTIMS])
# The object of an active harm verb (lx.ACTIVE_HARM_VERBS): a count or a determiner before a
# noun of people, not itself told harmed ("killed five people", "wounded a policeman"; not
# "Three killed, 5 people injured")
ACTIVE_OBJECT = _compile(
    r"\s+(?:(?:at\s+least|more\s+than|about|nearly|some|up\s+to)\s+)?(?:"
    r"(?:\d[\d,]*|\L<numwords>|a|an|the|his|her|their|its|several|dozens\s+of|scores\s+of|hundreds\s+of)"
    r"\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<victims>)\b(?![’'-])"
    r"(?!\s+(?:were\s+|are\s+|was\s+)?(?:killed|dead|died|injured|wounded|hurt|missing)\b)"
    r"|(?:\d[\d,]*|\L<numwords>)(?=\s*(?:[,.;]|and\s|$)))",  # "has killed at least 105 and left ..."
    numwords=_NUMBER_WORDS,
    victims=_VICTIM_WORDS,
)
ACTIVE_HARM_VERB = frozenset(lx.ACTIVE_HARM_VERBS)
# A word that extends a harm noun to the people it counts: "two dead [boys]", "12 bodies [of civilians]".
HEAD_EXTEND = _compile(
    r"^\s+(?:of\s+(?:the\s+)?)?(?P<head>\L<victims>)\b(?![’'-])",
    victims=_VICTIM_WORDS,
)
STILL_PRESENT = _compile(
    r"\b(?:are|remain|remains|is)\s+(?:still\s+)?(?:being\s+)?(?:held|missing|in\s+captivity|"
    # "43 journalists are jailed", "are behind bars": a standing count of the held
    r"jailed|imprisoned|incarcerated|behind\s+bars|in\s+jail|in\s+prison|"
    r"in\s+custody|unaccounted|displaced|detained|in\s+\p{Lu}|captive|hostage)|\bstill\s+(?:in|held|"
    r"being|missing|unaccounted|displaced|holds?|holding)\b|\bcontinues?\s+to\s+hold\b"
    # a stock of prisoners: "has 10,000 Palestinians in its prisons", "held in Israeli jails stood
    # at", "the detainees include", "there are 101 captives in Gaza", "being held in Israel's prisons"
    r"|\bin\s+(?:its|their|israeli|israel['’]s|[\p{L}-]+['’]s)\s+(?:prisons|jails)\b"
    r"|\bheld\s+in\s+(?:[\p{L}’'-]+\s+){0,2}?(?:jails|prisons)\b|\b(?:detainees|prisoners)\s+include\b"
    r"|\bnumber\s+of\s+(?:prisoners|detainees)\b|\bthere\s+are\s+(?:now\s+)?(?:\S+\s+){0,3}?(?:captives|hostages)\b"
)
# (case kept, no folded twin: "a WHO report" is no relative clause)
RELATIVE_CLAUSE = regex.compile(
    r"\s+(?:[Ww]ho|(?i:which|whose|where|speaking|writing|talking|visiting|addressing))\s+", regex.V0
)
# "They included five children and three women": the dead of the sentence before, broken down
THEY_INCLUDED_BEFORE = _compile(
    r"(?:^|[.“\"]\s*)\s*(?:they|those\s+killed|the\s+victims)\s+(?:included|include)\s+$"
)
# "The dead included four children", "The adults killed included ... two teachers".
INCLUDED_BEFORE = _compile(
    r"\b(?P<what>killed|dead|deceased|deaths|fatalities|victims|injured|wounded|hospitali[sz]ed|missing|arrested|detained|hostages|"
    r"detainees|prisoners|captives|"  # "the detainees include over 440 women"
    r"displaced|abducted|kidnapped|toll(?=(?:\s+of\s+\d[\d,]*)?(?:,?\s*which)?(?:\s+also)?\s+includ))"
    # "the injured people included", "The deceased passengers included"
    r"(?:(?:\s+(?!(?:were|are|was|have|has|had|and|or|in|on|of|released|freed|rescued|exchanged|swapped)\b)"
    r"\p{L}[\p{L}-]*){1,2}?(?=\s+(?:also\s+)?includ))?"
    # "the death toll [of 33] included", "the new toll, which included"
    r"(?:\s+of\s+\d[\d,]*|,?\s*which)?"
    r"(?:\s+(?:since|in|on|during|from)(?:\s+(?!and\b|or\b)(?:[\p{L}]+-?\d+[\p{L}\d]*|(?:19|20)\d\d|[\p{L}'’-]+)){1,4}?){0,2}"  # "those killed since last Sunday included", "deaths from the H5N1 outbreak in 2006 were"
    r"(?:\s+also)?"  # "The dead also included"
    r"\s+(?:were|included|include|includes|including|are|numbered|number|totalled|totaled|comprised|comprise|"
    # a headline's present tense: "Deaths rise to 76 in California fire", "missing tops 1,000"
    r"stood\s+at|reached|rose\s+to|rise\s+to|climb\s+to|tops|top|pass|passes|near|nears|exceeds?)\b"
    # not past "..., where at least 400" or "were all killed when up to 200 rebels ambushed"
    r"(?:(?!,\s+(?:where|which|while|whereas|when)\b|\s(?:when|after|because|while|whereas)\s)[^.;:\d]){0,60}$"
)
# "Among those killed in the quake were also [three] ...": the list of a harm's people, inverted
AMONG_BEFORE = _compile(
    r"\bamong\s+(?:those|the\s+people|the)\s+(?P<what>killed|dead|injured|wounded|missing|arrested|detained|detainees|hostages|"
    r"abducted|kidnapped|fatalities|deceased)\b[^.;:\d]{0,60}?\b(?:were|was|are|is)\s+(?:also\s+)?(?:[^.;:\d]{0,30}?)$"
)
# A long toll phrase ending in its verb: "The death toll in a landslide that ..., Parbat on Saturday night reached".
TOLL_BEFORE_LONG = _compile(
    r"\b(?:(?:death\s+)?toll|count|tally)\b(?:[^.;:]|\.(?=\s*\d)){0,160}?\b(?:reached|rose\s+to|has\s+risen\s+to|risen\s+to|"
    r"(?:surged|soared|swelled|spiked|mounted|grown|grew)\s+to|(?:is|was|stands|stood)\s+now\s+at|(?:once|initially|first|earlier|previously|originally)\s+"
    r"(?:reported|put|given|estimated|set|placed)\s+at|"
    r"(?:rose|risen|increased|climbed|jumped|surged|soared|grew|grown)\s+by\s+(?:(?:nearly|almost|about|around|some|"
    r"roughly|over|more\s+than|at\s+least)\s+)?[\d,.]+\s+(?:\p{L}+\s+)?to|"
    r"(?:revised|lowered|raised|cut|corrected|brought|adjusted)\s+[^.;:]{0,60}?\bfrom\s+[\d,]+\s+to|"
    r"climbed\s+to|stood\s+at|stands\s+at|jumped\s+to|increased\s+to|hit|passed|surpassed|topped|"
    r"(?:revised|lowered|raised|cut|corrected|brought)?[^.;:]{0,40}?\b(?:down|up)\s+to)\s*$"
)
# "the death toll rose to 50 and the number of cases [rose to] 900": a count of cases, the
# subject nearest the toll's verb
CASES_SUBJECT_BEFORE = _compile(
    r"\b(?:cases|infections|(?:confirmed|suspected)\s+cases)\b(?:\s+of\s+[\p{L}\s-]{0,40}?)?"
    r"\s+(?:(?:has|have|had)\s+)?(?:risen|rose|reached|climbed|increased|jumped|stood|stands|is|was|hit|passed|surpassed|topped)\b[^.;:\d]{0,12}$"
    # "taking the tally of infections since January to 321,179": a count of cases, no toll
    r"|\b(?:tally|count|number|total)\s+of\s+(?:(?:new|confirmed|suspected|reported)\s+)?(?:infections|cases|patients)\b[^.;:\d]{0,40}$"
)
# "raised the death toll of the stampede last month near Mecca, Saudi Arabia to [1,470]": a
# raising verb's toll, told with its event and place between
RAISED_TOLL_BEFORE = _compile(
    r"\b(?:raised|raising|raises|pushed|pushing|pushes|lifted|lifting|took|taking|takes)\s+(?:the|its|their)\s+"
    r"(?:death\s+)?(?:toll|tally|count)\b[^.;:\d]{0,120}?\bto\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$"
)
# A share of a population is not a count: "a quarter of Sudan's [48 million] people".
SHARE_OF = _compile(
    r"\b(?:quarter|third|half|fifth|tenth|percent|per\s+cent|share|proportion|majority|most|rest|bulk)\s+of\s+"
    r"(?:the\s+|all\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:\p{Lu}[\p{L}’']*(?:’s|'s)\s+)$|\b(?:quarter|third|half|fifth|"
    r"tenth|percent|per\s+cent|share|proportion|majority|most|rest|bulk)\s+of\s+(?:the\s+|all\s+)?$|%\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’']*(?:’s|'s)?\s+)?$"
)
# "dozens still missing", "36 still unlocated": a count's own harm word right after it, which
# a toll before it ("Death toll mounts, ...") does not overrule
STILL_MISSING = _compile(
    r"\s*(?:are\s+|were\s+|remain\s+|remained\s+)?still\s+(?:missing|unaccounted|unlocated)\b"
)
# "the four injured soldiers", "All the four": a definite mention that may restate a figure.
DEFINITE_BEFORE = _compile(r"\b(?:all\s+the|the|these|those|all)\s+$")
# "Two of them were critically injured": a count of the people just mentioned.
OF_THEM_AFTER = _compile(r"^\s+(?:of\s+(?:them|whom|those|these))\b")
# "Of those, 310 were gang members": a part of the count before, told first
OF_THOSE_BEFORE = _compile(
    r"\b(?:of|among)\s+(?:those|them|these|whom|the\s+dead|the\s+victims)\s*,\s*$"  # "Among them, 99 are women"
)
# "Four police officers were killed [alongside] two members of a paramilitary force", "14
# suspects, ..., [as well as some] 60 others": the next count shares the verb before it
# A few events counted: "in two jihadist attacks", "twin blasts", "both strikes" (no campaign)
# (nor a set the story names: "the Paris attacks", "the Easter bombings")
COUNTED_EVENTS = _compile(
    r"\b(?:two|three|four|five|twin|both|the|these|those|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?(?:\L<events>)s\b",
    events=_words(lx.EVENT_NOUNS),
)
# An event not (yet) carried out: "planned a bombing that would kill hundreds", "warned of an
# attack that would kill thousands"
UNREALISED_BEFORE = _compile(
    r"\b(?:plan\w*|plot\w*|warn\w*|fear\w*|threat\w*|foil\w*|thwart\w*|prevent\w*|avert\w*|prepar\w*)\b"
)
# A past attack told forward: "a stabbing rampage that would kill six people" (no forecast)
NARRATED_WOULD = _compile(
    r"\b(?:rampage|attack|shooting|bombing|massacre|assault|stabbing|raid|spree|crash|blast|explosion)s?,?\s+"
    r"(?:that|which)\s+would\s+(?:go\s+on\s+to\s+)?\S+\s+$"
)
# "died after being [pulled] from the water along with 14 other people": saved along with them
RESCUE_VERB = _compile(r"\bafter\s+being\s+(?:pulled|rescued|saved|plucked|airlifted|brought\s+ashore)\b")
ALONG_WITH_BEFORE = _compile(
    r"\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+"
    r"(?:(?:some|about|around|at\s+least|another|nearly|almost|more\s+than|over)\s+)?$"
)
# A second conjunct without a figure: "six militants [and a soldier] were killed".
CONJUNCT_NO_FIGURE = _compile(r"and\s+(?:a|an|another|one|other|several|some|many|his|her|their)\b")
# Month alone: "as of the first week of July", "in July".
# "in July", and "between July and October", a period told by its last month; "of last year"
# after it (LAST_YEAR_AFTER) puts it in the year before the article's, as "last July" in July does
MONTH_ALONE = _compile(
    r"\b(?:(?:between|from)\s+(?:early\s+|late\s+|mid-?)?(?:\L<months>)\s+(?:and|to|through|until)|"
    r"in|of|during|since|through|throughout|(?P<last>last))\s+(?:early\s+|late\s+|mid-?)?(?P<month>\L<months>)\b(?![\s.]*\d)",
    months=_MONTHS,
)
# "compared with 250 last year": a date after it is another count's
COMPARED = _compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|than|against|versus|vs)\b")
LAST_YEAR_AFTER = _compile(r"\s+(?:of\s+)?last\s+year\b")
FILE_MARK = _compile(r"\[\s*file\b|\(\s*file\s*(?:photo)?\s*\)|\bfile\s+photo\b|^\s*\S.{0,200}\[file:")
DIGIT_SEPARATOR = regex.compile(r",\x20(?=000)|[,.\u066c\u202f\u00a0\u2009 ]")  # ("100, 000": a stray space)
SPEECH_HINT = _compile(
    r"\b(?:\L<speech>|(?:\L<observers>)\s+(?:saw|ha[sd]\s+seen))\b",
    speech=_SPEECH,
    observers=SUBJECT_SAID_LISTS["observers"],
)
# A year that is part of a date, not a count: "March 3, [2024]", "in [2014]".
YEAR_CONTEXT = _compile(
    r"(?:\L<months>)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$|\b(?:in|since|of|by|from|until|before|after|during|the|"
    r"year|early|late|mid)\s+$|\d{1,2}\s+(?:\L<months>)\.?,?\s*$",
    months=_MONTHS,
)
# "held in Israeli prisons": detention, not captivity
DETENTION_PLACE = _compile(
    r"(?:held|kept|jailed|locked\s+up|imprisoned|detained)\s+(?:in|at)\s+(?:[\p{L}’'-]+\s+){0,2}?"
    # "68 men were being held at the center" (a migrant detention centre)
    r"(?:prisons?|jails?|detention|custody|cells?|penitentiar(?:y|ies)|detention\s+centres?|detention\s+centers?|"
    r"cent(?:er|re)s?|facilit(?:y|ies))\b"
)
# "Monday was the deadliest day": one day's toll
ONE_DAY = _compile(
    r"\b(?:deadliest|bloodiest|worst)\s+(?:single\s+)?day\b|\bsingle\s+day\b|\bin\s+(?:a|one)\s+day\b"
)
# "said on Sunday": a statement's day, not an event's
SPEECH_DAY = _compile(
    r"\b(?:said|says|reported|announced|told|confirmed|added)\s+(?:here\s+|there\s+)?"
    # "said in a report on Monday"
    r"(?:in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+)?(?:report|\L<media>)\s+)?(?:on\s+|late\s+|early\s+)?"
    r"(?:\L<weekdays>)\b",
    media=_words(lx.SPEECH_MEDIA),
    weekdays=lx.WEEKDAYS_FOR_SOURCES,
)
# "12 of them were children": the people a back-reference counts
OF_THEM_ARE = _compile(
    # "about 30 of the dead were children"
    r"^\s+of\s+(?:them|whom|which|those|these|the\s+(?:dead|victims|killed|injured|wounded|deceased|fatalities|casualties))"
    r"\s+(?:were|are|was)\s+(?P<head>\L<victims>)\b",
    victims=_VICTIM_WORDS,
)
# "Of the 40 dead, 12 were children": the breakdown's people after the verb
OF_THE_GROUP_BEFORE = _compile(
    r"\b(?:of|among)\s+the\s+[^,.;]{1,40},\s*$|\bof\s+(?:which|whom)\s+$"
)  # "27 bodies, of which 25 are women"
# (a people's plural too: "Of the dead, 16 were Belgians, and 12 were foreigners")
_PEOPLE_PLURAL = r"[\p{L}]+(?:ians|ans|ese)"
# a people's adjective for a breakdown's part: "34 were [Palestinian], four [Israeli]"
_PEOPLE_ADJECTIVE = r"[\p{L}]{2,}(?:ian|an|ese|i|ish)"
ARE_VICTIMS_AFTER = _compile(
    rf"^\s+(?:were|are|was)\s+(?:(?P<head>\L<victims>|{_PEOPLE_PLURAL})|(?P<adjective>{_PEOPLE_ADJECTIVE}))\b",
    victims=_VICTIM_WORDS,
)
# "Of the victims, 40 were children and [45] women": the next count's noun, its verb left out
ARE_VICTIMS_ELLIPSIS = _compile(
    # "14 of whom were men, [11] children": likewise after "of whom"
    rf"^\s+(?:of\s+(?:whom|which|them|those)\s+)?(?:were|are|was)\s+(?:\L<victims>|{_PEOPLE_PLURAL}|{_PEOPLE_ADJECTIVE})\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:up\s*to|about|some|nearly|over|more\s+than)\s+)?$",
    victims=_VICTIM_WORDS,
)
# "34 were Palestinian, four Israeli, and [one] Lebanese": the list goes on past a part whose
# verb was left out
VICTIMS_ELLIPSIS_GOES_ON = _compile(
    rf"^\s+(?:\L<victims>|{_PEOPLE_PLURAL}|{_PEOPLE_ADJECTIVE})\s*(?:,\s*(?:and\s+)?|and\s+)$",
    victims=_VICTIM_WORDS,
)
# "four [Turkish], and two Iraqi": a part's people named by an adjective the victim nouns lack
PEOPLE_ADJECTIVE_AFTER = _compile(rf"^\s+{_PEOPLE_ADJECTIVE}\b")
# "Among them, 19 are women [and] 21 are men": one such breakdown, then the next count's
ARE_VICTIMS_THEN = _compile(
    rf"^\s+(?:were|are|was)\s+(?:\L<victims>|{_PEOPLE_PLURAL}|{_PEOPLE_ADJECTIVE})\s*(?:,\s*(?:and\s+|while\s+)?|and\s+|while\s+)$",
    victims=_VICTIM_WORDS,
)
# A tally named without its owner before it: "an updated [tally of] the Ministry", "a provisional
# [balance sheet issued by] the Ministry"
OWNERLESS = _compile(
    r"\s*(?:(?:the|an?|its|their)(?:\s+|$))?(?:(?:\L<adjectives>)(?:\s+|$))*",
    adjectives=_words(lx.TALLY_ADJECTIVES),
)
TALLY_OWNER = _compile(
    r"\s+(?:tally|count|toll|figures|data|balance\s+sheet)\s+(?:of|from|(?:issued|released|compiled|published|provided)\s+by)\s+"
)
# A place described, as a subject: "the mountainous region of Cao Bang", "Malawi's commercial capital Blantyre"
PLACE_DESCRIBED = regex.compile(
    r"^(?:[Tt]he\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:region|province|state|district|county|city|town|governorate|"
    # (not "state TV", "State Media": a state's outlet)
    r"prefecture|municipality|territory|capital)\s+(?:of\s+)?(?!(?:TV|Television|Media|Radio|News)\b)"
    r"\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}$"
)
# A place's verb of a tally it had: "Blantyre [recorded] 85 deaths"
PLACE_TALLY_VERB = regex.compile(
    # "followed by Balochistan Province[, which reported] eight deaths"
    r"(?:,\s+(?:which|where)\b)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?P<verb>recorded|registered|reported|counted|saw|logged|suffered|records|registers|reports|logs|sees)\b"  # a headline's present: "US records 2,494 deaths"
    # (not a speaker's verb at its clause's end: "..., the North Prefecture reported on Tuesday.")
    r"(?!(?:\s+(?:on\s+|late\s+|early\s+)?\p{L}+day)?\s*(?:[.;,]|$)|\s+that\b)"
)
# "Mississippi and Tennessee [each] reported 34 deaths": places, one by one
SUBJECT_EACH_TAIL = regex.compile(r"\s+(?:each|both|alone|together)$", regex.IGNORECASE)
SUBJECT_PARTS = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "up to [seven] in the morning", "until [ten] at night": an hour
TIME_OF_DAY_AFTER = _compile(r"\s+(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+night|o['’]clock)\b")
TIME_LEAD_BEFORE = _compile(r"\b(?:until|till|at|by|before|after|from|since)\s+$")
CLOCK_TAIL = _compile(
    r"\s+(?:at|as\s+of|until|up\s+to)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b).*$"
)
TALLY_TAIL = _compile(
    r"\s+(?:tally|count|toll|figures|data|balance\s+sheet)\s+(?:of|based\s+on|from|compiled|issued|released)\b.*$"
)
SCALE_WORD = _compile(r"\b(?:million|billion|thousand|mn|bn|mln)\b|(?<=\d)(?:m|k)\b")
TOLL_WORD = _compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed))\b")
NUMBER_OF_WHOM = _compile(r"\bnumber\s+of\s+(?:the\s+)?(?P<who>[\p{L}-]+)")
DATE_HINT = _compile(
    r"\b(?:\L<weekdays>|\L<months>|yesterday|overnight|last\s+night|(?:19|20)\d\d)\b",
    weekdays=lx.WEEKDAYS,
    months=_MONTHS,
)
# "six of its staffers were among the 18 reported fatalities"
AMONG_THE = _compile(
    # ("79 journalists [and media workers] were among the more than 23 000 killed")
    r"^(?:\s+(?:and|or)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?"
    r"\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:(?:the|those)\s+)?(?:[\p{L}\p{N},-]+\s+){0,4}?"
    r"(?P<what>fatalities|dead|deceased|deaths|killed|victims|injured|wounded|casualties|missing|hostages|detainees|"
    # "among the 72 people [confirmed to have died]": the dead
    r"(?:confirmed|reported|believed|known)\s+(?:to\s+have\s+(?:died|been\s+killed)|dead|killed)|"
    # "among those who lost their lives": the dead
    r"(?<=those\s)(?:who|that)\s+(?:have\s+|had\s+)?(?:lost\s+their\s+lives|died|perished|were\s+killed))\b"
)
# "the four injured soldiers": a figure with a harm adjective after "the" restates one told before
RESTATED_AFTER = _compile(
    r"\s+(?:injured|wounded|dead|missing|abducted|detained|displaced|kidnapped|killed)\s+\p{L}"
)
# "five bodies [had been identified]": a count of the dead named, not of deaths (CLAIMS.md)
IDENTIFIED_AFTER = _compile(
    # "11 bodies [from the crash identified]", "the 50 bodies [recovered from the jet that sank
    # have been identified]": a place or a finding between, no clause of its own
    r"(?:\s+(?:from|of|in|at|recovered|retrieved|found|pulled|brought)\b"
    r"(?:(?!\b(?:and|but|while|not|yet)\b)[^.;:,\d]){0,80}?)?"
    r"(?:\s+(?:have|has|had|been|were|was|now|so\s+far|already|officially|formally|positively))*\s+identified\b"
)
# A clause about other people: "and the rest are presumed dead", "while others were killed"
# (and "left one student injured [and a] suspect dead": a conjunct of its own)
NEW_SUBJECT = _compile(
    r"(?:the\s+(?:rest|others|remaining|remainder)|others|another|many|some"
    r"|and\s+(?:a|an|the)"
    # "All four were taken to hospital, [where the man] was pronounced dead": one of them
    r"|where\s+(?:the\s+[\p{L}-]+|he|she|one)(?=\s+(?:was|had|has|later|died|succumbed)))\b"
)
OF_THE_BEFORE = _compile(r"\bof\s+the\s+$")
RESTATED_HARM_END = _compile(r"\s+(?:injured|wounded|dead|killed|missing)\s*[,;:]")
RESCUED_BEFORE = _compile(r"\b(?:rescued|freed|released|saved|evacuated|surviving)\s+$")
NEGATION = _compile(r"^(?:not|never|n't)$")
PAREN_FIGURE = _compile(r"\p{Lu}[\p{L}.-]*\s*\(\s*$")
INCLUDING = _compile(r"\bincluding\b")
# "76 [of the ferry's] 118 passengers": between a part and the whole it is part of
# "He was [one] of hundreds injured", "Ana Ruiz, [one] of 40 killed": a person, no count of a part
ONE_PERSON_OF = _compile(r"(?:\b(?:was|is|as)|,)\s+$")
PART_OF_GAP = _compile(
    # "the ferry's", "the remaining"; "One out of the five soldiers", "one among the three"
    r"\s+(?:out\s+of|of|among)\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\p{L}-]+(?:['’]s)?\s+)?"
)
# "... 118 passengers [are still] missing": a verb right after the whole's noun, not a participle
VERB_AFTER_WHOLE = _compile(
    # "in Gaza", "aboard", "aboard the Eternity C cargo ship"
    r"(?:\s+(?:in|at|on|from|aboard|inside)\s+(?:the\s+|a\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+|\s+aboard|\s+on\s+board)?"
    r"\s+(?:still|are|were|is|was|remain|remains|remained|have|has|had)\b"
)
# "... — 23 children, two teachers and": a list of parts after a dash, up to a figure
# (or after a colon: "79 journalists were confirmed dead: [72] Palestinians, [four] Israelis")
DASH_LIST_BEFORE = _compile(r"(?:\s(?:[—–]|--)|:)\s+(?:[^—–.;:()]{0,60}?(?:,|\band)\s+)?$")
# what ends an item of such a list: "— 40 officers took part" is a clause, not an item
LIST_ITEM_END = _compile(r"\s*(?:,|and\b|or\b|[—–]|--|\.|$)")
# "the toll from the floods", "the death toll in Gaza": a toll that names what it counts
TOLL_OF_WHAT = _compile(r"\btoll\s+(?:from|of|in|for)\b")
# "raised the death toll of the stampede last month": one sudden event's toll, whatever time
# word follows it
TOLL_OF_ONE_EVENT = _compile(
    r"\btoll\s+(?:from|of|in)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?:\L<events>)\b(?!s)",
    events=_words(lx.SUDDEN_EVENTS),
)
# "Nyamal (6 fatalities), Dorv (3)": the place a bracketed figure belongs to
# "identified as Maibam Singh [(75)] and Laishram Barel (61)": a person's age after the name
AGE_IN_PARENS_BEFORE = _compile(
    r"\b(?:identified|named|names\s+(?:are|were)|victims?\s+(?:are|were|was|is)|deceased\s+(?:are|were))\b"
    r"[^.;:]{0,200}\p{Lu}[\p{L}’'.-]+\s*\($"
    # "found the body of Ram Tiwari (42)": one person's body, named
    r"|\bbod(?:y|ies)\s+of\s+(?-i:(?:\p{Lu}[\p{L}’'.-]+\s+){1,3})\($"
    # "Y Rani Devi (60)", "Mrs Rani Devi (60)": an initial or a title makes it a person's name
    r"|(?-i:\b(?:\p{Lu}\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Miss)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)?\s*\($)"
)
# "a woman, [59], and a man, [69]", "Franco Tarsi, [21], a student": an age between commas after
# one person, told by an article and a noun of one person, or by a first name and a surname
AGE_IN_COMMAS_BEFORE = _compile(
    r"(?:\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:\L<singular>)|(?-i:\b\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+))\s*,\s*$",
    singular=_words(lx.SINGULAR_VICTIMS),
)
AGE_IN_COMMAS_AFTER = regex.compile(r"\s*(?:,|;|\.(?!\d)|\)|$)|\s+and\s")
PAREN_PLACE = regex.compile(r"(?<![\p{L}’'-])(?P<name>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?)\s*\(\s*$")
# "since the [October 7] attacks", "since the clash between the two communities broke out in the
# state on [May 3]": the start of a period (read in the 110 characters before a date)
# The word before a date in a story's sentence that makes it a period's start or end, no dateline
# "on" before a date inside a story's sentence: "killed in a bombing [on] 3 March 2021" (not
# "Published on", "Updated on": a page's stamp)
STORY_ON_BEFORE = _compile(
    r"(?<!\bpublished)(?<!\bposted)(?<!\bupdated)(?<!\bmodified)(?<!\bcreated)(?<!\bprinted)(?<!\bfiled)"
    r"(?<!\breleased)\s+on\s+$"
)
# A sentence's end earlier in the line: the date stands in a later sentence
SENTENCE_BEFORE = regex.compile(r"\p{Ll}[.!?][”\"’']?\s+\p{Lu}")
PERIOD_DATE_BEFORE = _compile(
    # "Since the war began on 24 February 2022, ...": the start of the period the story counts over
    r"\b(?:since|between|until|till|through)\s+(?:the\s+)?$"
    r"|\b(?:since|which|that)\b[^.;]{0,60}?\b(?:began|broke\s+out|started|erupted|flared\s+up|launched)\s+(?:in|on)\s+$"
    # "Since the beginning of Russia's full-scale invasion of Ukraine on Feb. 24, 2022, ..."
    r"|\bsince\s+(?:the\s+)?(?:beginning|start|outbreak|onset)\s+of\b[^.;]{0,80}?\b(?:in|on)\s+$"
)
# A sentence that names the speaker of the one before it: "Valentyn Reznichenko, head of the
# regional administration, reported this on Telegram.", "This was stated by the health ministry.",
# a "Source: Serhii Lysak, head of the regional administration" line (extractor.run)
BACK_ATTRIBUTION = _compile(
    r"\b(?:reported|announced|stated|said|confirmed|wrote|posted|shared|told\s+(?:reporters|journalists))\s+"
    r"(?:about\s+)?this\b"
)
BACK_ATTRIBUTION_LEAD = _compile(
    r"(?:this|that)\s+(?:information\s+)?(?:was|has\s+been)\s+(?:reported|announced|stated|said|confirmed|posted|shared)\s+by\b"
    # "That is according to the emergency service.", "That's according to a report by the UN."
    r"|(?:this|that)(?:\s+is|['’]s)\s+according\s+to\b"
)
# "Israel revised the toll from 1,400 [to about] 1,200", "went up from just 64 people killed [to
# nearly] 3,000": between the two counts of a change (numbers.find_figures)
CHANGE_TO_GAP = _compile(r"(?:\s+[\p{L}-]+){0,2}?\s+to\s+")
FROM_BEFORE = _compile(r"\bfrom\s+(?:just\s+|only\s+|a\s+mere\s+)?$")
# "rose to 35 [as students protested]", "while relatives gathered": a clause of its own after the
# count, with a subject (not "as of", "as well", "as a result", "as many", "while in custody")
SUBORDINATE_CLAUSE = _compile(
    r"(?:as|while|whereas)\s+(?!(?:of|well|a|an|many|much|long|soon|far|in|on|at|under|being)\b)"
    r"(?:(?:the|his|her|their|its)\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+)?[\p{L}]+ed\b"
)
# "58 were wounded, [up from a previous estimate of] 22", "the toll rose to 94, [up from the] 36
# reported a day earlier", "likely to rise [from its previous] 58": the count it was before
EARLIER_COUNT_BEFORE = _compile(
    r"(?:\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?"
    r"|\bfrom\s+(?:(?:the|an?|its|their)\s+)?(?:previous|earlier|initial|prior|original)\s+"
    r"|\bfrom\s+(?:yesterday|last\s+week)['’]s\s+)"
    r"(?:(?:previous|earlier|initial|prior|original|official)\s+)?"
    r"(?:(?:estimate|figure|toll|count|tally|number|report)\s+of\s+)?$"
)
BARE_FROM = _compile(r"\s+from\s+")
# "He [shot] three people dead", "[stabbed] two people to death": a verb that hurts, right before
# the count, whose victims the words after it say died
INJURING_VERB_END = _compile(
    r"\b(?:shot|stabbed|knifed|hacked|beat|beaten|clubbed|bludgeoned|burned|burnt|trampled|crushed|mauled)\s*$"
)
# "..., Ukrinform reports.": an outlet that relays the speaker before it, at a sentence's end
OUTLET_REPORTS_END = _compile(r"\s+(?:reports|reported|writes|wrote)\s*[.!]?\s*$")
ACCORDING_TO_END = _compile(r",?\s*according\s+to\s+$")
CLOSES_SENTENCE = _compile(r"\s*[.!]?\s*$")
SOURCE_LINE = _compile(r"(?:sources?|via)\s*:\s*(?P<src>[^;,]{3,80})")
# "since 2000[, when 309] people died": the day of an event with its count, no period's start
WHEN_COUNT_AFTER = _compile(rf",?\s+when\s+{_WHEN_COUNT}")
SINCE_NEAR = _compile(
    r"\bsince\b(?:[^.;,]{0,30}|\s[^.;,]{0,60}?\b(?:broke\s+out|began|started|erupted|flared\s+up|launched)\b[^.;,]{0,40}"
    # "since the beginning of Russia's full-scale invasion of Ukraine on [Feb. 24, 2022]"
    r"|\s+(?:the\s+)?(?:beginning|start|outbreak|onset)\s+of\b[^.;,]{0,80}?\b(?:in|on)\s+)$"
)
# "The war began in [April 2023] and has since killed ...", "which broke out in [April 2023], has
# resulted in ...", "which began [two years ago], has killed": the start of the period a running
# total is counted over
BEGAN_IN_BEFORE = _compile(
    r"\b(?:began|broke\s+out|started|erupted|flared\s+up|launched)\s+(?:(?:in|on)\s+(?:early\s+|late\s+|mid-)?)?$"
)
HAS_SINCE_AFTER = _compile(
    r"[^.;]{0,40}?\b(?:has|have)\s+(?:since\s+)?(?:killed|left|displaced|resulted|claimed|caused|forced|uprooted|driven|seen)\b"
)
# "..., bringing the total to 12,310": the running total a new count adds up to, whose words
# are the next figure's, not the count's before it
# A flow of new dead before a total it adds to: "another five staff", "four more", "in the past
# 24 hours", "over the past few days", "overnight"
FLOW_BEFORE_TOTAL = _compile(
    r"\b(?:another|further|more|additional|new|(?:past|last)\s+(?:\d+|few|several|two|three)\s+(?:hours|days)|"
    r"(?:past|last)\s+(?:day|night|week)|overnight|since\s+(?:yesterday|last\s+night))\b"
)
# What became of prisoners a toll counts: "who died in custody", "released under the deal"
HELD_FATE = _compile(
    r"\b(?:(?P<died>died|dead|deaths?|killed)|released|freed|exchanged|swapped|set\s+free|pardoned|repatriated)\b"
)
# "the number of injured people", "the number of martyrs": a count of the harmed, as a toll is
NUMBER_OF_HARMED = _compile(
    r"\bnumber\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:injured|wounded|dead|deaths|killed|missing|displaced|detained|"
    r"arrested|victims|martyrs|casualties|fatalities|injuries|prisoners|detainees)\b"
)
TOTAL_LEAD = _compile(
    r"\b(?:bringing|brings|brought|taking|takes|raising|raises|pushing|pushes|pushed|lifting|lifts|putting)\s+"
    # "bringing the toll to", "bringing troop deaths to 7": a noun of deaths with no article too;
    # "pushing the region's total to"
    r"(?:(?:the|its|their)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:toll|total|tally|count|number(?:\s+of\s+[\p{L}-]+)?)"
    r"|(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:deaths|fatalities|casualties))\b"
    r"[^.;\d]{0,60}?\b(?:to|at)\s+(?:(?:\L<qualifiers>)\s+)?$",
    qualifiers=_QUALIFIERS,
)
# "12 more deaths on Friday, totaling 1,412": the running total of the count before it
TOTALING_BEFORE = _compile(
    r"\b(?:totall?ing|for\s+a\s+(?:total|toll)\s+of)\s+(?:(?:\L<qualifiers>)\s+)?$", qualifiers=_QUALIFIERS
)
# "revised its count of those killed down to 39,100": a running count, corrected
REVISION = _compile(
    r"\b(?:revised|lowered|raised|corrected|updated|cut)\b[^.;]{0,60}?\b(?:count|tally|toll|figures?)\b|"
    r"\b(?:count|tally|toll|figures?)\b[^.;]{0,40}?\b(?:revised|lowered|raised|corrected|cut)\b"
)
# "They killed a customer and [two] waiters": a first object without a figure
# the verb and the first object, with no figure, that both read
_OBJECT_FIRST = (
    r"\b(?P<verb>killed|killing|kills|wounded|wounding|injured|injuring|kidnapped|abducted|arrested|detained|"
    r"(?:the\s+)?deaths?\s+of|(?:the\s+)?killing\s+of)"
    r"\s+(?:a|an|the|one|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?"
)
OBJECT_THEN_FIGURE = _compile(_OBJECT_FIRST + r"\s*,?\s+(?:and|plus|as\s+well\s+as)\s+$")
# "leading to the death of the commanding officer, [two] majors, one captain and 12 soldiers": a
# first object without a figure, then a list by commas (LIST_GOES_ON after the figure)
OBJECT_LIST_THEN_FIGURE = _compile(_OBJECT_FIRST + r"\s*,\s+$")
# The list goes on after the figure's noun with another count or person ("..., one captain and
# 12 soldiers"), not with a speaker ("killed a soldier, three officials said")
LIST_GOES_ON = _compile(
    r"^\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:\d|(?:a|an|the|his|her|their|\L<numwords>)\b)",
    numwords=_NUMBER_WORDS,
)
# "killed and injured", "killed or wounded": one total of both (lexicon HARM_PAIR_SECOND), read
# right after the first harm word; each group is named for the category of that first word
HARM_PAIR_AFTER = _compile(
    r"\s*(?:and|or|and/or|/)\s+(?:(?:seriously|critically|badly|severely|gravely)\s+)?"
    r"(?:(?P<killed>\L<after_killed>)|(?P<injured>\L<after_injured>))\b"
    # "claimed 182 lives and injured [300] others": a verb with a count of its own, no pair
    r"(?!\s+(?:(?:\L<qualifiers>)\s+)?(?:\d|(?:\L<numwords>)\b))",
    qualifiers=_QUALIFIERS,
    numwords=_NUMBER_WORDS,
    after_killed=_words(lx.HARM_PAIR_SECOND["killed"]),
    after_injured=_words(lx.HARM_PAIR_SECOND["injured"]),
)
# The same pair before the figure: "the blast killed and injured 20 people"
HARM_PAIR_BEFORE = _compile(
    r"\b(?:(?:killed|killing|dead)\s+(?:and|or|and/or)\s+(?:injured|injuring|wounded|wounding|hurt|hurting)|"
    r"(?:injured|injuring|wounded|wounding)\s+(?:and|or|and/or)\s+(?:killed|killing))"
    r"\s+(?:(?:a\s+total\s+of|another|the|all|some)\s+)*$"
)
# "One American has been confirmed dead": a singular people's noun, for a count of one only (in
# the plural VICTIM_HEAD reads it); never before a noun it qualifies ("one American soldier")
ONE_DEMONYM = _compile(
    r"^\s+(?P<head>(?-i:\p{Lu}\p{Ll}+(?:ian|an|i|ese|ite|on)))(?=\s+(?:and|or|was|is|has|had|who)\b|\s*[,.;])"
)
# "about 200 violators have been arrested": a plural noun the victim list does not know, made
# a count of people by a strong passive harm verb right after it
UNKNOWN_HEAD_HARM = _compile(
    # up to two words before the noun, none a function word: "Three CRPF [jawans]"
    r"^\s+(?:(?!(?:of|the|and|or|in|on|at|by|from|to|with|who|that|which|were|was|are|is|have|has|had)\b)"
    r"[\p{L}-]+\s+){0,2}?"
    r"(?P<head>[a-z][a-z-]{2,}(?:s|men))"
    r"(?:\s+(?:and|or)\s+(?:an?\s+|one\s+|two\s+|three\s+|his\s+|their\s+)?[a-z][a-z-]+)?"  # "Eight jawans and a driver"
    r"\s+(?:(?:(?:have|has|had)\s+been|were|was|are\s+being|were\s+being)\s+"
    r"(?:(?:reportedly|also|all|since|now|allegedly|so\s+far|today|yesterday|on\s+\p{L}+day)\s+)?(?:\L<verbs>)"
    r"|(?:have\s+|had\s+)?(?:died|perished|lost\s+their\s+lives)"  # "Five skiers lost their lives"
    r"|(?:were|are|was|is|(?:have|has|had)\s+been)\s+(?:(?:confirmed|found|reported|declared|pronounced)\s+)?dead"  # "four Bedouins were dead"
    r"|(?:are|were|remain)\s+(?:still\s+)?missing)\b",  # "10 Camp Mystic campers are missing"
    verbs=_words(lx.STRONG_HARM_PASSIVES),
)
# A count with a plural noun: "All 21 coaches derailed" (a group "of them" may refer to)
COUNTED_NOUN = _compile(r"^\s+(?:[\p{L}-]+\s+){0,2}?(?P<noun>[\p{L}-]+s)\b")
# "If we recover them dead, that is 105 deaths": a figure of a hypothesis, not a count
HYPOTHETICAL_BEFORE = _compile(
    r"\bif\b[^.;!?]{0,80}?,\s*(?:then\s+)?(?:that|this|it)(?:['’]s|\s+(?:is|would\s+be|will\s+be|"
    r"means|would\s+mean|will\s+mean|makes|would\s+make))\s+(?:[\p{L}-]+\s+){0,2}$"
)
ONE_OFF_DISASTER = _compile(r"\b(?:\L<w>)s?\b", w=_words(lx.ONE_OFF_DISASTERS))
ARMED_VIOLENCE = _compile(r"\b(?:\L<w>)s?\b", w=_words(lx.ARMED_VIOLENCE))
WEATHER_DISASTER = _compile(r"\b(?:\L<w>)s?\b", w=_words(lx.WEATHER_DISASTERS))
# The first filters, for folded text (fold), with the standard library's engine, which runs a
# trie of plain literals several times faster than `regex` with IGNORECASE does; most sentences
# fail them. A claim sentence must hold one of the harm stems. Their trie opens with its
# letters, which the engine skips to by itself (a look-ahead gate would hide them from it).
HARM_HINT_LOWER = re.compile(_trie(lx.HARM_STEMS))
# The same stems found in a whole article at once (harm_flags) by Hyperscan, which scans for all
# of them together in one pass (the bench corpus: 10 ms against 120 ms for the trie sentence by
# sentence); a space of a stem ("of them") is any ASCII white space there, and `re` reads the
# spaced stems again in a text with other white space (a no-break space).
_HARM_SPACED = re.compile(_trie([w for w in lx.HARM_STEMS if " " in w]))
_HARM_LITERALS = sorted({w for w in lx.HARM_STEMS if " " not in w})
_HARM_SPACED_STEMS = sorted({w for w in lx.HARM_STEMS if " " in w})
_OTHER_SPACE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")  # "\u00a0", "\u202f"


def _harm_database() -> Any:
    try:
        import hyperscan
    except ImportError:  # pragma: no cover - no wheel for this machine: harm_flags uses the trie
        return None
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    spaced = [r"\s+".join(re.escape(part) for part in w.split(" ")) for w in _HARM_SPACED_STEMS]
    expressions = [*(re.escape(w) for w in _HARM_LITERALS), *spaced]
    n = len(expressions)
    flags = [0] * len(_HARM_LITERALS) + [hyperscan.HS_FLAG_SOM_LEFTMOST] * len(spaced)  # where they start
    db.compile(
        expressions=[e.encode("ascii") for e in expressions], ids=list(range(n)), elements=n, flags=flags
    )
    return db


_HARM_DB = _harm_database()
_HARM_LENGTHS = [len(w) for w in _HARM_LITERALS]  # by stem id: where each place begins


def harm_places(folded: str) -> list[tuple[int, int]] | None:
    """Every place of every harm stem in the folded text, in order (overlaps included), found
    in one scan; None where Hyperscan is missing (the caller then asks HARM_HINT_LOWER)."""
    if _HARM_DB is None:  # pragma: no cover - no wheel for this machine
        return None
    places: list[tuple[int, int]] = []
    lengths = _HARM_LENGTHS
    literals = len(lengths)

    def found(stem: int, start: int, end: int, _flags: int, _context: object) -> None:
        places.append((end - lengths[stem] if stem < literals else start, end))

    # one byte a character ("?" for any other than ASCII): the stems are ASCII, offsets stay
    if folded:
        _HARM_DB.scan(folded.encode("ascii", "replace"), match_event_handler=found)
    if not folded.isascii() and _OTHER_SPACE.search(folded):
        places += [m.span() for m in _HARM_SPACED.finditer(folded)]  # "of\u00a0them"
    places.sort()
    return places


def harm_flags(
    folded: str, places: list[tuple[int, int]] | None, spans: Sequence[tuple[int, ...]]
) -> list[bool]:
    """For each (start, end) span of the folded text (in order of their starts), whether
    HARM_HINT_LOWER finds a stem in it: whether one of the `places` (harm_places) lies inside."""
    if places is None:
        return [HARM_HINT_LOWER.search(folded, s[0], s[1]) is not None for s in spans]
    flags = []
    k, n = 0, len(places)
    for span in spans:
        start, end = span[0], span[1]
        while k < n and places[k][0] < start:
            k += 1
        j = k
        while j < n and places[j][0] < end and places[j][1] > end:
            j += 1  # begins inside, ends past it
        flags.append(j < n and places[j][0] < end)
    return flags


_DATE_HINT_WORDS = [*lx.WEEKDAYS, *lx.MONTHS, "yesterday", "overnight", "last night", "weekend"]
DATE_HINT_LOWER = _gated(rf"\b(?:{_trie(_DATE_HINT_WORDS)}|(?:19|20)\d\d)\b")
# Every figure holds a digit or one of these words ("dozens", "tens of thousands", "half a
# million" too): a sentence with neither is not searched for figures. Substrings, not words,
# so that the hint never says no where FIGURE would say yes.
_FIGURE_HINT_WORDS = [*lx.UNITS, *lx.TENS, *lx.MULTIPLIERS, "dozen", "score"]
FIGURE_HINT_LOWER = _gated(r"\d|" + _trie(_FIGURE_HINT_WORDS))
# Every date DATE_MENTION or MONTH_ALONE finds holds a digit, a month's first three letters,
# or "day", "night", "morning", "week", "month", "year" or "decade" ("Monday", "yesterday",
# "overnight", "this morning", "last weekend", "last year", "a decade ago").
_DATE_GATE_WORDS = sorted(
    {m[:3] for m in lx.MONTHS} | {"day", "night", "morning", "week", "month", "year", "decade"}
)
DATE_GATE_LOWER = _gated(r"\d|" + _trie(_DATE_GATE_WORDS))
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")

"""The patterns moved to the standard `re` engine match exactly what `regex` matches.

patterns._compile gives a pattern to `re` when it needs nothing of `regex` (for speed); each
such pattern is compiled here with `regex` too, from the same source and named lists, and
both are run over the sentence table, the sample articles and a set of awkward strings (other
scripts, odd white space, case). Every match, its span and its groups, must agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from sentence_cases import CASES

from casualty_cli import patterns as pt
from casualty_cli.literals import first_chars

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"

AWKWARD = [
    "AT LEAST 38,584 PEOPLE HAVE BEEN KILLED, THE MINISTRY SAID ON MONDAY.",
    "at\u00a0least 1\u202f200 were killed and  more than\t40 injured",
    "Au moins 12 morts à Varnia ; İstanbul, Ærø, Øresund and Łódź reported 3 injured",
    "\u0663\u0668\u066c\u0665\u0668\u0664 people were killed, said the ministry in Ostel",
    "Between twenty-four and thirty people were killed in the blast on 3 March 2024.",
    "ﬁre killed ﬁve; the ſtrike killed ǅ people; KELVIN \u212a 12 dead",
    "The toll rose to 1.2 million displaced since October 7, 2023, per the U.N. agency.",
    "Some 2,000 were wounded — the Kestor health ministry’s latest tally — on Sunday",
    "“Seven died,” said Dr. Aline Tarvel, director of the Ostel hospital.\n\nNew paragraph 4",
    "killed\u2009killed 12\u200b12 killed\r\n9 dead\x0c10 dead\u2028 11 dead\u0085 13 dead",
    "",
]


def _texts() -> list[str]:
    texts = [case.text for case in CASES] + AWKWARD
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return texts


TEXTS = _texts()


def _matches(pattern: pt.Pattern, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_most_patterns_run_on_the_standard_engine() -> None:
    # the point of the move: if the check that picks the engine broke, all would fall back
    assert len(pt.STANDARD) >= 40
    assert pt.FIGURE in [p for p, _, _ in pt.STANDARD]


NAMES = {id(v): k for k, v in vars(pt).items()}


@pytest.mark.parametrize(
    ("standard", "source", "lists"), pt.STANDARD, ids=[NAMES.get(id(p), "unnamed") for p, _, _ in pt.STANDARD]
)
def test_standard_engine_matches_regex(
    standard: pt.Pattern, source: str, lists: dict[str, list[str]]
) -> None:
    twin = regex.compile(source, regex.VERBOSE | regex.IGNORECASE | regex.V0, **lists)
    for text in TEXTS:
        assert _matches(standard, text) == _matches(twin, text), (source[:60], text[:80])
        # searches inside a window, as the extractor runs them (look-arounds see past its ends)
        if len(text) > 20:
            lo, hi = 5, len(text) - 5
            a, b = standard.search(text, lo, hi), twin.search(text, lo, hi)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), source[:60]


def test_patterns_that_need_regex_stay_on_it() -> None:
    # a Unicode property, and a look-behind of varying width
    assert isinstance(pt._compile(r"\p{Lu}\w+"), regex.Pattern)
    assert isinstance(pt._compile(r"(?<=\b(?:a|an)\s)x"), regex.Pattern)
    assert not isinstance(pt._compile(r"\b(?:\L<w>)\b", w=["one", "two"]), regex.Pattern)


@pytest.mark.parametrize(
    ("source", "gate"),
    [
        (r"(?<!x)\b(?:ab|[c-e\d])?f+", r"[\dac-ef]"),  # look-arounds and boundaries let through
        (r"\bwar\b|peace", "[pw]"),
        (r"(?:at\s+least\s+)?\d+", r"[\da]"),
        (r"a?", None),  # may match empty: every position is a start
        (r"[^x]y", None),  # a negated class: no gate
        (r".x", None),
        (r"x|.", None),
    ],
)
def test_first_chars(source: str, gate: str | None) -> None:
    assert first_chars(source, 0) == gate


def test_gate_keeps_every_match() -> None:
    # DATE_MENTION opens with an optional group: its gate holds the optional words' letters
    gate = first_chars(pt.DATE_MENTION.pattern, pt.DATE_MENTION.flags)
    assert gate is not None and "s" in gate and r"\d" in gate  # "since", "12 March"
    assert [m.group() for m in pt.DATE_MENTION.finditer("since 3 May, and on Sunday")] == [
        "since 3 May",
        "on Sunday",
    ]


def test_subjects_said_at_openings_match_the_overlapped_search() -> None:
    # attribution tries SUBJECT_SAID only where SUBJECT_OPENING says a subject may begin; the
    # pattern with its anchor as a look-behind, searched at every place, must find the same
    from casualty_cli.attribution import _subjects_said

    anchored = regex.compile(
        pt.SUBJECT_SAID_ANCHOR + pt.SUBJECT_SAID.pattern,
        regex.VERBOSE | regex.IGNORECASE | regex.V0,
        **pt.SUBJECT_SAID_LISTS,
    )
    tricky = [
        "Killed: 4, police said",
        ",police said 4 died",
        ", \u00a0police said",
        "4 dead - and officials said so\u2028— the army said",
        "AND THE ARMY SAID 3, BUT POLICE SAID 2; “The mayor said",
        # subjects that end their run of words before "(acronym)" or ", apposition," (_may_say)
        "and a b c d e f g h i j k l m n (ABC) said 4 died",
        "and a b c d e f g h i j k l m n o (ABC) said 4 died",
        "a b c d e f g h i j k l m n, a spokesman for them, said 4 died",
        "a b c d e f g h i j k l m n o p, a spokesman, said 4 died",
        "Police\u00a0spokesman Tom\u2003Arden  (TA) , the chief,\tsaid-so 4 died; he later said.",
        "The agency\u2019s office on Monday evening had earlier said 4 died",
        "4 were hurt in a b c, the army said, and a, b said",
        "a b, c (d), officials on Monday said; x, y z, said w, v said",
    ]
    seen = 0
    for text in [*TEXTS, *tricky]:
        for seg in text.split("\n"):
            expected = [(m.span(), m.groups()) for m in anchored.finditer(seg, overlapped=True)]
            expected += [(m.span(), m.groups()) for m in pt.SAID_SUBJECT.finditer(seg, overlapped=True)]
            verbs = list(pt.SPEECH_HINT.finditer(seg))
            found = _subjects_said(seg, [v.span() for v in verbs]) if verbs else []
            assert [(m.span(), m.groups()) for m in found] == expected, seg[:80]
            seen += len(expected)
    assert seen > 100  # the table is full of speakers: the comparison ran on real matches


FOLD_TEXTS = [
    "İSTANBUL: 12 KİLLED, ſaid the mınıstry; ΣΟΦΙΑ Σ 3 dead; µ 4; Kelvin \u212a 5",
    "The ſtrike KILLED ﬁve; İİİ 40 Wounded, OFFICIALS ſAID",
]


@pytest.mark.parametrize(
    ("standard", "source", "lists"), pt.STANDARD, ids=[NAMES.get(id(p), "unnamed") for p, _, _ in pt.STANDARD]
)
def test_folded_twin_matches_its_pattern(
    standard: pt.Pattern, source: str, lists: dict[str, list[str]]
) -> None:
    # the extractor runs FOLDED twins on fold(text): same places, same groups' places
    twin = pt.folded_twin(standard)
    assert not twin.flags & regex.IGNORECASE
    for text in [*TEXTS, *FOLD_TEXTS]:
        folded = pt.fold(text)
        assert len(folded) == len(text)
        assert [m.regs for m in standard.finditer(text)] == [m.regs for m in twin.finditer(folded)], text[:80]
        if len(text) > 20:
            lo, hi = 5, len(text) - 5
            a, b = standard.search(text, lo, hi), twin.search(folded, lo, hi)
            assert (a and a.regs) == (b and b.regs), source[:60]


def test_folded_twins_by_name() -> None:
    assert pt.FOLDED.TRAP_BEFORE.pattern == pt.folded_twin(pt.TRAP_BEFORE).pattern
    assert pt.FOLDED.TRAP_BEFORE is pt.FOLDED.TRAP_BEFORE  # compiled once
    with pytest.raises(AttributeError):
        _ = pt.FOLDED.SUBJECT_SAID  # a `regex` pattern has no twin


def test_fold_keeps_offsets_and_folds_as_ignorecase_does() -> None:
    assert pt.fold("İSTANBUL ſaid") == "istanbul said"
    assert pt.fold("KELVIN \u212a, ΣΟΦΙΑ") == "kelvin k, σοφια"


def test_standard_patterns_hold_only_ascii_letters() -> None:
    # fold() folds only the characters IGNORECASE takes for an ASCII letter ("ı", "ſ"): a
    # pattern with another letter would need the rest of the case classes
    for p, _, _ in pt.STANDARD:
        assert all(c.isascii() for c in p.pattern if c.isalpha()), p.pattern[:60]
    for text in [*FOLD_TEXTS, *AWKWARD]:
        assert len(pt.fold(text)) == len(text)


@pytest.mark.skipif(pt.harm_places("") is None, reason="Hyperscan is not installed here")
def test_harm_flags_agree_with_the_trie_sentence_by_sentence() -> None:
    # the whole-text scan must say of each sentence what HARM_HINT_LOWER says of it
    from casualty_cli.sentences import split_sentences

    tricky = [
        "He was imprisoned. Prison.Guards fled",
        "one of\u00a0them; of\n\nthem; OF   WHOM",
        "kil|led",
        "“Kill” — ‘ﬁre’ ſhot İnjured 3",
        "",
        "x" * 2500 + "killed" + "y" * 10,  # a run cut in the middle of a word
    ]
    seen = 0
    for text in [*TEXTS, *tricky]:
        folded = pt.fold(text)
        sentences = [(s.start, s.end) for s in split_sentences(text)]
        # and overlapping spans cut inside words, which sentences seldom are
        pieces = [(i, min(len(text), i + 7)) for i in range(0, len(text), 5)]
        for spans in (sentences, pieces):
            expected = [pt.HARM_HINT_LOWER.search(folded, a, b) is not None for a, b in spans]
            assert pt.harm_flags(folded, pt.harm_places(folded), spans) == expected, text[:80]
            seen += sum(expected)
    assert seen > 300


def test_every_category_phrase_passes_the_first_filter() -> None:
    # a sentence without a harm stem is never read for claims: a phrase of the category tables
    # without one could only ever fire beside another ("9,328 people have been relocated" was lost)
    from casualty_cli import lexicon as lx

    tables = {"after": lx.CATEGORY_AFTER, "before": lx.CATEGORY_BEFORE, "nouns": lx.CATEGORY_NOUNS}
    missing = [
        (name, category, phrase)
        for name, table in tables.items()
        for category, phrases in table.items()
        for phrase in phrases
        if not pt.HARM_HINT_LOWER.search(pt.fold(phrase))
    ]
    assert not missing
    assert sum(len(p) for t in tables.values() for p in t.values()) > 300


def test_first_char_set_holds_every_first_character() -> None:
    from casualty_cli.extractor import _TELLS_DAY_FIRST

    twin = pt.FOLDED.EVENT_DAY_TOLD
    assert pt.first_char_set(twin) == _TELLS_DAY_FIRST
    for c in map(chr, range(0x3001)):
        if c not in _TELLS_DAY_FIRST:  # no match can begin with it
            assert not twin.match(c + "the attack took place on monday"), repr(c)
    assert twin.match("the attack took place on monday") and "t" in _TELLS_DAY_FIRST


def test_compile_twins_compiles_every_named_twin() -> None:
    pt.compile_twins()
    named = [NAMES[id(p)] for p, _, _ in pt.STANDARD if id(p) in NAMES]
    assert len(named) > 80
    assert all(name in vars(pt.FOLDED) for name in named)  # compiled: plain attributes now


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a line end before a lower-case word goes on with the sentence
        ("Shelling killed at\nleast 15 people.", ["Shelling killed at\nleast 15 people."]),
        # a headline line, and a line that ends with a stop, end their sentences
        ("Blast kills six\nPolice said 20 were hurt.", ["Blast kills six", "Police said 20 were hurt."]),
        ("Six died.\nthe rest fled.", ["Six died.", "the rest fled."]),
        # an abbreviation that opens a paragraph ends no sentence
        ("Fans died.\n\nOct. 20, 1982 - a crush.", ["Fans died.", "Oct. 20, 1982 - a crush."]),
        # text wrapped at a fixed width: every line end without a stop before it is a space
        (
            "A bomb killed six people and\nwounded 20, police said. Bombs also\nkilled four in the\n"
            "city and one in a\nTown, the\npolice said.\nNext line",
            [
                "A bomb killed six people and\nwounded 20, police said.",
                "Bombs also\nkilled four in the\ncity and one in a\nTown, the\npolice said.",
                "Next line",
            ],
        ),
    ],
)
def test_line_ends_inside_sentences(text: str, sentences: list[str]) -> None:
    from casualty_cli.sentences import split_sentences

    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences

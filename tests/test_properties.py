"""Properties that hold for any input: extraction never raises and its spans index the text;
decoding refuses or decodes, nothing else; hostile filter and alias values reach SQLite only as
parameters; CSV cells a spreadsheet would run are neutralised.

`make fuzz` runs these with HYPOTHESIS_PROFILE=fuzz (many more examples).
"""

from __future__ import annotations

import csv
import io
import string

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from casualty_cli import ClaimFilter, Store, extract, parse_article
from casualty_cli.article import decode
from casualty_cli.errors import InputError, StoreError
from casualty_cli.render import csv_safe, render_csv

# Words the extractor looks for, so that generated text reaches its deeper paths.
WORDS = [
    "killed",
    "were",
    "wounded",
    "injured",
    "missing",
    "dead",
    "people",
    "children",
    "soldiers",
    "at",
    "least",
    "more",
    "than",
    "about",
    "nearly",
    "up",
    "to",
    "between",
    "and",
    "of",
    "whom",
    "including",
    "the",
    "health",
    "ministry",
    "said",
    "according",
    "UN",
    "Gaza",
    "Rafah",
    "in",
    "on",
    "Friday",
    "since",
    "October",
    "7",
    "12",
    "1,200",
    "38,295",
    "2.5",
    "million",
    "thousand",
    "hundreds",
    "dozens",
    "twelve",
    "one",
    "a",
    "toll",
    "rose",
    "death",
    "date",
    "2024-07-10",
    "—",
    "(Reuters)",
    "AFP",
    ",",
    ".",
    ";",
    ":",
    "'",
    '"',
    "“",
    "”",
    "(",
    ")",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "%",
    "=",
]

word_text = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
any_text = st.text(max_size=400)
dates = st.none() | st.dates().map(lambda d: d.isoformat())


def check_claims(text: str, date: str | None) -> None:
    for c in extract(text, date):
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.span
        assert c.span in c.sentence
        assert c.figure is None or c.figure >= 0


@given(any_text, dates)
@example("", None)
@example("\r\n\r\n", None)
@example("killed killed killed " * 20, None)
@example("1" * 300 + " people were killed", None)
def test_extract_never_raises_and_spans_match_arbitrary_text(text: str, date: str | None) -> None:
    check_claims(text, date)


@given(word_text, dates)
@example("At least 12 people were killed , the health ministry said .", "2024-07-10")
@example("date 2024-07-10 \r\n killed 5 \r\n\r\n 38,295 dead", None)
def test_extract_never_raises_and_spans_match_casualty_words(text: str, date: str | None) -> None:
    check_claims(text, date)


@given(word_text | any_text, dates)
@example("Seven were KİLLED, the ministry said.", None)
@example("The market rose 5 percent on Monday.", "2024-07-10")
def test_the_whole_text_harm_filter_never_loses_a_claim(text: str, date: str | None) -> None:
    """extract() skips a text with no harm word at all; the sentence-by-sentence path gives
    such a text no claim either, so both give the same claims for any text."""
    from casualty_cli.article import find_article_date
    from casualty_cli.extractor import _Extractor
    from casualty_cli.sources import default_table

    table = default_table()
    full = _Extractor(text, find_article_date(text) or date, table).run()
    assert extract(text, date, table) == full


# Text made of what figures are made of, in any case, with letters around them.
NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "ten",
    "twelve",
    "nineteen",
    "twenty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "half",
    "a",
    "of",
    "tens",
    "several",
    "at",
    "least",
    "more",
    "than",
    "nearly",
    "up",
    "to",
    "between",
    "and",
    "from",
    "some",
    "about",
    "5",
    "12",
    "1,200",
    "٣٨",
    "2.5m",
    "3k",
    "-",
    "x",
    "ONE",
    "Twenty",
    "İ",
]
number_text = st.lists(st.sampled_from(NUMBER_WORDS) | st.text(max_size=3), max_size=30).map(" ".join)


@given(number_text)
@example("İ Twenty-One")
@example("half a MILLION")
def test_the_figure_hint_passes_every_text_holding_a_figure(text: str) -> None:
    """The first filter may let through text with no figure, never drop one with a figure."""
    from casualty_cli import patterns as pt
    from casualty_cli.numbers import find_figures

    if find_figures(text):
        assert pt.FIGURE_HINT_LOWER.search(pt.fold(text))  # as the extractor asks it


def _mentions_by_hand(table: object, text: str) -> list[tuple[int, str]]:
    """The reference for SourceTable.mentions: from each place on, the longest alias that starts
    and ends away from a letter or digit; the scan then goes on after it."""
    from casualty_cli.sources import normalize

    aliases: dict[str, str] = table.aliases  # type: ignore[attr-defined]
    norm = normalize(text)
    out, i = [], 0
    while i < len(norm):
        if i == 0 or not norm[i - 1].isalnum():
            ends = [
                a
                for a in aliases
                if norm.startswith(a, i) and (i + len(a) == len(norm) or not norm[i + len(a)].isalnum())
            ]
            if ends:
                best = max(ends, key=len)
                out.append((i, aliases[best]))
                i += len(best)
                continue
        i += 1
    return out


ALIAS_WORDS = [
    "UN",
    "un",
    "agency",
    "U.N.",
    "Gaza",
    "health",
    "ministry",
    "’s",
    "'s",
    "the",
    "police",
    "a",
    "x",
]
alias_text = st.lists(st.sampled_from(ALIAS_WORDS) | st.text(max_size=3), max_size=25).map(" ".join)


@given(alias_text)
@example("the UN’s refugee agency and the U.N. said")
@example("UNx un-agency 1un")
def test_source_mentions_are_the_longest_aliases_at_word_edges(text: str) -> None:
    from casualty_cli.sources import SourceTable, default_table

    table = SourceTable.from_csv(
        "canonical,region,aliases\n"
        "United Nations,,UN|U.N.|the UN\n"
        "UN refugee agency,,un refugee agency|UNHCR|un agency\n"
        "Gaza health ministry,Gaza,gaza health ministry|gaza ministry\n"
        "Police,,police|the police\n"
    )
    assert table.mentions(text) == _mentions_by_hand(table, text)
    shipped = default_table()
    assert shipped.mentions(text) == _mentions_by_hand(shipped, text)


DATE_WORDS = [
    "on",
    "last",
    "since",
    "in",
    "of",
    "the",
    "early",
    "late",
    "mid",
    "day",
    "before",
    "previous",
    "a",
    "earlier",
    "this",
    "Monday",
    "friday",
    "Sept.",
    "sept",
    "March",
    "may",
    "May",
    "yesterday",
    "overnight",
    "tonight",
    "morning",
    "5th",
    "2024",
    "-",
]
date_text = st.lists(st.sampled_from(DATE_WORDS) | st.text(max_size=3), max_size=20).map(" ".join)


@given(date_text, dates)
@example("since early March", "2024-07-10")
@example("the day before", "2024-07-10")
def test_the_date_gate_passes_every_text_holding_a_date(text: str, date: str | None) -> None:
    from casualty_cli import patterns as pt
    from casualty_cli.dates import find_dates

    if find_dates(text, 0, len(text), date):
        assert pt.DATE_GATE_LOWER.search(pt.fold(text))  # as the extractor asks it


@given(any_text)
def test_parse_article_never_raises(text: str) -> None:
    art = parse_article(text, name="x.txt")
    assert art.text == text
    assert art.date is None or len(art.date) in (7, 10)


@given(st.binary(max_size=600))
@example(b"\xff\xfe")
@example(b"\xfe\xff\x00")
@example(b"%PDF-1.7")
@example(b"\x89PNG\r\n\x1a\n\x00\x00")
def test_decode_returns_text_or_refuses_with_a_reason(data: bytes) -> None:
    try:
        text = decode(data, "f.txt")
    except InputError as e:
        assert str(e).startswith("f.txt: ")
        return
    assert isinstance(text, str)


@given(st.text(max_size=300))
def test_decode_reads_back_what_was_written(text: str) -> None:
    assume("\x00" not in text and not text.startswith("%PDF"))
    assert decode(text.encode("utf-8"), "f") == text.removeprefix("\ufeff")
    assert decode("\ufeff".encode() + text.encode("utf-8"), "f") == text
    assert decode(b"\xff\xfe" + text.encode("utf-16-le"), "f") == text
    assert decode(b"\xfe\xff" + text.encode("utf-16-be"), "f") == text


@given(st.text(alphabet=string.printable + "éüñ’“”—€", max_size=200))
def test_decode_reads_8_bit_text_one_character_per_byte(text: str) -> None:
    data = text.encode("cp1252")
    try:
        data.decode("utf-8")
        return  # also valid UTF-8, read as such
    except UnicodeDecodeError:
        pass
    try:
        out = decode(data, "f")
    except InputError as e:  # many control characters: taken for binary
        assert "binary" in str(e)
        return
    assert out == text


# --- the store: values reach SQL only as parameters --------------------------------------
ARTICLE = (
    "date 2024-07-10\n\nToll\n\nAn Israeli strike on a school killed at least 16 people on Saturday, "
    "the Gaza health ministry said. The war has killed 38,295 people, according to the ministry."
)
hostile = st.text(max_size=60) | st.sampled_from(
    [
        "x' OR '1'='1",
        "'; DROP TABLE claims; --",
        '"; DELETE FROM articles; --',
        "%",
        "_",
        "%'",
        "\\",
        "Robert'); DROP TABLE sources;--",
        "NEAR(a b)",
        '"unbalanced',
        "a OR b",
        "*",
        "'",
        "",
    ]
)


def filled_store() -> Store:
    store = Store(":memory:")
    art = parse_article(ARTICLE, name="a.txt")
    store.add(art, extract(art.text, art.date))
    return store


def snapshot(store: Store) -> list[tuple[object, ...]]:
    return [
        *store.db.conn.execute("SELECT id, name, text FROM articles ORDER BY id"),
        *store.db.conn.execute("SELECT id, article_id, seq, figure, source, span FROM claims ORDER BY id"),
        *store.db.conn.execute("SELECT name, type FROM sqlite_master ORDER BY name"),
    ]


def ascii_lower(s: str) -> str:
    """SQLite's lower(): ASCII letters only."""
    return s.translate(str.maketrans(string.ascii_uppercase, string.ascii_lowercase))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(value=hostile)
@example(value="GAZA health MINISTRY")
@example(value="people")
@example(value="a.txt")
def test_filter_values_are_parameters(value: str) -> None:
    """Each filter selects exactly what its literal value means: no value widens or breaks it."""
    with filled_store() as store:
        before = snapshot(store)
        every = store.claims()
        assert len(every) == 2

        def expect(keep: object, empty_is_no_filter: bool = True) -> list[int]:
            # An empty option value is no filter; an empty --source names no source.
            return [c["id"] for c in every if (empty_is_no_filter and not value) or keep(c)]  # type: ignore[operator]

        def got(f: ClaimFilter) -> list[int]:
            return [c["id"] for c in store.claims(f)]

        low = ascii_lower(value)
        assert got(ClaimFilter(sources=(value,))) == expect(
            lambda c: ascii_lower(c["source"] or "") == low, empty_is_no_filter=False
        )
        assert got(ClaimFilter(victims=value)) == expect(lambda c: ascii_lower(c["victims"] or "") == low)
        assert got(ClaimFilter(location=value)) == expect(
            lambda c: c["location"] is not None and low in ascii_lower(c["location"])
        )
        assert got(ClaimFilter(category=value)) == expect(lambda c: c["category"] == value)
        assert got(ClaimFilter(scope=value)) == expect(lambda c: c["scope"] == value)
        assert got(ClaimFilter(article=value)) == expect(
            lambda c: c["article_id"].startswith(value) or c["article"] == value
        )
        try:
            assert set(got(ClaimFilter(search=value))) <= set(expect(lambda c: True))
        except StoreError as e:
            assert "cannot query the store" in str(e)
        assert snapshot(store) == before


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(alias=hostile.filter(lambda s: s.strip() != ""), canonical=hostile.filter(lambda s: s.strip() != ""))
def test_aliases_are_stored_as_given(alias: str, canonical: str) -> None:
    from casualty_cli.sources import normalize

    with filled_store() as store:
        tables = store.db.table_names()
        articles = store.counts()["articles"]
        store.add_alias(alias, canonical)
        assert store.aliases()[normalize(alias)] == canonical
        assert store.db.table_names() == tables
        assert store.counts()["articles"] == articles
        assert store.counts()["claims"] == 2


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300).filter(str.strip))
def test_any_text_is_stored_and_read_back_unchanged(text: str) -> None:
    with Store(":memory:") as store:
        art = parse_article(text, name="t.txt")
        store.add(art, extract(text))
        assert store.article(art.id)["text"] == text


# --- CSV: no cell a spreadsheet would run ---------------------------------------------
cells = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["=1+1", "+1+1", "-2+3", "@SUM(A1:A2)", '=HYPERLINK("http://x")', "\t=1", "\r=1"]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.none(),
)


@given(st.lists(st.tuples(cells, cells, cells), max_size=8))
def test_csv_neutralises_formula_cells_and_keeps_numbers(rows: list[tuple[object, object, object]]) -> None:
    cols = ["a", "b", "c"]
    out = io.StringIO()
    render_csv([dict(zip(cols, r, strict=True)) for r in rows], cols, out)
    read = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert read[0] == cols
    assert len(read) == len(rows) + 1
    for raw, cells_out in zip(rows, read[1:], strict=True):
        for value, cell in zip(raw, cells_out, strict=True):
            if value is None:
                assert cell == ""
            elif isinstance(value, int):
                assert cell == str(value)  # a number stays a number
            elif cell[:1] in ("=", "+", "-", "@", "\t", "\r") and len(cell) > 1:
                float(cell)  # only number-like text may start so
            else:
                assert cell in (value, "'" + value)
                assert cell == csv_safe(value)


# Pieces a sentence end may follow: abbreviations in any case, initials, words, odd spaces.
_END_PIECES = st.sampled_from(
    ["Gen", "gen", "GEN", "U.S", "u.n", "approx", "Lieut", "said", "killed", "J", "x", "ß", "İ", "K", "ſt",
     "(", " ", "\u00a0", "\u2009", "\x1c", "\n", "3", "Dr", "Mt", "lieuten", "é", "ǅ", "中"]
)  # fmt: skip


@given(st.lists(_END_PIECES, max_size=8), st.integers(0, 20))
def test_abbreviation_check_agrees_with_its_pattern(pieces: list[str], cut: int) -> None:
    # split_sentences asks the pattern only where the word before the stop can be an abbreviation:
    # the quick answer must never differ from the pattern's
    from casualty_cli import patterns as pt
    from casualty_cli.sentences import _after_abbreviation

    text = "".join(pieces) + "."
    stop = len(text)
    lo = max(0, stop - 12, min(cut, stop))
    # the pattern also reads the character before `lo`: the white space before a sentence's first word
    expected = pt.ABBREV_BEFORE.search(text, max(0, lo - 1), stop) is not None
    assert _after_abbreviation(text, lo, stop) == expected


_NORM_PIECES = st.sampled_from(
    [
        "a",
        "S",
        " ",
        "  ",
        "\n",
        "\t",
        "'s ",
        "’s ",
        "‘s",
        "'s",
        "'",
        "s",
        "İ",
        "\u00a0",
        "\x1c",
        "Gaza's ministry",
    ]
)


@given(st.lists(_NORM_PIECES, max_size=12).map("".join))
@example("'s 's x")
@example(" ’s  a")
def test_normalized_offsets_count_as_normalize_does(text: str) -> None:
    # the attributor places a phrase among the named mentions of the normalised text by this
    # count, made once per article instead of normalising the text before each phrase
    from casualty_cli.sources import NormalizedOffsets, normalize

    offsets = NormalizedOffsets(text)
    for i in range(len(text) + 1):
        assert offsets(i) == len(normalize(text[:i] + "x")) - 1, (text, i)

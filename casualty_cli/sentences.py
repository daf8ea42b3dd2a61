"""Split text into sentences, keeping offsets into the original text."""

from __future__ import annotations

from typing import NamedTuple

from . import patterns as pt


class Sentence(NamedTuple):
    """A sentence as offsets (a tuple: an article makes dozens, most never looked at again)."""

    start: int
    end: int
    paragraph: int  # paragraphs are separated by blank lines; the headline is paragraph 0


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` as offsets, trimmed of surrounding white space.

    A sentence ends at . ! ? before a capital, a digit or a quote, at a blank line, and
    at a line break (headlines and captions carry no full stop). A full stop after a known
    abbreviation ("Gen.", "Oct.") or an initial does not end a sentence.
    """
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    abbreviations, longest = pt.ABBREVIATIONS, pt.ABBREVIATION_MAX + 2
    # Text wrapped at a fixed width (a mail or a page copied line by line) breaks sentences
    # at line ends: there, a line end that no stop comes before is a space.
    wrapped = _lines_run_on(text) >= WRAPPED_LINES
    for m in pt.SENTENCE_END.finditer(text):
        start, end = m.span()
        stop = m.end(1)  # the sentence ends after its stop (group 1), or where the match starts
        if stop < 0:
            stop = start
            if end - start == 1 and _runs_on(text, start, wrapped):
                continue  # "killed at / least 15 people": a line end inside a sentence
        elif text[stop - 1] == ".":
            # after an abbreviation or an initial ("Gen.", "J.")? Most words before a full stop
            # are ASCII and none: the set says so without the pattern (_after_abbreviation)
            word = text[max(pos, stop - longest) : stop - 1].rpartition(" ")[2]
            plain = word.isascii() and word.isalpha() and len(word) > 1 and word.lower() not in abbreviations
            if (
                not plain
                and not _breaks_anyway(text, stop, end)
                and _after_abbreviation(text, max(pos, stop - 12), stop)
            ):
                continue
        if (
            pos < stop
            and stop - pos <= MAX_SENTENCE
            and not text[pos].isspace()
            and text[pos] not in pt.LINE_BULLETS
            and not text[stop - 1].isspace()
        ):
            out.append(Sentence(pos, stop, paragraph))  # most sentences: nothing to trim or cut
        else:
            _add(text, pos, stop, paragraph, out)
        if "\n" in text[start:end]:
            paragraph += 1
        pos = end
    _add(text, pos, len(text), paragraph, out)
    return out


def _breaks_anyway(text: str, stop: int, end: int) -> bool:
    """Whether the white space after a full stop ends the sentence even after an abbreviation:
    a blank line, or a line end after a time ("6 p.m." over a live blog's entry)."""
    gap = text[stop:end]
    if "\n" not in gap:
        return False
    return gap.count("\n") >= 2 or text[max(0, stop - 4) : stop].lower() in ("a.m.", "p.m.")


WRAPPED_LINES = 3  # line ends inside sentences that make a text wrapped


def _lines_run_on(text: str) -> int:
    """How many line ends in `text` stand inside a sentence for sure: after a word or a comma,
    before a lower-case word ("killed at / least 15"). Found from the text's line ends that a
    letter follows (a few per article), not by a pattern tried at every character."""
    n = 0
    for m in pt.LINE_THEN_LETTER.finditer(text):
        i = m.start()
        if text[i + 1].islower():
            last = _line_end_char(text, i)
            n += last.isalpha() or last == ","
    return n


def _runs_on(text: str, newline: int, wrapped: bool) -> bool:
    """Whether a single line end inside text goes on with the same sentence: in wrapped text,
    wherever the line before ends without a stop; elsewhere only before a lower-case word."""
    last = _line_end_char(text, newline)
    first = text[newline + 1 : newline + 40].lstrip(" \t")[:1]  # the next line's, past its indent
    if last in "”\"’'" and first.islower() and _line_end_char(text, _line_end_at(text, newline)) == ",":
        return True  # '“... raising the death toll to eight,” / the security source said'
    if not last or last in pt.LINE_STOPS:
        return False
    return first.islower() or (wrapped and first not in pt.LINE_BULLETS)  # not "  • Police say"


def _line_end_at(text: str, newline: int) -> int:
    """Where the last character of the line that ends at `newline` stands, its trailing blanks
    aside (-1 for an empty first line)."""
    i = newline - 1
    while i >= 0 and text[i] in " \t\r":
        i -= 1
    return i


def _line_end_char(text: str, newline: int) -> str:
    """The last character of the line that ends at `newline`, its trailing blanks aside."""
    i = _line_end_at(text, newline)
    return text[i] if i >= 0 else ""


def _after_abbreviation(text: str, lo: int, stop: int) -> bool:
    """Whether the full stop before `stop` ends an abbreviation or an initial ("Gen.", "J."):
    ABBREV_BEFORE over text[lo:stop], asked only when the word before the stop can be one.

    That word is the one ABBREV_BEFORE would read: it stands after white space or "(", holds
    neither, and is one character, initials ("I.K") or one of the abbreviations. An ASCII word is decided here;
    another (rare) is left to the pattern, which folds case as `regex` does."""
    # from one character before `lo`, as the pattern reads: "Gen." opening the text at lo=1
    tail = text[max(lo - 1, 0, stop - 2 - pt.ABBREVIATION_MAX) : stop - 1]
    if not tail or tail[-1].isspace() or tail[-1] == "(":
        return False  # "said ." or "(." holds no abbreviation
    word = tail.replace("(", " ").split()[-1]
    if len(word) > 1 and word.isascii() and "." not in word and word.lower() not in pt.ABBREVIATIONS:
        return False  # "killed.", "said." (most sentence ends); "I.K." is left to the pattern
    # from one character before `lo`: the white space before a paragraph's first word ("\nOct.")
    return pt.ABBREV_BEFORE.search(text, max(0, lo - 1), stop) is not None


MAX_SENTENCE = 2000  # characters; longer runs without a full stop are cut at white space


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        piece = text[start:end]
        stripped = piece.lstrip()
        start += len(piece) - len(stripped)
        end = start + len(stripped.rstrip())
    if end - start > 2 and text[start] in pt.LINE_BULLETS and text[start + 1] in " \t":
        start += 2  # "• Police say ...": the bullet is no word of the sentence
        while start < end and text[start] in " \t":
            start += 1
    # Text with no sentence ends (a table, a scrape gone wrong, hostile input) is cut
    # into pieces, so that no work done per sentence grows with the whole text.
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append(Sentence(start, cut, paragraph))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, paragraph))

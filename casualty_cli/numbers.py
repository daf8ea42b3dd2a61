"""Turn a figure as written into numbers: "more than 1.2 million" -> 1200000, more_than."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from . import lexicon as lx
from . import patterns as pt
from .models import Qualifier


@dataclass(frozen=True)
class Figure:
    """A number mention: where it is, what it says, and the qualifier in front of it."""

    start: int
    end: int
    value: int
    high: int | None
    qualifier: Qualifier
    spelled: bool  # "three" rather than "3": small spelled numbers are more often not counts
    num_start: int = -1  # where the number itself starts, after its qualifier
    lead: int = -1  # "climbed from 492 to [558]": where the words that govern it end (after "from")


def _ascii_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in s)


def parse_number(text: str) -> int | None:
    """The integer a numeral or spelled number stands for, or None."""
    t = " ".join(text.lower().replace("-", " ").split())
    if t in lx.DOZEN:
        return lx.DOZEN[t]
    if t in lx.VAGUE:
        return lx.VAGUE[t]
    if any(ch.isdigit() for ch in t):
        return _parse_digits(_ascii_digits(t))
    return _parse_words(t)


MAX_FIGURE = 10_000_000_000  # more people than live on earth: not a count of anyone


def _parse_digits(t: str) -> int | None:
    if len(t) > 40:
        return None  # a run of digits, not a figure (and past int()'s digit limit)
    m = pt.DIGIT_SCALE.match(t)
    if not m:
        return None
    body, scale = m["int"].strip(), (m["scale"] or "").lower()
    mult = lx.MULTIPLIERS.get(scale) or lx.SCALE_SUFFIXES.get(scale) or 1
    body = body.replace("\u066b", ".")
    groups = pt.DIGIT_SEPARATOR.split(body)
    seps = pt.DIGIT_SEPARATOR.findall(body)
    if (
        len(groups) > 1
        and all(len(g) == 3 for g in groups[1:])
        and not (mult > 1 and len(groups) == 2 and seps[0] == ".")
    ):
        return int("".join(groups)) * mult
    if len(groups) == 2 and seps[0] in ".,":
        return round(float(f"{groups[0]}.{groups[1]}") * mult)
    if len(groups) == 1 and groups[0]:
        return int(groups[0]) * mult
    return None


def _first_count_end(words: str) -> int | None:
    """Where the first of two spelled counts side by side ends ("three nine", "two five"): a
    unit after a unit or a ten after a unit or ten is no part of one number. None when `words`
    is one number ("twenty-three", "two hundred and five")."""
    last = None  # "unit", "ten" or "scale"
    for m in pt.WORD_TOKEN.finditer(words):
        w = m.group().lower()
        kind = "unit" if w in lx.UNITS else "ten" if w in lx.TENS else "scale"
        if (last == "unit" and kind in ("unit", "ten")) or (last == "ten" and kind == "ten"):
            return len(words[: m.start()].rstrip(" -"))
        last = kind
    return None


def _parse_words(t: str) -> int | None:
    total = current = 0
    seen = False
    for word in pt.WORD_TOKEN.findall(t):
        if word in ("and",):
            continue
        if word == "a":
            current = max(current, 1)
        elif word in lx.UNITS:
            current += lx.UNITS[word]
        elif word in lx.TENS:
            current += lx.TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in lx.MULTIPLIERS:
            total += max(current, 1) * lx.MULTIPLIERS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _changed(folded: str, start: int) -> bool:
    """Whether the "from X to Y" at `start` follows a verb of change ("the toll climbed from 492
    to 558")."""
    if not folded.startswith("from", start):
        return False
    return pt.FOLDED.CHANGE_BEFORE.search(folded, max(0, start - 120), start) is not None


def _chain_changes(figures: list[Figure], folded: str) -> None:
    """ "revised the toll from 1,400 to about 1,200", "went up from just 64 people killed to
    nearly 3,000": a change whose new count has its own qualifier (no "from X to Y" range
    FIGURE reads). Both counts are governed by the words up to "from"."""
    for i in range(len(figures) - 1):
        a, b = figures[i], figures[i + 1]
        if b.lead >= 0:
            continue
        lead = pt.FOLDED.FROM_BEFORE.search(folded, max(0, a.start - 16), a.start)
        if (
            lead
            and _changed(folded, lead.start())
            and pt.FOLDED.CHANGE_TO_GAP.fullmatch(folded, a.end, b.start)
        ):
            figures[i + 1] = replace(b, lead=lead.start() + len("from "))


def find_figures(
    text: str, start: int = 0, end: int | None = None, folded: str | None = None
) -> list[Figure]:
    """Every number mention in text[start:end], with offsets into text. `folded` is the text
    folded (patterns.fold), which FIGURE's twin reads; every word it gives is read in lower case."""
    figures = []
    if folded is None:
        folded = pt.fold(text)
    stop = len(text) if end is None else end
    pos = start
    while (m := pt.FOLDED.FIGURE.search(folded, pos, stop)) is not None:
        pos = m.end()
        if m["num"] and not m["num"][0].isdigit() and (" " in m["num"] or "-" in m["num"]):
            cut = _first_count_end(m["num"])  # (one word is one number)
            if cut is not None:
                # "Three nine-year-old students": two counts side by side, not one number
                m = pt.FOLDED.FIGURE.match(folded, m.start(), m.start("num") + cut)
                if m is None:
                    continue
                pos = m.end()
        qual_word = (m["qual"] or "").lower()
        begin = m.start()
        if qual_word in pt.NOT_QUALIFIER_BEFORE and pt.NOT_QUALIFIER_BEFORE[qual_word].search(
            folded, max(0, begin - 20), begin
        ):
            # "the toll inched up to 227": the count it reached, with no qualifier
            begin += len(m["qual"])
            while text[begin].isspace():
                begin += 1
            qual_word = ""
        qualifier = Qualifier(pt.QUALIFIER_VALUE[qual_word]) if qual_word else Qualifier.EXACT
        high = None
        if m["vague"]:
            value = lx.VAGUE[" ".join(m["vague"].lower().split())]
            if not qual_word:
                qualifier = Qualifier.VAGUE
            spelled = True
        elif m["half"]:
            value = (lx.MULTIPLIERS.get(m["half"].split()[-1].lower()) or 1) // 2
            spelled = True
        elif m["part"]:
            words = m["part"].lower().split()
            parts = {"two": 2, "three": 3}.get(words[0], 1)  # "three quarters of a million"
            value = (
                (lx.MULTIPLIERS.get(words[-1]) or 1) * parts // (4 if words[-4].startswith("quarter") else 3)
            )
            spelled = True
        elif m["lo"] or m["lo2"] or m["lo3"]:
            lo_text, hi_text = (
                (m["lo"], m["hi"]) if m["lo"] else (m["lo2"], m["hi2"]) if m["lo2"] else (m["lo3"], m["hi3"])
            )
            lo, hi = parse_number(lo_text), parse_number(hi_text)
            if lo is None or hi is None:
                continue
            scale = pt.SCALE_WORD.search(hi_text)
            if scale and not pt.SCALE_WORD.search(lo_text) and lo * 1000 <= hi:
                # "between 2 and 3 million": the scale belongs to both ends
                lo *= lx.MULTIPLIERS.get(scale.group().lower()) or lx.SCALE_SUFFIXES.get(
                    scale.group().lower(), 1
                )
            if m["lo"] and _changed(folded, m.start()):
                # "the toll climbed from 492 to 558": two counts, the one it was and the one it
                # changed to (not a range), each governed by the words up to "from"
                lo_start, hi_start = m.start("lo"), m.start("hi")
                figures.append(
                    Figure(
                        lo_start, m.end("lo"), lo, None, Qualifier.EXACT, not lo_text[0].isdigit(), lo_start
                    )
                )
                figures.append(
                    Figure(
                        hi_start,
                        m.end(),
                        hi,
                        None,
                        Qualifier.EXACT,
                        not hi_text[0].isdigit(),
                        hi_start,
                        lo_start,
                    )
                )
                continue
            lo_group = "lo" if m["lo"] else "lo2" if m["lo2"] else "lo3"
            lo_start = m.start(lo_group)
            if (
                pt.INCREASE_BY_BEFORE.search(folded, max(0, lo_start - 30), lo_start)
                and folded.find(" to ", m.end(lo_group), m.start("hi" + lo_group[2:])) >= 0
            ):
                # "the toll rose by (nearly) 1,100 to 12,391": how many more, then the new count
                hi_start = m.start("hi" + lo_group[2:])
                figures.append(
                    Figure(
                        begin, m.end(lo_group), lo, None, qualifier, not text[lo_start].isdigit(), lo_start
                    )
                )
                figures.append(
                    Figure(
                        hi_start, m.end(), hi, None, Qualifier.EXACT, not text[hi_start].isdigit(), hi_start
                    )
                )
                continue
            if lo <= 31 < hi and pt.MONTH_BEFORE.search(folded, max(0, lo_start - 12), lo_start):
                # "the toll since Oct. 7 to 403": a day, then the count
                hi_start = m.start("hi" + lo_group[2:])
                figures.append(
                    Figure(hi_start, m.end(), hi, None, Qualifier.EXACT, not hi_text[0].isdigit(), hi_start)
                )
                continue
            if hi <= lo:
                if m["lo2"] and " or " in folded[m.end("lo2") : m.start("hi2")]:
                    # "killed 30,000 or 5 percent of them": the first count alone, the rest read after it
                    pos = m.end("lo2")
                    figures.append(Figure(begin, pos, lo, None, qualifier, False, m.start("lo2")))
                continue
            value, high = lo, hi
            qualifier = Qualifier.RANGE
            spelled = not lo_text[0].isdigit()
        else:
            parsed = parse_number(m["num"])
            if parsed is None:
                continue
            value = parsed
            spelled = not m["num"][0].isdigit()
            if m["plus"] and not qual_word:
                qualifier = Qualifier.MORE_THAN
            if (
                not qual_word
                and folded.startswith(" or more", m.end())
                and not pt.FOLDED.THRESHOLD_BEFORE.search(folded, max(0, begin - 24), begin)
            ):
                # "the storm killed 10,000 or more": at least that many (but "the slayings of four
                # or more people" is a threshold, no count: TRAP_AFTER)
                qualifier = Qualifier.AT_LEAST
                figures.append(
                    Figure(begin, m.end() + len(" or more"), value, None, qualifier, spelled, begin)
                )
                continue
        if value > MAX_FIGURE or (high is not None and high > MAX_FIGURE):
            continue
        last = figures[-1] if figures else None
        if (
            last
            and qualifier is Qualifier.VAGUE is last.qualifier
            and last.value == value
            and folded[last.end : m.start()] == " and "
        ):
            # "Dozens and dozens of missing people": one vague count, said twice for weight
            figures[-1] = replace(last, end=m.end())
            continue
        if (
            last
            and last.spelled
            and not spelled
            and (last.value, last.high) == (value, high)
            and text[last.end : m.start()].strip() == "("
            and text[m.end() : m.end() + 1] == ")"
        ):
            # "Seventeen (17) missionaries": the number again in digits, one mention
            figures[-1] = replace(last, end=m.end() + 1)
            continue
        num_start = m.end("added") if m["added"] else m.start("qual") + len(m["qual"]) if qual_word else begin
        while num_start < m.end() and text[num_start].isspace():
            num_start += 1
        if qualifier is Qualifier.EXACT and pt.FOLDED.ESTIMATED_AFTER.match(folded, m.end(), m.end() + 30):
            qualifier = Qualifier.ABOUT  # "43,000 estimated dead": the estimate's word after the count
        elif (
            qualifier is Qualifier.EXACT
            and pt.FOLDED.MARK_AFTER.match(folded, m.end(), m.end() + 20)
            and pt.FOLDED.PASSED_THE_BEFORE.search(folded, max(0, begin - 24), begin)
        ):
            qualifier = Qualifier.MORE_THAN  # "has passed the 40,000 mark"
        figures.append(Figure(begin, m.end(), value, high, qualifier, spelled, num_start))
    if folded.find("from", start, stop) >= 0:
        _chain_changes(figures, folded)
    if folded.find("another", start, stop) >= 0:
        # "left one dead and another injured", "killed one and wounded another": one more person
        for m in pt.FOLDED.ANOTHER_ONE.finditer(folded, start, stop):
            a, b = m.span("n") if m["n"] else m.span("n2")
            figures.append(Figure(a, b, 1, None, Qualifier.EXACT, True, a))
        figures.sort(key=lambda f: f.start)
    return figures

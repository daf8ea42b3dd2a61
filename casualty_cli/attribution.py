"""Who a figure is attributed to: "according to X", "X said", "said X", "citing X"."""

from __future__ import annotations

from dataclasses import dataclass

from . import patterns as pt
from .sources import SourceTable, generic_kinds, normalize


@dataclass(frozen=True)
class Attribution:
    source: str  # canonical name, or the phrase as written when the table does not know it
    text: str  # the words as written in the article
    start: int  # offsets of `text` in the article
    end: int
    pronoun: bool = False  # "it said": refers back to the previous speaker


_GENERIC_ONLY = {
    "ministry",
    "army",
    "military",
    "police",
    "officials",
    "authorities",
    "agency",
    "office",
    "group",
    "monitor",
    "observatory",
    "government",
    "spokesman",
    "spokeswoman",
    "official",
    "spokesperson",
    "forces",
    "mission",
    "organisation",
    "organization",
    "statement",
    "health",
    "interior",
    "defence",
    "defense",
    "local",
    "security",
    "the",
    "a",
    "an",
    "its",
    "war",
    "monitoring",
    "rights",
    "human",
    "state",
    "medical",
    "sources",
    "source",
    "civil",
    "emergency",
    "services",
    "service",
    "rescue",
    "rescuers",
    "hospital",
    "doctors",
    "un",
    "humanitarian",
    "relief",
    "aid",
    "new",
    "latest",
    "provincial",
    "regional",
    "district",
    "senior",
    "top",
    "unnamed",
    "anonymous",
    "two",
    "other",
}


_IGNORABLE = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "war",
    "rights",
    "human",
    "local",
    "provincial",
    "regional",
    "state",
    "senior",
    "top",
    "new",
    "latest",
    "two",
    "other",
    "monitoring",
}
_NO_REFER_BACK = {"officials", "official", "authorities", "sources", "source"}


class Attributor:
    """Finds sources sentence by sentence, remembering who spoke last in the article."""

    def __init__(self, table: SourceTable, text: str) -> None:
        self.table = table
        self.text = text
        self.named = table.mentions(text)  # (offset in normalised text, canonical)
        self._norm_ratio = len(normalize(text)) / max(1, len(text))
        self.history: list[Attribution] = []

    # -- public -------------------------------------------------------------------------
    def sentence_sources(self, start: int, end: int, remember: bool = True) -> list[Attribution]:
        """Attributions in text[start:end], in order. Pronoun attributions refer back."""
        found: list[Attribution] = []
        seg = self.text[start:end]  # a slice, so that ^ and $ mean the sentence's ends
        for m in pt.ACCORDING_TO.finditer(seg):
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        for pattern in (pt.SUBJECT_SAID, pt.SAID_SUBJECT):
            for m in pattern.finditer(seg, overlapped=True):
                s, e = m.span("src")
                if m["appos"] and self._looks_like_body(m["appos"]):
                    s, e = m.span("appos")
                self._add(found, start + s, start + e, start + m.start("src"))
        for m in pt.POSSESSIVE_TALLY.finditer(seg):
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        if not found:
            m = pt.PRONOUN_SAID.search(seg)
            if m and self.history:
                prev = self.history[-1]
                found.append(Attribution(prev.source, prev.text, prev.start, prev.end, True))
        found.sort(key=lambda a: a.start)
        if found and remember:
            self.history.append(found[-1])
        return found

    def embedded(self, start: int, end: int) -> Attribution | None:
        """A source inserted right after a figure: "42 [the military says] are dead"."""
        window = self.text[start:end]
        m = pt.SPEECH_INSERT.match(window)
        if not m:
            return None
        words = window[: m.end()].split()[:-1]
        if not words:
            return None
        phrase_start = start + len(window) - len(window.lstrip())
        phrase_end = phrase_start + len(" ".join(words))
        found = self._resolve(phrase_start, phrase_end, phrase_start)
        if found is None:
            return None
        return Attribution(found.source, found.text, found.start, start + m.end())

    # -- internals -------------------------------------------------------------------
    def _looks_like_body(self, appos: str) -> bool:
        low = appos.lower()
        return any(
            w in low
            for w in (
                "spokes",
                "official",
                "ministry",
                "head of",
                "director",
                "chief",
                "for the",
                "of the",
                "governor",
                "minister",
            )
        )

    def _add(self, found: list[Attribution], s: int, e: int, anchor: int) -> None:
        a = self._resolve(s, e, anchor)
        if a and not any(x.start <= a.start < x.end or a.start <= x.start < a.end for x in found):
            found.append(a)

    def _resolve(self, s: int, e: int, anchor: int) -> Attribution | None:
        raw = self.text[s:e]
        lead = pt.SOURCE_LEAD.match(raw)
        if lead:
            s += lead.end()
            raw = raw[lead.end() :]
        phrase = raw.strip(" ,.;:\"“”'’")
        if not phrase or pt.HAS_DIGIT.search(phrase) or len(phrase) > 120:
            return None
        exact = self.table.aliases.get(normalize(phrase))
        if exact:  # "the WHO", which the pronoun rules below would refuse
            return Attribution(exact, phrase, s, s + len(self.text[s:e].rstrip(" ,.;:\"“”'’")))
        body = phrase
        fold = pt.SOURCE_FOLD.match(body)
        if fold:
            body = fold["body"]
        cleaned = pt.SOURCE_TRIM_TAIL.sub("", pt.SOURCE_TRIM_HEAD.sub("", body)).strip(" ,")
        if not cleaned or pt.NOT_SOURCE.match(cleaned) or pt.NOT_SOURCE.match(phrase):
            return None
        words = cleaned.split()
        if len(words) > 10 or pt.NOT_IN_SOURCE.search(cleaned):
            return None
        canonical = self.table.lookup(phrase) or self.table.lookup(cleaned)
        if canonical is None:
            if not self._plausible(phrase):
                return None
            canonical = self._refer_back(cleaned, anchor) or self._tidy(cleaned)
        return Attribution(canonical, phrase, s, s + len(self.text[s:e].rstrip(" ,.;:\"“”'’")))

    def _plausible(self, phrase: str) -> bool:
        """A source names a body or a person: a capitalised word or a known head."""
        words = phrase.split()
        if any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper()):
            return True
        return bool(generic_kinds(phrase)) or normalize(phrase).split()[-1] in {
            "witnesses",
            "residents",
            "medics",
            "paramedics",
            "doctors",
            "rescuers",
            "activists",
            "sources",
            "media",
            "television",
            "tv",
            "radio",
            "newspaper",
            "coroner",
            "relatives",
            "survivors",
            "hospital",
            "morgue",
            "reports",
            "report",
            "agency",
        }

    def _refer_back(self, phrase: str, anchor: int) -> str | None:
        """ "the ministry" -> the ministry named most recently before (else soonest after)."""
        words = normalize(phrase).split()
        if any(w not in _GENERIC_ONLY for w in words):
            return None
        kinds = generic_kinds(phrase)
        if not kinds:
            return None
        if words[-1] in _NO_REFER_BACK:
            return None  # "officials said" stays "officials"
        # Every word that is not the kind itself must be in the name referred to:
        # "the health ministry" may mean "Gaza health ministry", "the aid organization"
        # may not mean "World Health Organization".
        modifiers = {w for w in words if not generic_kinds(w) and w not in _IGNORABLE}

        def fits(canonical: str) -> bool:
            return bool(self.table.kinds(canonical) & kinds) and modifiers <= self.table.words(canonical)

        pos = anchor * self._norm_ratio
        before = [c for off, c in self.named if off <= pos and fits(c)]
        if before:
            return before[-1]
        for prev in reversed(self.history):
            if all(w in _GENERIC_ONLY for w in normalize(prev.source).split()):
                continue
            prev_words = set(normalize(f"{prev.source} {prev.text}").split())
            if generic_kinds(" ".join(prev_words)) & kinds and modifiers <= prev_words:
                return prev.source
        after = [c for off, c in self.named if off > pos and fits(c)]
        return after[0] if after else None

    @staticmethod
    def _tidy(phrase: str) -> str:
        return " ".join(phrase.split())

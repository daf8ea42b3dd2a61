"""Who a figure is attributed to: "according to X", "X said", "said X", "citing X"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from . import lexicon as lx
from . import patterns as pt
from .sentences import Sentence, split_sentences
from .sources import NormalizedOffsets, SourceTable, generic_kinds, normalize

NEAR = 40  # characters: a named mention this near a phrase may be the phrase's own words
SOURCE_REACH = 5  # sentences back that "the source" may name one told before


@dataclass(frozen=True)
class Attribution:
    source: str  # canonical name, or the phrase as written when the table does not know it
    text: str  # the words as written in the article
    start: int  # offsets of `text` in the article
    end: int
    pronoun: bool = False  # "it said": refers back to the previous speaker
    ahead: bool = False  # speaks only for figures after it: ", with the ministry saying 40 died"


def via(a: Attribution, relayer: str) -> Attribution:
    """ "Gaza health ministry, via Xinhua": a figure one party gave and another relayed."""
    if relayer == a.source or f", via {relayer}" in a.source:
        return a
    return replace(a, source=f"{a.source}, via {relayer}")


# Heads of bodies' names that a story shortens to "the network", "the department"
_NAMED_HEADS = {
    "network",
    "committee",
    "council",
    "commission",
    "department",
    "authority",
    "centre",
    "center",
    "coalition",
    "watchdog",
    "charity",
    "institute",
}
_GENERIC_ONLY = {
    "country",
    "nation",
    "country's",
    "nation's",
    "country’s",
    "nation’s",
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
} | _NAMED_HEADS  # "the network added": the network named before


_IGNORABLE = {
    "country",
    "nation",
    "country's",
    "nation's",
    "country’s",
    "nation’s",
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
# A person's role, which names no body a generic phrase could refer back to
_PERSON_ROLES = {"official", "officials", "spokesman", "spokeswoman", "spokesperson"}
_NATIONAL_SOCIETIES = set(lx.NATIONAL_SOCIETY_ALIASES)
# Roles that head an organisation a name of several words may be ("Mardan Medical Complex chief")
_HEADS_OF = {"chief", "head", "director"}
# A person referred back to by role: the speaker named with that role before
_THE_PERSON = {"the official", "the spokesman", "the spokeswoman", "the spokesperson"}
_POLICE_RANKS = set(lx.POLICE_RANKS)


def _names_organisation(body: str, role: str) -> bool:
    """Whether a body is an organisation a role belongs to, not a place or a people: its last
    word says so ("Harlow fire department chief Dan Marsh" speaks for the department), or it is
    a name of several words that a chief heads ("Mardan Medical Complex chief")."""
    last = normalize(body).rpartition(" ")[2]
    if last in pt.ORG_HEADS:
        return True
    words = body.split()
    return (
        role.lower() in _HEADS_OF
        and len(words) > 1
        and all(w[:1].isupper() for w in words)
        and last not in pt.PLACE_UNITS
    )


def _is_country_word(word: str) -> bool:
    """A country or its people's adjective: "kenya", "philippine(s)", "libyan", "sudanese"."""
    return word in pt.PLACE_NAMES or word + "s" in pt.PLACE_NAMES or pt.people_of_place(word)


# Words that make an appositive name the speaker's body or office: "Adam Rojal, a spokesperson
# for the aid group," "Ravi Nair, a senior police officer in the district,"
_BODY_IN_APPOSITIVE = (
    "spokes",
    "official",
    "officer",
    "ministry",
    "head of",
    "director",
    "chief",
    "commander",
    "for the",
    "of the",
    "governor",
    "minister",
    "doctor",
    "surgeon",
    "physician",
    "nurse",
    "commissioner",
    "envoy",
    "secretary",
    "coordinator",
    "representative",
)
# Roles that are part of a source's name ("Sari Pul governor"); other roles
# ("spokesman") fold into the body they speak for.
_ROLES_KEPT = {
    "governor",
    "mayor",
    "minister",
    "president",
    "administrator",
    "prosecutor",
    "commissioner",
    "coroner",
    "sheriff",
    "chief",
}
_COMMON_SOURCE_WORDS = {
    "police",
    "officials",
    "official",
    "authorities",
    "witnesses",
    "residents",
    "rescuers",
    "rescue",
    "doctors",
    "medics",
    "paramedics",
    "activists",
    "sources",
    "security",
    "local",
    "military",
    "army",
    "hospital",
    "health",
    "state",
    "provincial",
    "regional",
    "district",
    "emergency",
    "civil",
    "government",
    "survivors",
    "relatives",
    "villagers",
    "elders",
}
# The one-word heads of a source ("the provincial council", "the relief committee")
_HEAD_WORDS = {w for w in lx.SOURCE_HEADS if " " not in w} - {"source", "statement"}
# The last words that make a lower-case phrase a plausible source ("witnesses said")
_PLAUSIBLE_LAST = _HEAD_WORDS | set(lx.PLAUSIBLE_SOURCE_ENDS)
_NO_REFER_BACK = {"officials", "official", "authorities", "sources", "source"}


def _subjects_said(seg: str, verbs: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    """ "X said" and "said X" in a sentence, by the place they start: the matches an overlapped
    search would give, with SUBJECT_SAID tried only where a subject may begin and may be
    followed by a speech verb (`verbs`: the spans SPEECH_HINT found; every verb starts inside
    one, as one not found stands inside one found)."""
    verbs_end = verbs[-1][1]
    for p in _openings(seg):
        if p >= verbs_end:
            break
        if not _may_say(seg, p, verbs):
            continue
        m = pt.SUBJECT_SAID.match(seg, p)
        if m:
            yield m
    yield from pt.SAID_SUBJECT.finditer(seg, overlapped=True)


def _may_say(seg: str, p: int, verbs: list[tuple[int, int]]) -> bool:
    """Whether SUBJECT_SAID can match at `p`, told from the run of words there (SUBJECT_RUN),
    which holds its subject and any conjunction before it: a failing match costs some 45 µs,
    this a few. The verb, and the adverbs before it, follow the subject in the same run,
    unless the subject ends the run (within 15 words: 14 of the subject, one conjunction)
    before "(acronym)", or before ", apposition," and the run holding the verb."""
    run = pt.SUBJECT_RUN.match(seg, p)
    if run is None:
        return False
    end = run.end()
    if any(a < end and b > p for a, b in verbs):
        return True
    tail = pt.SUBJECT_RUN_TAIL.match(seg, end)
    if tail is None or len(pt.NP_WORD.findall(seg, p, end)) > 15:
        return False
    if tail.group().endswith("("):
        return True  # "(acronym)": rare, left to the pattern
    # ", apposition,": the verb stands in the run of words after the next comma
    day = pt.DAY_ASIDE.match(seg, tail.end())
    if day and any(day.end() <= a < day.end() + 12 for a, _ in verbs):
        return True  # "the ministry, on Wednesday (July 10) reported"
    comma = seg.find(",", tail.end())
    after = pt.SUBJECT_RUN.match(seg, comma + 1) if comma >= 0 else None
    return after is not None and any(a < after.end() and b > comma for a, b in verbs)


def _openings(seg: str) -> list[int]:
    """The places in a sentence where a subject may begin, in order: its start, and after a
    comma, a quote, a colon, a dash or a conjunction."""
    starts = {0}
    for m in pt.SUBJECT_OPENING.finditer(seg):
        if m["before"]:
            starts.add(m.end("before"))
        else:
            starts.add(m.end("punct"))
            if m["space"]:
                starts.add(m.end("space"))
    return sorted(starts)


def one_name_per_person(sources: Iterable[str | None], known: Iterable[str] = ()) -> dict[str, str]:
    """One rendering per person in a story: each source that names a person ("Governor (Yaroslav
    Yanushevych)", "Yanushevych") or only the role of one ("governor"), mapped to the fullest
    source the story gives that person ("Kherson Oblast Governor (Yaroslav Yanushevych)").
    Two people share a group only when one's name is part of the other's ("Arden", "Tom Arden");
    a role alone joins a person only when the story has one person with that role. The names
    of the source table (`known`) are bodies, not people."""
    named: list[tuple[set[str], str]] = []  # (the person's words, a source naming the person)
    bare: list[str] = []
    roles: list[str] = []
    bodies = set(known)
    for source in dict.fromkeys(s for s in sources if s and s not in bodies):
        m = pt.PERSON_IN_SOURCE.fullmatch(source)
        if m:
            named.append((set(m["person"].split()), source))
        elif pt.PERSON_NAME.fullmatch(source) and pt.BARE_NAME.fullmatch(source):
            named.append((set(source.split()), source))  # "Tom Arden": a person, with no body
        elif pt.BARE_NAME.fullmatch(source):
            bare.append(source)
        elif _role_only(source):
            roles.append(source)
    groups: list[tuple[set[str], list[str]]] = []
    for words, source in named:
        group = next((g for g in groups if words <= g[0] or g[0] <= words), None)
        if group is None:
            groups.append((set(words), [source]))
        else:
            group[0].update(words)
            group[1].append(source)
    for source in bare:  # a name alone: the person whose name ends with it
        fits = [g for g in groups if any(_ends_name(s, source) for s in g[1])]
        if len(fits) == 1:
            fits[0][1].append(source)
    for source in roles:
        role = normalize(source).split()[-1]
        fits = [g for g in groups if any(role in normalize(s).split() for s in g[1])]
        if len(fits) == 1:
            fits[0][1].append(source)
    out: dict[str, str] = {}
    for _, members in groups:
        fullest = max(members, key=lambda s: (pt.PERSON_IN_SOURCE.fullmatch(s) is not None, len(s.split())))
        out.update({s: fullest for s in members if s != fullest})
    return out


def _ends_name(full: str, name: str) -> bool:
    """Whether a person's full name ("Capt. Mohamed Hussein", "police (Tom Arden)") ends with
    `name` ("Hussein", "Arden"): a surname, not a given name ("Hussein Ali")."""
    person = pt.PERSON_IN_SOURCE.fullmatch(full)
    words = [w.strip(".,’'") for w in (person["person"] if person else full).split()]
    tail = name.split()
    return len(words) > len(tail) and words[-len(tail) :] == tail


def _role_only(source: str) -> bool:
    """ "governor": a role kept in a source's name, alone. "the regional governor" may be
    another region's."""
    return normalize(source) in _ROLES_KEPT


_POSSESSIVE_PRONOUNS = frozenset({"our", "my", "your", "their", "its", "his", "her"})
_QUOTES_AND_STOPS = " ,.;:\"“”'’"


@lru_cache(maxsize=16384)
def _phrase_parts(raw: str) -> tuple[int, int, str, str | None, bool] | None:
    """A source's words as written, read without the story (the same words come again and
    again, so they are read once): where the phrase starts and ends in `raw`, the phrase, its
    cleaned body (None where it names no one: "Unconfirmed reports"), and whether the phrase is
    plain, not a report's ("Early police reports"). None where there is no phrase."""
    base = 0
    clock = pt.CLOCK_TAIL.search(raw)
    raw = raw[: clock.start()] if clock else raw  # "the Ministry of the Interior up to seven in the morning"
    tail = pt.TALLY_TAIL.search(raw)
    if tail and pt.OWNERLESS.fullmatch(raw, 0, tail.start()):
        # "an updated tally of the Ministry of the Interior": the owner comes after the tally
        after = pt.TALLY_OWNER.match(raw, tail.start())
        if after:
            base, raw = after.end(), raw[after.end() :]
    elif tail:  # "an AFP tally of official figures": the tally's owner
        raw = raw[: tail.start()]
    rel = pt.RELATIVE_CLAUSE.search(raw)
    if rel:  # "A French military source who spoke on condition of anonymity"
        raw = raw[: rel.start()]
    medium = pt.SOURCE_MEDIUM_TAIL.search(raw)
    if medium:  # "Taliban spokesman Zabiullah Mujahid in a twitter post"
        raw = raw[: medium.start()]
    lead = pt.SOURCE_LEAD.match(raw)
    shift = lead.end() if lead else 0
    known = pt.KNOWN_AS.search(raw, shift)
    if known:  # "volunteer first responders known as the White Helmets": the name
        shift = known.end()
    raw = raw[shift:]
    dash = len(raw) - len(raw.lstrip(" -–—_."))
    if dash:  # "KABUL (Reuters) - Police said", "Miami (EFE).- The Coast Guard": the dateline's dash
        shift, raw = shift + dash, raw[dash:]
    phrase = raw.strip(_QUOTES_AND_STOPS)
    if (
        not phrase
        or pt.HAS_DIGIT.search(phrase)
        or len(phrase) > 120
        or pt.NUMBER_WORDS.fullmatch(phrase)
        or " -- " in phrase  # "three in South Carolina -- all announced Saturday": an aside, no name
    ):
        return None
    end = shift + len(raw.rstrip(_QUOTES_AND_STOPS))
    body = phrase
    minister = pt.MINISTER_OF.fullmatch(body)
    fold = (
        None
        if minister
        else (
            pt.SOURCE_FOLD.match(body)
            or pt.POSSESSIVE_ROLE.match(body)
            or pt.POSSESSIVE_PAPER.fullmatch(body)
        )
    )
    if minister:
        # "The Turkish Minister of the Interior": the Turkish interior ministry
        body = f"{minister['pre'] or ''}{minister['portfolio'].lower()} ministry"
    elif fold:
        body = fold["body"]
    report = pt.REPORT_OWNER.match(body)
    if report and not (report["owner"] and report["noun"][:1].isupper()):  # not "Our World in Data"
        # "Unconfirmed reports said": no one; "Early police reports said": the police; "media
        # reports said": the media
        body = report["owner"].strip() or ("media" if pt.MEDIA_REPORT.search(phrase) else "")
        if body.lower() in _POSSESSIVE_PRONOUNS:
            body = ""  # "Our analysis reveals": the writer's, no one named
        if not body:
            return base + shift, base + end, phrase, None, False
    plain = report is None
    cleaned = pt.SOURCE_TRIM_TAIL.sub("", pt.SOURCE_TRIM_HEAD.sub("", body)).strip(" ,")
    cleaned = pt.ORG_OFFICIAL.sub(r"\g<org>", cleaned)  # "health ministry official": the ministry
    if not cleaned or pt.NOT_SOURCE.match(cleaned) or pt.NOT_SOURCE.match(phrase):
        return base + shift, base + end, phrase, None, plain
    if pt.FAMILIAR_SOURCE.fullmatch(cleaned):
        return base + shift, base + end, phrase, cleaned, plain  # "people familiar with the matter"
    if len(cleaned.split()) > 10 or pt.NOT_IN_SOURCE.search(cleaned) or pt.RELATIVE_WHO.search(cleaned):
        return base + shift, base + end, phrase, None, plain
    return base + shift, base + end, phrase, cleaned, plain


_ROLE_WRITTEN_OUT = {"gov.": "Governor"}  # a role's abbreviation (ROLE_THEN_NAME), as the role


class Attributor:
    """Finds sources sentence by sentence, remembering who spoke last in the article."""

    def __init__(self, table: SourceTable, text: str) -> None:
        self.table = table
        self.text = text
        self._named: list[tuple[int, str]] | None = None
        self._ratio: float | None = None
        self._offsets: NormalizedOffsets | None = None  # made when a named mention is near a phrase
        # Who spoke, sentence by sentence: an attribution, or the offsets of a sentence put off
        # (`defer`) until a later sentence asks who spoke before it (`history`).
        self._said: list[Attribution | tuple[int, int]] = []
        self._deferred = 0  # how many entries of _said are offsets not yet read
        self._reading: int | None = None  # while a deferred entry is read: its index
        self._history: list[Attribution] | None = None
        # The text's sentences, for looking back (_introduced): the extractor gives its own;
        # split here when none were given and a bare name asks
        self.sentences: list[Sentence] | None = None
        self._introducing = False  # while _introduced reads earlier sentences
        self._before: int | None = None  # the start of the sentence _introduced reads
        # Whether the last sentence read says "he said" with no speaker before it to refer to
        self.pronoun_unresolved = False
        self.place_tallied = False  # whether the last sentence read named only a place that counted

    @property
    def _norm_ratio(self) -> float:
        """How much shorter normalising makes the text: maps an offset into the text to one into
        the normalised text, which `named` holds. Computed when first asked for."""
        if self._ratio is None:
            self._ratio = len(normalize(self.text)) / max(1, len(self.text))
        return self._ratio

    def _norm_offset(self, anchor: int) -> float:
        """Where `anchor` falls in the normalised text: by the ratio, and counted exactly when a
        named mention is near, so that "The UN mission" does not refer back to its own "UN"
        (and past the "UN Assistance Mission for Iraq" named before)."""
        pos = anchor * self._norm_ratio
        if any(abs(off - pos) < NEAR for off, _ in self.named):
            if self._offsets is None:
                self._offsets = NormalizedOffsets(self.text)
            pos = self._offsets(anchor)  # len(normalize(text[:anchor] + "x")) - 1
        return pos

    @property
    def named(self) -> list[tuple[int, str]]:
        """The named sources the text mentions, (offset in normalised text, canonical): found
        only when a generic phrase ("the ministry") needs one to refer to."""
        if self._named is None:
            self._named = self.table.mentions(self.text)
        return self._named

    @property
    def history(self) -> list[Attribution]:
        """The last speaker of each sentence read so far, in order. Sentences put off with
        `defer` are read now, in order, each seeing only the speakers before it: the history is
        what reading every sentence as it came would have made. While _introduced reads an
        earlier sentence again, only the speakers before that sentence."""
        if self._before is not None:
            return [a for a in self._read_history() if a.start < self._before]
        return self._read_history()

    def _read_history(self) -> list[Attribution]:
        if self._reading is not None:  # reading a deferred sentence: the speakers before it
            return [a for a in self._said[: self._reading] if isinstance(a, Attribution)]
        if self._deferred:
            for i, entry in enumerate(self._said):
                if isinstance(entry, tuple):
                    self._reading = i
                    try:
                        found = self._sources(*entry)
                    finally:
                        self._reading = None
                    self._said[i] = found[-1] if found else (-1, -1)
            self._said = [a for a in self._said if isinstance(a, Attribution)]
            self._deferred = 0
            self._history = None
        if self._history is None:
            self._history = [a for a in self._said if isinstance(a, Attribution)]
        return self._history

    # -- public -------------------------------------------------------------------------
    def defer(self, start: int, end: int) -> None:
        """A sentence whose figures made no claim: its speaker matters only to a later sentence
        that refers back ("it said", "the ministry"), so it is read only then, if ever."""
        self._said.append((start, end))
        self._deferred += 1

    def sentence_sources(self, start: int, end: int, remember: bool = True) -> list[Attribution]:
        """Attributions in text[start:end], in order. Pronoun attributions refer back."""
        found = self._sources(start, end)
        if found and remember:
            self._said.append(found[-1])
            self._history = None
        return found

    def _sources(self, start: int, end: int) -> list[Attribution]:
        found: list[Attribution] = []
        seg = self.text[start:end]  # a slice, so that ^ and $ mean the sentence's ends
        for m in pt.ACCORDING_TO.finditer(seg, overlapped=True):
            longer = pt.NAME_GOES_ON.match(seg, m.end("src")) if " and " in seg or "&" in seg else None
            if longer and self._acronym(longer["acro"]):
                # "according to the Armed Conflict Location and Event Data Project (ACLED)"
                self._add(
                    found, start + longer.start("acro"), start + longer.end("acro"), start + m.start("src")
                )
                continue
            appos = pt.APPOSITION_AFTER.match(seg, m.end("src"))
            if appos and self._looks_like_body(appos["appos"]) and pt.PERSON_NAME.fullmatch(m["src"]):
                # "according to Zabi Amani, a spokesman for the provincial governor"
                s, e = appos.span("appos")
                before = len(found)
                self._add(found, start + s, start + e, start + m.start("src"), m["src"])
                if len(found) > before:
                    continue
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        tag = pt.SOURCE_TAG_END.search(seg) if seg.rstrip().endswith((")", ").", ");")) else None
        known = self._acronym(tag["src"]) if tag else None
        if tag and known:
            # "178 children killed and 1,173 injured among total casualties reported (WHO)."
            found.append(Attribution(known, tag["src"], start + tag.start("src"), start + tag.end("src")))
        verbs = [m.span() for m in pt.SPEECH_HINT.finditer(seg)]  # most sentences have none: skip the rest
        speech = bool(verbs)
        for m in _subjects_said(seg, verbs) if speech else ():
            s, e = m.span("src")
            if pt.ACTION_IN_SUBJECT.search(m["src"], 1):
                continue  # "militants attacked army camps in the centre the government said"
            if m.re is pt.SUBJECT_SAID and m["verb"] == "listed" and seg.startswith(" as ", m.end("verb")):
                continue  # "The PKK -- listed as a terrorist group --": no count listed
            acro = pt.ACRONYM_BEFORE.search(seg, max(0, s - 120), s) if seg[s - 2 : s] == ") " else None
            if acro and (pt.KIND_OF_BODY.fullmatch(m["src"]) or pt.ROLE_ONLY.fullmatch(m["src"])):
                # "the Iran Human Rights (IHR) NGO said", "A Delhi Fire Services (DFS) officer
                # said": the body's name
                s, e = acro.span("acro")
            if (
                m.re is pt.SUBJECT_SAID
                and m["verb"].lower() == "alleged"
                and not seg[m.end("verb") :].lstrip().startswith("that")
            ):
                continue  # "operations targeting alleged drug traffickers": an adjective, no speech
            if (
                m.re is pt.SUBJECT_SAID
                and m["verb"].lower() == "claim"
                and pt.DETERMINER_END.search(m["src"])
                and pt.THAT_OR_OF.match(seg, m.end("verb"))
            ):
                continue  # "Hamas rejected the Israeli claim that ...": the noun, no speech
            if m.re is pt.SUBJECT_SAID and pt.CLAUSE_IN_SUBJECT.search(m["src"]):
                continue  # "The incident occurred as the government said": the subject after "as"
            told_in = pt.SOURCE_LEAD.match(
                m["src"]
            )  # "In a separate statement Afghan Defense Ministry officials said"
            if not (told_in and told_in.end() < len(m["src"])) and (
                pt.PLACE_PHRASE_SUBJECT.match(m["src"]) or pt.PREPOSITION_PHRASE_SUBJECT.match(m["src"])
            ):
                continue  # "In Maharashtra, 62 people have died, said the minister", "In another report"
            if "verb" in m.re.groupindex and m["verb"] and pt.SAID_THEN_VERB.match(seg, m.end("verb")):
                continue  # "in an accident that witnesses said was bound to happen": what they said of the accident
            person = None
            if m["appos"] and self._looks_like_body(m["appos"]):
                # "Adam Rojal, a spokesperson for the aid organization, said"
                if pt.PERSON_NAME.fullmatch(m["src"]):
                    person = m["src"]
                s, e = m.span("appos")
            elif m["appos"] and pt.PERSON_NAME.fullmatch(m["appos"].strip()):
                person = m["appos"].strip()  # "the acting governor, Alexander Khinshtein,"
            elif (
                m["appos"]
                and pt.GENERIC_NOUN_PHRASE.fullmatch(m["src"])
                and (named := pt.KNOWN_AS_NAME.match(m["appos"]))
                and pt.NAMED_BODY.fullmatch(named["name"])
            ):
                # "A local youth group, the Berom Youth Movement,", "The organization, known as
                # Madres Buscadoras,": its name
                s, e = m.start("appos") + named.start("name"), m.start("appos") + named.end("name")
            if (
                person
                and (s, e) == m.span("appos")
                and self._resolve_body(start + s, start + e, start + s) is None
            ):
                # "Biswajit Sahu, chief public relations officer of the ..., said": the person,
                # where the body is none the table or its words can name
                s, e = m.span("src")
                person = None
            acro = m["acro"] if m.re is pt.SUBJECT_SAID else None
            if (
                acro
                and person is None
                and (s, e) == m.span("src")
                and self._acronym(acro)
                # "(WHO)": known to the table only as "the WHO", which the name before it gives
                and self._resolve_body(start + m.start("acro"), start + m.end("acro"), start + s)
            ):
                s, e = m.span("acro")  # "The UN Relief Works Agency (UNRWA)": the acronym the table knows
            before = len(found)
            self._add(found, start + s, start + e, start + m.start("src"), person)
            # SAID_SUBJECT (", told X") has no verb group
            told = (
                pt.TOLD_MEDIA.match(seg, m.end("verb"))
                if m.re is pt.SUBJECT_SAID and m["verb"] == "told"
                else None
            )
            if told and len(found) > before:
                # "witnesses told Radio Dabanga that ...": the witnesses, through the radio
                media = self._lookup(told["media"]) or told["media"]
                found[-1] = via(found[-1], media)
        with_saying = "with" in seg and ("saying" in seg or "reporting" in seg or "putting" in seg)
        for m in pt.WITH_SAYING.finditer(seg) if with_saying else ():
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"), ahead=True)
        gave = pt.SUBJECT_GAVE_SAYING.match(seg) if ", saying" in seg else None
        if gave:
            self._add(found, start + gave.start("src"), start + gave.end("src"), start + gave.start("src"))
        relays = []  # (where a relayer ends, where the party it relays begins)
        for m in pt.QUOTED_AS_SAYING.finditer(seg) if "quoted" in seg else ():
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
            relays.append((start + m.start() - 1, start + m.start("src")))
        for m in pt.CITING_AFTER.finditer(seg) if "citing" in seg else ():
            relays.append((start + m.start(), start + m.end()))
        for m in pt.WHO_SAID.finditer(seg) if "who" in seg or "which" in seg else ():
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        issued = " released " in seg or " issued " in seg or " published " in seg or " put out " in seg
        for m in pt.ISSUED_PAPER.finditer(seg) if issued else ():
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        for m in pt.DATA_SHOWS.finditer(seg) if " show" in seg or " indicat" in seg else ():
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        possessive = ("'" in seg or "’" in seg) and pt.POSSESSIVE_HINT.search(seg)
        for m in pt.POSSESSIVE_TALLY.finditer(seg) if possessive else ():
            self._add(found, start + m.start("src"), start + m.end("src"), start + m.start("src"))
        for relayer_end, relayed in relays:
            # "the Mehr News Agency quoted the ministry as saying", "TASS reported, citing the
            # health ministry": the figure is the one relayed's, through the relayer (CLAIMS.md:
            # a relayed figure names both)
            if any(x.start >= relayed for x in found):
                relayers = [x for x in found if relayer_end - 1 <= x.end <= relayer_end]
                if not relayers and seg[relayer_end - start - 1 : relayer_end - start] == ",":
                    # "The Kestor channel said 13 people were killed, citing the health ministry":
                    # the clause's speaker relays, wherever it stands before the figure
                    relayers = [x for x in found if x.end <= relayer_end][-1:]
                found = [x for x in found if x not in relayers]
                if relayers:
                    first = min((x for x in found if x.start >= relayed), key=lambda x: x.start)
                    found = [via(x, relayers[-1].source) if x is first else x for x in found]
        if len(found) > 1:
            # "Indonesia has recorded 442 deaths, according to the disaster agency": a country
            # as the subject is where the figure is from when the sentence names who gave it
            found = [a for a in found if not _names_place(a.text)] or found
        # "Blantyre recorded 85 deaths", "Punjab reported 223 deaths": where they died, not who told
        places = [a for a in found if self._tally_place(a)]
        found = [a for a in found if a not in places]
        # the sentence names where its deaths were counted, not who told: no speaker carried to it
        self.place_tallied = bool(places) and not found
        self.pronoun_unresolved = False
        if not found:
            m = pt.PRONOUN_SAID.search(seg)
            if m and self.history:
                prev = self.history[-1]
                found.append(Attribution(prev.source, prev.text, prev.start, prev.end, True))
            self.pronoun_unresolved = m is not None and not found
        found.sort(key=lambda a: a.start)
        return found

    def embedded(self, start: int, end: int) -> Attribution | None:
        """A source inserted right after a figure: "42 [the military says] are dead"."""
        window = self.text[start:end]
        m = pt.SPEECH_INSERT.match(window)
        if not m:
            return None
        words = window[: m.end()].split()[:-1]
        skip = 0
        if words and words[0].lower() in ("that", "whom"):
            skip = window.index(words[0]) + len(words[0])
            words = words[1:]
        if not words:
            return None
        phrase_start = start + skip + len(window[skip:]) - len(window[skip:].lstrip())
        phrase_end = phrase_start + len(" ".join(words))
        found = self._resolve(phrase_start, phrase_end, phrase_start)
        if found is None:
            return None
        return Attribution(found.source, found.text, found.start, start + m.end())

    # -- internals -------------------------------------------------------------------
    def _acronym(self, word: str) -> str | None:
        """The table's name for an acronym written in brackets: "(UNRWA)", "(ACLED)", "(WHO)"
        (whose alias is "the who": "who" alone is a pronoun)."""
        return self.table.aliases.get(normalize(word)) or self.table.aliases.get(f"the {word.lower()}")

    def _looks_like_body(self, appos: str) -> bool:
        low = appos.lower()
        return any(w in low for w in _BODY_IN_APPOSITIVE)

    def _add(
        self,
        found: list[Attribution],
        s: int,
        e: int,
        anchor: int,
        person: str | None = None,
        ahead: bool = False,
    ) -> None:
        while e > s and self.text[e - 1] in " -–—":
            e -= 1  # "The PKK -- listed as ... -- has been responsible": the dash opens an aside
        a = self._resolve(s, e, anchor, person)
        if a and ahead:
            a = replace(a, ahead=True)
        if a and not any(x.start <= a.start < x.end or a.start <= x.start < a.end for x in found):
            found.append(a)

    def _resolve(self, s: int, e: int, anchor: int, person: str | None = None) -> Attribution | None:
        found = self._resolve_body(s, e, anchor)
        if found is None:
            return None
        if person is None:
            # "Police spokesman Abdul Ahad Walizada": the body, then the person
            split = pt.ROLE_THEN_NAME.match(found.text) or pt.ROLE_OF_BODY_THEN_NAME.match(found.text)
            if split:
                person = split["name"]
                body = split["body"].strip()
                role = " ".join(split["role"].split())  # "Chief  Medical Officer": one space apart
                role = _ROLE_WRITTEN_OUT.get(role.lower(), role)  # "Gov.": Governor
                ministry = self._lookup(f"{body} ministry") if body and role.lower() == "minister" else None
                if ministry:  # "Lebanon's Health Minister Firas Abiad": the ministry the table knows
                    return Attribution(
                        self._with_person(ministry, person), found.text, found.start, found.end, found.pronoun
                    )
                if role in _POLICE_RANKS and "police" not in body.lower():
                    body = f"{body} police".strip()  # "Kerala ADGP M R Ajith Kumar": Kerala police
                several = " ".join(role.lower().replace("-", " ").split()) in lx.SEVERAL_WORD_TITLES
                if several and body:
                    person = f"{role} {person}"  # "local police (Inspector General Zaki Ahmad)"
                elif several:
                    body = role  # "Chief Medical Officer (Umesh Tripathi)"
                elif body and role.lower() in _ROLES_KEPT and not _names_organisation(body, role):
                    body = f"{body} {role}"  # "Sari Pul governor"; not "fire department chief"
                elif (
                    body
                    and " " not in body
                    and body[1:].islower()
                    and body.lower() not in _HEAD_WORDS
                    and self._lookup(body) is None
                ):
                    # "district official Mara Selk" (or "District official" opening a sentence):
                    # no body "district"
                    body = f"{body.lower() if body.lower() in _COMMON_SOURCE_WORDS else body} {role}"
                elif not body:
                    body = role if role.lower() in _ROLES_KEPT else ""
                # (a title of several words is kept whole: "Chief Medical Officer")
                canonical = (body if body == role else self._canonical(body, anchor)) if body else None
                source = self._with_person(canonical, person)
                return Attribution(source, found.text, found.start, found.end, found.pronoun)
            name = pt.HONORIFIC.sub("", found.text)  # "Mr Bassal": Bassal
            if found.source == found.text and pt.BARE_NAME.fullmatch(name):
                # "Arden says": the person the story introduced as "Police spokesman Tom Arden"
                introduced = self._introduced(name, found.start)
                if introduced:
                    return Attribution(introduced, found.text, found.start, found.end, found.pronoun)
        if person and person.lower() not in found.source.lower():
            source = self._with_person(found.source, person)
            return Attribution(source, found.text, found.start, found.end, found.pronoun)
        return found

    def _introduced(self, name: str, before: int) -> str | None:
        """The source of the last mention before `before` of a person whose name holds `name`,
        where the story gives the person a role or a body: "Police spokesman Tom Arden said",
        "Tom Arden, a police spokesman, said", or a role with no speech ("Police spokesman Tom
        Arden arrived"). None when the story only ever names the person."""

        if self.text.find(name, 0, before) < 0:
            return None  # a name told here first ("Reuters said"): no sentence is read

        def read(sent: Sentence) -> str | None:
            hi = min(sent.end, before)
            if self.text.find(name, sent.start, hi) < 0:
                return None
            names = [
                m for m in pt.PERSON_NAME.finditer(self.text, sent.start, hi) if _ends_name(m.group(), name)
            ]
            for m in reversed(names):
                source = self._mention_source(sent, m.start(), m.end(), name)
                if source:
                    return source
            return None

        return self._look_back(before, read, same_sentence=True)

    def _same_source(self, anchor: int) -> str | None:
        """ "According to the source", "The source further added": the source quoted before."""
        for prev in reversed(self.history):
            if "source" in normalize(prev.text):
                return prev.source
        return self._source_told_before(anchor)

    def _source_told_before(self, before: int) -> str | None:
        """ "According to the source" after "A Varnian military source who spoke on condition of
        anonymity said ...": the source a sentence before named, also one whose figures (or none)
        made no claim, which the history does not hold."""

        def read(sent: Sentence) -> str | None:
            for a in reversed(self._sources(sent.start, sent.end)):
                words = normalize(a.text).split()
                if (
                    not a.pronoun
                    and ("source" in words or "sources" in words)
                    and a.source not in {"source", "sources"}
                ):
                    return a.source
            return None

        return self._look_back(before, read, reach=SOURCE_REACH)

    def _look_back(
        self, before: int, read: Callable[[Sentence], str | None], same_sentence: bool = False, reach: int = 0
    ) -> str | None:
        """The first answer `read` gives for the sentences before `before`, the nearest first
        (the last `reach` of them when reach is given), each read with the speakers before it
        only. The sentence holding `before` is read too when `same_sentence`."""
        if self._introducing:
            return None  # an earlier sentence's own references are not looked back for in turn
        if self.sentences is None:
            self.sentences = split_sentences(self.text)
        earlier = [x for x in self.sentences if (x.start < before if same_sentence else x.end <= before)]
        self._introducing = True
        try:
            for sent in reversed(earlier[-reach:] if reach else earlier):
                self._before = sent.start
                found = read(sent)
                if found:
                    return found
        finally:
            self._introducing = False
            self._before = None
        return None

    def _mention_source(self, sent: Sentence, start: int, end: int, name: str) -> str | None:
        """The source a person's full mention at text[start:end] gives, when it tells more than
        the name."""
        for a in self._sources(sent.start, sent.end):
            covers = a.start <= start < a.end or a.start < end <= a.end
            appos = (
                a.start >= end and self.text[end : a.start].strip() == ","
            )  # "Tom Arden, a police spokesman"
            if (
                (covers or appos)
                and not a.pronoun
                and not set(a.source.split()) <= set(self.text[start:end].split())
            ):
                return a.source
        seg = self.text[sent.start : end]
        for p in reversed(_openings(seg)):
            phrase = seg[p:]
            lead = len(phrase) - len(phrase.lstrip())
            if pt.ROLE_THEN_NAME.match(phrase.strip()):
                told = self._resolve(sent.start + p + lead, end, sent.start + p + lead)
                if told and told.source != name:
                    return told.source
        return None

    def _with_person(self, body: str | None, person: str) -> str:
        """ "Body (Person)"; a long body the table does not know gives way to the person."""
        if not body:
            return person
        if f"({person})" in body:
            return body  # the body referred back to is this person's already
        known = body in self.table.regions or body in set(self.table.aliases.values())
        if known:
            return body  # "army spokesman Daniel Hagari" is the Israeli military
        if len(body.split()) > 3:
            # "State Emergency Service in the Varna region": the body without its place;
            # "Lebanon's Acting Health Minister": the office without how it is held
            body = pt.OFFICE_HELD.sub("", pt.BODY_PLACE_TAIL.sub("", body))
            # "the army's spokesman in Ituri": the army, once the place is gone
            body = pt.SOURCE_TRIM_TAIL.sub("", pt.SOURCE_TRIM_TAIL.sub("", body)).strip() or body
        if len(body.split()) > 3 and not (
            len(body.split()) <= 7 and (pt.NAMED_BODY.fullmatch(body) or pt.ROLE_OF_PLACE.fullmatch(body))
        ):
            # but "Shaanxi Provincial Coal Industry Bureau" is a body's own name, and "governor
            # of the eastern region" an office
            return person
        return f"{body} ({person})"

    def _canonical(self, body: str, anchor: int) -> str:
        cleaned = pt.SOURCE_TRIM_TAIL.sub("", pt.SOURCE_TRIM_HEAD.sub("", body)).strip(" ,")
        return (
            self._lookup(body)
            or self._lookup(cleaned)
            or self._refer_back(cleaned, anchor)
            or self._tidy(cleaned)
        )

    def _tally_place(self, a: Attribution) -> bool:
        """Whether a subject that "recorded/reported" deaths names the places they died in, not
        who told: "Punjab reported 223 deaths", "Mississippi and Tennessee each reported 34",
        "West Champaran and Gopalganj have recorded 14 and 11 deaths", "Gopalganj recorded 11"."""
        verb = pt.PLACE_TALLY_VERB.match(self.text, a.end)
        if verb is None:
            return False
        text = pt.SUBJECT_EACH_TAIL.sub("", a.text)
        parts = [p for p in pt.SUBJECT_PARTS.split(text) if p]
        if len(parts) > 1:  # two persons or bodies seldom report one count together
            return all(_names_place(p) or self._unknown_name(p) for p in parts)
        # "Lysak reported two deaths": a person, by surname
        quiet = verb["verb"] not in ("reported", "reports")
        return _names_place(text) or (quiet and self._unknown_name(text))

    def _unknown_name(self, text: str) -> bool:
        """A short proper name the source table does not know and no body's word is part of."""
        words = [w for w in text.split() if w.lower() != "the"]
        return (
            0 < len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and self.table.lookup_alias(text) is None
            and not generic_kinds(text)
            and not any(w.lower() in _NAMED_HEADS or w.lower() in _COMMON_SOURCE_WORDS for w in words)
        )

    def _lookup(self, phrase: str) -> str | None:
        """The table's name for a phrase, when its alias is most of the phrase.

        "UN Assistance Mission for Iraq (UNAMI)" holds the alias "UN" but is not the
        United Nations as a whole: a name mostly of other words keeps its own words.
        """
        found = self.table.lookup_alias(phrase)
        if found is None:
            return self._regional(phrase)
        canonical, alias = found
        words = [w for w in pt.SOURCE_WORD.findall(normalize(phrase)) if w not in _IGNORABLE]
        alias_words = len(alias.split())
        if alias_words * 2 < len(words) and len(words) - alias_words >= 2:
            return None
        if alias in _NATIONAL_SOCIETIES and any(_is_country_word(w) for w in words[:-alias_words]):
            return None  # "the Philippine Red Cross": the country's own society, not the ICRC
        return canonical

    def _regional(self, phrase: str) -> str | None:
        """ "the civil defence agency" in a story that names Gaza: Gaza's civil defence."""
        return self.table.regional_lookup(phrase, self.text)

    def _resolve_body(self, s: int, e: int, anchor: int) -> Attribution | None:
        parts = _phrase_parts(self.text[s:e])
        if parts is None:
            return None
        lead, end, phrase, cleaned, plain = parts
        s, e = s + lead, s + end
        exact = self.table.aliases.get(normalize(phrase))
        if exact is None and "WHO" in phrase and (who := self.table.lookup_alias(phrase)):
            exact = who[0]  # "according to WHO", "a new WHO report": the acronym in capitals
        if exact:  # "the WHO", which the pronoun rules below would refuse
            return Attribution(exact, phrase, s, e)
        if cleaned is None:
            return None
        canonical = None
        new = normalize(phrase).startswith(("a ", "an "))  # "a rights group": one not named before
        if normalize(phrase) == "the source":  # not "a source", who is another
            canonical = self._same_source(anchor)
        if normalize(phrase) == "the force":
            # "the force said": the police force the story named before ("Merseyside Police")
            # the force named last: a police force, or another ("the Kenya Defence Forces")
            forces = [m for m in pt.POLICE_FORCE_NAME.finditer(self.text, 0, s) if m["name"]]
            forces += [m for m in pt.OTHER_FORCE_NAME.finditer(self.text, 0, s) if m["name"]]
            if not forces:
                return None
            name = max(forces, key=lambda m: m.start())["name"]
            return Attribution(self._lookup(name) or name, phrase, s, e)
        if canonical is None and _role_only(
            cleaned
        ):  # "the governor said": the governor who spoke last, if one did
            canonical = self._last_with_role(normalize(cleaned))
        if canonical is None and normalize(phrase) in _THE_PERSON:
            # "the official said" after "A health ministry official said": that official's body
            role = normalize(phrase).split()[1]
            canonical = next(
                (
                    a.source
                    for a in reversed(self.history)
                    if role in normalize(a.text).split() and not a.pronoun
                ),
                None,
            )
        if canonical is None and all(
            w in _GENERIC_ONLY or w.endswith("-based") for w in normalize(cleaned).split()
        ):
            # "the UN human rights office" is a name of its own; "the UN mission" refers back
            named = self.table.lookup_alias(cleaned)
            multiword = named is not None and len(named[1].split()) > 1
            canonical = named[0] if named and multiword else None
            canonical = canonical or self._regional(cleaned) or self._refer_back(cleaned, anchor, new)
        canonical = canonical or self._lookup(phrase if plain else cleaned) or self._lookup(cleaned)
        if canonical is None:
            if not self._plausible(phrase if plain else cleaned):
                return None
            canonical = self._refer_back(cleaned, anchor, new) or self._tidy(cleaned)
        return Attribution(canonical, phrase, s, e)

    def _last_with_role(self, role: str) -> str | None:
        """The source of the last speaker with this role kept in its name ("Kestor Governor
        (Mara Selk)"), when that speaker is a person."""
        for prev in reversed(self.history):
            m = pt.PERSON_IN_SOURCE.fullmatch(prev.source)
            if m and role in normalize(m["body"]).split():
                return prev.source
        return None

    def _plausible(self, phrase: str) -> bool:
        """A source names a body or a person: a capitalised word or a known head."""
        words = phrase.split()
        if any(w[:1].isupper() for w in words[1:]) or (words and words[0][:1].isupper()):
            return True
        if pt.FAMILIAR_SOURCE.fullmatch(phrase):
            return True  # "people familiar with the matter"
        return bool(generic_kinds(phrase)) or normalize(phrase).split()[-1] in _PLAUSIBLE_LAST

    def _refer_back(self, phrase: str, anchor: int, new: bool = False) -> str | None:
        """ "the ministry" -> the ministry named most recently before (else soonest after).
        `new`: the phrase opens with "a" or "an", a body the text brings in, not one named."""
        words = normalize(phrase).split()
        if any(w not in _GENERIC_ONLY and not w.endswith("-based") for w in words):
            return None
        if words[-1] in _NAMED_HEADS and len(words) <= 2:
            # "The network added": the source before whose name ends so ("Varnia Doctors Network")
            for prev in reversed(self.history):
                if normalize(prev.source).split()[-1:] == words[-1:]:
                    return prev.source
        kinds = generic_kinds(phrase)
        if not kinds:
            return None
        if words == ["the", "source"]:
            return self._same_source(anchor)
        if words[-1] in _NO_REFER_BACK:
            return None  # "officials said" stays "officials"
        if words[-1] in {"group", "organisation", "organization"} and len(words) <= 2 and not new:
            pos = self._norm_offset(anchor)
            modified = len(words) == 2 and words[0] != "the"
            army = generic_kinds("army")
            named = [
                c
                for off, c in self.named
                if off <= pos
                and c not in lx.NEWS_AGENCIES
                # "attacks by the Rapid Support Forces, the aid group said": an aid group is no
                # armed force; "the group said" may be a paramilitary one, but no state's army
                and not (
                    self.table.kinds(c) & army if modified else self.table.words(c) & lx.STATE_ARMY_WORDS
                )
            ]
            if named:
                return named[-1]  # "the group says": the body named last, not a news agency
        # Every word that is not the kind itself must be in the name referred to:
        # "the health ministry" may mean "Gaza health ministry", "the aid organization"
        # may not mean "World Health Organization".
        modifiers = {
            w for w in words if not generic_kinds(w) and w not in _IGNORABLE and not w.endswith("-based")
        }

        # the kind its last word names, where it names one: "the health ministry" is a ministry,
        # whatever else of health the WHO is
        # (not a broad one: "the monitoring group" may be the observatory)
        head = generic_kinds(words[-1])
        if not head or head & generic_kinds("agency officials government group spokesman"):
            head = kinds

        def fits(canonical: str) -> bool:
            return bool(self.table.kinds(canonical) & head) and modifiers <= self.table.words(canonical)

        pos = self._norm_offset(anchor)
        own = self.table.lookup_alias(phrase)
        # "The UN mission" holds "UN", which names the United Nations: not a body named before
        own_word = own[0] if own and " " not in own[1] else None
        before = [c for off, c in self.named if fits(c) and (off < pos or (off <= pos + 1 and c != own_word))]
        if before:
            return before[-1]
        for prev in reversed(self.history):
            if all(w in _GENERIC_ONLY for w in normalize(prev.source).split()):
                continue
            if " and " in prev.source:
                continue  # "residents and police": "police" later is the police alone
            prev_words = set(normalize(f"{prev.source} {prev.text}").split())
            # a person's role ("district official Mara Selk") is no body "the government" means
            prev_kinds = generic_kinds(" ".join(prev_words - _PERSON_ROLES))
            if prev_kinds & kinds and modifiers <= prev_words:
                return prev.source
        after = [c for off, c in self.named if off > pos and fits(c)]
        return after[0] if after else None

    @staticmethod
    def _tidy(phrase: str) -> str:
        words = phrase.split()
        rest_lower = all(not w[:1].isupper() for w in words[1:])
        if words and rest_lower and words[0][:1].isupper() and words[0].lower() in _COMMON_SOURCE_WORDS:
            words[0] = words[0].lower()  # "Police said": police, written at a sentence start
        return pt.POLICE_FORCE.sub(" police", " ".join(words))  # "Bihar's police force": Bihar police


def _names_place(text: str) -> bool:
    """Whether a subject names a place: "Indonesia", "Sindh province", "the state of Kerala"."""
    words = normalize(text).split()
    named = [w for w in text.split() if w.lower() not in ("the", "of") and w not in lx.PLACE_SIDE_WORDS][:-1]
    if len(words) > 1 and words[-1] in pt.PLACE_UNITS and all(w[0].isupper() for w in named):
        return True  # "Sindh province", "Kerr County" (not "rescuers in Gaza City")
    if pt.PLACE_DESCRIBED.search(text):
        return True  # "the mountainous region of Cao Bang", "Malawi's commercial capital Blantyre"
    return " ".join(words) in pt.PLACE_NAMES

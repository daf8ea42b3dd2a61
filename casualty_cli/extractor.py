"""extract(text, date): the pipeline from article text to claims. Pure and deterministic."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from itertools import pairwise

import regex

from . import lexicon as lx
from . import patterns as pt
from .article import find_article_date
from .attribution import Attribution, Attributor, one_name_per_person, via
from .dates import DateMention, find_dates, is_day_span, parse_iso
from .models import Category, Claim, Qualifier, Scope
from .numbers import Figure, find_figures
from .sentences import Sentence, split_sentences
from .sources import SourceTable, default_table, generic_kinds, normalize

WINDOW_BEFORE = 160  # characters looked at before a figure
WINDOW_AFTER = 200  # and after it
QUOTE_REACH = 4  # sentences a quotation may run on before the one that names its speaker
ANAPHOR_REACH = 3  # sentences after a toll that "the figure" may still refer back to
NEXT_SENTENCE = 300  # characters between a claim and the sentence that goes on with its story
STORY_SENTENCES = 4  # or sentences between them
MAX_SCAN_TOKENS = 10  # tokens between a figure's noun and a trigger word ("... were killed")
PARAGRAPH_REACH = 8  # sentences either side searched for a paragraph's speaker
RECENT_DAYS = 7  # an event day carried to later sentences must be this close to the article's
EVENT_DAY_REACH = 6  # sentences back that "The attack took place on Monday" dates figures in
SMALL_INCIDENT = 100  # so few dead, told in the simple past in a war's story: one event's
RUNNING_TOTAL_FLOOR = 1000  # so many dead, in the perfect tense, with no one event: a running total
BACK_SOURCE_REACH = 3  # sentences of a paragraph back that "This was reported by ..." names the speaker for


def _is_count_word(word: str) -> bool:
    """ "12", "two", "dozens", "hundreds": a token that is a count."""
    return word[:1].isdigit() or bool(pt.NUMBER_WORDS.fullmatch(word)) or word.lower() in lx.VAGUE


def _sans_times_comparison(text: str) -> str:
    """Folded text without a comparison with another event ("..., which is five times the
    number killed by the attack on October 7"), whose words are that event's."""
    return F.TIMES_COMPARISON.sub(" ", text) if " times " in text else text


def _only_plural_events(window: str) -> bool:
    """Whether every event word in a window is plural ("by Israeli strikes", "in attacks"), no
    one event ("in the strike on the camp")."""
    return all(m.group().endswith("s") for m in F.INCIDENT_EVENT.finditer(window))


def _plural_events_only(window: str) -> bool:
    """Whether a window names events, all of them plural: "Israel's strikes on Lebanon have
    resulted in ...", "the death toll from air strikes climbed to ..." (a campaign's)."""
    events = [m.group() for m in F.INCIDENT_EVENT.finditer(window)]
    # (not a few counted ones: "the death toll in two jihadist attacks this week")
    return bool(events) and all(e.endswith("s") for e in events) and not F.COUNTED_EVENTS.search(window)


_INMATES = frozenset(
    {"prisoners", "inmates", "convicts", "detainees", "fugitives", "escapees", "prisoner", "inmate"}
)
_SUBORDINATORS = frozenset({"as", "while", "whereas"})
_PLURAL = {
    "person": "people",
    "persons": "people",
    "individuals": "people",
    "others": "people",
    "souls": "people",
    "victims": "people",
    "victim": "people",
    "child": "children",
    "woman": "women",
    "man": "men",
    "kids": "children",
    "civilian": "civilians",
    "soldier": "soldiers",
    "the elderly": "elderly",
}
F = pt.FOLDED  # the case-blind patterns' twins for folded text (patterns.fold)
_HARM_AS_PEOPLE = set(lx.HARM_NOUNS_AS_PEOPLE)
_HELD = {"hostages", "detained", "missing"}  # categories of people a release sets free
_HARM_PARTICIPLES = {"killed", "wounded", "injured", "dead", "hurt"}
_NOT_YET = {"yet", "been", "be"}  # "who have not [yet] been identified": a relative clause's negation
_VICTIM_NOUNS = frozenset(lx.VICTIM_NOUNS)
# Words one of which a comparison that ranks an event holds (patterns.COMPARISON_CLAUSE)
_COMPARISON_HINTS = (
    "latest",
    "est ",
    "worst",
    "most deadly",
    "times ",
    "twice",
    "double",
    "triple",
    "treble",
)
_PERSON_NOUNS = set(lx.VICTIM_NOUNS) | set(lx.SINGULAR_VICTIMS)
_HARM_ADJECTIVES = {"displaced", "injured", "wounded", "dead", "missing", "abducted", "kidnapped", "detained"}
_GROUPS_OF_PEOPLE = frozenset(lx.GROUPS_OF_PEOPLE)
_QUANTIFIER_AUX = frozenset(lx.QUANTIFIER_AUX)
_PASSIVE_AUX = frozenset({"were", "was", "are", "is", "been", "be", "being"})
_COORDINATING = frozenset(
    {"and", "or", "but", ",", "then"}
)  # "... and wounded 30 others": a verb of its own subject
_WORD_CATEGORY = {
    "killed": "killed",
    "dead": "killed",
    "deceased": "killed",
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "injuries": "injured",
    "victims": "killed",
    "toll": "killed",  # "the death toll of 33 included 27 civilians"
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "hospitalized": "injured",
    "hospitalised": "injured",
    "missing": "missing",
    "arrested": "detained",
    "detained": "detained",
    "hostages": "hostages",
    "displaced": "displaced",
    "detainees": "detained",
    "prisoners": "detained",
    "captives": "hostages",
    "abducted": "hostages",  # "Also abducted were two miners"
    "kidnapped": "hostages",
}
# People alive, whom no harm word of a count before them reaches: "the four dead, [19 survivors]"
_ALIVE = frozenset({"survivors", "survivor"})
# What is put out, never set free: "a new death toll [released] by the ministry"
_PAPERS = frozenset([*lx.TOLL_ANAPHOR_NOUNS, *lx.REPORT_NOUNS, "toll", "statement", "list", "update"])
_LABEL_CATEGORY = {
    **_WORD_CATEGORY,
    "bodies": "killed",
    "captured": "hostages",
    "abducted": "hostages",
    "kidnapped": "hostages",
}
# Counts of people in a state that lasts: "still held", "remain displaced".
# Auxiliaries that end a place phrase ("people in the camp [were] killed"); determiners
# such as "that" do not ("people inside that car died").
_VERB_AUX = {
    "were",
    "was",
    "are",
    "is",
    "been",
    "be",
    "being",
    "have",
    "has",
    "had",
    "remain",
    "remained",
    "remains",
    "reportedly",
    "also",
}
_CARERS = {
    "doctors",
    "nurses",
    "medics",
    "paramedics",
    "surgeons",
    "volunteers",
    "staff",
    "teams",
    "rescuers",
}
# The characters EVENT_DAY_TOLD can begin with in folded text ("the attack took place ...", a
# quote, a space): a set lookup turns most sentences away before the pattern is called
_TELLS_DAY_FIRST = pt.first_char_set(F.EVENT_DAY_TOLD)
_STANDING = {Category.HOSTAGES, Category.DETAINED, Category.DISPLACED}
_PAIRED = set(lx.HARM_PAIR_SECOND)  # "killed and injured": the categories such a pair joins
_TIME_NOUNS = set(lx.TIME_NOUNS)
_RUNNING = {Category.KILLED, Category.MISSING, Category.INJURED}
_SOUGHT_NOT_MISSING = set(lx.SOUGHT_NOT_MISSING)
_UNNAMED = {"source", "sources", "report", "reports"}  # a headline's tag that names no one
_QUOTES = frozenset('"“”')  # around a figure: 'killed "up to 100" people'
# Words after which a harm verb still belongs to the relative clause: "who were trapped and died"
_NOT_BEFORE_MAIN_VERB = {
    "and",
    "or",
    "to",
    "who",
    "that",
    "were",
    "was",
    "had",
    "have",
    "has",
    "been",
    "be",
    "not",
}
_PARTICIPLE_PREPOSITIONS = {"by", "for", "with", "from", "in", "during", "on"}
# What may follow a participle right after a count's noun, in a phrase before the count's own
# verb: "hostages [held in] Gaza", "people [abducted last] week"
_PARTICIPLE_FOLLOWERS = _PARTICIPLE_PREPOSITIONS | {
    "at",
    "since",
    "last",
    "earlier",
    "yesterday",
    "overnight",
}
_HELD_PARTICIPLE = {"detained", "hostages", "displaced"}  # held, seized, abducted, arrested, displaced
_SEXES_AND_AGES = {"men", "women", "children", "boys", "girls"}
_PLACE_RELATIVE = {"that", "which", "where"}  # a clause of a place's: "in a town that ..."
_SUBJECT_PRONOUNS = {"it", "they", "we", "he", "she"}
_RELATIVE = {"who", "that"}  # a relative clause after a count's noun: "two miners who were trapped"
# what opens the clause's own verb after it: "[who were trapped for days] have died"
_MAIN_VERB_OPENS = {"have", "has", "had", "were", "was", "are", "is", "later", "subsequently", "eventually"}
_SHARED_PARTICIPLES = _HARM_ADJECTIVES | {"killed"}  # "four and one [killed]"
_AFTERMATH = {Category.MISSING, Category.DISPLACED}  # counts that a disaster leaves behind it


@dataclass
class _Found:
    figure: Figure
    category: Category
    victims: str
    head_end: int  # end of the figure's noun phrase
    parent: int | None  # index of the claim this one breaks down ("including 12 children")
    source: Attribution | None = None
    scope: Scope | None = None  # set once the claim is made
    claim: Claim | None = None  # the claim made of it
    index: int = 0  # its place among the sentence's claims
    restated: bool = False  # "the four injured soldiers": a back-reference, not a new claim
    borrowed: bool = False  # an incident whose day its sentence does not tell: a later one may


def extract(text: str, date: str | None = None, sources: SourceTable | None = None) -> list[Claim]:
    """Every casualty claim in `text`, in order of appearance.

    `date` is the article's date (YYYY-MM-DD) when the text itself carries none; a
    `date YYYY-MM-DD` header or a dated dateline in the text wins.
    """
    folded = pt.fold(text)
    # Every claim sentence holds a harm stem: a text without any (a market report, a match
    # report) is done in this one scan, without splitting it into sentences.
    harm = pt.harm_places(folded)
    if harm == [] or (harm is None and pt.HARM_HINT_LOWER.search(folded) is None):
        return []
    article_date = find_article_date(text) or date
    return _Extractor(text, article_date, sources or default_table(), folded, harm).run()


def _one_name_per_person(claims: list[Claim], table: SourceTable) -> list[Claim]:
    """A story's mentions of one person ("Governor", "Kherson Oblast Governor (Yaroslav
    Yanushevych)", "Yanushevych") give one source: the fullest the story has."""
    sources = list(dict.fromkeys(c.source for c in claims if c.source))  # in order: ties go to the first
    people = [s for s in sources if "(" in s or pt.BARE_NAME.fullmatch(s)]
    if len(sources) < 2 or not people:  # most stories name no person: the table is not read
        return claims
    fullest = one_name_per_person(sources, table.aliases.values())
    if not fullest:
        return claims
    return [replace(c, source=fullest[c.source]) if c.source in fullest else c for c in claims]


class _Extractor:
    def __init__(
        self,
        text: str,
        article_date: str | None,
        table: SourceTable,
        folded: str | None = None,
        harm: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.date = article_date
        self.table = table
        self.attributor = Attributor(table, text)
        self._last_event_date: str | None = None  # see last_event_date
        self._event_pending: list[Sentence] = []  # sentences not yet read for an event's day
        # Incident claims whose sentences tell no day, as (claim index, sentence index, paragraph):
        # "The attack took place on Monday" after them tells their day (_read_day_told)
        self._untold: list[tuple[int, int, int]] = []
        self._day_told: tuple[str, int] | None = None  # (day, sentence index) of the last such sentence
        self._index = 0  # the index of the sentence being read
        self._sources_cache: dict[int, list[Attribution]] = {}
        self._claim_sentences: set[int] = set()
        self._place_tallied: set[int] = set()  # claim sentences whose subject is a place that counted
        self._scopes_of: dict[int, set[Scope]] = {}  # the scopes of each sentence's claims
        # The text folded (lower case, offsets kept): the first filters and the case-blind
        # patterns' FOLDED twins read it
        self._lower = pt.fold(text) if folded is None else folded
        self._harm = harm if harm is not None else pt.harm_places(self._lower)  # places of harm stems
        self._last_incident: tuple[str | None, str | None] = (None, None)  # (day, place)
        # A story about an ongoing war or disaster: its figures are running totals unless
        # a sentence ties them to one attack or day.
        # A " date 2019-12-11" header dates the article, not an event of the lede on its line:
        # it is a sentence of its own (_sentences)
        header = pt.DATE_HEADER_LEAD.match(text)
        self._header_end = header.end() if header else 0
        # A story of one disaster that struck once ("an earthquake struck ... on Monday"), told in
        # its lead: its missing and homeless are that incident's, as its dead are (_scope)
        lead = min(len(text), 400)
        self.one_disaster = bool(
            F.ONE_OFF_DISASTER.search(self._lower, 0, lead)
            and not F.ARMED_VIOLENCE.search(self._lower, 0, lead)
            and not F.WEATHER_DISASTER.search(self._lower, 0, lead)  # "floods and landslides in Nepal"
        )
        context = [
            m.group()
            for m in F.WAR_CONTEXT.finditer(self._lower, 0, lead)
            if not _tag_line(self._lower, m.start(), self._header_end)
            # "the first Halloween party after the pandemic" in a crush's story: a background
            and not (self.one_disaster and m.group() in lx.BACKGROUND_CONTEXT)
        ]
        self.ongoing = bool(context)
        # a story of floods (not of one landslide): its toll, told with no event, a running one
        self.flooding = not self.one_disaster and bool(F.WEATHER_DISASTER.search(self._lower, 0, lead))
        # a story of a war, and of no disaster nor epidemic that goes on
        self.armed_only = any(
            word in lx.ARMED_CONTEXT or word.startswith(("ongoing", "cross-border")) for word in context
        ) and not any(" ".join(word.split()) in lx.DISASTER_CONTEXT for word in context)
        # A story of something that goes on, told more weakly than a war (fighting, unrest,
        # wildfires, floods, an epidemic): its moving death toll is a running total
        self.goes_on = bool(F.WEAK_WAR_CONTEXT.search(self._lower, 0, lead))
        self._last_victims: str | None = None
        self._toll_victims: str | None = None
        self._last_claim: Claim | None = None
        self._last_claim_sentence = -1  # the index of the sentence that made it
        self._sents: list[Sentence] = []  # the article's sentences, once run() has split them
        self._seen: set[tuple[int, Category]] = set()  # (figure, category) of the claims made
        self._seen_from: dict[tuple[int, Category], str | None] = {}  # and the source of the last
        self._sentence_flags: dict[tuple[int, str], bool] = {}

    def run(self) -> list[Claim]:
        claims: list[Claim] = []
        headlines: set[int] = set()  # indexes of claims made in headlines
        own_days: set[int] = set()  # of those, the ones whose headline names their day
        sentences = self.attributor.sentences = self._sents = self._sentences()
        if "\n" in self.text:
            self._lower = _unwrapped(self._lower, sentences)
        lower, figure_hint = self._lower, pt.FIGURE_HINT_LOWER
        harm = pt.harm_flags(lower, self._harm, sentences)
        cut = len(sentences) > 1 and _cut_off(self.text, sentences[-2], sentences[-1])
        if cut:
            last = sentences[-1]
            comma = self.text.rfind(", ", last.start, last.end)
            if comma > last.start and not figure_hint.search(lower, comma, last.end):
                # "... collapsed, injuring two people, images broadcast on channels s": the
                # clauses before the cut are whole
                sentences[-1] = Sentence(last.start, comma, last.paragraph)
            else:
                harm[-1] = False  # "... killing at least 12 peo": an excerpt cut mid-sentence tells no claim
        unsourced: tuple[int, int] | None = None  # (sentence, first claim) of claims no one spoke for
        for i, s in enumerate(sentences):
            self._index = i
            if unsourced and (
                unsourced[0] == i - 1
                # "1 person was killed and 12 injured. Two were rescued. Eleven cars were
                # damaged. This was reported by the emergency service.": a paragraph's last word
                or (
                    i - unsourced[0] <= BACK_SOURCE_REACH and sentences[unsourced[0]].paragraph == s.paragraph
                )
            ):
                self._source_told_after(s, claims, unsourced[1])
            may_refer = not (cut and i == len(sentences) - 1) and self._may_refer_to_toll(s)
            if not figure_hint.search(lower, s.start, s.end) or not (harm[i] or may_refer):
                self._pass_without_claims(s, claims)
                continue
            figures = find_figures(self.text, s.start, s.end, self._lower)
            if not figures:
                self._pass_without_claims(s, claims)
                continue
            found = self._classify(s, figures)
            if not found:
                self._pass_without_claims(s, claims)
                # its speaker is read only if a later sentence refers back to it
                self.attributor.defer(s.start, s.end)
                if self._sentence_has(s, F.OTHER_EVENT, "other"):
                    self.last_event_date = None  # "In a separate attack, ...": a new event
                continue
            if self._untold and self._may_tell_day(s):
                # "The attack on Friday took place in Zamfara, where bandits have killed hundreds
                # in recent years": the day of the claims before it, whatever its own figures
                self._read_day_told(s, claims, True)
            for n, f in enumerate(found):
                f.index = n
                f.restated = self._restates(f)
            attributions = self.attributor.sentence_sources(s.start, s.end)
            for f in found:
                if (
                    f.restated
                    and attributions
                    and not F.OF_THE_BEFORE.search(self._lower, max(0, f.figure.start - 12), f.figure.start)
                    and not any(
                        a.source == self._seen_from.get((f.figure.value, f.category)) for a in attributions
                    )
                ):
                    # "Six convicts were killed. The six dead men were beaten to death, said a
                    # spokeswoman": the figure again, now from a speaker, is a claim of its own
                    f.restated = False
            if not attributions and self.attributor.pronoun_unresolved:
                # "A police spokesman said crowds fled. He said 25 people were injured": the
                # speaker of a sentence without figures, which no history holds
                earlier = self._earlier_source(sentences, i)
                attributions = [earlier] if earlier else []
            if not attributions and self._is_headline(s):
                attributions = self._headline_source(s)
            if not attributions and self._opens_quote(s) and i + 1 < len(sentences):
                # "So far, 23 dead and 28 wounded. All civilians," the governor wrote; a longer
                # quotation's speaker follows the sentence that closes it
                for nxt in sentences[i + 1 : i + 1 + QUOTE_REACH]:
                    if self._closes_quote(nxt):
                        attributions = self.attributor.sentence_sources(nxt.start, nxt.end)
                        break
            if (
                not attributions
                and i > 0
                and self._whole_quote(s)
                and self._whole_quote(sentences[i - 1], said=True)
            ):
                # '"The boat capsized," the coastguard said. / "Thirty migrants are missing."': a
                # quotation on its own goes on with the speaker of the one before it
                attributions = self._sources_of(sentences, i - 1)[-1:]  # "he said": resolved below
            carried_from = None
            if not attributions and self.attributor.place_tallied:
                self._place_tallied.add(i)
            if (
                not attributions
                and i not in self._place_tallied
                and not self._sentence_has(s, F.OTHER_EVENT, "other")
            ):
                # Wire style: "..., police said. Seven others were wounded." A paragraph
                # speaks with one voice unless it names another.
                attributions, carried_from = self._paragraph_source(sentences, i)
            self._claim_sentences.add(i)
            if any(a.pronoun for a in attributions):
                # "..., he said": the speaker named last, also in a sentence without figures
                earlier = self._earlier_source(sentences, i)
                if earlier:
                    attributions = [earlier if a.pronoun else a for a in attributions]
            dates = (
                find_dates(self.text, s.start, s.end, self.date, self._lower)
                if pt.DATE_GATE_LOWER.search(lower, s.start, s.end)
                else []
            )
            if dates and " times " in lower[s.start : s.end]:
                # "..., which is five times the number killed by the attack on October 7": that
                # attack's day, not the count's
                other = [m.span() for m in F.TIMES_COMPARISON.finditer(lower, s.start, s.end)]
                dates = [d for d in dates if not any(a <= d.start < b for a, b in other)]
            if self._sentence_has(s, F.OTHER_EVENT, "other"):
                self.last_event_date = None  # "In a separate attack, ...": a new event
                self._untold.clear()
            made_at = len(claims)
            for f in found:
                f.claim = self._claim(s, f, found, claims, attributions, dates)
                if not f.restated:
                    claims.append(f.claim)
                    self._seen.add((f.claim.figure, f.claim.category))
                    self._seen_from[f.claim.figure, f.claim.category] = f.claim.source
            self._one_scope_for_siblings(s, found, claims, made_at)
            self._note_untold(s, [f for f in found if not f.restated], claims, made_at)
            unsourced = (
                (i, made_at)
                if len(claims) > made_at and claims[-1].source is None and not self._is_headline(s)
                else None
            )
            self._scopes_of[i] = {f.scope for f in found if not f.restated and f.scope}
            if (
                carried_from is not None
                and len(claims) > made_at
                and self._scopes_of[i] == {Scope.CUMULATIVE}
                and self._scopes_of.get(carried_from) == {Scope.INCIDENT}
            ):
                # "Scores were killed in the raid, a rights group said. Thousands have died since
                # the war began.": a war's toll in the background, not the group's report
                claims[made_at:] = [replace(c, source=None, source_text=None) for c in claims[made_at:]]
            if claims:
                self._last_victims = claims[-1].victims
                if claims[-1] is not self._last_claim:
                    self._last_claim = claims[-1]
                    self._last_claim_sentence = i
            made = sum(1 for f in found if not f.restated)
            if made and self._is_headline(s):
                headlines.update(range(len(claims) - made, len(claims)))
                if any(d.value and not d.speech and not d.since for d in dates):
                    own_days.update(range(len(claims) - made, len(claims)))
        return _one_name_per_person(self._fill_headlines(claims, headlines, own_days), self.table)

    def _one_scope_for_siblings(
        self, s: Sentence, found: list[_Found], claims: list[Claim], made_at: int
    ) -> None:
        """Counts of one statement, each with its own harm ("191 people killed and 54 missing
        since the monsoon began", "Twenty are dead, 35 have been injured"), hold for one event or
        one period: the first count's scope is the next one's."""
        low = self._lower
        made = [f for f in found if not f.restated and f.claim is not None and f.parent is None]
        for a, b in pairwise(made):
            ca, cb = a.claim, b.claim
            if (
                ca is None
                or cb is None
                or ca.scope is cb.scope
                or ca.category is cb.category
                or not F.SIBLING_GAP.fullmatch(low, a.head_end, b.figure.start)
            ):
                continue
            # a time told after both is both counts' ("51 dead and 230 wounded in the past 24
            # hours", "... since the monsoon began"); else the first count's
            tail = F.SPEECH_DAY.sub(" ", low[b.figure.end : s.end])
            if F.PERIOD_FLOW.search(tail) or F.STRONG_INCIDENT.search(tail):
                scope = Scope.INCIDENT
            elif F.SINCE_CLAUSE.search(tail):
                scope = Scope.CUMULATIVE
            elif F.VIOLENCE_GOES_ON.search(tail) and not F.INCIDENT_EVENT.search(tail):
                # "32 people have been killed and over 2,500 are injured ... due to the
                # violence": the second count read the war after both, which the first did not
                scope = cb.scope
            else:
                scope = ca.scope
            for f in (a, b):
                if f.claim is not None and f.claim.scope is not scope:
                    old, f.claim = f.claim, replace(f.claim, scope=scope)
                    f.scope = scope
                    for k in range(made_at, len(claims)):
                        if claims[k] is old:
                            claims[k] = f.claim

    def _source_told_after(self, s: Sentence, claims: list[Claim], first: int) -> None:
        """ "The toll has risen to 35. The governor reported this on Telegram.": the speaker the
        next sentence names for the claims before it, which no one spoke for."""
        low = self._lower
        line = F.SOURCE_LINE.match(low, s.start, s.end)
        if line:
            a = self.attributor._resolve(line.start("src"), line.end("src"), line.start("src"))
        elif F.BACK_ATTRIBUTION_LEAD.match(low, s.start, s.end) or F.BACK_ATTRIBUTION.search(
            low, s.start, min(s.end, s.start + 200)
        ):
            told = self.attributor.sentence_sources(s.start, s.end, remember=False)
            a = told[0] if len(told) == 1 and not told[0].pronoun else None
            if (
                len(told) == 2
                and not told[0].pronoun
                and (
                    F.OUTLET_REPORTS_END.match(low, told[1].end, s.end)
                    or (
                        F.ACCORDING_TO_END.search(low, told[0].end, told[1].start)
                        and F.CLOSES_SENTENCE.match(low, told[1].end, s.end)
                    )
                )
            ):
                # "This was reported by the emergency service, Ukrinform reports.", "The governor
                # announced this on Telegram, according to Ukrinform.": through the outlet
                a = via(told[0], told[1].source)
        else:
            return
        if a is None:
            return
        claims[first:] = [
            replace(c, source=a.source, source_text=a.text) if c.source is None else c for c in claims[first:]
        ]

    @staticmethod
    def _fill_headlines(claims: list[Claim], headlines: set[int], own_days: set[int]) -> list[Claim]:
        """A headline restates the story's lead: its figure takes the lead's day, source, scope;
        but a standfirst that names its day ("- A missile attack on Saturday ... killing 40")
        keeps it (`own_days`)."""
        out = list(claims)
        for i in sorted(headlines):
            h = claims[i]
            lead = None  # the story's first figure
            for body in claims[i + 1 :]:
                if claims.index(body) in headlines:
                    continue
                lead = lead or body
                if body.figure == h.figure and body.category is h.category:
                    out[i] = replace(
                        h,
                        as_of=h.as_of if i in own_days else body.as_of or h.as_of,
                        scope=body.scope,
                    )
                    break
            else:
                # "At least 250 dead in Tarvel quake" over "The toll from Sunday's quake rose to
                # at least 264": the headline tells the lead's incident, of the lead's day
                if (
                    lead is not None
                    and i not in own_days
                    and lead.category is h.category
                    and lead.scope is Scope.INCIDENT
                    and h.scope is Scope.INCIDENT
                ):
                    out[i] = replace(h, as_of=lead.as_of or h.as_of)
        # "Eight killed and seven injured in rampage" over a body that tells the eight's day but
        # not the seven's: one headline tells one event, of one day
        for i in headlines:
            h = out[i]
            if h.scope is Scope.INCIDENT and h.as_of == claims[i].as_of:
                day = next(
                    (
                        out[j].as_of
                        for j in headlines
                        if out[j].sentence == h.sentence
                        and out[j].as_of != claims[j].as_of
                        and out[j].scope is Scope.INCIDENT
                    ),
                    None,
                )
                if day:
                    out[i] = replace(h, as_of=day)
        return out

    # -- which figures are claims, and of what ------------------------------------------
    def _classify(self, s: Sentence, figures: list[Figure]) -> list[_Found]:
        out: list[_Found] = []
        t, low = self.text, self._lower
        # counts waiting for a shared verb: "At least 22 children, two teachers and one officer
        # were among the victims"
        pending: list[tuple[Figure, str | None, int]] = []
        # "17 people from [one] family were killed", "another one killed 60 people": a "one" that
        # is no count is dropped here, so that it does not end the count before it either
        figures = [
            f
            for f in figures
            if not (
                f.spelled
                and f.value == 1
                and F.ONE_PRONOUN_AFTER.match(low[f.end : f.end + 60])
                # (but "One of the 12 was deceased": one of a count, a part of its own; "One of
                # the militants was killed": one person)
                and not F.ONE_OF_COUNT.match(low, f.end, f.end + 40)
                and not F.ONE_OF_PEOPLE.match(low, f.end, f.end + 60)
            )
            # "in multiple drone strikes, including [one] in Houmin": one of the events
            and not (
                f.spelled
                and f.value == 1
                and F.EVENTS_INCLUDING_BEFORE.search(low, max(s.start, f.start - 40), f.start)
                and not pt.VICTIM_HEAD.match(t[f.end : min(s.end, f.end + 60)])
            )
            # "One injured man told reporters": a speaker, no count
            and not (f.spelled and f.value == 1 and F.ONE_SPEAKER_AFTER.match(low, f.end, f.end + 60))
            # "one of its members shot and killed two officers": the attacker, no victim
            and not (f.spelled and f.value == 1 and F.ONE_OF_ATTACKERS.match(low, f.end, f.end + 80))
            # "Three [nine]-year-old students were killed": an age inside the noun, which the
            # count before it reads past
            and not F.AGE_COMPOUND_AFTER.match(low, f.end, f.end + 16)
            and not F.NAME_NUMBER_BEFORE.search(low, max(s.start, f.start - 10), f.start)  # "Barrio 18"
            and not (not f.spelled and pt.DESIGNATION_BEFORE.search(t, max(s.start, f.start - 30), f.start))
            # "in Zones 3, [7] and 9": a list of such numbers, a comma between
            and not (
                not f.spelled
                and pt.DESIGNATION_LIST_BEFORE.search(t, max(s.start, f.start - 30), f.start)
                and pt.DESIGNATION_LIST_GOES_ON.match(t, f.end)
            )
            # "Six members of [two] families were killed": a count of families, which the six are from
            and not (
                F.GROUPS_AFTER.match(low, f.end, f.end + 20)
                and F.OF_FROM_BEFORE.search(low, max(s.start, f.start - 6), f.start)
            )
        ]
        starts = [f.start for f in figures[1:]] + [s.end]
        if low.find("age", s.start, s.end) >= 0:
            # "Two women aged 31 and 47 were killed": the count's verb is read past its ages
            for n in range(len(figures) - 2, -1, -1):
                nxt = figures[n + 1]
                if F.AGES_BEFORE.search(low, max(s.start, nxt.start - 30), nxt.start):
                    starts[n] = starts[n + 1]
        parts, wholes, whole_harms, harm_parts = self._parts_of_wholes(s, figures, starts)
        for n, f in enumerate(figures):
            if n in wholes and wholes[n] is None:
                continue  # "76 of the ferry's [118] passengers are missing": those on board
            if low.startswith(",", f.end) and F.OF_THOSE_LEAD.fullmatch(low, s.start, f.start):
                continue  # "Of those [14], eight had gunshot wounds": the group told before
            group_of = (
                F.ANOTHER_OF_BEFORE.search(low, max(s.start, f.start - 20), f.start)
                if low.find(" of ", max(s.start, f.start - 20), f.start) >= 0
                else None
            )
            if group_of and (group_of["none"] or F.BARE_WHOLE_THEN_VERB.match(low, f.end, s.end)):
                # "Another of those [12] was critically injured": one more of a group told before;
                # "None of the [40] passengers were hurt"
                continue
            if n in harm_parts:
                continue  # made with its whole, after it
            next_start = starts[n]
            # "the death toll climbed from 492 to [558]": the words before "from" govern it
            lead = f.lead if f.lead >= 0 else f.start
            # a figure in quotes is read as without them: 'killed "up to 100" people'
            quoted = lead > s.start and t[lead - 1] in _QUOTES and t[f.end : f.end + 1] in _QUOTES
            lead, end = (lead - 1, f.end + 1) if quoted else (lead, f.end)
            before = t[max(s.start, lead - WINDOW_BEFORE) : lead]
            after = t[end : min(next_start, end + WINDOW_AFTER)]
            # the same windows folded, for the case-blind patterns' FOLDED twins
            lb = low[max(s.start, lead - WINDOW_BEFORE) : lead]
            la = low[end : min(next_start, end + WINDOW_AFTER)]
            if "(" in after[:80]:
                # "Two Jaish-e-Mohammad (JeM) terrorists were killed": the name's acronym, read as
                # blank (offsets kept)
                for m in reversed(list(pt.ACRONYM_IN_NAME.finditer(after, 0, 80))):
                    blank = " " * (m.end() - m.start())
                    after = after[: m.start()] + blank + after[m.end() :]
                    la = la[: m.start()] + blank + la[m.end() :]
            if (label := F.LABEL_AFTER.match(la)) and (label["who"] or label["who2"]):
                # a fact box's line, its label after the number: "1,400 – Number of Israelis killed"
                what = " ".join((label["what"] or label["what2"]).split())
                harm = Category(_LABEL_CATEGORY.get(what, "hostages" if "hostage" in what else "killed"))
                who = (label["who"] or label["who2"]).lower()
                victims = who if who in _PERSON_NOUNS or who.endswith(("ans", "is", "ese")) else "people"
                out.append(_Found(f, harm, victims, end + label.end(), None, None))
                continue
            if cases := F.CASES_OF_HARM_AFTER.match(la):
                # "89 active cases of missing persons", "402 cases of enforced disappearance": each
                # case a person (a count of cases is otherwise no count of people)
                harm = Category.HOSTAGES if cases["abducted"] else Category.MISSING
                out.append(_Found(f, harm, "people", end + cases.end(), None, None))
                continue
            if self._is_trap(f, before, after, lb, la):
                continue
            if F.DEAD_AND_WOUNDED_AFTER.match(low, end, min(s.end, end + 80)):
                continue  # "the victim toll ... to 213,303 martyrs and wounded": both together, no one category
            head = pt.VICTIM_HEAD.match(after)
            if (
                head
                and head["mods"]
                and head["head"].lower() in _HARM_PARTICIPLES
                and head["mods"].split()[-1].lower() in pt.NON_PERSON_WORDS
            ):
                head = None  # "Three Israeli [strikes] killed 12 people": a count of things, then its verb
            head_len = head.end() if head else 0
            if head and f.value > 1 and head["head"].lower() in lx.SINGULAR_VICTIMS:
                # "11 rebel commanders": a singular noun after a plural count qualifies a later head
                later = pt.VICTIM_HEAD.match(after[head_len:])
                if later:
                    head, head_len = later, head_len + later.end()
            demonym = None
            if head is None and f.value == 1 and not f.high:
                head = demonym = pt.ONE_DEMONYM.match(after)  # "One American has been confirmed dead"
                head_len = head.end() if head else 0
            inverted = None if head else F.INVERTED_COUNT.match(la)
            if inverted:  # "raised to 40 the number of people killed"
                head = pt.VICTIM_HEAD.match(after[inverted.end() :])
                head_len = inverted.end() + head.end() if head else 0
            if head is None and not inverted and not F.NON_PERSON_HEAD.match(la):
                # "about 200 violators have been arrested": a noun the victim list lacks, no thing
                head = F.UNKNOWN_HEAD_HARM.match(la)
                head_len = head.end("head") if head else 0
            head_word = _words_of(head["head"]) if head else None
            if head_word == "life" and f.value > 1:
                continue  # "45 life jackets": "life" qualifies another noun ("one life" is a death)
            if demonym and head_word:
                head_word = _demonym_plural(head_word)
            extended_victims = None
            if head_word in pt.CATEGORY_NOUN and head_word not in _PERSON_NOUNS:
                more = F.HEAD_EXTEND.match(la[head_len:])  # "two dead [boys]"
                if more:
                    extended_victims = _words_of(more["head"])
                    head_len += more.end()
            if head is None and F.NON_PERSON_HEAD.match(la):
                continue
            head_end = end + head_len
            if n in parts and head is None:
                head_end, head_word = parts[n]  # "76 of the ferry's 118 passengers": passengers
            self._toll_victims = None
            own_lb, clause_start = lb, s.start
            if out and out[-1].figure.end <= lead:
                # "133 hostages are still in captivity, and that 36 of those hostages are confirmed
                # dead": a harm word in the clause of the count before is that count's
                breaks = list(F.NEW_CLAUSE.finditer(low, max(out[-1].figure.end, lead - WINDOW_BEFORE), lead))
                if breaks:
                    clause_start = breaks[-1].end()
                    own_lb = low[clause_start:lead]
                elif F.BARE_HARM_WORD.fullmatch(low, out[-1].figure.end, lead):
                    # "Three killed 5 injured": a headline's harm word between two counts is the first's
                    clause_start = lead
                    own_lb = ""
            category = self._category_before(own_lb)
            if category is None and head is None and F.INVERTED_TOLL.match(la):
                category = "killed"  # "revised from 95 to 84 the death toll from two explosions"
            if category is None and (group := F.GROUP_LEAD.match(low, s.start, lead)):
                category = _WORD_CATEGORY.get(group["what"] or group["what2"])  # "Of the dead, 26 were women"
            if category is None and f.num_start != f.start:
                # "the toll has surpassed 40,000"
                category = self._category_before(
                    low[max(clause_start, f.num_start - WINDOW_BEFORE) : f.num_start]
                )
            if category is None and head is not None:
                listed = F.OBJECT_LIST_THEN_FIGURE.search(lb[-80:])
                # read past the next figure, which the list goes on with
                if listed and F.LIST_GOES_ON.match(low[f.end : min(s.end, f.end + 80)]):
                    category = _verb_category(listed["verb"])  # "the death of the commander, two majors, ..."
            if category == "cancel" and F.SENT_BEFORE.search(lb) and F.FLEEING_AFTER.match(la, head_len):
                category = "displaced"  # "a crackdown sent almost 75,000 fleeing across the border"
            if category in (None, "cancel") and self._sent_to_hospital(lb, la, head_word):
                category = "injured"  # "sent 24 inmates to hospitals", not "sent 500 troops"
            if (
                category is None
                and head_word in _LOST_PEOPLE
                and F.LOST_BEFORE.search(lb[-30:])
                and not F.LOST_NOT_DEAD_AFTER.match(la[head_len:])
            ):
                category = "killed"  # "the army lost 12 soldiers", "as it lost 63 cadres"
            if category is None and lb.endswith("treated ") and F.TREATED_FOR_HARM.match(la[head_len:]):
                category = "injured"  # "it had treated 1,900 pilgrims for heat exhaustion" (not "treated 400 patients")
            if (
                category is None
                and F.MOVED_BEFORE.search(lb)
                and F.TO_SHELTER_AFTER.match(low[end : end + 120])
            ):
                category = "displaced"  # "had moved 475,669 people ... to cyclone shelters"
            if (
                category is None
                and head_word == "victims"
                and F.VICTIMS_FOUND_AFTER.match(low, head_end, s.end)
            ):
                category = "killed"  # "three additional victims had been found in the rubble"
            if category is None and F.FATE_OF_BEFORE.search(lb[-40:]) and F.FATE_UNKNOWN_AFTER.match(la):
                category = "missing"  # "the safety of 211 people remains unconfirmed"
            if (
                category is None
                and (head is None or head_word in _PERSON_NOUNS)
                and self._toll_told_lately()
                and self._refers_to_toll(s, lead)
                and not F.OTHER_HARM_WORD.search(low, s.start, end + head_len)  # (nor its noun: "survivors")
            ):
                category = "killed"  # "..., although the most widely accepted figure was 200,000"
            if category == "missing" and head_word in _SOUGHT_NOT_MISSING:
                continue  # "searching for three gunmen": a manhunt, not the missing
            if (
                category == "cancel"
                and pt.CATEGORY_NOUN.get(head_word or "") == "killed"
                and F.BODIES_RESCUED.search(lb[-40:])
            ):
                category = "killed"  # "We have rescued about 10 corpses": no one rescued alive
            if category == "cancel":
                pending.clear()  # "51 men and [13] women were released": the counts share it
                continue
            if (
                (category == "killed" and ("casualties" in lb[-60:] or "victims" in lb[-60:]))
                or (category is None and head_word == "casualties")
            ) and F.OF_WHOM_KILLED_AFTER.match(low, end, s.end):
                continue  # "casualties increased to seven, two of whom were killed": the dead and the hurt
            noun_category = pt.CATEGORY_NOUN.get(head_word or "")
            person_noun = head_word in _PERSON_NOUNS
            if noun_category in _PAIRED and category is None:
                pair = F.HARM_PAIR_AFTER.match(low, end + head_len, s.end)
                if pair and pair[noun_category]:
                    continue  # "ten dead and wounded": one total of both (HARM_PAIR_SECOND)
            if category is None and noun_category and not person_noun:
                category = noun_category  # "24 deaths", "16 injuries"
            embedded = self.attributor.embedded(head_end, min(next_start, head_end + 80))
            scan_from = embedded.end if embedded else head_end
            # a whole's verb is its part's: "eight of the 26 hostages are dead"
            post = whole_harms.get(n) if n in wholes else self._category_after(scan_from, next_start, s.end)
            if (
                post == "cancel"
                and category == "killed"
                and F.BODIES_OF_BEFORE.search(lb[-30:])
                and not F.IDENTIFIED_AFTER.match(la, head_len)
            ):
                post = None  # "The bodies of 1,212 fallen soldiers were returned": the dead, handed over
            if (
                post == "cancel"
                and category is not None
                and noun_category
                and not person_noun
                and not (
                    # "five bodies had been identified": no count of deaths; but in "55 of the 75
                    # confirmed dead have been identified" the 55 are
                    F.IDENTIFIED_AFTER.match(la, head_len)
                    and not (n and F.PART_OF_GAP.fullmatch(low, figures[n - 1].end, f.start))
                )
            ):
                post = None  # "The 93 deaths accounted for so far": deaths are not found alive
            if (
                post == "cancel"
                and category not in (None, "cancel")
                and F.RELATIVE_VERB_BEFORE.search(lb[-40:])
                and F.SUBJECT_SENTENCED.search(low, end, s.end)
            ):
                post = None  # "The gunman who killed 17 people ... has been sentenced": the gunman's verb
            if post == "agent":
                post = "cancel" if category is None else None
            if post == "cancel":
                pending.clear()
                if F.RELEASED_AFTER.match(low, head_end, next_start):
                    self._drop_joined_held(out, f)  # "13 Israelis and [four Thais] who were released"
                continue
            own = noun_category if noun_category in _HARMED else post if post in _HARMED else None
            if (
                category not in (None, "cancel")
                and own
                and own != category
                and F.NEW_CLAUSE_BEFORE.search(lb[-40:])
            ):
                # "Many of the dead were women and children and another 37 people were injured",
                # "the death toll stands at 180,000, with up to 450,000 wounded": a clause of the
                # count's own, whose harm word is its
                category = own
            if (
                category not in (None, "cancel")
                and own
                and own != category
                and out
                and out[-1].head_end <= lead
                and F.BARE_LIST_GAP.fullmatch(low, out[-1].head_end, lead)
            ):
                category = (
                    own  # "Death toll rises to four, [27] injured": the toll's word is the first count's
                )
            if category is not None and "including" in lb[-30:] and F.DEAD_AFTER.match(la):
                category = "killed"  # "14 people were injured including the two deceased"
            if (
                category is None
                or (category == "injured" == noun_category and post == "killed")
                # "He shot three people dead", "stabbed two people to death": the hurt who died
                or (category == "injured" and post == "killed" and F.INJURING_VERB_END.search(lb[-24:]))
                # "Two homeless men died": the homeless who died
                or (category == "displaced" == noun_category and extended_victims and post in _HARMED)
                # "paramedics evacuated four people who were killed": the dead, carried away
                or (category == "displaced" and post == "killed" and F.WHO_WERE_KILLED.match(la, head_len))
                # "The victims are in hospital, two of them in serious condition": the hurt among them
                or (category == "killed" and post == "injured" and F.OF_THEM_AFTER.match(la))
            ):
                category = post  # "Five of the wounded died overnight": the wounded who died
            elif category != "missing" and (F.STILL_MISSING.match(la) or F.STILL_MISSING.match(la, head_len)):
                category = "missing"  # "Death toll mounts, dozens still missing": their own word
            if category is None and head is not None and "mods" in head.re.groupindex:
                for word in (head["mods"] or "").lower().split():
                    category = category or lx.HARM_MODIFIERS.get(word)  # "six trapped miners"
            if category is None:
                among = F.AMONG_THE.match(low[scan_from : min(s.end, scan_from + 120)])
                if among:  # "six of its staffers were among the 18 reported fatalities"
                    category = post = _WORD_CATEGORY.get(among["what"].lower(), "killed")
                elif head is not None and (among := F.AMONG_COUNT_AFTER.match(low, head_end, s.end)):
                    # a headline's "14 soldiers among 27 killed in blast": a part of the count after
                    category = post = _WORD_CATEGORY[among["what"]]
            if (
                category is None
                and not out
                and person_noun
                and self._last_claim is not None
                and F.THEY_INCLUDED_BEFORE.search(low[max(s.start, lead - 40) : lead])
                and not self._things_counted_since(self._last_claim.end, s.start)
            ):
                category = self._last_claim.category.value  # "They included five children"
            if (
                category is None
                and out
                and head is None
                and (F.TOTALING_BEFORE.search(lb[-40:]) or F.TOTAL_LEAD.search(lb[-100:]))
            ):
                category = out[-1].category.value  # "12 more deaths on Friday, totaling 1,412"
            if (
                category is None
                and out
                and lead - out[-1].figure.end <= 80
                and (
                    F.EARLIER_COUNT_BEFORE.search(lb[-60:])
                    # "raised the toll to 2,975 from 64"
                    or (
                        F.BARE_FROM.fullmatch(low, out[-1].figure.end, lead)
                        and low.endswith(" to ", 0, out[-1].figure.start)
                    )
                )
            ):
                category = out[-1].category.value  # "rose to 58, up from a previous estimate of 22"
            if category is None and out and pt.PAREN_FIGURE.search(before[-40:]):
                category = out[-1].category.value  # "Florida (11), Georgia (17)": a breakdown
            if (
                category is None
                and not out
                and pt.PAREN_FIGURE.search(before[-40:])
                and (list_lead := F.HARM_LIST_LEAD.search(low, s.start, f.start))
            ):
                # "Deaths have been reported in six states: North Carolina (73), South Carolina
                # (36)": the list's harm told before its colon
                category = _WORD_CATEGORY.get(list_lead["what"], "killed")
            if (
                category is None
                and out
                and person_noun
                and F.DASH_LIST_BEFORE.search(lb[-80:])
                and F.LIST_ITEM_END.match(la[head_len:])  # not "— 40 officers took part"
            ):
                # "26 deaths were confirmed — 23 children, two teachers and one officer"
                category = out[-1].category.value
            if category is None and noun_category and person_noun:
                # "251 hostages", but "eight hostages were killed" is killed
                if self._sentence_has(s, F.RELEASE_CONTEXT, "release"):
                    continue  # a count in a story of releases: freed, swapped, set free
                category = noun_category
            parent = self._parent(out, f, lb, la)
            if category is None and parent is not None:
                category = out[parent].category.value
            if (
                category == "missing"
                and parent is not None
                and out[parent].category is Category.KILLED
                and F.FROM_UNDER_RUBBLE.match(la)
            ):
                category = (
                    "killed"  # "450 bodies had been recovered, including 10 from under rubble": where found
                )
            if (
                category is None
                and not out
                and self._last_claim
                and (
                    F.OF_THEM_AFTER.match(la)
                    or F.OF_THOSE_BEFORE.search(lb[-28:])
                    # "The majority, 64,036, were Bosniaks. Another 24,905 were Serbs"
                    or (
                        head is None
                        and F.ANOTHER_LEAD.search(lb[-12:])
                        and (more := F.ARE_VICTIMS_AFTER.match(la)) is not None
                        and more["head"] is not None
                    )
                )
                and not self._things_counted_since(self._last_claim.end, f.start)
            ):
                # "It said 12 of them were children.", "Of those, 310 were gang members"
                category = self._last_claim.category.value
            breakdown = None
            if (
                category is None
                and head is None
                and out
                and (breakdown := F.ARE_VICTIMS_AFTER.match(la))
                and F.ARE_VICTIMS_THEN.match(low[out[-1].figure.end : f.start])
            ):
                # "Among them, 19 are women and [21] are men": the breakdown goes on
                category, parent = out[-1].category.value, out[-1].parent
            adjective = F.PEOPLE_ADJECTIVE_AFTER.match(la) if head is None and out else None
            if (
                category is None
                and (head is not None or adjective)
                and out
                and (
                    F.ARE_VICTIMS_ELLIPSIS.match(low[out[-1].figure.end : f.start])
                    or (
                        # "34 were Palestinian, four Israeli, and [one] Lebanese"
                        len(out) > 1
                        and F.VICTIMS_ELLIPSIS_GOES_ON.match(low[out[-1].figure.end : f.start])
                        and F.ARE_VICTIMS_ELLIPSIS.match(low[out[-2].figure.end : out[-1].figure.start])
                    )
                )
                and F.BARE_COUNT_END.match(la[adjective.end() if adjective else head_len :])
            ):
                # "Of the victims, 40 were children and [45] women": the same verb, left out
                category, parent = out[-1].category.value, out[-1].parent

            if (
                category is None
                and out
                # "killed 35 people in Alexandria and [71 people] in Tanta": the same noun again
                and (head is None or head_word in ("others", "more") or head_word == out[-1].victims)
                and F.CONTINUES_PREVIOUS.fullmatch(low, out[-1].figure.end, f.start)
                and F.BARE_COUNT_END.match(la[head_len:] if head else la)
            ):
                # "67 in Bihar and [10] in Assam", "8,260 were killed in Gaza, and [122] others in
                # the West Bank"
                category = out[-1].category.value
            if (
                category is None
                and head is None
                and out
                and (place := F.PLACE_THEN_COUNT.fullmatch(low, out[-1].figure.end, f.start))
                and t[place.start("place")].isupper()
                and F.BARE_COUNT_END.match(la)
            ):
                # "Suzu had 98 deaths, Wajima [83] and Anamizu [20]": the places' counts
                category = out[-1].category.value
            if (
                category is None
                and head is None
                and out
                and F.LIST_OPENS.fullmatch(low, out[-1].head_end, f.start)
                and pt.PLACE_ITEM_END.match(after)
            ):
                # "killed at least 100 people: [53] in Lee County, 23 in ...": the count's places
                category = out[-1].category.value
                parent = len(out) - 1
            if (
                category is None
                and out
                and F.ALONG_WITH_BEFORE.search(lb[-40:])
                and not F.RESCUE_VERB.search(low, out[-1].head_end, lead)
            ):
                category = out[-1].category.value  # "killed alongside two civilians"
            if (
                category is None
                and out
                and head_word not in _ALIVE
                and F.COORDINATION.fullmatch(low, out[-1].head_end, f.start)
            ):
                category = out[-1].category.value  # "killing 11 civilians and [one police officer]"
            if category is None:
                if (head_word or not f.spelled or f.value > 1) and F.COORDINATION.fullmatch(
                    low, head_end, next_start
                ):
                    # "22 children, two teachers and one guard were among the victims", "four and
                    # one killed respectively"
                    pending.append((f, head_word, head_end))
                else:
                    pending.clear()
                continue
            shared = post == category or (
                # "four and one killed": bare counts share a participle; "308 and 223 deaths": a noun
                (
                    head_word in _SHARED_PARTICIPLES
                    or (noun_category is not None and category == noun_category)
                )
                and all(word is None for _, word, _ in pending)
            )
            if pending and shared and category != "cancel":
                for pf, pword, pend in pending:
                    out.append(_Found(pf, Category(category), self._victims(pword, None, out), pend, None))
            pending.clear()
            if head is None and f.spelled and f.value == 1 and category is None:
                continue
            if category == "injured" and (
                F.DISEASE_NEAR.match(la)
                or (
                    self._sentence_has(s, F.DISEASE_WORD, "disease")
                    and not self._sentence_has(s, F.INJURY_WORD, "wound")
                )
            ):
                # "1,424 dengue patients have been hospitalised", "Five dengue patients die; 968
                # hospitalized": a disease's cases, in a sentence that names no wound
                continue
            if category == "displaced" and F.RETURNED_AFTER.match(low, head_end, next_start):
                continue  # "750,000 IDPs have returned to their homes": no longer displaced
            if category == "displaced" and head_word in _SOUGHT_NOT_MISSING:
                continue  # "pursued four suspects fleeing in a car": a chase, no one driven from home
            if category in _HELD and F.RELEASED_AFTER.match(low, head_end, next_start):
                # "17 hostages held captive in Gaza were released late Saturday", "eight passengers
                # kidnapped by gunmen regained freedom": people set free, no count of the held
                # (CLAIMS.md), nor are the counts joined to them ("13 Israelis and four Thais who
                # were released")
                self._drop_joined_held(out, f)
                continue
            victims = self._victims(extended_victims or head_word or self._toll_victims, parent, out)
            if head_word in _SEXES_AND_AGES and F.SEXES_AND_AGES_AFTER.match(low, head_end, head_end + 60):
                victims = "people"  # "nearly 200 men, women and children": people of every kind
            if (
                head_word in _HARM_ADJECTIVES
                and out
                and out[-1].victims != "people"
                and F.CONTINUES_PREVIOUS.fullmatch(low, out[-1].figure.end, f.start)
            ):
                # "178 children killed and 1,173 injured", "three missing and 21 arrested": the
                # people of the count before, its harm word left out
                victims = out[-1].victims
            opens = not t[s.start : f.start].strip(" “\"'")
            if (
                head is None
                and parent is None
                and not out
                and self._last_victims
                and not self._toll_victims
                and (opens or F.OF_THEM_AFTER.match(la))
            ):
                # "Two of them were critically injured", "Seven remained hospitalized": the
                # people of the figure before
                victims = self._last_victims
            are = F.OF_THEM_ARE.match(la) or (
                F.ARE_VICTIMS_AFTER.match(la)
                if F.OF_THE_GROUP_BEFORE.search(lb)
                or F.OF_THOSE_BEFORE.search(lb[-20:])
                or F.ANOTHER_LEAD.search(lb[-12:])
                else None
            )
            are = are or breakdown
            if are and are["head"]:  # "12 of them were children" (not "12 were Palestinian")
                victims = self._victims(_words_of(are["head"]), None, [])
            if victims in _INMATES and (
                category == "displaced"
                or (category == "missing" and self._sentence_has(s, F.ESCAPE_WORD, "escape"))
            ):
                continue  # "500 prisoners escaped from the prison", "30 inmates may be missing" after an escape
            if category == "displaced" and (
                noun_category == "injured" or head_word in ("wounded", "injured")
            ):
                category = "injured"  # "Medics evacuated 21 wounded people to hospitals": the hurt, moved
            if category == "hostages" and F.HELD_BY_LAW_AFTER.match(low, head_end, next_start):
                category = "detained"  # "Police held 90 people for questioning"
            if category == "hostages" and victims in _CAPTURED_ARE_DETAINED:
                category = "detained"  # "six gunmen were killed and one captured": held by the forces
            out.append(_Found(f, Category(category), victims, head_end, parent, embedded))
            if n - 1 in harm_parts:
                # "[773] of the 2,624 deaths were in the capital": a breakdown of the whole just made
                pred = harm_parts[n - 1]
                are = F.ARE_VICTIMS_AFTER.match(low[pred : pred + 80])
                part_victims = (
                    self._victims(_words_of(are["head"]), None, []) if are and are["head"] else victims
                )
                whole = len(out) - 1
                out.insert(whole, _Found(figures[n - 1], Category(category), part_victims, pred, whole + 1))
        return out

    def _parts_of_wholes(
        self, s: Sentence, figures: list[Figure], starts: list[int]
    ) -> tuple[dict[int, tuple[int, str]], dict[int, str | None], dict[int, str], dict[int, int]]:
        """ "76 of the ferry's 118 passengers are still missing": the part (76) takes the verb,
        read past the whole's noun, and the whole, which only says how many there were, is no
        claim, unless its noun is a harm's ("eight of the 26 hostages are dead": 26 hostages).
        Returns {part index: (end of the whole's noun, that noun)} and {whole index: its noun
        when a harm's, else None}, and {whole index: its category} for a whole that a harm word
        describes; `starts` is moved so that each part reads past its whole. Last, {part index:
        where its predicate starts} for the parts of a whole that is a harm's claim itself."""
        parts: dict[int, tuple[int, str]] = {}
        wholes: dict[int, str | None] = {}
        whole_harms: dict[int, str] = {}
        harm_parts: dict[int, int] = {}
        t, low = self.text, self._lower
        if low.find(" of ", s.start, s.end) < 0:
            return parts, wholes, whole_harms, harm_parts
        for n in range(len(figures) - 1):
            part, whole = figures[n], figures[n + 1]
            if not F.PART_OF_GAP.fullmatch(low, part.end, whole.start):
                continue
            if (
                part.value == 1
                and not part.high
                and F.ONE_PERSON_OF.search(low, max(s.start, part.start - 6), part.start)
            ) or F.CANCEL_BEFORE.search(low, max(s.start, part.start - 40), part.start):
                # "He was one of hundreds injured": one person described; "identified 56 of the 384
                # dead", "freed 12 of the 30 trapped miners": no count of harm; neither is a claim
                wholes[n] = None
                continue
            noun = pt.VICTIM_HEAD.match(t[whole.end : starts[n + 1]])
            if noun is None and F.BARE_WHOLE_THEN_VERB.match(low, whole.end, s.end):
                # "One of the 12 was deceased", "Two of the 12 died on scene": the part takes the
                # verb; "the 12" names a group told before, no count of its own
                parts[n] = (whole.end, "people")
                wholes[n + 1] = None
                starts[n] = starts[n + 1]
                continue
            told = self._whole_told(whole.end + (noun.end() if noun else 0), starts[n + 1], s.end, noun)
            if told:
                # "Three of the 28 pilgrims taken to hospital have died": 28 injured, 3 of them killed
                (harm_end, category), head = (
                    told,
                    _words_of(noun["head"]) if noun else "people",
                )
                parts[n] = (harm_end, "people" if head in _HARM_AS_PEOPLE else head)
                wholes[n + 1] = head
                whole_harms[n + 1] = category
                starts[n] = starts[n + 1]
                continue
            if noun is not None and F.CATEGORY_BEFORE.search(low, max(s.start, part.start - 60), part.start):
                # "killing 71 of the 77 people on board": the harm is the part's, the whole only
                # says how many there were
                head = _words_of(noun["head"])
                parts[n] = (whole.end + noun.end(), head)
                wholes[n + 1] = head if head in pt.CATEGORY_NOUN else None  # "of the 26 hostages": a claim
                starts[n] = starts[n + 1]
                continue
            if noun is None or not F.VERB_AFTER_WHOLE.match(low, whole.end + noun.end(), s.end):
                # "two of the 11 people killed were children": the 11 are a claim, the two its part
                self._harm_part(n, whole.end + (noun.end() if noun else 0), starts[n + 1], s.end, harm_parts)
                continue
            words = noun.group().lower().split()
            if any(
                (w in pt.CATEGORY_NOUN and w not in _PERSON_NOUNS)
                or w in lx.HARM_MODIFIERS
                or w in _HARM_ADJECTIVES
                for w in words
            ):
                # "773 of the 2,624 deaths were in the capital": the 2,624 are a claim, and the
                # 773 its part; but not "55 of the 75 confirmed dead have been identified"
                self._harm_part(n, whole.end + noun.end(), starts[n + 1], s.end, harm_parts)
                continue
            head = _words_of(noun["head"])
            parts[n] = (whole.end + noun.end(), head)
            wholes[n + 1] = head if head in pt.CATEGORY_NOUN else None
            starts[n] = starts[n + 1]
        return parts, wholes, whole_harms, harm_parts

    def _harm_part(self, n: int, pos: int, stop: int, end: int, harm_parts: dict[int, int]) -> None:
        """Note figure n as a part of the harm's whole after it when the words after the whole
        (from `pos`) tell no harm of their own and cancel nothing: "two of the 11 people killed
        [were children]". The part's claim is made with its whole's (_classify)."""
        m = self._harm_word_at(pos, stop)  # the whole's participle: "people [killed]"
        if m:
            pos = m.end()
        if self._category_after(pos, stop, end) is None and not F.IDENTIFIED_AFTER.match(self._lower, pos):
            harm_parts[n] = pos

    def _whole_told(
        self, pos: int, stop: int, end: int, noun: regex.Match[str] | None
    ) -> tuple[int, str] | None:
        """A part's whole that a harm word describes, when the part's own verb tells another
        harm: "of the 28 pilgrims [taken to hospital] have died", "of the 30 [injured] have since
        died". Returns (the end of that harm word, its category); `pos` is the end of the whole's
        noun, `stop` where the next figure starts."""
        head = noun["head"].lower() if noun else None
        if head in _HARM_ADJECTIVES and head in _WORD_CATEGORY:
            harm_end, category = pos, _WORD_CATEGORY[head]  # "the 30 injured"
        else:
            m = self._harm_word_at(pos, stop)
            if m is None:
                return None
            harm_end, category = m.end(), _trigger(m)
        verb = self._category_after(harm_end, stop, end)
        return None if verb in (None, "cancel", "agent", category) else (harm_end, category)

    def _harm_word_at(self, pos: int, stop: int) -> regex.Match[str] | None:
        """The harm word (not a cancelling one) that the words from `pos` open with, past white
        space: "[taken to hospital] have died", "people [killed] were children"."""
        low = self._lower
        while pos < stop and low[pos].isspace():
            pos += 1
        hedge = F.HARM_HEDGE.match(low, pos, stop)  # "people [confirmed to have been] killed"
        if hedge:
            pos = hedge.end()
        m = F.POST_TRIGGER.match(low, pos, stop)
        return m if m and not m["cancel"] else None

    def _things_counted_since(self, start: int, end: int) -> bool:
        """ "Five were hurt. All 21 coaches derailed. Two of them overturned": whether the text
        between the last claim and a sentence counts things (a plural noun no person's, no unit
        of time), which a later "of them" refers to rather than to the claim's people. Only the
        600 characters before `end` are read: "of them" refers to what was counted last."""
        start = max(start, end - 600)
        low = self._lower
        for fig in find_figures(self.text, start, end, low):
            noun = F.COUNTED_NOUN.match(low[fig.end : min(end, fig.end + 60)])
            if (
                noun
                and noun["noun"] not in _TIME_NOUNS
                and not pt.VICTIM_HEAD.match(self.text[fig.end : min(end, fig.end + 60)])
            ):
                return True
        return False

    @staticmethod
    def _sent_to_hospital(before: str, after: str, head_word: str | None) -> bool:  # folded windows
        """ "The riot sent 24 inmates to hospitals": people sent to hospital are injured, unless
        they are the ones sent to care for them ("sent 12 doctors to the hospital")."""
        if head_word in _CARERS or not F.SENT_BEFORE.search(before):
            return False
        return bool(F.TO_HOSPITAL_AFTER.match(after))

    @property
    def last_event_date(self) -> str | None:
        """The day of the last incident named: "A drone struck ... on Monday." The day later
        figures of that event hold for.

        Sentences without claims are noted as they pass and read only when a claim asks for
        the day, from the last one back to the first that decides it (most articles never
        ask): the same day as reading each one as it passes, for less work."""
        if self._event_pending:
            for s in reversed(self._event_pending):
                decides, day = self._event_day_of(s)
                if decides:
                    known = self._last_event_date
                    # (but "It is the 18th school shooting in 2018" after the shooting "on
                    # Wednesday": the year that day is in, which says less)
                    if day and known and len(day) < len(known) and known.startswith(day):
                        continue  # and an earlier sentence may tell a later day of the same year
                    self._last_event_date = day
                    break
            self._event_pending.clear()
        return self._last_event_date

    @last_event_date.setter
    def last_event_date(self, day: str | None) -> None:
        self._event_pending.clear()
        self._last_event_date = day

    def _pass_without_claims(self, s: Sentence, claims: list[Claim]) -> None:
        """A sentence without claims: it may tell an event's day, for the figures after it
        (last_event_date) and for those before it that had none (_read_day_told)."""
        self._event_pending.append(s)  # read for last_event_date only when a claim asks
        tells = self._may_tell_day(s) or bool(
            self._untold and (self._names_event_day(s) or self._event_verb_day(s))
        )
        if self._untold or tells:  # most sentences neither tell a day nor follow claims waiting for one
            self._read_day_told(s, claims, tells)

    def _note_untold(self, s: Sentence, made: list[_Found], claims: list[Claim], first: int) -> None:
        """Keep a sentence's incident claims whose day it does not tell (claims[first:] are its
        claims), for a later sentence that tells their event's day."""
        group = self._untold
        if group and self._index - group[-1][1] > EVENT_DAY_REACH:
            group.clear()  # too far back for a day told from here on
        told = [f for f in made if f.scope is Scope.INCIDENT and not f.borrowed]
        if told:
            day = told[-1].claim.as_of if told[-1].claim else None
            same_count = {(c.figure, c.category) for c in (f.claim for f in told) if c}
            if (
                group
                and day
                and len(day) == 10
                and (
                    self._sentence_has(s, F.ANAPHORIC_EVENT, "anaphoric")
                    # "Nineteen civilians were killed ..., an official said on Sunday. 'The number
                    # of dead stands at 19 ... on Saturday evening'": the same count, with its day
                    or any((claims[n].figure, claims[n].category) in same_count for n, _, _ in group)
                )
                and not self._sentence_has(s, F.OTHER_EVENT, "other")
            ):
                # "Ten soldiers were killed in an ambush, the ministry said on Saturday. 13 were
                # hurt in the attack on Friday": the attack's day is the ten's too
                self._give_day(day, claims)
            group.clear()  # an event with its day: a day told after it is this one's
            return
        untold = [n for n, f in enumerate(made) if f.borrowed]
        if not untold:
            return
        if group and group[-1][2] != s.paragraph and self._sentence_has(s, F.NEW_EVENT, "new event"):
            group.clear()  # "Gunmen killed four in an ambush" further down: a second event
        group.extend((first + n, self._index, s.paragraph) for n in untold)

    def _read_day_told(self, s: Sentence, claims: list[Claim], tells: bool) -> None:
        """ "The attack took place on Monday": the day of the event the sentences before told
        of, for their incident claims that had no day of their own (their report's, or one
        carried from an earlier event), and for the next sentence's (_as_of)."""
        group = self._untold
        if group and self._index - group[-1][1] > EVENT_DAY_REACH:
            group.clear()
        if (group or tells) and self._sentence_has(s, F.OTHER_EVENT, "other"):
            # "Elsewhere, ...": the story turns to another event; but background that tells no
            # day ("The region has been in turmoil since a coup two years ago") does not
            if tells or F.TOPIC_SHIFT.search(self._lower, s.start, s.end):
                group.clear()
            return
        if not tells:
            return
        days = [
            d.value
            for d in find_dates(self.text, s.start, s.end, self.date, self._lower)
            if d.value and len(d.value) == 10 and (d.event or (not d.speech and not d.since))
        ]
        if not days:
            return
        day = days[-1]  # a multi-day attack's last day
        self._day_told = (day, self._index)
        self._give_day(day, claims)

    def _give_day(self, day: str, claims: list[Claim]) -> None:
        """Date the claims waiting for their event's day (_untold) to `day`, which a sentence
        after them tells, unless it is after the day they were reported on."""
        group = self._untold
        for n, at, _ in group:
            old = claims[n]
            if self._index - at <= EVENT_DAY_REACH and (
                old.as_of is None or len(old.as_of) != 10 or day <= old.as_of
            ):
                claims[n] = replace(old, as_of=day)  # an event is not after its report
                if self._last_incident == (old.as_of, old.location):
                    self._last_incident = (day, old.location)
        group.clear()

    def _names_event_day(self, s: Sentence) -> bool:
        """Whether a sentence names an event by its day: "officials said Thursday's strikes hit
        ...", the day of the claims before it that their report dated."""
        low = self._lower
        if low.find("'s ", s.start, s.end) < 0 and low.find("’s ", s.start, s.end) < 0:
            return False  # EVENT_POSSESSIVE: "Thursday's strikes", "Monday night's attack"
        if not pt.DATE_HINT_LOWER.search(low, s.start, s.end):
            return False
        return any(d.event for d in find_dates(self.text, s.start, s.end, self.date, low))

    def _event_verb_day(self, s: Sentence) -> bool:
        """Whether a sentence tells an event's day by the event's verb, not at its start: "There
        were 110 miners in the shaft when the explosion occurred Friday evening", "On Saturday
        night, the fire broke out at the depot", "On June 22, the invading army attacked
        Kharkiv". Read once per sentence: for claims before it waiting for a day, and for the
        last event's day."""
        key = (s.start, "event verb day")
        if key not in self._sentence_flags:
            self._sentence_flags[key] = self._reads_event_verb_day(s)
        return self._sentence_flags[key]

    def _reads_event_verb_day(self, s: Sentence) -> bool:
        low = self._lower
        if not pt.DATE_HINT_LOWER.search(low, s.start, s.end):
            return False
        verb = F.EVENT_VERB_ANY.search(low, s.start, s.end) is not None
        if not verb and not F.EVENT_NOUN_ANY.search(low, s.start, s.end):
            return False
        for d in find_dates(self.text, s.start, s.end, self.date, low):
            if not d.value or len(d.value) != 10 or d.speech or d.since:
                continue
            if verb and F.EVENT_VERB_BEFORE_DAY.search(low[max(s.start, d.start - 80) : d.start]):
                return True
            if F.THE_EVENT_ON_BEFORE.search(low, max(s.start, d.start - 50), d.start):
                # "turned the gun on himself during the shootout on Thursday night" (not "a
                # separate stabbing on Saturday", "another landslide on Monday")
                return True
            # the day opens the sentence: "On Saturday night, the fire broke out", "'On the
            # evening of Thursday, May 11, the village suffered a terrorist attack,' he said"
            if (d.start - s.start <= 3 or F.DAY_OPENING.fullmatch(low, s.start, d.start)) and (
                F.DAY_THEN_EVENT_VERB.match(low[d.end : d.end + 80])
                or F.DAY_THEN_ATTACK.match(low, d.end, s.end)
                or F.DAY_THEN_EVENT_NOUN.match(low, d.end, s.end)
            ):
                return True
        return False

    def _may_tell_day(self, s: Sentence) -> bool:
        """Whether a sentence reads "The attack took place on Monday". Its first character turns
        most away (_TELLS_DAY_FIRST holds those up to U+3000: above it, the pattern is asked)."""
        first = self._lower[s.start]
        return bool(
            (first in _TELLS_DAY_FIRST or first > "\u3000")
            and F.EVENT_DAY_TOLD.match(self._lower, s.start, s.end)
            and pt.DATE_HINT_LOWER.search(self._lower, s.start, s.end)
        )

    def _event_day_of(self, s: Sentence) -> tuple[bool, str | None]:
        """Whether a sentence without claims decides the last event's day, and the day: the
        last day it names for an incident, or None where it turns to another event."""
        if not pt.DATE_HINT_LOWER.search(self._lower, s.start, s.end):
            return False, None
        opening = self._opening_day(s)
        if opening:
            # a timeline's entry: "On March 22, 2017, a man drove into pedestrians ...",
            # "December 19, 2016: Berlin truck attack" (the day its figures after it hold for)
            return True, opening
        if self._sentence_has(s, F.OTHER_EVENT, "other"):
            return True, None
        if (
            not F.INCIDENT.search(self._lower, s.start, s.end)
            and not self._event_verb_day(s)  # "Fighters attacked the base late Sunday"
        ):
            return False, None
        days = [
            d
            for d in find_dates(self.text, s.start, s.end, self.date, self._lower)
            if d.value
            and not d.speech
            and not d.since  # "affecting the west since 3 June": a period's start, no event's day
            # "He will appear in court on Saturday": a day to come
            and not F.FUTURE_BEFORE.search(self._lower, max(s.start, d.start - 40), d.start)
        ]
        if (
            days
            and self._last_event_date
            and not any(
                d.event or F.EVENT_ON_BEFORE.search(self._lower, max(s.start, d.start - 30), d.start)
                for d in days
            )
            and self._sentence_has(s, F.ANAPHORIC_EVENT, "anaphoric")
            and not self._sentence_has(s, F.NEW_EVENT, "new event")
        ):
            # "France is in a state of emergency on Saturday after the attacks": the attacks are
            # the ones told before, with their day; Saturday is the emergency's
            return False, None
        if days:
            return True, days[-1].value
        return False, None

    def _sentence_has(self, s: Sentence, pattern: pt.Pattern, name: str) -> bool:
        """Whether a sentence matches a pattern (a FOLDED twin, on the folded text), searched
        once per sentence."""
        key = (s.start, name)
        if key not in self._sentence_flags:
            self._sentence_flags[key] = bool(pattern.search(self._lower, s.start, s.end))
        return self._sentence_flags[key]

    def _names_event(self, s: Sentence) -> bool:
        """Whether a sentence names one event, whatever its day, not in a comparison with another
        ("which is five times the number killed by the attack")."""
        key = (s.start, "names event")
        if key not in self._sentence_flags:
            text = _sans_times_comparison(self._lower[s.start : s.end])
            self._sentence_flags[key] = F.INCIDENT_EVENT.search(text) is not None
        return self._sentence_flags[key]

    def _tells_incident(self, s: Sentence) -> bool:
        """Whether a sentence names an incident, its speaker's day aside ("said on Friday")."""
        key = (s.start, "incident")
        if key not in self._sentence_flags:
            told = F.HARDEST_HIT.sub(" ", F.SPEECH_DAY.sub(" ", self._lower[s.start : s.end]))
            self._sentence_flags[key] = F.INCIDENT.search(_sans_times_comparison(told)) is not None
        return self._sentence_flags[key]

    def _restates(self, f: _Found) -> bool:
        """ "All the four injured soldiers were evacuated": a back-reference, not a new claim."""
        before = self._lower[max(0, f.figure.start - 12) : f.figure.start]
        if f.figure.qualifier is not Qualifier.EXACT or not F.DEFINITE_BEFORE.search(before):
            return False
        after_ok = F.RESTATED_AFTER.match(self._lower, f.figure.end, f.figure.end + 40) or (
            F.OF_THE_BEFORE.search(before)
            and F.RESTATED_HARM_END.match(self._lower, f.figure.end, f.figure.end + 40)
        )  # "Of the two killed, one was a man"
        return bool(after_ok) and (f.figure.value, f.category) in self._seen

    def _is_trap(self, f: Figure, before: str, after: str, lb: str, la: str) -> bool:
        """Whether a figure is no count of people: money, an age, a year, "one of". `lb` and `la`
        are the windows `before` and `after` folded."""
        if f.num_start > f.start and lb.endswith("-"):
            lb = lb[:-1] + " "  # "ISLAMABAD-At least 54": a dateline's hyphen, no compound's
        if F.TRAP_AFTER.match(la) or F.TRAP_BEFORE.search(lb[-40:]):
            return True
        if (
            f.high
            and 1800 <= f.value < f.high <= 2100
            and "," not in self.text[f.start : f.end]
            and not pt.VICTIM_HEAD.match(after)
            and self._harm_word_at(f.end, f.end + len(la)) is None  # "between 1800 and 2000 died"
        ):
            return True  # "the death toll between 1975 and 1979": a period of years
        if f.num_start > f.start and F.TRAP_BEFORE.search(lb[-40:] + self._lower[f.start : f.num_start]):
            return True  # "six children [under 10]": the qualifier's word reads as the age's
        if F.TIME_OF_DAY_AFTER.match(la) and (
            f.qualifier is Qualifier.UP_TO or F.TIME_LEAD_BEFORE.search(lb[-12:])
        ):
            return True  # "an updated tally up to seven in the morning": an hour
        if "age" in lb and F.AGE_OF_BEFORE.search(lb[-80:]):
            return True  # "The average age of the victims was 30"
        if "average" in lb and (
            F.AVERAGE_BEFORE.search(lb[-20:]) or F.RATE_AFTER.match(self._lower, f.end, f.end + 80)
        ):
            return True  # "an average of six people died and twenty were injured every day": rates
        if (" day" in la[:60] or " week" in la[:60] or " every " in la[:60]) and F.RATE_RIGHT_AFTER.match(
            self._lower,
            f.end,
            f.end + 80,  # past the next figure: "dies every [11] minutes"
        ):
            return True  # "nine mine workers were killed a day in 2008": a rate
        if f.value <= 110 and F.WAS_AGE_BEFORE.search(lb[-24:]) and F.WHEN_AFTER.match(la):
            return True  # "He was 16 when he was killed": an age
        if F.PREDICT_BEFORE.search(lb[-30:] + self._lower[f.start : f.num_start]):
            return True  # "Other officials predict more than 10,000 dead": a forecast
        if F.CAPACITY_BEFORE.search(lb[-60:] + self._lower[f.start : f.num_start]):
            return True  # "room for 20,000 refugees": a shelter's capacity
        if " times" in self._lower[f.end : f.end + 30] and F.TIMES_RANGE_AFTER.match(
            self._lower, f.end, f.end + 30
        ):
            return True  # "shot three to 11 times": how often, past the next figure
        if " were " in lb[-30:] and F.VICTIMS_WERE_BEFORE.search(lb[-30:]) and F.BARE_COUNT_CLOSES.match(la):
            return True  # "The victims were between 41 and 100.": their ages
        if (
            1 < f.value <= 110
            and not f.spelled
            and F.SINGULAR_VERB_AFTER.match(la)
            and pt.NAME_COMMA_BEFORE.search(before[-40:])
        ):
            return True  # "Rex Kanyike Masai, 29 was shot": an age whose closing comma is missing
        if F.AGES_BEFORE.search(lb[-40:]):
            return True  # "between the ages of [17] and [56]", "aged [31] and [47]": ages
        if (
            f.value <= 31
            and (days := F.DAY_SPAN_END_BEFORE.search(lb[-28:]))
            and is_day_span(days["first"], str(f.value), days["join"], bool(days["between"]))
            and F.DAY_SPAN_END_AFTER.match(la)
        ):
            return True  # "on July 3 and [4], police said": a day
        if f.value <= 31 and F.DAY_SPAN_START_AFTER.match(self._lower, f.end, f.end + 30):
            return True  # "between [1] and 4 July": a day
        if f.num_start > f.start and F.FORECAST_QUAL_BEFORE.search(lb[-12:]):
            return True  # "fear the toll could exceed 2,000": a forecast
        if (
            f.value <= 120
            and before.endswith("(")
            and after.startswith(")")
            and pt.AGE_IN_PARENS_BEFORE.search(before[-220:])
        ):
            return True  # "identified as Maibam Singh (75)": an age
        if (
            f.value <= 110
            and pt.AGE_IN_COMMAS_AFTER.match(after)
            and pt.AGE_IN_COMMAS_BEFORE.search(before[-60:])
        ):
            return True  # "Among the dead were a woman, 59, and a man, 69": ages
        if (share := pt.SHARE_OF.search(before[-60:])) and (
            pt.PLACE_POSSESSIVE_END.search(before[-60:], share.start(), share.end())
            or not self._harm_right_after(f, after, la)
        ):
            # "a quarter of Sudan's 48 million people [displaced]": a population (but "most of the
            # 15 killed")
            return True
        if F.POPULATION_BEFORE.search(lb[-40:]):
            # "the city of Palu, home to 350,000,", "a town of 5,000 people" (but "a camp home to
            # 50,000 displaced people", "home to 20,000 refugees")
            head = pt.VICTIM_HEAD.match(after)
            return head is None or _words_of(head["head"]) not in pt.CATEGORY_NOUN
        span = self.text[f.start : f.end]
        if (
            f.qualifier is Qualifier.EXACT
            and pt.YEAR_LIKE.match(span)
            and (F.YEAR_CONTEXT.search(lb[-30:]) or F.EVENT_NOUN_AFTER.match(la))
        ):
            return True  # "on March 3, 2024", "in 2014", "A 2015 blast killed 173"
        if f.qualifier is Qualifier.EXACT and pt.YEAR_LIKE.match(span):
            return (
                not pt.VICTIM_HEAD.match(after)
                and not F.POST_TRIGGER.match(la.lstrip())
                # (but "Number of Palestinians injured in the West Bank: 2000": a fact box's count)
                and not F.LABEL_BEFORE.search(lb[-90:])
            )
        return False

    def _harm_right_after(self, f: Figure, after: str, la: str) -> bool:
        """Whether a harm word follows the figure at once or after its victims' noun: "the 15
        [killed]", "the 300 people [wounded]"."""
        rest = la.lstrip()
        if (head := pt.VICTIM_HEAD.match(after)) and not F.POST_TRIGGER.match(rest):
            if _words_of(head["head"]) in pt.CATEGORY_NOUN:
                return True  # "half of the 300 [deaths]"
            rest = la[head.end() :].lstrip()
        # not a verb of the share's own clause: "most of the 30,000 residents [have fled]"
        return F.POST_TRIGGER.match(rest) is not None and F.AUX_WORD.match(rest) is None

    def _category_before(self, before: str) -> str | None:
        """The harm word before a figure, in the folded window `before`: "killed [at least] 90"."""
        label = F.LABEL_BEFORE.search(before[-90:])
        if label and label["what2"] and F.RELEASE_CONTEXT.search(label.group()):
            return "cancel"  # "Hostages released in exchanges: 141", "Hostages rescued alive: 8"
        if label:  # "Deaths: 1,234", "Hostages still in captivity: 62"
            return _LABEL_CATEGORY.get((label["what"] or label["what2"]).lower())
        if F.CANCEL_BEFORE.search(before[-60:]) or F.HARM_PAIR_BEFORE.search(before[-60:]):
            return "cancel"  # "were rescued", "killed and injured 20" (one total of both)
        if F.HYPOTHETICAL_BEFORE.search(before):
            return "cancel"  # "If we recover them dead, that is 105 deaths"
        m = F.CATEGORY_BEFORE.search(before[-80:])
        if m:
            ahead = before[-80:][: m.start() + len(m.group().split()[0]) + 1]
            if F.FORECAST_BEFORE.search(ahead) and not (
                F.NARRATED_WOULD.search(ahead) and not F.UNREALISED_BEFORE.search(ahead)
            ):
                return "cancel"
            return next(k for k, v in m.groupdict().items() if v)
        m = F.OBJECT_THEN_FIGURE.search(before[-80:])
        if m:  # "They killed a customer and two waiters"
            return _verb_category(m["verb"])
        who = F.NUMBER_OF_WHOM.search(before[-120:])
        if who and who["who"].lower() in _PERSON_NOUNS:
            self._toll_victims = lx.SINGULAR_VICTIMS.get(who["who"].lower(), who["who"].lower())
        m = F.INCLUDED_BEFORE.search(before[-80:])
        if m and F.RESCUED_BEFORE.search(before[-80:][: m.start("what")]):
            return "cancel"  # "The rescued hostages include ... two Sri Lankans"
        if m:  # "The dead included four children"
            return _WORD_CATEGORY.get(m["what"].lower())
        m = F.AMONG_BEFORE.search(before[-120:]) if "among" in before[-120:] else None
        if m:  # "Among those killed in the quake were three tourists"
            return _WORD_CATEGORY.get(m["what"].lower(), _verb_category(m["what"]))
        m = (
            F.TOLL_BEFORE.search(before[-WINDOW_BEFORE:])
            or F.TOLL_BEFORE_LONG.search(before[-200:])
            or (F.RAISED_TOLL_BEFORE.search(before[-200:]) if " to" in before[-8:] else None)
        )
        if m and (
            (F.FORECAST_WORD.search(m.group()) and not F.ESTIMATE_NOW_END.search(before[-WINDOW_BEFORE:]))
            or F.CASES_SUBJECT_BEFORE.search(m.group())
        ):
            return "cancel"  # "the toll was expected to climb past 75", "... and cases rose to 900"
        if m:
            what = (m.groupdict().get("numof") or m.groupdict().get("what") or "").lower()
            who = F.NUMBER_OF_WHOM.search(m.group())
            if who and who["who"].lower() in _PERSON_NOUNS:
                self._toll_victims = who["who"].lower()  # "the number of migrants missing rose to 61"
            elif what.split()[-1:] in (["toll"], ["tally"], ["count"], ["total"]):
                self._toll_victims = "people"  # a toll counts everyone, not the people named before it
            if any(w in what for w in ("prison", "jail", "custody", "detain")) and (
                fate := F.HELD_FATE.search(m.group())
            ):
                # "the number of prisoners who died in custody rose to 40": dead; "... released
                # under the deal rose to 240": freed, no claim
                return "killed" if fate["died"] else "cancel"
            for word, cat in (
                ("injur", "injured"),
                ("wound", "injured"),
                ("missing", "missing"),
                ("unaccounted", "missing"),
                ("displac", "displaced"),
                ("refugee", "displaced"),
                ("evacu", "displaced"),  # "the number of flood evacuees rose to 4,616"
                ("detain", "detained"),
                ("arrest", "detained"),
                ("prison", "detained"),  # "the number of prisoners", "held in prisons"
                ("jail", "detained"),
                ("custody", "detained"),
                ("hostage", "hostages"),
                ("abduct", "hostages"),
            ):
                if word in what:
                    return cat
            return "killed"
        m = F.NOUN_TOLL_BEFORE.search(before[-120:])
        if m and m["what"] == "casualties":
            # "Civilian casualties amounted to 18,817": the dead and the hurt, no one category
            return "cancel"
        if m:  # "Deaths reported in the region were at 167", "put the deaths at 4,000"
            return _WORD_CATEGORY.get(
                m["what"] or m["put"] or m["ell"], "killed"
            )  # a toll or casualties: deaths
        return None

    def _category_after(self, pos: int, stop: int, end: int) -> str | None:
        """Scan the words after a figure's noun for its verb: "[, mostly civilians,] were killed".

        The scan ends at the next figure (`stop`), except inside an aside between commas
        ("Six people, including one child, were killed"), and at the sentence end.
        """
        t, low = self.text, self._lower
        end = min(end, pos + WINDOW_AFTER)
        tokens = list(pt.TOKEN.finditer(t, pos, end))
        i = 0
        steps = 0
        aside = False  # inside a list of nouns a comma opened
        relative_open = False  # inside ", who ...": a relative clause a comma opened
        passive = False  # a form of "be" before the verb: "were killed", never active
        while i < len(tokens) and steps < MAX_SCAN_TOKENS:
            tok = tokens[i]
            word = tok.group()
            if tok.start() >= stop:
                return None
            if F.DETENTION_PLACE.match(low, tok.start(), end):
                return "detained"  # "are being held in Israeli prisons"
            m = F.POST_TRIGGER.match(low, tok.start(), end)
            if m:
                found = _trigger(m)
                if found != "cancel" and F.AT_RISK_BEFORE.search(
                    low, max(pos, tok.start() - 30), tok.start()
                ):
                    return "cancel"  # "seven million at serious risk of starving to death": no harm yet
                if (
                    found == "cancel"
                    and m.group() == "affected"
                    and F.AFFECTED_ADJECTIVE.match(low, m.end(), end)
                ):
                    i += 1  # "killed 30 people in the affected district": where, not who
                    continue
                if found == "cancel" and F.OWN_CLAUSE_BETWEEN.search(low, pos, tok.start()):
                    # "killed at least 42 people, as residents returned to their homes": another
                    # subject's verb
                    return None
                if found == "cancel" and i and tokens[i - 1].group().lower() in _PAPERS:
                    return None  # "according to a new death toll [released] by the ministry": a paper put out
                if found == "cancel" and i and tokens[i - 1].group().lower() == "of":
                    # "stands at 1,608, ..., adding that the number of [cases] has risen": another
                    # count's noun, past this figure's clause
                    return None
                if found == "missing" and (
                    pt.TRAPPED_IN_PLACE.match(t, tok.start())
                    or (not self.one_disaster and F.TRAPPED_BESIEGED.match(low, tok.start()))
                ):
                    return "cancel"  # "civilians remain trapped in Garney": besieged, not missing
                if found in _PAIRED:
                    pair = F.HARM_PAIR_AFTER.match(low, m.end(), end)
                    if pair and pair[found]:
                        return "cancel"  # "were killed and injured": one total of both, no category's
                if found != "killed" and (
                    m.group().startswith("with ")
                    or any(tokens[k].group().lower() in _RELATIVE for k in range(i))
                    # "three detainees [arrested in the protests] have died in custody": a
                    # participle's phrase right after the noun, then the count's own verb
                    # "six hostages [held in Gaza] were killed", "people [abducted last week] were
                    # found dead": likewise
                    or (
                        i == 0
                        and found in _HELD_PARTICIPLE
                        and not passive
                        and i + 1 < len(tokens)
                        and tokens[i + 1].group().lower() in _PARTICIPLE_FOLLOWERS
                    )
                ):
                    # "Two miners who were trapped for days have died", "Two men with injuries were
                    # arrested": the clause's own verb (but "people who were killed ... were buried"
                    # stay killed)
                    main = self._main_verb(tokens, _past(tokens, i, m.end()), min(end, stop))
                    if main:
                        return main
                if found == "cancel" and m.group() in lx.CANCEL_WITH_OBJECT:
                    return found
                if (
                    not passive
                    and m.group() in pt.ACTIVE_HARM_VERB
                    and F.ACTIVE_OBJECT.match(low, m.end(), end)
                    and not (i and tokens[i - 1].group().lower() in _COORDINATING)
                ):
                    # "Three gunmen (have) killed five people": the count did it (but in "killing
                    # 34 and an attack that killed 66 people" the 34 keeps its own verb: _classify)
                    return "agent"
                if (
                    found == "injured"
                    and i == 0
                    and i + 1 < len(tokens)
                    and tokens[i + 1].group().lower() in _PARTICIPLE_PREPOSITIONS
                    and self._main_verb(tokens, _past(tokens, i, m.end()), min(end, stop)) == "killed"
                ):
                    return "killed"  # "Four people injured in the attacks have died": the hurt who died
                if found == "displaced" and m.group().endswith("ing"):
                    # "50 family members sheltering in the same house also died": a participle's
                    # phrase, then the count's own verb
                    later = self._later_trigger(tokens, _past(tokens, i, m.end()), min(end, stop))
                    if later == "killed":
                        return later
                if (
                    found == "missing"
                    and m.group() == "trapped"
                    and F.TRAPPED_THEN_DEAD.match(low, m.end(), min(end, stop))
                ):
                    # "Five people trapped in the car died at the scene", "Five miners trapped
                    # underground were found dead": the trapped whose fate the clause tells (not
                    # "remained trapped after an avalanche killed 17")
                    return "killed"
                if found in ("cancel", "injured"):
                    # "rescued and sent to hospital" is injured; "injured ... later died" is killed
                    later = self._later_trigger(tokens, _past(tokens, i, m.end()), min(end, stop))
                    if later and (found == "cancel" or later == "killed"):
                        return later
                if found in ("detained", "hostages") and F.THEN_KILLED.match(low, m.end(), min(end, stop)):
                    # "Ten villagers were rounded up and shot dead", "abducted and later killed":
                    # what became of them
                    return "killed"
                return found
            steps += 1
            if i == 0 and word.lower() in _SUBJECT_PRONOUNS and i + 1 < len(tokens):
                # "dozens of people [it rescued]": a relative clause with its own subject; what
                # it did to them is told only by a cancelling verb (it saved them)
                m = F.POST_TRIGGER.match(low, tokens[1].start(), end)
                if m and m["cancel"]:
                    return "cancel"
            if (
                word in (",", "and", "or")
                # (not right after a bare count: "spiked to more than 600, rescue workers searching")
                and not (i == 0 and t[pos - 1 : pos].isdigit())
                and (more := F.NOUN_CONJUNCT.match(low, tok.start(), end))
            ):
                i = _past(tokens, i, more.end())  # "10,000 civilians[, troops and police] have died"
                aside = aside or word == ","
                if (
                    aside
                    and i < len(tokens)
                    and tokens[i].group() == ","
                    and not F.NOUN_CONJUNCT.match(low, tokens[i].start(), end)
                ):
                    i += 1  # "about 40 people, civilians or soldiers, died": the aside closes
                continue
            ages = None
            if word[0] in "aAbBuUoOpP":
                # "Two women aged 31 and 47 were killed", "four women between the ages of 17 and
                # 56", "seven children under the age of 18"
                ages = F.AGE_PHRASE.match(low, tok.start(), end)
            elif word == "," and i + 1 < len(tokens) and tokens[i + 1].group()[0] in "aAbBuUoOpP":
                ages = F.AGE_PHRASE.match(low, tokens[i + 1].start(), end)  # "Three men, aged 29 and 34,"
            if ages:
                i = _past(tokens, i, ages.end())
                if i < len(tokens) and word == "," and tokens[i].group() == ",":
                    i += 1
                continue
            if word.lower() == "including" or (
                word == "," and i + 1 < len(tokens) and tokens[i + 1].group().lower() == "including"
            ):
                # "30 people including women and children have been killed", "Twenty-five
                # civilians, including seven children and six women were killed": a list that no
                # comma closes, up to the verb
                verb = self._past_inclusion(tokens, i + (2 if word == "," else 1), end)
                if verb is not None:
                    stop = end if tokens[verb].start() > stop else stop  # its figures are parts
                    i = verb
                    continue
            if word == "," and relative_open:
                # "Three Colombians, ..., who were visiting Kyiv, were slightly injured": the comma
                # closes the relative clause
                relative_open = False
                i += 1
                continue
            if word == "(":
                # "Six people (one woman and five men) were killed": a bracketed aside
                j = i + 1
                while j < len(tokens) and j - i <= 25 and tokens[j].group() not in ")(":
                    j += 1
                if j < len(tokens) and tokens[j].group() == ")":
                    if tokens[j].start() > stop:
                        # the next figure sat inside the brackets, a part of this one: the scan
                        # ends at the first figure after them ("were released, and [14] were found dead")
                        stop = _next_figure_start(tokens, j + 1, end)
                    i = j + 1
                    continue
                return None
            if word == ")" and _bracket_has_words(t, pos):
                # "(one woman and [five] men) were killed": the aside closes before the verb, which
                # is read up to the first figure after it
                stop = _next_figure_start(tokens, i + 1, end)
                i += 1
                continue
            if word in (",", "—", "–", "--") or (word == "-" and t[tok.start() - 1 : tok.start()] == " "):
                # an aside: ", mostly civilians," "– over a third of all the displaced –", "--
                # including five children --"
                close = {word, ","} if word == "," else {word}
                # a dashed aside may hold a whole list; an including one a clause ("30 civilians,
                # including 16 members of a family who were returning from a baptism, were killed")
                including = i + 1 < len(tokens) and tokens[i + 1].group().lower() == "including"
                reach = 12 if word == "," and not including else 25
                j = i + 1
                while j < len(tokens) and j - i <= reach and tokens[j].group() not in close:
                    j += 1
                if j < len(tokens) and tokens[j].group() in close:
                    if tokens[j].start() > stop:
                        stop = end  # the next figure sat inside the aside
                    i = j + 1
                    continue
                return None
            if word in ("who", "which") and i > 0 and tokens[i - 1].group() == ",":
                relative_open = True
            if word.lower() in _SUBORDINATORS and F.SUBORDINATE_CLAUSE.match(low, tok.start(), end):
                return None  # "The death toll rose to 35 as students protested": another clause's verb
            if pt.NEGATION.match(word):
                if (
                    any(tokens[k].group().lower() in _RELATIVE for k in range(i))
                    and i + 2 < len(tokens)
                    and tokens[i + 1].group().lower() in _NOT_YET
                    and not F.POST_TRIGGER.match(low, tokens[i + 2].start(), end)
                ):
                    i += 2  # "Eight people who have not yet been identified also died": the clause's own
                    continue
                return "cancel"  # "26 people were not evacuated"
            if pt.ADVERB.fullmatch(word):
                i += 1
                continue
            aux = F.AUX_WORD.match(low, tok.start(), end) if word.isalpha() else None
            if aux:
                i = _past(tokens, i, aux.end())  # "were", "have so far been", "may still be" (lx.HEDGES)
                passive = passive or not _PASSIVE_AUX.isdisjoint(aux.group().split())
                continue
            if (
                pt.PREPOSITION.fullmatch(word)
                or (
                    # "children riding on the bus were injured": a participle's phrase, read as one
                    len(word) > 4 and word.endswith("ing") and word.isalpha() and i + 1 < len(tokens)
                )
                or (
                    # "145 suspects wanted for drug offences had been killed", "nine people hit by
                    # bullets were declared dead": a past participle's phrase
                    i + 1 < len(tokens)
                    and (word.endswith("ed") or word.lower() in lx.IRREGULAR_PARTICIPLES)
                    and word.isalpha()
                    and tokens[i + 1].group().lower() in _PARTICIPLE_PREPOSITIONS
                    and not passive
                )
            ):
                # a place or time phrase: "in the Al-Mawasi camp", "of the U.S. military"
                j = i + 1
                while j < len(tokens) and j - i <= 7:
                    w = tokens[j].group()
                    if (
                        # "36 of those hostages are confirmed dead": a harm noun after "those" is
                        # the phrase's own, not the count's verb
                        F.POST_TRIGGER.match(low, tokens[j].start(), end)
                        and not (word.lower() == "of" and tokens[j - 1].group().lower() in ("those", "these"))
                    ) or w.lower() in _VERB_AUX:
                        break
                    if w.lower() in _PLACE_RELATIVE and j > i + 1 and pt.PREPOSITION.fullmatch(word):
                        # "killing 100 people in a town [that had survived occupation]": the
                        # place's clause, not the count's; the count's verb, if any, after it
                        return self._main_verb(tokens, j + 2, min(end, stop))
                    if not (w[:1].isalpha() or w in "'’-" or (w == "." and tokens[j - 1].group().isupper())):
                        break
                    j += 1
                i = j
                continue
            if word in "“”\"'’":
                i += 1
                continue
            if F.CONJUNCT_NO_FIGURE.match(low, tok.start(), end):
                # "six militants and a soldier were killed": skip the second conjunct
                j = i + 1
                while j < len(tokens) and j - i <= 5 and not pt.AUX_WORD.fullmatch(tokens[j].group()):
                    if tokens[j].start() >= stop or F.POST_TRIGGER.match(low, tokens[j].start(), end):
                        break
                    j += 1
                i = j
                continue
            if passive and word.endswith("ed") and word.isalpha():
                # "40 people were ambushed and killed", "14 passengers were offloaded from a bus on
                # a highway and shot dead": the harm the second verb tells
                j = i + 1
                while (
                    j < len(tokens)
                    and j - i <= 14
                    and tokens[j].group().lower() != "and"
                    and tokens[j].group() not in (",", ";", "(", ")")
                    and tokens[j].start() < stop
                ):
                    j += 1
                if (
                    j + 1 < len(tokens)
                    and tokens[j].group().lower() == "and"
                    and F.POST_TRIGGER.match(low, tokens[j + 1].start(), end)
                ):
                    i = j + 1
                    continue
            if any(tokens[k].group().lower() in _RELATIVE for k in range(i)):
                # "Ten soldiers who guarded the base were killed": a relative clause's verb that
                # tells no harm (one that does is read above); the clause's own verb after it
                return self._main_verb(tokens, i, min(end, stop))
            return None
        return None

    def _past_inclusion(self, tokens: list[regex.Match[str]], i: int, end: int) -> int | None:
        """The index of the verb after a short list that "including" opens (tokens from `i`):
        words, figures, "and" and commas, never a clause of its own ("including a child who
        was hurt", "including 41 the army says are dead") nor a comma that closes the list (an
        aside, read as one)."""
        low = self._lower
        for j in range(i, min(len(tokens), i + 14)):
            w = tokens[j].group()
            if (
                w.lower() in ("who", "whom", "which", "that", "whose", "but")  # "..., but did not"
                or w in (";", ":", ".", "(", ")")
                or pt.SPEECH_HINT.fullmatch(w.lower())  # "including 41 the army says are dead"
            ):
                return None
            if j > i and (
                (pt.AUX_WORD.fullmatch(w) and w.lower() not in _QUANTIFIER_AUX)
                # (not a part's own word: "including 12 injured, had escaped")
                or (
                    F.POST_TRIGGER.match(low, tokens[j].start(), end)
                    and not _is_count_word(tokens[j - 1].group())
                )
            ):
                return j if tokens[j - 1].group() != "," else None
        return None

    def _main_verb(self, tokens: list[regex.Match[str]], i: int, end: int) -> str | None:
        """The harm (or "cancel") of a clause's own verb after a relative clause that tells
        another, read from token `i`, the relative clause's harm word passed: "[who were trapped]
        for days have died", "[who suffered burns] in the blast later died". Only a verb that a
        finite auxiliary or "later" opens ends the relative clause: "who were trapped and hurt"
        goes on with it."""
        low = self._lower
        opened = False
        for k, tok in enumerate(tokens[i : i + 16]):
            w = tok.group().lower()
            if tok.start() >= end or w in (";", ".", "—", ",") or F.NEW_SUBJECT.match(low, tok.start(), end):
                return None
            if opened:
                m = F.POST_TRIGGER.match(low, tok.start(), end)
                if m:
                    return _trigger(m)
                if F.FOUND_MAIN_VERB.match(low, tok.start(), end):
                    return "cancel"  # "600 people who were missing were found": no longer missing
                if not (pt.AUX_WORD.fullmatch(w) or pt.ADVERB.fullmatch(w)):
                    return None
            elif w in _MAIN_VERB_OPENS:
                opened = True
            elif k >= 2 and tokens[i + k - 1].group().lower() not in _NOT_BEFORE_MAIN_VERB:
                # "who tried to cross the river on rafts [drowned]", "who were admitted [died]": a
                # harm verb right after the clause's last word, its own
                m = F.POST_TRIGGER.match(low, tok.start(), end)
                if m and not m["cancel"] and m.group().split()[0] in lx.MAIN_HARM_VERBS:
                    return _trigger(m)
        return None

    def _drop_joined_held(self, out: list[_Found], f: Figure) -> None:
        """Drop the counts of held people joined to a released one: "The hostages included 13
        Israelis and four Thais who were released" (the release is all of theirs)."""
        while (
            out
            and out[-1].category.value in _HELD
            and F.COORDINATION.fullmatch(self._lower, out[-1].head_end, f.start)
        ):
            f = out.pop().figure

    def _later_trigger(self, tokens: list[regex.Match[str]], i: int, end: int) -> str | None:
        """A harm word in the next few words of the same clause ("and sent to hospital")."""
        for tok in tokens[i : i + 7]:
            if tok.group() in (";", ".", "—") or tok.start() >= end:
                return None
            if tok.group().lower() in _RELATIVE:
                return None  # "deployed to put out the fire that burned": the fire's verb
            if _is_count_word(tok.group()):
                return None  # "had escaped, with one reported dead": the next count's verb
            if F.NEW_SUBJECT.match(self._lower, tok.start(), end):
                return None  # "41 were rescued and the rest are presumed dead": the rest's, not theirs
            m = F.POST_TRIGGER.match(self._lower, tok.start(), end)
            if m and not m["cancel"]:
                return _trigger(m)
        return None

    def _parent(self, found: list[_Found], f: Figure, before: str, after: str) -> int | None:
        """The claim this figure breaks down: "including [12 children] and [5 women]"."""
        if not found:
            return None
        last = found[-1]
        if last.parent is not None and F.COORDINATION.fullmatch(self._lower, last.head_end, f.start):
            return last.parent
        if F.SUBCLAIM_BEFORE.search(before[-40:]) or F.OF_WHOM_AFTER.match(after):
            return len(found) - 1
        if (
            F.DASH_ASIDE_OPEN.fullmatch(self._lower, last.head_end, f.start)
            and F.DASH_ASIDE_CLOSES.match(self._lower, f.end)
            # (not "— four more than the army admitted —": a comparison, no part)
            and (head := pt.VICTIM_HEAD.match(self.text[f.end : f.end + 60])) is not None
            and _words_of(head["head"]) in _PERSON_NOUNS
        ):
            return len(found) - 1  # "16 bodies—[14] women and two men—have been recovered"
        if F.WITH_BEFORE_END.search(before[-8:]) and F.AMONG_THEM_AHEAD.match(self._lower, f.end):
            return len(found) - 1  # "52 people have died, with [27] women and 25 men among them"
        group = F.OF_THE_GROUP_BEFORE.search(before)
        if group and last.figure.start >= f.start - len(before) + group.start():
            return len(found) - 1  # "Of the 251 people taken hostage, [97] remain in Gaza"
        return None

    def _victims(self, head: str | None, parent: int | None, found: list[_Found]) -> str:
        if head in ("others", "other"):
            head = None  # "two others injured": the people of the count before
            if found and parent is None:
                # not a breakdown's: "seven people killed, including two children, and 25 others"
                before = next((x for x in reversed(found) if x.parent is None), found[-1]).victims
                # "10 women and 30 others": others are not more women
                return "people" if before in _GROUPS_OF_PEOPLE else before
        if head is None or head in _HARM_AS_PEOPLE:
            if head is None and parent is not None:
                return found[parent].victims
            if head is None and found:
                # "killed eight people, including 27 children, and wounded [128]": the people of
                # the count the breakdown belongs to, not the breakdown's
                return next((x for x in reversed(found) if x.parent is None), found[-1]).victims
            return "people"
        if head in pt.CATEGORY_NOUN and head not in lx.VICTIM_NOUNS:
            return "people"
        words = head.split()
        if len(words) > 1 and words[0] in _HARM_ADJECTIVES:
            head = " ".join(words[1:])  # "displaced people", "wounded soldiers"
        if (
            head.endswith("i")
            and head not in lx.SINGULAR_VICTIMS
            and head not in _PLURAL
            and head not in _VICTIM_NOUNS
        ):
            return head + "s"  # "18 Pakistani": pakistanis
        return _PLURAL.get(head) or lx.SINGULAR_VICTIMS.get(head, head)

    # -- the rest of the claim -------------------------------------------------------
    def _claim(
        self,
        s: Sentence,
        f: _Found,
        found: list[_Found],
        earlier: list[Claim],
        attributions: list[Attribution],
        dates: list[DateMention],
    ) -> Claim:
        t = self.text
        fig = f.figure
        source = f.source or self._pick_source(fig, attributions, s)
        parent_claim = found[f.parent].claim if f.parent is not None else None
        scope = f.scope = self._scope(s, f, found, parent_claim)
        nxt = found[f.index + 1].figure.start if f.index + 1 < len(found) else s.end
        as_of, told = self._as_of(s, fig, scope, dates, source, nxt, [x.figure for x in found])
        if (
            scope is Scope.INCIDENT
            and told
            and as_of is not None
            and len(as_of) < 10
            and not self.one_disaster
            and (
                self._sentence_has(s, F.TALLY_WORD, "tally")
                # "China's coal pits killed about 3,000 miners in 2008": a year's count of no event
                or (
                    len(as_of) == 4
                    and not self._sentence_has(s, F.INCIDENT_EVENT, "event")
                    # (but "In 1977, 165 died when the club burned", "In 2016, a train slid off
                    # the tracks, killing 146": one event's)
                    and not self._sentence_has(s, F.EVENT_CLAUSE, "event-clause")
                )
            )
            and not self._tells_incident(s)
            and not self._sentence_has(s, F.ONE_EVENT, "one-event")
            and not self._sentence_has(s, F.PAST_EVENT, "past-event")  # "since 2003, when 70,000 died"
            and not self._year_lead(s)  # a timeline's "1985: 520 people perished"
        ):
            # "3,279 migrant deaths were recorded in the Mediterranean in 2014": a year's or a
            # month's tally, no event's (but "In 2013, 36 died in a stampede" is one, and "which
            # seized 270 schoolgirls in 2014" tells no tally)
            scope = f.scope = Scope.CUMULATIVE
        elif (
            scope is Scope.INCIDENT
            and told
            and as_of is not None
            and len(as_of) < 10
            and not self.one_disaster
            and F.IN_MANY_EVENTS.search(self._lower, fig.end, min(s.end, nxt, fig.end + 100))
            and not self._sentence_has(s, F.ONE_EVENT_TOLD, "one-event-told")
            and not self._sentence_has(s, F.PAST_EVENT, "past-event")
            and not self._year_lead(s)
        ):
            # "Last year, 316 prisoners died during riots in various prisons", "killed in 177
            # incidents in the first four months of 2019": a period's count over many events
            scope = f.scope = Scope.CUMULATIVE
        if (
            as_of is not None
            and len(as_of) == 10
            and f.category in _HARMED
            and (years := self._anniversary_years(s)) is not None
        ):
            # "24 April 2019 is the sixth anniversary of the collapse that crushed 1,134 people":
            # the day the event's toll holds for is the day so many years before
            event_day = self._years_before(as_of, years)
            if event_day is not None:
                as_of, scope = event_day, Scope.INCIDENT
                f.scope = scope
        f.borrowed = scope is Scope.INCIDENT and not told
        location = self._location(s, f, found, source) or (parent_claim.location if parent_claim else None)
        if location is None and scope is Scope.INCIDENT and as_of and as_of == self._last_incident[0]:
            location = self._last_incident[1]  # the same day's event: the place named for it before
        if location is None and source is not None and scope is Scope.CUMULATIVE:
            location = self.table.regions.get(source.source)  # a running total of the source's region
        if scope is Scope.INCIDENT and location:
            self._last_incident = (as_of, location)
        qualifier = fig.qualifier
        if (
            qualifier is Qualifier.UP_TO
            and self._lower.startswith("up", fig.start)
            and F.TOLL_RISEN_UP.search(self._lower, max(s.start, fig.start - 60), fig.start)
        ):
            qualifier = Qualifier.EXACT  # "Death toll up to 28": the toll has risen to 28
        return Claim(
            figure=fig.value,
            figure_high=fig.high,
            qualifier=qualifier,
            category=f.category,
            victims=f.victims,
            source=source.source if source else None,
            source_text=source.text if source else None,
            as_of=as_of,
            scope=scope,
            location=location,
            span=t[fig.start : fig.end],
            start=fig.start,
            end=fig.end,
            sentence=t[s.start : s.end],
        )

    def _pick_source(self, fig: Figure, attributions: list[Attribution], s: Sentence) -> Attribution | None:
        """The attribution nearest the figure; one that opens the sentence ("UNHCR said that ...")
        speaks for the figures it governs, before a subject named deeper in the clause."""
        attributions = [
            a
            for a in attributions
            # "The eight guards held hostage told authorities ..., Ms Kell said": a count is not
            # its own speaker
            if not (a.ahead and a.start > fig.start) and not (a.start <= fig.start and fig.end <= a.end)
        ]
        # "Some accounts put it at 10 killed, but an official source says it was 12": a speaker
        # after a contrast speaks for the figures after it, not for those before
        attributions = [
            a
            for a in attributions
            if not (
                a.start >= fig.end
                and F.CONTRAST_GAP.search(self._lower, fig.end, a.start)
                and (next_count := F.LATER_COUNT.search(self._lower, a.end, s.end))
                # its clause goes on to the later figure ("says it was 12"; "according to X, 340
                # were killed"), not a trailing speaker's participle ("officials said, raising ... to 14")
                and (
                    "," not in self._lower[a.end : next_count.start()]
                    or self._lower.endswith(("according to ", "per "), max(s.start, a.start - 14), a.start)
                )
            )
        ]
        if not attributions:
            return None

        def distance(a: Attribution) -> int:
            return a.start - fig.end if a.start >= fig.end else fig.start - a.end

        opening = [a for a in attributions if a.start - s.start <= 4 and a.end <= fig.start]
        if opening:
            # "Police said 12 were killed, while hospital officials said 15": a later speaker
            # before the figure speaks for it
            later = [
                a
                for a in attributions
                if a.start > opening[0].end
                and a.end <= fig.start
                and F.CONTRAST_BEFORE.search(self._lower, max(s.start, a.start - 12), a.start)
            ]
            return later[-1] if later else opening[0]
        own = [
            a
            for a in attributions
            if a.end <= fig.start
            and not a.ahead
            and F.SPEECH_VERB_BETWEEN.match(self._lower, a.end, fig.start)
            and not F.CLAUSE_BREAK.search(self._lower, a.end, fig.start)
        ]
        if own:
            # "While the Ministry reported 37,877 deaths, the study estimates 64,260": the
            # speaker of the count's own clause, before it
            return own[-1]
        nearest = min(attributions, key=distance)
        if nearest.end <= fig.start and F.CONTRAST_GAP.search(self._lower, nearest.end, fig.start):
            # "20 were killed in Gaza, according to the ministry, while five died in Lebanon,
            # according to officials there": the speaker of the count's own clause, after it
            later = [
                a
                for a in attributions
                if a.start >= fig.end
                and not a.ahead
                and not F.CONTRAST_GAP.search(self._lower, fig.end, a.start)
                # (not a speaker inside a clause about something else: "in a strike that,
                # according to the army, targeted a commander"; but one closing the sentence speaks)
                and (
                    not F.RELATIVE_OPENER.search(self._lower, fig.end, a.start)
                    or F.TRAILING_SAID.match(self._lower, a.end, s.end) is not None
                )
            ]
            if later:
                return later[0]
        return nearest

    def _paragraph_source(self, sentences: list[Sentence], i: int) -> tuple[list[Attribution], int | None]:
        """The speaker of an earlier sentence of the paragraph that gave figures, or of its quote,
        and the index of the earlier sentence it was carried from outside a quote."""
        para = sentences[i].paragraph
        quoted = self._in_quote(sentences, i)
        for j in range(i - 1, max(-1, i - PARAGRAPH_REACH), -1):
            if sentences[j].paragraph != para:
                break
            if not (quoted or j in self._claim_sentences or self._tells_figures(sentences[j])):
                continue  # a speaker carries over only from a sentence with figures, or within a quote
            if j in self._place_tallied:
                break  # "Mississippi and Tennessee each reported 34 deaths. Fifteen were reported in ..."
            found = self._sources_of(sentences, j)
            if found and not found[-1].pronoun:
                return [found[-1]], None if quoted else j  # a quote goes on with its speaker
        if quoted:  # "... Two people were injured ...," the head of the region stressed.
            for j in range(i + 1, min(len(sentences), i + PARAGRAPH_REACH)):
                if sentences[j].paragraph != para:
                    break
                found = self._sources_of(sentences, j)
                if found and not found[0].pronoun:
                    return [found[0]], None
        else:
            # "On Thursday, 18 were killed. The deadliest incident took place in Jenin, with 13
            # fatalities. The operation involved airstrikes, said OCHA.": a speaker that closes
            # the paragraph speaks for it, when no other speaks in between
            for j in range(i + 1, min(len(sentences), i + PARAGRAPH_REACH)):
                if sentences[j].paragraph != para:
                    break
                found = self._sources_of(sentences, j)
                if not found:
                    continue
                last = found[-1]
                if (
                    not last.pronoun
                    and F.CLOSING_SPEAKER.match(self._lower, last.end, sentences[j].end)
                    # telling of the same violence ("The operation involved armed clashes and
                    # airstrikes, said OCHA"), not of the weather or the mourning after it
                    and self._tells_violence(sentences[j])
                    # (not one that counts people itself: "The six dead men were beaten, said
                    # Kell" restates the count with its own speaker)
                    and not self._tells_figures(sentences[j])
                ):
                    return [last], None
                break
        return [], None

    def _tells_violence(self, s: Sentence) -> bool:
        """Whether a sentence names violence, harm or an event: "stormed the camp", "the
        operation involved airstrikes", "the boat capsized as it crossed the river"."""
        return (
            self._sentence_has(s, F.ARMED_VIOLENCE, "armed")
            or self._sentence_has(s, F.EVENT_NOUN_ANY, "event noun")
            or pt.HARM_HINT_LOWER.search(self._lower, s.start, s.end) is not None
        )

    def _tells_figures(self, s: Sentence) -> bool:
        """Whether a sentence without claims still counts the story's people, in its violence:
        "A military source said hundreds of jihadists stormed the camp of roughly 150 soldiers"
        (not "warning level three applies", "5,000 residents attended the vigil"). Read once per
        sentence: the paragraph's claims ask again."""
        key = (s.start, "tells figures")
        if key not in self._sentence_flags:
            self._sentence_flags[key] = self._reads_figures(s)
        return self._sentence_flags[key]

    def _reads_figures(self, s: Sentence) -> bool:
        if not (
            pt.HAS_DIGIT.search(self.text, s.start, s.end)
            or F.NUMBER_WORD_ANY.search(self._lower, s.start, s.end)
        ):
            return False
        if not self._tells_violence(s):
            return False
        for fig in find_figures(self.text, s.start, s.end, self._lower):
            head = pt.VICTIM_HEAD.match(self.text[fig.end : min(s.end, fig.end + 60)])
            if head and (
                _words_of(head["head"]) in _PERSON_NOUNS or _words_of(head["head"]) in pt.CATEGORY_NOUN
            ):
                return True
        return False

    def _in_quote(self, sentences: list[Sentence], i: int) -> bool:
        """Whether sentence i is part of a quotation (its paragraph has an open quote before it)."""
        s = sentences[i]
        j = i
        while j > 0 and sentences[j - 1].paragraph == s.paragraph and i - j < PARAGRAPH_REACH:
            j -= 1
        before = self.text[sentences[j].start : s.start]
        seg = self.text[s.start : s.end]
        opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        return opened or seg.startswith(("“", '"'))

    def _sources_of(self, sentences: list[Sentence], j: int) -> list[Attribution]:
        if j not in self._sources_cache:
            s = sentences[j]
            self._sources_cache[j] = self.attributor.sentence_sources(s.start, s.end, remember=False)
        return self._sources_cache[j]

    def _earlier_source(self, sentences: list[Sentence], i: int) -> Attribution | None:
        """The last named attribution in the three sentences before sentence i."""
        for j in range(i - 1, max(-1, i - 4), -1):
            named = [a for a in self._sources_of(sentences, j) if not a.pronoun]
            if named:
                a = named[-1]
                return Attribution(a.source, a.text, a.start, a.end, True)
        return None

    def _is_headline(self, s: Sentence) -> bool:
        """A line of its own with no full stop: a headline, a standfirst, a caption."""
        t = self.text
        opens_line = s.start == self._header_end or self._opens_line(s.start)
        alone = opens_line and (s.end == len(t) or t[s.end] in "\r\n")
        return alone and t[s.end - 1] not in ".!?\"”'’"

    def _sentences(self) -> list[Sentence]:
        """The text's sentences, a ' date YYYY-MM-DD' header one of its own: the lede or the
        headline that shares its line starts after it."""
        sentences = split_sentences(self.text)
        cut = self._header_end
        if cut and sentences and sentences[0].start < cut < sentences[0].end:
            first = sentences[0]
            head = self.text[first.start : cut].rstrip()
            sentences[0:1] = [
                Sentence(first.start, first.start + len(head), first.paragraph),
                Sentence(cut, first.end, first.paragraph),
            ]
        return sentences

    def _opens_line(self, pos: int) -> bool:
        """Whether only white space stands before `pos` back to its line's start: read back over
        that space only, never over the whole text."""
        t = self.text
        i = pos - 1
        while i >= 0 and t[i].isspace():
            if t[i] == "\n":
                return True
            i -= 1
        return i < 0

    def _quoted(self, s: Sentence) -> str:
        """A sentence's text with the closing quote right after its full stop ('...missing."')."""
        return self.text[s.start : s.end + (self.text[s.end : s.end + 1] in '”"')]

    def _whole_quote(self, s: Sentence, said: bool = False) -> bool:
        """A sentence that is a quotation and nothing else ('"Thirty are missing."'), or with
        `said`, a quotation and its speaker ('"...," the coastguard said.')."""
        seg = self._quoted(s)
        if seg[:1] not in '“"':
            return False
        close = max(seg.rfind("”"), seg.rfind('"'))
        if close <= 0:
            return False
        rest = seg[close + 1 :].strip(" .")
        return bool(rest) == said and (not said or len(rest.split()) <= 8)

    def _toll_told_lately(self) -> bool:
        """Whether the last claim counted the dead, a sentence or three ago: a toll that "the
        figure", "the estimate" or "it" may refer back to."""
        last = self._last_claim
        return (
            last is not None
            and last.category is Category.KILLED
            and self._index - self._last_claim_sentence <= ANAPHOR_REACH
        )

    def _may_refer_to_toll(self, s: Sentence) -> bool:
        """Whether a sentence without a harm word may still tell a toll's figure: "the most
        widely accepted figure was 200,000" a sentence or two after a toll was told."""
        return self._toll_told_lately() and (
            F.TOLL_ANAPHOR_HINT.search(self._lower, s.start, s.end) is not None
            # "It rose to 25", "Another 24,905 were Serbs"
            or F.TOLL_ANAPHOR_OPENING.match(self._lower, s.start) is not None
        )

    def _refers_to_toll(self, s: Sentence, lead: int) -> bool:
        """Whether the words before a figure (up to `lead`) name it as a toll's told before:
        "the most widely accepted figure was", "the UN's estimate of", "had put the number at",
        "It rose to" (right after a sentence that told the toll); not "the cost estimate was"."""
        lo = max(s.start, lead - 90)
        m = F.TOLL_ANAPHOR_BEFORE.search(self._lower[lo:lead])  # a slice: "^It rose to" opens it
        if m is None:
            return False
        if m["it"]:
            prev = self._sents[self._index - 1] if self._index > 0 else None
            return prev is not None and F.TOLL_WORD.search(self._lower, prev.start, prev.end) is not None
        group = "mods" if m["mods"] is not None else "mods2"
        if not m[group]:
            return True
        # each word before the noun says whose or which toll's figure it is ("the UN's", "the
        # most widely accepted"), none what else it counts ("the cost estimate")
        return all(
            word[:1].isupper()
            or word.endswith(("'s", "’s"))
            or word.strip("-").lower() in lx.TOLL_FIGURE_WORDS  # ("often- quoted")
            for word in self.text[lo + m.start(group) : lo + m.end(group)].split()
        )

    def _closes_quote(self, s: Sentence) -> bool:
        """A sentence that closes a quotation another opened: "... details,” said the officer"."""
        seg = self._quoted(s)
        # (a new paragraph of the quotation opens with a quote mark of its own)
        if "”" in seg:
            return "“" not in seg.split("”", 1)[0] or seg.startswith("“")
        return seg.count('"') % 2 == 1 or (seg.startswith('"') and seg.count('"') >= 2)

    def _opens_quote(self, s: Sentence) -> bool:
        """A sentence that opens a quotation and does not close it (a closing quote right after
        its full stop closes it)."""
        seg = self._quoted(s)
        if seg.startswith("“"):
            return "”" not in seg
        return seg.startswith('"') and seg.count('"') % 2 == 1

    def _named_person(self, word: str) -> bool:
        """Whether a headline's one word ("Zelensky: 31,000 soldiers killed") is a person's
        surname the story gives with a first name or a title ("Volodymyr Zelensky"), and no
        place the lexicon knows."""
        if word.lower() in pt.PLACE_NAMES or not word[:1].isupper():
            return False
        return pt.PERSON_WITH_TITLE.search(self.text.replace(word, "\x00")) is not None

    def _headline_source(self, s: Sentence) -> list[Attribution]:
        line = self.text[s.start : s.end]
        if F.PHOTO_CREDIT.search(self._lower, s.start, s.end):
            return []  # "... knife attack in France / Photo: SEBASTIEN BOZON - AFP": who took the photo
        m = pt.HEADLINE_SOURCE.search(line)
        if m and _labels_story(m["src"], places=False):
            m = None
        if m and m["src"].split()[-1].lower() in _NEWSPAPER_TITLE_WORDS:
            return []  # "2 die in shooting rampage - Albuquerque Journal": the page's paper, no speaker
        if m is None:
            m = pt.HEADLINE_PREFIX_SOURCE.match(line)
            if m and _labels_story(m["src"], places=True):
                return []  # "Ecuador: As death toll nears 500": the story's place, not a speaker
            if m and (
                m["src"].lstrip()[:1] in _QUOTE_MARKS
                or (last := m["src"].split()[-1]).lower() in _KICKER_WORDS
                or (
                    last.islower()
                    and last not in _SOURCE_HEADS
                    and last not in _PLAUSIBLE_SOURCE_ENDS
                    and not generic_kinds(m["src"])
                )
            ):
                # "'Impossible to imagine': 6 killed", "Parade horror: 47 injured": a kicker, no speaker
                return []
            if (
                m
                and len(m["src"].split()) == 1
                and normalize(m["src"]) not in self.table.aliases
                and m["src"].lower() not in _SOURCE_HEADS
                and not self._named_person(m["src"])
            ):
                return []  # "Maharashtra: 33 feared dead": one word no table knows is a place
            if (
                m
                and 1 < len(words := m["src"].split()) <= 3
                and normalize(m["src"]) not in self.table.aliases
                and not any(w.lower() in _SOURCE_HEADS for w in words)
                and not self._named_person(words[-1])
                and any(f"{word} {m['src']}" in self.text for word in lx.BEFORE_A_PLACE)
            ):
                return []  # "Andhra Pradesh: 13 drown", then "a lake in Anantapur district of Andhra Pradesh"
        if m is None:
            m = pt.HEADLINE_GLUED_SOURCE.search(line)
            if m and (
                m["before"].lower() in _HYPHEN_PREFIXES
                or (normalize(m["src"]) not in self.table.aliases and m["src"].lower() not in _SOURCE_HEADS)
            ):
                m = None  # "... in pro-Russian", "... with pro-government": a word, no speaker
        if not m or pt.HAS_DIGIT.search(m["src"]) or m["src"].strip().lower() in _UNNAMED:
            return []  # "Ten killed in air strikes - Source": no one named
        a = self.attributor._resolve(s.start + m.start("src"), s.start + m.end("src"), s.start)
        return [a] if a else []

    def _scope(self, s: Sentence, f: _Found, found: list[_Found], parent: Claim | None) -> Scope:
        t, low = self.text, self._lower
        idx = f.index
        if (
            idx > 0
            and f.figure.lead >= 0
            and (was := found[idx - 1]).figure.start <= f.figure.lead
            and was.scope
        ):
            return was.scope  # "the toll has risen from 225 to [326]": the count it was, changed
        if (
            idx + 1 < len(found)
            and " among " in low[f.figure.end : found[idx + 1].figure.start]
            and F.AMONG_THE_NEXT.search(low, f.figure.end, found[idx + 1].figure.start)
        ):
            # "42 aid workers were among the more than 9,000 killed since ...": the whole's scope
            return self._scope(s, found[idx + 1], found, parent)
        start = f.figure.lead if f.figure.lead >= 0 else f.figure.start
        if low.find("since ", max(s.start, start - 150), start) >= 0 and F.SINCE_EVENT_COUNT.search(
            low, max(s.start, start - 150), start
        ):
            return Scope.INCIDENT  # "since the attacks on Oct. 7 that killed 1,200": the attacks' toll
        lo = found[idx - 1].head_end if idx > 0 else s.start
        hi = found[idx + 1].figure.start if idx + 1 < len(found) else s.end
        # "42 were killed on Monday, bringing the toll of the war to 12,310": Monday is the 42's,
        # the war the 12,310's
        if idx + 1 < len(found):
            lead = F.TOTAL_LEAD.search(low, max(lo, hi - 100), hi) or F.TOLL_LEAD.search(
                low, max(lo, hi - 100), hi
            )
            hi = lead.start() if lead else hi
        lead = F.TOTAL_LEAD.search(low, max(lo, f.figure.start - 100), f.figure.start)
        lo = lead.start() if lead else lo
        if (
            lead
            and not self.one_disaster
            and (
                F.WAR_CONTEXT.search(low, s.start, s.end)
                or F.WEAK_WAR_CONTEXT.search(low, s.start, s.end)
                # "another five staff have been confirmed killed [in the past few days], bringing
                # the death toll to 284": a day's flow, then the total it adds to
                or (
                    idx > 0
                    and (f.figure.high or f.figure.value) >= SMALL_INCIDENT
                    and found[idx - 1].figure.value < (f.figure.high or f.figure.value)
                    and F.FLOW_BEFORE_TOTAL.search(low, s.start, lead.start())
                    and not F.TOLL_OF_ONE_EVENT.search(low, lead.start(), f.figure.start)
                )
            )
        ):
            # "Coronavirus deaths climbed by 1,450, bringing the total number of fatalities to
            # more than 67,600": an epidemic's or a war's running total
            return Scope.CUMULATIVE
        # folded, for the patterns' FOLDED twins: "said on Sunday" dates a statement, not an event
        window = F.SPEECH_DAY.sub(" ", low[lo:hi])
        past_event = F.PAST_EVENT.search(window) is not None
        if not past_event and any(w in window for w in _COMPARISON_HINTS):
            window = F.COMPARISON_CLAUSE.sub(" ", window)  # "the deadliest attack since March"
        if " since" in window and ("mark" in window or "commemorat" in window or "rememb" in window):
            window = F.ANNIVERSARY_SINCE.sub(" ", window)  # "a service marking 35 years since the bombing"
        seen: dict[tuple[int, int], bool] = {}

        def has(pattern: pt.Pattern, text: str = window) -> bool:
            """pattern.search(text), each pattern searched at most once per text"""
            key = (id(pattern), id(text))
            if key not in seen:
                seen[key] = pattern.search(text) is not None
            return seen[key]

        before = low[max(lo, f.figure.start - 40) : f.figure.start]
        if F.INCIDENT_BEFORE.search(before):
            return Scope.INCIDENT
        if past_event or (self._year_lead(s) and not has(F.SINCE_CLAUSE)):
            # "the deadliest fire since 2000, when 309 people died": that fire's; a timeline's
            # entry, "1954: a ferry sank during a typhoon, killing more than 1,000": its event's
            return Scope.INCIDENT
        if (
            ("year" in window or "month" in window)
            and has(F.LONG_PERIOD)
            and has(F.PLURAL_EVENTS)
            # (but "incidents in seven of the past 17 years, including a stampede in 1990 that
            # killed 1,426": one dated event's)
            and not has(F.DATED_EVENT_KILLED)
        ):
            return Scope.CUMULATIVE  # "increased attacks, killing more than 800 people last year"
        if (
            (
                (
                    (("hour" in window or "new " in window or "day" in window) and has(F.DAY_FLOW))
                    # (but "hundreds more injured" beside a storm's toll: more than the dead, no day's)
                    or (F.ADDED_AFTER.match(low, f.figure.end) and f.figure.qualifier is not Qualifier.VAGUE)
                )
                and not has(F.SINCE_CLAUSE)
            )
            or (
                ("hour" in (near := low[f.figure.end : f.figure.end + 70]) or "day" in near)
                and (flow := F.DAY_FLOW.search(low, f.figure.end, f.figure.end + 70))
                and flow.start() - f.figure.end <= 30
            )
        ):
            # "two children died in the past 24 hours", "the death of 3 more people": a day's
            # flow of a running toll, whatever the epidemic or the war around it (CLAIMS.md)
            return Scope.INCIDENT
        if low.find("incidents", f.figure.end, s.end) >= 0 and F.MANY_INCIDENTS_SO_FAR.search(
            low, f.figure.end, s.end
        ):
            return Scope.CUMULATIVE  # "lost their lives in rain-related incidents across the country so far"
        if has(F.DAY_EVENT) and not has(F.SINCE_CLAUSE):
            # "100 are feared killed in Tuesday's airstrike, one of the deadliest in the war"
            return Scope.INCIDENT
        if (
            f.category in _AFTERMATH
            and self.one_disaster
            and not has(F.WAR_CONTEXT)
            and not has(F.SINCE_CLAUSE)
            and not has(F.IN_TOTAL)
        ):
            # "Tens of thousands were left homeless", "1,700 are still missing" after the quake's
            # dead: a past disaster's figures are incident (CLAIMS.md scope), after its incident
            # claims; a war's standing counts are not read here (WAR_CONTEXT)
            scope_before = (
                found[idx - 1].scope if idx > 0 else (self._last_claim.scope if self._last_claim else None)
            )
            if scope_before is Scope.INCIDENT:
                return Scope.INCIDENT
        if f.category in _STANDING and pt.STILL_PRESENT.search(pt.SPEECH_DAY.sub(" ", t[lo:hi])):
            return Scope.CUMULATIVE  # "116 are still held": a standing count
        if parent is not None and f.parent is not None:
            return parent.scope
        if f.category is Category.DISPLACED and not has(F.STRONG_INCIDENT):
            return Scope.CUMULATIVE  # people displaced stay displaced: a standing count
        if has(F.SINCE_CLAUSE) and not self._incident_apart(lo, hi, f):
            return Scope.CUMULATIVE
        if idx + 1 < len(found):
            # "have killed 4,047 people and wounded 16,638 others since Oct. 7": the clause's
            # period is both counts'
            rest = low[f.figure.end : s.end]
            cut = rest.find(", ")
            # "175 people have lost their lives, over 1,000 others were injured and 33 are missing
            # since the clashes began": the period after the last count, when no event is told
            tail = low[found[-1].figure.end : s.end]
            tail_cut = tail.find(", ")
            breakdown_only = all(x.parent == idx for x in found[idx + 1 :])
            if breakdown_only and tail_cut >= 0:
                # "At least 287 aid workers, including 205 UNRWA staff, have been killed since
                # October 2023": past the breakdown's aside, the clause goes on with the count's verb
                tail = tail[tail_cut + 2 :]
                tail_cut = tail.find(", ")
            if (
                F.SINCE_CLAUSE.search(rest[:cut] if cut >= 0 else rest)
                or (
                    F.SINCE_CLAUSE.search(tail[:tail_cut] if tail_cut >= 0 else tail)
                    and not F.INCIDENT.search(low, lo, found[idx + 1].figure.start)
                )
            ) and (
                F.PRESENT_PERFECT.search(
                    low,
                    lo,
                    # "60,034 people have been killed and another ...", but past a breakdown:
                    # "287 aid workers, including 205 staff, have been killed since ..."
                    s.end if breakdown_only else found[idx + 1].figure.start,
                )
                or F.WITH_BEFORE.search(low, max(lo, f.figure.start - 6), f.figure.start)
            ):
                return Scope.CUMULATIVE
        if has(F.ONE_DAY):
            return Scope.INCIDENT  # "the deadliest day"
        war = has(F.WAR_CONTEXT)
        if (
            (self.ongoing or self.goes_on or war or has(F.WEAK_WAR_CONTEXT))
            and F.AS_OF_DATE.search(low, s.start, s.end)
            and not has(F.STRONG_INCIDENT, F.SPEECH_DAY.sub(" ", window))
        ):
            return Scope.CUMULATIVE  # "As of 4 August, the floods have resulted in 543 deaths"
        if has(F.IN_TOTAL):
            last = self._last_claim
            one_attack = last is not None and last.scope is Scope.INCIDENT and not self.ongoing
            # "In total, nine people are dead" after the shooting's toll: the shooting's whole toll
            if war or not one_attack:
                return Scope.CUMULATIVE
        if war and has(F.TOLL_OF_ONE_EVENT) and not has(F.SINCE_CLAUSE):
            return Scope.INCIDENT  # "raised the death toll of the stampede last month to 1,470"
        if war and has(F.TOLL_WORD):
            return Scope.CUMULATIVE  # "the death toll in the war rose to 38,713"
        if has(F.REVISION) and (self.ongoing or war):
            return Scope.CUMULATIVE  # a revised running count of a war or a disaster
        perfect = has(F.PRESENT_PERFECT)
        if (
            F.ADDED_AFTER.match(low, f.figure.end)
            or F.ADDED_BEFORE.search(low, max(s.start, f.figure.start - 30), f.figure.num_start)
        ) and has(F.STRONG_INCIDENT, F.SPEECH_DAY.sub(" ", window)):
            # "At least 38 more protesters have been killed in the crackdown on Sunday": a
            # day's addition to a running toll
            return Scope.INCIDENT
        undated = F.SPEECH_DAY.sub(" ", window)
        if (
            perfect
            and ("so far" in window or "to date" in window)
            and not self.one_disaster
            and (
                not has(F.INCIDENT, undated)
                # "have been killed so far by Israeli strikes": events of a war, many of them
                or (not has(F.STRONG_INCIDENT, undated) and _only_plural_events(undated))
            )
        ):
            return Scope.CUMULATIVE  # "Boko Haram have so far killed over 30,000 people"
        if perfect and (
            war
            # "Wildfires have killed 23 people" (but "A police operation on Tuesday morning has
            # left 11 dead": one operation's day; "said four soldiers had been killed in
            # fighting": a report's past)
            or (
                has(F.WEAK_WAR_CONTEXT)
                and not has(F.STRONG_INCIDENT, undated)
                and (has(F.PRESENT_PERFECT_NOW) or f.figure.value >= RUNNING_TOTAL_FLOOR)
            )
            # "The ministry says over 7,300 people have been killed", "have since died in
            # retaliatory strikes": thousands dead, told with no one event nor day, are a tally
            or (
                f.figure.value >= RUNNING_TOTAL_FLOOR
                and f.category is Category.KILLED
                and not self.one_disaster
                and " to have " not in window  # "are thought to have been killed": an estimate of one event
                and not has(F.STRONG_INCIDENT, undated)
                and _only_plural_events(undated)
            )
            # "Israel's recent strikes on Lebanon have resulted in at least 558 fatalities": a
            # campaign's hundreds, told with its plural events and no day
            or (
                (f.figure.high or f.figure.value) >= SMALL_INCIDENT
                and not self.one_disaster
                and " to have " not in window
                and not has(F.STRONG_INCIDENT, undated)
                and not has(F.DAY_FLOW)
                and _plural_events_only(undated)
            )
        ):
            return Scope.CUMULATIVE  # "Israel's offensive has killed at least 38,098 people"
        if perfect and has(F.TOLL_WORD) and not has(F.INCIDENT, undated):
            last = self._last_claim
            if not self.ongoing and (
                (
                    last is not None
                    and last.category is f.category
                    and last.scope is Scope.INCIDENT
                    and not has(F.TOLL_OF_WHAT)
                )
                # a story of one disaster ("A fire broke out at the centre on Monday night. The
                # death toll has risen to 40"): its toll, whatever came before
                or (self.one_disaster and not self.goes_on and not has(F.WEAK_WAR_CONTEXT))
            ):
                return Scope.INCIDENT  # a strike's story: "The death toll has risen to eight" is its toll
            return Scope.CUMULATIVE  # "the death toll in Gaza has passed 40,000"
        campaign = not self.one_disaster and has(F.TOLL_WORD) and _plural_events_only(undated)
        if (
            (
                ((self.ongoing or self.goes_on) and has(F.TOLL_WORD))
                # "the number of injured rose to more than 42,000": so many, with no event, a tally
                or (
                    not self.one_disaster
                    and (f.figure.high or f.figure.value) >= RUNNING_TOTAL_FLOOR
                    and (
                        has(F.TOLL_WORD)
                        or (has(F.NUMBER_OF_HARMED) and (self.ongoing or self.goes_on or self.flooding))
                    )
                )
                # "the death toll from Israeli air strikes on Lebanon climbed to 569": a campaign's
                or campaign
            )
            and has(F.TOLL_MOVING)
            and (
                campaign or (not has(F.INCIDENT_EVENT, undated) and not self._names_event(s))
            )  # an event, whatever its day
        ):
            return Scope.CUMULATIVE  # a storm's story: "The death toll rose to 44 on Sunday"
        if has(F.STRONG_INCIDENT, undated):
            return Scope.INCIDENT
        if war and not has(F.INCIDENT):
            return Scope.CUMULATIVE
        if idx > 0 and found[idx - 1].scope is Scope.CUMULATIVE and not has(F.INCIDENT):
            return Scope.CUMULATIVE  # "670 Iraqis lost their lives the previous month, while 1,290 ..."
        if (
            idx > 0
            and found[idx - 1].scope is Scope.INCIDENT
            and not F.CLAUSE_BREAK.search(low, found[idx - 1].figure.end, f.figure.start)
        ):
            return Scope.INCIDENT  # "Ten people were killed and eight wounded": one event's two counts
        if (
            self.armed_only
            and f.category in _RUNNING
            and not perfect
            and (f.figure.high or f.figure.value) < SMALL_INCIDENT
            and not has(F.TOLL_WORD)
            and not has(F.WEAK_WAR_CONTEXT)
            and not F.SPAN_OF_DAYS.search(low, s.start, s.end)
            and F.SIMPLE_PAST_HARM.search(window)
        ):
            # "At least five Palestinians were killed near aid points" in a war's story: a few
            # dead, told in the past, are one event's, whatever war goes on around them
            return Scope.INCIDENT
        if (
            (
                self.ongoing
                or (
                    self.flooding
                    and not self._names_past_year(s)
                    # "A wall collapsed in the rain in Mumbai, killing 8": one event of the floods
                    and not self._sentence_has(s, F.ONE_OFF_DISASTER, "one-off")
                )
            )
            and f.category in _RUNNING
            and not self._tells_incident(s)
        ):
            last = self._last_claim
            if (
                idx == 0
                and not perfect
                and last is not None
                and last.scope is Scope.INCIDENT
                and (
                    last.end >= s.start - NEXT_SENTENCE
                    or self._index - self._last_claim_sentence <= STORY_SENTENCES
                )
                and not has(F.TOLL_WORD)
                # not a period's flow ("In the past 24 hours, six died"): an event's story
                and not self._sentence_has(self._sents[self._last_claim_sentence], F.PERIOD_FLOW, "period")
            ):
                # "An Israeli strike killed nine people, medics said. Ten people were killed and
                # eight wounded, he said.": the strike's story goes on, also past long sentences
                # without figures in between
                return Scope.INCIDENT
            return Scope.CUMULATIVE  # a hurricane's or a war's toll, told without one event
        return Scope.INCIDENT

    def _in_comparison(self, s: Sentence, d: DateMention, fig: Figure) -> bool:
        """Whether a date stands in a comparison's "since" that the figure is outside of: "140
        injured, the deadliest tremor since the devastating earthquake of 2015" (but "the
        deadliest crash since more than 60 died in a 2012 collision": the 60's own year)."""
        low = self._lower
        if not any(w in low[max(s.start, d.start - 100) : d.start] for w in _COMPARISON_HINTS):
            return False
        return any(
            m.start() <= d.start < m.end() and not m.start() <= fig.start < m.end()
            for m in F.COMPARISON_CLAUSE.finditer(low, s.start, s.end)
        )

    def _names_past_year(self, s: Sentence) -> bool:
        """Whether a sentence names a year before the article's: "The 2010 floods, which killed
        nearly 2,000 people" is a past disaster's toll, not the running one of today's floods."""
        this_year = self.date[:4] if self.date else "9999"
        return any(m.group() < this_year for m in pt.YEAR_DIGITS.finditer(self.text, s.start, s.end))

    def _anniversary_years(self, s: Sentence) -> int | None:
        """How many years before, in a sentence that marks an event's anniversary: "the 10th
        anniversary of", "the sixth anniversary of"."""
        if self._lower.find("anniversary", s.start, s.end) < 0:
            return None  # most sentences: no pattern tried
        m = F.NTH_ANNIVERSARY.search(self._lower, s.start, s.end)
        if m is None:
            return None
        after = find_dates(self.text, m.end(), s.end, self.date, self._lower)
        if any(d.value and len(d.value) == 10 for d in after):
            return None  # "the 24th anniversary of the day, on April 20, 1999, when ...": the event's own day
        return int(m["n"]) if m["n"] else lx.ORDINAL_WORDS.get(m["w"])

    @staticmethod
    def _years_before(day: str, years: int) -> str | None:
        try:
            d = dt.date.fromisoformat(day)
            return d.replace(year=d.year - years).isoformat()
        except ValueError:
            return None  # 29 February, in a year without one

    def _incident_apart(self, lo: int, hi: int, f: _Found) -> bool:
        """Whether the count's own clause tells its event's day, and the sentence's period
        ("since ...") is another clause's: "Fighting since 2023 has ruined the town, and the
        strike on Monday killed 14 civilians"."""
        low = self._lower
        breaks = list(F.NEW_CLAUSE.finditer(low, lo, f.figure.start))
        start = breaks[-1].end() if breaks else lo
        after = F.NEW_CLAUSE.search(low, f.figure.end, hi)
        end = after.start() if after else hi
        if start == lo and end == hi:
            return False  # one clause
        own = F.SPEECH_DAY.sub(" ", low[start:end])
        return F.STRONG_INCIDENT.search(own) is not None and F.SINCE_CLAUSE.search(own) is None

    def _as_of(
        self,
        s: Sentence,
        fig: Figure,
        scope: Scope,
        dates: list[DateMention],
        source: Attribution | None,
        until: int,
        figures: list[Figure],
    ) -> tuple[str | None, bool]:
        """The day a figure holds for, and whether its sentence tells it (or it is a running
        total's). False for an incident dated by its report or by an earlier event: a later
        sentence may tell its own day (_read_day_told). `until`: where the sentence's next
        figure starts; `figures`, the sentence's claims' figures."""
        usable = [d for d in dates if d.value]
        if any(d.start >= until for d in usable) and F.SUBORDINATE_BREAK.search(self._lower, fig.end, until):
            # "659 deaths during the past week, with a peak of 440 deaths on Thursday alone": the
            # day after the next figure's break is that figure's
            usable = [d for d in usable if d.start < until]
        if scope is Scope.INCIDENT and not usable and (heading := self._timeline_day(s)):
            return heading, True  # "May 24, 1964 / - 320 people were killed during a stampede"
        if scope is Scope.INCIDENT and (year := self._year_lead(s)):
            return year, True  # a timeline's entry: "2006: 364 pilgrims die in a crush"
        if scope is Scope.INCIDENT:
            # "The toll from Sunday's earthquake rose to 264 on Monday": the quake's day. A
            # "since" date after the next figure is that figure's: "88 died in the past 24 hours,
            # and 4,410 have been hurt since October 7"
            event = (
                [d for d in usable if d.event and not d.speech]
                or [d for d in usable if not d.speech and not d.since]
                # a period's end ("by Wednesday"), but not its start: "have died since Monday"
                # holds for the day it was told; "since the October 7 attacks" names their day
                or [
                    d
                    for d in usable
                    if not d.speech
                    and d.start < until
                    and (
                        not self._lower.startswith("since", d.start)
                        or F.EVENT_NOUN_AFTER.match(self._lower, d.end)
                    )
                    # (not a comparison's: "the deadliest tremor since the earthquake of 2015")
                    and not self._in_comparison(s, d, fig)
                ]
            )
            unknown = [d for d in dates if d.value is None and not d.speech]
            if (
                event
                and unknown
                and all(len(d.value or "") < 10 for d in event)
                and min(_distance(d, fig) for d in unknown) < min(_distance(d, fig) for d in event)
            ):
                # "killed 20 on Tuesday, the anniversary of the 2003 fall of the city", with no
                # article date: the day nearer the count is its own, unknown here; the year is
                # another event's (but "issued a report on Wednesday ... of 3,364 civilians in
                # 2019": the year is the count's)
                event = []
            counted = event and all(self._count_day(s, figures, d) for d in event)
            last = self.last_event_date if counted else None  # the days before read only then
            if last and len(last) == 10 and self._recent(last) and all(last < (d.value or "") for d in event):
                # "The death toll from the strike rose to 40 on Monday" after "an attack on
                # Saturday": the day the toll was counted, not the attack's
                return last, False
            if event:
                # An incident reported a day later keeps its own day: "the landslide on Saturday
                # night ... reached eight on Sunday" is Saturday's. Full dates before coarser ones.
                days = [d for d in event if d.value and len(d.value) == 10]
                best = min(days, key=lambda d: d.value or "") if days else event[0]
                span = False
                for a, b in pairwise(days):
                    if (b.value or "") > (a.value or "") and F.DAY_SPAN_GAP.fullmatch(
                        self._lower, a.end, b.start
                    ):
                        best = b  # "between Sunday and Wednesday", "on Tuesday and Wednesday": the span's last day
                        span = True
                # "28 bodies on June 18, 25 on June 19": a day right after the figure is its own,
                # but not after a toll's verb ("reached eight on Sunday": the day it was counted)
                lead = [
                    d
                    for d in event
                    if d.end <= fig.start
                    and (
                        F.DATED_EVENT_THEN.fullmatch(self._lower, d.end, fig.start)
                        or F.WHEN_EVENT_THEN.fullmatch(self._lower, d.end, fig.start)
                        or (
                            self._lower.endswith("when", d.start, d.end)
                            and F.WHEN_EVENT_TAIL.fullmatch(self._lower, d.end, fig.start)
                        )
                    )
                ]
                prev_end = max((g.end for g in figures if g.end <= fig.start), default=-1)
                own_clause = [
                    d
                    for d in days
                    if prev_end >= 0
                    and prev_end <= d.start < fig.start
                    and F.CLAUSE_BREAK.search(self._lower, prev_end, d.start)
                ]
                right_after = [
                    d
                    for d in days
                    if fig.end <= d.start <= fig.end + 4
                    and d.start < until
                    # (not "reached eight on Sunday": the day a toll was counted)
                    and not F.TOLL_MOVING.search(self._lower, max(s.start, fig.start - 12), fig.start)
                ]
                if right_after and not span:
                    best = right_after[0]  # "88 on July 14 when it reached 44 C, and 97 [on July 15]"
                elif lead:
                    # "a stampede in 1990 that killed 1,426 people and another in February 2004 that
                    # killed 244": the event's date, right before the clause that counts its dead
                    best = lead[-1]
                elif opening := [
                    d for d in event if F.DATE_COMMA_THEN.fullmatch(self._lower, d.end, fig.start)
                ]:
                    best = opening[-1]  # "and in 2013, 36 people were crushed": the date opening its clause
                elif own_clause and not span:
                    # "A strike late Monday killed two, while a second strike early Tuesday hit a
                    # car, killing eight": the day of the count's own clause
                    best = own_clause[-1]
                elif not span and not F.TOLL_MOVING.search(
                    self._lower, max(s.start, fig.start - 30), fig.start
                ):
                    # "840 fatalities in April, and 586 in May": a month right after it, where no
                    # day is told (not another event's: "... and another in February 2004")
                    own = [
                        d
                        for d in (days or event)
                        if fig.end <= d.start <= min(until, fig.end + 25)
                        and not F.ANOTHER_BEFORE_DATE.search(self._lower, fig.end, d.start)
                    ]
                    nxt = next((g for g in figures if g.start >= fig.end), None)
                    if not own and nxt and F.SHARED_DATE_GAP.fullmatch(self._lower, fig.end, nxt.start):
                        # "36 deaths and 238 injuries [the previous year]": a date after a pair
                        # of counts is both counts'
                        own = [
                            d
                            for d in (days or event)
                            if nxt.end <= d.start <= nxt.end + 25
                            and F.SHARED_DATE_GAP_AFTER.fullmatch(self._lower, nxt.end, d.start)
                        ]
                    best = own[0] if own else best
                if not lead and not self._sentence_has(s, F.PAST_EVENT, "past-event"):
                    # (a past event quoted for comparison, "the deadliest since 2000, when 309 died",
                    # "a stampede in 1990 that killed 1,426", is not the story's)
                    self.last_event_date = best.value
                return best.value, True
            speech = [d for d in usable if d.speech]
            # "confirmed dead by Wednesday morning" with no article date to count back from:
            # the sentence names its own day, unknown here, not the last event's
            own_day_unknown = any(d.value is None and not d.speech for d in dates)
            if own_day_unknown:
                self.last_event_date = None  # and the sentences after it tell of that day
            if (
                self.last_event_date
                and not own_day_unknown
                and (
                    self._sentence_has(s, F.ANAPHORIC_EVENT, "anaphoric")
                    or (
                        # "As of Sunday evening, 153 were dead" after Saturday night's crush: the
                        # day it was counted, not the crush's
                        (
                            not speech
                            or (
                                not self.goes_on
                                # a one-off disaster's toll told days later is the disaster's
                                and (self.one_disaster or all(self._counted_as_of(s, d) for d in speech))
                            )
                        )
                        and not self._sentence_has(s, F.OTHER_EVENT, "other")
                        and self._recent(self.last_event_date)
                        and all(self.last_event_date <= (d.value or "") for d in speech)
                    )
                    or self._day_told_before()
                    or self._dated_lead_before(s)
                )
            ):
                return self.last_event_date, False  # carried: a later sentence may tell its own
            # dated by its report only, unless its own day is named but cannot be placed
            if speech:
                return speech[0].value, own_day_unknown
            told = self._told_by_speaker_before(s, source) if not own_day_unknown else None
            if told:
                # "... the minister said in a statement on Monday. The dead included 50 children, he added"
                return told, False
            return self.date, own_day_unknown
        speech = [d for d in usable if d.speech]
        if speech:
            return speech[0].value, True
        full = [d for d in usable if d.value and len(d.value) == 10]
        for a, b in pairwise(full):
            if (b.value or "") > (a.value or "") and F.DAY_SPAN_GAP.fullmatch(self._lower, a.end, b.start):
                return b.value, True  # "Between 7 October 2023 and 4 July 2024, 38,011 were killed": its end
        if F.TOLL_MOVING.search(self._lower, s.start, s.end) and F.TOLL_WORD.search(
            self._lower, s.start, s.end
        ):
            # "The death toll rose to 44 on Sunday": the day the running toll was that, told
            # right after it
            days = [
                d
                for d in usable
                if not d.since and d.value and len(d.value) == 10 and fig.end <= d.start <= fig.end + 30
            ]
            if days:
                return days[0].value, True
        period = [
            d
            for d in usable
            if not d.since
            and d.value
            and len(d.value) < 10
            and d.start < fig.end + 60
            # "300 so far this year, against 250 last year": last year is the other count's
            and not F.COMPARED.search(self._lower, fig.end, max(fig.end, d.start))
            # "70,000 displaced since the outbreak in February 2024, bringing the total to 1
            # million": the month is the clause's before the total
            and not (d.end <= fig.start and F.TOTAL_LEAD.search(self._lower, d.end, fig.start))
        ]
        if period:
            # "In the 2014 war, 2,251 were killed": that year; "3,120 deaths in March 2022, [716]
            # in April": a month right after the figure is its own
            own = [d for d in period if fig.end <= d.start <= fig.end + 25] or [
                # "45 people were killed by gunfire the previous year": the clause's own, further on
                d
                for d in period
                if fig.end <= d.start <= fig.end + 60 and "," not in self._lower[fig.end : d.start]
            ]
            return (own or period)[0].value, True
        return self.date, True

    def _told_by_speaker_before(self, s: Sentence, source: Attribution | None) -> str | None:
        """The day a speaker named in an earlier sentence spoke, when this sentence goes on with
        what they said ("he added"): "X said in a statement on Monday. ..., he added"."""
        if source is None or not source.pronoun or source.start >= s.start:
            return None
        i = self._index - 1
        while i >= 0 and self._sents[i].start > source.start:
            i -= 1
        if i < 0 or self._index - i > 2:
            return None
        h = self._sents[i]
        dates = find_dates(self.text, h.start, h.end, self.date, self._lower)
        for d, after in pairwise([*dates, None]):
            if d is not None and d.speech and d.value:
                if after and after.value and len(after.value) == 10 and after.start - d.end <= 3:
                    return after.value  # "said on Sunday (Sep 30)": the day in brackets
                return d.value
        return None

    def _year_lead(self, s: Sentence) -> str | None:
        """The year a timeline's entry opens on: "2006: 364 pilgrims die", "1998 Two car bombs"."""
        head = self.text[s.start : s.start + 40]
        if "19" not in head and "20" not in head:
            return None  # most sentences
        m = pt.YEAR_LEAD.match(self.text, s.start, s.end)
        return m["year"] if m else None

    def _timeline_day(self, s: Sentence) -> str | None:
        """The day of a timeline's heading right above the sentence: a line of its own that is a
        full date and at most a few words more ("May 24, 1964", "December 19, 2016: Berlin truck
        attack")."""
        i = self._index
        if i == 0:
            return None
        h = self._sents[i - 1]
        own_line = h.paragraph != s.paragraph or "\n" in self.text[h.end : s.start]
        return self._opening_day(h) if own_line and h.end - h.start <= 60 else None

    def _opening_day(self, s: Sentence) -> str | None:
        """The full date a sentence opens on: "On March 22, 2017, a man drove ...", "May 24, 1964"."""
        if not F.DATED_LEAD.match(self._lower, s.start, s.end):
            return None
        lead = find_dates(self.text, s.start, min(s.end, s.start + 40), self.date, self._lower)
        return lead[0].value if lead and lead[0].value and len(lead[0].value) == 10 else None

    def _count_day(self, s: Sentence, figures: list[Figure], d: DateMention) -> bool:
        """Whether a day is the one a toll was counted on, not its event's: "rose to 40 [on
        Monday] with dozens more missing", "[by Wednesday] that figure had risen to 15"."""
        low = self._lower
        if d.event:
            return False
        if d.since and low.startswith("by ", d.start):
            return bool(F.TOLL_MOVING.search(low, d.end, s.end))
        return any(
            g.end <= d.start <= g.end + 30 and F.TOLL_MOVING.search(low, max(s.start, g.start - 30), g.start)
            for g in figures
        )

    def _counted_as_of(self, s: Sentence, d: DateMention) -> bool:
        """Whether a day is told as the one a count holds for: "[as of] Sunday evening"."""
        return F.AS_OF_BEFORE.search(self._lower, max(s.start, d.start - 8), d.start) is not None

    def _dated_lead_before(self, s: Sentence) -> bool:
        """ "On June 18, 1972, an airliner crashed after take-off. All 118 on board were killed":
        the sentence before, of the same paragraph, opens on the day of the event told last."""
        i = self._index
        if i == 0:
            return False
        h = self._sents[i - 1]
        day = self.last_event_date
        return day is not None and h.paragraph == s.paragraph and self._opening_day(h) == day

    def _day_told_before(self) -> bool:
        """ "The attack took place on Monday. Militants killed five soldiers, the minister said
        on Tuesday": the day told just before, still the last event's, dates the figures."""
        told = self._day_told
        return told is not None and self._index - told[1] <= 2 and told[0] == self.last_event_date

    def _recent(self, day: str) -> bool:
        """Whether a day is within a few days of the article's: a story's own event, not its background."""
        ref, other = parse_iso(self.date), parse_iso(day)
        if ref is None or other is None:
            return True
        return abs((ref - other).days) <= RECENT_DAYS

    def _title_case(self, s: Sentence) -> bool:
        """A headline written in title case: most of its words capitalised."""
        words = [w for w in self.text[s.start : s.end].split() if w[:1].isalpha()]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def _location(
        self, s: Sentence, f: _Found, found: list[_Found], source: Attribution | None = None
    ) -> str | None:
        t = self.text
        idx = f.index
        lo = found[idx - 1].head_end if idx > 0 else s.start
        hi = found[idx + 1].figure.start if idx + 1 < len(found) else s.end
        # its own words after and before it, then the rest of the sentence up to the source
        # ("124 were killed and 200 injured in the town of Sel", not "the ministry in Gaza said")
        rest_end = s.end
        if (
            idx + 1 < len(found)
            and found[idx + 1].parent is not None
            and not F.INCLUDING.search(self._lower, lo, hi)
        ):
            # "251 hostages, 116 of whom are still in Gaza": the breakdown's place; but "11 people,
            # including three guards, were killed in Marl" are all in Marl
            rest_end = hi
        elif (
            idx + 1 < len(found)
            and found[idx + 1].category is f.category
            and pt.PLACE_ITEM_END.match(t, found[idx + 1].figure.end)
        ):
            # "44 deaths in the state; 30 in Lee, 3 in Collier": the places of a list after the
            # count are its items' (but "124 were killed and 200 injured in Sel" are all in Sel)
            rest_end = hi
        title_case = None  # read once, when a place is first found
        paren = pt.PAREN_PLACE.search(t, max(lo, f.figure.start - 40), f.figure.start)
        if (
            paren
            and paren["name"].split()[0] not in pt.NOT_PLACE
            and normalize(paren["name"]) not in self.table.aliases
        ):
            return paren["name"]  # "Nyamal (6 fatalities), Dorv (3)"
        for start, end in ((f.figure.end, hi), (lo, f.figure.start), (hi, rest_end)):
            if source and start <= source.start < end:
                if end == f.figure.start and source.end <= end:
                    start = source.end  # "A Varnian official says ... in eastern Kestor, killing 3"
                else:
                    end = source.start
            for m in pt.LOCATION.finditer(t, start, end):
                if title_case is None:
                    title_case = self._title_case(s)
                words = _cut_place(m["loc"].split(), title_case)
                while words and _unpossessive(words[-1]) in pt.NOT_PLACE:
                    words.pop()  # "in Saturday's quake"
                if words:
                    words[-1] = _unpossessive(words[-1])  # "in Ukraine's central region": Ukraine
                if len(words) == 1 and _demonym(words[0]) and (title_case or _lower_next(t, m.end())):
                    continue  # "at a Pakistani market", "on Ukrainian city": who, not where
                if words and words[0] not in pt.NOT_PLACE and words[-1] not in pt.NOT_PLACE:
                    place = " ".join(words)
                    if normalize(place) in self.table.aliases:
                        continue  # "killed in NATO air strike": a body the table knows, no place
                    return place
        # "Indonesia, the worst-hit country, has recorded 442 deaths": a country as the subject
        opening = pt.OPENING_NAME.match(t, s.start, s.end)
        if (
            opening
            and opening["name"].lower() in pt.PLACE_NAMES
            # "Israel says that 133 hostages are still in captivity": the country speaks
            and not (source and source.start <= opening.start("name") < source.end)
        ):
            return opening["name"]
        return None


_PLACE_ENDING_EVENTS = set(lx.PLACE_ENDING_EVENTS)
_PLACE_ENDING_TITLE = _PLACE_ENDING_EVENTS | set(lx.PLACE_ENDING_TITLE_WORDS)


CUT_OFF_WORDS = 6  # a last sentence this long that stops without a stop was cut


def _cut_off(text: str, before: Sentence, last: Sentence) -> bool:
    """Whether the text stops inside its last sentence: an excerpt cut off mid-word or mid-clause
    ("... after a deadly crackdown by secur"), after a sentence that ends with a stop; not a
    short line without one (a caption, a credit), a headline (the first paragraph) or the last
    of lines that all go without (bullets)."""
    if last.paragraph == 0 or text[last.end :].strip() or text[before.end - 1] not in '.!?"”’)':
        return False
    if pt.SIGNOFF.search(text, last.start, last.end):
        return False  # "... the ministry said. — dpa"
    words = text[last.start : last.end].split()
    word = words[-1]  # a word cut short, or one a clause goes on from: not "... said. — Reuters"
    if not (word[-1].isalnum() or word[-1] in ",-"):
        return False  # it ends with a stop
    if pt.COMPLETE_END.search(text, last.start, last.end):
        return False  # "... since October 7", "... in 2023", "... headtopics.com": a whole phrase
    return len(words) >= CUT_OFF_WORDS and (word[0].islower() or word[0].isdigit() or word[-1] in ",-")


def _unwrapped(folded: str, sentences: list[Sentence]) -> str:
    """The folded text with the line ends inside sentences made spaces (text wrapped at a fixed
    width): the patterns then read "killed at / least 15" as "killed at least 15"."""
    parts = []
    done = 0
    for s in sentences:
        if folded.find("\n", s.start, s.end) >= 0:
            parts += [folded[done : s.start], folded[s.start : s.end].replace("\n", " ")]
            done = s.end
    return "".join(parts) + folded[done:] if parts else folded


def _trigger(m: regex.Match[str]) -> str:
    """What a POST_TRIGGER match tells: "cancel", or the category of its harm word."""
    return "cancel" if m["cancel"] else next(k for k, v in m.groupdict().items() if v and k != "cancel")


def _tag_line(text: str, pos: int, header_end: int) -> bool:
    """Whether `pos` stands in a page's topic tag, a short line of its own above the story
    ("Israel-Hamas war", "Russia-Ukraine war"): the section, not this story's subject. A
    " date 2023-10-11" header before it on the line (ending at `header_end`) is no part of it."""
    start = max(text.rfind("\n", 0, pos) + 1, header_end if header_end <= pos else 0)
    end = text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].strip()
    return len(line) <= 40 and len(line.split()) <= 4 and not any(c.isdigit() for c in line)


def _words_of(text: str) -> str:
    """A noun's words as the claims give them: lower case, single spaces ("Aid  Workers" -> "aid workers")."""
    return " ".join(text.lower().split())


def _next_figure_start(tokens: list[regex.Match[str]], i: int, end: int) -> int:
    """Where the first number from token `i` on starts (a digit or a spelled unit or ten), else `end`."""
    for tok in tokens[i:]:
        word = tok.group()
        if word[:1].isdigit() or word.lower() in lx.UNITS or word.lower() in lx.TENS:
            return tok.start()
    return end


def _bracket_has_words(text: str, pos: int) -> bool:
    """Whether a bracket opens shortly before `pos` and words stand in it up to there: "(one
    woman and five men)", not a bare "(13)"."""
    opening = text.rfind("(", max(0, pos - 80), pos)
    return opening >= 0 and any(c.isalpha() for c in text[opening + 1 : pos])


def _past(tokens: list[regex.Match[str]], i: int, end: int) -> int:
    """The index of the first token from `i` on that starts at or after `end`."""
    while i < len(tokens) and tokens[i].start() < end:
        i += 1
    return i


def _verb_category(verb: str) -> str:
    """The category of a harm verb that takes a list of objects: "killed", "the death of"."""
    verb = verb.lower()
    if verb.startswith(("kill", "the", "death")):
        return "killed"
    if verb.startswith(("wound", "injur")):
        return "injured"
    return "hostages" if verb in ("kidnapped", "abducted") else "detained"


def _demonym_plural(word: str) -> str:
    """ "american" -> "americans", "chinese" stays: the victims noun of "one American"."""
    return word if word.endswith("ese") else word + "s"


_HARMED = ("killed", "injured", "missing")
_CAPTURED_ARE_DETAINED = frozenset(lx.CAPTURED_ARE_DETAINED)
_SOURCE_HEADS = frozenset(lx.SOURCE_HEADS)
_NEWSPAPER_TITLE_WORDS = frozenset(lx.NEWSPAPER_TITLE_WORDS)
_LOST_PEOPLE = frozenset(lx.LOST_PEOPLE_NOUNS)
_QUOTE_MARKS = frozenset("'\"‘’“”")
_KICKER_WORDS = frozenset(lx.KICKER_WORDS)
_PLAUSIBLE_SOURCE_ENDS = frozenset(lx.PLAUSIBLE_SOURCE_ENDS)
_HYPHEN_PREFIXES = frozenset(lx.HYPHEN_PREFIXES)


def _distance(d: DateMention, fig: Figure) -> int:
    """How far a date mention stands from a figure, in characters."""
    return d.start - fig.end if d.start >= fig.end else fig.start - d.end


def _demonym(word: str) -> bool:
    """Whether a capitalised word is a people's adjective ("Ukrainian", "Lebanese", "Pakistani")
    rather than a place: by its ending, or a place of the lexicon with its people's ending."""
    low = word.lower()
    if low in pt.PLACE_NAMES:
        return False
    return low.endswith(("ian", "ese", "ish")) or pt.people_of_place(low)


def _lower_next(text: str, end: int) -> bool:
    """Whether the word after `end` is in lower case ("Pakistani [market]")."""
    rest = text[end : end + 30].lstrip()
    return bool(rest) and rest[0].islower()


def _cut_place(words: list[str], title_case: bool) -> list[str]:
    """A place's words up to the first that names the event ("Central China Crash"), or in a
    title-case headline its vehicle or road ("Manila Highway Onto Van")."""
    ending = _PLACE_ENDING_TITLE if title_case else _PLACE_ENDING_EVENTS
    for n, w in enumerate(words):
        if any(part in ending for part in w.lower().split("-")):
            return words[:n]
    return words


def _unpossessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _labels_story(phrase: str, places: bool) -> bool:
    """Whether a headline's "X:" (or "- X") labels the story rather than naming who speaks:
    a kind of piece ("Live", "Analysis"), a topic ("Israel-Gaza war"), or, before the colon,
    a place ("Gaza: 30 killed in strike")."""
    low = " ".join(phrase.lower().replace("’", "'").split())
    if low in pt.HEADLINE_LABELS or (places and low in pt.PLACE_NAMES):
        return True
    if low.startswith(tuple(lx.HEADLINE_LINK_LEADS)):
        return True  # "More from the Courier: Five killed in ...": a link to another story
    if any(w in pt.HEADLINE_LABELS for w in pt.LABEL_WORDS.split(low)):
        return True
    names = [n for n in pt.LABEL_NAMES.split(low) if n]  # "Israel-Gaza", "Sudan and Chad"
    return places and bool(names) and all(n in pt.PLACE_NAMES for n in names)


def reextract_claims(text: str, date: str | None, sources: SourceTable | None = None) -> list[Claim]:
    """The claims of a stored article under the current extractor."""
    return extract(text, date, sources)


__all__ = ["extract", "replace"]

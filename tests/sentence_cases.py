"""The sentence table (issue 3): short texts written for these tests, with the claims CLAIMS.md says they hold.

Pure data. Each `Case` holds a text, the article date it is read with, and the claims expected in
it, in order of appearance. A claim lists only the fields the case is about; `span`, `figure` and
`category` are always given. `claims=[]` is a must-not-match row. A known gap is marked with
`xfail="why"` (strict), never deleted.

Every sentence here is invented: places, people and tolls are made up or used generically.
The default article date, 2024-07-16, is a Tuesday: "on Saturday" is 2024-07-13, "on Sunday"
2024-07-14, "on Monday" and "yesterday" 2024-07-15.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ARTICLE_DATE = "2024-07-16"


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    date: str | None = ARTICLE_DATE
    xfail: str | None = None


def claim(span: str, figure: int, category: str, **fields: Any) -> dict[str, Any]:
    """One expected claim: the three fields every row checks, plus any the case is about."""
    return {"span": span, "figure": figure, "category": category, **fields}


CASES: list[Case] = [
    # --- numbers: digits and thousands separators ---------------------------------------
    Case(
        "digits-comma-separator",
        "Israeli strikes across Gaza have killed 38,584 people since the war began.",
        [claim("38,584", 38584, "killed", qualifier="exact", victims="people")],
    ),
    Case(
        "digits-dot-separator",
        "Officials in the enclave said 38.584 people had been killed in the fighting.",
        [claim("38.584", 38584, "killed", qualifier="exact")],
    ),
    Case(
        "digits-space-separator",
        "The war has killed 38 584 Palestinians, the ministry said.",
        [claim("38 584", 38584, "killed", victims="palestinians")],
    ),
    Case(
        "digits-nbsp-separator",
        "Medical teams have counted 12\u00a0450 deaths across the province since March.",
        [claim("12\u00a0450", 12450, "killed", victims="people")],
    ),
    Case(
        "digits-thin-space-separator",
        "Some 4\u202f300 people were forced from their homes by the fighting in Tarvel.",
        [claim("Some 4\u202f300", 4300, "displaced", qualifier="about")],
    ),
    Case(
        "digits-small",
        "A drone strike killed 7 people in a car near the coastal road.",
        [claim("7", 7, "killed", qualifier="exact", victims="people")],
    ),
    Case(
        "digits-no-separator",
        "More than 10000 people have been arrested since the protests began in January.",
        [claim("More than 10000", 10000, "detained", qualifier="more_than")],
    ),
    Case(
        "digits-comma-millions",
        "The conflict has displaced 1,700,000 people in the eastern provinces.",
        [claim("1,700,000", 1700000, "displaced", qualifier="exact")],
    ),
    Case(
        "digits-dot-millions",
        "Aid groups say 1.700.000 people have fled the region since the offensive started.",
        [claim("1.700.000", 1700000, "displaced")],
    ),
    Case(
        "digits-comma-four-digit",
        "The earthquake killed 2,315 people in the mountain villages east of Darvan.",
        [claim("2,315", 2315, "killed", victims="people")],
    ),
    Case(
        "digits-comma-with-qualifier",
        "At least 1,024 people were wounded in the shelling of the port city.",
        [claim("At least 1,024", 1024, "injured", qualifier="at_least")],
    ),
    Case(
        "digits-sentence-final",
        "The number of migrants missing after the boat sank off the cape rose to 61.",
        [claim("61", 61, "missing", victims="migrants")],
    ),
    # --- numbers: decimals with a scale word ---------------------------------------------
    Case(
        "scale-million",
        "Floods have displaced 1.2 million people across the delta this month.",
        [claim("1.2 million", 1200000, "displaced", qualifier="exact", victims="people")],
    ),
    Case(
        "scale-m-suffix",
        "The fighting has forced 2.5m people from their homes, aid agencies say.",
        [claim("2.5m", 2500000, "displaced", qualifier="exact")],
    ),
    Case(
        "scale-million-palestinians",
        "About 1.9 million Palestinians have been displaced inside the strip.",
        [claim("About 1.9 million", 1900000, "displaced", qualifier="about", victims="palestinians")],
    ),
    Case(
        "scale-more-than-million",
        "More than 1.5 million Syrians have fled across the border since the uprising.",
        [claim("More than 1.5 million", 1500000, "displaced", qualifier="more_than", victims="syrians")],
    ),
    Case(
        "scale-word-million",
        "Two million people have been displaced by the war, officials said.",
        [claim("Two million", 2000000, "displaced", qualifier="exact")],
    ),
    Case(
        "scale-half-million",
        "Half a million people have fled the city since the siege began.",
        [claim("Half a million", 500000, "displaced", qualifier="exact")],
    ),
    Case(
        "scale-million-decimal-two-places",
        "Aid agencies say 7.26 million people are displaced inside the country.",
        [claim("7.26 million", 7260000, "displaced")],
    ),
    Case(
        "scale-thousand-word",
        "Some 3 thousand residents fled the town overnight as the rebels advanced.",
        [claim("Some 3 thousand", 3000, "displaced", qualifier="about", victims="residents")],
    ),
    # --- numbers: words --------------------------------------------------------------------
    Case(
        "words-three",
        "Three soldiers were killed in the ambush near the border post.",
        [claim("Three", 3, "killed", qualifier="exact", victims="soldiers")],
    ),
    Case(
        "words-twenty-four-hyphen",
        "The blast killed twenty-four workers at the fertiliser plant.",
        [claim("twenty-four", 24, "killed", victims="workers")],
    ),
    Case(
        "words-twenty-four-space",
        "The bus plunged into a ravine, killing twenty four pilgrims.",
        [claim("twenty four", 24, "killed", victims="pilgrims")],
    ),
    Case(
        "words-eleven",
        "Eleven people died when the footbridge collapsed during the festival.",
        [claim("Eleven", 11, "killed")],
    ),
    Case(
        "words-a-dozen",
        "A dozen people were wounded when a shell hit the vegetable market.",
        [claim("A dozen", 12, "injured", qualifier="exact")],
    ),
    Case(
        "words-a-dozen-mid",
        "Gunmen stormed the village and killed a dozen farmers.",
        [claim("a dozen", 12, "killed", qualifier="exact", victims="farmers")],
    ),
    Case(
        "words-two-dozen",
        "Gunmen abducted two dozen passengers from a bus on the northern highway.",
        [claim("two dozen", 24, "hostages", qualifier="exact", victims="passengers")],
    ),
    Case(
        "words-half-a-dozen",
        "Half a dozen journalists were detained outside the courthouse.",
        [claim("Half a dozen", 6, "detained", qualifier="exact", victims="journalists")],
    ),
    Case(
        "words-one-hundred",
        "One hundred people were arrested after the rally turned violent.",
        [claim("One hundred", 100, "detained")],
    ),
    Case(
        "words-nearly-a-hundred",
        "Nearly a hundred people were injured in the stampede at the stadium gate.",
        [claim("Nearly a hundred", 100, "injured", qualifier="nearly")],
    ),
    Case(
        "words-hundred-and",
        "Two hundred and fifty people were detained at the border crossing.",
        [claim("Two hundred and fifty", 250, "detained")],
    ),
    Case(
        "words-ninety-one",
        "Ninety-one migrants are missing after their boat capsized off the coast.",
        [claim("Ninety-one", 91, "missing", victims="migrants")],
    ),
    Case(
        "words-three-thousand",
        "Three thousand people fled the town overnight as the river burst its banks.",
        [claim("Three thousand", 3000, "displaced")],
    ),
    Case(
        "words-lowercase-pair",
        "The attack killed seven people and wounded nine others.",
        [
            claim("seven", 7, "killed", victims="people"),
            claim("nine", 9, "injured"),
        ],
    ),
    Case(
        "words-one-person",
        "One person was killed and four were injured when the rocket hit a house.",
        [claim("One", 1, "killed"), claim("four", 4, "injured")],
    ),
    Case(
        "words-thirty-two",
        "Thirty-two miners remain trapped and are feared missing after the tunnel flooded.",
        [claim("Thirty-two", 32, "missing", victims="miners")],
    ),
    Case(
        "words-fifteen-among-dead",
        "Fifteen children were among the dead, hospital staff said.",
        [claim("Fifteen", 15, "killed", victims="children")],
    ),
    Case(
        "words-forty-with-qualifier",
        "At least forty people drowned when the ferry sank in the storm.",
        [claim("At least forty", 40, "killed", qualifier="at_least")],
    ),
    Case(
        "words-two",
        "Two Palestinians were shot dead during a raid on the camp.",
        [claim("Two", 2, "killed", victims="palestinians")],
    ),
    Case(
        "words-twelve-hostages",
        "Militants seized twelve aid workers at a checkpoint outside the town.",
        [claim("twelve", 12, "hostages", victims="aid workers")],
    ),
    Case(
        "words-sixty-five-thousand",
        "Sixty-five thousand people have been displaced by the clashes, the governor said.",
        [claim("Sixty-five thousand", 65000, "displaced")],
    ),
    # --- numbers: vague quantities ---------------------------------------------------------
    Case(
        "vague-dozens-start",
        "Dozens of people were killed in overnight strikes on the city.",
        [claim("Dozens", 24, "killed", qualifier="vague")],
    ),
    Case(
        "vague-dozens-left-wounded",
        "The raid on the market left dozens wounded.",
        [claim("dozens", 24, "injured", qualifier="vague")],
    ),
    Case(
        "vague-several-dozen",
        "Several dozen protesters were hurt when police charged the crowd.",
        [claim("Several dozen", 24, "injured", qualifier="vague", victims="protesters")],
    ),
    Case(
        "vague-scores",
        "Scores of people were wounded in the clashes along the river.",
        [claim("Scores", 40, "injured", qualifier="vague")],
    ),
    Case(
        "vague-scores-dead",
        "The collapse of the dam left scores dead in the valley below.",
        [claim("scores", 40, "killed", qualifier="vague")],
    ),
    Case(
        "vague-hundreds-arrested",
        "Hundreds of people have been arrested since the protests began.",
        [claim("Hundreds", 200, "detained", qualifier="vague")],
    ),
    Case(
        "vague-hundreds-of-civilians",
        "The siege has killed hundreds of civilians, residents say.",
        [claim("hundreds", 200, "killed", qualifier="vague", victims="civilians")],
    ),
    Case(
        "vague-thousands-fled",
        "Thousands of residents fled the fighting on foot.",
        [claim("Thousands", 2000, "displaced", qualifier="vague", victims="residents")],
    ),
    Case(
        "vague-thousands-killed",
        "Thousands have been killed in the region since the rebellion began.",
        [claim("Thousands", 2000, "killed", qualifier="vague")],
    ),
    Case(
        "vague-tens-of-thousands",
        "Tens of thousands of people have been displaced by the floods.",
        [claim("Tens of thousands", 20000, "displaced", qualifier="vague")],
    ),
    Case(
        "vague-hundreds-of-thousands",
        "The fighting has forced hundreds of thousands of people from their homes.",
        [claim("hundreds of thousands", 200000, "displaced", qualifier="vague")],
    ),
    Case(
        "vague-millions",
        "Millions of Sudanese have been displaced since the war began.",
        [claim("Millions", 2000000, "displaced", qualifier="vague", victims="sudanese")],
    ),
    Case(
        "vague-dozens-detained",
        "Security forces detained dozens of students at the university gates.",
        [claim("dozens", 24, "detained", qualifier="vague", victims="students")],
    ),
    Case(
        "vague-hundreds-of-palestinians",
        "Israeli forces have detained hundreds of Palestinians in the West Bank since October.",
        [claim("hundreds", 200, "detained", qualifier="vague", victims="palestinians")],
    ),
    Case(
        "vague-dozens-more",
        "Four people were killed. Dozens more were wounded, medics said.",
        [claim("Four", 4, "killed"), claim("Dozens", 24, "injured", qualifier="vague")],
    ),
    Case(
        "vague-thousands-missing",
        "Thousands are still missing under the rubble, rescuers fear.",
        [claim("Thousands", 2000, "missing", qualifier="vague")],
    ),
    # --- numbers: Eastern Arabic and other Unicode digits ------------------------------------
    Case(
        "unicode-eastern-arabic",
        "The ministry said ٣٨٥٨٤ people had been killed since the start of the war.",
        [claim("٣٨٥٨٤", 38584, "killed")],
    ),
    Case(
        "unicode-eastern-arabic-separator",
        "A total of ٣٨٬٥٨٤ people have been killed, the ministry said.",
        [claim("٣٨٬٥٨٤", 38584, "killed")],
    ),
    Case(
        "unicode-eastern-arabic-qualifier",
        "At least ٢٤ people were killed in the strike on the school.",
        [claim("At least ٢٤", 24, "killed", qualifier="at_least")],
    ),
    Case(
        "unicode-persian",
        "Officials said ۱۲ people were killed in the blast at the bazaar.",
        [claim("۱۲", 12, "killed")],
    ),
    Case(
        "unicode-devanagari",
        "The landslide killed १२ people in the hill district.",
        [claim("१२", 12, "killed")],
    ),
    Case(
        "unicode-bengali",
        "Police said ১৫ people were injured when the rally turned violent.",
        [claim("১৫", 15, "injured")],
    ),
    Case(
        "unicode-fullwidth",
        "２４ people were killed when the bridge gave way.",
        [claim("２４", 24, "killed")],
    ),
    Case(
        "unicode-eastern-arabic-wounded",
        "The shelling wounded ١٠٥ civilians, according to the Palestinian Red Crescent.",
        [claim("١٠٥", 105, "injured", victims="civilians", source="Palestinian Red Crescent")],
    ),
    # --- numbers: ranges --------------------------------------------------------------------
    Case(
        "range-between-and",
        "Between 20 and 30 people were killed in the strike, witnesses said.",
        [claim("Between 20 and 30", 20, "killed", figure_high=30, qualifier="range")],
    ),
    Case(
        "range-hyphen",
        "The shelling killed 20-30 civilians in the old quarter.",
        [claim("20-30", 20, "killed", figure_high=30, qualifier="range", victims="civilians")],
    ),
    Case(
        "range-en-dash",
        "Rescuers said 40–50 people were missing after the mudslide.",
        [claim("40–50", 40, "missing", figure_high=50, qualifier="range")],
    ),
    Case(
        "range-to",
        "Witnesses said 20 to 30 people were wounded when troops opened fire.",
        [claim("20 to 30", 20, "injured", figure_high=30, qualifier="range")],
    ),
    Case(
        "range-between-thousands",
        "Between 1,000 and 1,500 people have been detained since the crackdown began.",
        [claim("Between 1,000 and 1,500", 1000, "detained", figure_high=1500, qualifier="range")],
    ),
    Case(
        "range-words",
        "Twenty to thirty people drowned when the overloaded boat capsized.",
        [claim("Twenty to thirty", 20, "killed", figure_high=30, qualifier="range")],
    ),
    Case(
        "range-killing",
        "A car bomb exploded outside the mosque, killing between 15 and 18 worshippers.",
        [claim("between 15 and 18", 15, "killed", figure_high=18, qualifier="range", victims="worshippers")],
    ),
    Case(
        "range-million",
        "Between 2 and 3 million people have fled their homes, aid groups estimate.",
        [claim("Between 2 and 3 million", 2000000, "displaced", figure_high=3000000, qualifier="range")],
    ),
    Case(
        "range-abducted",
        "Gunmen abducted 50 to 60 villagers during the night raid.",
        [claim("50 to 60", 50, "hostages", figure_high=60, qualifier="range", victims="villagers")],
    ),
    Case(
        "range-not-exact",
        "The blast killed 8-10 people and wounded 30, police said.",
        [
            claim("8-10", 8, "killed", figure_high=10, qualifier="range"),
            claim("30", 30, "injured", qualifier="exact", figure_high=None),
        ],
    ),
    # --- numbers: ordinals, ages and other traps -------------------------------------------
    Case("trap-12-year-old", "The 12-year-old was killed in the strike on the family home.", []),
    Case("trap-35-year-old-man", "A 35-year-old man was killed when a rocket hit his car.", []),
    Case("trap-aged-45", "The victim, aged 45, died in hospital on Monday.", []),
    Case("trap-two-year-old-words", "A two-year-old girl was among those killed in the raid.", []),
    Case(
        "trap-third-strike",
        "The third strike on the camp this week killed 9 people.",
        [claim("9", 9, "killed")],
    ),
    Case(
        "trap-age-inside-claim",
        "Five people, including a 3-year-old girl, were killed in the shelling.",
        [claim("Five", 5, "killed")],
    ),
    Case(
        "trap-age-range",
        "Police said the 12 men detained overnight were aged 18 to 25.",
        [claim("12", 12, "detained", victims="men")],
    ),
    Case(
        "trap-magnitude",
        "The 7.8-magnitude earthquake killed more than 50,000 people.",
        [claim("more than 50,000", 50000, "killed", qualifier="more_than")],
    ),
    Case(
        "trap-24-hour-truce",
        "The 24-hour truce collapsed after 3 people were shot dead at a checkpoint.",
        [claim("3", 3, "killed")],
    ),
    Case(
        "trap-highway-number",
        "A bus on Highway 1 overturned near the pass, killing 14 passengers.",
        [claim("14", 14, "killed", victims="passengers")],
    ),
    Case(
        "trap-flight-number",
        "Flight 302 crashed shortly after take-off, killing all 157 people on board.",
        [claim("157", 157, "killed")],
    ),
    Case(
        "trap-storeys",
        "A 16-storey building collapsed in the capital, killing 8 people.",
        [claim("8", 8, "killed")],
    ),
    Case(
        "trap-clock-time",
        "At 4:30 a.m., a missile hit the apartment block, killing 6 people.",
        [claim("6", 6, "killed")],
    ),
    Case(
        "trap-first-day",
        "On the first day of the offensive, 40 people were killed in the northern suburbs.",
        [claim("40", 40, "killed")],
    ),
    Case(
        "trap-ages-of-victims",
        "Two brothers, aged 9 and 11, were wounded when the shell landed.",
        [claim("Two", 2, "injured", victims="brothers")],
    ),
    Case(
        "trap-brigade-ordinal",
        "Soldiers from the 4th Brigade arrested 17 suspects in the raid.",
        [claim("17", 17, "detained", victims="suspects")],
    ),
    Case(
        "trap-year-before-toll",
        "Survivors of the 1994 massacre say 800 people were killed in the church alone.",
        [claim("800", 800, "killed")],
    ),
    Case(
        "trap-percentage-after-toll",
        "The strikes killed 62 people; 70% of them were women and children, the agency said.",
        [claim("62", 62, "killed")],
    ),
    # --- qualifiers -------------------------------------------------------------------------
    Case(
        "qual-at-least-start",
        "At least 24 people were killed in the strike on the camp.",
        [claim("At least 24", 24, "killed", qualifier="at_least")],
    ),
    Case(
        "qual-at-least-mid",
        "The missile attack killed at least 12 people in the city centre.",
        [claim("at least 12", 12, "killed", qualifier="at_least")],
    ),
    Case(
        "qual-no-fewer-than",
        "No fewer than 31 miners died when the shaft flooded.",
        [claim("No fewer than 31", 31, "killed", qualifier="at_least", victims="miners")],
    ),
    Case(
        "qual-no-less-than",
        "The bombing wounded no less than 60 people, doctors said.",
        [claim("no less than 60", 60, "injured", qualifier="at_least")],
    ),
    Case(
        "qual-more-than",
        "More than 300 people were injured in the explosion at the port.",
        [claim("More than 300", 300, "injured", qualifier="more_than")],
    ),
    Case(
        "qual-over",
        "Over 40 people were killed in a week of fighting around the airport.",
        [claim("Over 40", 40, "killed", qualifier="more_than")],
    ),
    Case(
        "qual-over-mid",
        "The storm killed over 90 people along the coast.",
        [claim("over 90", 90, "killed", qualifier="more_than")],
    ),
    Case(
        "qual-upwards-of",
        "Upwards of 200 people were wounded in the unrest.",
        [claim("Upwards of 200", 200, "injured", qualifier="more_than")],
    ),
    Case(
        "qual-exceeds",
        "The death toll from the war now exceeds 500, officials said.",
        [claim("exceeds 500", 500, "killed", qualifier="more_than")],
    ),
    Case(
        "qual-surpassed",
        "The death toll in the war has surpassed 40,000, the Gaza health ministry said.",
        [claim("surpassed 40,000", 40000, "killed", qualifier="more_than", source="Gaza health ministry")],
    ),
    Case(
        "qual-about",
        "About 40 people were killed when the ferry sank.",
        [claim("About 40", 40, "killed", qualifier="about")],
    ),
    Case(
        "qual-around",
        "Around 150 people were arrested during the night of rioting.",
        [claim("Around 150", 150, "detained", qualifier="about")],
    ),
    Case(
        "qual-some",
        "Some 60 people were wounded in the two explosions.",
        [claim("Some 60", 60, "injured", qualifier="about")],
    ),
    Case(
        "qual-roughly",
        "Roughly 5,000 people fled across the river into the neighbouring province.",
        [claim("Roughly 5,000", 5000, "displaced", qualifier="about")],
    ),
    Case(
        "qual-approximately",
        "Approximately 70 people were killed in the landslide.",
        [claim("Approximately 70", 70, "killed", qualifier="about")],
    ),
    Case(
        "qual-an-estimated",
        "An estimated 300 people were killed in the massacre.",
        [claim("An estimated 300", 300, "killed", qualifier="about", source=None)],
    ),
    Case(
        "qual-an-estimated-mid",
        "The floods have displaced an estimated 80,000 people.",
        [claim("an estimated 80,000", 80000, "displaced", qualifier="about")],
    ),
    Case(
        "qual-nearly",
        "Nearly 200 people were injured in the clashes.",
        [claim("Nearly 200", 200, "injured", qualifier="nearly")],
    ),
    Case(
        "qual-almost",
        "The epidemic has killed almost 1,000 people since January.",
        [claim("almost 1,000", 1000, "killed", qualifier="nearly")],
    ),
    Case(
        "qual-close-to",
        "Close to 100 people died in the heatwave.",
        [claim("Close to 100", 100, "killed", qualifier="nearly")],
    ),
    Case(
        "qual-up-to",
        "Up to 60 people are missing after the dam burst.",
        [claim("Up to 60", 60, "missing", qualifier="up_to")],
    ),
    Case(
        "qual-as-many-as",
        "As many as 70 people were killed in the raid, local leaders said.",
        [claim("As many as 70", 70, "killed", qualifier="up_to")],
    ),
    Case(
        "qual-a-total-of",
        "A total of 40 people were killed in the two attacks.",
        [claim("40", 40, "killed", qualifier="exact")],
    ),
    Case(
        "qual-another",
        "Another 5 people were wounded when a second shell landed.",
        [claim("5", 5, "injured", qualifier="exact")],
    ),
    Case(
        "qual-more-additional",
        "Rescuers recovered 12 more bodies from the rubble on Monday.",
        [claim("12", 12, "killed", qualifier="exact", victims="people")],
    ),
    Case(
        "qual-five-more-died",
        "Five more people died of their wounds overnight.",
        [claim("Five", 5, "killed", qualifier="exact")],
    ),
    Case(
        "qual-binds-first-number-only",
        "At least 24 soldiers and 26 civilians were killed in the fighting.",
        [
            claim("At least 24", 24, "killed", qualifier="at_least", victims="soldiers"),
            claim("26", 26, "killed", qualifier="exact", victims="civilians"),
        ],
    ),
    Case(
        "qual-more-than-then-exact",
        "More than 30 people were killed and 50 wounded in the attack.",
        [
            claim("More than 30", 30, "killed", qualifier="more_than"),
            claim("50", 50, "injured", qualifier="exact"),
        ],
    ),
    Case(
        "qual-two-qualifiers",
        "About 200 people were arrested and nearly 40 injured.",
        [
            claim("About 200", 200, "detained", qualifier="about"),
            claim("nearly 40", 40, "injured", qualifier="nearly"),
        ],
    ),
    Case(
        "qual-over-the-weekend-not-qualifier",
        "Over the weekend 14 people were killed in the city.",
        [claim("14", 14, "killed", qualifier="exact")],
    ),
    Case(
        "qual-exact-plain",
        "The strike killed 31 people, the civil defence agency said.",
        [claim("31", 31, "killed", qualifier="exact")],
    ),
    Case(
        "qual-at-least-words",
        "At least three people were killed and dozens hurt.",
        [
            claim("At least three", 3, "killed", qualifier="at_least"),
            claim("dozens", 24, "injured", qualifier="vague"),
        ],
    ),
    Case(
        "qual-more-than-million",
        "More than 1 million people have been displaced, the agency said.",
        [claim("More than 1 million", 1000000, "displaced", qualifier="more_than")],
    ),
    Case(
        "qual-at-least-dozen",
        "At least a dozen people were wounded in the crossfire.",
        [claim("At least a dozen", 12, "injured", qualifier="at_least")],
    ),
    # --- categories: killed -------------------------------------------------------------------
    Case(
        "killed-active-strikes",
        "Strikes killed 24 people across the north of the strip.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-passive",
        "24 people were killed when the shell hit the school.",
        [claim("24", 24, "killed")],
    ),
    Case(
        "killed-died",
        "Nine people died after the building caught fire.",
        [claim("Nine", 9, "killed")],
    ),
    Case(
        "killed-have-died",
        "At least 18 people have died in the heavy rains.",
        [claim("At least 18", 18, "killed", qualifier="at_least")],
    ),
    Case(
        "killed-lost-lives",
        "Sixteen firefighters lost their lives battling the blaze.",
        [claim("Sixteen", 16, "killed", victims="firefighters")],
    ),
    Case(
        "killed-perished",
        "Some 200 migrants perished in the desert crossing.",
        [claim("Some 200", 200, "killed", qualifier="about", victims="migrants")],
    ),
    Case(
        "killed-confirmed-dead",
        "Eight people were confirmed dead after the tanker exploded.",
        [claim("Eight", 8, "killed")],
    ),
    Case(
        "killed-shot-dead",
        "Gunmen shot dead 5 villagers at a market.",
        [claim("5", 5, "killed", victims="villagers")],
    ),
    Case(
        "killed-death-toll-rose",
        "The death toll from the fighting rose to 24, the health ministry said.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-deaths-noun",
        "Hospitals recorded 24 deaths on the first night of shelling.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-bodies-recovered",
        "24 bodies were recovered from the collapsed hotel.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-bodies-pulled",
        "Rescuers pulled 11 bodies from the rubble of the mosque.",
        [claim("11", 11, "killed", victims="people")],
    ),
    Case(
        "killed-bodies-of",
        "The bodies of 7 fishermen washed ashore near the harbour.",
        [claim("7", 7, "killed", victims="fishermen")],
    ),
    Case(
        "killed-claimed-the-lives-of",
        "The epidemic has claimed the lives of 24 people in the camp.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-claimed-lives",
        "The blast claimed 24 lives and flattened the market.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-left-dead",
        "The suicide bombing left 24 dead outside the ministry.",
        [claim("24", 24, "killed", victims="people")],
    ),
    Case(
        "killed-killing-participle",
        "A landmine exploded under a minibus, killing 6 passengers.",
        [claim("6", 6, "killed", victims="passengers")],
    ),
    Case(
        "killed-adjective",
        "Of the 19 killed, most were women, the mayor said.",
        [claim("19", 19, "killed")],
    ),
    Case(
        "killed-drowned",
        "Thirteen migrants drowned when their dinghy deflated.",
        [claim("Thirteen", 13, "killed", victims="migrants")],
    ),
    Case(
        "killed-fatalities",
        "The crash caused 4 fatalities on the motorway.",
        [claim("4", 4, "killed", victims="people")],
    ),
    Case(
        "killed-martyrs",
        "The ministry counted 31 martyrs after the raid on the camp.",
        [claim("31", 31, "killed", victims="people")],
    ),
    Case(
        "killed-dead-noun",
        "The dead numbered 52, among them several police officers.",
        [claim("52", 52, "killed")],
    ),
    Case(
        "killed-toll-stands",
        "The toll from the collapse stands at 43 dead.",
        [claim("43", 43, "killed")],
    ),
    Case(
        "killed-were-killed-no-noun",
        "Seven were killed and the rest escaped through a side door.",
        [claim("Seven", 7, "killed", victims="people")],
    ),
    Case(
        "killed-death-of",
        "Officials confirmed the death of 3 border guards in the clash.",
        [claim("3", 3, "killed", victims="border guards")],
    ),
    # --- categories: injured ------------------------------------------------------------------
    Case(
        "injured-wounded-active",
        "The shelling wounded 16 people in the market.",
        [claim("16", 16, "injured", victims="people")],
    ),
    Case(
        "injured-passive",
        "16 people were injured when the stands collapsed.",
        [claim("16", 16, "injured")],
    ),
    Case(
        "injured-hurt",
        "Twenty pupils were hurt when the school roof caved in.",
        [claim("Twenty", 20, "injured", victims="pupils")],
    ),
    Case(
        "injured-suffered-injuries",
        "Eleven people suffered injuries in the crush at the gate.",
        [claim("Eleven", 11, "injured")],
    ),
    Case(
        "injured-injuring",
        "A grenade was thrown into the crowd, injuring 27 people.",
        [claim("27", 27, "injured")],
    ),
    Case(
        "injured-left-wounded",
        "The explosion left 40 wounded, some critically.",
        [claim("40", 40, "injured")],
    ),
    Case(
        "injured-adjective",
        "The 16 injured were taken to two hospitals in the city.",
        [claim("16", 16, "injured")],
    ),
    Case(
        "injured-taken-to-hospital",
        "Paramedics said 23 people were taken to hospital with injuries.",
        [claim("23", 23, "injured")],
    ),
    Case(
        "injured-noun-injuries",
        "The health office registered 130 injuries after the protests.",
        [claim("130", 130, "injured", victims="people")],
    ),
    # --- categories: missing ------------------------------------------------------------------
    Case(
        "missing-are-missing",
        "Twelve people are missing after the mudslide buried the village.",
        [claim("Twelve", 12, "missing")],
    ),
    Case(
        "missing-unaccounted-for",
        "At least 35 crew members remain unaccounted for.",
        [claim("At least 35", 35, "missing", qualifier="at_least", victims="crew members")],
    ),
    Case(
        "missing-reported-missing",
        "Nine hikers were reported missing after the avalanche.",
        [claim("Nine", 9, "missing", victims="hikers")],
    ),
    Case(
        "missing-search-for",
        "Coast guards are searching for 14 missing fishermen off the cape.",
        [claim("14", 14, "missing", victims="fishermen")],
    ),
    Case(
        "missing-still-missing",
        "Dozens are still missing, the civil protection agency said.",
        [claim("Dozens", 24, "missing", qualifier="vague")],
    ),
    # --- categories: hostages -----------------------------------------------------------------
    Case(
        "hostages-took-hostages",
        "Hamas took 251 hostages into Gaza during the attack.",
        [claim("251", 251, "hostages", victims="hostages")],
    ),
    Case(
        "hostages-abducted",
        "Gunmen abducted 20 students from their dormitory.",
        [claim("20", 20, "hostages", victims="students")],
    ),
    Case(
        "hostages-kidnapped-passive",
        "Eighteen passengers were kidnapped when bandits stopped the train.",
        [claim("Eighteen", 18, "hostages", victims="passengers")],
    ),
    Case(
        "hostages-taken-hostage",
        "About 250 people were taken hostage in the raid.",
        [claim("About 250", 250, "hostages", qualifier="about", victims="people")],
    ),
    Case(
        "hostages-held-captive",
        "Militants are holding 9 foreign engineers captive in the hills.",
        [claim("9", 9, "hostages", victims="engineers")],
    ),
    Case(
        "hostages-still-held",
        "Some 116 hostages are still held in Gaza.",
        [claim("Some 116", 116, "hostages", qualifier="about", victims="hostages", scope="cumulative")],
    ),
    Case(
        "hostages-seized",
        "Rebels seized 30 villagers and marched them into the forest.",
        [claim("30", 30, "hostages", victims="villagers")],
    ),
    Case(
        "hostages-captured-soldiers",
        "Insurgents captured six soldiers after overrunning the outpost.",
        [claim("six", 6, "hostages", victims="soldiers")],
    ),
    # --- categories: detained -----------------------------------------------------------------
    Case(
        "detained-arrested-active",
        "Police arrested 45 protesters outside parliament.",
        [claim("45", 45, "detained", victims="protesters")],
    ),
    Case(
        "detained-passive",
        "Sixty people were detained during the raids on the camp.",
        [claim("Sixty", 60, "detained")],
    ),
    Case(
        "detained-jailed",
        "The court jailed 12 activists for joining the march.",
        [claim("12", 12, "detained", victims="activists")],
    ),
    Case(
        "detained-custody",
        "Nine suspects were taken into custody after the bombing.",
        [claim("Nine", 9, "detained", victims="suspects")],
    ),
    Case(
        "detained-rounded-up",
        "Soldiers rounded up 80 men in the village and took them away.",
        [claim("80", 80, "detained", victims="men")],
    ),
    Case(
        "detained-cumulative",
        "More than 9,000 Palestinians are being held in Israeli prisons, rights groups say.",
        [claim("More than 9,000", 9000, "detained", qualifier="more_than", victims="palestinians")],
    ),
    # --- categories: displaced ----------------------------------------------------------------
    Case(
        "displaced-fled",
        "About 30,000 people fled the town as the front line moved closer.",
        [claim("About 30,000", 30000, "displaced", qualifier="about")],
    ),
    Case(
        "displaced-forced-from-homes",
        "The fighting has forced 1.7 million people from their homes.",
        [claim("1.7 million", 1700000, "displaced")],
    ),
    Case(
        "displaced-evacuated",
        "Authorities evacuated 12,000 residents as the wildfire spread toward the town.",
        [claim("12,000", 12000, "displaced", victims="residents")],
    ),
    Case(
        "displaced-passive",
        "Nearly 90,000 people have been displaced by the clashes.",
        [claim("Nearly 90,000", 90000, "displaced", qualifier="nearly")],
    ),
    Case(
        "displaced-uprooted",
        "The war has uprooted 10 million people, the agency said.",
        [claim("10 million", 10000000, "displaced")],
    ),
    Case(
        "displaced-noun",
        "The camp now shelters 45,000 displaced people.",
        [claim("45,000", 45000, "displaced", victims="people")],
    ),
    Case(
        "displaced-refugees-crossed",
        "Some 600,000 refugees have crossed into neighbouring Chad since April.",
        [claim("Some 600,000", 600000, "displaced", qualifier="about", victims="refugees")],
    ),
    # --- coordination: one sentence, several claims -------------------------------------------
    Case(
        "coord-killed-and-wounded-others",
        "Strikes killed 24 people and wounded 16 others.",
        [claim("24", 24, "killed"), claim("16", 16, "injured", victims="people")],
    ),
    Case(
        "coord-dead-and-injured",
        "The attack left 24 dead and 16 injured.",
        [claim("24", 24, "killed"), claim("16", 16, "injured")],
    ),
    Case(
        "coord-passive-shared-verb",
        "24 people were killed and 16 wounded in the blast.",
        [claim("24", 24, "killed"), claim("16", 16, "injured")],
    ),
    Case(
        "coord-killing-injuring",
        "A suicide bomber struck the checkpoint, killing 9 and injuring 30.",
        [claim("9", 9, "killed"), claim("30", 30, "injured")],
    ),
    Case(
        "coord-headline-style",
        "Market bombing: 5 killed, 20 injured",
        [claim("5", 5, "killed"), claim("20", 20, "injured")],
    ),
    Case(
        "coord-three-categories",
        "Twenty people were killed, 45 wounded and 3 are missing after the flood.",
        [claim("Twenty", 20, "killed"), claim("45", 45, "injured"), claim("3", 3, "missing")],
    ),
    Case(
        "coord-qualifier-and-vague",
        "At least 12 people were killed and dozens injured.",
        [
            claim("At least 12", 12, "killed", qualifier="at_least"),
            claim("dozens", 24, "injured", qualifier="vague"),
        ],
    ),
    Case(
        "coord-abducted-and-killed",
        "The gunmen abducted 20 people and killed 3 during the raid.",
        [claim("20", 20, "hostages"), claim("3", 3, "killed")],
    ),
    Case(
        "coord-arrested-and-injured",
        "Police arrested 45 demonstrators and injured 12 during the march.",
        [
            claim("45", 45, "detained", victims="demonstrators"),
            claim("12", 12, "injured"),
        ],
    ),
    Case(
        "coord-killed-soldiers-wounded",
        "The ambush killed 4 soldiers and wounded 7.",
        [claim("4", 4, "killed", victims="soldiers"), claim("7", 7, "injured")],
    ),
    Case(
        "coord-dead-wounded-words",
        "Three dead, eleven wounded in market blast",
        [claim("Three", 3, "killed"), claim("eleven", 11, "injured")],
    ),
    Case(
        "coord-semicolon",
        "Nine people were killed in the strike; 22 others were wounded.",
        [claim("Nine", 9, "killed"), claim("22", 22, "injured")],
    ),
    Case(
        "coord-killed-missing",
        "The cyclone killed 38 people and left 60 missing.",
        [claim("38", 38, "killed"), claim("60", 60, "missing")],
    ),
    Case(
        "coord-severity-subset",
        "The strike wounded 16 people, three of them seriously.",
        [claim("16", 16, "injured"), claim("three", 3, "injured")],
    ),
    Case(
        "coord-of-the-wounded",
        "Of the 30 wounded, 5 are in critical condition.",
        [claim("30", 30, "injured"), claim("5", 5, "injured")],
    ),
    Case(
        "coord-two-sentences",
        "A rocket hit the bus station, killing 6. Another 14 people were hurt.",
        [claim("6", 6, "killed"), claim("14", 14, "injured")],
    ),
    # --- victims: the head noun and breakdowns ---------------------------------------------------
    Case(
        "victims-children",
        "The airstrike killed 11 children in a school courtyard.",
        [claim("11", 11, "killed", victims="children")],
    ),
    Case(
        "victims-women",
        "Nine women were wounded when the shell hit the clinic.",
        [claim("Nine", 9, "injured", victims="women")],
    ),
    Case(
        "victims-aid-workers",
        "Seven aid workers were killed when their convoy was hit.",
        [claim("Seven", 7, "killed", victims="aid workers")],
    ),
    Case(
        "victims-health-workers",
        "The agency said 500 health workers have been killed since the war began.",
        [claim("500", 500, "killed", victims="health workers")],
    ),
    Case(
        "victims-palestinians-lowercase",
        "Israeli troops killed 4 Palestinians in Jenin.",
        [claim("4", 4, "killed", victims="palestinians")],
    ),
    Case(
        "victims-israelis",
        "Around 1,200 Israelis were killed on that day.",
        [claim("Around 1,200", 1200, "killed", qualifier="about", victims="israelis")],
    ),
    Case(
        "victims-soldiers-adjective",
        "Two Israeli soldiers were wounded by an explosive device.",
        [claim("Two", 2, "injured", victims="soldiers")],
    ),
    Case(
        "victims-civilians-adjective",
        "The raid killed 24 Palestinian civilians, residents said.",
        [claim("24", 24, "killed", victims="civilians")],
    ),
    Case(
        "victims-journalists",
        "At least 100 journalists have been killed in the war, the press group said.",
        [claim("At least 100", 100, "killed", qualifier="at_least", victims="journalists")],
    ),
    Case(
        "victims-police-officers",
        "Three police officers were shot dead at a roadblock.",
        [claim("Three", 3, "killed", victims="police officers")],
    ),
    Case(
        "victims-ukrainians",
        "Russian forces have detained 60 Ukrainians in the occupied town.",
        [claim("60", 60, "detained", victims="ukrainians")],
    ),
    Case(
        "victims-fighters",
        "Clashes killed 17 fighters on both sides.",
        [claim("17", 17, "killed", victims="fighters")],
    ),
    Case(
        "victims-militants",
        "The army said it had killed 30 militants in the operation.",
        [claim("30", 30, "killed", victims="militants")],
    ),
    Case(
        "victims-worshippers",
        "Dozens of worshippers were injured when the roof collapsed.",
        [claim("Dozens", 24, "injured", qualifier="vague", victims="worshippers")],
    ),
    Case(
        "victims-casualties-noun-deaths",
        "The region has recorded 310 deaths from the heatwave.",
        [claim("310", 310, "killed", victims="people")],
    ),
    Case(
        "victims-lives-noun",
        "The crash cost 9 lives.",
        [claim("9", 9, "killed", victims="people")],
    ),
    Case(
        "victims-default-people",
        "The shelling killed 17 and wounded dozens.",
        [
            claim("17", 17, "killed", victims="people"),
            claim("dozens", 24, "injured", qualifier="vague", victims="people"),
        ],
    ),
    Case(
        "breakdown-including-children",
        "Strikes killed 40 people, including 12 children, the ministry said.",
        [
            claim("40", 40, "killed", victims="people"),
            claim("12", 12, "killed", victims="children"),
        ],
    ),
    Case(
        "breakdown-including-two-groups",
        "The shelling killed 30 people, including 5 women and 7 children.",
        [
            claim("30", 30, "killed", victims="people"),
            claim("5", 5, "killed", victims="women"),
            claim("7", 7, "killed", victims="children"),
        ],
    ),
    Case(
        "breakdown-including-injured",
        "The blast wounded 30 people, including 4 journalists.",
        [
            claim("30", 30, "injured", victims="people"),
            claim("4", 4, "injured", victims="journalists"),
        ],
    ),
    Case(
        "breakdown-among-them",
        "Twenty people were killed, among them 8 children.",
        [
            claim("Twenty", 20, "killed", victims="people"),
            claim("8", 8, "killed", victims="children"),
        ],
    ),
    Case(
        "breakdown-of-them",
        "The strike killed 20 people, 8 of them children.",
        [
            claim("20", 20, "killed", victims="people"),
            claim("8", 8, "killed", victims="children"),
        ],
    ),
    Case(
        "breakdown-including-qualifier",
        "More than 38,000 people have been killed, including at least 15,000 children.",
        [
            claim("More than 38,000", 38000, "killed", qualifier="more_than", victims="people"),
            claim("at least 15,000", 15000, "killed", qualifier="at_least", victims="children"),
        ],
    ),
    Case(
        "breakdown-detained-including",
        "Police detained 60 people, including 9 minors.",
        [
            claim("60", 60, "detained", victims="people"),
            claim("9", 9, "detained", victims="minors"),
        ],
    ),
    Case(
        "breakdown-displaced-including",
        "The floods displaced 20,000 people, including 8,000 children.",
        [
            claim("20,000", 20000, "displaced", victims="people"),
            claim("8,000", 8000, "displaced", victims="children"),
        ],
    ),
    # --- sources: canonical names from data/sources.csv -----------------------------------------
    Case(
        "source-according-to-gaza-ministry",
        "Israel's offensive has killed at least 38,584 people, according to Gaza's health ministry.",
        [claim("at least 38,584", 38584, "killed", source="Gaza health ministry")],
    ),
    Case(
        "source-hamas-run-ministry-said",
        "The Hamas-run health ministry said 40 people were killed overnight.",
        [claim("40", 40, "killed", source="Gaza health ministry")],
    ),
    Case(
        "source-trailing-said",
        "Strikes on Rafah killed 17 people, the health ministry in Gaza said.",
        [claim("17", 17, "killed", source="Gaza health ministry")],
    ),
    Case(
        "source-idf",
        "The IDF said 2 soldiers were killed in southern Gaza.",
        [claim("2", 2, "killed", victims="soldiers", source="Israeli military")],
    ),
    Case(
        "source-israeli-army",
        "Four soldiers were wounded in the clash, the Israeli army said.",
        [claim("Four", 4, "injured", source="Israeli military")],
    ),
    Case(
        "source-statement-from",
        "Three soldiers were killed, according to a statement from the Israeli military.",
        [claim("Three", 3, "killed", source="Israeli military")],
    ),
    Case(
        "source-spokesman-folded",
        "Army spokesman Daniel Hagari said 12 soldiers were killed in the battle.",
        [claim("12", 12, "killed", source="Israeli military")],
    ),
    Case(
        "source-un-humanitarian-office",
        "About 1.9 million people have been displaced, the UN humanitarian office said.",
        [claim("About 1.9 million", 1900000, "displaced", source="UN OCHA")],
    ),
    Case(
        "source-ocha-acronym",
        "OCHA reported that 18 people were killed in the past week in the West Bank.",
        [claim("18", 18, "killed", source="UN OCHA")],
    ),
    Case(
        "source-syrian-observatory-britain-based",
        "Air strikes killed 21 civilians, the Britain-based Syrian Observatory for Human Rights said.",
        [claim("21", 21, "killed", victims="civilians", source="Syrian Observatory for Human Rights")],
    ),
    Case(
        "source-syrian-observatory-according-to",
        "At least 9 fighters died in the clashes, according to the Syrian Observatory.",
        [claim("At least 9", 9, "killed", source="Syrian Observatory for Human Rights")],
    ),
    Case(
        "source-sana-reported",
        "SANA reported that 7 soldiers were killed in a drone attack.",
        [claim("7", 7, "killed", source="Syrian state media")],
    ),
    Case(
        "source-said-x-inverted",
        "Nine people were wounded, said the Palestinian Red Crescent.",
        [claim("Nine", 9, "injured", source="Palestinian Red Crescent")],
    ),
    Case(
        "source-said-police-inverted",
        "Two men were arrested at the scene, said police.",
        [claim("Two", 2, "detained", source="police")],
    ),
    Case(
        "source-told-reporters",
        "A Taliban spokesman told reporters that 9 people had been killed in the blast.",
        [claim("9", 9, "killed", source="Taliban")],
    ),
    Case(
        "source-police-told-reporters",
        "Police told reporters that 14 people had been hurt in the stampede.",
        [claim("14", 14, "injured", source="police")],
    ),
    Case(
        "source-citing",
        "Israeli strikes killed 9 people in southern Lebanon on Monday, citing Lebanon's health ministry.",
        [claim("9", 9, "killed", source="Lebanese health ministry")],
    ),
    Case(
        "source-citing-figures-from",
        "The war has killed 8,000 civilians, citing figures from the UN human rights office.",
        [claim("8,000", 8000, "killed", victims="civilians", source="UN human rights office")],
    ),
    Case(
        "source-tally-reuters",
        "At least 560 people have been killed in the fighting, according to a Reuters tally.",
        [claim("At least 560", 560, "killed", source="Reuters")],
    ),
    Case(
        "source-tally-afp",
        "Some 1,200 people were killed in the attack, according to an AFP tally of official figures.",
        [claim("Some 1,200", 1200, "killed", qualifier="about", source="AFP")],
    ),
    Case(
        "source-possessive-figures",
        "The Gaza health ministry's figures show 38,713 people killed since October.",
        [claim("38,713", 38713, "killed", source="Gaza health ministry")],
    ),
    Case(
        "source-russian-defence-ministry",
        "Russia's defence ministry said its forces had killed 300 Ukrainian soldiers.",
        [claim("300", 300, "killed", victims="soldiers", source="Russian defence ministry")],
    ),
    Case(
        "source-ukraine-emergency-service",
        "Eleven people were injured in the missile strike, Ukraine's State Emergency Service said.",
        [claim("Eleven", 11, "injured", source="Ukraine State Emergency Service")],
    ),
    Case(
        "source-ukrainian-general-staff",
        "Ukraine's general staff said 15 civilians were wounded in the shelling.",
        [claim("15", 15, "injured", victims="civilians", source="Ukrainian military")],
    ),
    Case(
        "source-lebanon-ministry",
        "Lebanon's health ministry said 3 paramedics were killed in the strike.",
        [claim("3", 3, "killed", victims="paramedics", source="Lebanese health ministry")],
    ),
    Case(
        "source-unrwa",
        "UNRWA said 190 of its staff have been killed since the war began.",
        [claim("190", 190, "killed", source="UN agency for Palestinian refugees (UNRWA)")],
    ),
    Case(
        "source-unicef",
        "More than 14,000 children have been killed, UNICEF said.",
        [
            claim(
                "More than 14,000",
                14000,
                "killed",
                victims="children",
                source="UN children's agency (UNICEF)",
            )
        ],
    ),
    Case(
        "source-who",
        "The World Health Organization said 22 health workers were killed in the attack.",
        [claim("22", 22, "killed", victims="health workers", source="World Health Organization (WHO)")],
    ),
    Case(
        "source-iom",
        "More than 10 million people are displaced inside Sudan, the International Organization for Migration said.",
        [
            claim(
                "More than 10 million",
                10000000,
                "displaced",
                source="International Organization for Migration (IOM)",
            )
        ],
    ),
    Case(
        "source-unhcr",
        "About 600,000 people have fled to Chad, according to the UN refugee agency.",
        [claim("About 600,000", 600000, "displaced", source="UN refugee agency (UNHCR)")],
    ),
    Case(
        "source-msf",
        "MSF said 3 aid workers were killed when the clinic was shelled.",
        [claim("3", 3, "killed", victims="aid workers", source="Doctors Without Borders")],
    ),
    Case(
        "source-red-cross",
        "The Red Cross said 40 detainees were missing after the prison was shelled.",
        [
            claim(
                "40",
                40,
                "missing",
                victims="detainees",
                source="International Committee of the Red Cross (ICRC)",
            )
        ],
    ),
    Case(
        "source-magen-david-adom",
        "Magen David Adom said 5 people were wounded in the rocket attack.",
        [claim("5", 5, "injured", source="Magen David Adom")],
    ),
    Case(
        "source-gaza-civil-defence",
        "Gaza's civil defence said 12 bodies were recovered from the rubble.",
        [claim("12", 12, "killed", victims="people", source="Gaza civil defence")],
    ),
    Case(
        "source-government-media-office",
        "The government media office in Gaza said 64 people had been killed in the strikes.",
        [claim("64", 64, "killed", source="Gaza government media office")],
    ),
    Case(
        "source-hrana",
        "HRANA said 520 protesters have been arrested since September.",
        [
            claim(
                "520",
                520,
                "detained",
                victims="protesters",
                source="Human Rights Activists News Agency (HRANA)",
            )
        ],
    ),
    Case(
        "source-iran-human-rights",
        "Security forces have killed at least 87 protesters, the Oslo-based Iran Human Rights said.",
        [claim("at least 87", 87, "killed", victims="protesters", source="Iran Human Rights")],
    ),
    Case(
        "source-sudan-doctors-network",
        "Shelling on the market killed 27 people, the Sudan Doctors Network said.",
        [claim("27", 27, "killed", source="Sudan Doctors Network")],
    ),
    Case(
        "source-hrw",
        "Human Rights Watch said security forces had detained at least 200 people.",
        [claim("at least 200", 200, "detained", source="Human Rights Watch")],
    ),
    Case(
        "source-associated-press-count",
        "At least 4,000 soldiers have died in the war, according to an Associated Press count.",
        [claim("At least 4,000", 4000, "killed", victims="soldiers", source="Associated Press")],
    ),
    Case(
        "source-unknown-police",
        "Police said 4 people were killed in the shooting.",
        [claim("4", 4, "killed", source="police")],
    ),
    Case(
        "source-unknown-local-officials",
        "Floods killed 22 people in the district, local officials said.",
        [claim("22", 22, "killed", source="local officials")],
    ),
    Case(
        "source-unknown-provincial-governor",
        "The provincial governor said 31 people were missing after the landslide.",
        [claim("31", 31, "missing", source="provincial governor")],
    ),
    Case(
        "source-unknown-hospital-officials",
        "Nineteen bodies were brought to the morgue, according to hospital officials.",
        [claim("Nineteen", 19, "killed", source="hospital officials")],
    ),
    Case(
        "source-unknown-invented-agency",
        "The Marvala Disaster Management Agency said 48 people had died in the floods.",
        [claim("48", 48, "killed", source="Marvala Disaster Management Agency")],
    ),
    Case(
        "source-unknown-rescue-workers",
        "Rescue workers said 30 people were missing under the rubble.",
        [claim("30", 30, "missing", source="rescue workers")],
    ),
    Case(
        "source-none",
        "A car bomb killed 8 people outside a police station.",
        [claim("8", 8, "killed", source=None)],
    ),
    Case(
        "source-al-shabaab",
        "Al-Shabaab said its fighters had killed 15 soldiers in the assault on the base.",
        [claim("15", 15, "killed", victims="soldiers", source="Al-Shabaab")],
    ),
    Case(
        "source-rsf-captured",
        "The Rapid Support Forces said they had captured 40 soldiers near the river.",
        [claim("40", 40, "hostages", victims="soldiers", source="Rapid Support Forces")],
    ),
    Case(
        "source-acled",
        "More than 15,000 people have been killed in the conflict, according to ACLED.",
        [
            claim(
                "More than 15,000",
                15000,
                "killed",
                source="Armed Conflict Location & Event Data Project (ACLED)",
            )
        ],
    ),
    Case(
        "source-btselem-figures",
        "B'Tselem's figures show 510 Palestinians killed in the West Bank since October.",
        [claim("510", 510, "killed", victims="palestinians", source="B'Tselem")],
    ),
    Case(
        "source-palestinian-ministry-ramallah",
        "Three Palestinians were killed in the raid on Tulkarem, the Palestinian health ministry said.",
        [claim("Three", 3, "killed", victims="palestinians", source="Palestinian health ministry")],
    ),
    Case(
        "source-monusco",
        "The UN mission in Congo said rebels had killed 26 villagers in the attack.",
        [claim("26", 26, "killed", victims="villagers", source="UN mission in Congo (MONUSCO)")],
    ),
    Case(
        "source-airwars-estimates",
        "Airwars estimates that up to 1,600 civilians were killed in the campaign.",
        [claim("up to 1,600", 1600, "killed", qualifier="up_to", victims="civilians", source="Airwars")],
    ),
    Case(
        "source-prosecutor-general",
        "Ukraine's prosecutor general's office said 12 children were wounded in the strike.",
        [claim("12", 12, "injured", victims="children", source="Ukrainian prosecutor general")],
    ),
    Case(
        "source-taliban-officials",
        "Taliban officials said 7 people were killed when the bomb went off.",
        [claim("7", 7, "killed", source="Taliban")],
    ),
    Case(
        "source-ap-reported",
        "The Associated Press reported that 6 people were wounded in the second blast.",
        [claim("6", 6, "injured", source="Associated Press")],
    ),
    # --- sources: coreference and following sentences -------------------------------------------
    Case(
        "coref-pronoun-after-figures-without-claim",
        # the speaker of a sentence whose figure is no claim (40 beds) is read when "it" asks
        "Doctors at the Tarvel hospital said 40 beds were full. Twelve people have died, it said.",
        [claim("Twelve", 12, "killed", source="Doctors at the Tarvel hospital")],
    ),
    Case(
        "coref-the-ministry",
        "Gaza's health ministry gave new figures on Tuesday. The ministry said 40 people had been killed overnight.",
        [claim("40", 40, "killed", source="Gaza health ministry")],
    ),
    Case(
        "coref-the-ministry-trailing",
        "Lebanon's health ministry published its daily report. Strikes killed 14 people in the south, the ministry said.",
        [claim("14", 14, "killed", source="Lebanese health ministry")],
    ),
    Case(
        "coref-the-army",
        "The Israeli military confirmed the operation. The army said 3 soldiers were wounded.",
        [claim("3", 3, "injured", victims="soldiers", source="Israeli military")],
    ),
    Case(
        "coref-it-said",
        "The Gaza health ministry said 40 people were killed on Monday. It said 12 of them were children.",
        [
            claim("40", 40, "killed", source="Gaza health ministry"),
            claim("12", 12, "killed", victims="children", source="Gaza health ministry"),
        ],
    ),
    Case(
        "coref-ministry-added",
        "The Gaza health ministry said 31 people were killed. The ministry added that 80 were wounded.",
        [
            claim("31", 31, "killed", source="Gaza health ministry"),
            claim("80", 80, "injured", source="Gaza health ministry"),
        ],
    ),
    Case(
        "coref-observatory",
        "The Syrian Observatory for Human Rights tracks the war through a network of sources. "
        "The observatory said 16 soldiers were killed.",
        [claim("16", 16, "killed", victims="soldiers", source="Syrian Observatory for Human Rights")],
    ),
    Case(
        "coref-two-ministries-last-named",
        "Israel's health ministry said it had opened two field clinics. "
        "Gaza's health ministry said 33 people were killed. The ministry said 70 were wounded.",
        [
            claim("33", 33, "killed", source="Gaza health ministry"),
            claim("70", 70, "injured", source="Gaza health ministry"),
        ],
    ),
    Case(
        "source-separately-no-inherit",
        "The Gaza health ministry said 40 people were killed. Separately, 5 soldiers died in a road "
        "accident in northern Israel.",
        [
            claim("40", 40, "killed", source="Gaza health ministry"),
            claim("5", 5, "killed", victims="soldiers", source=None),
        ],
    ),
    Case(
        "source-trailing-two-claims",
        "Strikes killed 20 people and wounded 45, Gaza's civil defence said.",
        [
            claim("20", 20, "killed", source="Gaza civil defence"),
            claim("45", 45, "injured", source="Gaza civil defence"),
        ],
    ),
    Case(
        "source-two-sources-two-claims",
        "The Gaza health ministry said 25 people were killed. The Israeli military said 2 soldiers died.",
        [
            claim("25", 25, "killed", source="Gaza health ministry"),
            claim("2", 2, "killed", victims="soldiers", source="Israeli military"),
        ],
    ),
    # --- sources: later mentions of a speaker, papers that speak for no one ------------------------
    Case(
        "source-surname-after-role",
        # a bare surname restates the person the story introduced with a role
        "Police spokesman Tom Arden said six people were killed in the blast in Tarvel.\n\n"
        "Arden says four other people were killed in a second explosion.",
        [
            claim("six", 6, "killed", source="police (Tom Arden)"),
            claim("four", 4, "killed", source="police (Tom Arden)"),
        ],
    ),
    Case(
        "source-surname-after-role-without-figures",
        "Police spokesman Tom Arden arrived at the market at noon.\n\nArden said 4 people were wounded.",
        [claim("4", 4, "injured", source="police (Tom Arden)")],
    ),
    Case(
        "source-surname-after-appositive",
        "“Six people were killed,” Tom Arden, a police spokesman, told reporters. Arden said 4 others were wounded.",
        [
            claim("Six", 6, "killed", source="police (Tom Arden)"),
            claim("4", 4, "injured", source="police (Tom Arden)"),
        ],
    ),
    Case(
        "source-surname-known-body",
        # the full mention folds the person into a body the table knows: so does the surname
        "Army spokesman Daniel Hagari said 3 soldiers were killed. Hagari said 4 more were wounded.",
        [
            claim("3", 3, "killed", source="Israeli military"),
            claim("4", 4, "injured", source="Israeli military"),
        ],
    ),
    Case(
        "source-surname-is-no-given-name",
        # "Hessel Aron" has Hessel as a given name: the surname is Dara Hessel's
        "Police officer Dara Hessel said 3 people died. Hessel Aron, an official of the Kestor ambulance "
        "service, said 28 people were wounded. Hessel said 2 more bodies were found.",
        [
            claim("3", 3, "killed", source="police (Dara Hessel)"),
            claim("28", 28, "injured", source="Kestor ambulance service (Hessel Aron)"),
            claim("2", 2, "killed", source="police (Dara Hessel)"),
        ],
    ),
    Case(
        "source-name-without-role-stays-a-name",
        "Tom Arden said 4 people were wounded. Arden said 2 more died.",
        [claim("4", 4, "injured", source="Tom Arden"), claim("2", 2, "killed", source="Tom Arden")],
    ),
    Case(
        "source-one-rendering-per-person",
        # "Governor", "Kestor Oblast Governor", "Selk": one person, the fullest form the story gives
        "Governor Mara Selk said 3 people were killed.\n\n"
        "Kestor Oblast Governor Mara Selk later said 5 more were wounded. Selk said 2 children died.",
        [
            claim("3", 3, "killed", source="Kestor Oblast Governor (Mara Selk)"),
            claim("5", 5, "injured", source="Kestor Oblast Governor (Mara Selk)"),
            claim("2", 2, "killed", victims="children", source="Kestor Oblast Governor (Mara Selk)"),
        ],
    ),
    Case(
        "source-the-governor-before-the-name",
        "The governor said 3 people were killed in the shelling of Kestor.\n\n"
        "Governor Mara Selk said later that 5 more were wounded.",
        [
            claim("3", 3, "killed", source="Governor (Mara Selk)"),
            claim("5", 5, "injured", source="Governor (Mara Selk)"),
        ],
    ),
    Case(
        "source-the-governor-after-the-name",
        "Kestor Governor Mara Selk said 3 people were killed. The governor said 5 were wounded.",
        [
            claim("3", 3, "killed", source="Kestor Governor (Mara Selk)"),
            claim("5", 5, "injured", source="Kestor Governor (Mara Selk)"),
        ],
    ),
    Case(
        "source-another-regions-governor-stays",
        "Kestor Governor Mara Selk said 3 people were killed. In neighbouring Tarvel, the regional "
        "governor said 5 died.",
        [
            claim("3", 3, "killed", source="Kestor Governor (Mara Selk)"),
            claim("5", 5, "killed", source="regional governor"),
        ],
    ),
    Case(
        "source-early-reports-no-one",
        "Early reports said 70 passengers were injured in the crash near Kestor.",
        [claim("70", 70, "injured", victims="passengers", source=None)],
    ),
    Case(
        "source-unconfirmed-reports-no-one",
        "Unconfirmed reports say 15 people were killed in the village.",
        [claim("15", 15, "killed", source=None)],
    ),
    Case(
        "source-media-reports-are-the-media",
        "Media reports said 20 people were killed in the attack on the Tarvel market.",
        [claim("20", 20, "killed", source="media")],
    ),
    Case(
        "source-according-to-early-reports-no-one",
        "According to early reports, 70 passengers were injured.",
        [claim("70", 70, "injured", source=None)],
    ),
    Case(
        "source-official-figures-no-one",
        "Forty people died in the floods, according to official figures.",
        [claim("Forty", 40, "killed", source=None)],
    ),
    Case(
        "source-reports-with-owner",
        "Early police reports said 9 people were killed.",
        [claim("9", 9, "killed", source="police")],
    ),
    Case(
        "source-official-figures-with-owner",
        "Forty people died in the floods, according to official police figures.",
        [claim("Forty", 40, "killed", source="police")],
    ),
    Case(
        "source-state-media-reports-stay",
        "Syrian state media reports said 20 people were killed in the attack.",
        [claim("20", 20, "killed", source="Syrian state media")],
    ),
    Case(
        "source-local-media-reported-stays",
        "Local media reported 20 people were killed in the attack.",
        [claim("20", 20, "killed", source="local media")],
    ),
    Case(
        "source-body-reports-verb-stays",
        "Eleven civilians were killed in the shelling, Human Rights Watch reports.",
        [claim("Eleven", 11, "killed", victims="civilians", source="Human Rights Watch")],
    ),
    Case(
        "source-the-source-further-added",
        "A security source said 12 soldiers were killed. The source further added that 4 were wounded.",
        [
            claim("12", 12, "killed", source="security source"),
            claim("4", 4, "injured", source="security source"),
        ],
    ),
    Case(
        "source-a-source-is-another",
        "A security source said 12 soldiers were killed. A source said 4 were wounded.",
        [claim("12", 12, "killed", source="security source"), claim("4", 4, "injured", source="source")],
    ),
    Case(
        "source-the-source-told-before-figures",
        # the source was told in sentences whose figures made no claim
        "A Varnian military source who spoke on condition of anonymity said that hundreds of rebels "
        "stormed the camp of roughly 150 soldiers at dawn. The raid began at 0530 GMT, according to "
        "Kestor's army. According to the source, the rebels injured more than 20 soldiers.",
        [claim("more than 20", 20, "injured", source="Varnian military source")],
    ),
    Case(
        "source-statement-told-first",
        "In a separate statement Afghan Defense Ministry officials said 30 militants were killed.",
        [claim("30", 30, "killed", victims="militants", source="Afghan defence ministry")],
    ),
    Case(
        "source-medium-after-the-name",
        "Taliban spokesman Arif Denn in a twitter post said 25 soldiers were killed.",
        [claim("25", 25, "killed", victims="soldiers", source="Taliban")],
    ),
    Case(
        "source-citing-papers-speaker-wins",
        # the intercepts are what the speaker read, not who spoke
        "Provincial police chief Kamal Dorr said 14 militants were killed overnight.\n\n"
        "Another 30 were wounded, he said, citing intercepts of Kestor Front conversations.",
        [
            claim("14", 14, "killed", source="provincial police chief (Kamal Dorr)"),
            claim("30", 30, "injured", source="provincial police chief (Kamal Dorr)"),
        ],
    ),
    Case(
        "source-citing-owned-reports",
        "Another 30 were wounded, he said, citing police reports.",
        [claim("30", 30, "injured", source="police")],
    ),
    Case(
        "source-the-mission-named-before",
        # "The UN mission" holds "UN": the mission named before, not the United Nations
        "The United Nations Assistance Mission for Iraq said 670 civilians were killed last month. "
        "The UN mission added that 1,290 were wounded.",
        [
            claim("670", 670, "killed", source="UN Assistance Mission for Iraq (UNAMI)"),
            claim("1,290", 1290, "injured", source="UN Assistance Mission for Iraq (UNAMI)"),
        ],
    ),
    # --- dates: as_of -----------------------------------------------------------------------------
    Case(
        "date-article-default",
        "The war has killed 38,584 people, the Gaza health ministry said.",
        [claim("38,584", 38584, "killed", as_of="2024-07-16")],
    ),
    Case(
        "date-on-saturday",
        "An Israeli strike on a school killed 16 people on Saturday.",
        [claim("16", 16, "killed", as_of="2024-07-13", scope="incident")],
    ),
    Case(
        "date-on-monday",
        "A drone attack on the port killed 4 people on Monday.",
        [claim("4", 4, "killed", as_of="2024-07-15")],
    ),
    Case(
        "date-on-sunday-start",
        "On Sunday, gunmen abducted 11 villagers in the north.",
        [claim("11", 11, "hostages", as_of="2024-07-14")],
    ),
    Case(
        "date-on-tuesday-same-day",
        "Shelling killed 8 people in the city on Tuesday.",
        [claim("8", 8, "killed", as_of="2024-07-16")],
    ),
    Case(
        "date-friday-night",
        "Three people were wounded in a rocket attack late on Friday night.",
        [claim("Three", 3, "injured", as_of="2024-07-12")],
    ),
    Case(
        "date-last-wednesday",
        "A bombing last Wednesday killed 13 people at a wedding.",
        [claim("13", 13, "killed", as_of="2024-07-10")],
    ),
    Case(
        "date-yesterday",
        "Yesterday's strike on the camp killed 9 people.",
        [claim("9", 9, "killed", as_of="2024-07-15")],
    ),
    Case(
        "date-yesterday-trailing",
        "Twelve people were killed in the collapse yesterday.",
        [claim("Twelve", 12, "killed", as_of="2024-07-15")],
    ),
    Case(
        "date-month-day",
        "The attack on July 13 killed 90 people in the camp.",
        [claim("90", 90, "killed", as_of="2024-07-13")],
    ),
    Case(
        "date-day-month-year",
        "On 13 July 2024, a strike killed 90 people in the camp.",
        [claim("90", 90, "killed", as_of="2024-07-13")],
    ),
    Case(
        "date-month-day-year",
        "Floods on March 3, 2024 killed 27 people in the capital.",
        [claim("27", 27, "killed", as_of="2024-03-03")],
    ),
    Case(
        "date-saturdays-possessive",
        "Saturday's earthquake killed 41 people in the mountain towns.",
        [claim("41", 41, "killed", as_of="2024-07-13")],
    ),
    Case(
        "date-said-on-sunday-running-total",
        "The death toll from the war has risen to 38,000, the ministry said on Sunday.",
        [claim("38,000", 38000, "killed", as_of="2024-07-14", scope="cumulative")],
    ),
    Case(
        "date-said-sunday-no-on",
        "The ministry said Sunday that 1,200 people had been detained since the unrest began.",
        [claim("1,200", 1200, "detained", as_of="2024-07-14", scope="cumulative")],
    ),
    Case(
        "date-since-october-keeps-article-date",
        "Since October 7, more than 38,000 people have been killed in Gaza.",
        [claim("more than 38,000", 38000, "killed", as_of="2024-07-16", scope="cumulative")],
    ),
    Case(
        "date-earlier-sentence-incident",
        "A drone struck a crowded market in Halvora on Monday. During the attack, 12 people were killed.",
        [claim("12", 12, "killed", as_of="2024-07-15", scope="incident")],
    ),
    Case(
        "date-october-7-earlier-sentence",
        "Hamas-led gunmen stormed southern Israel in the October 7 attacks. During the attack, "
        "about 1,200 people were killed and 251 were taken hostage.",
        [
            claim("about 1,200", 1200, "killed", qualifier="about", as_of="2023-10-07", scope="incident"),
            claim("251", 251, "hostages", as_of="2023-10-07", scope="incident"),
        ],
    ),
    Case(
        "date-october-7-same-sentence",
        "On October 7, militants killed about 1,200 people in southern Israel.",
        [claim("about 1,200", 1200, "killed", as_of="2023-10-07")],
    ),
    Case(
        "date-month-year-only",
        "In February 2023, an earthquake killed more than 50,000 people in the region.",
        [claim("more than 50,000", 50000, "killed", as_of="2023-02", scope="incident")],
    ),
    Case(
        "date-year-only",
        "In the 2014 war, 2,251 Palestinians were killed.",
        [claim("2,251", 2251, "killed", victims="palestinians", as_of="2014")],
    ),
    Case(
        "date-other-article-date",
        "A landslide buried a bus on Saturday, killing 19 passengers.",
        [claim("19", 19, "killed", as_of="2024-03-02")],
        date="2024-03-04",
    ),
    Case(
        "date-other-article-yesterday",
        "Police said 14 protesters were arrested yesterday.",
        [claim("14", 14, "detained", as_of="2024-03-03")],
        date="2024-03-04",
    ),
    Case(
        "date-header-sets-article-date",
        " date 2024-05-20\nFloods killed 12 people in the valley on Saturday.",
        [claim("12", 12, "killed", as_of="2024-05-18")],
        date=None,
    ),
    Case(
        "date-header-no-leading-space",
        "date 2024-05-20\n\nThe ministry said 300 people had been killed since the war began.",
        [claim("300", 300, "killed", as_of="2024-05-20", scope="cumulative")],
        date=None,
    ),
    Case(
        "date-header-beats-parameter",
        " date 2024-05-20\nA strike killed 6 people on Sunday.",
        [claim("6", 6, "killed", as_of="2024-05-19")],
    ),
    Case(
        "date-dateline-with-year",
        "KYIV, July 10, 2024 (Reuters) - A missile strike killed 11 people on Monday, officials said.",
        [claim("11", 11, "killed", as_of="2024-07-08")],
        date=None,
    ),
    Case(
        "date-none-no-year",
        "A strike killed 16 people on Saturday.",
        [claim("16", 16, "killed", as_of=None)],
        date=None,
    ),
    Case(
        "date-none-month-day-no-year",
        "The attack on July 13 killed 90 people.",
        [claim("90", 90, "killed", as_of=None)],
        date=None,
    ),
    Case(
        "date-none-explicit-year",
        "On 13 July 2024, a strike killed 90 people in the camp.",
        [claim("90", 90, "killed", as_of="2024-07-13")],
        date=None,
    ),
    Case(
        "date-multi-day-attack-last-day",
        "The assault on the town began on Saturday and ended on Monday. In all, 45 people were killed.",
        [claim("45", 45, "killed", as_of="2024-07-15")],
    ),
    Case(
        "date-in-past-24-hours",
        "In the past 24 hours, 52 people were killed across the strip, the ministry said.",
        [claim("52", 52, "killed", as_of="2024-07-16", scope="incident")],
    ),
    Case(
        "date-on-thursday",
        "Gunmen killed 10 people at a checkpoint on Thursday.",
        [claim("10", 10, "killed", as_of="2024-07-11")],
    ),
    Case(
        "date-wednesdays-possessive",
        "Wednesday's bombing wounded 35 people near the stadium.",
        [claim("35", 35, "injured", as_of="2024-07-10")],
    ),
    Case(
        "date-late-sunday",
        "Police detained 21 people after clashes late Sunday.",
        [claim("21", 21, "detained", as_of="2024-07-14")],
    ),
    Case(
        "date-day-month-no-year",
        "The raid on 4 July left 8 people dead.",
        [claim("8", 8, "killed", as_of="2024-07-04")],
    ),
    Case(
        "date-month-day-other-year",
        "The blast on July 4, 2023 killed 31 people at the depot.",
        [claim("31", 31, "killed", as_of="2023-07-04")],
    ),
    Case(
        "date-month-only",
        "In June, floods killed 80 people in the north of the country.",
        [claim("80", 80, "killed", as_of="2024-06")],
    ),
    # --- dates: the event's day, not the report's (issue: as_of of incident claims) -------------
    Case(
        "date-possessive-event-toll-next-day",
        "The death toll from Sunday's earthquake in Tarvel rose to at least 264 on Monday, officials said.",
        [claim("at least 264", 264, "killed", as_of="2024-07-14", scope="incident")],
    ),
    Case(
        "date-possessive-night-event",
        "The number of people killed in Saturday night's blast at the Kestor fuel depot climbed to 19 on Monday.",
        [claim("19", 19, "killed", as_of="2024-07-13", scope="incident")],
    ),
    Case(
        "date-possessive-after-event-keeps-own-day",  # must not change: arrests after the attack
        "Police arrested 12 suspects on Monday after Sunday's attack on the Kestor market.",
        [claim("12", 12, "detained", as_of="2024-07-15")],
    ),
    Case(
        "date-possessive-cumulative-keeps-report-day",  # must not change: a running total
        "The war, which began with Friday's attack on a border post, has killed 1,400 people, "
        "the ministry in Varno said on Monday.",
        [claim("1,400", 1400, "killed", as_of="2024-07-15", scope="cumulative")],
    ),
    Case(
        "date-event-day-told-after-speech-day",
        "Militants killed at least five soldiers in an ambush near Kestor, the defence minister said on "
        "Monday. The attack took place on Sunday.",
        [claim("at least five", 5, "killed", victims="soldiers", as_of="2024-07-14", scope="incident")],
    ),
    Case(
        "date-event-day-told-before-speech-day",
        "The attack took place on Sunday. Militants killed at least five soldiers in an ambush near "
        "Kestor, the defence minister said on Monday.",
        [claim("at least five", 5, "killed", victims="soldiers", as_of="2024-07-14", scope="incident")],
    ),
    Case(
        "date-event-day-told-after-undated",
        "At least 30 civilians were killed and 40 injured in an air strike on a market in Orvane, "
        "officials said. The strike was carried out on Saturday night.",
        [
            claim("At least 30", 30, "killed", as_of="2024-07-13", scope="incident"),
            claim("40", 40, "injured", as_of="2024-07-13", scope="incident"),
        ],
    ),
    Case(
        "date-event-day-told-headline",
        "Five soldiers killed in Kestor ambush\n\nMilitants killed five soldiers in an ambush near "
        "Kestor, the defence minister said on Monday.\n\nThe attack took place on Sunday.",
        [
            claim("Five", 5, "killed", as_of="2024-07-14"),
            claim("five", 5, "killed", as_of="2024-07-14"),
        ],
    ),
    Case(
        "date-headline-other-figure-takes-lead-day",
        "At least 250 dead in Tarvel earthquake\n\nThe death toll from Sunday's earthquake in "
        "Tarvel rose to at least 264 on Monday, officials said.",
        [
            claim("At least 250", 250, "killed", as_of="2024-07-14", scope="incident"),
            claim("at least 264", 264, "killed", as_of="2024-07-14", scope="incident"),
        ],
    ),
    Case(
        "date-event-day-told-cumulative-keeps-report-day",  # must not change: the running total
        "Militants killed five soldiers in an ambush near Kestor, the defence minister said on "
        "Monday.\n\nThe war has killed 12,000 people since it began, the ministry said on Monday."
        "\n\nThe attack took place on Sunday.",
        [
            claim("five", 5, "killed", as_of="2024-07-14", scope="incident"),
            claim("12,000", 12000, "killed", as_of="2024-07-15", scope="cumulative"),
        ],
    ),
    Case(
        "date-event-day-told-second-event-keeps-first-apart",  # the day is the second event's only
        "Militants killed five soldiers in an ambush near Kestor, officials said on Monday.\n\n"
        "Gunmen killed four villagers in an attack on a market in Dorv, police said on Monday.\n\n"
        "The attack took place on Saturday.",
        [
            claim("five", 5, "killed", as_of="2024-07-15"),
            claim("four", 4, "killed", as_of="2024-07-13"),
        ],
    ),
    Case(
        "date-event-day-told-first-event-keeps-own-day",  # must not change: its own day told
        "Militants killed five soldiers in an ambush near Kestor on Sunday, officials said.\n\n"
        "In the south, gunmen killed four villagers in an attack on a market in Dorv, police said.\n\n"
        "The attack took place on Saturday.",
        [
            claim("five", 5, "killed", as_of="2024-07-14"),
            claim("four", 4, "killed", as_of="2024-07-13"),
        ],
    ),
    Case(
        "date-event-day-told-separately",  # the day after "Separately" is the second event's
        "Twelve people were killed in a blast at a depot in Halvora, police said on Monday. "
        "Separately, three people died in a fire in Dorv. The blaze started on Saturday.",
        [
            claim("Twelve", 12, "killed", as_of="2024-07-15"),
            claim("three", 3, "killed", as_of="2024-07-13"),
        ],
    ),
    Case(
        "date-event-day-told-other-day",  # must not change: the day named is another event's
        "Six people were wounded in a shooting at a bar in Tarvel, police said on Monday. "
        "The shooting happened a day after Saturday's vote in the province.",
        [claim("Six", 6, "injured", as_of="2024-07-15")],
    ),
    # --- scope ------------------------------------------------------------------------------------
    Case(
        "scope-since-war-began",
        "More than 38,000 people have been killed since the war began.",
        [claim("More than 38,000", 38000, "killed", scope="cumulative")],
    ),
    Case(
        "scope-toll-rose-in-war",
        "The death toll in the war rose to 38,713 on Tuesday.",
        [claim("38,713", 38713, "killed", scope="cumulative")],
    ),
    Case(
        "scope-in-total",
        "In total, 1,500 soldiers have been wounded in the conflict.",
        [claim("1,500", 1500, "injured", victims="soldiers", scope="cumulative")],
    ),
    Case(
        "scope-so-far",
        "So far 640 people have died in the epidemic.",
        [claim("640", 640, "killed", scope="cumulative")],
    ),
    Case(
        "scope-still-held",
        "Around 120 hostages are still held in the tunnels.",
        [claim("Around 120", 120, "hostages", qualifier="about", scope="cumulative")],
    ),
    Case(
        "scope-since-start-of-year",
        "Since the start of the year, 2,100 migrants have drowned crossing the sea.",
        [claim("2,100", 2100, "killed", victims="migrants", scope="cumulative")],
    ),
    Case(
        "scope-conflict-running",
        "The conflict has displaced 10 million people, the UN said.",
        [claim("10 million", 10000000, "displaced", scope="cumulative")],
    ),
    Case(
        "scope-epidemic",
        "Cholera has killed 300 people in the province since January.",
        [claim("300", 300, "killed", scope="cumulative")],
    ),
    Case(
        "scope-in-the-strike",
        "Twenty people were killed in the strike on the school.",
        [claim("Twenty", 20, "killed", scope="incident")],
    ),
    Case(
        "scope-in-the-attack",
        "Six soldiers were wounded in the attack on the outpost.",
        [claim("Six", 6, "injured", scope="incident")],
    ),
    Case(
        "scope-past-24-hours",
        "Over the past 24 hours, 60 people were killed, the ministry said.",
        [claim("60", 60, "killed", scope="incident")],
    ),
    Case(
        "scope-crash",
        "A passenger train derailed in the hills, killing 33 people.",
        [claim("33", 33, "killed", scope="incident")],
    ),
    Case(
        "scope-landslide-updated-toll",
        "The death toll from the landslide rose to 45 on Monday as rescuers dug through the mud.",
        [claim("45", 45, "killed", scope="incident", as_of="2024-07-15")],
    ),
    Case(
        "scope-stampede",
        "A stampede at the religious festival killed 121 people.",
        [claim("121", 121, "killed", scope="incident")],
    ),
    Case(
        "scope-one-day",
        "Monday was the deadliest day of the month, with 73 people killed.",
        [claim("73", 73, "killed", scope="incident", as_of="2024-07-15")],
    ),
    Case(
        "scope-past-disaster-final-toll",
        "The 2010 floods, which killed nearly 2,000 people, still shape how the region prepares.",
        [claim("nearly 2,000", 2000, "killed", qualifier="nearly", scope="incident", as_of="2010")],
    ),
    Case(
        "scope-both-in-one-text",
        "A strike on a school killed 16 people. Since October, 38,000 people have been killed in Gaza.",
        [
            claim("16", 16, "killed", scope="incident"),
            claim("38,000", 38000, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "scope-arrests-since",
        "More than 20,000 people have been arrested since the protests started.",
        [claim("More than 20,000", 20000, "detained", scope="cumulative")],
    ),
    Case(
        "scope-displaced-since",
        "Some 85,000 people have been displaced from the border villages since October.",
        [claim("Some 85,000", 85000, "displaced", scope="cumulative")],
    ),
    Case(
        "scope-bombing-incident",
        "Two suicide bombers blew themselves up at the shrine, killing 58 worshippers.",
        [claim("58", 58, "killed", scope="incident")],
    ),
    # --- not claims ---------------------------------------------------------------------------------
    Case("no-date-month-day", "Talks are due to resume on July 24 in the capital.", []),
    Case("no-date-october-7", "The hostages were taken on October 7.", []),
    Case("no-year", "The border has been closed since 2007.", []),
    Case("no-money-million", "Donors pledged $50 million to rebuild the hospitals.", []),
    Case("no-money-euros", "The EU announced 2 billion euros in aid for the displaced.", []),
    Case("no-distance-km", "The strike hit a house 30 kilometres north of the city.", []),
    Case("no-distance-miles", "Fighting raged about 5 miles from the border crossing.", []),
    Case("no-time", "Sirens sounded at 3 a.m. and again shortly after 10:30.", []),
    Case("no-percentage", "About 70% of the dead were women and children, the ministry said.", []),
    Case("no-percentage-homes", "Roughly 60 percent of homes in the town were destroyed.", []),
    Case("no-airstrikes-count", "The air force carried out 40 airstrikes overnight.", []),
    Case("no-rockets", "Militants fired 200 rockets at towns across the north.", []),
    Case("no-trucks", "Only 30 aid trucks entered the strip on Monday.", []),
    Case("no-buildings", "The bombardment destroyed 15 buildings in the old city.", []),
    Case("no-schools-damaged", "Officials said 12 schools were damaged in the shelling.", []),
    Case("no-crowd-thousands", "Thousands of people marched through the capital to demand a ceasefire.", []),
    Case("no-crowd-tens-of-thousands", "Tens of thousands protested outside parliament on Saturday.", []),
    Case("no-officials-met", "Two officials met in Cairo to discuss the truce.", []),
    Case("no-israeli-officials", "Two Israeli officials said the talks had stalled.", []),
    Case("no-targeted", "The drone strike targeted two people riding a motorcycle.", []),
    Case("no-troops-deployed", "The government deployed 5,000 troops to the border.", []),
    Case("no-police-deployed", "Some 3,000 police officers were deployed for the funeral.", []),
    Case("no-soldiers-exercise", "About 1,500 soldiers took part in the exercise.", []),
    Case("no-rescued", "Rescuers pulled 12 people alive from the rubble.", []),
    Case("no-rescued-passive", "Forty fishermen were rescued after their trawler sank.", []),
    Case("no-found-alive", "Three climbers were found alive near the summit.", []),
    Case("no-evacuated-safely", "All 40 passengers were evacuated safely after the bus caught fire.", []),
    Case("no-identified", "Forensic teams have identified 40 of the victims.", []),
    Case("no-affected", "The floods have affected 1.2 million people across the country.", []),
    Case("no-hostages-released", "Hamas released 4 hostages on Sunday under the truce deal.", []),
    Case("no-hostages-freed-passive", "105 hostages were freed during the November truce.", []),
    Case("no-prisoners-released", "Israel released 39 Palestinian prisoners in exchange.", []),
    Case("no-prisoners-freed", "The junta freed 200 political prisoners to mark the holiday.", []),
    Case("no-forecast-could-kill", "Experts warned the heatwave could kill thousands.", []),
    Case("no-forecast-may-displace", "The offensive may displace up to 1 million people, the UN warned.", []),
    Case("no-forecast-risk", "Some 500,000 people are at risk of famine, aid groups warned.", []),
    Case("no-disease-cases", "Health officials recorded 2,300 cholera cases in the camps.", []),
    Case("no-disease-infected", "More than 5,000 people have been infected with measles this year.", []),
    Case("no-population", "Nearly all of Gaza's 2.3 million residents depend on aid.", []),
    Case("no-hospital-beds", "The field hospital has 40 beds and two operating theatres.", []),
    Case("no-operations", "Surgeons performed 30 operations in a single night.", []),
    Case("no-resolution-number", "The Security Council adopted Resolution 2728 on Monday.", []),
    Case("no-ceasefire-duration", "The two sides agreed to a 72-hour ceasefire.", []),
    Case("no-no-number", "Many people were killed, and several more were hurt.", []),
    Case("no-killed-a-man", "The strike killed a 35-year-old man and his wife.", []),
    Case("no-commander", "The army said it killed a senior commander in the raid.", []),
    Case("no-anniversary", "Survivors of the 1948 war gathered in the square.", []),
    Case("no-days-of-fighting", "After 280 days of fighting, the front lines have barely moved.", []),
    Case("no-aid-recipients", "The agency delivered food to 400,000 people last month.", []),
    Case("no-shelter-capacity", "The school was built for 1,000 pupils.", []),
    Case("no-phone-number", "Families can call the hotline on 1 800 555 0199 for news of relatives.", []),
    Case("no-vote-count", "The motion passed with 87 votes in favour and 12 against.", []),
    Case("no-tunnels", "Troops found 12 tunnel shafts under the hospital.", []),
    Case("no-suspects-wanted", "Police are hunting for 3 suspects in the bombing.", []),
    Case("no-vehicles", "The convoy of 14 vehicles was hit on the coastal road.", []),
    Case("no-fire-hectares", "The wildfire has burned 12,000 hectares of forest.", []),
    Case("no-tear-gas", "Police fired tear gas at 200 protesters outside the embassy.", []),
    Case("no-age-aged", "The suspect, aged 45, was charged with murder.", []),
    Case("no-magnitude", "A magnitude 6.1 earthquake struck 40 km off the coast.", []),
    Case("no-returned-home", "About 300,000 people have returned home since the truce.", []),
    Case("no-targets-struck", "Israel said it had struck 25 targets across the strip.", []),
    # --- recall and precision found by reviewers on real news (sentences written here) ------------
    # People trapped are missing (the devset's convention), as "believed to still be trapped" is
    Case(
        "missing-trapped-as-modifier",
        "Rescuers are tunnelling through the night to reach six trapped miners in the Kestor pit.",
        [claim("six", 6, "missing", victims="miners")],
    ),
    Case(
        "missing-trapped-before-figure",
        "A cave-in at the Tarvel mine trapped six men underground, the company said.",
        [claim("six", 6, "missing", victims="men")],
    ),
    Case(
        "missing-trapped-then-rescued-is-no-claim",
        "Firefighters rescued four trapped workers from the roof of the Kestor depot.",
        [],
    ),
    Case(
        "missing-trapped-modifier-needs-people",
        "Six trapped vehicles were towed from the flooded underpass in Tarvel.",
        [],
    ),
    # "killed and injured" is one total of both: killed would invent deaths, injured would hide
    # them, and CLAIMS.md has no category for casualties ("30 casualties" is no claim either)
    Case(
        "harm-pair-killed-and-injured-is-no-claim",
        "At least ten soldiers were killed and injured in the clash near Ostel, the army said.",
        [],
    ),
    Case(
        "harm-pair-killed-or-wounded-is-no-claim",
        "Twelve villagers were killed or wounded in the ambush on the Tarvel road.",
        [],
    ),
    Case(
        "harm-pair-before-figure-is-no-claim",
        "The blast killed and injured 20 people at the Kestor market.",
        [],
    ),
    Case(
        "harm-pair-noun-is-no-claim",
        "Ten dead and wounded were carried from the ruins of the Ostel school.",
        [],
    ),
    Case(
        "harm-pair-two-figures-are-two-claims",
        "Five people were killed and 30 injured in the Tarvel blast.",
        [claim("Five", 5, "killed"), claim("30", 30, "injured")],
    ),
    # A list after a first object without a figure: each count in it is a claim
    Case(
        "object-list-death-of-ranks",
        "The ambush led to the death of the commanding officer, two majors, one captain and 12 "
        "soldiers of the Kestor garrison.",
        [
            claim("two", 2, "killed", victims="majors"),
            claim("one", 1, "killed", victims="captains"),
            claim("12", 12, "killed", victims="soldiers"),
        ],
    ),
    Case(
        "object-and-figure-death-of",
        "The raid led to the death of the commander and 12 guards.",
        [claim("12", 12, "killed", victims="guards")],
    ),
    Case(
        "object-then-comma-speaker-is-no-claim",
        "Gunmen killed a shopkeeper in Tarvel, three officials said.",
        [],
    ),
    # A plural noun the victim list lacks, made a count of people by a strong passive harm verb
    Case(
        "unknown-noun-arrested",
        "About 200 violators have been arrested in the last 24 hours, Kestor police said.",
        [claim("About 200", 200, "detained", qualifier="about", victims="violators")],
    ),
    Case(
        "unknown-noun-killed",
        "Eleven prospectors were killed when gunmen raided the Ostel gold diggings.",
        [claim("Eleven", 11, "killed", victims="prospectors")],
    ),
    Case(
        "unknown-noun-thing-is-no-claim",
        "Some 40 trucks were seized at the Tarvel crossing.",
        [],
    ),
    Case(
        "unknown-noun-active-voice-is-no-claim",
        "About 300 vigilantes have killed livestock across the Kestor valley.",
        [],
    ),
    # "One American": a singular people's noun, for a count of one
    Case(
        "one-demonym-confirmed-dead",
        "One American has been confirmed dead by the State Department.",
        [claim("One", 1, "killed", victims="americans")],
    ),
    Case(
        "one-demonym-and-others-killed",
        "At least one Varnian and 11 other hostages were reported to have been killed.",
        [
            claim("At least one", 1, "killed", qualifier="at_least", victims="varnians"),
            claim("11", 11, "killed", victims="hostages"),
        ],
    ),
    Case(
        "one-demonym-before-noun-keeps-noun",
        "One Varnian soldier was killed in the Ostel shelling.",
        [claim("One", 1, "killed", victims="soldiers")],
    ),
    Case(
        "one-demonym-speaker-is-no-claim",
        "One Varnian said the shelling of Ostel went on all night.",
        [],
    ),
    # Not counts of the harmed
    Case(
        "hypothetical-if-that-is-no-claim",
        "If we recover them dead, that is 105 deaths, the Tarvel governor said.",
        [],
    ),
    Case(
        "hypothetical-if-would-be-no-claim",
        "If the missing are not found, it would be 40 deaths in one week.",
        [],
    ),
    Case(
        "one-family-is-no-count",
        "The victims were all members of one family, police in Kestor said.",
        [],
    ),
    Case(
        "whether-they-died-is-no-claim",
        "Officials could not confirm whether the two men died in the Ostel fire.",
        [],
    ),
    Case(
        "whether-does-not-reach-the-first-count",
        "Three people died in the Ostel fire, and it is unclear whether two others survived.",
        [claim("Three", 3, "killed")],
    ),
    Case(
        "of-them-things-is-no-claim",
        "Five passengers were injured when the Kestor express left the tracks. All 21 coaches "
        "derailed. Two of them overturned.",
        [claim("Five", 5, "injured", victims="passengers")],
    ),
    Case(
        "of-them-people-after-hours-keeps-claim",
        "Five passengers were injured when the Kestor express left the tracks. Rescuers worked for "
        "3 hours. Two of them were in serious condition.",
        [claim("Five", 5, "injured"), claim("Two", 2, "injured", victims="passengers")],
    ),
    # Scope: a single past disaster's missing and homeless are its incident's, as its dead are;
    # a war's standing counts stay cumulative
    Case(
        "scope-one-disaster-aftermath-is-incident",
        "A strong earthquake struck Kestor province on Monday, the strongest this year, killing at "
        "least 2,300 people, officials said.\n\nTens of thousands were left homeless.\n\n"
        "More than 1,700 people are still missing, the disaster agency said.",
        [
            claim("at least 2,300", 2300, "killed", scope="incident"),
            claim("Tens of thousands", 20000, "displaced", scope="incident"),
            claim("More than 1,700", 1700, "missing", scope="incident"),
        ],
    ),
    Case(
        "scope-war-displaced-stays-cumulative",
        "A building collapsed in Tarvel after an airstrike on Monday, killing 20 people, as the war "
        "entered its tenth month.\n\nMore than 1.9 million people have been displaced.",
        [
            claim("20", 20, "killed", scope="incident"),
            claim("More than 1.9 million", 1900000, "displaced", scope="cumulative"),
        ],
    ),
    # --- forms found while measuring on real news (sentences written here) -----------------
    Case(
        "coord-object-then-figure",
        "Gunmen killed a guard and three shopkeepers at the market in Ravella.",
        [claim("three", 3, "killed", victims="shopkeepers")],
    ),
    Case(
        "place-phrase-with-determiner",
        "Two men inside that truck died at the checkpoint.",
        [claim("Two", 2, "killed", victims="men")],
    ),
    Case(
        "among-figure-killed",
        "Four nurses were among 30 people killed when the clinic collapsed.",
        [claim("Four", 4, "killed", victims="nurses"), claim("30", 30, "killed", victims="people")],
    ),
    Case(
        "headline-present-die",
        "3 die, 11 hurt as bus overturns near Kestor",
        [claim("3", 3, "killed", scope="incident"), claim("11", 11, "injured")],
    ),
    Case(
        "headline-toll-reaches",
        "Flood toll reaches 64 in northern valleys",
        [claim("64", 64, "killed")],
    ),
    Case(
        "dead-numbered",
        "The dead numbered 17, the regional coroner said.",
        [claim("17", 17, "killed", source="regional coroner")],
    ),
    Case(
        "breakdown-in-brackets",
        "The 40 deaths were spread across three provinces: Arlen (22), Boden (11) and Corva (7).",
        [
            claim("40", 40, "killed"),
            claim("22", 22, "killed", location="Arlen"),
            claim("11", 11, "killed", location="Boden"),
            claim("7", 7, "killed", location="Corva"),
        ],
    ),
    Case(
        "revised-count-down-in-war",
        "The UN humanitarian office revised its count of people killed in the war down to 31,200.",
        [claim("31,200", 31200, "killed", scope="cumulative", source="UN OCHA")],
    ),
    Case(
        "strikes-claimed-lives-no-source",
        "Overnight strikes claimed 14 lives in the port city.",
        [claim("14", 14, "killed", source=None)],
    ),
    Case(
        "confirmed-by-source",
        "The figure of 9 dead was confirmed by the provincial police.",
        [claim("9", 9, "killed", source="provincial police")],
    ),
    Case(
        "not-evacuated-negation",
        "A group of 26 hikers were not evacuated and spent the night on the ridge.",
        [],
    ),
    Case(
        "share-of-population-no-claim",
        "A third of the region's 1.2 million people have no access to clean water.",
        [],
    ),
    Case(
        "deaths-accounted-for",
        "The 52 deaths accounted for so far were all in the old town.",
        [claim("52", 52, "killed", victims="people")],
    ),
    Case(
        "rescued-hostages-include",
        "The rescued hostages include a nurse, who was injured, and two engineers.",
        [],
    ),
    Case(
        "war-zone-not-a-war",
        "Witnesses said the street looked like a war zone. Five people were killed in the shooting.",
        [claim("Five", 5, "killed", scope="incident")],
    ),
    # A headline's "X:" is a speaker only when X can speak: a place, a kind of piece or a topic
    # labels the story.
    Case(
        "headline-place-label-not-source",
        "Peru: 14 killed as bus plunges into gorge\n\nThe bus left the road near Tarvel late on Monday.",
        [claim("14", 14, "killed", source=None)],
    ),
    Case(
        "headline-joined-places-label",
        "Sudan and Chad: 12 refugees drown crossing the river\n\nThe boat sank at dawn.",
        [claim("12", 12, "killed", victims="refugees", source=None)],
    ),
    Case(
        "headline-piece-label-not-source",
        "Live: flood toll passes 90 in coastal towns\n\nRain is forecast to continue.",
        [claim("passes 90", 90, "killed", qualifier="more_than", source=None)],
    ),
    Case(
        "headline-topic-label-not-source",
        "Kestor border war: 25 soldiers killed in ambush\n\nThe ambush came at night.",
        [claim("25", 25, "killed", victims="soldiers", source=None)],
    ),
    Case(
        "headline-body-prefix-is-source",
        "UN: 40 missing after ferry capsizes off Tarvel\n\nThe ferry was overloaded.",
        [claim("40", 40, "missing", source="United Nations")],
    ),
    Case(
        "headline-toll-nears",
        "Quake toll nears 300 as rescuers dig through the night",
        [claim("nears 300", 300, "killed", qualifier="nearly")],
    ),
    Case(
        "location-not-a-weekday-possessive",
        "At least 40 people died in Saturday's landslide, officials said.",
        [claim("At least 40", 40, "killed", location=None)],
    ),
    Case(
        "undated-article-own-unknown-day",
        "At least 50 were killed in the 2010 floods in Varnia.\n\n"
        "At least 12 people were confirmed dead by Wednesday morning, officials said. "
        "The officials said 30 people had been injured.",
        [
            claim("At least 50", 50, "killed", as_of="2010"),
            claim("At least 12", 12, "killed", as_of=None),
            claim("30", 30, "injured", as_of=None),
        ],
        date=None,
    ),
    Case(
        "headline-present-drown",
        "12 migrants drown as dinghy sinks off Tarvel",
        [claim("12", 12, "killed", victims="migrants")],
    ),
    Case(
        "headline-deaths-pass",
        "Flood deaths pass 90 in coastal towns",
        [claim("pass 90", 90, "killed", qualifier="more_than")],
    ),
    # "90 in coastal towns": a place after the figure, not a count of towns
    Case(
        "figure-then-place-not-object",
        "The flood toll rose to 90 in coastal towns on Monday.",
        [claim("90", 90, "killed", as_of="2024-07-15")],
    ),
    Case(
        "figure-of-things-then-place",
        "The storm destroyed 90 homes in coastal towns.",
        [],
    ),
    Case(
        "inverted-number-of",
        "The shelling raised to 40 the number of people killed in the province since May.",
        [claim("40", 40, "killed", victims="people", scope="cumulative")],
    ),
    Case(
        "inverted-number-of-things",
        "The flooding raised to 300 the total number of homes destroyed.",
        [],
    ),
    Case(
        "who-told-speaker",
        "The figures match those of district council member Ilan Vesk, who told reporters that "
        "nine people had been killed in the raid.",
        [claim("nine", 9, "killed", source="district council member Ilan Vesk")],
    ),
    Case(
        "member-of-body-apposition",
        "Orla Brand, a member of the regional council, said six villagers were killed.",
        [claim("six", 6, "killed", victims="villagers", source="regional council (Orla Brand)")],
    ),
    Case(
        "location-not-a-known-body",
        "Four fighters were killed in NATO air strikes near Tarvel, the governor said.",
        [claim("Four", 4, "killed", victims="fighters", location="Tarvel")],
    ),
    Case(
        "headline-link-to-other-story",
        "More from the Courier: Five killed in Tarvel bus crash\n\nThe council met on Monday.",
        [claim("Five", 5, "killed", source=None)],
    ),
    Case(
        "location-title-case-headline-event",
        "15 Die in Varnia Bus Crash, Official Says",
        [claim("15", 15, "killed", location="Varnia", source="official")],
    ),
    Case(
        "location-title-case-headline-road",
        "17 Dead as Bus Falls From Tarvel Highway Onto Van",
        [claim("17", 17, "killed", location="Tarvel")],
    ),
    Case(
        "location-road-name-in-prose",
        "Six people died on the Kestor Coast Highway on Monday.",
        [claim("Six", 6, "killed", location="Kestor Coast Highway")],
    ),
    Case(
        "location-possessive-then-region",
        "Three people were killed in Varnia's central region of Kestor on Saturday, the governor said.",
        [claim("Three", 3, "killed", location="Varnia")],
    ),
    Case(
        "missing-gone-missing",
        "At least 47 people have been injured and 12 have gone missing, the relief centre said.",
        [claim("At least 47", 47, "injured"), claim("12", 12, "missing")],
    ),
    Case(
        "missing-went-missing",
        "Three fishermen went missing after their boat capsized off Tarvel.",
        [claim("Three", 3, "missing", victims="fishermen")],
    ),
    Case(
        "went-to-hospital-not-a-claim",
        "Forty people went to the hospital to give blood.",
        [],
    ),
    Case(
        "location-province-of-name",
        "Fifty-three of the dead were from the southern province of Kestor.",
        [claim("Fifty-three", 53, "killed", location="Kestor")],
    ),
    Case(
        "claimed-qualified-lives-not-speech",
        "The civil war has claimed more than 24,800 lives since fighting broke out.",
        [claim("more than 24,800", 24800, "killed", source=None)],
    ),
    Case(
        "location-after-the-last-figure",
        "At least 124 people were killed and 200 were injured in the town of Sel on Friday.",
        [claim("At least 124", 124, "killed", location="Sel"), claim("200", 200, "injured", location="Sel")],
    ),
    Case(
        "location-each-its-own",
        "Twelve people were killed in Ost and five in Brel.",
        [claim("Twelve", 12, "killed", location="Ost"), claim("five", 5, "killed", location="Brel")],
    ),
    Case(
        "location-not-from-a-breakdown",
        "Gunmen seized 40 hostages, 12 of whom are still held in Ostrava.",
        [claim("40", 40, "hostages", location=None), claim("12", 12, "hostages", location="Ostrava")],
    ),
    Case(
        "location-not-from-the-source",
        "Six children died in hospital overnight, the health ministry in Varnia said.",
        [claim("Six", 6, "killed", location=None)],
    ),
    Case(
        "location-adjective-unit-of-name",
        "A car bomb killed 20 people in the northern Varnian town of Ostel, activists said.",
        [claim("20", 20, "killed", location="Ostel")],
    ),
    Case(
        "with-source-saying",
        "The army has since pounded the strip, with the Varnian health ministry saying 9,770 people "
        "have been killed.",
        [claim("9,770", 9770, "killed", source="Varnian health ministry")],
    ),
    Case(
        "with-source-putting-toll",
        "Fighting went on into the night, with officials putting the toll at 40.",
        [claim("40", 40, "killed", source="officials")],
    ),
    Case(
        "headline-after-date-header",
        " date 2023-11-06 Over 200 dead in overnight strikes on Ostel: police\n\nThe strikes went on.",
        [claim("Over 200", 200, "killed", qualifier="more_than", source="police", as_of="2023-11-06")],
        date=None,
    ),
    Case(
        "headline-after-date-header-place-label",
        " date 2024-01-01 Peru: 40 killed in bus crash\n\nThe bus left the road.",
        [claim("40", 40, "killed", source=None)],
        date=None,
    ),
    Case(
        "with-saying-speaks-only-after-it",
        "Rescuers in Ostel said a strike killed at least 7 people, with the army saying it had "
        "targeted fighters.",
        [claim("at least 7", 7, "killed", source="Rescuers in Ostel")],
    ),
    Case(
        "date-header-not-the-lede-date",
        " date 2019-12-11 OSTEL (Wire) – Over 1,000 protesters are believed to be dead, the Varnia "
        "Rights Monitor said on Tuesday.",
        [claim("Over 1,000", 1000, "killed", as_of="2019-12-10")],
        date=None,
    ),
    Case(
        "sent-to-hospitals-injured",
        "A riot that sent 24 inmates to hospitals ended after midnight.",
        [claim("24", 24, "injured", victims="inmates")],
    ),
    Case(
        "rushed-to-nearby-hospitals-injured",
        "Paramedics rushed 9 people to nearby hospitals.",
        [claim("9", 9, "injured")],
    ),
    Case(
        "sent-carers-to-hospital-not-a-claim",
        "The ministry sent 12 doctors to the hospital in Ostel.",
        [],
    ),
    Case(
        "date-header-not-in-the-sentence",
        " date 2024-01-01 Forty people were killed in Ostel, police said.\n\nThe town mourned.",
        [
            claim(
                "Forty",
                40,
                "killed",
                as_of="2024-01-01",
                source="police",
                sentence="Forty people were killed in Ostel, police said.",
            )
        ],
        date=None,
    ),
    Case(
        "taken-to-hospitals-injured",
        "In addition to those killed, at least three were taken to hospitals with serious injuries.",
        [claim("at least three", 3, "injured")],
    ),
    Case(
        "airlifted-to-nearby-hospital-injured",
        "Nine climbers were airlifted to a nearby hospital.",
        [claim("Nine", 9, "injured", victims="climbers")],
    ),
    Case(
        "of-the-n-killed-restates",
        "A gunman killed 2 people in Brel. Of the two killed, one was a man, police said.",
        [claim("2", 2, "killed"), claim("one", 1, "killed")],
    ),
    Case(
        "of-the-n-dead-first-mention",
        "Of the 40 dead, 12 were children.",
        [claim("40", 40, "killed"), claim("12", 12, "killed", victims="children")],
    ),
    Case(
        "recovered-deceased-killed",
        "Three of the migrants were recovered deceased on Saturday.",
        [claim("Three", 3, "killed", victims="migrants", as_of="2024-07-13")],
    ),
    Case(
        "in-the-custody-of-detained",
        "Fourteen other migrants are in the custody of border officials.",
        [claim("Fourteen", 14, "detained", victims="migrants")],
    ),
    Case(
        "still-holds-hostages-standing-count",
        "The group still holds 101 hostages, about a third of whom are believed dead.",
        [claim("101", 101, "hostages", scope="cumulative")],
    ),
    Case(
        "rescued-then-the-rest-dead",
        "Of the 230 passengers on board, 41 were rescued and the rest are presumed dead.",
        [],
    ),
    Case(
        "rescued-then-sent-to-hospital",
        "Nine people were rescued and sent to hospital.",
        [claim("Nine", 9, "injured")],
    ),
    Case(
        "toll-rose-dash-figure",
        "The death toll rose further Tuesday -- above 40,000, by one count.",
        [claim("above 40,000", 40000, "killed", qualifier="more_than")],
    ),
    Case(
        "toll-rose-comma-to-figure",
        "The death toll rose further on Tuesday, to 1,250.",
        [claim("1,250", 1250, "killed")],
    ),
    Case(
        "toll-rose-then-other-clause",
        "The death toll rose, while 40 people were injured.",
        [claim("40", 40, "injured")],
    ),
    Case(
        "still-being-treated-in-hospitals",
        "He said more than 13,000 people were still being treated in hospitals.",
        [claim("more than 13,000", 13000, "injured")],
    ),
    Case(
        "location-after-a-lowercase-adjective",
        "Almost 3,700 deaths have been confirmed in neighbouring Kestor.",
        [claim("Almost 3,700", 3700, "killed", location="Kestor")],
    ),
    Case(
        "labelled-figures-list",
        "Deaths: 1,234\nInjured: 5,600\nMissing: 120",
        [
            claim("1,234", 1234, "killed", source=None),
            claim("5,600", 5600, "injured", source=None),
            claim("120", 120, "missing", source=None),
        ],
    ),
    Case(
        "labelled-figures-dashes",
        "Killed - 45; wounded - 130 (figures from the health ministry)",
        [claim("45", 45, "killed"), claim("130", 130, "injured")],
    ),
    Case(
        "of-the-group-remain-breakdown",
        "Of the 251 people taken hostage, 97 remain in Ostel.",
        [
            claim("251", 251, "hostages", scope="incident"),
            claim("97", 97, "hostages", scope="cumulative"),
        ],
    ),
    Case(
        "of-the-injured-severity-subset",
        "Of the 12 people injured, three are in critical condition.",
        [claim("12", 12, "injured"), claim("three", 3, "injured")],
    ),
    Case(
        "source-regional-alias-in-its-region",
        "A strike on a school in Gaza City killed 21 people, the civil defence agency said.",
        [claim("21", 21, "killed", source="Gaza civil defence")],
    ),
    Case(
        "source-regional-alias-elsewhere",
        "A strike on a market in Ostel killed 21 people, the civil defence agency said.",
        [claim("21", 21, "killed", source="civil defence agency")],
    ),
    Case(
        "source-civil-defence-is-no-army",
        "The Israeli military said it hit a depot near Ostel. The blast killed 9 people, the civil defence agency said.",
        [claim("9", 9, "killed", source="civil defence agency")],
    ),
    Case(
        "source-day-told-first",
        "On Saturday the Ostel health ministry said 14 people were wounded.",
        [claim("14", 14, "injured", source="Ostel health ministry")],
    ),
    Case(
        "source-explicit-beats-country-subject",
        "Peru, the worst-hit country, has recorded at least 310 deaths, according to the latest "
        "report from the disaster management agency.",
        [claim("at least 310", 310, "killed", source="disaster management agency", location="Peru")],
    ),
    Case(
        "source-country-speaks-alone",
        "Chile said 12 people were killed in the blast.",
        [claim("12", 12, "killed", source="Chile")],
    ),
    Case(
        "location-after-opening-source",
        "An Ostel official says a car bomber has hit an army post in the town of Kestor, killing three soldiers.",
        [claim("three", 3, "killed", victims="soldiers", location="Kestor")],
    ),
    Case(
        "location-shared-with-including-breakdown",
        "At least eleven people, including three border guards, were killed in a bombing in Marl, officials said.",
        [
            claim("At least eleven", 11, "killed", location="Marl"),
            claim("three", 3, "killed", victims="border guards", location="Marl"),
        ],
    ),
    Case(
        "location-direction-of-place",
        "A car bomber struck a checkpoint south of Tarvel on Saturday, killing at least 9 soldiers, police said.",
        [claim("at least 9", 9, "killed", victims="soldiers", location="Tarvel")],
    ),
    Case(
        "scope-strike-toll-risen-stays-incident",
        "A missile strike on the city of Ostel killed five people on Monday, the governor said. "
        "The death toll has risen to seven, he wrote.",
        [
            claim("five", 5, "killed", scope="incident"),
            claim("seven", 7, "killed", scope="incident"),
        ],
    ),
    Case(
        "scope-disaster-toll-risen-is-running",
        "Floods in Kestor killed five people on Monday, the governor said. "
        "The toll from the floods has risen to seven, he said.",
        [
            claim("five", 5, "killed", scope="incident"),
            claim("seven", 7, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "location-demonym-is-no-place",
        "Blast at Pakistani market kills 12",
        [claim("12", 12, "killed", location=None)],
    ),
    Case(
        "location-place-before-a-noun-stays",
        "Clashes in Kestor province killed 9 people, police said.",
        [claim("9", 9, "killed", location="Kestor")],
    ),
    Case(
        "detained-in-detention",
        "About 1,200 people remain in detention after the protests, rights groups say.",
        [claim("About 1,200", 1200, "detained", qualifier="about", source="rights groups")],
    ),
    Case(
        "source-part-of-a-pair-is-no-pair",
        "Gunmen abducted at least 40 people from a village in Ostel, residents and police said. "
        "Police spokesman Adam Tarvel said 28 were still being held.",
        [
            claim("at least 40", 40, "hostages", source="residents and police"),
            claim("28", 28, "hostages", source="police (Adam Tarvel)"),
        ],
    ),
    Case(
        "source-lone-lowercase-body-keeps-role",
        "The dead included nine women, district official Mara Selk told reporters.",
        [claim("nine", 9, "killed", victims="women", source="district official (Mara Selk)")],
    ),
    Case(
        "source-government-data-is-no-earlier-official",
        "The dead included nine women, district official Mara Selk said. Road accidents kill more "
        "than 150,000 people in Varnia every year, according to government data.",
        [
            claim("nine", 9, "killed", victims="women"),
            claim("more than 150,000", 150000, "killed", source="government"),
        ],
    ),
    # --- pages that lost the space after a full stop ------------------------------------
    Case(
        "sentence-no-space-after-stop",
        "Floods swept the Velor valley on Monday.Forty-two people were missing, police said."
        "Fourteen others died in the north, officials said.",
        [
            claim("Forty-two", 42, "missing", source="police"),
            claim("Fourteen", 14, "killed", source="officials"),
        ],
    ),
    Case(
        "sentence-no-space-initials-stay-whole",
        "The U.S.Army said 12 soldiers were wounded.",
        [claim("12", 12, "injured", victims="soldiers", source="U.S.Army")],
    ),
    # --- a count that changed: the count it was and the new count, not a range --------------
    Case(
        "change-climbed-from-to",
        "The death toll from Monday's strikes climbed from 492 to 558, the health minister said.",
        [
            claim("492", 492, "killed", figure_high=None, qualifier="exact"),
            claim("558", 558, "killed", figure_high=None, qualifier="exact"),
        ],
    ),
    Case(
        "change-rose-from-to-small-numbers",
        "The number of people killed in the fire rose from 12 to 15.",
        [claim("12", 12, "killed", qualifier="exact"), claim("15", 15, "killed", qualifier="exact")],
    ),
    Case(
        "change-from-to-without-a-verb-is-a-range",
        "Fighting displaced from 2,000 to 3,000 people, aid groups said.",
        [claim("from 2,000 to 3,000", 2000, "displaced", figure_high=3000, qualifier="range")],
    ),
    # --- ages beside a count ------------------------------------------------------------
    Case(
        "ages-after-count-are-no-claims",
        "Two women aged 31 and 47 were killed when a shell hit their home.",
        [claim("Two", 2, "killed", victims="women")],
    ),
    Case(
        "ages-in-an-aside",
        "Three men, aged 29, 34 and 51, died in the crash, police said.",
        [claim("Three", 3, "killed", victims="men", source="police")],
    ),
    Case(
        "ages-alone-are-no-count",
        "The victims, aged 20 to 45, were all killed in the blast.",
        [],
    ),
    # --- "others" after a breakdown ------------------------------------------------------
    Case(
        "others-after-breakdown-are-the-main-count",
        "At least seven people were killed -- including two children -- and 25 others were wounded.",
        [
            claim("At least seven", 7, "killed", victims="people"),
            claim("two", 2, "killed", victims="children"),
            claim("25", 25, "injured", victims="people"),
        ],
    ),
    Case(
        "source-alleged-after-the-is-no-speech-verb",
        "Troops guarded the homes of the alleged smugglers after 3 people were killed.",
        [claim("3", 3, "killed", source=None)],
    ),
    # --- the article's own date, not a page's or the story's ------------------------------
    Case(
        "date-today-box-is-not-the-article-date",
        "Blast kills 9 in Varna: police\nToday in Tarvel City\nMar 24, 2017-Friday\n\n"
        "world Updated: Mar 30, 2011 17:01 IST\n\n"  # an update's day is no publication day
        "A bomb killed nine people near a checkpoint on Wednesday, police said.",
        [claim("9", 9, "killed", as_of=None), claim("nine", 9, "killed", as_of=None, source="police")],
        date=None,
    ),
    Case(
        "date-in-a-story-paragraph-is-not-the-article-date",
        "Eight dead in Kestor bombing\n\nA bomber struck a police compound in Kestor on Sunday, killing "
        "eight people, an official said. The attack was the deadliest in the province since the Sept. "
        "11, 2001, attacks on the United States drew the region into a long war, officials said.",
        [claim("Eight", 8, "killed", as_of=None), claim("eight", 8, "killed", as_of=None)],
        date=None,
    ),
    # --- sources: one person of a kind, a body serving a place, fire services ---------------
    Case(
        "source-a-security-source",
        "Sixteen civilians were killed on Friday in an attack on a village, a security source said.",
        [claim("Sixteen", 16, "killed", source="security source")],
    ),
    Case(
        "source-according-to-a-resident",
        "Two civilians were killed in the raid, according to a resident.",
        [claim("Two", 2, "killed", source="resident")],
    ),
    Case(
        "source-locals-told-agency",
        "At least 12 civilians died in the raid, locals told reporters on Sunday.",
        [claim("At least 12", 12, "killed", source="locals")],
    ),
    Case(
        "source-spokesman-for-a-body-in-a-region",
        "Marko Delic, the spokesman for the State Emergency Service in the Varna region, said about "
        "20 people were injured.",
        [claim("about 20", 20, "injured", source="State Emergency Service (Marko Delic)")],
    ),
    Case(
        "source-official-in-the-district",
        "Fifteen bodies were pulled from the river, Anil Roy, a senior police official in the district, "
        "told reporters.",
        [claim("Fifteen", 15, "killed", source="police official (Anil Roy)")],
    ),
    Case(
        "source-fire-chief",
        "Fire Chief Sam Pell told reporters that 14 people died in the blaze.",
        [claim("14", 14, "killed", source="Fire Chief (Sam Pell)")],
    ),
    Case(
        "source-the-fire-is-no-one",
        "The fire killed 14 people, the fire department said.",
        [claim("14", 14, "killed", source="fire department")],
    ),
    Case(
        "scope-war-story-next-sentence-goes-on-with-the-strike",
        "The war in Varnia has killed more than 40,000 people, the ministry says.\n\n"
        "A strike on a house in Deir Tarvel killed nine people, medics said. "
        "Ten people were killed in a second house, he said.",
        [
            claim("more than 40,000", 40000, "killed", scope="cumulative"),
            claim("nine", 9, "killed", scope="incident"),
            claim("Ten", 10, "killed", scope="incident"),
        ],
    ),
    Case(
        "scope-war-story-perfect-tense-stays-running-total",
        "The war in Varnia has killed more than 40,000 people, the ministry says.\n\n"
        "A strike on a house in Deir Tarvel killed nine people, medics said. "
        "More than 90,000 people have been wounded, the ministry said.",
        [
            claim("more than 40,000", 40000, "killed", scope="cumulative"),
            claim("nine", 9, "killed", scope="incident"),
            claim("More than 90,000", 90000, "injured", scope="cumulative"),
        ],
    ),
    Case(
        "source-the-network-refers-back",
        "At least 30 people were killed in the attack on the camp, the Varnia Doctors Network said on "
        "Friday. The network added that 12 children were among the dead.",
        [
            claim("At least 30", 30, "killed", source="Varnia Doctors Network"),
            claim("12", 12, "killed", source="Varnia Doctors Network"),
        ],
    ),
    Case(
        "source-the-department-alone-stays",
        "Nine people died in the blaze, the department said.",
        [claim("Nine", 9, "killed", source="department")],
    ),
    # --- harm verbs the first filter once let through to nothing ------------------------------
    Case(
        "verb-slaughtered-scores",
        "Gunmen stormed the village of Kel and slaughtered scores of people.",
        [claim("scores", 40, "killed", qualifier="vague")],
    ),
    Case(
        "verb-butchered",
        "Attackers butchered 12 farmers in their fields near Rovo.",
        [claim("12", 12, "killed", victims="farmers")],
    ),
    Case(
        "verb-martyred-supporters",
        "Six supporters were martyred in the blast, the party said.",
        [claim("Six", 6, "killed", victims="supporters")],
    ),
    Case(
        "verb-snatched-students",
        "Gunmen snatched 12 students from their school in Tarvel.",
        [claim("12", 12, "hostages", victims="students")],
    ),
    Case(
        "verb-disappeared-at-sea",
        "Five fishermen disappeared at sea, officials said.",
        [claim("Five", 5, "missing", source="officials")],
    ),
    Case(
        "noun-list-before-the-verb",
        "More than 10,000 civilians, troops and police have died in the violence, according to a count "
        "by a rights group.",
        [claim("More than 10,000", 10000, "killed", qualifier="more_than", victims="civilians")],
    ),
    Case(
        "group-lead-of-the-dead",
        "Of the dead, 26 were women, the mayor of Kestor said.",
        [claim("26", 26, "killed", victims="women")],
    ),
    Case(
        "group-lead-of-the-detained-released-is-no-claim",
        "Of the detained, 30 were released on Sunday.",
        [],
    ),
    Case(
        "source-acting-minister-keeps-the-office",
        "Varnia's Acting Interior Minister Tomas Bek said 45 people were killed in the floods.",
        [claim("45", 45, "killed", source="Varnia's Interior Minister (Tomas Bek)")],
    ),
    Case(
        "headline-topic-label-is-no-source",
        "Varnia Train Accident: Passenger Train Derails Near Kel, Over 200 Dead",
        [claim("Over 200", 200, "killed", source=None)],
    ),
    Case(
        "headline-speaker-label-is-a-source",
        "Police: 12 killed in Tarvel bus crash",
        [claim("12", 12, "killed")],
    ),
    Case(
        "source-who-upgraded-the-toll",
        "Police upgraded the casualty toll to 12 dead and four wounded on Friday night.",
        [claim("12", 12, "killed", source="police"), claim("four", 4, "injured", source="police")],
    ),
    Case(
        "source-raised-banners-is-no-speech",
        "Protesters raised banners as 3 people were killed nearby.",
        [claim("3", 3, "killed", source=None)],
    ),
    Case(
        "source-officer-in-apposition",
        "Fourteen bodies were recovered, Ravi Nair, a senior police officer in the district, told reporters.",
        [claim("Fourteen", 14, "killed", source="police (Ravi Nair)")],
    ),
    Case(
        "source-officer-is-the-police",
        "Fourteen bodies were recovered, a police officer told reporters.",
        [claim("Fourteen", 14, "killed", source="police")],
    ),
    Case(
        "source-the-group-is-not-a-news-agency",
        "Nine people were hurt, a doctor told Reuters.\n\n"
        "A drone strike killed 11 fighters, according to the group.",
        [claim("Nine", 9, "injured", source="doctor"), claim("11", 11, "killed", source="group")],
    ),
    Case(
        "as-of-since-date-of-the-next-figure",
        "A total of 88 people died in the past 24 hours, while 4,410 have been injured since the "
        "fighting began on October 7.",
        [
            claim("88", 88, "killed", as_of="2024-07-16", scope="incident"),
            claim("4,410", 4410, "injured", as_of="2024-07-16", scope="cumulative"),
        ],
    ),
    Case(
        "scope-bringing-the-war-toll-to",
        "Strikes killed 42 people on Monday, bringing the death toll in the war to 12,310, the ministry said.",
        [
            claim("42", 42, "killed", as_of="2024-07-15", scope="incident"),
            claim("12,310", 12310, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "scope-bringing-the-monsoon-toll-to",
        "Flooding killed 12 more people on Monday, bringing the toll from weeks of monsoon rains to 310.",
        [
            claim("12", 12, "killed", as_of="2024-07-15", scope="incident"),
            claim("310", 310, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "scope-bringing-a-crash-toll-to",
        "Rescuers found three more bodies on Monday, bringing the toll from the bus crash to 15.",
        [
            claim("three", 3, "killed", scope="incident"),
            claim("15", 15, "killed", scope="incident"),
        ],
    ),
    Case(
        "victims-singular-noun-qualifies-a-later-head",
        "The drone strike killed 11 senior rebel commanders and 3 child soldiers.",
        [
            claim("11", 11, "killed", victims="commanders"),
            claim("3", 3, "killed", victims="soldiers"),
        ],
    ),
    Case(
        "victims-seniors-as-a-head",
        "The fire killed 12 seniors at the care home.",
        [claim("12", 12, "killed", victims="seniors")],
    ),
    Case(
        "as-of-period-between-months-of-last-year",
        "The fever killed more than 600 people between July and October last year.",
        [claim("more than 600", 600, "killed", as_of="2024-10")],
        date="2025-02-22",
    ),
    Case(
        "as-of-last-year",
        "Floods killed 1,200 people last year, the agency said.",
        [claim("1,200", 1200, "killed", as_of="2024")],
        date="2025-02-22",
    ),
    Case(
        "as-of-last-year-of-the-compared-count",
        "So far this year 300 people have died, compared with 250 last year.",
        [claim("300", 300, "killed", as_of="2025-02-22", scope="cumulative")],
        date="2025-02-22",
    ),
    Case(
        "category-treated-at-the-scene",
        "Seven people were hurt in the crash. Three of them are in hospital. Four were treated at the scene.",
        [
            claim("Seven", 7, "injured"),
            claim("Three", 3, "injured"),
            claim("Four", 4, "injured"),
        ],
    ),
    Case(
        "category-the-injury-of",
        "The shelling caused the deaths of more than 85 people and the injury of dozens.",
        [
            claim("more than 85", 85, "killed", qualifier="more_than"),
            claim("dozens", 24, "injured", qualifier="vague"),
        ],
    ),
    Case(
        "category-harm-noun-as-subject-of-the-count",
        "Deaths recorded in the northern province were at 167, police said.",
        [claim("167", 167, "killed", source="police")],
    ),
    Case(
        "category-deaths-at-sites-is-no-count",
        "There were deaths at 3 separate sites.",
        [],
    ),
    Case(
        "breakdown-including-list-without-closing-comma",
        "At least 30 people including women and children have been killed by gunmen in the province.",
        [claim("At least 30", 30, "killed", qualifier="at_least", victims="people")],
    ),
    Case(
        "breakdown-including-counts-without-closing-comma",
        "Twenty-five civilians, including seven children and six women were killed in the raids.",
        [
            claim("Twenty-five", 25, "killed", victims="civilians"),
            claim("seven", 7, "killed", victims="children"),
            claim("six", 6, "killed", victims="women"),
        ],
    ),
    Case(
        "breakdown-including-a-clause-is-no-list",
        "Twelve people, including a child who was hurt, fled the village.",
        [claim("Twelve", 12, "displaced")],
    ),
    Case(
        "victims-after-a-dotted-abbreviation",
        "At least nine U.S. citizens are among the dead, officials said.",
        [claim("At least nine", 9, "killed", victims="citizens", source="officials")],
    ),
    Case(
        "sentence-line-end-before-a-lower-case-word",
        "Shelling of the market on Monday killed at\nleast 15 people, police said.",
        [claim("at\nleast 15", 15, "killed", qualifier="at_least", source="police")],
    ),
    Case(
        "sentence-wrapped-text",
        "A bomb outside a mosque in the south of the city killed six people and\n"
        "wounded 20, police said. Roadside bombs also killed four people in the\n"
        "city and one in a nearby town, the\n"
        "police said.",
        [
            claim("six", 6, "killed", source="police"),
            claim("20", 20, "injured", source="police"),
            claim("four", 4, "killed", source="police"),
            claim("one", 1, "killed", source="police"),
        ],
    ),
    Case(
        "sentence-headline-line-is-its-own",
        "Blast kills six in market\nPolice said 20 people were wounded.",
        [claim("six", 6, "killed", source=None), claim("20", 20, "injured", source="police")],
    ),
    Case(
        "source-speaker-with-initials",
        "At least 17 people were killed, police chief K.L. Vanro said on Friday.",
        [claim("At least 17", 17, "killed", source="police chief (K.L. Vanro)", as_of="2024-07-12")],
    ),
    Case(
        "source-ombudsman",
        "At least 12 people died in the protests, the country's human rights ombudsman said.",
        [claim("At least 12", 12, "killed", source="human rights ombudsman")],
    ),
    Case(
        "source-according-to-a-body-there",
        "More than 900 people have been killed in the province, according to the health ministry there.",
        [claim("More than 900", 900, "killed", source="health ministry")],
    ),
    Case(
        "scope-speaker-day-said-here-is-no-incident",
        "The war in Varnia began in May.\n\n"
        "At least 175 people were killed and 1,108 injured in the state since the fighting began, "
        "the police chief said here on Friday.",
        [
            claim("At least 175", 175, "killed", scope="cumulative"),
            claim("1,108", 1108, "injured", scope="cumulative"),
        ],
    ),
    Case(
        "scope-barrage-is-an-incident",
        "The war in Varnia goes on.\n\nAn artillery barrage on Kel killed 34 people, the army said.",
        [claim("34", 34, "killed", scope="incident")],
    ),
    Case(
        "scope-storm-toll-rose-on-a-day",
        "A tropical storm swept across Varnia this week.\n\nThe death toll in the region rose to 44 on Monday.",
        [claim("44", 44, "killed", scope="cumulative", as_of="2024-07-15")],
    ),
    Case(
        "scope-wildfires-have-killed",
        "Wildfires have killed 23 people in the county, officials said.",
        [claim("23", 23, "killed", scope="cumulative")],
    ),
    Case(
        "scope-epidemic-deaths-recorded",
        "The cholera outbreak is spreading.\n\nThe agency said 836 deaths had been recorded in the province.",
        [claim("836", 836, "killed", scope="cumulative")],
    ),
    Case(
        "scope-quake-toll-rose-is-the-quake",
        "An earthquake struck Kel on Sunday.\n\nThe death toll from the earthquake rose to 264 on Monday.",
        [claim("264", 264, "killed", scope="incident")],
    ),
    Case(
        "not-a-claim-prisoners-in-exchange",
        "Seven women were released alive in exchange for more than 290 prisoners held by the army.",
        [],
    ),
    Case(
        "part-of-whole-takes-the-verb",
        "Rescuers saved 39 people, leaving 76 of the ferry's 118 passengers still unaccounted for.",
        [claim("76", 76, "missing", victims="passengers")],
    ),
    Case(
        "part-of-whole-confirmed-dead-is-the-claim",
        "Only 55 of the 75 confirmed dead have been identified.",
        [claim("75", 75, "killed")],
    ),
    Case(
        "list-first-item-shares-the-verb",
        "At least 22 children, two teachers and one guard were among the victims.",
        [
            claim("At least 22", 22, "killed", victims="children"),
            claim("two", 2, "killed", victims="teachers"),
            claim("one", 1, "killed", victims="guards"),
        ],
    ),
    Case(
        "breakdown-after-a-dash",
        "By Friday, 26 deaths had been confirmed — 23 children, two teachers and one guard.",
        [
            claim("26", 26, "killed"),
            claim("23", 23, "killed", victims="children"),
            claim("two", 2, "killed", victims="teachers"),
            claim("one", 1, "killed", victims="guards"),
        ],
    ),
    Case(
        "breakdown-between-dashes",
        "At least seven others — two policemen and five civilians — were wounded, he said.",
        [
            claim("At least seven", 7, "injured"),
            claim("two", 2, "injured", victims="policemen"),
            claim("five", 5, "injured", victims="civilians"),
        ],
    ),
    Case(
        "breakdown-after-a-dash-not-a-new-clause",
        "Police arrested 12 people — 40 officers took part in the raid.",
        [claim("12", 12, "detained")],
    ),
    Case(
        "part-of-whole-hostages-are-dead",
        "The army says eight of the remaining 26 hostages in Kel are dead.",
        [
            claim("eight", 8, "killed", victims="hostages"),
            claim("26", 26, "hostages", victims="hostages"),
        ],
    ),
    Case(
        "category-undergoing-treatment",
        "One died while 45 others were undergoing treatment, six of them for surgery.",
        [claim("One", 1, "killed"), claim("45", 45, "injured"), claim("six", 6, "injured")],
    ),
    Case(
        "source-a-tally-on-a-day-by",
        "Clashes have killed at least nine people since the weekend, according to a tally on Thursday "
        "by the Kestor Herald.",
        [claim("at least nine", 9, "killed", source="Kestor Herald")],
    ),
    Case(
        "source-subject-gave-a-toll-saying",
        "A physician at the hospital gave a higher toll, saying that 33 people were killed.",
        [claim("33", 33, "killed", source="hospital")],
    ),
    Case(
        "source-subject-acting-saying-is-no-speaker",
        "Gunmen attacked the village, saying 12 people had betrayed them.",
        [],
    ),
    Case(
        "category-toll-rose-to-from-a-cause",
        "The death toll in the region rose to 44 from landslides and flooding.",
        [claim("44", 44, "killed")],
    ),
    Case(
        "scope-a-calendar-day-in-a-lasting-disaster",
        "The heatwave has gripped the north for weeks.\n\n"
        "On July 10, there were 14 confirmed deaths due to heatstroke.",
        [claim("14", 14, "killed", scope="incident", as_of="2024-07-10")],
    ),
    Case(
        "as-of-each-count-its-own-day",
        "On July 8, the morgue received 28 bodies, and 25 on July 9.",
        [
            claim("28", 28, "killed", as_of="2024-07-08"),
            claim("25", 25, "killed", as_of="2024-07-09"),
        ],
    ),
    Case(
        "list-bare-counts-with-days",
        "On July 8, the morgue received 28 bodies, 25 on July 9, and 22 on July 10.",
        [
            claim("28", 28, "killed", as_of="2024-07-08"),
            claim("25", 25, "killed", as_of="2024-07-09"),
            claim("22", 22, "killed", as_of="2024-07-10"),
        ],
    ),
    Case(
        "source-according-to-a-person-then-the-body",
        "At least 30 people were killed, according to Tarek Haddad, a spokesman for the provincial governor.",
        [claim("At least 30", 30, "killed", source="provincial governor (Tarek Haddad)")],
    ),
    Case(
        "source-body-spokesman-in-a-place",
        "Ten people were found dead, said the army's spokesman in Kel province, Jon Amar.",
        [claim("Ten", 10, "killed", source="army (Jon Amar)")],
    ),
    Case(
        "source-a-run-on-clause-is-no-speaker",
        "Twenty-five soldiers were killed after militants attacked army camps in the south the "
        "government said in a statement.",
        [claim("Twenty-five", 25, "killed", source=None)],
    ),
    Case(
        "breakdown-they-included",
        "Strikes killed 25 civilians on Monday, the monitor said. They included five children and "
        "three women.",
        [
            claim("25", 25, "killed", victims="civilians"),
            claim("five", 5, "killed", victims="children"),
            claim("three", 3, "killed", victims="women"),
        ],
    ),
    Case(
        "breakdown-they-included-needs-a-claim-before",
        "They included 5 new members of the council.",
        [],
    ),
    Case(
        "missing-people-being-searched-for",
        "Rescuers are searching for 30 villagers buried by the landslide.",
        [claim("30", 30, "missing", victims="villagers")],
    ),
    Case(
        "missing-trying-to-locate",
        "Officials said they are trying to locate 1,011 people after the fire.",
        [claim("1,011", 1011, "missing")],
    ),
    Case(
        "missing-a-manhunt-is-no-claim",
        "Police are searching for three gunmen who killed 5 people.",
        [claim("5", 5, "killed")],
    ),
    Case(
        "one-of-whom-is-dead",
        "Three villagers were abducted last year, one of whom is dead.",
        [claim("Three", 3, "hostages"), claim("one", 1, "killed", victims="villagers")],
    ),
    Case(
        "one-of-them-severity-subset",
        "Five soldiers were wounded, one of them seriously.",
        [claim("Five", 5, "injured"), claim("one", 1, "injured", victims="soldiers")],
    ),
    Case(
        "one-of-them-said-is-no-count",
        "One of them said the village was quiet.",
        [],
    ),
    Case(
        "part-of-whole-taken-to-hospital-then-died",
        "Three of the 28 pilgrims taken to the district hospital have died, a doctor said.",
        [
            claim("Three", 3, "killed", victims="pilgrims"),
            claim("28", 28, "injured", victims="pilgrims"),
        ],
    ),
    Case(
        "part-of-whole-injured-since-died",
        "Two of the 30 injured have since died.",
        [claim("Two", 2, "killed"), claim("30", 30, "injured")],
    ),
    Case(
        "part-of-whole-killed-whole-and-its-part",
        "Two of the 11 people killed were children.",
        [claim("Two", 2, "killed", victims="children"), claim("11", 11, "killed")],
    ),
    Case(
        "part-of-whole-of-deaths-is-a-breakdown",
        "Officials said 773 of the 2,624 deaths were in the capital.",
        [claim("773", 773, "killed"), claim("2,624", 2624, "killed")],
    ),
    Case(
        "relative-clause-then-main-verb",
        "Two miners who were trapped for days have died, the company said.",
        [claim("Two", 2, "killed", victims="miners")],
    ),
    Case(
        "relative-clause-then-rescued",
        "Two miners who were trapped for days were rescued on Monday.",
        [],
    ),
    Case(
        "relative-clause-injuries-then-died",
        "Two protesters who sustained critical injuries during the clashes have died in hospital.",
        [claim("Two", 2, "killed", victims="protesters")],
    ),
    Case(
        "relative-clause-killed-stays-killed",
        "Three people who were killed in the attack were buried on Monday.",
        [claim("Three", 3, "killed")],
    ),
    Case(
        "relative-clause-with-its-own-pair",
        "Two miners who were trapped and injured were flown to the capital.",
        [claim("Two", 2, "missing", victims="miners")],
    ),
    Case(
        "taken-to-hospital-then-died",
        "Three pilgrims taken to hospital have died, a doctor said.",
        [claim("Three", 3, "killed", victims="pilgrims")],
    ),
    Case(
        "taken-to-named-hospital",
        "Five people were rushed to the Kenyatta National Hospital, police said.",
        [claim("Five", 5, "injured")],
    ),
    Case(
        "taken-to-nearest-clinic",
        "Nine workers were taken to the nearest clinic after the gas leak.",
        [claim("Nine", 9, "injured", victims="workers")],
    ),
    Case(
        "taken-to-a-place-near-a-hospital-is-no-care",
        "Twelve suspects were taken to the station near the hospital.",
        [],
    ),
    Case(
        "date-standfirst-keeps-its-own-day",
        "Twelve dead after drone strike on Varnel market\n"
        "- A drone strike on Saturday hit the market, killing 12 people\n\n"
        "The death toll from the strike on the Varnel market rose to 12 on Monday.",
        [
            claim("Twelve", 12, "killed", as_of="2024-07-13"),
            claim("12", 12, "killed", as_of="2024-07-13"),
            claim("12", 12, "killed", as_of="2024-07-13"),
        ],
    ),
    Case(
        "date-toll-counted-later-keeps-the-attack-day",
        "A shell hit the Dorv bus station on Saturday.\n\n"
        "The toll from the shelling rose to 19 on Monday, with dozens more missing.",
        [
            claim("19", 19, "killed", as_of="2024-07-13"),
            claim("dozens", 24, "missing", as_of="2024-07-13"),
        ],
    ),
    Case(
        "date-by-day-the-figure-had-risen",
        "A rocket struck the town hall on Sunday. Rescuers first found four bodies, but by Monday "
        "that figure had risen to nine. The mayor said another 20 people were hurt.",
        [
            claim("four", 4, "killed", as_of="2024-07-14"),
            claim("20", 20, "injured", as_of="2024-07-14"),
        ],
    ),
    Case(
        "date-toll-day-without-an-earlier-event-day",
        "The death toll from the ferry fire rose to 31 on Monday.",
        [claim("31", 31, "killed", as_of="2024-07-15")],
    ),
    Case(
        "date-attack-day-told-with-other-figures",
        "At least eight farmers were killed in an attack on Kestor village, residents said.\n\n"
        "The attack on Sunday took place in Selm district, where raiders have abducted "
        "hundreds of people in recent years.",
        [
            claim("At least eight", 8, "killed", as_of="2024-07-14"),
            claim("hundreds", 200, "hostages", as_of="2024-07-14"),
        ],
    ),
    Case(
        "date-report-day-then-the-attack-day",
        "The army said on Monday that 11 soldiers were killed in an ambush near Dorv. "
        "Four more were wounded in the attack on Sunday, it said.",
        [
            claim("11", 11, "killed", as_of="2024-07-14"),
            claim("Four", 4, "injured", as_of="2024-07-14"),
        ],
    ),
    Case(
        "date-hours-after-the-blast-is-the-same-event",
        "A blast hit the Tarvel depot on Saturday, killing six workers. Dozens of workers were "
        "still missing hours after the blast. Police said 14 people were injured.",
        [
            claim("six", 6, "killed", as_of="2024-07-13"),
            claim("Dozens", 24, "missing", as_of="2024-07-13"),
            claim("14", 14, "injured", as_of="2024-07-13"),
        ],
    ),
    Case(
        "headline-siblings-share-the-body-day",
        "Six killed and nine hurt in depot shooting\n\n"
        "A gunman killed six people at a Tarvel depot on Monday night. Eleven were taken to hospital.",
        [
            claim("Six", 6, "killed", as_of="2024-07-15"),
            claim("nine", 9, "injured", as_of="2024-07-15"),
            claim("six", 6, "killed", as_of="2024-07-15"),
            claim("Eleven", 11, "injured", as_of="2024-07-15"),
        ],
    ),
    Case(
        "scope-in-total-after-one-attack",
        "A gunman killed six people at a Tarvel depot on Monday, police said. In total, seven "
        "people are dead, including the gunman.",
        [
            claim("six", 6, "killed", scope="incident"),
            claim("seven", 7, "killed", scope="incident"),
        ],
    ),
    Case(
        "scope-in-total-of-a-war",
        "In total, 1,500 soldiers have been wounded in the conflict.",
        [claim("1,500", 1500, "injured", scope="cumulative")],
    ),
    Case(
        "sentences-indented-bullets",
        " date 2024-05-20\n"
        "Depot shooting: what we know\n"
        "  • A gunman opened fire at the depot on Saturday night\n"
        "  • Police say 8 workers were killed\n"
        "  • Five more were taken to hospital",
        [
            claim("8", 8, "killed", as_of="2024-05-18", source="police"),
            claim("Five", 5, "injured", as_of="2024-05-18"),
        ],
        date=None,
    ),
    Case(
        "estimated-to-have-been-killed",
        "More than 7,700 people are estimated to have been killed since the crackdown began.",
        [claim("More than 7,700", 7700, "killed", qualifier="more_than", scope="cumulative")],
    ),
    Case(
        "among-those-killed-were-inverted",
        "Among those killed in the quake were also three Varnian nationals and two Kestori tourists.",
        [
            claim("three", 3, "killed", victims="nationals"),
            claim("two", 2, "killed", victims="tourists"),
        ],
    ),
    Case(
        "among-those-who-attended-is-no-harm",
        "Among those who attended the funeral were 300 villagers.",
        [],
    ),
    Case(
        "taken-for-treatment",
        "Most victims were young; at least 24 were taken for treatment.",
        [claim("at least 24", 24, "injured", qualifier="at_least")],
    ),
    Case(
        "in-intensive-care",
        "Six of the workers are in intensive care units, a doctor said.",
        [claim("Six", 6, "injured", victims="workers")],
    ),
    Case(
        "displacement-of-civilians",
        "The fighting has led to the displacement of thousands of civilians.",
        [claim("thousands", 2000, "displaced", qualifier="vague", victims="civilians")],
    ),
    Case(
        "unaccounted-for-hyphenated",
        "The floods left 37 unaccounted-for, officials said.",
        [claim("37", 37, "missing")],
    ),
    Case(
        "source-the-rebels-said",
        "Airstrikes killed at least 16 people and wounded 35 others, the rebels said Friday.",
        [
            claim("at least 16", 16, "killed", source="rebels"),
            claim("35", 35, "injured", source="rebels"),
        ],
    ),
    Case(
        "source-the-junta-said",
        "The death toll from the earthquake has risen to 2,056, the junta said on Monday.",
        [claim("2,056", 2056, "killed", source="junta")],
    ),
    Case(
        "source-killed-by-militants-is-no-speaker",
        "Four soldiers were killed by militants, officials said.",
        [claim("Four", 4, "killed", source="officials")],
    ),
    Case(
        "source-pronoun-after-a-speaker-without-figures",
        "A police spokesman said crowds fled from the buildings. He said that 25 people were injured.",
        [claim("25", 25, "injured", source="police")],
    ),
    Case(
        "source-described-then-known-as",
        "At least 1,280 people have died in the north, according to volunteer rescuers known as "
        "the Blue Vests.",
        [claim("At least 1,280", 1280, "killed", source="Blue Vests")],
    ),
    Case(
        "toll-bringing-the-overall-total",
        "The agency said the death toll had risen to 7,108, bringing the overall total to 9,638.",
        [claim("7,108", 7108, "killed"), claim("9,638", 9638, "killed")],
    ),
    Case(
        "noun-killings",
        "There were 31,615 killings in the first 11 months of 2021.",
        [claim("31,615", 31615, "killed", victims="people")],
    ),
    Case(
        "noun-murders",
        "Police reported 212 murders in the province last year.",
        [claim("212", 212, "killed", victims="people")],
    ),
    Case(
        "abduction-of-students",
        "The village saw the mass abduction of almost 300 schoolgirls in 2021.",
        [claim("almost 300", 300, "hostages", qualifier="nearly", victims="schoolgirls")],
    ),
    Case(
        "forcing-to-flee",
        "Attacks killed 4,000 people in 2019, forcing 600,000 to flee their homes.",
        [claim("4,000", 4000, "killed"), claim("600,000", 600000, "displaced")],
    ),
    Case(
        "bodies-identified-is-no-claim",
        "He said five bodies had been identified so far.",
        [],
    ),
    Case(
        "deaths-accounted-for-stay-deaths",
        "The 93 deaths accounted for so far are all adults.",
        [claim("93", 93, "killed")],
    ),
    Case(
        "people-with-injuries",
        "We found 43 bodies along with seven people with injuries, a resident said.",
        [claim("43", 43, "killed"), claim("seven", 7, "injured")],
    ),
    Case(
        "people-with-injuries-then-main-verb",
        "Two men with injuries from the fight were arrested.",
        [claim("Two", 2, "detained", victims="men")],
    ),
    Case(
        "source-subject-tracked",
        "Between January and August, the WHO tracked 4,738 deaths.",
        [claim("4,738", 4738, "killed", source="World Health Organization (WHO)")],
    ),
    Case(
        "source-the-release-said-refers-back",
        "Police said the gunman was shot dead by officers. Four people were killed, the release said.",
        [claim("Four", 4, "killed", source="police")],
    ),
    Case(
        "numbers-and-joins-no-two-counts",
        "The two towns reported four and one killed respectively.",
        [claim("four", 4, "killed"), claim("one", 1, "killed")],
    ),
    Case(
        "numbers-and-after-a-scale",
        "One hundred and five people were killed.",
        [claim("One hundred and five", 105, "killed")],
    ),
    Case(
        "bare-counts-share-a-verb",
        "Twenty and thirty people were hurt in the two blasts.",
        [claim("Twenty", 20, "injured"), claim("thirty", 30, "injured")],
    ),
    Case(
        "survivors-and-bodies-share-no-harm",
        "Rescuers pulled six survivors and 112 bodies from the collapsed building.",
        [claim("112", 112, "killed")],
    ),
    Case(
        "figure-in-quotes",
        'The raid on the village killed "up to 100" people, an activist group said.',
        [claim("up to 100", 100, "killed", qualifier="up_to", source="activist group")],
    ),
    Case(
        "figure-in-curly-quotes",
        "The raid killed “at least 40” villagers.",
        [claim("at least 40", 40, "killed", qualifier="at_least", victims="villagers")],
    ),
    Case(
        "scope-strike-story-goes-on-past-long-sentences",
        "The war in Varnia has raged for two years. A drone strike on the Selm market killed 10 "
        "people on Monday, hospital officials said, while rebels accused the army of shelling "
        "villages along the river for a third straight week. The government, which has been "
        "fighting the rebels since late 2022, did not respond to requests for comment on the "
        "strike or the shelling. Monday's strike followed a rebel offer of a truce at the weekend. "
        "Among the casualties at the market were a trader and his son, a surgeon at the city "
        "hospital said. Some 13 people were wounded.",
        [
            claim("10", 10, "killed", scope="incident"),
            claim("Some 13", 13, "injured", scope="incident"),
        ],
    ),
    Case(
        "scope-war-toll-after-a-strike-story",
        "The war in Varnia has raged for two years. A drone strike on the Selm market killed 10 "
        "people on Monday, officials said. The war has killed thousands of civilians.",
        [
            claim("10", 10, "killed", scope="incident"),
            claim("thousands", 2000, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "date-reported-day-then-the-events-possessive-day",
        "Airstrikes on Selm port killed at least 16 people, the rebels said Friday. Two officials "
        "said Thursday's strikes hit a radio station and a depot.",
        [claim("at least 16", 16, "killed", as_of="2024-07-11")],
    ),
    Case(
        "date-possessive-day-of-another-thing-is-no-event",
        "Airstrikes on Selm port killed at least 16 people, the rebels said Friday. Thursday's "
        "talks in the capital ended without a deal.",
        [claim("at least 16", 16, "killed", as_of="2024-07-12")],
    ),
    Case(
        "headline-tag-source-names-no-one",
        "Ten Killed in Drone Strikes on Selm - Source\n\nDrones struck the city on Monday.",
        [claim("Ten", 10, "killed", source=None)],
    ),
    Case(
        "headline-tag-body-names-it",
        "Ten Killed in Drone Strikes on Selm - Police\n\nDrones struck the city on Monday.",
        [claim("Ten", 10, "killed", source="police")],
    ),
    Case(
        "toll-with-an-abbreviation-before-its-verb",
        "The latest official death toll in the deadliest U.S. fire in a century stood at 114.",
        [claim("114", 114, "killed")],
    ),
    Case(
        "listed-as-missing",
        "So far 3,633 are listed killed and four people are listed as missing.",
        [claim("3,633", 3633, "killed"), claim("four", 4, "missing")],
    ),
    Case(
        "totaling-the-count-before",
        "The state reported 12 more deaths on Friday, totaling 1,412.",
        [claim("12", 12, "killed"), claim("1,412", 1412, "killed")],
    ),
    Case(
        "bringing-the-total-of-the-count-before",
        "Another 30 people were injured, bringing the total to 210.",
        [claim("30", 30, "injured"), claim("210", 210, "injured")],
    ),
    Case(
        "totaling-things-is-no-claim",
        "Donations totaling 40 tonnes arrived.",
        [],
    ),
    Case(
        "source-minister-of-a-known-ministry",
        "Lebanon's Health Minister Firas Abiad said 12 people were killed.",
        [claim("12", 12, "killed", source="Lebanese health ministry")],
    ),
    Case(
        "source-minister-of-an-unknown-ministry",
        "Interior Minister Ali Dorr said 12 people were killed.",
        [claim("12", 12, "killed", source="Interior Minister (Ali Dorr)")],
    ),
    Case(
        "included-after-a-period-phrase",
        "Those killed since last Sunday included 336 fighters and 298 civilians, the monitor said.",
        [
            claim("336", 336, "killed", victims="fighters"),
            claim("298", 298, "killed", victims="civilians"),
        ],
    ),
    Case(
        "included-not-across-another-clause",
        "Three soldiers were wounded in the attack and six people were missing, including two soldiers.",
        [
            claim("Three", 3, "injured"),
            claim("six", 6, "missing"),
            claim("two", 2, "missing", victims="soldiers"),
        ],
    ),
    Case(
        "among-the-deceased",
        "Eight women and seven children were among the deceased, medics said.",
        [claim("Eight", 8, "killed", victims="women"), claim("seven", 7, "killed", victims="children")],
    ),
    Case(
        "toll-ranging-between",
        "Eight women were among the deceased, with the death toll ranging between 28 and 30.",
        [
            claim("Eight", 8, "killed", victims="women"),
            claim("between 28 and 30", 28, "killed", figure_high=30, victims="people"),
        ],
    ),
    Case(
        "of-them-refers-to-the-things-counted-in-its-sentence",
        "Twelve people were killed. The treaty was signed by 80 countries but has yet to be "
        "ratified by nine of them.",
        [claim("Twelve", 12, "killed")],
    ),
    Case(
        "of-them-refers-back-to-the-claim",
        "Twelve people were killed. It said nine of them were children.",
        [claim("Twelve", 12, "killed"), claim("nine", 9, "killed", victims="children")],
    ),
    Case(
        "qualifier-after-a-dash-without-space",
        "The blast killed 12 people -At least 18 others were hurt.",
        [claim("12", 12, "killed"), claim("At least 18", 18, "injured", qualifier="at_least")],
    ),
    Case(
        "life-jackets-are-no-lives",
        "The ferry carried only 45 life jackets for 300 passengers.",
        [],
    ),
    Case(
        "one-life-is-a-death",
        "The fire claimed one life on Monday.",
        [claim("one", 1, "killed")],
    ),
    Case(
        "brought-with-injuries",
        "Some 215 people were brought with injuries to the hospital.",
        [claim("Some 215", 215, "injured", qualifier="about")],
    ),
    Case(
        "date-a-later-day-after-the-attacks-is-not-theirs",
        "At least 27 people were killed in attacks in central Selm on Friday night. The country "
        "is in a state of emergency on Saturday after the attacks. Eighty people were injured.",
        [
            claim("At least 27", 27, "killed", as_of="2024-07-12"),
            claim("Eighty", 80, "injured", as_of="2024-07-12"),
        ],
    ),
    Case(
        "date-the-attacks-on-a-day-tell-it",
        "Gunmen opened fire in central Selm. The attacks on Saturday were the worst in years. "
        "Eighty people were injured.",
        [claim("Eighty", 80, "injured", as_of="2024-07-13")],
    ),
    Case(
        "list-of-places-after-a-long-first-item",
        "Four deaths from lightning strikes occurred in Varnel and Dorv each, three in Selm, two in "
        "Kestor, and one each in Tarvel and Marl on Saturday.",
        [
            claim("Four", 4, "killed", location="Varnel"),
            claim("three", 3, "killed", location="Selm"),
            claim("two", 2, "killed", location="Kestor"),
            claim("one", 1, "killed", location="Tarvel"),
        ],
    ),
    Case(
        "scope-since-clause-shared-by-a-pair",
        "Attacks on Varnia have killed 4,047 people and wounded 16,638 others since Oct. 7, 2023, "
        "the health minister said.",
        [
            claim("4,047", 4047, "killed", scope="cumulative"),
            claim("16,638", 16638, "injured", scope="cumulative"),
        ],
    ),
    Case(
        "scope-since-clause-of-the-second-count-only",
        "A strike killed 12 people on Monday and wounded 30 others since the truce began.",
        [claim("12", 12, "killed", scope="incident"), claim("30", 30, "injured", scope="cumulative")],
    ),
    Case(
        "source-honorific-and-surname-refers-back",
        "Civil defence spokesman Omar Tarn said 12 people were killed in the strike.\n\n"
        "Mr Tarn said another 20 were wounded.",
        [
            claim("12", 12, "killed", source="civil defence (Omar Tarn)"),
            claim("20", 20, "injured", source="civil defence (Omar Tarn)"),
        ],
    ),
    Case(
        "source-owner-of-the-tally-shows",
        "The government tally shows 38 deaths so far.",
        [claim("38", 38, "killed", source="government")],
    ),
    Case(
        "source-police-data-showed",
        "Police data showed 38 people were killed in the riots.",
        [claim("38", 38, "killed", source="police")],
    ),
    Case(
        "source-unowned-figures-show-no-one",
        "Official figures show 38 deaths so far.",
        [claim("38", 38, "killed", source=None)],
    ),
    Case(
        "list-of-places-after-a-colon",
        "The storm killed at least 100 people: 53 in Lee County, 23 in Marl County and 10 in Selm.",
        [
            claim("at least 100", 100, "killed", qualifier="at_least"),
            claim("53", 53, "killed", location="Lee County"),
            claim("23", 23, "killed", location="Marl County"),
            claim("10", 10, "killed", location="Selm"),
        ],
    ),
    Case(
        "list-after-a-colon-of-things-is-no-breakdown",
        "The storm killed at least 100 people: 53 in the morning were tourists' boats.",
        [claim("at least 100", 100, "killed", qualifier="at_least")],
    ),
    Case(
        "severity-subset-with-life-threatening-injuries",
        "Four people were killed and 17 wounded, seven with life-threatening injuries.",
        [claim("Four", 4, "killed"), claim("17", 17, "injured"), claim("seven", 7, "injured")],
    ),
    Case(
        "with-life-threatening-injuries-alone",
        "Nine people were shot near the station, seven with life-threatening injuries.",
        [claim("Nine", 9, "injured"), claim("seven", 7, "injured")],
    ),
    Case(
        "source-a-countrys-red-cross",
        "The Philippine Red Cross said 12 people died in the floods.",
        [claim("12", 12, "killed", source="Philippine Red Cross")],
    ),
    Case(
        "source-the-red-cross-is-the-icrc",
        "The Red Cross said 12 people died in the floods.",
        [claim("12", 12, "killed", source="International Committee of the Red Cross (ICRC)")],
    ),
    Case(
        "date-of-the-peak-after-with-is-the-peaks",
        "The directorate reported 659 excess deaths during the past week, with a peak of 440 deaths "
        "on Thursday alone.",
        [claim("659", 659, "killed", as_of="2024-07-16"), claim("440", 440, "killed", as_of="2024-07-11")],
    ),
    Case(
        "date-after-an-including-part-is-both",
        "A strike killed 5 people, including 2 children, on Monday.",
        [claim("5", 5, "killed", as_of="2024-07-15"), claim("2", 2, "killed", as_of="2024-07-15")],
    ),
    Case(
        "date-a-day-to-come-is-no-events",
        "A gunman killed 49 people at two mosques in Selm on Monday. The attacker will appear in "
        "court over the attack on Saturday morning. Two other armed suspects were being held in custody.",
        [claim("49", 49, "killed", as_of="2024-07-15"), claim("Two", 2, "detained", as_of="2024-07-15")],
    ),
    Case(
        "became-refugees",
        "In 1967, 300,000 villagers became refugees when the war ended.",
        [claim("300,000", 300000, "displaced", victims="villagers")],
    ),
    Case(
        "date-since-a-weekday-holds-for-the-day-told",
        "At least 37 people have died after drinking bootleg liquor in Selm since Monday.",
        [claim("At least 37", 37, "killed", as_of="2024-07-16")],
    ),
    Case(
        "date-since-the-day-of-the-attacks-is-theirs",
        "Officials have spoken daily since the October 7 attacks, in which 1,195 people were killed.",
        [claim("1,195", 1195, "killed", as_of="2023-10-07")],
    ),
    Case(
        "source-a-background-war-toll-is-not-the-speakers",
        "Scores have been killed in a raid on Selm village, a rights group said. Thousands have "
        "died and almost 9 million have been displaced since the start of the conflict.",
        [
            claim("Scores", 40, "killed", source="rights group"),
            claim("Thousands", 2000, "killed", source=None),
            claim("almost 9 million", 9000000, "displaced", source=None),
        ],
    ),
    Case(
        "source-the-paragraph-goes-on-with-its-speaker",
        "Eight people were killed in a raid on Selm village, police said. Seven others were wounded.",
        [claim("Eight", 8, "killed", source="police"), claim("Seven", 7, "injured", source="police")],
    ),
    Case(
        "date-at-the-weekend",
        "Six people were killed in Selm at the weekend, police said.",
        [claim("Six", 6, "killed", as_of="2024-07-14")],
    ),
    Case(
        "date-over-the-weekend-on-a-saturday",
        "Six people were killed in Selm over the weekend.",
        [claim("Six", 6, "killed", as_of="2024-07-13")],
        date="2024-07-13",
    ),
    Case(
        "date-last-weekend-on-a-sunday-is-the-one-before",
        "Six people were killed in Selm last weekend.",
        [claim("Six", 6, "killed", as_of="2024-07-07")],
        date="2024-07-14",
    ),
    Case(
        "date-last-month",
        "Some 300 people were killed in the province last month, officials said.",
        [claim("Some 300", 300, "killed", as_of="2024-06")],
    ),
    Case(
        "date-last-month-in-january",
        "Some 300 people were killed in the province last month, officials said.",
        [claim("Some 300", 300, "killed", as_of="2023-12")],
        date="2024-01-10",
    ),
    Case(
        "toll-after-a-decimal-magnitude-has-grown",
        "The agency said that the toll from this month's magnitude 7.2 earthquake has grown to "
        "2,207, with 344 people still missing.",
        [claim("2,207", 2207, "killed"), claim("344", 344, "missing")],
    ),
    Case(
        "second-speaker-with-a-count-of-their-own",
        "The Red Cross said 32 remained missing, while the coast guard said 22.",
        [
            claim("32", 32, "missing", source="International Committee of the Red Cross (ICRC)"),
            claim("22", 22, "missing", source="coast guard"),
        ],
    ),
    Case(
        "second-speaker-set-against-the-first",
        "Police said 12 were killed, while hospital officials said 15.",
        [claim("12", 12, "killed", source="police"), claim("15", 15, "killed", source="hospital officials")],
    ),
    Case(
        "opening-speaker-keeps-a-shared-subject",
        "The agency said that as of Sunday, it and the government had registered 40,277 people fleeing.",
        [claim("40,277", 40277, "displaced", source="agency")],
    ),
    # --- a speaker's role folds into the body named with it ------------------------------
    Case(
        "chief-of-a-department-folds-into-it",
        "Harlow fire department chief Dan Marsh told reporters that his crews took at least nine "
        "wounded people to hospitals.",
        [claim("at least nine", 9, "injured", source="Harlow fire department (Dan Marsh)")],
    ),
    Case(
        "capitalised-district-official-at-sentence-start",
        "District official Ravi Kanth told reporters that 250 people died in the crush.",
        [claim("250", 250, "killed", source="district official (Ravi Kanth)")],
    ),
    Case(
        "appositive-director-general-of-a-body",
        '"We have counted 207 dead," Tomas Varga, director general of the Lakeland Fire Services, told AFP.',
        [claim("207", 207, "killed", source="Lakeland Fire Services (Tomas Varga)")],
    ),
    Case(
        "appositive-officer-in-a-force",
        '"Seven people have been killed," Ravi Kanth, a senior officer in Bihar\'s police force, told AFP.',
        [claim("Seven", 7, "killed", source="Bihar police (Ravi Kanth)")],
    ),
    Case(
        "appositive-doctor-at-a-hospital",
        "Ten wounded people were brought in overnight, said Li Wen, a surgeon at Mekelle General Hospital.",
        [claim("Ten", 10, "injured", source="Mekelle General Hospital (Li Wen)")],
    ),
    Case(
        "generic-subject-with-its-name-in-apposition",
        "A local youth group, the Doran Youth Movement, said 21 people had been killed.",
        [claim("21", 21, "killed", source="Doran Youth Movement")],
    ),
    Case(
        "superintendent-of-police",
        "Thirteen people died and 50 were injured, Superintendent of Police K Ramesh said on Monday.",
        [
            claim("Thirteen", 13, "killed", source="police (K Ramesh)"),
            claim("50", 50, "injured", source="police (K Ramesh)"),
        ],
    ),
    Case(
        "possessive-role-names-its-body",
        "Five of the wounded died overnight, said the hospital's director, Aron Tesfaye.",
        [claim("Five", 5, "killed", source="hospital (Aron Tesfaye)")],
    ),
    Case(
        "honorific-surname-of-a-spokeswoman-introduced-in-apposition",
        "Six inmates were killed in the riot, said Maria Olund, a spokeswoman for the Department of "
        "Corrections.\n\nThe prison was locked down.\n\nEight guards were hurt, said Ms Olund.",
        [
            claim("Six", 6, "killed", source="Department of Corrections (Maria Olund)"),
            claim("Eight", 8, "injured", source="Department of Corrections (Maria Olund)"),
        ],
    ),
    Case(
        "wounded-who-died-are-dead",
        "Two of the injured later succumbed to their wounds, and 14 wounded people remain in hospital.",
        [claim("Two", 2, "killed"), claim("14", 14, "injured")],
    ),
    Case(
        "event-day-told-after-background-that-tells-none",
        "At least eight villagers were killed in an air strike on a village in Kestor province, a rights "
        "group said.\n\nThe region has been in turmoil since a coup two years ago.\n\n"
        "The air strike took place on Thursday, the group said.",
        [claim("At least eight", 8, "killed", as_of="2024-07-11")],
    ),
    Case(
        "list-goes-on-with-single-people",
        "Three children, a high school student and an adult were killed on Monday when a truck hit "
        "their car, police said.",
        [claim("Three", 3, "killed", victims="children", source="police", as_of="2024-07-15")],
    ),
    Case(
        "single-people-in-an-aside-name-the-count",
        "Two people, a farmer and a soldier, were killed in the raid.",
        [claim("Two", 2, "killed", victims="people")],
    ),
    Case(
        "participle-phrase-between-count-and-verb",
        "About a dozen children riding on the bus were injured, but none seriously.",
        [claim("About a dozen", 12, "injured", victims="children", qualifier="about")],
    ),
    Case(
        "source-survivors-said",
        "At least 20 people were killed in the latest attack on remote villages, survivors said.",
        [claim("At least 20", 20, "killed", source="survivors")],
    ),
    Case(
        "source-said-name-appositive-then-a-clause",
        "Ten wounded people were brought in, said Nuri Haddad, a surgeon at Tarvel General Hospital, "
        "after what he called a drone strike.",
        [claim("Ten", 10, "injured", source="Tarvel General Hospital (Nuri Haddad)")],
    ),
    Case(
        "source-according-to-without-a-comma",
        "However, according to the police the death toll on Monday morning rose to 13.",
        [claim("13", 13, "killed", source="police")],
    ),
    Case(
        "source-time-between-speaker-and-verb",
        "Anjali Rao, chief public relations officer of the railway, last night said at least nine "
        "people were killed.",
        [claim("at least nine", 9, "killed", source="railway (Anjali Rao)")],
    ),
    Case(
        "source-person-when-the-body-is-no-source",
        "Anjali Rao, deputy director of the harbour works, said four workers had died.",
        [claim("four", 4, "killed", source="Anjali Rao")],
    ),
    Case(
        "source-able-to-confirm",
        "Reuters was able to confirm 11 deaths in the space of 24 hours.",
        [claim("11", 11, "killed", source="Reuters")],
    ),
    Case(
        "source-had-given-a-death-toll",
        "The monitor had initially given a death toll of 34 civilians.",
        [claim("34", 34, "killed", source="monitor")],
    ),
    Case(
        "source-title-of-a-named-bureau-then-the-name",
        "Director of the Varna Provincial Coal Industry Bureau Lin Hao said the toll rose to 63.",
        [claim("63", 63, "killed", source="Varna Provincial Coal Industry Bureau (Lin Hao)")],
    ),
    Case(
        "source-police-rank-acronym",
        '"One more is still missing," said Kestor Police DSP Arun Thapa.',
        [claim("One", 1, "missing", source="Kestor Police (Arun Thapa)")],
    ),
    Case(
        "restated-figure-from-a-new-speaker-is-a-claim",
        "Inmates took eight guards hostage after a riot in which six convicts were killed. The six dead "
        "men were beaten to death, said Sara Kell, a spokeswoman for the Department of Corrections."
        "\n\nAll the six dead men were taken to the morgue.",
        [
            claim("eight", 8, "hostages"),
            claim("six", 6, "killed", victims="convicts", source=None),
            claim("six", 6, "killed", victims="men", source="Department of Corrections (Sara Kell)"),
        ],
    ),
    Case(
        "count-is-not-its-own-speaker",
        "The eight guards held hostage told negotiators they were being treated well, Ms Kell said.",
        [claim("eight", 8, "hostages", source="Ms Kell")],
    ),
    Case(
        "took-count-hostage",
        "Gunmen took 20 bus passengers hostage on Monday, police said.",
        [claim("20", 20, "hostages", victims="bus passengers", source="police", as_of="2024-07-15")],
    ),
    Case(
        "source-who-in-capitals-is-the-organisation",
        "The outbreak has caused 732 deaths this year, WHO spokeswoman Mara Lind said on Friday.",
        [claim("732", 732, "killed", source="World Health Organization (WHO)", as_of="2024-07-12")],
    ),
    Case(
        "source-a-chief-of-a-named-institution",
        "Eighteen people died of heatstroke, Tarvel Medical Complex chief Dr Omar Haddad said.",
        [claim("Eighteen", 18, "killed", source="Tarvel Medical Complex (Dr Omar Haddad)")],
    ),
    Case(
        "source-a-count-in-words-is-no-speaker",
        "Sixty-three confirmed and probable cases have been reported in the outbreak, including 29 deaths, "
        "the health ministry said.",
        [claim("29", 29, "killed", source="health ministry")],
    ),
    Case(
        "source-police-rank-before-initials",
        "Kestor ADGP M R Anil Kumar said that approximately 300 people were still missing.",
        [claim("approximately 300", 300, "missing", source="Kestor police (M R Anil Kumar)")],
    ),
    Case(
        "source-the-day-is-no-part-of-the-name",
        "Nine people drowned, the head of the rescue team told Kestor Radio on Tuesday.",
        [claim("Nine", 9, "killed", source="rescue team, via Kestor Radio")],
    ),
    Case(
        "toll-is-currently",
        '"The total number of people who have died is currently 13," the head of the rescue agency said.',
        [claim("13", 13, "killed", source="rescue agency")],
    ),
    Case(
        "count-still-missing-after-a-toll",
        "Death toll from the typhoon in Varnia mounts, dozens still missing",
        [claim("dozens", 24, "missing")],
    ),
    Case(
        "unlocated-are-missing",
        "The province reported the most fatalities, totaling 19 dead and 36 still unlocated.",
        [claim("19", 19, "killed"), claim("36", 36, "missing")],
    ),
    Case(
        "body-parts-are-no-count-of-the-dead",
        "Rescuers recovered 201 bodies; 130 body parts were also recovered, officials said.",
        [claim("201", 201, "killed")],
    ),
    Case(
        "another-one-that-killed-is-no-count",
        "It was the deadliest eruption since 1979, when another one killed 60 people.",
        [claim("60", 60, "killed")],
    ),
    Case(
        "injuries-to-others",
        "The typhoon led to the deaths of four people and injuries to 95 others.",
        [claim("four", 4, "killed"), claim("95", 95, "injured")],
    ),
    Case(
        "relocated-alone-passes-the-first-filter",
        "The district administration said 9,328 people have been relocated to 91 relief camps.",
        [claim("9,328", 9328, "displaced", source="district administration")],
    ),
    Case(
        "critical-condition-alone-passes-the-first-filter",
        "Four people were in critical condition on Tuesday night.",
        [claim("Four", 4, "injured")],
    ),
    Case(
        "moved-to-shelters-are-displaced",
        "The administration had moved 475,669 people in the coastal district to 11,820 cyclone shelters "
        "on Monday.",
        [claim("475,669", 475669, "displaced", as_of="2024-07-15")],
    ),
    Case(
        "moved-troops-are-no-displaced",
        "The army moved 500 troops to the border on Monday.",
        [],
    ),
    Case(
        "sent-fleeing-are-displaced",
        "A crackdown in the spring sent almost 75,000 fleeing across the border.",
        [claim("almost 75,000", 75000, "displaced")],
    ),
    Case(
        "date-last-month-name",
        "Last October, 74,000 people fled to the coast. Last March, a flood drowned 12 people.",
        [claim("74,000", 74000, "displaced", as_of="2023-10"), claim("12", 12, "killed", as_of="2024-03")],
    ),
    Case(
        "disease-patients-are-cases",
        "Another 1,424 dengue patients have been hospitalised, and 4,955 patients with dengue are in "
        "hospital; 34 people have died.",
        [claim("34", 34, "killed")],
    ),
    Case(
        "two-killing-verbs-before-a-count",
        "Insurgents murdered and beheaded five villagers on Tuesday.",
        [claim("five", 5, "killed", victims="villagers", as_of="2024-07-16")],
    ),
    Case(
        "we-lost-a-soldier",
        '"We lost one soldier and several others were injured," the captain said.',
        [claim("one", 1, "killed", victims="soldiers")],
    ),
    Case(
        "a-company-losing-workers-is-no-claim",
        "The carmaker lost 2,000 workers to a rival last year.",
        [],
    ),
    Case(
        "abducted-the-other-four",
        "The insurgents killed 10 farmers and abducted the other four.",
        [claim("10", 10, "killed", victims="farmers"), claim("four", 4, "hostages")],
    ),
    Case(
        "first-of-two-coordinated-counts-with-an-adjective",
        "Two crewmembers were rescued, but 181 migrants and five Yemeni crewmembers remain missing.",
        [
            claim("181", 181, "missing", victims="migrants"),
            claim("five", 5, "missing", victims="crewmembers"),
        ],
    ),
    Case(
        "count-before-a-clause-but-did-not",
        "The coalition put the death toll at more than 100, including 10 children, but did not provide evidence.",
        [claim("more than 100", 100, "killed"), claim("10", 10, "killed", victims="children")],
    ),
    Case(
        "within-a-place",
        "At least 11 people within the school had been wounded by the gunman.",
        [claim("At least 11", 11, "injured")],
    ),
    Case(
        "aside-of-alternatives-closes",
        "This week, about 40 people, civilians or soldiers, died in various attacks.",
        [claim("about 40", 40, "killed", victims="people")],
    ),
    Case(
        "taken-by-bus-to-hospitals",
        "More than 200 were taken by bus to local hospitals.",
        [claim("More than 200", 200, "injured")],
    ),
    Case(
        "toll-up-to-has-risen-to",
        "Death toll up to 28 after migrant boats sink off the coast",
        [claim("up to 28", 28, "killed", qualifier="exact")],
    ),
    Case(
        "one-clause-two-counts-one-scope",
        "An air strike by the military killed ten civilians in a village, locals said on Wednesday.\n\n"
        "The country has been in the grip of conflict since the 2021 coup.\n\n"
        "A military jet dropped three bombs on Kone village on Tuesday afternoon, a fighter from the "
        "village said.\n\nTen people were killed and eight wounded, he said.",
        [
            claim("ten", 10, "killed", scope="incident"),
            claim("Ten", 10, "killed", scope="incident", as_of="2024-07-16"),
            claim("eight", 8, "injured", scope="incident", as_of="2024-07-16"),
        ],
        date="2024-07-17",
    ),
    Case(
        "event-day-told-after-apart-from",
        "Insurgents have killed 10 farmers in the district.\n\nApart from this attack, which occurred "
        "late Saturday afternoon in the fields, the insurgents also robbed a trader.",
        [claim("10", 10, "killed", as_of="2024-07-13")],
    ),
    Case(
        "event-day-told-after-according-to",
        "Eight soldiers were killed in an ambush, the army said.\n\nAccording to security sources, "
        "the attack targeted a patrol on Monday afternoon.",
        [claim("Eight", 8, "killed", source="army", as_of="2024-07-15")],
    ),
    Case(
        "event-day-told-of-a-fight",
        "Seven inmates were killed in a prison riot, officials said.\n\nThe first fight started in a "
        "dorm at about 7:15pm on Sunday.",
        [claim("Seven", 7, "killed", as_of="2024-07-14")],
    ),
    Case(
        "quotation-alone-goes-on-with-the-speaker-before",
        '"During the rescue, the boat capsized," the coastguard said.\n\n'
        '"Seventeen people were rescued while approximately 30 migrants were missing."\n\n'
        "Aid groups said the route was the deadliest in the world.",
        [claim("approximately 30", 30, "missing", source="coastguard")],
    ),
    Case(
        "quotation-alone-after-no-quoted-speaker-has-none",
        "The coastguard searched the area on Sunday.\n\n"
        '"Seventeen people were rescued while approximately 30 migrants were missing."',
        [claim("approximately 30", 30, "missing", source=None)],
    ),
    Case(
        "speaker-after-an-outlet-tag-in-brackets",
        "(Kestor News) Varnia reported on Monday that drone strikes hit two cities, killing one person "
        "and injuring 62.",
        [claim("one", 1, "killed", source="Varnia"), claim("62", 62, "injured", source="Varnia")],
    ),
    Case(
        "dateline-is-no-speaker",
        "Varna, Aug 31: At least 12 people were killed in an explosion at a chemical factory, said reports.",
        [claim("At least 12", 12, "killed", source=None)],
    ),
    Case(
        "source-where-the-speaker-stood-is-no-body",
        "A police official at the scene said there were 11 dead.",
        [claim("11", 11, "killed", source="police official")],
    ),
    Case(
        "source-a-ministry-official-speaks-for-the-ministry",
        "Lebanon's health ministry said on Friday that 150 people had died. A health ministry official "
        'said on Saturday that more than 60 people were still missing.\n\n"The number of dead is 154," '
        "the official said.",
        [
            claim("150", 150, "killed", source="Lebanese health ministry"),
            claim("more than 60", 60, "missing", source="Lebanese health ministry"),
            claim("154", 154, "killed", source="Lebanese health ministry"),
        ],
    ),
    Case(
        "toll-revised-from-to-before-the-toll",
        "KESTOR -- The interior minister on Thursday revised from 95 to 84 the death toll from two "
        "explosions in the city.",
        [claim("84", 84, "killed", as_of="2024-07-11")],
    ),
    Case(
        "toll-revised-down-from-to",
        "The health minister revised the death toll from 103 to 95.",
        [claim("103", 103, "killed"), claim("95", 95, "killed")],
    ),
    Case(
        "speaker-after-a-double-hyphen-dateline",
        "KESTOR -- Interior Minister Arin Vale said on Thursday that 84 people had died. Vale put the "
        "number of the injured at 284.",
        [
            claim("84", 84, "killed", source="Interior Minister (Arin Vale)"),
            claim("284", 284, "injured", source="Interior Minister (Arin Vale)"),
        ],
    ),
    Case(
        "had-injuries",
        '"Three of the injured died at the emergency room and 19 people had injuries," a doctor said.',
        [claim("Three", 3, "killed"), claim("19", 19, "injured")],
    ),
    Case(
        "inflicting-injuries-on",
        "Bombers attacked a wedding, killing no fewer than 20 people and inflicting injuries on over 100 others.",
        [claim("no fewer than 20", 20, "killed"), claim("over 100", 100, "injured")],
    ),
    Case(
        "under-arrest",
        "Four suspects are under arrest along with several accomplices.",
        [claim("Four", 4, "detained", victims="suspects")],
    ),
    Case(
        "those-hospitalised-included",
        "A fire swept through the school on Monday. Those hospitalized included 10 children.",
        [claim("10", 10, "injured", victims="children")],
    ),
    Case(
        "second-count-after-a-time",
        "Rescuers recovered five bodies overnight and 20 others on Monday, the fire service said.",
        [claim("five", 5, "killed"), claim("20", 20, "killed", as_of="2024-07-15")],
    ),
    Case(
        "since-clause-after-the-pair-is-both-counts",
        "The ministry reported that 60,034 people have been killed and another 145,870 wounded since the "
        "war began on October 7, 2023.",
        [
            claim("60,034", 60034, "killed", scope="cumulative"),
            claim("145,870", 145870, "injured", scope="cumulative"),
        ],
    ),
    Case(
        "source-states-that",
        "Varnia states that 87 hostages remain in captivity, with 34 presumed dead.\n\nThe United States "
        "has defended Varnia since the raid in which 1,195 people were killed.",
        [
            claim("87", 87, "hostages", source="Varnia"),
            claim("34", 34, "killed", source="Varnia"),
            claim("1,195", 1195, "killed", source=None),
        ],
    ),
    Case(
        "source-figures-released-on-a-day-by",
        "The death toll has surpassed 60,000, according to figures released Tuesday by the health ministry.",
        [claim("surpassed 60,000", 60000, "killed", source="health ministry")],
    ),
    Case(
        "source-according-to-local-hospitals",
        "At least 77 people have been killed, many while seeking aid, according to local hospitals.",
        [claim("At least 77", 77, "killed", source="local hospitals")],
    ),
    Case(
        "source-director-general-then-surname",
        "WHO Director-General Tedros Adhanom Ghebreyesus said the hospital was hit.\n\n"
        '"The attack led to 19 injuries and 70 deaths," Ghebreyesus wrote.',
        [
            claim("19", 19, "injured", source="World Health Organization (WHO)"),
            claim("70", 70, "killed", source="World Health Organization (WHO)"),
        ],
    ),
    Case(
        "source-gave-a-preliminary-figure",
        "The UN late on Saturday gave a preliminary figure of 320 dead.",
        [claim("320", 320, "killed", source="United Nations", as_of="2024-07-13")],
    ),
    Case(
        "source-according-to-an-estimate-released-by",
        "More than 1,100 deaths have been linked to the heatwave, according to an estimate released "
        "Tuesday by the Kestor Health Institute.",
        [claim("More than 1,100", 1100, "killed", source="Kestor Health Institute")],
    ),
    Case(
        "source-had-attributed",
        "The institute had attributed 1,060 excess deaths to intense heat.",
        [claim("1,060", 1060, "killed", source="institute")],
    ),
    Case(
        "source-an-aside-after-a-dash-is-no-name",
        "The death toll included 11 in the north -- five reported Friday -- and three in the south -- "
        "all announced Saturday.",
        [claim("11", 11, "killed", source=None), claim("three", 3, "killed", source=None)],
    ),
    Case(
        "elliptical-count-of-others-in-a-place",
        "The ministry said that 8,260 people were killed in the north, and 122 others in the south, while "
        "more than 21,000 were wounded.",
        [
            claim("8,260", 8260, "killed"),
            claim("122", 122, "killed"),
            claim("more than 21,000", 21000, "injured"),
        ],
    ),
    Case(
        "of-those-a-part-of-the-count-before",
        "At least 40 people were killed in the attack. Of those, 12 were children.",
        [claim("At least 40", 40, "killed"), claim("12", 12, "killed", victims="children")],
    ),
    Case(
        "killing-of-a-quoted-count",
        'The UN condemned the killing of "at least 184 people" by a gang leader.',
        [claim("at least 184", 184, "killed")],
    ),
    Case(
        "massacre-of",
        "Residents mourned the massacre of 14 young people in the city.",
        [claim("14", 14, "killed")],
    ),
    Case(
        "one-place-or-thing-is-no-count",
        "Clothes lay amid the stones in the remains of one building. All 54 deaths were reported from one "
        "Kestor district, where at least 400 other people have been admitted to hospital for treatment.",
        [claim("54", 54, "killed"), claim("at least 400", 400, "injured")],
    ),
    Case(
        "one-person-in-one-village",
        "One person was killed in one village and two in another.",
        [claim("One", 1, "killed"), claim("two", 2, "killed")],
    ),
    Case(
        "source-quoted-as-saying-is-the-one-quoted",
        "Eleven people died, the Kestor news agency quoted the health ministry as saying.",
        [claim("Eleven", 11, "killed", source="health ministry, via Kestor news agency")],
    ),
    Case(
        "source-reported-citing-is-the-one-cited",
        "Eleven people died, Kestor Radio reported, citing the health ministry.",
        [claim("Eleven", 11, "killed", source="health ministry, via Kestor Radio")],
    ),
    Case(
        "period-flow-between-two-days-is-one-incident-of-its-last-day",
        "More than 62,000 people are believed to have fled the city between Sunday and Wednesday, the UN "
        "migration agency said.",
        [claim("More than 62,000", 62000, "displaced", scope="incident", as_of="2024-07-17")],
        date="2024-07-18",
    ),
    Case(
        "period-flow-this-week",
        "The UN said that 5,000 people fled the district this week after gangs took control.",
        [claim("5,000", 5000, "displaced", scope="incident")],
    ),
    Case(
        "two-days-of-one-attack-give-the-last",
        "Several dozen were killed and thousands wounded when pagers exploded on Tuesday and Wednesday.",
        [
            claim("Several dozen", 24, "killed", as_of="2024-07-17"),
            claim("thousands", 2000, "injured", as_of="2024-07-17"),
        ],
        date="2024-07-18",
    ),
    Case(
        "day-of-a-claim-of-responsibility-is-no-event-day",
        "The group yesterday claimed responsibility for a suicide bombing that ripped through a market, "
        "killing at least 30 people. The bombing took place on Monday night in a crowded street.",
        [claim("at least 30", 30, "killed", as_of="2024-07-15")],
        date="2024-07-17",
    ),
    Case(
        "relative-clause-without-harm-then-the-verb",
        "Ten soldiers who guarded the base were killed, and sixteen police who stormed the school were "
        "being treated for smoke inhalation.",
        [claim("Ten", 10, "killed", victims="soldiers"), claim("sixteen", 16, "injured", victims="police")],
    ),
    Case(
        "relative-clause-without-harm-then-no-harm",
        "Ten soldiers who guarded the base were praised by the general.",
        [],
    ),
    Case(
        "of-these-a-list-of-places",
        "The number of people killed in the earthquake has risen to 126, the prefectural government said. "
        "Of these, 69 were in Varna, 38 in Kestor City and nine in Ostel.",
        [
            claim("126", 126, "killed"),
            claim("69", 69, "killed", location="Varna"),
            claim("38", 38, "killed", location="Kestor City"),
            claim("nine", 9, "killed", location="Ostel"),
        ],
    ),
    Case(
        "among-them-a-part-of-the-count-before",
        "At least 40 people died in the floods. Among them, 19 are women.",
        [claim("At least 40", 40, "killed"), claim("19", 19, "killed", victims="women")],
    ),
    Case(
        "among-them-the-breakdown-goes-on",
        "The blast killed 52 people. Among them, 23 are women and 29 are men, the governor's office said.",
        [
            claim("52", 52, "killed"),
            claim("23", 23, "killed", victims="women"),
            claim("29", 29, "killed", victims="men"),
        ],
    ),
    Case(
        "double-hyphen-aside",
        "Fourteen villagers -- including six children -- were killed when the militia attacked Korvo.",
        [claim("Fourteen", 14, "killed", victims="villagers"), claim("six", 6, "killed", victims="children")],
    ),
    Case(
        "capitalised-today-ends-no-name",
        "Nine miners were killed in the collapse, Kestor Today reported.",
        [claim("Nine", 9, "killed", victims="miners", source="Kestor Today")],
    ),
    Case(
        "a-journalist-saw-bodies",
        "A Reuters photographer saw at least 17 bodies outside the clinic in Varna.",
        [claim("at least 17", 17, "killed", source="Reuters")],
    ),
    Case(
        "a-year-that-saw-deaths-speaks-for-none",
        "The province saw 40 deaths from landslides last year.",
        [claim("40", 40, "killed", source=None)],
    ),
    Case(
        "comma-and-a-new-speaker",
        "Residents said at least 25 bodies were brought to the mosque, and the army said 11 militants were "
        "killed.",
        [
            claim("at least 25", 25, "killed", source="residents"),
            claim("11", 11, "killed", victims="militants", source="army"),
        ],
    ),
    Case(
        "date-event-verb-before-the-day-in-a-later-sentence",
        "The energy minister said 22 miners were confirmed dead. There were 64 miners underground when "
        "the blast occurred Sunday evening.",
        [claim("22", 22, "killed", victims="miners", as_of="2024-07-14", scope="incident")],
    ),
    Case(
        "date-the-day-then-the-event-and-its-verb",
        "A fire at a textile mill in Korvo has killed at least nine workers, officials said Tuesday. On "
        "Monday night, the fire broke out in a storeroom.",
        [claim("at least nine", 9, "killed", victims="workers", as_of="2024-07-15", scope="incident")],
    ),
    Case(
        "date-a-dateline-is-the-report-day",
        "VARNA, July 16 Rescuers have recovered 12 bodies from the river, officials said. The footbridge "
        "came down at about 9:30 p.m. on Saturday.",
        [claim("12", 12, "killed", as_of="2024-07-13", scope="incident")],
    ),
    Case(
        "scope-since-clause-after-the-last-of-three-counts",
        "In all, 212 people have lost their lives, over 900 others were injured and 41 are still missing "
        "since the fighting between the two militias broke out in the district on March 9.",
        [
            claim("212", 212, "killed", scope="cumulative", as_of="2024-07-16"),
            claim("over 900", 900, "injured", scope="cumulative", as_of="2024-07-16"),
            claim("41", 41, "missing", scope="cumulative", as_of="2024-07-16"),
        ],
    ),
    Case(
        "ages-in-parentheses-after-names",
        "Gunmen killed two farmers near Ostel. The victims were identified as Petar Anev (72) and Dana "
        "Ilieva (58), both from the village.",
        [claim("two", 2, "killed", victims="farmers")],
    ),
    Case(
        "ages-in-parentheses-after-an-initial",
        "Four people are missing since the flood. The four missing are two women – K Dana Ilieva (41) and R "
        "Mira Anev (39) – and two boys.",
        [
            claim("Four", 4, "missing"),
            claim("two", 2, "missing", victims="women"),
            claim("two", 2, "missing", victims="boys"),
        ],
    ),
    Case(
        "an-age-after-as-old-as",
        "Victims as young as 3 and as old as 91 were among the 40 dead, the governor said.",
        [claim("40", 40, "killed")],
    ),
    Case(
        "source-reportedly-is-no-word-of-the-speaker",
        "Varna's interior ministry reportedly said 16 pilgrims died of heatstroke.",
        [claim("16", 16, "killed", victims="pilgrims", source="Varna's interior ministry")],
    ),
    Case(
        "source-a-day-before-the-speaker",
        "On Tuesday a provincial official said at least 31 people had died in the floods.",
        [claim("at least 31", 31, "killed", source="provincial official")],
    ),
    Case(
        "source-earlier-he-refers-back",
        "Mines minister Dan Kirov said 17 miners were dead. Earlier he had said that more than a dozen "
        "miners were trapped.",
        [
            claim("17", 17, "killed", victims="miners", source="Mines minister (Dan Kirov)"),
            claim("more than a dozen", 12, "missing", victims="miners", source="Mines minister (Dan Kirov)"),
        ],
    ),
    Case(
        "source-an-event-is-no-speaker",
        "The fighting has recorded a death toll of 212.",
        [claim("212", 212, "killed", source=None)],
    ),
    Case(
        "location-a-messaging-app-is-no-place",
        "The regional governor said on Telegram that 23 people were injured in the strike.",
        [claim("23", 23, "injured", location=None)],
    ),
    Case(
        "searchers-are-no-casualties",
        "Some 300 soldiers were deployed, with nearly 90 searching for the presumed dead.",
        [],
    ),
    Case(
        "people-without-power-are-no-casualties",
        "Dozens injured and thousands without power as storms batter the coast",
        [claim("Dozens", 24, "injured", qualifier="vague")],
    ),
    Case(
        "people-who-escaped-alive-are-no-casualties",
        "The driver and nine passengers escaped alive.",
        [],
    ),
    Case(
        "among-the-fatalities-were",
        "Rescuers said that among the fatalities in the strikes on Ostel were 12 children.",
        [claim("12", 12, "killed", victims="children", source="rescuers")],
    ),
    Case(
        "suffered-shrapnel-wounds",
        "Four more people were hurt: three men suffered shrapnel wounds to their legs.",
        [claim("Four", 4, "injured"), claim("three", 3, "injured", victims="men")],
    ),
    Case(
        "youths-shot-and-wounded",
        "Nine youths were shot and wounded near the camp, the news agency reported.",
        [claim("Nine", 9, "injured", victims="youths")],
    ),
    Case(
        "a-breakdown-between-double-hyphens",
        "So far, 41 people -- 29 males and 12 females -- have been confirmed dead.",
        [
            claim("41", 41, "killed"),
            claim("29", 29, "killed", victims="males"),
            claim("12", 12, "killed", victims="females"),
        ],
    ),
    Case(
        "including-a-count-with-mostly",
        "More than 600 people, including 410 mostly Kestor civilians, were killed in the clashes.",
        [claim("More than 600", 600, "killed"), claim("410", 410, "killed", victims="civilians")],
    ),
    Case(
        "a-relative-clause-between-commas",
        "Three Canadians, including a doctor from Ottawa, who were visiting the city, were slightly injured.",
        [claim("Three", 3, "injured", victims="canadians")],
    ),
    Case(
        "date-a-list-of-months-after-a-year",
        "The mission recorded 3,120 civilian deaths in March 2022, 716 in April and 455 in May.",
        [
            claim("3,120", 3120, "killed", as_of="2022-03"),
            claim("716", 716, "killed", as_of="2022-04"),
            claim("455", 455, "killed", as_of="2022-05"),
        ],
        date="2024-02-20",
    ),
    Case(
        "date-earlier-this-month",
        "Earlier this month, a car bomb in Ostel killed six women and injured 11 others.",
        [
            claim("six", 6, "killed", victims="women", as_of="2025-02"),
            claim("11", 11, "injured", as_of="2025-02"),
        ],
        date="2025-02-18",
    ),
    Case(
        "date-a-day-opens-the-sentence-then-the-attack",
        "On July 14, the army attacked Kestor City three times, hitting a school. As a result, at least "
        "four people were killed and nine were injured.",
        [
            claim("at least four", 4, "killed", as_of="2024-07-14"),
            claim("nine", 9, "injured", as_of="2024-07-14"),
        ],
    ),
    Case(
        "source-told-a-paper-is-a-relay",
        "A number of residents told the Varna Tribune that at least 30 people were still missing.",
        [claim("at least 30", 30, "missing", source="residents, via Varna Tribune")],
    ),
    Case(
        "source-told-a-wire-is-the-story-s-own-reporting",
        "Residents told AFP that at least 30 people were still missing.",
        [claim("at least 30", 30, "missing", source="residents")],
    ),
    Case(
        "source-told-reporters-is-no-relay",
        "The governor told reporters that at least 30 people were still missing.",
        [claim("at least 30", 30, "missing", source="governor")],
    ),
    Case(
        "breakdown-after-which-includes",
        "The clashes have claimed 204 lives, which includes 120 herders and 84 farmers.",
        [
            claim("204", 204, "killed"),
            claim("120", 120, "killed", victims="herders"),
            claim("84", 84, "killed", victims="farmers"),
        ],
    ),
    Case(
        "breakdown-after-of-which",
        "More than 380 people were injured in the blast, of which at least 260 are at the city hospital.",
        [claim("More than 380", 380, "injured"), claim("at least 260", 260, "injured")],
    ),
    Case(
        "killed-alongside-another-count",
        "Three police officers were killed alongside two soldiers in the ambush.",
        [
            claim("Three", 3, "killed", victims="police officers"),
            claim("two", 2, "killed", victims="soldiers"),
        ],
    ),
    Case(
        "detained-as-well-as-some-others",
        "Troops detained 19 suspects, as well as some 40 others, the army said.",
        [
            claim("19", 19, "detained", victims="suspects"),
            claim("some 40", 40, "detained", qualifier="about"),
        ],
    ),
    Case(
        "eliminated-and-left-dead",
        "The army said it had eliminated 12 militants. Residents said at least nine villagers were left dead.",
        [
            claim("12", 12, "killed", victims="militants", source="army"),
            claim("at least nine", 9, "killed", victims="villagers", source="residents"),
        ],
    ),
    Case(
        "scope-a-headline-count-then-the-running-toll",
        "Four dead in fresh ethnic violence in Korvo, death toll reaches 212",
        [claim("Four", 4, "killed", scope="incident"), claim("212", 212, "killed")],
    ),
    Case(
        "scope-more-killed-on-a-day-of-a-crackdown",
        "At least 27 more protesters have been killed in the crackdown on Sunday, a rights group said.",
        [claim("At least 27", 27, "killed", victims="protesters", scope="incident", as_of="2024-07-14")],
    ),
    Case(
        "scope-have-since-died-is-no-period",
        "A gunman opened fire at a wedding in Ostel on Friday. Two more who were wounded have since died.",
        [claim("Two", 2, "killed", scope="incident")],
    ),
    Case(
        "date-attackers-attacked-the-base-late-sunday",
        "Militants have killed six soldiers in an attack on an army base, two military sources said "
        "Tuesday. Fighters attacked the base in the town of Korvo in Varna state late Sunday, the "
        'sources said. "We lost six men in the fierce battle," an officer said.',
        [
            claim("six", 6, "killed", victims="soldiers", as_of="2024-07-14"),
            claim("six", 6, "killed", victims="men", as_of="2024-07-14"),
        ],
    ),
    Case(
        "date-told-a-wire-on-a-day-is-the-speech-day",
        "At least nine villagers died in an attack by gunmen, locals told AFP on Monday. The gunmen "
        "attacked the village of Ostel overnight Saturday, a resident said.",
        [claim("At least nine", 9, "killed", victims="villagers", as_of="2024-07-13")],
    ),
    Case(
        "date-a-restated-count-with-its-day",
        "Fourteen civilians were killed when gunmen raided a village, an official said on Monday. "
        '"For now the number of dead stands at 14 in an attack by armed men in Ostel on Saturday evening," '
        "the official said.",
        [
            claim("Fourteen", 14, "killed", victims="civilians", as_of="2024-07-13"),
            claim("14", 14, "killed", as_of="2024-07-13"),
        ],
    ),
    Case(
        "category-a-harm-word-of-the-clause-before",
        "Varna says that 120 hostages are still in captivity, and that 31 of those hostages are confirmed dead.",
        [
            claim("120", 120, "hostages", location=None),
            claim("31", 31, "killed", victims="hostages", location=None),
        ],
    ),
    Case(
        "source-the-territory-s-health-ministry",
        "More than 30,000 Palestinians have been killed in Gaza, the territory's health ministry said.",
        [claim("More than 30,000", 30000, "killed", source="Gaza health ministry")],
    ),
    Case(
        "victims-operatives",
        "The army said the strikes had killed four senior militant operatives.",
        [claim("four", 4, "killed", victims="operatives", source="army")],
    ),
    Case(
        "source-a-dateline-run-into-the-subject",
        "Varna, Nov 6 The UN Office for the Coordination of Humanitarian Affairs (OCHA) said that nine aid "
        "workers were killed.",
        [claim("nine", 9, "killed", victims="aid workers", source="UN OCHA")],
    ),
    Case(
        "source-a-dash-dateline-run-into-the-subject",
        "Korvo, Ostel - A local rescue group said a landslide killed 14 miners on Monday.",
        [claim("14", 14, "killed", victims="miners", source="local rescue group")],
    ),
    Case(
        "source-reports-from-an-agency-indicate",
        "Recent reports from Reuters indicate that over 2,000 civilians have been killed.",
        [claim("over 2,000", 2000, "killed", victims="civilians", source="Reuters")],
    ),
    Case(
        "source-a-body-s-investigations-showed",
        "The CPJ's preliminary investigations showed that at least 95 journalists have been killed.",
        [claim("at least 95", 95, "killed", victims="journalists", source="CPJ")],
    ),
    Case(
        "location-the-capital-of-a-place",
        "More than 60 people have been killed in the Varnian capital of Ostel, officials said.",
        [claim("More than 60", 60, "killed", location="Ostel")],
    ),
    Case(
        "location-a-camp-s-people-are-no-place",
        "Dozens killed in air strike on IDP camp in Kestor",
        [claim("Dozens", 24, "killed", location="Kestor")],
    ),
    Case(
        "source-the-statement-read",
        '"Armed clashes have killed more than 90 people," the UN statement read.',
        [claim("more than 90", 90, "killed", source="United Nations")],
    ),
    Case(
        "scope-regions-of-a-monsoon-toll-after-a-day-s-flow",
        "The monsoon rains have killed 212 people since June 25, the disaster agency said. In the past 24 "
        "hours, seven people died. Punjab has been the hardest hit, reporting 98 deaths.",
        [
            claim("212", 212, "killed", scope="cumulative"),
            claim("seven", 7, "killed", scope="incident"),
            claim("98", 98, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "stabbed-is-injured-fatally-stabbed-is-killed",
        "A man stabbed 13 shoppers at a market in Ostel. In Varna, an attacker fatally stabbed four people.",
        [
            claim("13", 13, "injured", victims="shoppers"),
            claim("four", 4, "killed"),
        ],
    ),
    Case(
        "hit-by-gunfire-is-injured",
        "The chief said two police officers were hit by gunfire but were in stable condition.",
        [claim("two", 2, "injured", victims="police officers", source="chief")],
    ),
    Case(
        "an-age-compound-is-no-count",
        "Dead were 19- and 44-year-old men, police said.",
        [],
    ),
    Case(
        "category-a-qualified-count-of-the-next-clause",
        "The dead were identified as two guards and a cook, and at least seven other people were taken to "
        "hospitals with injuries.",
        [
            claim("two", 2, "killed", victims="guards"),
            claim("at least seven", 7, "injured"),
        ],
    ),
    Case(
        "location-downtown-city",
        "A gunman killed nine people at a hotel in downtown Ostel, police said.",
        [claim("nine", 9, "killed", location="Ostel")],
    ),
    Case(
        "source-law-enforcement-agencies",
        "According to the law enforcement agencies, a total of 84 people suffered injuries.",
        [claim("84", 84, "injured", source="law enforcement agencies")],
    ),
    Case(
        "a-day-of-the-month-in-parentheses-is-no-count",
        "At least 18 people died and more than 90 were injured on Friday (12) when two trains collided.",
        [claim("At least 18", 18, "killed"), claim("more than 90", 90, "injured")],
    ),
    Case(
        "source-a-later-speaker-after-before",
        "Police earlier reported 31 deaths, before the health ministry said six more had died.",
        [claim("31", 31, "killed", source="police"), claim("six", 6, "killed", source="health ministry")],
    ),
    Case(
        "killing-a-part-of-those-on-board",
        "The plane crashed into a hillside, killing 58 of the 64 people on board.",
        [claim("58", 58, "killed")],
    ),
    Case(
        "killed-a-part-of-the-hostages",
        "The gunmen killed five of the 19 hostages.",
        [claim("five", 5, "killed", victims="hostages"), claim("19", 19, "hostages")],
    ),
    Case(
        "fatalities-included",
        "He said the 41 known fatalities included 17 women and one child.",
        [
            claim("41", 41, "killed"),
            claim("17", 17, "killed", victims="women"),
            claim("one", 1, "killed", victims="children"),
        ],
    ),
    Case(
        "date-statistics-for-a-year",
        "Official statistics for 2019 log 3,902 deaths in road accidents in the country.",
        [claim("3,902", 3902, "killed", as_of="2019")],
    ),
    Case(
        "a-count-with-a-plus-is-more-than",
        "Clashes in Ostel displace 90,000, 240+ killed: UN",
        [
            claim("90,000", 90000, "displaced"),
            claim("240+", 240, "killed", qualifier="more_than"),
        ],
    ),
    Case(
        "displaced-driven-from-their-homes",
        "The fighting has driven more than 3.1 million people from their homes, the UN said.",
        [claim("more than 3.1 million", 3100000, "displaced", source="United Nations")],
    ),
    Case(
        "source-a-name-with-and-before-its-acronym",
        "According to the Armed Conflict Location and Event Data Project (ACLED), more than 2,300 people "
        "were killed.",
        [
            claim(
                "more than 2,300",
                2300,
                "killed",
                source="Armed Conflict Location & Event Data Project (ACLED)",
            )
        ],
    ),
    Case(
        "date-a-span-of-month-days-is-its-last",
        "The raids took place between July 9-11, killing at least 27 villagers. Gunmen killed 12 herders "
        "on July 3 and 4, police said.",
        [
            claim("at least 27", 27, "killed", victims="villagers", as_of="2024-07-11"),
            claim("12", 12, "killed", victims="herders", as_of="2024-07-04"),
        ],
    ),
    Case(
        "date-month-day-then-a-count-is-no-span",
        "On July 6 and 7 people were killed in Kestor.",
        [claim("7", 7, "killed", as_of="2024-07-06")],
    ),
    Case(
        "victims-others-after-women-are-people",
        "Gunmen killed 11 women and 26 others in the market.",
        [claim("11", 11, "killed", victims="women"), claim("26", 26, "killed", victims="people")],
    ),
    Case(
        "kidnappings-abductions-custody-hospitalization",
        "The group recorded 318 killings and 702 kidnappings this year. Police said 640 protesters were "
        "taken into police custody. Eleven people required hospitalization after the blast.",
        [
            claim("318", 318, "killed"),
            claim("702", 702, "hostages"),
            claim("640", 640, "detained", victims="protesters"),
            claim("Eleven", 11, "injured"),
        ],
    ),
    Case(
        "deaths-prevented-are-none",
        "The vaccines prevented 2,000 deaths a day, the study found.",
        [],
    ),
    Case(
        "forced-to-escape-their-homes",
        "More than 800,000 people have been forced to escape their homes.",
        [claim("More than 800,000", 800000, "displaced")],
    ),
    Case(
        "bringing-troop-deaths-to",
        "Three more soldiers killed in Ostel, bringing troop deaths to 9 in one day",
        [claim("Three", 3, "killed", victims="soldiers"), claim("9", 9, "killed")],
    ),
    Case(
        "source-an-acronym-in-brackets-ends-the-sentence",
        "812,400 people internally displaced of whom 51% female (IOM).",
        [claim("812,400", 812400, "displaced", source="International Organization for Migration (IOM)")],
    ),
    Case(
        "victims-a-bare-count-after-a-named-group",
        "At least 14 journalists were reported injured, two missing and 19 arrested.",
        [
            claim("At least 14", 14, "injured", victims="journalists"),
            claim("two", 2, "missing", victims="journalists"),
            claim("19", 19, "detained", victims="journalists"),
        ],
    ),
    Case(
        "people-found-safe-are-no-missing",
        "Police said 1,210 people who had been reported missing have been found safe.",
        [],
    ),
    Case(
        "bare-counts-after-with",
        "The storm killed at least 38 people in Varna and nine in Ostel, with three in Korvo and two in Selm.",
        [
            claim("at least 38", 38, "killed", location="Varna"),
            claim("nine", 9, "killed", location="Ostel"),
            claim("three", 3, "killed", location="Korvo"),
            claim("two", 2, "killed", location="Selm"),
        ],
    ),
    Case(
        "source-a-name-with-an-acronym-the-table-knows-only-with-the",
        "The World Health Organization (WHO) said 17 people had died in the heat in Varna.",
        [claim("17", 17, "killed", source="World Health Organization (WHO)")],
    ),
    Case(
        "day-adverb-between-auxiliary-and-verb",
        "At least 18 people were today killed and another 14 injured in Ostel.",
        [claim("At least 18", 18, "killed"), claim("14", 14, "injured")],
    ),
    Case(
        "injured-in-hospital",
        "Five people are in hospital after the bus overturned near Tarvel.",
        [claim("Five", 5, "injured")],
    ),
    Case(
        "missing-hedged-could-still-be",
        "As many as 20 people could still be missing in the rubble of the Korvo bridge.",
        [claim("As many as 20", 20, "missing", qualifier="up_to")],
    ),
    Case(
        "killed-hedged-may-have",
        "Up to 60 people may have died in the fire at the Selm market, a doctor said.",
        [claim("Up to 60", 60, "killed", qualifier="up_to")],
    ),
    Case(
        "could-have-died-is-what-did-not-happen",
        "Hundreds of people could have been killed if the fire had spread to the depot.",
        [],
    ),
    Case(
        "qualifier-atleast-written-as-one-word",
        "Atleast 35 people have been arrested in Varna since the protests began.",
        [claim("Atleast 35", 35, "detained", qualifier="at_least")],
    ),
    Case(
        "injured-suffering-injuries",
        "One other person was suffering non-life-threatening injuries, police said.",
        [claim("One", 1, "injured")],
    ),
    Case(
        "lost-their-eyesight-is-not-missing",
        "Six people had lost their eyesight after drinking the tainted liquor in Ostel.",
        [],
    ),
    Case(
        "besieged-civilians-trapped-are-not-missing",
        "Thousands of civilians remain trapped in the city, without water or power.",
        [],
    ),
    Case(
        "ages-between-the-ages-of",
        "Nine men and four women between the ages of 17 and 56 were injured in the stampede.",
        [claim("Nine", 9, "injured", victims="men"), claim("four", 4, "injured", victims="women")],
    ),
    Case(
        "one-person-of-a-count-is-no-count",
        "Dara Velk, one of hundreds injured in the clashes, was discharged on Monday.",
        [claim("hundreds", 200, "injured", qualifier="vague")],
    ),
    Case(
        "displaced-forced-to-evacuate",
        "More than 500,000 people have been forced to evacuate as the fires spread across Varna.",
        [claim("More than 500,000", 500000, "displaced", qualifier="more_than")],
    ),
    Case(
        "displaced-taking-shelter-in-evacuation-centres",
        "Over 26,000 people are taking shelter in evacuation centres, the agency said.",
        [claim("Over 26,000", 26000, "displaced")],
    ),
    Case(
        "hostages-a-group-of",
        "Gunmen abducted a group of 16 farmers near Ostel on Sunday.",
        [claim("16", 16, "hostages", victims="farmers", as_of="2024-07-14")],
    ),
    Case(
        "hostages-among-the-abductees",
        "At least 100 children were among the abductees, a local official said.",
        [claim("At least 100", 100, "hostages", victims="children")],
    ),
    Case(
        "auxiliary-of-two-words-so-far",
        "At least 1,400 students have so far been abducted in the region since 2014.",
        [claim("At least 1,400", 1400, "hostages", victims="students")],
    ),
    Case(
        "number-repeated-in-digits-in-brackets",
        "Seventeen (17) missionaries were kidnapped on Saturday outside Korvo.",
        [claim("Seventeen (17)", 17, "hostages", victims="missionaries")],
    ),
    Case(
        "unknown-hyphenated-noun-massacred",
        "Witnesses said 89 concert-goers were massacred in the hall.",
        [claim("89", 89, "killed", victims="concert-goers")],
    ),
    Case(
        "unknown-noun-in-men",
        "Two watchmen were killed when gunmen stormed the depot.",
        [claim("Two", 2, "killed", victims="watchmen")],
    ),
    Case(
        "toll-hedged-may-have-exceeded",
        "The death toll may have exceeded 275, although the official count stands at 190.",
        [claim("exceeded 275", 275, "killed", qualifier="more_than"), claim("190", 190, "killed")],
    ),
    Case(
        "missing-considered-missing",
        "Six people were killed. Another 13 are considered missing.",
        [claim("Six", 6, "killed"), claim("13", 13, "missing")],
    ),
    Case(
        "qualifier-climbed-past",
        "The death toll from the quake has climbed past 9,400.",
        [claim("climbed past 9,400", 9400, "killed", qualifier="more_than")],
    ),
    Case(
        "injured-in-a-serious-condition",
        "Three climbers were said to be in a serious condition after the rockfall.",
        [claim("Three", 3, "injured", victims="climbers")],
    ),
    Case(
        "source-as-stated-by-a-spokesman",
        "Eleven soldiers were killed, as stated by Omar Velk, the spokesman for the Tarvel police.",
        [claim("Eleven", 11, "killed", source="Tarvel police (Omar Velk)")],
    ),
    Case(
        "source-a-report-released-by",
        "At least 12 people died, according to a report released on Saturday by the Interior Ministry.",
        [claim("At least 12", 12, "killed", source="Interior Ministry")],
    ),
    Case(
        "source-the-speaker-of-the-clause-relays-whom-it-cites",
        "The Kestor television channel said 13 people were killed, citing the health ministry.",
        [claim("13", 13, "killed", source="health ministry, via Kestor television channel")],
    ),
    Case(
        "source-a-police-superintendent-folded-into-the-police",
        "Police superintendent Ana Rell said 139 officers had been injured in the clashes.",
        [claim("139", 139, "injured", victims="officers", source="police (Ana Rell)")],
    ),
    Case(
        "scope-a-period-in-another-clause-than-the-strike",
        "Fighting since 2023 has ruined the town, and the strike on Monday killed 14 civilians.",
        [claim("14", 14, "killed", victims="civilians", scope="incident", as_of="2024-07-15")],
    ),
    Case(
        "scope-a-coup-is-an-ongoing-crackdown",
        "The junta has killed 1,006 protesters, the rights group said.",
        [claim("1,006", 1006, "killed", victims="protesters", scope="cumulative")],
    ),
    Case(
        "excerpt-cut-off-mid-sentence-tells-no-claim",
        "Five people were killed in Varna on Monday.\n\nAnother 12 people were injured when the roof of the hall coll",
        [claim("Five", 5, "killed")],
    ),
    Case(
        "a-short-last-line-without-a-stop-is-no-cut",
        "Rescuers in Ostel said on Monday that the search was over.\n\nEight dead in Ostel flood",
        [claim("Eight", 8, "killed")],
    ),
    Case(
        "a-sign-off-without-a-stop-is-no-cut",
        "Five people were killed in Varna.\n\nThe army said 31 soldiers have been killed since the offensive began. — Reuters",
        [claim("Five", 5, "killed"), claim("31", 31, "killed", victims="soldiers")],
    ),
    Case(
        "victims-a-people-in-ese-before-the-noun",
        "At least 34 Sudanese civilians and three Lebanese paramedics were killed in the strikes.",
        [
            claim("At least 34", 34, "killed", victims="civilians"),
            claim("three", 3, "killed", victims="paramedics"),
        ],
    ),
    Case(
        "unknown-noun-after-an-acronym-and-a-day",
        "Three CRPF jawans were on Monday killed in the ambush near Ostel.",
        [claim("Three", 3, "killed", victims="jawans", as_of="2024-07-15")],
    ),
    Case(
        "injured-the-condition-of",
        "The condition of at least 30 people is critical, doctors in Varna said.",
        [claim("at least 30", 30, "injured", qualifier="at_least")],
    ),
    Case(
        "missing-fate-unknown",
        "The fate of 789 residents remains unknown, and the whereabouts of about 40 others are unknown.",
        [claim("789", 789, "missing", victims="residents"), claim("about 40", 40, "missing")],
    ),
    Case(
        "unidentified-are-not-missing",
        "The identities of 20 victims remain unknown.",
        [],
    ),
    Case(
        "missing-reports-of-missing-persons",
        "Police in Korvo have received 43 reports of missing persons since the flood.",
        [claim("43", 43, "missing")],
    ),
    Case(
        "killed-mortalities-cadavers-sets-of-remains",
        "The study counted 18,100 mortalities. Searchers found 30 cadavers and 50 sets of remains.",
        [claim("18,100", 18100, "killed"), claim("30", 30, "killed"), claim("50", 50, "killed")],
    ),
    Case(
        "graves-are-no-count-of-the-dead",
        "Investigators found nine clandestine graves near the ranch.",
        [],
    ),
    Case(
        "victims-an-unknown-noun-lost-their-lives",
        "Five skiers lost their lives in the avalanche above Selm.",
        [claim("Five", 5, "killed", victims="skiers")],
    ),
    Case(
        "qualifier-inched-up-to-is-no-up-to",
        "The death toll inched up to 227 on Saturday.",
        [claim("227", 227, "killed", qualifier="exact")],
    ),
    Case(
        "qualifier-information-about-is-no-about",
        "There is information about one fatality in the village.",
        [claim("one", 1, "killed", qualifier="exact")],
    ),
    Case(
        "list-items-after-a-semicolon",
        "Officials confirmed 44 deaths in the state; 30 in Lee, 3 in Collier.",
        [
            claim("44", 44, "killed", location=None),
            claim("30", 30, "killed", location="Lee"),
            claim("3", 3, "killed", location="Collier"),
        ],
    ),
    Case(
        "list-items-separated-by-semicolons",
        "The floods killed 120 people, including 6 from Varna; 12 from Ostel; 52 from Korvo.",
        [
            claim("120", 120, "killed"),
            claim("6", 6, "killed", location="Varna"),
            claim("12", 12, "killed", location="Ostel"),
            claim("52", 52, "killed", location="Korvo"),
        ],
    ),
    Case(
        "list-places-before-their-counts",
        "Selm had 98 confirmed deaths, Varna 83 and Korvo with 20.",
        [claim("98", 98, "killed"), claim("83", 83, "killed"), claim("20", 20, "killed")],
    ),
    Case(
        "list-after-a-colon",
        "Seventy-nine journalists were confirmed dead: 72 Palestinians, four Israelis and three Lebanese.",
        [
            claim("Seventy-nine", 79, "killed", victims="journalists"),
            claim("72", 72, "killed", victims="palestinians"),
            claim("four", 4, "killed", victims="israelis"),
            claim("three", 3, "killed", victims="lebanese"),
        ],
    ),
    Case(
        "list-the-place-after-the-verb-is-the-breakdown-s-too",
        "Last week 21 people, including eight Hazara, were killed in a blast in Korvo.",
        [claim("21", 21, "killed", location="Korvo"), claim("eight", 8, "killed", location="Korvo")],
    ),
    Case(
        "a-sign-off-in-lower-case-is-no-cut",
        "Five people were killed in Varna.\n\nThe UN said some 40 aid workers remained missing after the floods. — dpa",
        [claim("Five", 5, "killed"), claim("some 40", 40, "missing")],
    ),
    Case(
        "source-a-place-phrase-is-no-subject",
        "In Korvo, 62 people have died in rain-related incidents, said the state's revenue minister.",
        [claim("62", 62, "killed", source="state's revenue minister")],
    ),
    Case(
        "source-a-province-as-the-subject-loses-to-according-to",
        "According to the disaster agency, Varna province recorded 20 deaths.",
        [claim("20", 20, "killed", source="disaster agency")],
    ),
    Case(
        "source-earlier-reports-by",
        "Earlier reports by the military said 12 soldiers were killed.",
        [claim("12", 12, "killed", victims="soldiers", source="military")],
    ),
    Case(
        "scope-a-raid-last-month-is-an-incident",
        "Last month, 53 were killed when bandits raided six villages in Ostel.",
        [claim("53", 53, "killed", scope="incident")],
    ),
    Case(
        "scope-a-day-s-airstrike-in-a-war-is-an-incident",
        "More than 100 people are feared to have been killed in Tuesday's airstrike, one of the deadliest "
        "so far in the civil war.",
        [claim("More than 100", 100, "killed", scope="incident")],
    ),
    Case(
        "killed-hedged-verb-before-may-have-killed",
        "Cholera may have killed up to 36 people in the Ostel camp.",
        [claim("up to 36", 36, "killed", qualifier="up_to")],
    ),
    Case(
        "homeless-people-who-died-are-dead",
        "Two homeless men died on cold winter nights in Varna.",
        [claim("Two", 2, "killed", victims="men")],
    ),
    Case(
        "escaped-alone-is-a-survivor",
        "Firefighters said 255 residents escaped, and one militant escaped as well.",
        [],
    ),
    Case(
        "displaced-escaped-from-a-place",
        "Around 3.7 million people have escaped from the capital since April.",
        [claim("Around 3.7 million", 3700000, "displaced")],
    ),
    Case(
        "people-on-board-are-no-count",
        "The bus was carrying 41 people when it overturned, and three others were unaccounted for.",
        [claim("three", 3, "missing")],
    ),
    Case(
        "killed-embraced-martyrdom",
        "Four Frontier Corps personnel embraced martyrdom in the attack.",
        [claim("Four", 4, "killed", victims="personnel")],
    ),
    Case(
        "killed-to-their-deaths",
        "The flood swept at least nine people to their deaths near Selm.",
        [claim("at least nine", 9, "killed")],
    ),
    Case(
        "displaced-a-people-s-name-before-refugees-and-to-flee",
        "More than a million Rohingya refugees have fled, and the crackdown prompted some 740,000 Rohingya to flee.",
        [
            claim("More than a million", 1000000, "displaced", victims="refugees"),
            claim("some 740,000", 740000, "displaced"),
        ],
    ),
    Case(
        "hostages-in-a-party-s-captivity",
        "While 101 hostages remain in Hamas captivity, the army said the search goes on.",
        [claim("101", 101, "hostages")],
    ),
    Case(
        "missing-an-unknown-noun-are-missing",
        "At least 10 Camp Selm campers are missing after the flood.",
        [claim("At least 10", 10, "missing", victims="campers")],
    ),
    Case(
        "lost-everything-is-not-missing",
        "The agency said 12,000 refugees lost everything again when the fire swept the camp.",
        [],
    ),
    Case(
        "killed-a-verb-in-quotes",
        "Turkish forces ‘neutralized’ 19 terrorists in northern Iraq.",
        [claim("19", 19, "killed", victims="terrorists")],
    ),
    Case(
        "one-family-does-not-end-the-count-before-it",
        "At least 17 people from one family were also killed, it added.",
        [claim("At least 17", 17, "killed")],
    ),
    Case(
        "breakdown-the-deceased-included",
        "The deceased included three police officers and a child.",
        [claim("three", 3, "killed", victims="police officers")],
    ),
    Case(
        "breakdown-of-the-total-deaths",
        "Of the total deaths, 292 were from Varna.",
        [claim("292", 292, "killed")],
    ),
    Case(
        "qualifier-a-maximum",
        "A maximum 40 people are feared missing after the ferry sank.",
        [claim("A maximum 40", 40, "missing", qualifier="up_to")],
    ),
    Case(
        "missing-yet-to-be-accounted-for",
        "Twelve people are yet to be accounted for, and 30 were accounted for on Monday.",
        [claim("Twelve", 12, "missing")],
    ),
    Case(
        "identified-or-freed-parts-are-no-claims",
        "Police identified 56 of the 384 dead victims. Rescuers freed 12 of the 30 trapped miners.",
        [claim("384", 384, "killed"), claim("30", 30, "missing", victims="miners")],
    ),
    Case(
        "rescuers-are-not-the-trapped",
        "Some 200 people, including experts and volunteers, have been working to rescue those trapped.",
        [],
    ),
    Case(
        "date-last-year-in-a-sentence-without-digits",
        "Last year, ninety-nine journalists were killed worldwide.",
        [claim("ninety-nine", 99, "killed", as_of="2023", scope="cumulative")],
    ),
    Case(
        "date-a-year-then-when",
        "The figure compares with 2022, when the group documented a total of 69 deaths.",
        [claim("69", 69, "killed", as_of="2022", scope="cumulative")],
    ),
    Case(
        "scope-a-year-s-recorded-tally",
        "By comparison, 3,279 migrant deaths were recorded in the Mediterranean in 2014.",
        [claim("3,279", 3279, "killed", as_of="2014", scope="cumulative")],
    ),
    Case(
        "scope-an-event-in-a-year-stays-an-incident",
        "In 2013, 36 people died in a stampede at the festival, the worst that year.",
        [claim("36", 36, "killed", as_of="2013", scope="incident")],
    ),
    Case(
        "date-years-of-a-list-each-its-own",
        "In 2019 an estimated 1,097 people were killed, 1,140 in 2018, and 1,089 in 2017, the data show.",
        [
            claim("an estimated 1,097", 1097, "killed", as_of="2019", scope="cumulative"),
            claim("1,140", 1140, "killed", as_of="2018", scope="cumulative"),
            claim("1,089", 1089, "killed", as_of="2017", scope="cumulative"),
        ],
    ),
    Case(
        "source-a-report-from-a-place-is-no-source",
        "In another report from the western Korvo province, five people were killed, said Ana Rell.",
        [claim("five", 5, "killed", source="Ana Rell")],
    ),
    Case(
        "source-in-statement-without-an-article",
        "In statement the ministry said 12 people were killed in the strikes.",
        [claim("12", 12, "killed", source="ministry")],
    ),
    Case(
        "source-listed-as-is-no-speech",
        "The group -- listed as a terrorist organisation by Varna -- has been responsible for the deaths of more than 4,000 people.",
        [claim("more than 4,000", 4000, "killed", source=None)],
    ),
    Case(
        "date-an-unknown-day-beats-another-event-s-year",
        "Bombs killed at least 20 people in Varna on Tuesday, the anniversary of the 2003 fall of the city.",
        [claim("at least 20", 20, "killed", as_of=None)],
        date=None,
    ),
    Case(
        "date-between-a-night-and-the-next-morning",
        "Gunmen killed 12 people between Thursday night and Friday morning.",
        [claim("12", 12, "killed", as_of="2024-07-12")],
    ),
    Case(
        "date-two-counts-on-two-days-are-no-span",
        "The floods killed 28 on June 18 and 25 on June 19.",
        [claim("28", 28, "killed", as_of="2024-06-18"), claim("25", 25, "killed", as_of="2024-06-19")],
    ),
    Case(
        "injured-burns-surgery-stable-icu",
        "Three workers suffered serious burns. Two officers are in surgery, eight others are in stable "
        "condition and 11 are in ICU.",
        [
            claim("Three", 3, "injured", victims="workers"),
            claim("Two", 2, "injured", victims="officers"),
            claim("eight", 8, "injured"),
            claim("11", 11, "injured"),
        ],
    ),
    Case(
        "injured-sustained-various-injuries",
        "Four others sustained various injuries, police said.",
        [claim("Four", 4, "injured")],
    ),
    Case(
        "killed-two-of-them-fatally",
        "Sixteen people were wounded, two of them fatally.",
        [claim("Sixteen", 16, "injured"), claim("two", 2, "killed")],
    ),
    Case(
        "killed-burned-to-ashes-found-hanging",
        "Ninety-seven people were burned to ashes. Six prisoners were found hanging in their cells.",
        [claim("Ninety-seven", 97, "killed"), claim("Six", 6, "killed", victims="prisoners")],
    ),
    Case(
        "missing-under-the-rubble-and-deceased-persons",
        "Tens of thousands remain under the rubble, and 56 deceased persons have been retrieved.",
        [claim("Tens of thousands", 20000, "missing"), claim("56", 56, "killed")],
    ),
    Case(
        "part-one-out-of-the-five",
        "One out of the five soldiers has succumbed to his injuries.",
        [claim("One", 1, "killed", victims="soldiers")],
    ),
    Case(
        "list-opens-after-the-count-s-verb",
        "Police said 49 people have died - 41 at the Varna Mosque, 7 at Ostel Mosque, 1 in Korvo Hospital.",
        [
            claim("49", 49, "killed"),
            claim("41", 41, "killed", location="Varna Mosque"),
            claim("7", 7, "killed", location="Ostel Mosque"),
            claim("1", 1, "killed", location="Korvo Hospital"),
        ],
    ),
    Case(
        "unknown-noun-and-one-more-person",
        "Eight jawans and a driver were killed in the blast.",
        [claim("Eight", 8, "killed", victims="jawans")],
    ),
    Case(
        "forecast-a-modal-before-a-verb-qualifier",
        "Officials fear the toll could exceed 2,000 dead.",
        [],
    ),
    Case(
        "article-date-a-last-update-stamp-is-no-dateline",
        "Toll rises\n\nLast Update: 2019-03-17 00:00:00\n\nGunmen killed 50 people on Friday.",
        [claim("50", 50, "killed", as_of=None)],
        date=None,
    ),
    Case(
        "article-date-a-byline-with-an-ordinal-day",
        "Floods hit the north\n\nAna Rell 2 minutes ago Fri 30th August 2019 | 03:50 PM\n\nFloods killed 20 people on Thursday.",
        [claim("20", 20, "killed", as_of="2019-08-29")],
        date=None,
    ),
    Case(
        "article-date-a-site-banner-loses-to-the-story-s-date",
        "Sun, 05 May 2024 Today's Paper\n\nBlast in Varna\n\n8 June 2019\n\nA blast killed five people on Friday.",
        [claim("five", 5, "killed", as_of="2019-06-07")],
        date=None,
    ),
    Case(
        "date-as-of-a-later-day-is-the-count-s-not-the-crush-s",
        "A crowd surge killed scores of people in Varna on Saturday night.\n\nAs of Sunday evening, officials "
        "said 153 people were killed and 133 were injured.",
        [
            claim("scores", 40, "killed", as_of="2024-07-13"),
            claim("153", 153, "killed", as_of="2024-07-13", scope="incident"),
            claim("133", 133, "injured", as_of="2024-07-13"),
        ],
    ),
    Case(
        "scope-a-one-off-fire-s-rising-toll-is-its-own",
        "A fire broke out at a detention centre in Ostel on Monday night.\n\nThe death toll has risen to 40, "
        "the migration institute said on Tuesday.",
        [claim("40", 40, "killed", scope="incident", as_of="2024-07-15")],
    ),
    Case(
        "source-a-headline-s-speaker-glued-to-its-last-word",
        "Gunmen kill 20 in village attack-UN",
        [claim("20", 20, "killed", source="United Nations")],
    ),
    Case(
        "source-a-headline-s-hyphenated-last-word-is-no-speaker",
        "Gunmen kill 20 in attack on pro-Varna",
        [claim("20", 20, "killed", source=None)],
    ),
    Case(
        "captured-attackers-are-detained",
        "Six gunmen had been killed and one captured, and troops captured five militants near Ostel.",
        [
            claim("Six", 6, "killed", victims="gunmen"),
            claim("one", 1, "detained", victims="gunmen"),
            claim("five", 5, "detained", victims="militants"),
        ],
    ),
    Case(
        "captured-soldiers-are-hostages",
        "Rebels captured 12 soldiers near Varna.",
        [claim("12", 12, "hostages", victims="soldiers")],
    ),
    Case(
        "victims-of-a-bare-count-after-a-breakdown-are-the-whole-s",
        "The blast killed eight people, including 27 children, and wounded 128.",
        [
            claim("eight", 8, "killed", victims="people"),
            claim("27", 27, "killed", victims="children"),
            claim("128", 128, "injured", victims="people"),
        ],
    ),
    Case(
        "ages-in-a-breakdown-are-no-counts",
        "As many as 13 people were injured in the protests including nine men and four women between the "
        "ages of 17 and 56, a hospital said.",
        [
            claim("As many as 13", 13, "injured"),
            claim("nine", 9, "injured", victims="men"),
            claim("four", 4, "injured", victims="women"),
        ],
    ),
    Case(
        "source-a-prefixed-word-at-a-headline-s-end-is-no-speaker",
        "Twelve protesters killed in clash with pro-government",
        [claim("Twelve", 12, "killed", victims="protesters", source=None)],
    ),
    Case(
        "qualifier-before-another-belongs-to-the-count",
        "At least another 34 people were injured when the roof fell in, police said.",
        [claim("At least another 34", 34, "injured", qualifier="at_least", source="police")],
    ),
    Case(
        "qualifier-before-a-further-belongs-to-the-count",
        "Nine miners died on Monday and more than a further 20 are missing.",
        [
            claim("Nine", 9, "killed", victims="miners"),
            claim("more than a further 20", 20, "missing", qualifier="more_than"),
        ],
    ),
    Case(
        "count-before-an-active-harm-verb-did-it",
        "Three gunmen killed five people at a checkpoint near Tarsk, police said.",
        [claim("five", 5, "killed", source="police")],
    ),
    Case(
        "count-before-an-active-harm-verb-with-a-determiner-object",
        "Two militants wounded a police officer and fled.",
        [],
    ),
    Case(
        "headline-count-then-harm-verb-then-another-harmed-count-is-passive",
        "Four killed, 9 people injured in bus crash",
        [claim("Four", 4, "killed"), claim("9", 9, "injured")],
    ),
    Case(
        "crowd-before-a-present-perfect-harm-verb-did-not-die",
        "A crush among thousands of pilgrims at a hilltop shrine has killed at least 31 and injured dozens, "
        "officials said.",
        [
            claim("at least 31", 31, "killed", qualifier="at_least", source="officials"),
            claim("dozens", 24, "injured", qualifier="vague", source="officials"),
        ],
    ),
    Case(
        "ages-between-commas-after-one-person-are-no-counts",
        "Among the dead were a woman, 59, and a man, 71, the regional governor said.",
        [],
    ),
    Case(
        "age-between-commas-after-a-full-name-is-no-count",
        "Lena Marsh, 23, a nursing student, was also among the victims, police said.",
        [],
    ),
    Case(
        "a-court-s-death-sentence-is-no-death",
        "Two men were sentenced to death over the fire that killed 14 workers.",
        [claim("14", 14, "killed", victims="workers")],
    ),
    Case(
        "a-headline-s-death-sentence-is-no-death",
        "Court sentences three men to death over deadly bus bombing",
        [],
    ),
    Case(
        "families-that-lost-their-homes-are-not-missing",
        "Over the past week, six families have lost their homes to house fires.",
        [],
    ),
    Case(
        "captives-brought-home-are-freed",
        "The two sides brought home a combined total of more than 300 former captives on Monday.",
        [],
    ),
    Case(
        "taken-hostages-in-the-plural-after-a-killed-conjunct",
        "The raid killed over 120 people and over 40 were taken hostages.",
        [
            claim("over 120", 120, "killed", qualifier="more_than"),
            claim("over 40", 40, "hostages", qualifier="more_than"),
        ],
    ),
    Case(
        "a-month-abbreviation-opening-a-paragraph-is-no-sentence-end",
        "Fans died in crushes.\n\nOct. 20, 1982 — Varna; 66 people die in a crush at the stadium.",
        [claim("66", 66, "killed", as_of="1982-10-20")],
    ),
    Case(
        "source-an-abbreviated-governor-opening-a-paragraph",
        "Storm deaths rose across the south.\n\nGov. Mara Kestel said at least 11 people had died in the state.",
        [claim("at least 11", 11, "killed", qualifier="at_least", source="Governor (Mara Kestel)")],
    ),
    Case(
        "source-an-abbreviated-governor-after-a-place",
        "Varna Gov. Tom Oller said 12 people had died.",
        [claim("12", 12, "killed", source="Varna Governor (Tom Oller)")],
    ),
    Case(
        "scope-a-span-whose-start-names-its-year-is-a-period-total-dated-by-its-end",
        "Between 9 March 2023 and 2 May 2024, at least 4,120 people were killed and 9,300 injured in Varna.",
        [
            claim(
                "at least 4,120", 4120, "killed", qualifier="at_least", scope="cumulative", as_of="2024-05-02"
            ),
            claim("9,300", 9300, "injured", scope="cumulative", as_of="2024-05-02"),
        ],
    ),
    Case(
        "scope-an-onslaught-s-risen-toll-is-a-running-total",
        "The ministry reported on Wednesday that the number of deaths from the military onslaught has "
        "risen to 8,310.",
        [claim("8,310", 8310, "killed", source="ministry", scope="cumulative", as_of="2024-07-10")],
    ),
    Case(
        "article-date-a-period-s-start-in-a-story-s-first-line-is-no-dateline",
        "The health ministry announced on Thursday that the death toll from the war has risen to 41,200 "
        "since March 4, 2023.",
        [claim("41,200", 41200, "killed", as_of=None, scope="cumulative")],
        date=None,
    ),
    Case(
        "put-deaths-at-a-list-of-places",
        "Officials put confirmed deaths at 2,174 in Varna, more than 1,640 in Ruse and 523 in Pleven.",
        [
            claim("2,174", 2174, "killed", source="officials", location="Varna"),
            claim("more than 1,640", 1640, "killed", qualifier="more_than", location="Ruse"),
            claim("523", 523, "killed", location="Pleven"),
        ],
    ),
    Case(
        "estimated-the-injured-at",
        "Doctors estimated the injured at about 300.",
        [claim("about 300", 300, "injured", qualifier="about")],
    ),
    Case(
        "a-day-and-month-between-the-toll-and-its-figure",
        "The death toll from the earthquake on 12 January 2010 is more than 16,000.",
        [claim("more than 16,000", 16000, "killed", qualifier="more_than", as_of="2010-01-12")],
    ),
    Case(
        "the-month-may-before-a-day-is-no-forecast",
        "The toll from the May 12 earthquake had reached 6,181.",
        [claim("6,181", 6181, "killed", as_of="2024-05-12")],
    ),
    Case(
        "brought-out-dead-from-rubble",
        "Rescue teams said 14 others were brought out dead from the collapsed market.",
        [claim("14", 14, "killed", source="rescue teams")],
    ),
    Case(
        "pulled-out-dead",
        "By nightfall divers had pulled out dead three more fishermen near the jetty.",
        [claim("three", 3, "killed", victims="fishermen")],
    ),
    Case(
        "receiving-medical-attention-is-injured",
        "Over fifty persons receiving medical attention were moved to the district clinic.",
        [claim("Over fifty", 50, "injured", qualifier="more_than")],
    ),
    Case(
        "brought-for-treatment-is-injured",
        "Nine workers brought for treatment after the blast were in a stable condition, doctors said.",
        [claim("Nine", 9, "injured", source="doctors")],
    ),
    Case(
        "deceased-individuals-are-dead",
        "The coroner said 23 deceased individuals had been recovered from the river.",
        [claim("23", 23, "killed", source="coroner")],
    ),
    Case(
        "an-outbreak-has-hospitalized-a-count",
        "The outbreak has hospitalized at least 20 others in the valley, health officials said.",
        [claim("at least 20", 20, "injured", qualifier="at_least", source="health officials")],
    ),
    Case(
        "fatal-injuries-to-a-count-are-deaths",
        "The collision resulted in fatal injuries to two women and injuries to four men.",
        [claim("two", 2, "killed"), claim("four", 4, "injured")],
    ),
    Case(
        "a-suicide-bomber-count-before-killed-is-the-agent",
        "Four suicide bombers killed at least 26 worshippers at the shrine on Friday.",
        [claim("at least 26", 26, "killed", qualifier="at_least", victims="worshippers")],
    ),
    Case(
        "suicide-bombers-killed-by-troops-are-counted",
        "Two suicide bombers were shot dead by guards before they reached the gate.",
        [claim("Two", 2, "killed", victims="suicide bombers")],
    ),
    Case(
        "headline-counts-without-commas",
        "Four killed 11 injured as lorry overturns on mountain pass",
        [claim("Four", 4, "killed"), claim("11", 11, "injured")],
    ),
    Case(
        "a-second-toll-with-its-verb-left-out",
        "The number of dead has reached 2,310 and the wounded to 9,846, the health office said.",
        [
            claim("2,310", 2310, "killed", source="health office"),
            claim("9,846", 9846, "injured", source="health office"),
        ],
    ),
    Case(
        "a-second-toll-at-with-the-missing",
        "Deaths climbed to 64, with the missing at 19.",
        [claim("64", 64, "killed"), claim("19", 19, "missing")],
    ),
    Case(
        "a-clause-after-as-is-no-head-of-the-count",
        "The toll passed 1,450 as relief agencies struggled to reach the hill villages.",
        [claim("passed 1,450", 1450, "killed", qualifier="more_than")],
    ),
    Case(
        "a-proportion-out-of-ten-is-no-count",
        "Eight out of 10 families in the valley have been displaced since the spring.",
        [],
    ),
    Case(
        "a-proportion-one-in-four-is-no-count",
        "One in five residents of the district has been forced to flee, the agency said.",
        [],
    ),
    Case(
        "in-two-attacks-is-no-proportion",
        "Gunmen killed 17 in two attacks on Sunday.",
        [claim("17", 17, "killed")],
    ),
    Case(
        "a-day-span-s-first-day-before-the-month-is-no-count",
        "Between the evenings of 2 and 5 June, 31 people were killed in the province.",
        [claim("31", 31, "killed")],
    ),
    Case(
        "a-last-line-without-a-stop-that-ends-with-a-date-is-whole",
        "Officials spoke on Monday.\n\nThe ministry said the toll from the shelling had risen to 2,871 dead since March 9",
        [claim("2,871", 2871, "killed", source="ministry", scope="cumulative")],
    ),
    Case(
        "a-last-line-that-ends-with-a-site-s-address-is-whole",
        "Officials spoke on Monday.\n\nSeven people were killed when the bridge gave way. examplenews.com",
        [claim("Seven", 7, "killed")],
    ),
    Case(
        "a-last-line-cut-mid-clause-still-tells-nothing",
        "Officials spoke on Monday.\n\nThe ministry said the shelling had killed at least 41 people and wounded dozens of",
        [],
    ),
    Case(
        "a-headline-toll-since-a-day-to-a-count",
        "Valmora raises death toll since Feb. 3 to 612",
        [claim("612", 612, "killed", scope="cumulative")],
    ),
    Case(
        "a-day-span-without-a-count-stays-no-claim",
        "Between March 3 to 12, 40 people were killed.",
        [claim("40", 40, "killed")],
    ),
    Case(
        "a-toll-once-reported-then-surged",
        "The death toll, once reported at 71, has now surged to 96.",
        [claim("71", 71, "killed"), claim("96", 96, "killed")],
    ),
    Case(
        "a-toll-rose-by-a-rise-to-a-count",
        "The number of dead rose by 14 to 388, officials said.",
        [claim("14", 14, "killed", source="officials"), claim("388", 388, "killed", source="officials")],
    ),
    Case(
        "a-rise-by-is-no-range-outside-tolls",
        "Exports rose by 12 to 240 containers a week.",
        [],
    ),
    Case(
        "a-toll-that-surged-and-is-now-at",
        "The death toll surged by more than 900 overnight and is now at 4,310, the disaster agency said.",
        [
            claim("more than 900", 900, "killed", qualifier="more_than"),
            claim("4,310", 4310, "killed", source="disaster agency"),
        ],
    ),
    Case(
        "another-injured-after-one-dead",
        "The shelling left one woman dead and another injured in the market.",
        [claim("one", 1, "killed", victims="women"), claim("another", 1, "injured")],
    ),
    Case(
        "killed-one-and-injured-another",
        "The drone killed one man and injured another, the governor said.",
        [claim("one", 1, "killed", victims="men"), claim("another", 1, "injured", source="governor")],
    ),
    Case(
        "another-as-a-qualifier-stays-one",
        "Another 12 people were wounded in the town.",
        [claim("12", 12, "injured")],
    ),
    Case(
        "a-source-name-goes-on-past-and",
        "Nine people died, according to the Civil Defence and Emergency Response Directorate.",
        [claim("Nine", 9, "killed", source="Civil Defence and Emergency Response Directorate")],
    ),
    Case(
        "found-drowned-is-dead",
        "At least 14 migrants were found drowned near the river crossing, the coast guard said.",
        [claim("At least 14", 14, "killed", qualifier="at_least", victims="migrants", source="coast guard")],
    ),
    Case(
        "corpses-rescued-are-dead",
        "Volunteers said they had rescued about 30 corpses from the flooded valley.",
        [claim("about 30", 30, "killed", qualifier="about")],
    ),
    Case(
        "people-rescued-stay-no-claim",
        "Volunteers said they had rescued about 30 people from the flooded valley.",
        [],
    ),
    Case(
        "put-the-toll-as-high-as",
        "Local reporters put the death toll as high as 52.",
        [claim("as high as 52", 52, "killed", qualifier="up_to", source="local reporters")],
    ),
    Case(
        "a-half-million",
        "Over a half million people have fled the fighting, the agency said.",
        [claim("Over a half million", 500000, "displaced", qualifier="more_than")],
    ),
    Case(
        "members-of-two-families",
        "Seven members of two families were killed when the shell hit their house.",
        [claim("Seven", 7, "killed", victims="members")],
    ),
    Case(
        "suspects-fleeing-are-no-displaced",
        "Officers chased three suspects fleeing on motorbikes after the robbery.",
        [],
    ),
    Case(
        "a-father-of-two-is-one-person",
        "Omar Haddad, a father of three from the northern camp, was killed on Sunday.",
        [],
    ),
    Case(
        "among-those-who-lost-their-lives",
        "Sixty children and 41 women were among those who lost their lives in the floods.",
        [claim("Sixty", 60, "killed", victims="children"), claim("41", 41, "killed", victims="women")],
    ),
    Case(
        "separate-incidents-so-far-are-a-period-s-tally",
        "The authority said 212 people have died in separate rain-related incidents across the country so far.",
        [claim("212", 212, "killed", scope="cumulative", source="authority")],
    ),
    Case(
        "claimed-lives-and-injured-a-count-are-two-claims",
        "The earthquake claimed 96 lives and injured 410 others.",
        [claim("96", 96, "killed"), claim("410", 410, "injured")],
    ),
    Case(
        "dead-and-injured-with-no-count-after-stays-one-total",
        "The explosion left 15 dead and injured, police said.",
        [],
    ),
    Case(
        "an-unlisted-people-noun-were-dead",
        "Three Yazidis were dead after the shelling, a monitor said.",
        [claim("Three", 3, "killed", victims="yazidis")],
    ),
    Case(
        "initially-announced-dead",
        "Eleven people were initially announced dead after the boat capsized.",
        [claim("Eleven", 11, "killed")],
    ),
    Case(
        "disappearances-are-missing",
        "The commission has recorded 8,400 enforced disappearances since 2012.",
        [claim("8,400", 8400, "missing", scope="cumulative", source="commission")],
    ),
    Case(
        "sustained-knife-wounds-is-injured",
        "Besides the two fatalities, five other pupils sustained knife wounds.",
        [claim("two", 2, "killed"), claim("five", 5, "injured", victims="pupils")],
    ),
    Case(
        "a-rights-group-is-no-body-named-before",
        "At least 19 civilians were killed by the Northern Liberation Front in Tavor, a rights group said on Monday.",
        [claim("At least 19", 19, "killed", source="rights group")],
    ),
    Case(
        "a-war-s-start-dates-no-running-total",
        "The war between the army and the militia began in March 2021 and has since killed tens of "
        "thousands of people.",
        [
            claim(
                "tens of thousands",
                20000,
                "killed",
                qualifier="vague",
                as_of="2024-07-16",
                scope="cumulative",
            )
        ],
    ),
    Case(
        "a-fire-that-broke-out-on-a-day-is-dated-by-it",
        "A fire broke out on Monday and killed nine people at the depot.",
        [claim("nine", 9, "killed", as_of="2024-07-15", scope="incident")],
    ),
    Case(
        "civilians-trapped-in-a-named-town-are-not-missing",
        "Thousands of civilians remain trapped in Korvel, a town west of the river.",
        [],
    ),
    Case(
        "miners-trapped-in-a-shaft-are-missing",
        "Five miners remain trapped in the flooded shaft.",
        [claim("Five", 5, "missing", victims="miners")],
    ),
    Case(
        "an-average-per-day-is-no-count",
        "That means an average of eight people died and thirty were injured every day.",
        [],
    ),
    Case(
        "the-average-age-of-the-victims-is-no-count",
        "The average age of the victims was 34, and 12 people were killed on Monday.",
        [claim("12", 12, "killed")],
    ),
    Case(
        "posted-on-a-platform-is-speech",
        "The ministry posted on Telegram that 61 people had been killed.",
        [claim("61", 61, "killed", source="ministry")],
    ),
    Case(
        "a-people-s-administration-is-a-source",
        "Eleven villagers were killed, according to a Marl Township people's administration spokesman.",
        [claim("Eleven", 11, "killed", source="Marl Township people's administration")],
    ),
    Case(
        "a-provisional-balance-sheet-issued-by",
        "The quake left 1,140 people dead, according to a provisional balance sheet issued by the "
        "Ministry of the Interior at 8:00 pm on Saturday.",
        [claim("1,140", 1140, "killed", source="Ministry of the Interior")],
    ),
    Case(
        "an-updated-tally-of-a-body-up-to-an-hour",
        "The toll rose to 588 deaths, according to an updated tally of the Ministry of the Interior up "
        "to six in the morning.",
        [claim("588", 588, "killed", source="Ministry of the Interior")],
    ),
    Case(
        "an-owner-s-tally-of-figures-stays-the-owner-s",
        "At least 40 people died, according to a Reuters tally of official figures.",
        [claim("At least 40", 40, "killed", qualifier="at_least", source="Reuters")],
    ),
    Case(
        "an-editorial-label-is-no-source",
        "DEVELOPING STORY: Death toll rises above 9,000 in quake",
        [claim("above 9,000", 9000, "killed", qualifier="more_than", source=None)],
    ),
    Case(
        "a-place-that-recorded-deaths-is-no-source",
        "The coastal capital Varna recorded 85 deaths, and the mountainous region of Stara Planina reported 19 deaths.",
        [claim("85", 85, "killed", source=None), claim("19", 19, "killed", source=None)],
    ),
    Case(
        "a-country-that-said-is-a-source",
        "Indonesia said 442 people had died.",
        [claim("442", 442, "killed", source="Indonesia")],
    ),
    Case(
        "a-district-police-officer-is-no-place",
        '"The total deaths are 21 now," senior district police officer Ram Dev told Reuters by telephone.',
        [claim("21", 21, "killed", source="district police (Ram Dev)")],
    ),
    Case(
        "an-hour-after-until-is-no-count",
        "Rescuers searched the rubble until eleven at night, and 14 bodies were recovered.",
        [claim("14", 14, "killed")],
    ),
    Case(
        "as-of-a-day-in-a-flood-story-is-a-running-total",
        "As of 4 August, the floods have resulted in 312 deaths, the disaster authority said.",
        [claim("312", 312, "killed", scope="cumulative", as_of="2024-08-04", source="disaster authority")],
        date="2024-08-05",
    ),
    Case(
        "as-of-a-day-in-a-collapse-story-stays-one-incident",
        "As of Monday, the toll from the building collapse stood at 36.",
        [claim("36", 36, "killed", scope="incident")],
    ),
    Case(
        "among-the-latest-deaths-a-breakdown",
        "Among the latest deaths, 14 were children.",
        [claim("14", 14, "killed", victims="children")],
    ),
    Case(
        "part-of-a-whole-aboard",
        "Three of the five crew members aboard were killed.",
        [claim("Three", 3, "killed", victims="crew members")],
    ),
    Case(
        "headline-a-part-among-a-count-killed",
        "Nine soldiers among 31 killed in depot blast",
        [claim("Nine", 9, "killed", victims="soldiers"), claim("31", 31, "killed")],
    ),
    Case(
        "headline-a-part-among-dozens-hurt",
        "Two medics among dozens hurt in stadium clashes",
        [claim("Two", 2, "injured", victims="medics"), claim("dozens", 24, "injured", qualifier="vague")],
    ),
    Case(
        "bare-counts-share-a-noun-respectively",
        "The two districts reported 118 and 64 deaths, respectively.",
        [claim("118", 118, "killed"), claim("64", 64, "killed")],
    ),
    Case(
        "bare-counts-share-an-injury-noun",
        "The two clinics recorded 12 and 40 injuries.",
        [claim("12", 12, "injured"), claim("40", 40, "injured")],
    ),
    Case(
        "an-updated-count-from-a-body-said",
        "An updated count from the health ministry said 40 people had died.",
        [claim("40", 40, "killed", source="health ministry")],
    ),
    Case(
        "bracketed-breakdown-before-the-verb",
        "Six people (one woman and five men) were killed in the attack.",
        [
            claim("Six", 6, "killed"),
            claim("one", 1, "killed", victims="women"),
            claim("five", 5, "killed", victims="men"),
        ],
    ),
    Case(
        "bracketed-breakdown-after-the-verb",
        "Gunmen killed six people (four men and two women) in the village.",
        [
            claim("six", 6, "killed"),
            claim("four", 4, "killed", victims="men"),
            claim("two", 2, "killed", victims="women"),
        ],
    ),
    Case(
        "bracketed-inclusion-before-the-verb",
        "Twelve soldiers (including three officers) died in the ambush.",
        [claim("Twelve", 12, "killed", victims="soldiers"), claim("three", 3, "killed", victims="officers")],
    ),
    Case(
        "bracketed-ages-are-no-counts",
        "Nine people (aged between 20 and 40) were injured.",
        [claim("Nine", 9, "injured")],
    ),
    Case(
        "bracketed-aside-of-the-agent",
        "The militia (which has 300 fighters) killed four villagers.",
        [claim("four", 4, "killed", victims="villagers")],
    ),
    Case(
        "four-dozen-is-one-count",
        "Nearly four dozen migrants were found dead in the truck.",
        [claim("Nearly four dozen", 48, "killed", qualifier="nearly", victims="migrants")],
    ),
    Case(
        "rise-by-a-qualified-count-then-the-new-toll",
        "The number of confirmed dead jumped by nearly 900 to 4,310, the agency said.",
        [claim("nearly 900", 900, "killed", qualifier="nearly"), claim("4,310", 4310, "killed")],
    ),
    Case(
        "deaths-that-might-have-been",
        "Luckily nobody died, though there could have been dozens of deaths.",
        [],
    ),
    Case(
        "deaths-that-did-not-happen",
        "It is a blessing that we do not have hundreds of deaths in the valley.",
        [],
    ),
    Case(
        "left-fatally-wounded-is-killed",
        "The shootout left five gunmen fatally wounded.",
        [claim("five", 5, "killed")],
    ),
    Case(
        "left-injured",
        "Three people died and 16 were left injured when the roof fell.",
        [claim("Three", 3, "killed"), claim("16", 16, "injured")],
    ),
    Case(
        "proclaimed-dead",
        "Two climbers have been proclaimed dead.",
        [claim("Two", 2, "killed", victims="climbers")],
    ),
    Case(
        "brought-dead-to-hospital",
        "Seven villagers were brought dead to the district hospital.",
        [claim("Seven", 7, "killed", victims="villagers")],
    ),
    Case(
        "sought-treatment-is-injured",
        "Twenty-two people sought treatment at the county hospital.",
        [claim("Twenty-two", 22, "injured")],
    ),
    Case(
        "mass-killings-are-events",
        "The country has seen 21 mass killings this year, claiming 130 lives.",
        [claim("130", 130, "killed")],
    ),
    Case(
        "more-mass-shootings-are-events",
        "Since then, 40 more mass shootings have occurred.",
        [],
    ),
    Case(
        "a-city-home-to-its-population",
        "In Tarvel, home to 420,000, at least 96 people have been confirmed dead.",
        [claim("at least 96", 96, "killed", qualifier="at_least")],
    ),
    Case(
        "a-country-of-its-population",
        "Nearly two million people have fled, out of a country of 11 million.",
        [claim("Nearly two million", 2000000, "displaced", qualifier="nearly")],
    ),
    Case(
        "a-camp-home-to-the-displaced",
        "The camp, home to 40,000 displaced people, was shelled overnight.",
        [claim("40,000", 40000, "displaced")],
    ),
    Case(
        "a-bracketed-breakdown-of-the-released",
        "Of the detainees, 40 (35 men and 5 women) were released, and 9 were found dead.",
        [claim("9", 9, "killed")],
    ),
    Case(
        "government-is-no-un-body-named-later",
        "The storm killed 40 people, the government said. The UN has launched an appeal.",
        [claim("40", 40, "killed", source="government")],
    ),
    Case(
        "one-operation-on-a-day-has-left",
        "A police operation on Tuesday morning in the district has left at least nine people dead.",
        [claim("at least nine", 9, "killed", qualifier="at_least", scope="incident")],
    ),
    Case(
        "the-deadliest-since-a-year-when",
        "It is the region's deadliest fire since 1998, when 211 people died in a market blaze.",
        [claim("211", 211, "killed", scope="incident", as_of="1998")],
    ),
    Case(
        "the-deadliest-since-a-day-when",
        "It was the worst tornado toll since April 3, 1974, when 315 people were killed.",
        [claim("315", 315, "killed", scope="incident", as_of="1974-04-03")],
    ),
    Case(
        "died-in-a-year-when-a-storm",
        "As many as 900 people died in 2008 when a cyclone struck the delta.",
        [claim("As many as 900", 900, "killed", qualifier="up_to", scope="incident", as_of="2008")],
    ),
    Case(
        "since-a-count-died-in-a-year's-event",
        "It was the deadliest crash since more than 60 died in a 2012 collision near the capital.",
        [claim("more than 60", 60, "killed", qualifier="more_than", scope="incident", as_of="2012")],
    ),
    Case(
        "since-a-year-when-a-war-began-is-a-period",
        "The war has killed 12,000 people since 2014, when fighting broke out.",
        [claim("12,000", 12000, "killed", scope="cumulative", as_of="2024-07-16")],
    ),
    Case(
        "months-after-another-accident-is-no-period",
        "The blast comes two months after another mine accident killed 14 in the same province.",
        [claim("14", 14, "killed", scope="incident")],
    ),
    Case(
        "a-past-event-does-not-date-the-story",
        "A bus plunged into a river on Monday, killing 23 people. It was the deadliest crash since "
        "2011, when 70 people died. Police said 14 others were injured.",
        [
            claim("23", 23, "killed", as_of="2024-07-15"),
            claim("70", 70, "killed", as_of="2011", scope="incident"),
            claim("14", 14, "injured", as_of="2024-07-15", source="police"),
        ],
    ),
    Case(
        "speaker-named-in-the-next-sentence",
        "The number of people killed in the strike has risen to 18. Ivan Petrenko, the head of "
        "the regional military administration, reported this on Telegram.",
        [claim("18", 18, "killed", source="regional military administration (Ivan Petrenko)")],
    ),
    Case(
        "this-was-reported-by",
        "The toll from the shelling has risen to six. This was reported by the regional governor.",
        [claim("six", 6, "killed", source="regional governor")],
    ),
    Case(
        "a-source-line-after-the-lead",
        "Three people were killed and at least 11 were injured.\n\nSource: Kharkiv Mayor Ihor Terekhov",
        [
            claim("Three", 3, "killed", source="Kharkiv Mayor (Ihor Terekhov)"),
            claim("at least 11", 11, "injured", qualifier="at_least", source="Kharkiv Mayor (Ihor Terekhov)"),
        ],
    ),
    Case(
        "said-a-person-an-apposition-on-telegram",
        "Nine people were killed, said Oleh Marchuk, the regional governor, on Telegram.",
        [claim("Nine", 9, "killed", source="regional governor (Oleh Marchuk)")],
    ),
    Case(
        "said-a-person-two-appositions",
        "At least 31 bodies have been recovered, said Arjun Mehta, a railway official in Itarsi, "
        "the main junction in the district.",
        [claim("At least 31", 31, "killed", qualifier="at_least", source="railway official (Arjun Mehta)")],
    ),
    Case(
        "could-be-missing-is-an-estimate",
        "As many as 300 people could be missing after the hillside gave way.",
        [claim("As many as 300", 300, "missing", qualifier="up_to")],
    ),
    Case(
        "could-be-killed-is-a-forecast",
        "Thousands could be killed if the dam fails.",
        [],
    ),
    Case(
        "a-topic-tag-above-the-story",
        "Israel-Hamas war\nA bus plunged into a gorge in Himachal, killing 14 people.",
        [claim("14", 14, "killed", scope="incident")],
    ),
    Case(
        "a-day-just-after-the-reference-is-this-year's",
        "The disaster agency said the quake on Sep 30 killed 832 people.",
        [claim("832", 832, "killed", as_of="2018-09-30", source="disaster agency")],
        date="2018-09-29",
    ),
    Case(
        "a-fire-that-burned-harms-no-firefighters",
        "More than 600 firefighters were deployed to put out the fire that burned into the night.",
        [],
    ),
    Case(
        "places-joined-by-and-each-reported",
        "Kordia and Velmont each reported 27 deaths.",
        [claim("27", 27, "killed", source=None)],
    ),
    Case(
        "places-joined-by-and-recorded-counts-respectively",
        "Tarvel and Osring have recorded 19 and 8 deaths respectively, an official said.",
        [claim("19", 19, "killed", source="official"), claim("8", 8, "killed", source="official")],
    ),
    Case(
        "an-unknown-place-that-recorded-deaths",
        "Gorlitsa has recorded 11 deaths since the floods began.",
        [claim("11", 11, "killed", source=None)],
    ),
    Case(
        "a-person-by-surname-reported-deaths",
        "Marchuk reported two more deaths.",
        [claim("two", 2, "killed", source="Marchuk")],
    ),
    Case(
        "no-speaker-carried-past-places-that-counted",
        "The state agency said the toll in Alvera rose to 40. Kordia and Velmont each reported 9 deaths. "
        "Five deaths were reported in Osring.",
        [
            claim("40", 40, "killed", source="state agency"),
            claim("9", 9, "killed", source=None),
            claim("Five", 5, "killed", source=None),
        ],
    ),
    Case(
        "sibling-counts-share-a-period-told-after-them",
        "Floods have hit the country hard, with at least 120 people killed and 31 missing since the "
        "monsoon began in June, the ministry said.",
        [
            claim("at least 120", 120, "killed", qualifier="at_least", scope="cumulative"),
            claim("31", 31, "missing", scope="cumulative"),
        ],
    ),
    Case(
        "sibling-counts-share-a-day's-flow",
        "The ministry said hospitals received 40 dead and 210 wounded in the past 24 hours.",
        [claim("40", 40, "killed", scope="incident"), claim("210", 210, "injured", scope="incident")],
    ),
    Case(
        "sibling-counts-of-one-flood",
        '"Fourteen are dead, 22 have been injured due to flooding in the valley," the spokesman said.',
        # one scope for both; a flood's toll told while it goes on is a running one (CLAIMS.md)
        [claim("Fourteen", 14, "killed", scope="cumulative"), claim("22", 22, "injured", scope="cumulative")],
    ),
    Case(
        "a-list-of-counts-brought-to-places",
        "Since Friday, 212 bodies have been brought to the Central Hospital, 96 to Riverside and 40 to the city morgue.",
        [claim("212", 212, "killed"), claim("96", 96, "killed"), claim("40", 40, "killed")],
    ),
    Case(
        "a-list-of-counts-by-season",
        "Pediatric flu deaths totaled 101 in 2017-18, 85 in 2016-17 and 130 in 2015-16.",
        [claim("101", 101, "killed"), claim("85", 85, "killed"), claim("130", 130, "killed")],
    ),
    Case(
        "a-list-of-counts-each-with-its-verb-and-place",
        "Of the 150 deaths, 70 were in Tarvel, 51 were in Osring and 29 were in Kordia.",
        [
            claim("150", 150, "killed"),
            claim("70", 70, "killed"),
            claim("51", 51, "killed"),
            claim("29", 29, "killed"),
        ],
    ),
    Case(
        "a-breakdown-with-its-verb-left-out",
        "Of the victims, 31 were children and upto 20 women.",
        [
            claim("31", 31, "killed", victims="children"),
            claim("upto 20", 20, "killed", qualifier="up_to", victims="women"),
        ],
    ),
    Case(
        "a-relative-clause-then-its-main-harm-verb",
        "Four people who tried to wade across the flooded stream on a tractor drowned.",
        [claim("Four", 4, "killed")],
    ),
    Case(
        "a-long-relative-clause-then-an-auxiliary",
        "Seven others who had fallen ill after drinking the liquor in the village were undergoing treatment.",
        [claim("Seven", 7, "injured")],
    ),
    Case(
        "a-past-participle-phrase-after-the-noun",
        "Police said 61 suspects wanted for drug offences had been killed in the operations.",
        [claim("61", 61, "killed", victims="suspects", source="police")],
    ),
    Case(
        "an-irregular-participle-phrase-after-the-noun",
        "Five people hit by stray bullets were declared dead at the clinic.",
        [claim("Five", 5, "killed")],
    ),
    Case(
        "spelled-ages-after-a-count",
        "A man and two children aged six and nine drowned.",
        [claim("two", 2, "killed", victims="children")],
    ),
    Case(
        "a-count-before-an-age-compound",
        "Two seven-year-old pupils and a teacher were killed in the crash.",
        [claim("Two", 2, "killed", victims="pupils")],
    ),
    Case(
        "the-slayings-of",
        "The list includes the slayings of 19 people at a mall in the capital.",
        [claim("19", 19, "killed")],
    ),
    Case(
        "four-or-more-is-a-threshold",
        "The database counts mass killings, defined as the slayings of four or more people.",
        [],
    ),
    Case(
        "peoples-with-irregular-plurals-among-the-injured",
        "Five Turks and two Swedes are among the injured.",
        [claim("Five", 5, "injured", victims="turks"), claim("two", 2, "injured", victims="swedes")],
    ),
    Case(
        "a-headline-in-the-present-deaths-rise-to",
        "Deaths rise to 58 in mountain wildfire",
        [claim("58", 58, "killed")],
    ),
    Case(
        "a-headline-in-the-present-people-flee",
        "More than 20,000 people flee border town as fighting spreads",
        [claim("More than 20,000", 20000, "displaced", qualifier="more_than")],
    ),
    Case(
        "a-total-pushed-to-by-a-count",
        "The state's toll rose to 120, pushing the region's total to more than 200.",
        [claim("120", 120, "killed"), claim("more than 200", 200, "killed", qualifier="more_than")],
    ),
    Case(
        "held-at-a-centre-is-detained",
        "Forty migrants were being held at the centre when the fire started.",
        [claim("Forty", 40, "detained", victims="migrants")],
    ),
    Case(
        "rights-groups-allege-while-authorities-say",
        "Rights groups allege the crackdown has killed 9,000 people, while authorities say 2,400 have "
        "been killed in police operations.",
        [
            claim("9,000", 9000, "killed", source="Rights groups"),
            claim("2,400", 2400, "killed", source="authorities"),
        ],
    ),
    Case(
        "a-speaker-in-a-clause-after-the-opening-one",
        "The minister's statement comes after city police confirmed that seven people had been killed.",
        [claim("seven", 7, "killed", source="city police")],
    ),
    Case(
        "cited-the-toll-as-while-another's-count",
        "The AP cited the death toll as 211, while Reuters' latest count stood at 204.",
        [
            claim("211", 211, "killed", source="Associated Press"),
            claim("204", 204, "killed", source="Reuters"),
        ],
    ),
    Case(
        "an-exodus-of",
        "The fighting has triggered an exodus of more than 90,000 to the border.",
        [claim("more than 90,000", 90000, "displaced", qualifier="more_than")],
    ),
    Case(
        "run-for-their-lives",
        "Thousands have run for their lives to the camps near the town.",
        [claim("Thousands", 2000, "displaced", qualifier="vague")],
    ),
    Case(
        "living-in-idp-camps",
        "According to the UN, around 600,000 people are living in IDP camps in the region.",
        [claim("around 600,000", 600000, "displaced", qualifier="about", source="United Nations")],
    ),
    Case(
        "officials-confirm",
        "Officials confirm that approximately 140 people have died from hunger.",
        [claim("approximately 140", 140, "killed", qualifier="about", source="officials")],
    ),
    Case(
        "among-the-detainees-were",
        "Among the detainees were 1,200 women.",
        [claim("1,200", 1200, "detained", victims="women")],
    ),
    Case(
        "the-last-survey-conducted-by",
        "According to the last survey conducted by the Syrian Network for Human Rights, at least "
        "8,000 people were detained.",
        [
            claim(
                "at least 8,000",
                8000,
                "detained",
                qualifier="at_least",
                source="Syrian Network for Human Rights",
            )
        ],
    ),
    Case(
        "a-war's-start-opening-the-story-is-no-dateline",
        "Since the invasion was launched on 24 February 2022, 9,400 civilians have been killed.",
        [claim("9,400", 9400, "killed", scope="cumulative", as_of="2024-07-16")],
    ),
    Case(
        "gang-members-are-the-victims",
        "At least 19 gang members were killed in the clash.",
        [claim("At least 19", 19, "killed", qualifier="at_least", victims="gang members")],
    ),
    Case(
        "suspected-drug-dealers",
        "Police shot dead three suspected drug dealers overnight.",
        [claim("three", 3, "killed", victims="drug dealers")],
    ),
    Case(
        "men-women-and-children-are-people",
        "The bodies of 140 men, women and children were found in the village.",
        [claim("140", 140, "killed", victims="people")],
    ),
    Case(
        "women-and-children-are-people",
        "The strikes killed 300 people, including 90 women and children.",
        [claim("300", 300, "killed"), claim("90", 90, "killed", victims="people")],
    ),
    Case(
        "was-quoted-as-saying",
        '"We have around 17 people still missing," Rahman was quoted as saying.',
        [claim("around 17", 17, "missing", qualifier="about", source="Rahman")],
    ),
    Case(
        "a-square-bullet-opens-a-line",
        "■ The disaster agency says the death toll has climbed to 412",
        [claim("412", 412, "killed", source="disaster agency")],
    ),
    Case(
        "between-two-months-is-a-period",
        "Officials say there have been 1,480 homicides in the state between January and June.",
        [claim("1,480", 1480, "killed", scope="cumulative", source="officials")],
    ),
    Case(
        "the-post-reads-refers-back",
        "Ivan Petrenko, the head of the regional administration, said rescuers were still at work. "
        '"The attack took the lives of 29 residents," the post reads.',
        [claim("29", 29, "killed", victims="residents", source="regional administration (Ivan Petrenko)")],
    ),
    Case(
        "a-year's-count-of-no-event",
        "The country's coal mines killed about 2,600 miners in 2009.",
        [
            claim(
                "about 2,600",
                2600,
                "killed",
                qualifier="about",
                victims="miners",
                scope="cumulative",
                as_of="2009",
            )
        ],
    ),
    Case(
        "a-year's-event-told-by-its-clause",
        "In 2011, a ferry capsized off the coast, killing 97 people.",
        [claim("97", 97, "killed", scope="incident", as_of="2011")],
    ),
    Case(
        "a-timeline-heading-dates-the-entry-below",
        "Worst stadium disasters\n\nPERU\nMay 24, 1964\n- 320 people were killed during a stampede at the stadium.\n\n"
        "ENGLAND\nMay 11, 1985\n- 56 people were killed when a blaze broke out in the stands.",
        [
            claim("320", 320, "killed", as_of="1964-05-24"),
            claim("56", 56, "killed", as_of="1985-05-11"),
        ],
    ),
    Case(
        "a-timeline-entry-opening-on-its-date",
        "On March 3, 2019, a man drove into a crowd in the city. Six people were killed.",
        [claim("Six", 6, "killed", as_of="2019-03-03")],
        date="2024-07-16",
    ),
    Case(
        "reads-a-body's-statement",
        '"Seven people were injured, two of them seriously," reads a police statement.',
        [
            claim("Seven", 7, "injured", source="police"),
            claim("two", 2, "injured", source="police"),
        ],
    ),
    Case(
        "a-sign-that-reads-is-no-speaker",
        "The banner reads 40 dead.",
        [claim("40", 40, "killed", source=None)],
    ),
    Case(
        "most-of-the-dead-an-apposition's-count",
        "Most of the dead, about 45, were found in the hill villages.",
        [claim("about 45", 45, "killed", qualifier="about")],
    ),
    Case(
        "harm-noun-totaled-a-count",
        "Heat deaths among farm workers totaled 57 this year, health officials said.",
        [claim("57", 57, "killed", source="health officials", scope="cumulative")],
    ),
    Case(
        "harm-noun-numbered-a-count",
        "Fatalities numbered about 30 by nightfall.",
        [claim("about 30", 30, "killed", qualifier="about")],
    ),
    Case(
        "a-strain-name-before-the-harm-noun",
        "The state recorded 1,212 COVID-19 deaths and 30 H5N1 deaths that week.",
        [claim("1,212", 1212, "killed"), claim("30", 30, "killed")],
    ),
    Case(
        "a-model-name-before-a-thing",
        "Soldiers seized 14 AK-47 rifles and 3 M16 carbines from the camp.",
        [],
    ),
    Case(
        "a-case-count-sharing-the-toll's-verb",
        "The death toll climbed to 73 and the number of infections rose to 2,400.",
        [claim("73", 73, "killed")],
    ),
    Case(
        "a-case-count-after-the-speaker-keeps-the-toll",
        "The toll now stands at 412, the agency said on Monday, adding that the number of cases had risen to 9,870.",
        [claim("412", 412, "killed", source="agency")],
    ),
    Case(
        "the-victims-were-between-two-ages",
        "The victims were between 19 and 87.",
        [],
    ),
    Case(
        "children-younger-than-an-age",
        "Most of the deaths were among children younger than 5.",
        [],
    ),
    Case(
        "children-under-an-age-after-their-count",
        "Among the dead were 9 children under 12.",
        [claim("9", 9, "killed", victims="children")],
    ),
    Case(
        "a-toll-of-ongoing-attacks-is-running",
        "The death toll from ongoing Russian strikes on the region has risen to 1,204, local officials said.",
        [claim("1,204", 1204, "killed", scope="cumulative")],
    ),
    Case(
        "confrontations-between-two-sides-are-a-war",
        "The confrontations between the militia and the army have killed 312 people, including 40 civilians, a monitor said.",
        [
            claim("312", 312, "killed", scope="cumulative"),
            claim("40", 40, "killed", victims="civilians", scope="cumulative"),
        ],
    ),
    Case(
        "said-in-a-statement-on-a-day-dates-the-running-total",
        "The toll of the war has risen to 5,120, the ministry said in a statement on Saturday.",
        [claim("5,120", 5120, "killed", as_of="2024-07-13", scope="cumulative")],
    ),
    Case(
        "at-risk-of-starving-is-no-death",
        "Some 3 million people are at serious risk of starving to death, and two million more are in danger of dying of thirst.",
        [],
    ),
    Case(
        "turned-an-age-in-captivity",
        "Noa, who turned 21 in captivity, was freed on Sunday.",
        [],
    ),
    Case(
        "a-count-of-bombings-is-no-count-of-people",
        "Thirty people died in the attacks, including three suicide bombings that killed 19.",
        [claim("Thirty", 30, "killed"), claim("19", 19, "killed")],
    ),
    Case(
        "a-statement's-day-carries-to-what-the-speaker-added",
        "The health minister said in a statement on Monday that 212 people were killed in the strikes. The dead included 31 children, he added.",
        [
            claim("212", 212, "killed", as_of="2024-07-15"),
            claim("31", 31, "killed", victims="children", as_of="2024-07-15"),
        ],
    ),
    Case(
        "an-age-compound-between-count-and-noun",
        "Two 16-year-old boys were shot dead outside the school.",
        [claim("Two", 2, "killed", victims="boys")],
    ),
    Case(
        "ambushed-and-killed",
        "More than 30 farmers were ambushed and killed near the river.",
        [claim("More than 30", 30, "killed", qualifier="more_than", victims="farmers")],
    ),
    Case(
        "hostages-held-captive-then-released",
        "Twelve hostages held captive since the raid were released late on Friday.",
        [],
    ),
    Case(
        "detainees-also-released-in-exchange",
        "Another 30 women and teenagers detained in the prison were also released in exchange.",
        [],
    ),
    Case(
        "kidnapped-people-regained-freedom",
        "Six travellers kidnapped on the highway regained freedom on Tuesday.",
        [],
    ),
    Case(
        "hostages-joined-to-released-ones",
        "The hostages included 9 Nepalis and two Filipinos who were released to the Red Cross.",
        [],
    ),
    Case(
        "took-away-students",
        "The attackers took away 42 pupils and escaped with four teachers.",
        [
            claim("42", 42, "hostages", victims="pupils"),
            claim("four", 4, "hostages", victims="teachers"),
        ],
    ),
    Case(
        "a-headline's-present-arrests-and-detains",
        "Police arrest 31 protesters; army detains 12 more",
        [claim("31", 31, "detained", victims="protesters"), claim("12", 12, "detained")],
    ),
    Case(
        "the-arrests-of-a-count",
        "Officials confirmed the arrests of more than 300 people in two provinces.",
        [claim("more than 300", 300, "detained", qualifier="more_than")],
    ),
    Case(
        "the-same-noun-again-after-a-place",
        "The two blasts killed 27 people in the port and 44 people in the capital.",
        [claim("27", 27, "killed"), claim("44", 44, "killed")],
    ),
    Case(
        "an-apposition-breaks-down-the-dead",
        "The dead pilgrims, 21 men and 9 women, were found near the shrine.",
        [
            claim("21", 21, "killed", victims="men"),
            claim("9", 9, "killed", victims="women"),
        ],
    ),
    Case(
        "the-latest-violence-is-no-period",
        "At least 14 villagers have been killed in a raid on their settlement, an official said, the latest in a string of deadly attacks in the province this month.",
        [claim("At least 14", 14, "killed", qualifier="at_least", scope="incident")],
    ),
    Case(
        "the-deadliest-attack-since-a-month-is-one-attack",
        "Scores of people were killed on Monday when a truck bomb exploded at a bus station, the deadliest attack in the city since January.",
        [claim("Scores", 40, "killed", qualifier="vague", scope="incident")],
    ),
    Case(
        "the-heaviest-attack-to-date",
        "The heaviest raid on the garrison to date left 17 soldiers dead in March 2019.",
        [claim("17", 17, "killed", victims="soldiers", scope="incident", as_of="2019-03")],
    ),
    Case(
        "a-group-has-so-far-killed",
        "The insurgents have so far killed over 9,000 people across the north.",
        [claim("over 9,000", 9000, "killed", qualifier="more_than", scope="cumulative")],
    ),
    Case(
        "attacks-over-a-year",
        "Militants stepped up their attacks, killing more than 600 people last year.",
        [claim("more than 600", 600, "killed", qualifier="more_than", scope="cumulative", as_of="2023")],
    ),
    Case(
        "past-events-each-with-their-date",
        "The bridge has seen disasters before, including a crush in 1994 that killed 270 pilgrims and another in January 2006 that killed 364.",
        [
            claim("270", 270, "killed", victims="pilgrims", as_of="1994", scope="incident"),
            claim("364", 364, "killed", as_of="2006-01", scope="incident"),
        ],
    ),
    Case(
        "since-a-year-when-an-event-killed",
        "It was the worst rail disaster in the country since 1999, when an express train hit a freight train near the border, killing 290 people.",
        [claim("290", 290, "killed", as_of="1999", scope="incident")],
    ),
    Case(
        "a-timeline-entry-opening-on-its-year",
        "1994: 270 pilgrims die in a crush at the bridge",
        [claim("270", 270, "killed", victims="pilgrims", as_of="1994", scope="incident")],
    ),
    Case(
        "remain-hostages",
        "Eleven women remain hostages in the forest camp.",
        [claim("Eleven", 11, "hostages", victims="women", scope="cumulative")],
    ),
    Case(
        "others-in-dire-condition",
        "Rescuers found six migrants dead and 14 others in dire condition inside the container.",
        [claim("six", 6, "killed", victims="migrants"), claim("14", 14, "injured")],
    ),
    Case(
        "grievous-injuries",
        "Four workers died and 11 suffered grievous injuries.",
        [claim("Four", 4, "killed", victims="workers"), claim("11", 11, "injured", victims="workers")],
    ),
    Case(
        "including-a-person-then-a-count",
        "Rescuers recovered 17 bodies, including a man and three children.",
        [claim("17", 17, "killed"), claim("three", 3, "killed", victims="children")],
    ),
    Case(
        "including-those-of",
        "Police found eight more bodies, including those of three women and a child.",
        [claim("eight", 8, "killed"), claim("three", 3, "killed", victims="women")],
    ),
    Case(
        "their-children-after-the-parents",
        "The shell killed six people, including two parents and their three children.",
        [
            claim("six", 6, "killed"),
            claim("two", 2, "killed", victims="parents"),
            claim("three", 3, "killed", victims="children"),
        ],
    ),
    Case(
        "a-demonym-in-i-as-its-people",
        "At least 14 Nepali were killed in the collapse.",
        [claim("At least 14", 14, "killed", qualifier="at_least", victims="nepalis")],
    ),
    Case(
        "a-count-of-strikes-is-no-count-of-people",
        "Four Russian strikes killed 19 people overnight.",
        [claim("19", 19, "killed")],
    ),
    Case(
        "a-headline's-place-prefix-is-no-speaker",
        "Karnataka: 19 feared dead after bus plunges into gorge",
        [claim("19", 19, "killed", source=None)],
    ),
    Case(
        "page-furniture-before-a-headline",
        "You're reading: Ferry sinks off the coast, killing 23 people",
        [claim("23", 23, "killed", source=None)],
    ),
    Case(
        "said-inside-a-relative-clause-about-the-event",
        "The roof fell in, killing four workers, in a collapse that neighbours said was long feared.",
        [claim("four", 4, "killed", victims="workers", source=None)],
    ),
    Case(
        "a-time-after-the-speaker-is-no-part-of-its-name",
        "The provincial government earlier in the day said 16 people were killed.",
        [claim("16", 16, "killed", source="provincial government")],
    ),
    Case(
        "who-backs-a-group-is-no-part-of-its-name",
        "Iran-backed Hezbollah reported the deaths of three of its fighters.",
        [claim("three", 3, "killed", victims="fighters", source="Hezbollah")],
    ),
    Case(
        "the-previous-tally-has-no-owner",
        "The previous tally of 48 dead was released on Monday.",
        [claim("48", 48, "killed", source=None)],
    ),
    Case(
        "a-country-records-deaths-in-a-headline",
        "Brazil records 1,120 new virus deaths in 24 hours",
        [claim("1,120", 1120, "killed", source=None)],
    ),
    Case(
        "a-list-provided-by-a-body",
        "The dead included five women, according to a list provided by the Gaza health ministry.",
        [claim("five", 5, "killed", victims="women", source="Gaza health ministry")],
    ),
    Case(
        "a-day's-flow-in-an-outbreak",
        "The cholera outbreak goes on. Two patients died in the past 24 hours, the ministry said.",
        [claim("Two", 2, "killed", victims="patients", scope="incident")],
    ),
    Case(
        "more-deaths-in-hours-then-the-running-total",
        "Four more deaths were recorded from measles in 24 hours, raising the number of fatalities from the outbreak to 61 this year.",
        [
            claim("Four", 4, "killed", scope="incident"),
            claim("61", 61, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "deaths-climbed-by-then-the-total",
        "Virus deaths in the country climbed by 830 in the past 24 hours, bringing the total number of fatalities to more than 41,200.",
        [
            claim("830", 830, "killed", scope="incident"),
            claim("more than 41,200", 41200, "killed", qualifier="more_than", scope="cumulative"),
        ],
    ),
    Case(
        "the-highest-since-the-pandemic-began-is-one-day",
        "The country recorded 990 virus deaths in a span of 24 hours, the highest since the pandemic began.",
        [claim("990", 990, "killed", scope="incident")],
    ),
    Case(
        "a-day's-part-of-a-war-total",
        "The war has killed 21,320 people since October, including 95 in the past 24 hours.",
        [
            claim("21,320", 21320, "killed", scope="cumulative"),
            claim("95", 95, "killed", scope="incident"),
        ],
    ),
    Case(
        "trapped-then-all-rescued",
        "The mine closed after 27 miners were trapped underground, all of whom were later rescued.",
        [],
    ),
    Case(
        "trapped-since-the-mine-caved-in",
        "Eight miners have been trapped since the shaft collapsed on June 2, officials said.",
        [claim("Eight", 8, "missing", victims="miners", scope="incident", as_of="2024-06-02")],
    ),
    Case(
        "a-headline's-present-traps",
        "Flood Traps 40 Villagers In Valley",
        [claim("40", 40, "missing", victims="villagers")],
    ),
    Case(
        "raised-the-toll-of-an-event-with-its-place-to",
        "A new count raised the death toll of the crush last month near the shrine, in the north, to at least 212 people.",
        [claim("at least 212", 212, "killed", qualifier="at_least", source=None, scope="incident")],
    ),
    Case(
        "could-not-be-reached-and-not-heard-from",
        "Officials said 53 residents could not be reached, and 9 others have not been heard from.",
        [claim("53", 53, "missing", victims="residents"), claim("9", 9, "missing")],
    ),
    Case(
        "a-date-inside-a-story-sentence-is-no-dateline",
        "Forty hostages remain in captivity.\nGunmen seized 96 people in their March 3, 2021, raid on the village.",
        [
            claim("Forty", 40, "hostages", as_of=None),
            claim("96", 96, "hostages", as_of="2021-03-03"),
        ],
        date=None,
    ),
    Case(
        "a-byline-date-before-last-updated",
        "By Wire Staff - Mar 2,2023 - Last updated at Mar 3,2023\nThree people were killed in a strike on a house.",
        [claim("Three", 3, "killed", as_of="2023-03-02")],
        date=None,
    ),
    Case(
        "a-dateline-glued-to-its-repeat",
        "Blasts hit churches\n\nMay 5, 2019May 5, 2019\n\nAt least 60 people have been reported dead.",
        [claim("At least 60", 60, "killed", qualifier="at_least", as_of="2019-05-05")],
        date=None,
    ),
    Case(
        "a-group-boasted",
        "The militia boasted that its fighters had killed 23 soldiers.",
        [claim("23", 23, "killed", victims="soldiers", source="militia")],
    ),
    Case(
        "reported-on-a-day-by-a-speaker",
        "The toll rose from the five dead reported on Monday by the district governor.",
        [claim("five", 5, "killed", source="district governor")],
    ),
    Case(
        "a-closing-quote-then-its-speaker-on-the-next-line",
        "“Rescuers found the bodies of the missing, raising the toll to nine,”\nthe police chief said on Tuesday.",
        [claim("nine", 9, "killed", source="police chief")],
    ),
    Case(
        "a-whole-quote-after-a-quote-and-its-speaker",
        "“The camp came under fire at dawn,” the army said.\n“A first report says that 14 soldiers were killed.”",
        [claim("14", 14, "killed", victims="soldiers", source="army")],
    ),
    Case(
        "a-bare-count-then-rescue-workers-searching",
        "The number of people missing rose to more than 300, rescue workers searching the ruins said.",
        [claim("more than 300", 300, "missing", qualifier="more_than")],
    ),
    Case(
        "needed-hospital-treatment",
        "More than 2,400 people have needed hospital treatment because of the heat.",
        [claim("More than 2,400", 2400, "injured", qualifier="more_than")],
    ),
    Case(
        "taken-off-the-missing-list",
        "Twenty taken off missing list after floods recede",
        [],
    ),
    Case(
        "claimed-lives-of-without-the",
        "Floods have claimed lives of at least 61 people in the province.",
        [claim("at least 61", 61, "killed", qualifier="at_least")],
    ),
    Case(
        "a-fact-box-with-long-labels",
        "Total abducted: 148\nHostages still in captivity: 57\nBodies of hostages recovered by troops: 19",
        [
            claim("148", 148, "hostages"),
            claim("57", 57, "hostages"),
            claim("19", 19, "killed"),
        ],
    ),
    Case(
        "of-the-remaining-hostages-a-breakdown",
        "Of the remaining hostages, 84 are men and 22 are women.",
        [
            claim("84", 84, "hostages", victims="men"),
            claim("22", 22, "hostages", victims="women"),
        ],
    ),
    Case(
        "a-fact-box-line-of-released-hostages",
        "Hostages released in exchanges: 105\nHostages rescued alive: 7\nHostages still held: 101",
        [claim("101", 101, "hostages")],
    ),
    Case(
        "wounded-people-who-passed-away",
        "Six wounded soldiers passed away in hospital overnight.",
        [claim("Six", 6, "killed", victims="soldiers")],
    ),
    Case(
        "an-invariant-people's-name",
        "Gunmen killed 37 Fulani, residents said.",
        [claim("37", 37, "killed", victims="fulani", source="residents")],
    ),
    Case(
        "a-period's-start-before-bringing-the-total",
        "Some 40,000 people have fled since the fighting flared in March 2024, bringing the total displaced by the conflict to 600,000.",
        [
            claim("Some 40,000", 40000, "displaced", qualifier="about", as_of="2024-07-16"),
            claim("600,000", 600000, "displaced", as_of="2024-07-16"),
        ],
    ),
    Case(
        "offloaded-from-a-bus-and-shot-dead",
        "At least 11 passengers were pulled off a bus on the mountain road and shot dead by gunmen, officials said.",
        [claim("At least 11", 11, "killed", qualifier="at_least", victims="passengers", source="officials")],
    ),
    Case(
        "rounded-up-and-shot-dead",
        "Nine villagers were rounded up and shot dead, and six were abducted and later killed.",
        [claim("Nine", 9, "killed", victims="villagers"), claim("six", 6, "killed")],
    ),
    Case(
        "have-slain-and-a-headline's-beheads",
        "Troops have slain 212 fighters\nRebels behead four captives in the hills",
        [claim("212", 212, "killed", victims="fighters"), claim("four", 4, "killed", victims="captives")],
    ),
    Case(
        "arrived-dead",
        "Three patients arrived dead at the clinic.",
        [claim("Three", 3, "killed", victims="patients")],
    ),
    Case(
        "one-of-a-bare-count",
        "One of the 9 was pronounced dead at the scene, the sheriff said.",
        [claim("One", 1, "killed", source="sheriff")],
    ),
    Case(
        "two-of-a-bare-count-died",
        "Two of the 15 died in hospital.",
        [claim("Two", 2, "killed")],
    ),
    Case(
        "another-of-those-is-no-count-of-the-group",
        "Another of those 9 was critically injured.",
        [],
    ),
    Case(
        "none-of-them-were-hurt",
        "None of the 40 passengers were hurt.",
        [],
    ),
    Case(
        "one-remains-seriously-ill-is-injured",
        "Two teenagers were stabbed; one remains seriously ill in hospital.",
        [claim("Two", 2, "injured", victims="teenagers"), claim("one", 1, "injured")],
    ),
    Case(
        "people-were-shot",
        "Seven people were shot outside a nightclub early Sunday, and a gunman shot dead two more.",
        [claim("Seven", 7, "injured"), claim("two", 2, "killed")],
    ),
    Case(
        "search-warrants-executed-are-no-deaths",
        "Officers executed 22 search warrants, and dozens of arrest warrants were executed abroad.",
        [],
    ),
    Case(
        "had-gunshot-wounds-after-of-those",
        "Police said 11 people were injured. Of those 11, six had gun shot wounds.",
        [claim("11", 11, "injured", source="police"), claim("six", 6, "injured")],
    ),
    Case(
        "receiving-hospital-treatment-and-fighting-for-their-lives",
        "Some 40 were receiving hospital treatment, and two men are fighting for their lives.",
        [claim("Some 40", 40, "injured", qualifier="about"), claim("two", 2, "injured", victims="men")],
    ),
    Case(
        "the-slaughter-of",
        "He was convicted over the 2011 slaughter of nine villagers.",
        [claim("nine", 9, "killed", victims="villagers", as_of="2011", scope="incident")],
    ),
    Case(
        "page-furniture-and-a-photo-credit-are-no-speakers",
        "Read Full story : Four wounded in market stabbing /\nTwo dead in shooting at a mall / Photo: JANE DOE - AFP",
        [claim("Four", 4, "injured", source=None), claim("Two", 2, "killed", source=None)],
    ),
    Case(
        "the-dead-among-the-injured",
        "In all 19 people were injured, including the three deceased.",
        [claim("19", 19, "injured"), claim("three", 3, "killed")],
    ),
    Case(
        "timeline-entries-opening-on-a-year",
        "1987 A ferry sank off the coast, killing about 400 people.\n- 1991 150-200 killed at a festival.\nKestor, 1934: The wind was blamed for 95 deaths.\n1962:A freighter sank during a typhoon, killing more than 300 sailors.",
        [
            claim("about 400", 400, "killed", qualifier="about", as_of="1987", scope="incident"),
            claim("150-200", 150, "killed", qualifier="range", as_of="1991", scope="incident"),
            claim("95", 95, "killed", as_of="1934", scope="incident"),
            claim(
                "more than 300",
                300,
                "killed",
                qualifier="more_than",
                victims="sailors",
                as_of="1962",
                scope="incident",
            ),
        ],
    ),
    Case(
        "a-count-of-2000-is-no-year",
        "2000 people died in the floods.",
        [claim("2000", 2000, "killed", as_of="2024-07-16")],
    ),
    Case(
        "a-breakdown-between-the-count-and-its-since-clause",
        "At least 190 health workers, including 75 nurses, have been killed since March 2023, the agency said.",
        [
            claim("At least 190", 190, "killed", qualifier="at_least", scope="cumulative"),
            claim("75", 75, "killed", victims="nurses", scope="cumulative"),
        ],
    ),
    Case(
        "a-year's-incidents-so-far",
        "So far this year, the agency has recorded 300 incidents, causing 92 deaths and 160 injuries.",
        [claim("92", 92, "killed", scope="cumulative"), claim("160", 160, "injured", scope="cumulative")],
    ),
    Case(
        "attacks-over-a-two-year-period",
        "There were 410 attacks over a two year period, resulting in 620 deaths.",
        [claim("620", 620, "killed", scope="cumulative")],
    ),
    Case(
        "murders-dropped-to",
        "Murders in the state dropped slightly to 212 in May.",
        [claim("212", 212, "killed")],
    ),
    Case(
        "the-dead-comprised",
        "The prosecutor said the dead comprised 41 men and three women.",
        [claim("41", 41, "killed", victims="men"), claim("three", 3, "killed", victims="women")],
    ),
    Case(
        "munitions-seized-are-no-hostages",
        "At least 14 gang members were killed and hundreds of munitions seized.",
        [claim("At least 14", 14, "killed", qualifier="at_least", victims="gang members")],
    ),
    Case(
        "bodies-officially-identified",
        "So far 21 of the bodies have been officially identified.",
        [],
    ),
    Case(
        "a-negation-inside-a-relative-clause",
        "Six other people who have not yet been identified also died in the blaze.",
        [claim("Six", 6, "killed")],
    ),
    Case(
        "a-community-leader-speaks",
        "Gunmen killed 11 people, a community leader said.",
        [claim("11", 11, "killed", source="community leader")],
    ),
    Case(
        "a-live-blog's-time-line-over-an-entry",
        "6 p.m.\n\nState authorities say the death toll has risen to 84.\n\n3:15 a.m.\nCity officials say two officers were wounded.",
        [
            claim("84", 84, "killed", source="state authorities"),
            claim("two", 2, "injured", victims="officers", source="City officials"),
        ],
    ),
    Case(
        "he-now-says-across-a-paragraph",
        "Civil defence chief Ana Ruiz said officials count 61 dead.\n\nHe now says 40 people have died in the capital.",
        [
            claim("61", 61, "killed", source="civil defence chief (Ana Ruiz)"),
            claim("40", 40, "killed", source="civil defence chief (Ana Ruiz)"),
        ],
    ),
    Case(
        "an-outlet-is-reporting",
        "Update: The AP is reporting the toll at 35.",
        [claim("35", 35, "killed", source="Associated Press")],
    ),
    Case(
        "of-the-other-deaths-a-breakdown",
        "Of the other deaths, four were in Kestor County and two in Lind County.",
        [claim("four", 4, "killed"), claim("two", 2, "killed")],
    ),
    Case(
        "households-in-brackets-are-units",
        "An estimated 12,400 individuals (2,480 households) are sheltering in schools.",
        [claim("An estimated 12,400", 12400, "displaced", qualifier="about", victims="people")],
    ),
    Case(
        "missing-boats-are-no-people",
        "Four missing boats carried about 200 migrants.",
        [],
    ),
    Case(
        "deaths-reported-on-a-day-in-an-outbreak",
        "The outbreak continues to spread. Six deaths were reported Friday.",
        [claim("Six", 6, "killed", scope="incident", as_of="2024-07-12")],
    ),
    Case(
        "displaced-people-who-returned-home",
        "Some 420,000 IDPs have returned to their homes, and the deal allowed the return of thousands of refugees.",
        [],
    ),
    Case(
        "casualties-amounted-to-is-no-one-category",
        "Civilian casualties amounted to 9,120, including 3,400 killed.",
        [claim("3,400", 3400, "killed")],
    ),
    Case(
        "plus-more-in-another-place",
        "Some 900 people died on the island, plus 140 in the neighbouring state.",
        [claim("Some 900", 900, "killed", qualifier="about"), claim("140", 140, "killed")],
    ),
    Case(
        "a-table-row's-label",
        "Mine fire | When: 1962 | Fatalities: Approx. 430 | The shaft burned for days",
        [claim("Approx. 430", 430, "killed", qualifier="about")],
    ),
    Case(
        "a-ferry's-capacity-is-no-toll",
        "Licensed to carry 300 people, as many as 800 drowned when the ferry sank.",
        [claim("as many as 800", 800, "killed", qualifier="up_to")],
    ),
    Case(
        "a-rate-of-deaths-a-day",
        "About eight workers were killed a day in 2009, and 1,200 (three a day) died the year before.",
        [claim("1,200", 1200, "killed")],
    ),
    Case(
        "a-day-after-is-no-rate",
        "Gunmen killed 14 villagers a day after the vote.",
        [claim("14", 14, "killed", victims="villagers")],
    ),
    Case(
        "and-more-in-another-place",
        "The storm killed 96 people on the coast and 33 more in the hills.",
        [claim("96", 96, "killed"), claim("33", 33, "killed")],
    ),
    Case(
        "the-previous-year",
        "In 2021, there were 210 shootings, while 38 people were killed by gunfire the previous year.",
        [claim("38", 38, "killed", as_of="2020")],
    ),
    Case(
        "first-graders",
        "The gunman killed 18 first-graders and four teachers.",
        [claim("18", 18, "killed", victims="first-graders"), claim("four", 4, "killed", victims="teachers")],
    ),
    Case(
        "according-to-a-body-then-a-count-without-a-comma",
        "According to the provincial government 1,204 miners were killed in 2008.",
        [claim("1,204", 1204, "killed", victims="miners", source="provincial government")],
    ),
    Case(
        "hit-the-mark",
        "This week the number of documented detainees hit the 6,000 mark, the group said.",
        [claim("6,000", 6000, "detained", source="group")],
    ),
    Case(
        "years-ago",
        "The earthquake, which struck 20 years ago, killed 3,400 villagers along the valley.",
        [claim("3,400", 3400, "killed", victims="villagers", as_of="2004", scope="incident")],
    ),
    Case(
        "a-decade-ago-and-months-ago",
        "A decade ago, a ferry fire killed 41 passengers. Two months ago a bus crash killed nine.",
        [
            claim("41", 41, "killed", victims="passengers", as_of="2014"),
            claim("nine", 9, "killed", as_of="2024-05"),
        ],
    ),
    Case(
        "a-week-ago",
        "A week ago, a landslide buried four miners.",
        [claim("four", 4, "killed", victims="miners", as_of="2024-07-09")],
    ),
    Case(
        "began-years-ago-running-total",
        "The insurgency, which began three years ago, has killed more than 6,000 people, the agency said.",
        [claim("more than 6,000", 6000, "killed", as_of="2024-07-16", scope="cumulative", source="agency")],
    ),
    Case(
        "a-date-after-two-joined-counts",
        "In 2021, the fires caused 58 deaths, up from 31 deaths and 204 injuries the previous year.",
        [
            claim("58", 58, "killed", as_of="2021"),
            claim("31", 31, "killed", as_of="2020"),
            claim("204", 204, "injured", as_of="2020"),
        ],
    ),
    Case(
        "a-day-then-a-second-count-after-and",
        "Shelling killed 17 in Kherson on June 18 and 26 in Sumy on June 19.",
        [
            claim("17", 17, "killed", as_of="2024-06-18", location="Kherson"),
            claim("26", 26, "killed", as_of="2024-06-19", location="Sumy"),
        ],
    ),
    Case(
        "between-two-days-of-a-month",
        "Another 19 people died of heat stroke between August 2 and 13.",
        [claim("19", 19, "killed", as_of="2023-08-13")],
    ),
    Case(
        "a-family-of",
        "A drone strike killed a family of seven near Khan Younis on Monday.",
        [claim("seven", 7, "killed", as_of="2024-07-15")],
    ),
    Case(
        "since-the-beginning-of-a-war-on-a-day",
        "Since the start of the full-scale invasion on Feb. 24, 2022, the U.N. says at least 9,870 civilians have been killed.",
        [
            claim(
                "at least 9,870",
                9870,
                "killed",
                victims="civilians",
                as_of="2024-07-16",
                source="United Nations",
                scope="cumulative",
            )
        ],
    ),
    Case(
        "no-article-date-from-a-period-start-in-the-story",
        "Shelling killed 14 civilians in July, the monitors said.\n"
        "Since the beginning of the invasion on Feb. 24, 2022, at least 9,870 civilians have been killed.",
        [
            claim("14", 14, "killed", as_of=None),
            claim("at least 9,870", 9870, "killed", as_of=None, scope="cumulative"),
        ],
        date=None,
    ),
    Case(
        "speaker-told-after-sentences-without-figures",
        "One person was killed and nine were injured. Three people were pulled from the rubble. "
        "Six cars burned. This was reported by the regional prosecutor's office.",
        [
            claim("One", 1, "killed", source="regional prosecutor's office"),
            claim("nine", 9, "injured", source="regional prosecutor's office"),
        ],
    ),
    Case(
        "that-is-according-to-then-an-outlet",
        "The toll from the drone strike on the town has grown to eight.\n\n"
        "That is according to the State Emergency Service, Ukrinform reports.",
        [claim("eight", 8, "killed", source="State Emergency Service, via Ukrinform")],
    ),
    Case(
        "announced-this-according-to-an-outlet",
        "A wounded woman died in hospital, bringing the number of fatalities to four.\n\n"
        "The regional governor announced this on Telegram, according to Ukrinform.",
        [claim("four", 4, "killed", source="regional governor, via Ukrinform")],
    ),
    Case(
        "change-from-to-with-a-qualifier-on-the-new-count",
        "The army revised down the toll from the raid on the port from 1,100 to about 900.",
        [claim("1,100", 1100, "killed"), claim("about 900", 900, "killed", qualifier="about")],
    ),
    Case(
        "change-from-just-to-nearly",
        "The official toll went up from just 41 people killed to nearly 2,000.",
        [claim("41", 41, "killed"), claim("nearly 2,000", 2000, "killed", qualifier="nearly")],
    ),
    Case(
        "change-was-revised-from-to",
        "The toll was revised from 52 to 47, the governor said.",
        [claim("52", 52, "killed", source="governor"), claim("47", 47, "killed", source="governor")],
    ),
    Case(
        "up-from-a-previous-estimate",
        "The statement said 61 people had been wounded, up from a previous estimate of 27.",
        [claim("61", 61, "injured"), claim("27", 27, "injured")],
    ),
    Case(
        "up-from-the-count-a-day-earlier",
        "The death toll rose to 83, up from the 41 reported a day earlier.",
        [claim("83", 83, "killed", as_of="2024-07-16"), claim("41", 41, "killed", as_of="2024-07-15")],
    ),
    Case(
        "raised-to-from",
        "Officials raised the death toll to 1,310 from 70.",
        [claim("1,310", 1310, "killed"), claim("70", 70, "killed")],
    ),
    Case(
        "stabbed-to-death",
        "The attacker stabbed three people to death at the market.",
        [claim("three", 3, "killed")],
    ),
    Case(
        "officials-who-told-are-no-count",
        "The toll from the blast has risen to 41, three security officials said.",
        [claim("41", 41, "killed", source="three security officials")],
    ),
    Case(
        "a-clause-of-its-own-after-a-toll",
        "The death toll from the raid rose to 29 as mourners gathered outside the hospital.",
        [claim("29", 29, "killed")],
    ),
    Case(
        "source-after-a-paper-phrase-and-comma",
        "In a statement posted online on Friday, the interior ministry also said that 73 people had been killed.",
        [claim("73", 73, "killed", source="interior ministry")],
    ),
    Case(
        "source-an-adverb-between-name-and-verb",
        "Kestor last reported its losses in March, when it said around 900 soldiers had been killed.",
        [claim("around 900", 900, "killed", victims="soldiers", source="Kestor")],
    ),
    Case(
        "source-issued-a-report-detailing",
        "The UN rights office released a new report Monday detailing 412 civilians killed.",
        [claim("412", 412, "killed", victims="civilians", source="UN human rights office")],
    ),
    Case(
        "source-published-figures-showing",
        "The health ministry published figures showing 56 people were killed.",
        [claim("56", 56, "killed", source="health ministry")],
    ),
    Case(
        "source-a-day-in-commas-before-the-verb",
        "The Gaza health ministry, on Wednesday (July 10) reported that at least 2,118 people had been killed.",
        [claim("at least 2,118", 2118, "killed", source="Gaza health ministry")],
    ),
    Case(
        "source-after-a-wire-dateline-dash",
        "KESTOR (Reuters) - Police said 12 people were killed in the blast.",
        [claim("12", 12, "killed")],
    ),
    Case(
        "source-after-a-wire-underscore-dash",
        "KESTOR, Ostel (AP) _ Ostel officials say the toll has risen to 57 dead.",
        [claim("57", 57, "killed", source="Ostel officials")],
    ),
    Case(
        "source-acronym-then-kind-of-body",
        "At least 81 protesters have been killed, the Ostel Rights Watch (ORW) NGO said on Sunday.",
        [claim("At least 81", 81, "killed", victims="protesters", source="Ostel Rights Watch (ORW)")],
    ),
    Case(
        "source-its-previous-toll",
        "The monitor said 95 people were killed. Its previous toll had said 83 people were killed.",
        [claim("95", 95, "killed", source="monitor"), claim("83", 83, "killed", source="monitor")],
    ),
    Case(
        "source-a-clause-before-the-subject",
        "The incident occurred as the government said that 500 refugees had crossed into the country.",
        [claim("500", 500, "displaced", victims="refugees", source="government")],
    ),
    Case(
        "source-a-paper-adjective-is-no-subject",
        "The revised report by the aid agency also states that more than 900 people are still missing.",
        [claim("more than 900", 900, "missing", source="aid agency")],
    ),
    Case(
        "source-another-is-no-part-of-the-name",
        "Another paramedic, Tomas Vell, said more than 50 people had been wounded.",
        [claim("more than 50", 50, "injured", source="paramedic (Tomas Vell)")],
    ),
    Case(
        "trampled-to-death",
        "At least 14 devotees were trampled to death at the temple gate on Sunday, police said.",
        [claim("At least 14", 14, "killed", victims="devotees", source="police")],
    ),
    Case(
        "crushed-or-burned-to-death",
        "As many as 120 pilgrims may have been crushed or burned to death near the shrine.",
        [claim("As many as 120", 120, "killed", qualifier="up_to", victims="pilgrims")],
    ),
    Case(
        "burned-alive-is-killed",
        "Seven people were burned alive when the bus caught fire.",
        [claim("Seven", 7, "killed")],
    ),
    Case(
        "one-of-the-people-is-one",
        "One of the gunmen was killed and four others died on the way to hospital.",
        [claim("One", 1, "killed", victims="gunmen"), claim("four", 4, "killed")],
    ),
    Case(
        "one-of-the-wounded-died",
        "Officials later said one of the wounded had died in hospital.",
        [claim("one", 1, "killed", source="officials")],
    ),
    Case(
        "one-of-the-worst-is-no-count",
        "It was one of the worst attacks in years, killing 19 people.",
        [claim("19", 19, "killed")],
    ),
    Case(
        "managed-to-escape-is-no-hostage",
        "Gunmen seized 40 villagers, but nine of them managed to escape.",
        [claim("40", 40, "hostages", victims="villagers")],
    ),
    Case(
        "found-after-who-were-missing-is-no-claim",
        "On Friday some 300 people who were missing were found.",
        [],
    ),
    Case(
        "adding-up-to-is-a-sum",
        "At least nine people were killed on Monday, adding up to 41 deaths over the weekend.",
        [
            claim("At least nine", 9, "killed", qualifier="at_least"),
            claim("41", 41, "killed", qualifier="exact"),
        ],
    ),
    Case(
        "word-numbers-joined-by-or-are-a-range",
        "Two or three people were killed and one or two are missing.",
        [
            claim("Two or three", 2, "killed", qualifier="range", figure_high=3),
            claim("one or two", 1, "missing", qualifier="range", figure_high=2),
        ],
    ),
    Case(
        "or-more-after-a-count-is-at-least",
        "Officials estimated the cyclone killed 8,000 or more in the delta.",
        [claim("8,000 or more", 8000, "killed", qualifier="at_least", source="officials")],
    ),
    Case(
        "or-more-in-a-definition-is-no-count",
        "Attacks in which four or more people are killed have become rarer.",
        [],
    ),
    Case(
        "a-list-of-days-before-a-month",
        "Most of the deaths were recorded on 21, 22 and 30 September.",
        [],
    ),
    Case(
        "an-age-after-a-name-without-its-comma",
        "Tomas Vell Arko, 31 was shot dead during the march.",
        [],
    ),
    Case(
        "a-vague-count-said-twice",
        "Dozens and dozens of people are still missing.",
        [claim("Dozens and dozens", 24, "missing", qualifier="vague")],
    ),
    Case(
        "a-count-that-opens-its-own-clause-after-and",
        "Most of the dead were women and another 29 people were injured, he said.",
        [claim("29", 29, "injured")],
    ),
    Case(
        "headline-dead-then-seek-shelter",
        "11 dead, thousands seek shelter as storm hits coast",
        [claim("11", 11, "killed"), claim("thousands", 2000, "displaced", qualifier="vague")],
    ),
    Case(
        "able-to-evacuate",
        "Authorities were able to evacuate about 40,000 people before the cyclone struck.",
        [claim("about 40,000", 40000, "displaced", qualifier="about")],
    ),
    Case(
        "a-plan-to-evacuate-is-no-count",
        "Officials plan to evacuate 10,000 people if the river keeps rising.",
        [],
    ),
    Case(
        "relocated-into-shelters",
        "Authorities relocated about 80,000 people into shelters, the minister said.",
        [claim("about 80,000", 80000, "displaced", source="minister")],
    ),
    Case(
        "so-far-by-strikes-is-a-running-total",
        "Over 21,000 people have been killed so far by air strikes across the region, local authorities said.",
        [claim("Over 21,000", 21000, "killed", scope="cumulative", source="local authorities")],
    ),
    Case(
        "so-far-in-one-strike-stays-one-event",
        "The strike on the market has so far killed 40 people.",
        [claim("40", 40, "killed", scope="incident")],
    ),
    Case(
        "resulted-in-the-death-of-so-far",
        "The unrest has resulted in the death of 87 people so far.",
        [claim("87", 87, "killed", scope="cumulative")],
    ),
    Case(
        "fatalities-have-surged-to",
        "Fatalities in the ongoing protests have surged to at least 52, the agency reported.",
        [claim("at least 52", 52, "killed", scope="cumulative", source="agency")],
    ),
    Case(
        "two-counts-then-the-violence-that-goes-on",
        "About 40 people have been killed and over 1,800 are injured in the country due to the violence.",
        [
            claim("About 40", 40, "killed", scope="cumulative"),
            claim("over 1,800", 1800, "injured", scope="cumulative"),
        ],
    ),
    Case(
        "all-killed-when-attackers-ambushed",
        "Officials said the victims were all killed when up to 200 rebels ambushed the convoy.",
        [],
    ),
    Case(
        "a-part-with-its-own-harm-then-escaped",
        "By Sunday morning, 230 miners, including two injured, had escaped, with one reported dead.",
        [claim("two", 2, "injured"), claim("one", 1, "killed")],
    ),
    Case(
        "casualties-of-whom-some-were-killed",
        "The number of casualties increased to nine, three of whom were killed, the mayor said.",
        [claim("three", 3, "killed", source="mayor")],
    ),
    Case(
        "victims-taken-to-hospital-of-whom-some-died",
        "Firefighters took at least eleven victims with gunshot wounds to hospitals, two of whom died.",
        [claim("at least eleven", 11, "injured"), claim("two", 2, "killed")],
    ),
    Case(
        "the-dead-also-included",
        "The dead also included 1,204 soldiers and 96 militants, the monitor said.",
        [
            claim("1,204", 1204, "killed", victims="soldiers", source="monitor"),
            claim("96", 96, "killed", victims="militants", source="monitor"),
        ],
    ),
    Case(
        "the-toll-of-n-included",
        "The death toll of 41 included 30 civilians and 11 soldiers.",
        [
            claim("41", 41, "killed"),
            claim("30", 30, "killed", victims="civilians"),
            claim("11", 11, "killed", victims="soldiers"),
        ],
    ),
    Case(
        "the-new-toll-which-included",
        "Police confirmed the new toll, which included 22 civilians and five officers.",
        [
            claim("22", 22, "killed", victims="civilians", source="police"),
            claim("five", 5, "killed", victims="officers", source="police"),
        ],
    ),
    Case(
        "n-of-the-dead-were-children",
        "About 25 of the dead were children, officials said.",
        [claim("About 25", 25, "killed", victims="children", source="officials")],
    ),
    Case(
        "an-embedded-post-date-is-no-article-date",
        "Officials said on Tuesday that at least 16 people were killed in the storm.\n"
        "— Rana Orlo (@ranaorlo_news) October 24, 2022",
        [claim("at least 16", 16, "killed", as_of=None)],
        date=None,
    ),
    Case(
        "a-since-day-before-is-no-event-day",
        "Heavy rain has been battering the west since 3 June, causing floods and landslides.\n"
        "According to the disaster centre, 17 people have died and two others are missing.",
        [
            claim("17", 17, "killed", as_of="2024-07-16", source="disaster centre"),
            claim("two", 2, "missing", as_of="2024-07-16", source="disaster centre"),
        ],
    ),
    Case(
        "from-day-to-day-is-the-event-days",
        "The raid took place from May 5 to 6, 2014, in two towns. During this time, more than 300 people were killed.",
        [claim("more than 300", 300, "killed", as_of="2014-05-06")],
    ),
    Case(
        "bodies-repatriated",
        "Meanwhile, the country repatriated 64 bodies, its coordination headquarters said.",
        [claim("64", 64, "killed", source="coordination headquarters")],
    ),
    Case(
        "the-bodies-of-were-returned",
        "The bodies of 757 fallen soldiers were returned on Friday, officials said.",
        [claim("757", 757, "killed", victims="soldiers", source="officials")],
    ),
    Case(
        "fallen-soldiers-are-dead",
        "He said the enemy had suffered 90,000 casualties, including 31,000 fallen soldiers.",
        [claim("31,000", 31000, "killed", victims="soldiers")],
    ),
    Case(
        "a-toll-then-with-wounded",
        "The army's death toll stands at 9,000, with up to 21,000 wounded, the minister said.",
        [
            claim("9,000", 9000, "killed", source="minister"),
            claim("up to 21,000", 21000, "injured", qualifier="up_to", source="minister"),
        ],
    ),
    Case(
        "estimated-after-a-subject-is-the-verb",
        "The president estimated 18,000 deaths among enemy troops.",
        [claim("18,000", 18000, "killed", qualifier="exact", source="president")],
    ),
    Case(
        "it-is-estimated-is-an-estimate",
        "It's estimated 4,100 were killed when the ferry sank.",
        [claim("estimated 4,100", 4100, "killed", qualifier="about")],
    ),
    Case(
        "thousands-dead-in-the-perfect-with-no-event-is-a-tally",
        "The ministry says over 7,300 people have been killed, a figure questioned by its rivals.",
        [claim("over 7,300", 7300, "killed", scope="cumulative", source="ministry")],
    ),
    Case(
        "thousands-dead-in-strikes-is-a-tally",
        "Over 11,000 people have since died in retaliatory strikes, according to the health ministry.",
        [claim("Over 11,000", 11000, "killed", scope="cumulative", source="health ministry")],
    ),
    Case(
        "thousands-dead-in-one-quake-stay-one-event",
        "The earthquake has killed more than 2,000 people.",
        [claim("more than 2,000", 2000, "killed", scope="incident")],
    ),
    Case(
        "a-comparison-with-another-event-is-no-day-of-the-count",
        "Kestor is at war. The health ministry says the death toll is now over 4,100, which is five times "
        "the number of people killed in the attack on the border town on October 7.",
        [
            claim(
                "over 4,100", 4100, "killed", scope="cumulative", as_of="2024-07-16", source="health ministry"
            )
        ],
    ),
    Case(
        "source-a-body-which-estimated",
        "The benchmark is the United Nations, which as of Tuesday this week estimated that 1,120 civilians had been killed.",
        [claim("1,120", 1120, "killed", victims="civilians", source="United Nations")],
    ),
    Case(
        "two-counts-of-one-explosion-amid-an-offensive",
        "At least 20 people have been killed and almost 300 injured in an explosion at a fuel depot, days after the army's offensive.",
        [
            claim("At least 20", 20, "killed", scope="incident"),
            claim("almost 300", 300, "injured", scope="incident"),
        ],
    ),
    Case(
        "since-a-year-when-a-past-event-killed",
        "The tornado on Monday is the deadliest since 2011, when a storm in a small town killed 158 people.",
        [claim("158", 158, "killed", scope="incident", as_of="2011")],
    ),
    Case(
        "toll-reaching-a-harrowing",
        "The death toll is now reaching a harrowing 115 victims.",
        [claim("115", 115, "killed")],
    ),
    Case(
        "killed-a-staggering",
        "The storm killed a staggering 300 people along the coast.",
        [claim("300", 300, "killed")],
    ),
    Case(
        "the-charred-remains-of",
        "Firefighters recovered the charred remains of 18 people in the forest.",
        [claim("18", 18, "killed")],
    ),
    Case(
        "active-cases-of-missing-persons",
        "Officials said there are still 64 active cases of missing persons after the floods.",
        [claim("64", 64, "missing", source="officials")],
    ),
    Case(
        "cases-of-abductions",
        "The commission counted 13 more cases of abductions in the last three months.",
        [claim("13", 13, "hostages")],
    ),
    Case(
        "cases-of-a-disease-are-no-count",
        "The ministry recorded 300 cases of cholera in the camp.",
        [],
    ),
    Case(
        "victims-of-enforced-disappearance",
        "At least 76 people have been victims of enforced disappearances this year, the group said.",
        [claim("At least 76", 76, "missing", source="group")],
    ),
    Case(
        "source-reveals-that",
        "President Arin Vale reveals that the war has resulted in the deaths of 31,000 soldiers.",
        [claim("31,000", 31000, "killed", victims="soldiers", source="President (Arin Vale)")],
    ),
    Case(
        "source-clarified-that",
        "The fire service director, Tomas Vell, clarified that more than 10,500 residents have been evacuated.",
        [claim("more than 10,500", 10500, "displaced", victims="residents")],
    ),
    Case(
        "source-raised-its-tally",
        "The United Nations has raised its tally of people killed in the unrest to more than 2,900.",
        [claim("more than 2,900", 2900, "killed", source="United Nations")],
    ),
    Case(
        "source-researchers-say",
        "As many as 500,000 people have died from war and famine in the region, researchers say.",
        [claim("As many as 500,000", 500000, "killed", source="researchers")],
    ),
    Case(
        "source-each-clause-its-own-speaker",
        "While the ministry reported 37,877 deaths, the study estimates 64,260 people were killed.",
        [
            claim("37,877", 37877, "killed", source="ministry"),
            claim("64,260", 64260, "killed", source="study"),
        ],
    ),
    Case(
        "source-our-analysis-is-no-one",
        "Our analysis reveals that there have been 304 school-shooting deaths since 1999.",
        [claim("304", 304, "killed", source=None)],
    ),
    Case(
        "source-alleged-before-a-noun-is-no-speech",
        "Three police operations targeting alleged traffickers ended in 19 people being killed, according to local media reports.",
        [claim("19", 19, "killed", source="local media")],
    ),
    Case(
        "admitted-in-hospital",
        "One guard was admitted in hospital with a hip injury.",
        [claim("One", 1, "injured")],
    ),
    Case(
        "brought-here-dead",
        "Four people were brought here dead, said a hospital official.",
        [claim("Four", 4, "killed")],
    ),
    Case(
        "a-part-of-a-whole-confirmed-to-have-been-killed",
        "The group said 52 of the 390 people confirmed to have been killed were children.",
        [
            claim("52", 52, "killed", victims="children", source="group"),
            claim("390", 390, "killed", source="group"),
        ],
    ),
    Case(
        "source-according-to-who-in-capitals",
        "More than 700 health workers have died, according to WHO.",
        [claim("More than 700", 700, "killed", source="World Health Organization (WHO)")],
    ),
    Case(
        "source-a-new-who-report",
        "More than 700 health workers have died, according to a new WHO report released on Tuesday.",
        [claim("More than 700", 700, "killed", source="World Health Organization (WHO)")],
    ),
    Case(
        "source-a-headline-ending-in-who",
        "Nearly 960 killed in attacks on hospitals in two years: WHO",
        [claim("Nearly 960", 960, "killed", source="World Health Organization (WHO)")],
    ),
    Case(
        "source-this-week-between-name-and-verb",
        "Tanzania this week announced eight cases of Marburg, including five deaths.",
        [claim("five", 5, "killed", source="Tanzania")],
    ),
    Case(
        "escaped-prisoners-are-no-displaced",
        "In February, nearly 500 prisoners escaped from the same prison in a jail break.",
        [],
    ),
    Case(
        "inmates-missing-after-an-escape",
        "It was not clear how many escaped, but officials said up to 30 prisoners may be missing.",
        [],
    ),
    Case(
        "detainees-missing-after-shelling-stay-missing",
        "Officials said 40 detainees were missing after the prison was shelled.",
        [claim("40", 40, "missing", victims="detainees", source="officials")],
    ),
    Case(
        "a-number-in-a-gang-name",
        "Police said members of the Barrio 18 gang killed 46 inmates.",
        [claim("46", 46, "killed", victims="inmates", source="police")],
    ),
    Case(
        "a-rate-per-arrests",
        "That means slightly more than two deaths per 100,000 arrests.",
        [],
    ),
    Case(
        "grams-seized",
        "Police said they seized more than 200 grams of methamphetamine.",
        [],
    ),
    Case(
        "nabbed-and-apprehended",
        "The raids nabbed 21 suspects, and six fugitives had been apprehended since the escape.",
        [claim("21", 21, "detained", victims="suspects"), claim("six", 6, "detained", victims="fugitives")],
    ),
    Case(
        "suicides-and-corpses",
        "Officials recorded 55 apparent suicides, and the bloodied corpses of two men lay nearby.",
        [claim("55", 55, "killed", source="officials"), claim("two", 2, "killed", victims="men")],
    ),
    Case(
        "a-span-of-two-days-then-and",
        "Forces killed thousands of people in protests that peaked on January 8 and 9 and have since subsided.",
        [claim("thousands", 2000, "killed", qualifier="vague")],
    ),
    Case(
        "seeking-to-flee-is-not-displaced",
        "Thousands of people seeking to flee the city crowded the airport.",
        [],
    ),
    Case(
        "the-number-killed-has-risen",
        "The number killed in the attack has risen to 35, officials said.",
        [claim("35", 35, "killed", source="officials")],
    ),
    Case(
        "held-for-questioning-is-detained",
        "Police held 90 people for questioning after the blasts.",
        [claim("90", 90, "detained")],
    ),
    Case(
        "an-age-after-a-man-around",
        "A woman around 60 was seriously injured and a man of about 30 suffered burns.",
        [],
    ),
    Case(
        "evacuated-wounded-people-are-injured",
        "Medics evacuated 21 wounded people to hospitals.",
        [claim("21", 21, "injured")],
    ),
    Case(
        "struck-dead-by-lightning",
        "Two farmers were struck dead by lightning on Monday.",
        [claim("Two", 2, "killed", victims="farmers")],
    ),
    Case(
        "sustained-serious-burn-injuries",
        "Twenty-two people sustained serious burn injuries.",
        [claim("Twenty-two", 22, "injured")],
    ),
    Case(
        "the-number-of-mortalities",
        "The number of mortalities reached 1,301, the agency reported.",
        [claim("1,301", 1301, "killed", source="agency")],
    ),
    Case(
        "homeless-people-is-a-kind-of-people",
        "Fifty-three homeless people were killed by the cold.",
        [claim("Fifty-three", 53, "killed")],
    ),
    Case(
        "a-people-then-another-capitalised-word-then-its-noun",
        "At least 15 Rohingya Muslim refugees died when their boat capsized.",
        [claim("At least 15", 15, "killed", victims="refugees")],
    ),
    Case(
        "believed-to-have-drowned",
        "Twelve migrants are believed to have drowned off the coast.",
        [claim("Twelve", 12, "killed", victims="migrants")],
    ),
    Case(
        "two-kinds-of-people-joined-by-or",
        "Seven patients or medical personnel have been killed, the charity said.",
        [claim("Seven", 7, "killed", victims="patients", source="charity")],
    ),
    Case(
        "doctors-and-a-patient-companion",
        "Three doctors and a patient companion were killed in the attack.",
        [claim("Three", 3, "killed", victims="doctors")],
    ),
    Case(
        "sheltering-then-died",
        "Over 50 family members sheltering in the same house also died.",
        [claim("Over 50", 50, "killed")],
    ),
    Case(
        "mostly-women-is-an-aside",
        "Some 200 people, mostly women and children displaced by conflict, were kidnapped.",
        [claim("Some 200", 200, "hostages")],
    ),
    Case(
        "one-confirmed-case-is-no-death",
        "The outbreak has so far resulted in 11 deaths and one confirmed case.",
        [claim("11", 11, "killed")],
    ),
    Case(
        "arrested-in-a-participle-then-died-in-custody",
        "At least three detainees arrested in the protests have since died in custody.",
        [claim("At least three", 3, "killed", victims="detainees")],
    ),
    Case(
        "at-large-is-no-harm",
        "The jailbreak left 4 inmates dead and 2 at large.",
        [claim("4", 4, "killed", victims="inmates")],
    ),
    Case(
        "injured-in-the-attacks-have-died",
        "Four people injured in the attacks have since died, the crisis centre said.",
        [claim("Four", 4, "killed", source="crisis centre")],
    ),
    Case(
        "injured-in-a-blast-in-a-region-which-was-seized",
        "More than 290 others injured in an explosion in the region which was seized last week.",
        [claim("More than 290", 290, "injured")],
    ),
    Case(
        "headline-a-surname-the-story-gives-with-a-title",
        "Vale: 12,000 soldiers killed in the war\n\nPresident Arin Vale said on Sunday that 12,000 soldiers have been killed.",
        [
            claim("12,000", 12000, "killed", victims="soldiers", source="President (Arin Vale)"),
            claim("12,000", 12000, "killed", victims="soldiers", source="President (Arin Vale)"),
        ],
    ),
    Case(
        "headline-a-place-stays-a-place",
        "Kestor: 33 feared dead in floods\n\nHeavy rain in Western Kestor killed 33 people.",
        [claim("33", 33, "killed", source=None), claim("33", 33, "killed", source=None)],
    ),
    Case(
        "a-part-of-those-aboard-a-named-ship",
        "Four of the 25 people aboard the Eternity C cargo ship were killed.",
        [claim("Four", 4, "killed")],
    ),
    Case(
        "in-moderate-condition",
        "Six others were reported to be in moderate condition.",
        [claim("Six", 6, "injured")],
    ),
    Case(
        "confirmed-or-presumed-dead",
        "Nine are now confirmed or presumed dead.",
        [claim("Nine", 9, "killed")],
    ),
    Case(
        "of-the-dead-peoples-by-nationality",
        "Of the dead, 16 were Belgians, and 12 were foreigners.",
        [claim("16", 16, "killed", victims="belgians"), claim("12", 12, "killed", victims="foreigners")],
    ),
    Case(
        "bodies-from-a-crash-identified-headline",
        "14 bodies from Lake Vesna ferry disaster identified",
        [],
    ),
    Case(
        "part-of-bodies-recovered-identified-later",
        "Nine of the 31 bodies recovered from the ferry that sank near Orlen last week have been identified, police said.",
        [claim("31", 31, "killed", source="police")],
    ),
    Case(
        "number-of-identified-bodies-is-no-toll",
        "The total number of identified bodies rose to 27 on Friday.",
        [],
    ),
    Case(
        "people-it-rescued-are-no-dead",
        "A patrol boat carrying the bodies of six migrants found dead at sea docked in Velmar, along with dozens of people it rescued this week.",
        [claim("six", 6, "killed", victims="migrants")],
    ),
    Case(
        "averting-the-deaths-of-passengers",
        "The pilot glided the jet onto the river, averting the deaths of 112 passengers.",
        [],
    ),
    Case(
        "train-carriages-are-no-victims",
        "Most of the dead were found in three carriages behind the locomotive.",
        [],
    ),
    Case(
        "a-place-that-survived-is-no-survivor",
        "A blaze swept through a crowded market, killing at least 40 people in a town that had survived years of siege.",
        [claim("at least 40", 40, "killed")],
    ),
    Case(
        "people-in-a-bus-that-overturned-were-killed",
        "Eleven people in a minibus that overturned near Dorn were killed.",
        [claim("Eleven", 11, "killed")],
    ),
    Case(
        "succumbing-to-injuries-is-dead",
        "A surgeon said 12 people were badly hurt, with two of them succumbing to their wounds overnight.",
        [claim("12", 12, "injured", source="surgeon"), claim("two", 2, "killed", source="surgeon")],
    ),
    Case(
        "not-fewer-than",
        "Not fewer than 30 pilgrims are believed to have died in the crush.",
        [claim("Not fewer than 30", 30, "killed", qualifier="at_least", victims="pilgrims")],
    ),
    Case(
        "passersby-unhyphenated",
        "Four passersby suffered minor injuries from flying glass.",
        [claim("Four", 4, "injured", victims="passersby")],
    ),
    Case(
        "treated-for-smoke-inhalation",
        "Three guards were treated for smoke inhalation after the blaze.",
        [claim("Three", 3, "injured", victims="guards")],
    ),
    Case(
        "registered-as-missing",
        "The district chief said 64 people have been formally registered as missing.",
        [claim("64", 64, "missing", source="district chief")],
    ),
    Case(
        "left-in-intensive-care",
        "Nine people were left in intensive care after the explosion.",
        [claim("Nine", 9, "injured")],
    ),
    Case(
        "a-mortar-shell-is-no-victim",
        "Medics said most of the victims were children and that one mortar shell hit the clinic gate.",
        [],
    ),
    Case(
        "medical-colleges-are-no-victims",
        "The wounded and the dead were taken to four medical colleges in the region.",
        [],
    ),
    Case(
        "breakdown-by-peoples-adjectives-verb-left-out",
        "Of the 41 fatalities, 35 were Syrian, four Turkish, and two Iraqi.",
        [
            claim("41", 41, "killed"),
            claim("35", 35, "killed"),
            claim("four", 4, "killed"),
            claim("two", 2, "killed", victims="iraqis"),
        ],
    ),
    Case(
        "breakdown-by-peoples-adjectives-each-with-its-verb",
        "Of the 19 reporters who died, 15 were Yemeni, three were Egyptian, and one Omani.",
        [
            claim("19", 19, "killed", victims="reporters"),
            claim("15", 15, "killed", victims="reporters"),
            claim("three", 3, "killed", victims="reporters"),
            claim("one", 1, "killed", victims="omanis"),
        ],
    ),
    Case(
        "death-tolls-include-by-place",
        "State death tolls include 14 people in Ohio, nine in Kentucky and two in Indiana.",
        [
            claim("14", 14, "killed"),
            claim("nine", 9, "killed"),
            claim("two", 2, "killed"),
        ],
    ),
    Case(
        "the-missing-figure-rose",
        "The number of injured rose to 212, while the missing figure climbed to 48.",
        [claim("212", 212, "injured"), claim("48", 48, "missing")],
    ),
    Case(
        "number-of-unaccounted-for-stands-at",
        "The governor said the number of unaccounted for after the fire now stands at 17.",
        [claim("17", 17, "missing", source="governor")],
    ),
    Case(
        "safety-of-people-unconfirmed-is-missing",
        "The safety of 86 residents remains unconfirmed, town officials said.",
        [claim("86", 86, "missing", victims="residents", source="town officials")],
    ),
    Case(
        "ensured-the-safety-of-is-no-claim",
        "Stewards ensured the safety of 300 fans at the ground.",
        [],
    ),
    Case(
        "evacuation-of-people-is-displacement",
        "The swollen river forced the evacuation of hundreds of villagers.",
        [claim("hundreds", 200, "displaced", qualifier="vague", victims="villagers")],
    ),
    Case(
        "victims-found-are-dead",
        "Two more victims were found in the ash on Sunday, the coroner said.",
        [claim("Two", 2, "killed", source="coroner", as_of="2024-07-14")],
    ),
    Case(
        "victims-found-alive-are-no-dead",
        "Two victims were found alive under the slab.",
        [],
    ),
    Case(
        "emergency-calls-are-no-claim",
        "The number of unaccounted for jumped after officers went through a week of 911 calls.",
        [],
    ),
    Case(
        "deaths-per-unit-is-a-ratio",
        "The model assumes three indirect deaths per one direct death.",
        [],
    ),
    Case(
        "deaths-per-month-is-a-baseline",
        "The baseline is about 40,000 deaths per month in normal years.",
        [],
    ),
    Case(
        "dies-every-n-minutes-is-a-rate",
        "The agency says one woman dies every 20 minutes in childbirth there.",
        [],
    ),
    Case(
        "a-period-of-years-is-no-range",
        "Historians put the death toll between 1932 and 1933 at 3.9 million.",
        [claim("3.9 million", 3900000, "killed", source="Historians", as_of="1933", scope="cumulative")],
    ),
    Case(
        "put-the-number-who-died-at",
        "The envoy put the number who died in the war at 7,500.",
        [claim("7,500", 7500, "killed", source="envoy", scope="cumulative")],
    ),
    Case(
        "total-deaths-from-a-named-virus-in-a-year",
        "Total deaths from the H5N1 outbreak in 2006 were at least 80.",
        [claim("at least 80", 80, "killed", qualifier="at_least", as_of="2006", scope="cumulative")],
    ),
    Case(
        "a-period-of-years-dates-its-end",
        "The survey found that 4,100 people were killed in the province from 2011 to 2013.",
        [claim("4,100", 4100, "killed", as_of="2013", scope="cumulative")],
    ),
    Case(
        "reported-past-perfect-in-fighting-is-the-days",
        "The army said on Tuesday that three soldiers had been killed in fighting near Varn.",
        [claim("three", 3, "killed", victims="soldiers", source="army", as_of="2024-07-16")],
    ),
    Case(
        "have-been-killed-in-fighting-is-a-tally",
        "The army says 3 soldiers have been killed in fighting near Varn.",
        [claim("3", 3, "killed", victims="soldiers", source="army", scope="cumulative")],
    ),
    Case(
        "a-coup-in-a-stampedes-story-is-background",
        "Fans fled in panic at a football match in Lorin, in a stampede that left many dead. "
        "The match honoured the leader, who seized power in a coup in 2021. "
        "Provisionally, the number given by the authorities is 56 dead.",
        [claim("56", 56, "killed")],
    ),
    Case(
        "source-new-in-a-name-is-kept",
        "The New York Times reports that 14 people died in the flood.",
        [claim("14", 14, "killed", source="New York Times")],
    ),
    Case(
        "source-followed-by-a-province-which-reported",
        "Tarsa was worst hit with 30 killed, followed by the northern Velm Province, which reported six deaths.",
        [claim("30", 30, "killed"), claim("six", 6, "killed")],
    ),
    Case(
        "accident-that-claimed-lives-is-no-speaker",
        "A week after the Karn ferry accident that claimed 19 lives, relatives ended their vigil.",
        [claim("19", 19, "killed")],
    ),
    Case(
        "separate-reports-are-no-speaker",
        "Separate reports from a local radio indicate that nine guards were killed.",
        [claim("nine", 9, "killed", victims="guards")],
    ),
    Case(
        "typhoon-ever-recorded-is-no-speaker",
        "The strongest storm ever recorded struck the coast on Friday, killing 31 people.",
        [claim("31", 31, "killed", as_of="2024-07-12")],
    ),
    Case(
        "per-a-statement-and-its-weekday",
        "At least 21 people have died in the fire, per a Torven County statement Tuesday.",
        [claim("At least 21", 21, "killed", qualifier="at_least", source="Torven County")],
    ),
    Case(
        "that-the-agency-reported-killed",
        "They were among 52 people that the agency reported killed on Thursday.",
        [claim("52", 52, "killed", source="agency", as_of="2024-07-11")],
    ),
    Case(
        "dateline-stop-and-dash-before-the-speaker",
        "Lisbon, Jul 16 (EFE).- The Portuguese navy reported Thursday the finding of three bodies at sea.",
        [claim("three", 3, "killed", source="Portuguese navy")],
    ),
    Case(
        "headline-place-prefix-of-several-words-is-no-speaker",
        "Upper Varnia: At least 11 people drown as ferry capsizes\n\n"
        "The ferry capsized on a lake in the north of Upper Varnia on Friday.",
        [claim("At least 11", 11, "killed", qualifier="at_least", as_of="2024-07-12")],
    ),
    Case(
        "the-health-ministry-is-no-who-named-later",
        "The death toll has risen to 310, the health ministry said. "
        "The World Health Organization warned of cholera in the camps.",
        [claim("310", 310, "killed", source="health ministry")],
    ),
    Case(
        "the-hospital-is-the-hospital-named-last",
        "Twelve people were killed, the Varnian health ministry said. "
        "The Orla Hospital said it received 20 bodies. "
        "Five other people were killed near Tesk, the hospital said.",
        [
            claim("Twelve", 12, "killed", source="Varnian health ministry"),
            claim("20", 20, "killed", source="Orla Hospital"),
            claim("Five", 5, "killed", source="Orla Hospital"),
        ],
    ),
    Case(
        "the-aid-group-is-no-armed-force-named-last",
        "Clinics run by Doctors Without Borders in Velm treated 64 wounded patients after attacks by the Rapid Support Forces (RSF), the aid group said.",
        [claim("64", 64, "injured", victims="patients", source="Doctors Without Borders")],
    ),
    Case(
        "a-year-opening-the-second-clause-dates-its-count",
        "In 1961, over 300 people died in a similar crush, and in 2008, 41 people were trampled to death.",
        [
            claim("over 300", 300, "killed", qualifier="more_than", as_of="1961"),
            claim("41", 41, "killed", as_of="2008"),
        ],
    ),
    Case(
        "the-previous-day-of-a-told-day",
        "The army said on Tuesday that two soldiers were killed in the south the previous day.",
        [claim("two", 2, "killed", victims="soldiers", source="army", as_of="2024-07-15")],
        date="2024-07-18",
    ),
    Case(
        "each-clause-its-own-day",
        "A strike late Monday killed three people, while a second strike early Tuesday hit a car, killing six officers.",
        [
            claim("three", 3, "killed", as_of="2024-07-15"),
            claim("six", 6, "killed", victims="officers", as_of="2024-07-16"),
        ],
        date="2024-07-18",
    ),
    Case(
        "an-epoch-stamp-dates-nothing",
        "Fire at a wedding hall kills 40\nViews:\n1970-01-01 08:00\nAt least 40 people died after a fire broke out at a wedding.",
        [
            claim("40", 40, "killed"),
            claim("At least 40", 40, "killed", qualifier="at_least"),
        ],
    ),
    Case(
        "part-among-a-later-total",
        "At least 42 aid workers were among the more than 9,000 killed since the fighting began.",
        [
            claim(
                "At least 42", 42, "killed", qualifier="at_least", victims="aid workers", scope="cumulative"
            ),
            claim("more than 9,000", 9000, "killed", qualifier="more_than", scope="cumulative"),
        ],
    ),
    Case(
        "headline-among-victims",
        "3 medics among victims of strike on Tesk clinic",
        [claim("3", 3, "killed", victims="medics")],
    ),
    Case(
        "headline-comma-joined-subject",
        "6 relief workers, local driver killed in strike on convoy, officials say",
        [claim("6", 6, "killed", victims="relief workers", source="officials")],
    ),
    Case(
        "toll-could-be-as-high-as-is-an-estimate",
        "A rights group said the real death toll could be as high as 90.",
        [claim("as high as 90", 90, "killed", qualifier="up_to", source="rights group")],
    ),
    Case(
        "final-toll-could-be-is-a-forecast",
        "Officials fear the final death toll could be close to 500.",
        [],
    ),
    Case(
        "the-injured-people-included",
        "Medics said the injured people included five children.",
        [claim("five", 5, "injured", victims="children", source="medics")],
    ),
    Case(
        "inverted-also-abducted-were",
        "Also abducted were three traders from the market.",
        [claim("three", 3, "hostages", victims="traders")],
    ),
    Case(
        "including-aside-with-a-relative-clause",
        "Up to 25 villagers, including 11 members of one family who were travelling to a wedding, were killed in the ambush.",
        [
            claim("Up to 25", 25, "killed", qualifier="up_to", victims="villagers"),
            claim("11", 11, "killed", victims="members"),
        ],
    ),
    Case(
        "quotation-of-several-sentences-speaker-after-the-last",
        "“We have received 19 bodies, of which 12 are women. Some injured have also been taken away. "
        "We do not have many more details,” said district police chief Aran Velt.",
        [
            claim("19", 19, "killed", source="district police chief (Aran Velt)"),
            claim("12", 12, "killed", victims="women", source="district police chief (Aran Velt)"),
        ],
    ),
    Case(
        "title-of-several-words-before-a-name",
        "“Eleven bodies have been brought in,” said Chief Medical Officer Tarun Mehra.",
        [claim("Eleven", 11, "killed", source="Chief Medical Officer (Tarun Mehra)")],
    ),
    Case(
        "a-few-dead-in-a-wars-story-are-one-events",
        "The war in the north entered its third year. Four soldiers were killed near Varn, the army said.",
        [claim("Four", 4, "killed", victims="soldiers", source="army")],
    ),
    Case(
        "a-few-dead-over-the-past-week-in-a-wars-story-are-a-tally",
        "The war in the north entered its third year. "
        "Police killed nine suspects in the north during the past week, monitors said.",
        [claim("nine", 9, "killed", victims="suspects", scope="cumulative")],
    ),
    Case(
        "the-figure-of-after-a-toll",
        "The civil war killed about 80,000 people, researchers say. "
        "Earlier estimates were as high as 150,000, although the most widely cited figure was 120,000.",
        [
            claim("about 80,000", 80000, "killed", qualifier="about", source="researchers"),
            claim("as high as 150,000", 150000, "killed", qualifier="up_to", source="researchers"),
            claim("120,000", 120000, "killed", source="researchers"),
        ],
    ),
    Case(
        "put-the-number-at-after-a-toll",
        "At least 60 people died in the blast. Local officials had earlier put the number at 45.",
        [
            claim("At least 60", 60, "killed", qualifier="at_least"),
            claim("45", 45, "killed", source="local officials"),
        ],
    ),
    Case(
        "estimates-ranged-from-after-a-toll",
        "Thousands were killed in the massacres. At one village, estimates ranged from 300 to 3,000.",
        [
            claim("Thousands", 2000, "killed", qualifier="vague"),
            claim("from 300 to 3,000", 300, "killed", qualifier="range", figure_high=3000),
        ],
    ),
    Case(
        "the-figure-of-another-harm-is-not-the-dead",
        "The floods killed 14 people. The number still missing was not given, but earlier that figure was 30.",
        [claim("14", 14, "killed")],
    ),
    Case(
        "this-number-of-survivors-is-no-toll",
        "An estimated 500,000 Tutsi were killed. If this number of 150,000 survivors is right, the toll was higher.",
        [claim("An estimated 500,000", 500000, "killed", qualifier="about", victims="tutsis")],
    ),
    Case(
        "it-rose-to-after-a-toll",
        "Officials said the death toll stood at 31. It rose to 32 when one of the wounded died overnight.",
        [
            claim("31", 31, "killed", source="officials"),
            claim("32", 32, "killed", source="officials"),
            claim("one", 1, "killed", source="officials"),
        ],
    ),
    Case(
        "the-number-had-risen-to-after-a-toll",
        "Nine people were killed in the fire. Later, a spokesman told reporters the number had risen to 12.",
        [claim("Nine", 9, "killed"), claim("12", 12, "killed", source="spokesman")],
    ),
    Case(
        "no-more-than-is-up-to",
        "The commander says that no more than 40 soldiers died in the siege.",
        [claim("no more than 40", 40, "killed", qualifier="up_to", victims="soldiers", source="commander")],
    ),
    Case(
        "estimated-as-a-verb-after-a-dated-aside",
        "The survey, published in March 2011, estimated 41,200 excess deaths.",
        [claim("41,200", 41200, "killed", as_of="2011-03")],
    ),
    Case(
        "said-in-a-report-on-a-day-is-no-event-day",
        "Around 310,000 people have been killed in the war over the past nine years, the monitor said in a report on Monday.",
        [
            claim(
                "Around 310,000",
                310000,
                "killed",
                qualifier="about",
                source="monitor",
                as_of="2024-07-15",
                scope="cumulative",
            )
        ],
    ),
    Case(
        "another-n-were-a-people-after-a-toll",
        "At least 52,000 people died in the war. Another 9,400 were Serbs, 3,100 were Croats.",
        [
            claim("At least 52,000", 52000, "killed", qualifier="at_least", scope="cumulative"),
            claim("9,400", 9400, "killed", victims="serbs", scope="cumulative"),
            claim("3,100", 3100, "killed", victims="croats", scope="cumulative"),
        ],
    ),
    Case(
        "the-number-given-by-x-is",
        "Provisionally, the number given by the authorities is 31 confirmed dead.",
        [claim("31", 31, "killed", source="authorities")],
    ),
    Case(
        "announced-on-social-media-by",
        "An official toll of 58 was announced Sunday on Twitter by Rami Tal, a member of the rights commission.",
        [claim("58", 58, "killed", source="Rami Tal")],
    ),
    Case(
        "people-familiar-with-the-matter-said",
        "At least 11 people were killed in the crush, people familiar with the matter said.",
        [claim("At least 11", 11, "killed", qualifier="at_least", source="people familiar with the matter")],
    ),
    Case(
        "a-body-believes",
        "The Red Crescent, a volunteer aid group, believes over 120 people have died in the floods.",
        [claim("over 120", 120, "killed", qualifier="more_than", source="Red Crescent")],
    ),
    Case(
        "a-body-calculates",
        "The state department calculates 42,000 deaths during those years.",
        [claim("42,000", 42000, "killed", source="state department")],
    ),
    Case(
        "excerpt-cut-after-a-whole-clause-keeps-it",
        "He spoke to reporters on Monday.\n\nPart of a wall collapsed, injuring three people, footage aired on local chann",
        [claim("three", 3, "injured")],
    ),
    Case(
        "dateline-glued-by-a-hyphen-keeps-the-qualifier",
        "VARNA-At least 17 people have been killed in floods, officials said.",
        [claim("At least 17", 17, "killed", qualifier="at_least", source="officials")],
    ),
    Case(
        "trapped-within-a-camp-is-a-siege",
        "An estimated 90,000 people, the agency reports, are still trapped within Orla camp.",
        [],
    ),
    Case(
        "trapped-with-little-access-to-food-is-a-siege",
        "The siege has left tens of thousands of civilians trapped with little access to food or water.",
        [],
    ),
    Case(
        "evacuated-people-who-were-killed-are-dead",
        "Medics said they had evacuated six people who were killed in the shelling.",
        [claim("six", 6, "killed", source="medics")],
    ),
    Case(
        "a-credited-captions-date-is-no-article-date",
        "Officials begin to identify bodies\n\n"
        "Divers search the water after a ferry sank on May 3, 2019 off Tesk. (AFP)\n"
        "Friday, May 10, 2019\n\n"
        "TESK, May 9 -- Divers recovered 12 more bodies on Thursday, the coast guard said.",
        [claim("12", 12, "killed", source="coast guard", as_of="2019-05-09")],
        date=None,
    ),
    Case(
        "number-of-dead-could-be-somewhere-between",
        "He said the number of dead could be somewhere between 20,000 and 30,000.",
        [claim("between 20,000 and 30,000", 20000, "killed", qualifier="range", figure_high=30000)],
    ),
    Case(
        "a-death-toll-comma-at",
        "The radio reported a higher death toll, at more than 60.",
        [claim("more than 60", 60, "killed", qualifier="more_than")],
    ),
    Case(
        "part-of-a-whole-with-a-peoples-adjective-is-no-crash",
        "The ministry said 512 of the 1,730 deaths were Syrian.",
        [claim("512", 512, "killed"), claim("1,730", 1730, "killed")],
    ),
    Case(
        "a-cost-estimate-after-a-toll-is-no-toll",
        "At least 40 people were killed. The cost estimate was 300 million.",
        [claim("At least 40", 40, "killed", qualifier="at_least")],
    ),
    Case(
        "it-rose-to-without-a-toll-before-is-no-toll",
        "At least 40 people were killed. The river level rose overnight. It rose to 12 by morning.",
        [claim("At least 40", 40, "killed", qualifier="at_least")],
    ),
    Case(
        "bodies-recovered-and-some-identified-stay-dead",
        "Police recovered 12 bodies from the river and have identified three of them.",
        [claim("12", 12, "killed")],
    ),
    Case(
        "team-coaches-are-people",
        "Three players and two coaches were killed when the team bus crashed.",
        [claim("Three", 3, "killed", victims="players"), claim("two", 2, "killed", victims="coaches")],
    ),
    Case(
        "deputy-governor-is-kept",
        "Deputy Governor Ali Varn said 5 people were killed.",
        [claim("5", 5, "killed", source="Deputy Governor (Ali Varn)")],
    ),
    Case(
        "the-previous-day-after-a-since-date",
        "Since June 1, at least 300 people have died in the floods, and four more were killed the previous day, officials said.",
        [
            claim(
                "at least 300", 300, "killed", qualifier="at_least", source="officials", scope="cumulative"
            ),
            claim("four", 4, "killed", source="officials", as_of="2024-07-15"),
        ],
    ),
    Case(
        "a-persons-name-in-a-headline-prefix-speaks",
        "Volodymyr Zelensky: 31,000 Ukrainian soldiers killed\n\n"
        "The office of Volodymyr Zelensky said 31,000 soldiers had been killed.",
        [
            claim("31,000", 31000, "killed", victims="soldiers", source="Volodymyr Zelensky"),
            claim("31,000", 31000, "killed", victims="soldiers", source="office of Volodymyr Zelensky"),
        ],
    ),
    Case(
        "miners-trapped-without-food-after-a-collapse-are-missing",
        "Twelve miners remain trapped with no access to food or water after the mine collapsed, officials said.",
        [claim("Twelve", 12, "missing", victims="miners", source="officials")],
    ),
    Case(
        "a-range-of-year-like-counts-that-died",
        "Officials estimated that between 1800 and 2000 died in the floods.",
        [
            claim(
                "between 1800 and 2000",
                1800,
                "killed",
                qualifier="range",
                figure_high=2000,
                source="officials",
            )
        ],
    ),
    Case(
        "the-group-after-a-paramilitary",
        "The Rapid Support Forces attacked the camp on Monday. At least 20 civilians were killed, the group said.",
        [
            claim(
                "At least 20",
                20,
                "killed",
                qualifier="at_least",
                victims="civilians",
                source="Rapid Support Forces",
            )
        ],
    ),
    Case(
        "part-with-a-conjunct-among-a-spaced-total",
        "At least 61 journalists and media workers were among the more than 19 000 killed.",
        [
            claim("At least 61", 61, "killed", qualifier="at_least", victims="journalists"),
            claim("more than 19 000", 19000, "killed", qualifier="more_than"),
        ],
    ),
    Case(
        "share-of-a-count-with-its-harm-word",
        "Most of the 18 killed in the market blast were women, the police said.",
        [claim("18", 18, "killed", victims="people", source="police")],
    ),
    Case(
        "share-of-a-count-with-its-noun-and-harm-word",
        "Nearly half of the 240 people wounded on Sunday were children.",
        [claim("240", 240, "injured", victims="people")],
    ),
    Case(
        "share-of-a-population-is-no-count",
        "Most of the town's 30,000 residents have fled, and a third of Chad's 18 million people face hunger.",
        [],
    ),
    Case(
        "second-clause-with-its-own-according-to",
        "At least 31 people were killed in Khan Younis, according to the civil defence, while four died in Tyre, according to Lebanese officials.",
        [
            claim("At least 31", 31, "killed", qualifier="at_least", source="civil defence"),
            claim("four", 4, "killed", source="Lebanese officials"),
        ],
    ),
    Case(
        "second-clause-without-its-own-speaker-keeps-the-first",
        "At least 31 people were killed in Khan Younis, according to the civil defence, while four died in Tyre.",
        [
            claim("At least 31", 31, "killed", qualifier="at_least", source="civil defence"),
            claim("four", 4, "killed", source="civil defence"),
        ],
    ),
    Case(
        "buildings-seriously-damaged-are-no-injured",
        "The blast damaged 610 homes in the district, 73 of which are seriously damaged and must be rebuilt.",
        [],
    ),
    Case(
        "age-in-brackets-after-a-named-body",
        "The toll rose to nine after rescuers found the body of Suresh Pawar (37), a mason, under the slab.",
        [claim("nine", 9, "killed")],
    ),
    Case(
        "a-year-before-an-event-noun-is-no-count",
        "A 2011 explosion killed 64 miners at the same pit.",
        [claim("64", 64, "killed", victims="miners")],
    ),
    Case(
        "swept-away-after-the-count-is-missing",
        "Three people died and a dozen were swept away when the river burst its banks.",
        [claim("Three", 3, "killed"), claim("a dozen", 12, "missing")],
    ),
    Case(
        "swept-away-before-the-count-is-missing",
        "The torrent swept away five villagers near the ford.",
        [claim("five", 5, "missing", victims="villagers")],
    ),
    Case(
        "swept-away-things-are-no-count",
        "The flood swept away 900 fish cages and 14 cars.",
        [],
    ),
    Case(
        "declared-killed",
        "Officials said 418 pilgrims have been declared killed so far.",
        [claim("418", 418, "killed", victims="pilgrims", source="officials")],
    ),
    Case(
        "treated-for-heat-is-injured",
        "The health ministry said it had treated more than 1,900 pilgrims for heat exhaustion, and another 300 were treated for sunstroke.",
        [
            claim("more than 1,900", 1900, "injured", qualifier="more_than", victims="pilgrims"),
            claim("300", 300, "injured"),
        ],
    ),
    Case(
        "treated-and-released-is-no-injured",
        "Eleven were treated and released.",
        [],
    ),
    Case(
        "firefighters-as-speakers",
        "Two workers died in the warehouse blaze and six are missing, fire-fighters said.",
        [
            claim("Two", 2, "killed", victims="workers", source="fire-fighters"),
            claim("six", 6, "missing", source="fire-fighters"),
        ],
    ),
    Case(
        "data-shared-by-a-body",
        "As per data shared by the state disaster agency, 212 people have died this season.",
        [claim("212", 212, "killed", source="state disaster agency")],
    ),
    Case(
        "a-translation-note-is-no-headline-speaker",
        "translated from Portuguese: 5 killed and 11 missing after mine flood",
        [claim("5", 5, "killed", source=None), claim("11", 11, "missing", source=None)],
    ),
    Case(
        "dengue-patients-in-hospital-are-cases",
        "Six dengue patients die; 812 hospitalised in 24 hours",
        [claim("Six", 6, "killed", victims="patients")],
    ),
    Case(
        "moderate-and-light-injuries",
        "One man was seriously hurt, while three others sustained moderate injuries and 22 more suffered light injuries.",
        [claim("One", 1, "injured", victims="men"), claim("three", 3, "injured"), claim("22", 22, "injured")],
    ),
    Case(
        "life-threatening-injuries",
        "Four are suffering from life-threatening injuries, the police said.",
        [claim("Four", 4, "injured", source="police")],
    ),
    Case(
        "of-them-in-serious-condition-after-the-victims",
        "The victims were taken to hospital, three of them are in critical condition.",
        [claim("three", 3, "injured")],
    ),
    Case(
        "headline-toll-in-words-then-injured-in-digits",
        "Missile strike on Zaporizhzhia: death toll rises to five, 31 injured",
        [claim("five", 5, "killed"), claim("31", 31, "injured")],
    ),
    Case(
        "known-about-is-no-qualifier",
        "After the shelling, it is known about two dead and nine wounded.",
        [claim("two", 2, "killed", qualifier="exact"), claim("nine", 9, "injured")],
    ),
    Case(
        "years-old-is-no-period",
        "Two hikers were killed, both 38 years old.",
        [claim("Two", 2, "killed", victims="hikers", scope="incident")],
    ),
    Case(
        "under-the-age-of-is-an-age",
        "Nine children under the age of 12 were killed, and two men around the age of 60 were hurt.",
        [claim("Nine", 9, "killed", victims="children"), claim("two", 2, "injured", victims="men")],
    ),
    Case(
        "evacuated-for-care-is-not-displaced",
        "Eleven people were evacuated for shock and smoke-related symptoms.",
        [],
    ),
    Case(
        "trapped-then-died-is-dead",
        "Four passengers trapped in the minibus died at the scene.",
        [claim("Four", 4, "killed", victims="passengers")],
    ),
    Case(
        "trapped-while-another-clause-kills",
        "Dozens of hikers remained trapped after a rockfall killed nine people.",
        [claim("Dozens", 24, "missing", victims="hikers"), claim("nine", 9, "killed")],
    ),
    Case(
        "captured-dead-is-dead",
        "Another six fighters were captured dead after the raid, the ministry added.",
        [claim("six", 6, "killed", victims="fighters")],
    ),
    Case(
        "required-medical-assistance-is-hurt",
        "Two people died and 14 required medical assistance after the gas leak.",
        [claim("Two", 2, "killed"), claim("14", 14, "injured")],
    ),
    Case(
        "number-of-flood-evacuees",
        "In Pahang, the number of flood evacuees rose to 2,318 this morning.",
        [claim("2,318", 2318, "displaced")],
    ),
    Case(
        "may-be-under-the-rubble-is-missing",
        "Between 3 and 9 people may be under the rubble, the mayor said.",
        [claim("Between 3 and 9", 3, "missing", qualifier="range", figure_high=9, source="mayor")],
    ),
    Case(
        "passed-the-mark",
        "The number of new arrivals from the border has passed the 40,000 mark, the agency said.",
        [],
    ),
    Case(
        "passed-the-mark-of-refugees",
        "The number of refugees has passed the 40,000 mark.",
        [claim("40,000", 40000, "displaced", qualifier="more_than")],
    ),
    Case(
        "estimated-after-the-count",
        "Report: 12,000 estimated dead in last year's famine",
        [claim("12,000", 12000, "killed", qualifier="about")],
    ),
    Case(
        "state-tv-is-no-place",
        "Seven miners were killed, state TV reported.",
        [claim("Seven", 7, "killed", victims="miners", source="state TV")],
    ),
    Case(
        "plural-claim-is-speech",
        "Rebels attack convoy; militants claim 14 soldiers killed",
        [claim("14", 14, "killed", victims="soldiers", source="militants")],
    ),
    Case(
        "a-first-report-names-no-one",
        "A first report released earlier said two people had been killed and 5 injured.",
        [claim("two", 2, "killed", source=None), claim("5", 5, "injured", source=None)],
    ),
    Case(
        "early-statement-and-initial-tally-name-their-owner",
        "Three people were killed, an early police statement said. The ministry's initial tally put the toll at more than 20 dead.",
        [
            claim("Three", 3, "killed", source="police"),
            claim("more than 20", 20, "killed", qualifier="more_than", source="ministry"),
        ],
    ),
    Case(
        "a-body-named-after-a-role-word",
        "The Prosecutor General's Office said 17 people were killed.",
        [claim("17", 17, "killed", source="Prosecutor General's Office")],
    ),
    Case(
        "clock-time-is-no-count",
        "Four of the victims were still unidentified at 8:45 p.m. local time.",
        [],
    ),
    Case(
        "times-shot-is-no-count",
        "Each of the bodies was shot four to 9 times.",
        [],
    ),
    Case(
        "warrants-and-bone-remains-are-no-count",
        "Police aimed to serve 180 search and arrest warrants after investigators recovered 912 bodies, 140 skulls and thousands of other remains.",
        [claim("912", 912, "killed")],
    ),
    Case(
        "an-age-bound-after-people",
        "Gunmen singled out residents over 60 and killed 12 of them.",
        [claim("12", 12, "killed")],
    ),
    Case(
        "freed-in-the-present",
        "Ombudsman says 21 police officers abducted by a militia are freed",
        [],
    ),
    Case(
        "a-suspect-dead-without-a-number",
        "The stabbing left two pupils injured and the attacker dead.",
        [claim("two", 2, "injured", victims="pupils")],
    ),
    Case(
        "thousands-written-with-a-stray-space",
        "More than 60, 000 refugees have crossed into Chad.",
        [claim("More than 60, 000", 60000, "displaced", qualifier="more_than", victims="refugees")],
    ),
    Case(
        "a-quarter-of-a-million",
        "The famine, in which a quarter of a million people died, was the worst in decades.",
        [claim("a quarter of a million", 250000, "killed")],
    ),
    Case(
        "a-toll-released-by-a-ministry",
        "The outbreak has killed up to 41 people, out of 97 suspected cases, according to a new toll released by the health ministry.",
        [claim("up to 41", 41, "killed", qualifier="up_to", source="health ministry")],
    ),
    Case(
        "one-of-several-strikes",
        "Two people were killed in a series of air strikes, including one in Tyre that hit a car.",
        [claim("Two", 2, "killed")],
    ),
    Case(
        "an-acronym-between-count-and-noun",
        "Three Lashkar-e-Taiba (LeT) militants were killed in an encounter, police said.",
        [claim("Three", 3, "killed", victims="militants", source="police")],
    ),
    Case(
        "a-share-of-a-count-of-deaths",
        "Children under 5 accounted for half of the 340 deaths.",
        [claim("340", 340, "killed")],
    ),
    Case(
        "a-year-of-many-events-is-a-tally",
        "Last year, 214 inmates died during riots in several prisons across the country.",
        [claim("214", 214, "killed", victims="inmates", scope="cumulative", as_of="2023")],
    ),
    Case(
        "a-first-wave-of-raids-is-one-event",
        "Police said Thursday they killed four suspects in the first anti-drug raids of 2018.",
        [claim("four", 4, "killed", victims="suspects", scope="incident")],
    ),
    Case(
        "the-previous-night",
        "The ministry said on Tuesday that nine people were killed in a strike near the port the previous night.",
        [claim("nine", 9, "killed", as_of="2024-07-15")],
        date="2024-07-17",
    ),
    Case(
        "in-the-last-month-is-no-calendar-month",
        "Shelling has killed 412 people in the region in the last month, according to a tally by the monitor.",
        [claim("412", 412, "killed", as_of="2024-07-16", scope="cumulative")],
    ),
    Case(
        "a-day-between-verb-and-count",
        "Security forces neutralized Friday three militants in the mountains.",
        [claim("three", 3, "killed", victims="militants", as_of="2024-07-12")],
    ),
    Case(
        "a-single-quoted-verb-after-the-count",
        "3 militants 'neutralized' in border raid",
        [claim("3", 3, "killed", victims="militants")],
    ),
    Case(
        "a-shelter-capacity-is-no-count",
        "The new camp has room for 15,000 refugees and its clinic can treat up to 300 injured people.",
        [],
    ),
    Case(
        "people-moved-to-relief-centres",
        "Flooding hit two more districts, with 212 and 48 people moved to relief centres respectively.",
        [claim("212", 212, "displaced"), claim("48", 48, "displaced")],
    ),
    Case(
        "a-part-among-those-confirmed-to-have-died",
        "At least 11 children are among the 46 people confirmed to have died in the collapse.",
        [
            claim("At least 11", 11, "killed", qualifier="at_least", victims="children"),
            claim("46", 46, "killed"),
        ],
    ),
    Case(
        "two-digit-counts-joined-by-or",
        "Police said 12 or 13 people were trapped in the shaft.",
        [claim("12 or 13", 12, "missing", qualifier="range", figure_high=13, source="police")],
    ),
    Case(
        "a-speaker-after-a-contrast-speaks-for-what-follows",
        "Some accounts put the toll at 14 dead and six injured, but a senior police source says it was 17 deaths.",
        [
            claim("14", 14, "killed", source=None),
            claim("six", 6, "injured", source=None),
            claim("17", 17, "killed", source="police source"),
        ],
    ),
    Case(
        "a-trailing-speaker-after-a-contrast-with-a-participle",
        "Police shot dead three suspects while gunmen killed two others, officials said, raising the week's toll to 11.",
        [
            claim("three", 3, "killed", victims="suspects", source="officials"),
            claim("two", 2, "killed", source="officials"),
            claim("11", 11, "killed", source="officials"),
        ],
    ),
    Case(
        "a-generic-body-then-its-name-known-as",
        "The collective, known as Madres Unidas de Sonora, told reporters that 31 bodies had been found so far.",
        [claim("31", 31, "killed", source="Madres Unidas de Sonora")],
    ),
    Case(
        "one-person-between-two-counts",
        "Three women, a boy and two girls were found dead in the flooded basement.",
        [claim("Three", 3, "killed", victims="women"), claim("two", 2, "killed", victims="girls")],
    ),
    Case(
        "a-page-read-date-loses-to-a-byline-with-its-time",
        "Monday, 3 June, 2024\n\nTown toll rises to 9\nFriday, 12 January, 2024, 10:15\n\nShelling of the town on Thursday killed nine people, officials said.",
        [
            claim("9", 9, "killed", as_of="2024-01-11"),
            claim("nine", 9, "killed", as_of="2024-01-11", source="officials"),
        ],
        date=None,
    ),
    Case(
        "a-year-in-passing-keeps-the-known-day",
        "A gunman killed nine people on Tuesday at the mall. It was the fourth mass shooting in the state in 2021. Six of the victims were killed inside a shoe store, police said.",
        [
            claim("nine", 9, "killed", as_of="2021-03-09"),
            claim("Six", 6, "killed", as_of="2021-03-09", source="police"),
        ],
        date="2021-03-11",
    ),
    Case(
        "survivors-after-the-dead-are-no-dead",
        "In addition to the six dead, 23 survivors have been pulled from the river.",
        [claim("six", 6, "killed")],
    ),
    Case(
        "where-the-man-died-is-one-of-them",
        "All three were taken to a nearby hospital, where the woman was pronounced dead.",
        [claim("three", 3, "injured")],
    ),
    Case(
        "found-injured",
        "Two other men were found injured and four were found with stab wounds.",
        [claim("Two", 2, "injured", victims="men"), claim("four", 4, "injured")],
    ),
    Case(
        "an-officer-of-a-body-with-its-acronym",
        "A Punjab Fire Services (PFS) officer said three people died in the blaze.",
        [claim("three", 3, "killed", source="Punjab Fire Services (PFS)")],
    ),
    Case(
        "overnight-after-the-day-told",
        "Neighbours gathered on Wednesday after the deaths of a family of four in an overnight fire.",
        [claim("four", 4, "killed", as_of="2024-07-10")],
        date="2024-07-11",
    ),
    Case(
        "a-story-date-in-a-later-sentence-is-no-dateline",
        "The toll in the city has passed 4,100, the health office said. Some 30 people were killed in a market bombing on 3 March 2021.",
        [
            claim("passed 4,100", 4100, "killed", qualifier="more_than", as_of=None),
            claim("Some 30", 30, "killed", qualifier="about", as_of="2021-03-03"),
        ],
        date=None,
    ),
    Case(
        "a-war-that-started-on-a-day-is-its-period",
        "The defence ministry says over 90,000 soldiers have died during the war, which started on 24 February 2022.",
        [
            claim(
                "over 90,000", 90000, "killed", qualifier="more_than", as_of="2024-07-16", scope="cumulative"
            )
        ],
    ),
    Case(
        "since-dawn-is-one-day",
        "Air strikes killed at least 17 people in the camp since dawn Tuesday.",
        [claim("at least 17", 17, "killed", qualifier="at_least", scope="incident", as_of="2024-07-16")],
    ),
    Case(
        "customers-who-lost-power-are-no-count",
        "Nearly 3 million customers lost power across the state.",
        [],
    ),
    Case(
        "a-prediction-is-a-forecast",
        "Some officials predict more than 5,000 dead once the rubble is cleared.",
        [],
    ),
    Case(
        "only-is-no-part-of-the-speaker-and-the-kind-before-a-name",
        "The minister only said that 420 fighters had died. The charity Save the Children estimates that 9,000 children have died.",
        [
            claim("420", 420, "killed", victims="fighters", source="minister"),
            claim("9,000", 9000, "killed", victims="children", source="Save the Children"),
        ],
    ),
    Case(
        "originally-before-the-toll-figure",
        "The death toll was originally 214 but was revised down years later, the archive reports.",
        [claim("214", 214, "killed")],
    ),
    Case(
        "a-date-with-its-year-between-toll-and-figure",
        "The strikes killed 90 people on Monday, bringing the total death toll since the war began on October 7, 2023, to at least 38,400.",
        [
            claim("90", 90, "killed"),
            claim("at least 38,400", 38400, "killed", qualifier="at_least", scope="cumulative"),
        ],
    ),
    Case(
        "conservative-estimates-name-no-one",
        "Even the most conservative estimates put the number of civilian deaths at 12,000.",
        [claim("12,000", 12000, "killed", source=None)],
    ),
    Case(
        "martyrs-and-wounded-together",
        "The ministry said the toll since the war began has risen to 93,420 martyrs and wounded.",
        [],
    ),
    Case(
        "years-since-is-an-anniversary",
        "A service marking 20 years since the market bombing paid tribute to the 142 people who died.",
        [claim("142", 142, "killed", scope="incident")],
    ),
    Case(
        "he-was-an-age-when-killed",
        "She was 14 when she was killed in the shelling of the market.",
        [],
    ),
    Case(
        "the-bereaved-are-no-missing",
        "Hundreds of families lost their loved ones and relatives in the blast.",
        [],
    ),
    Case(
        "nationalities-are-no-count",
        "The passengers were of 31 different nationalities.",
        [],
    ),
    Case(
        "laid-to-rest-and-reburied",
        "Another 28 victims were laid to rest on Friday, and 14 more were reburied at the memorial cemetery.",
        [claim("28", 28, "killed"), claim("14", 14, "killed")],
    ),
    Case(
        "executions-as-nouns",
        "Rights groups said the state carried out the execution of a minimum of 310 prisoners last year, and 12 executions were conducted in public.",
        [
            claim("a minimum of 310", 310, "killed", qualifier="at_least", victims="prisoners"),
            claim("12", 12, "killed"),
        ],
    ),
    Case(
        "the-number-of-executions",
        "The number of executions this year is now thought to be in excess of 250.",
        [claim("in excess of 250", 250, "killed", qualifier="more_than")],
    ),
    Case(
        "in-jail-and-incarcerated",
        "In Iran, 28 journalists are in jail, and in Egypt at least 17 reporters are incarcerated.",
        [
            claim("28", 28, "detained", victims="journalists"),
            claim("at least 17", 17, "detained", qualifier="at_least", victims="reporters"),
        ],
    ),
    Case(
        "based-on-a-body-s-report",
        "Based on HRW's report, 640 fatalities were added to the events of the period.",
        [claim("640", 640, "killed", source="Human Rights Watch")],
    ),
    Case(
        "another-subject-s-cancel-verb",
        "The storm killed at least 27 people, as residents returned to their flooded homes.",
        [claim("at least 27", 27, "killed", qualifier="at_least")],
    ),
    Case(
        "affected-before-a-place",
        "The floods killed 19 people in the affected districts.",
        [claim("19", 19, "killed")],
    ),
    Case(
        "the-fire-agency-speaks-and-however-is-no-name",
        "At least nine people died, the fire agency said. However the disaster council said at least 11 people were killed.",
        [
            claim("At least nine", 9, "killed", qualifier="at_least", source="fire agency"),
            claim("at least 11", 11, "killed", qualifier="at_least", source="disaster council"),
        ],
    ),
    Case(
        "the-killer-who-killed-was-sentenced",
        "The gunman who killed nine people at the festival has been sentenced to life in prison.",
        [claim("nine", 9, "killed")],
    ),
    Case(
        "a-relative-clause-then-a-release-still-frees",
        "The gang that kidnapped 14 pupils released them on Friday.",
        [],
    ),
    Case(
        "murdering-and-an-attempt",
        "She was convicted of murdering seven patients and attempting to murder six others.",
        [claim("seven", 7, "killed", victims="patients")],
    ),
    Case(
        "the-year-s-murder-of",
        "The court sentenced him for the 2019 murder of 11 worshippers.",
        [claim("11", 11, "killed", victims="worshippers")],
    ),
    Case(
        "a-prison-term-is-no-period",
        "He was sentenced to 25 years for killing four people.",
        [claim("four", 4, "killed", scope="incident")],
    ),
    Case(
        "questions-are-no-count",
        "The jury answered 12 questions about how the victims died.",
        [],
    ),
    Case(
        "a-share-of-a-place-s-population-with-a-harm-word",
        "The war has left most of the region's 1.8 million people displaced.",
        [],
    ),
    Case(
        "evacuated-for-fear-is-displaced",
        "About 1,500 people were evacuated for fear of flooding.",
        [claim("About 1,500", 1500, "displaced", qualifier="about")],
    ),
    Case(
        "a-disease-named-beside-a-violent-event",
        "A fire at a Covid-19 ward killed 8 patients and 19 others were hospitalised.",
        [claim("8", 8, "killed", victims="patients"), claim("19", 19, "injured")],
    ),
    Case(
        "patients-treated-are-no-count",
        "The clinic treated 250 patients last week.",
        [],
    ),
    Case(
        "trapped-and-another-subject-died",
        "Six miners were trapped underground and two colleagues died.",
        [claim("Six", 6, "missing", victims="miners"), claim("two", 2, "killed", victims="colleagues")],
    ),
    Case(
        "a-named-series-of-attacks-is-one-event",
        "In 2016, 32 people were killed in the Brussels bombings.",
        [claim("32", 32, "killed", scope="incident")],
    ),
    Case(
        "a-speaker-inside-a-relative-clause",
        "In Rafah, 30 people died, according to the ministry, while 9 were wounded in a strike that the army said targeted a commander.",
        [claim("30", 30, "killed", source="ministry"), claim("9", 9, "injured", source="ministry")],
    ),
    Case(
        "claim-as-a-noun",
        "Rights groups dispute the army's claim that 25 militants died.",
        [claim("25", 25, "killed", victims="militants", source=None)],
    ),
    Case(
        "or-with-a-smaller-second-number",
        "The epidemic killed 20,000 or 4 percent of the population.",
        [claim("20,000", 20000, "killed")],
    ),
    Case(
        "able-to-treat-is-no-capacity",
        "Medics were able to treat 24 wounded people at the scene, and the camp has room for at least 9,000 refugees.",
        [claim("24", 24, "injured")],
    ),
    Case(
        "is-freed-is-another-s-release",
        "Gunmen kidnapped 6 aid workers and demand that their leader is freed.",
        [claim("6", 6, "hostages", victims="aid workers")],
    ),
    Case(
        "passed-the-count-is-no-threshold",
        "This year's toll has surpassed the 270 deaths recorded in 2018.",
        [claim("270", 270, "killed", qualifier="exact")],
    ),
    Case(
        "a-worker-at-relief-centres-who-died",
        "Two nurses at relief centres died of exhaustion.",
        [claim("Two", 2, "killed", victims="nurses")],
    ),
    Case(
        "including-one-after-a-single-event",
        "Three people died in the fire, including one who jumped from a window.",
        [claim("Three", 3, "killed"), claim("one", 1, "killed")],
    ),
    Case(
        "a-company-named-first",
        "First Quantum Minerals said two workers were killed in the collapse.",
        [claim("two", 2, "killed", victims="workers", source="First Quantum Minerals")],
    ),
    Case(
        "learned-about-is-a-qualifier",
        "Officials learned about 40 people had died in the flood.",
        [claim("about 40", 40, "killed", qualifier="about")],
    ),
    Case(
        "three-quarters-of-a-million",
        "Three quarters of a million people have been displaced by the fighting.",
        [claim("Three quarters of a million", 750000, "displaced")],
    ),
    Case(
        "fact-box-number-before-its-label",
        "1,200 – Number of Israelis killed\n– 6,500 Number of Palestinians killed in Gaza\n212 – Soldiers and civilians being held hostage in Gaza\nNumber of Palestinians injured in the West Bank: 2000",
        [
            claim("1,200", 1200, "killed", victims="israelis"),
            claim("6,500", 6500, "killed", victims="palestinians"),
            claim("212", 212, "hostages"),
            claim("2000", 2000, "injured"),
        ],
    ),
    Case(
        "killed-or-wounded-after-being-is-no-label",
        "Operations have resulted in over 90,000 people being killed or wounded.",
        [],
    ),
    Case(
        "a-list-of-places-after-the-harm-and-a-colon",
        "Deaths have been reported in four provinces: Leyte (41), Samar (12), Cebu (5), and Bohol (2).",
        [
            claim("41", 41, "killed", location="Leyte"),
            claim("12", 12, "killed", location="Samar"),
            claim("5", 5, "killed", location="Cebu"),
            claim("2", 2, "killed", location="Bohol"),
        ],
    ),
    Case(
        "relief-centres-are-no-count",
        "The evacuees were moved to six relief centres and four evacuation centers.",
        [],
    ),
    Case(
        "an-age-with-a-hyphen-after-year",
        "A 15 year-old boy and a 6 month-old baby were killed.",
        [],
    ),
    Case(
        "injured-and-the-driver-died",
        "Three passengers were injured and the driver died.",
        [claim("Three", 3, "injured", victims="passengers")],
    ),
    Case(
        "plural-subject-claim-is-speech",
        "The rebels claim 30 soldiers were killed in the ambush.",
        [claim("30", 30, "killed", victims="soldiers", source="rebels")],
    ),
    Case(
        "a-disease-with-a-verb-that-starts-like-a-wound-word",
        "Dengue cases exploded this month, with 280 hospitalised.",
        [],
    ),
    Case(
        "dead-and-wounded-with-a-count-after",
        "The blast left 4 dead and wounded six others.",
        [claim("4", 4, "killed")],
    ),
    Case(
        "a-share-of-an-event-s-dead",
        "Half of the quake's 300 dead were children.",
        [claim("300", 300, "killed")],
    ),
    Case(
        "evacuated-for-anxiety-related-symptoms",
        "Officials said 13 people were evacuated for anxiety-related symptoms.",
        [],
    ),
    Case(
        "the-deaths-mark",
        "The toll has surpassed the 100,000 deaths mark.",
        [claim("100,000", 100000, "killed", qualifier="more_than")],
    ),
    Case(
        "one-hostage-is-released",
        "One hostage held since October is released.",
        [],
    ),
    Case(
        "a-later-blast-day-after-a-year-in-passing",
        "A blast on Wednesday killed four people. Another blast hit the market on Friday. It was the third in 2021. Nine people were killed in the second blast.",
        [
            claim("four", 4, "killed", as_of="2021-03-10"),
            claim("Nine", 9, "killed", as_of="2021-03-12"),
        ],
        date="2021-03-13",
    ),
    Case(
        "a-monitor-s-tracking-indicates",
        "Monitor X tracking indicates that at least 212 civilians likely died in the offensive.",
        [claim("at least 212", 212, "killed", qualifier="at_least", victims="civilians", source="Monitor X")],
    ),
    Case(
        "an-nth-anniversary-dates-the-toll-to-the-event",
        "Residents on Sunday marked the 10th anniversary of the earthquake that killed more than 2,500 people.",
        [
            claim(
                "more than 2,500", 2500, "killed", qualifier="more_than", as_of="2014-07-14", scope="incident"
            )
        ],
    ),
    Case(
        "an-anniversary-with-the-event-day-named-after-it",
        "Today is the 20th anniversary of the day, on May 3, 2004, when a gunman killed nine students.",
        [claim("nine", 9, "killed", as_of="2004-05-03")],
    ),
    Case(
        "the-dead-named-by-their-funeral-or-mourning",
        "Crowds attended the funeral for 21 victims of the blast, and the country mourned more than 40,000 victims of the earthquake.",
        [claim("21", 21, "killed"), claim("more than 40,000", 40000, "killed", qualifier="more_than")],
    ),
    Case(
        "mourning-tells-the-dead",
        "The family is mourning two sons killed in the shelling.",
        [claim("two", 2, "killed", victims="sons")],
    ),
    Case(
        "journalists-who-are-jailed-are-a-standing-count",
        "In Egypt, 21 journalists are jailed, and at least 9 reporters are behind bars in Syria.",
        [
            claim("21", 21, "detained", victims="journalists", scope="cumulative"),
            claim("at least 9", 9, "detained", qualifier="at_least", scope="cumulative"),
        ],
    ),
    Case(
        "demonyms-of-two-words-are-whole-victims",
        "Two South Koreans and three Sri Lankans were killed, and 4 South Sudanese were hurt.",
        [
            claim("Two", 2, "killed", victims="south koreans"),
            claim("three", 3, "killed", victims="sri lankans"),
            claim("4", 4, "injured", victims="south sudanese"),
        ],
    ),
    Case(
        "a-held-participle-before-the-counts-own-harm-verb",
        "The army said four of the hostages held in Gaza were killed in captivity, and two men abducted last week were found dead.",
        [
            claim("four", 4, "killed", victims="hostages", source="army", location="Gaza"),
            claim("two", 2, "killed", victims="men", source="army"),
        ],
    ),
    Case(
        "a-displaced-participle-before-the-counts-own-harm-verb",
        "Seven people displaced by the fighting have died of cold, while 40 hostages held in the tunnels remain in captivity.",
        [
            claim("Seven", 7, "killed"),
            claim("40", 40, "hostages", victims="hostages", scope="cumulative"),
        ],
    ),
    Case(
        "a-speaker-after-its-verb-then-the-day-dates-the-telling",
        "KORAVA, July 14 (Wire) -- The ambush near the border killed nine soldiers, said the army on Sunday. "
        "The ambush took place on Saturday.",
        [claim("nine", 9, "killed", victims="soldiers", source="army", as_of="2024-07-13")],
    ),
    Case(
        "said-here-on-a-day-dates-a-running-total",
        "Troops have killed 41 rebels in the district since January, officials said here on Monday.",
        [
            claim(
                "41",
                41,
                "killed",
                victims="rebels",
                source="officials",
                as_of="2024-07-15",
                scope="cumulative",
            )
        ],
    ),
    Case(
        "the-day-before-yesterday-is-two-days-back",
        "Four farmers were shot dead in a raid on their village the day before yesterday.",
        [claim("Four", 4, "killed", victims="farmers", as_of="2024-07-14")],
    ),
    Case(
        "an-event-noun-before-a-later-day-dates-the-lead",
        "Three people were stabbed to death in the town centre, police said on Tuesday. "
        "The attacker was arrested after a struggle during the rampage on Monday evening.",
        [claim("Three", 3, "killed", source="police", as_of="2024-07-15")],
    ),
    Case(
        "a-quoted-opening-day-before-a-suffered-attack-dates-the-lead",
        "Gunmen killed at least 18 herders in the north, the regional governor said on Monday. "
        "“On the evening of Friday, July 12 at about 6:30 p.m., the hamlet of Dara suffered a brutal armed attack,” he said.",
        [claim("at least 18", 18, "killed", qualifier="at_least", victims="herders", as_of="2024-07-12")],
    ),
    Case(
        "a-day-and-month-in-a-story-dated-to-a-month",
        "The death toll from the bus crash has risen to 31, officials confirmed on 2 March. "
        "The crash occurred late on 28 February near the pass.",
        [claim("31", 31, "killed", source="officials", as_of="2023-02-28")],
        date="2023-03",
    ),
    Case(
        "article-date-the-made-stamp-after-an-updated-one",
        "Boat capsizes off the coast\n\nWire | Keywest | Updated: 09-08-2022 10:17 IST | Created: 08-08-2022 09:17 IST\n"
        "Two people drowned when the boat capsized, the coast guard said.",
        [claim("Two", 2, "killed", source="coast guard", as_of="2022-08-08")],
        date=None,
    ),
    Case(
        "article-date-a-byline-year-run-into-its-time",
        "Strike on aid convoy\n21 Apr 202411:05 AM\nSix aid workers were killed in the strike.",
        [claim("Six", 6, "killed", victims="aid workers", as_of="2024-04-21")],
        date=None,
    ),
    Case(
        "article-date-an-iso-stamp-with-its-time",
        "Posted 2022-06-03T10:13:22+00:00 - Updated 2022-06-04T02:32:42+00:00\nFour people were shot dead at a bar.",
        [claim("Four", 4, "killed", as_of="2022-06-03")],
        date=None,
    ),
    Case(
        "article-date-a-reports-as-of-day-in-its-title",
        "Floods in the valley - Situation Report No. 3 (As of 12 May 2024)\n\n"
        "At least 40 people have died in the floods.",
        [claim("At least 40", 40, "killed", qualifier="at_least", as_of="2024-05-12")],
        date=None,
    ),
    Case(
        "an-office-named-by-its-place-keeps-its-speaker",
        "Around 30 villagers have been killed, said Amadou Kone, the governor of the northern region.",
        [
            claim(
                "Around 30",
                30,
                "killed",
                qualifier="about",
                victims="villagers",
                source="governor of the northern region (Amadou Kone)",
            )
        ],
    ),
    Case(
        "the-force-is-the-police-force-named-before",
        "Two men were arrested, Northumbria Police said. Four people were injured in the attack, the force said.",
        [
            claim("Two", 2, "detained", victims="men", source="Northumbria Police"),
            claim("Four", 4, "injured", source="Northumbria Police"),
        ],
    ),
    Case(
        "the-force-with-no-police-named-is-no-source",
        "Four people were injured in the attack, the force said.",
        [claim("Four", 4, "injured", source=None)],
    ),
    Case(
        "aid-workers-are-a-source",
        "The shelling killed at least 11 civilians and wounded 20 more, according to aid workers.",
        [
            claim(
                "at least 11", 11, "killed", qualifier="at_least", victims="civilians", source="aid workers"
            ),
            claim("20", 20, "injured", victims="civilians", source="aid workers"),
        ],
    ),
    Case(
        "a-place-unit-reporting-after-the-figure-is-a-speaker",
        "Three migrants drowned when their dinghy sank, the Maritime Prefecture reported on Tuesday.",
        [claim("Three", 3, "killed", victims="migrants", source="Maritime Prefecture", as_of="2024-07-16")],
    ),
    Case(
        "a-speaker-after-its-verb-with-its-acronym-and-day",
        "Troops have detained 3,400 people since March, confirmed the Detainees Support Society (DSS) on Friday.",
        [
            claim(
                "3,400",
                3400,
                "detained",
                source="Detainees Support Society",
                as_of="2024-07-12",
                scope="cumulative",
            )
        ],
    ),
    Case(
        "information-shared-by-a-body",
        "The toll reached 61 as per information shared by the National Disaster Authority.",
        [claim("61", 61, "killed", source="National Disaster Authority")],
    ),
    Case(
        "a-possessive-report-name-is-its-owners",
        "According to FDMA's Weekly Flood Situation Report, 19 people lost their lives in the last 24 hours.",
        [claim("19", 19, "killed", source="FDMA")],
    ),
    Case(
        "a-headline-kicker-is-no-speaker",
        "'Beyond words': 9 killed, 20 hurt as truck ploughs into market\n\nTown fire horror: 12 dead in blaze\n\n"
        "Bus crash leaves 3 dead - Lakeside Herald",
        [
            claim("9", 9, "killed", source=None),
            claim("20", 20, "injured", source=None),
            claim("12", 12, "killed", source=None),
            claim("3", 3, "killed", source=None),
        ],
    ),
    Case(
        "taliban-are-victims",
        "At least 16 Taliban were killed in the operation, the police chief said.",
        [claim("At least 16", 16, "killed", qualifier="at_least", victims="taliban", source="police chief")],
    ),
    Case(
        "a-side-that-lost-its-fighters",
        "The army has lost at least 212 soldiers since the offensive began, and the rebels lost 40 fighters.",
        [
            claim(
                "at least 212", 212, "killed", qualifier="at_least", victims="soldiers", scope="cumulative"
            ),
            claim("40", 40, "killed", victims="fighters"),
        ],
    ),
    Case(
        "a-party-that-lost-seats-is-no-claim",
        "The ruling party lost 12 seats in the vote.",
        [],
    ),
    Case(
        "killing-by-eliminating",
        "Commandos responded by eliminating 14 insurgents near the border.",
        [claim("14", 14, "killed", victims="insurgents")],
    ),
    Case(
        "a-number-naming-a-region-is-no-count",
        "Officials said 17 deaths were reported in Region 4; five in Region 7; two in Regions 2 and 3.",
        [
            claim("17", 17, "killed"),
            claim("five", 5, "killed"),
            claim("two", 2, "killed"),
        ],
    ),
    Case(
        "places-counted-with-in-before-them",
        "The number of lives lost in Tarvo is 312, in Belen it is 208, in Kessa 96 and 41 in Orlu.",
        [
            claim("312", 312, "killed"),
            claim("208", 208, "killed"),
            claim("96", 96, "killed"),
            claim("41", 41, "killed"),
        ],
    ),
    Case(
        "a-breakdown-told-with-among-them-after-it",
        "In the valley, 44 people have died, with 20 women and 19 men among them.",
        [
            claim("44", 44, "killed"),
            claim("20", 20, "killed", victims="women"),
            claim("19", 19, "killed", victims="men"),
        ],
    ),
    Case(
        "a-breakdown-of-which-goes-on-without-its-verb",
        "31 people lost their lives in the last 24 hours, 15 of which were males, 10 children, and 6 females.",
        [
            claim("31", 31, "killed"),
            claim("15", 15, "killed", victims="males"),
            claim("10", 10, "killed", victims="children"),
            claim("6", 6, "killed", victims="females"),
        ],
    ),
    Case(
        "a-breakdown-between-dashes",
        "So far, 19 bodies—12 women and seven men—have been recovered from the river.",
        [
            claim("19", 19, "killed"),
            claim("12", 12, "killed", victims="women"),
            claim("seven", 7, "killed", victims="men"),
        ],
    ),
    Case(
        "the-dead-with-their-noun-included",
        "The deceased passengers included 31 Nepalese citizens and four Indians.",
        [
            claim("31", 31, "killed", victims="citizens"),
            claim("four", 4, "killed", victims="indians"),
        ],
    ),
    Case(
        "held-after-protests-is-detained",
        "Nearly 600 held in the capital after election protests",
        [claim("Nearly 600", 600, "detained", qualifier="nearly")],
    ),
    Case(
        "one-of-the-attackers-is-no-victim",
        "The group said one of its fighters shot and killed three police officers.",
        [claim("three", 3, "killed", victims="police officers", source="group")],
    ),
    Case(
        "patients-treated-and-sent-home-are-a-subset-of-the-hurt",
        "Of the 30 wounded, 12 of them had been treated and sent home.",
        [claim("30", 30, "injured"), claim("12", 12, "injured")],
    ),
    Case(
        "a-toll-of-floods-told-while-they-go-on-is-running",
        "Floods and landslides have swept the country since Friday. At least 61 people were killed in the east, "
        "and 19 are missing, police said.",
        [
            claim("At least 61", 61, "killed", qualifier="at_least", scope="cumulative"),
            claim("19", 19, "missing", scope="cumulative"),
        ],
    ),
    Case(
        "a-past-flood-named-by-its-year-in-a-flood-story-is-incident",
        "Floods have hit the delta again. The 2010 floods, which killed nearly 2,000 people, still shape how the region prepares.",
        [claim("nearly 2,000", 2000, "killed", qualifier="nearly", scope="incident", as_of="2010")],
    ),
    Case(
        "a-total-that-a-flow-adds-to-is-running",
        "Another six aid workers have been confirmed killed in the past few days, bringing the death toll to 312.",
        [
            claim("six", 6, "killed", victims="aid workers", scope="incident"),
            claim("312", 312, "killed", scope="cumulative"),
        ],
    ),
    Case(
        "a-shootings-total-with-a-flow-stays-incident",
        "Another victim died in hospital on Monday, bringing the death toll to 4.",
        [claim("4", 4, "killed", scope="incident")],
    ),
    Case(
        "thousands-counted-by-a-moving-number-of-harmed-are-running",
        "The offensive entered its ninth month. The ministry said the number of injured people rose to more than 52,000.",
        [claim("more than 52,000", 52000, "injured", qualifier="more_than", scope="cumulative")],
    ),
    Case(
        "prisoners-held-as-a-stock",
        "The rights group said the detainees include over 310 women and 640 children, and that the army "
        "has approximately 9,000 prisoners in its jails.",
        [
            claim("over 310", 310, "detained", qualifier="more_than", victims="women", scope="cumulative"),
            claim("640", 640, "detained", victims="children", scope="cumulative"),
            claim(
                "approximately 9,000",
                9000,
                "detained",
                qualifier="about",
                victims="prisoners",
                scope="cumulative",
            ),
        ],
    ),
    Case(
        "a-moving-number-of-prisoners",
        "The number of wounded medics reached 1,200, while the number of prisoners rose to 287.",
        [
            claim("1,200", 1200, "injured"),
            claim("287", 287, "detained", victims="prisoners", scope="cumulative"),
        ],
    ),
    Case(
        "the-number-held-in-jails-stood-at",
        "The number of people held in military jails stood at approximately 4,100.",
        [claim("approximately 4,100", 4100, "detained", qualifier="about", scope="cumulative")],
    ),
    Case(
        "there-are-captives-is-a-standing-count",
        "Officials estimate that there are 87 captives in the tunnels.",
        [claim("87", 87, "hostages", victims="captives", scope="cumulative", source="officials")],
    ),
    Case(
        "the-toll-of-the-event-a-period-starts-with",
        "Raids have grown more frequent since the militia's attacks on Oct. 9 that killed 640 people, and "
        "hostages remain since the gunmen seized 118 villagers in their March raid.",
        [
            claim("640", 640, "killed", scope="incident", as_of="2023-10-09"),
            claim("118", 118, "hostages", victims="villagers", scope="incident"),
        ],
        date="2023-11-20",
    ),
    Case(
        "a-period-after-its-event-with-a-comma-stays-running",
        "Since the attacks on Oct. 9, the army has killed 4,100 people.",
        [claim("4,100", 4100, "killed", scope="cumulative")],
        date="2023-11-20",
    ),
    Case(
        "a-comparisons-year-dates-no-count",
        "Officials said 88 people have been killed and 150 injured so far, making it the deadliest quake since the devastating earthquake of 2011.",
        [
            claim("88", 88, "killed", source="officials", as_of="2024-07-16"),
            claim("150", 150, "injured", source="officials", as_of="2024-07-16"),
        ],
    ),
    Case(
        "a-speaker-whose-sentence-counts-people-carries-to-the-next",
        "A military source said that hundreds of rebels stormed the base of some 120 soldiers. "
        "The death toll is estimated to be between 30 and 45.",
        [
            claim(
                "between 30 and 45", 30, "killed", figure_high=45, qualifier="range", source="military source"
            )
        ],
    ),
    Case(
        "a-speaker-whose-sentence-counts-no-people-carries-nothing",
        "According to the authorities, alert level three applies. Then forty people died.",
        [claim("forty", 40, "killed", source=None)],
    ),
    Case(
        "a-speaker-closing-the-paragraph-speaks-for-it",
        "On Friday, 14 villagers were killed by gunmen. The deadliest raid of the day took place in Koro, "
        "with 9 fatalities. The attacks involved motorbikes and rifles, said the regional governor.",
        [
            claim("14", 14, "killed", victims="villagers", source="regional governor"),
            claim("9", 9, "killed", source="regional governor"),
        ],
    ),
    Case(
        "a-speaker-opening-a-later-sentence-does-not-speak-for-the-paragraph",
        "Three people were killed in the blast. Police said the bomber fled on foot.",
        [claim("Three", 3, "killed", source=None)],
    ),
    Case(
        "colleagues-are-victims",
        "So far 23 of our colleagues have been confirmed dead, the agency chief said.",
        [claim("23", 23, "killed", victims="colleagues", source="agency chief")],
    ),
    Case(
        "one-speaker-brought-in-is-no-count",
        "One injured man told reporters that soldiers opened fire on the crowd, and 12 people died.",
        [claim("12", 12, "killed")],
    ),
    Case(
        "one-person-said-to-be-hurt-is-a-count",
        "One person is said to have suffered serious injuries.",
        [claim("One", 1, "injured")],
    ),
    Case(
        "bodies-found-under-rubble-are-dead",
        "More than 300 bodies had been recovered, including 12 from under rubble.",
        [claim("More than 300", 300, "killed", qualifier="more_than"), claim("12", 12, "killed")],
    ),
    Case(
        "people-pulled-out-along-with-the-dead-are-rescued",
        "Two children died after being pulled from the sea along with 11 other people.",
        [claim("Two", 2, "killed", victims="children")],
    ),
    Case(
        "a-past-attack-told-forward-with-would",
        "He began a shooting spree that would kill eight people, and experts fear a famine that would kill thousands.",
        [claim("eight", 8, "killed")],
    ),
    Case(
        "a-moving-number-of-harmed-after-one-attack-stays-its",
        "A bomb exploded at a stadium in the city. The number of wounded rose to 1,050.",
        [claim("1,050", 1050, "injured", scope="incident")],
    ),
    Case(
        "prisoners-who-died-are-dead-and-released-ones-no-claim",
        "The number of prisoners who died in custody rose to 40, and the number of prisoners released "
        "under the deal rose to 240. The prisoners released include 40 women.",
        [claim("40", 40, "killed", victims="prisoners")],
    ),
    Case(
        "a-designation-before-a-comma-keeps-the-count-after-it",
        "In Region 5, 21 people died of dengue, and on Highway 1, 12 people were killed in a pileup.",
        [claim("21", 21, "killed"), claim("12", 12, "killed")],
    ),
    Case(
        "one-of-those-shot-who-died-is-a-count",
        "One of the soldiers shot in the attack died in hospital, the army said.",
        [claim("One", 1, "killed", victims="soldiers", source="army")],
    ),
    Case(
        "since-a-time-then-a-subject-is-a-period",
        "Since January militants killed 400 civilians in the province, and since the start of the year "
        "bandits kidnapped more than 1,000 people.",
        [
            claim("400", 400, "killed", victims="civilians", scope="cumulative"),
            claim("more than 1,000", 1000, "hostages", qualifier="more_than", scope="cumulative"),
        ],
    ),
    Case(
        "posts-eliminated-and-officers-lost-to-resignations-are-no-dead",
        "The reform is aimed at eliminating 3,000 jobs, and the police lost 1,500 officers last year as "
        "resignations soared; the unit lost 30 soldiers to desertion.",
        [],
    ),
    Case(
        "a-comparison-between-dashes-is-no-part",
        "The strike killed 12 people — four more than the army admitted — the ministry said.",
        [claim("12", 12, "killed", source="ministry")],
    ),
    Case(
        "article-date-an-updated-stamp-with-a-dateless-posted-loses-to-the-dateline",
        "Floods kill 30 in Assam\nLast updated: 13 Dec 2009 | Posted in Asia\n"
        "GUWAHATI, July 2, 2009 - Floods killed 30 people in Assam on Thursday, officials said.",
        [
            claim("30", 30, "killed", as_of="2009-07-02"),
            claim("30", 30, "killed", source="officials", as_of="2009-07-02"),
        ],
        date=None,
    ),
    Case(
        "another-event-on-a-later-day-dates-no-lead",
        "Three people were killed in a shooting at a mall. Police are still investigating a separate "
        "stabbing on Saturday.",
        [claim("Three", 3, "killed", as_of="2024-07-16")],
    ),
    Case(
        "a-speaker-of-other-counts-or-topics-carries-nothing",
        "Police said 400 officers were deployed to the stadium. Two fans were stabbed to death after the "
        "match.\n\nThe storm killed 14 people across the state. Forecasters expect more rain next week, "
        "the weather service said.",
        [claim("Two", 2, "killed", victims="fans", source=None), claim("14", 14, "killed", source=None)],
    ),
    Case(
        "a-headline-source-with-a-lower-case-head",
        "Rights groups: 30 dead in crackdown on protesters",
        [claim("30", 30, "killed", source="Rights groups")],
    ),
    Case(
        "the-force-is-the-force-named-last",
        "Kenya Police said they were investigating. The Kenya Defence Forces said 12 soldiers were killed "
        "in the ambush. Nine more were wounded, the force said.",
        [
            claim("12", 12, "killed", victims="soldiers", source="Kenya Defence Forces"),
            claim("Nine", 9, "injured", victims="soldiers", source="Kenya Defence Forces"),
        ],
    ),
    Case(
        "one-collapse-in-a-flood-story-is-its-own",
        "Floods swept through the region this week. A wall collapsed in the rain in Mumbai, killing 8 people.",
        [claim("8", 8, "killed", scope="incident")],
    ),
    Case(
        "temperatures-are-no-counts",
        "Heat killed 88 people on July 14 when temperatures reached 44 °C (111 °F), and 97 on July 15.",
        [claim("88", 88, "killed", as_of="2024-07-14"), claim("97", 97, "killed", as_of="2024-07-15")],
    ),
    Case(
        "a-tally-of-infections-is-no-toll",
        "Hospitals said the tally of infections since January had risen to 210,400, while deaths rose to 160.",
        [claim("160", 160, "killed", source="Hospitals")],
    ),
    Case(
        "a-list-of-days-followed-by",
        "Officials recorded 15 deaths on July 10, followed by 28 on July 11 and 41 on July 12.",
        [
            claim("15", 15, "killed", source="officials", as_of="2024-07-10"),
            claim("28", 28, "killed", source="officials", as_of="2024-07-11"),
            claim("41", 41, "killed", source="officials", as_of="2024-07-12"),
        ],
    ),
    Case(
        "article-date-a-credited-caption-dates-no-article",
        "Mine blast in the south\n\nWorkers build ducts at a mine in the province on July 5, 2023. — AFP\n\n"
        "At least 12 people were killed in a gas blast at a coal mine, state media reported.",
        [claim("At least 12", 12, "killed", qualifier="at_least", as_of=None)],
        date=None,
    ),
    Case(
        "article-date-a-sites-list-of-posts-dates-no-article",
        "Plant fire in the north\n2025-05-05 21:49465 view\n2025-05-05 21:401768 view\n\n"
        "A fire at a chemical plant left three people dead, state media reported.",
        [claim("three", 3, "killed", as_of=None)],
        date=None,
    ),
    Case(
        "article-date-a-day-banner-loses-to-a-bare-byline-date",
        "Sunday November 24, 2024\n\nHeat toll rises in the city\n\nBy Staff Reporter\nJune 25, 2024\n\n"
        "Thirteen more bodies were found in the city on Monday.",
        [claim("Thirteen", 13, "killed", as_of="2024-06-24")],
        date=None,
    ),
    Case(
        "a-minister-of-a-portfolio-is-its-ministry",
        "The Turkish Minister of the Interior said 41 miners died, and the Minister of Health said 12 were hurt.",
        [
            claim("41", 41, "killed", victims="miners", source="Turkish interior ministry"),
            claim("12", 12, "injured", source="health ministry"),
        ],
    ),
    Case(
        "a-war-toll-in-the-thousands-moving-is-running",
        "Israeli strikes pounded the city overnight. The death toll in the territory rose to 31,664, the health ministry said.",
        [claim("31,664", 31664, "killed", source="health ministry", scope="cumulative")],
    ),
    Case(
        "a-planned-attack-that-would-kill-is-a-forecast",
        "The cell planned a bombing that would kill hundreds, prosecutors said.",
        [],
    ),
    Case(
        "a-named-set-of-attacks-is-one-event",
        "The death toll from the Paris attacks rose to 130.",
        [claim("130", 130, "killed", scope="incident")],
    ),
    Case(
        "one-of-the-gunmen-who-shot-dead-is-the-attacker",
        "One of the gunmen shot dead two policemen at the checkpoint.",
        [claim("two", 2, "killed", victims="policemen")],
    ),
    Case(
        "a-list-of-zone-numbers-is-no-count",
        "Officials said 4 died in Zones 3, 7 and 9.",
        [claim("4", 4, "killed", source="officials")],
    ),
    Case(
        "soldiers-lost-in-the-desert-are-dead",
        "The unit lost 12 soldiers in the desert.",
        [claim("12", 12, "killed", victims="soldiers")],
    ),
    Case(
        "headline-kickers-of-events-are-no-speakers",
        "Ferry sinking: 40 dead off the coast\n\nRescue teams: 12 bodies recovered",
        [claim("40", 40, "killed", source=None), claim("12", 12, "killed", source="rescue teams")],
    ),
    Case(
        "a-closing-speaker-of-the-same-harm-speaks-for-the-paragraph",
        "Four fishermen died when the boat went down. The boat capsized as it crossed the river, police said.",
        [claim("Four", 4, "killed", victims="fishermen", source="police")],
    ),
]

"""A deterministic synthetic news corpus for `make bench`.

Every sentence template below was written for this benchmark. Articles mix conflict,
disaster, accident and ordinary news (business, sport, politics, science), so that most
sentences hold no claim, many hold numbers that are not casualties, and some hold harm
words without a figure. Article `i` depends only on (seed, i): the 1k corpus is the first
thousand articles of the 100k one, and generation can be split over processes.

Usage: python bench/corpus.py N [OUT_DIR] [--jsonl FILE]
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing import get_context
from pathlib import Path

SEED = 20240716
PER_FOLDER = 1000  # files per sub-folder, as an archive tool would lay them out

# --- vocabulary ---------------------------------------------------------------------
CITIES = [
    "Khan Younis",
    "Rafah",
    "Gaza City",
    "Deir al-Balah",
    "Jabalia",
    "Kharkiv",
    "Odesa",
    "Zaporizhzhia",
    "Dnipro",
    "Kherson",
    "Khartoum",
    "Omdurman",
    "El Fasher",
    "Nyala",
    "Goma",
    "Bunia",
    "Beni",
    "Maiduguri",
    "Port-au-Prince",
    "Aleppo",
    "Idlib",
    "Sanaa",
    "Taiz",
    "Hodeidah",
    "Mogadishu",
    "Kismayo",
    "Herat",
    "Kandahar",
    "Mandalay",
    "Sagaing",
    "Tripoli",
    "Derna",
    "Benghazi",
    "Antakya",
    "Kahramanmaras",
    "Jenin",
    "Tulkarem",
    "Nablus",
    "Beirut",
    "Tyre",
    "Nabatieh",
]
REGIONS = [
    "the Gaza Strip",
    "eastern Ukraine",
    "Darfur",
    "North Kivu",
    "Ituri province",
    "Borno state",
    "northwest Syria",
    "southern Lebanon",
    "the occupied West Bank",
    "the Sahel",
    "Tigray",
    "Amhara region",
    "Rakhine state",
    "Cabo Delgado",
    "the Donetsk region",
    "southern Somalia",
]
COUNTRIES = [
    "Ukraine",
    "Sudan",
    "Syria",
    "Yemen",
    "Somalia",
    "Nigeria",
    "Haiti",
    "Myanmar",
    "Libya",
    "Lebanon",
    "Ethiopia",
    "Mali",
    "Burkina Faso",
    "Afghanistan",
    "Pakistan",
    "Turkey",
]
QUIET_PLACES = [
    "Frankfurt",
    "Osaka",
    "Lyon",
    "Melbourne",
    "Toronto",
    "Bilbao",
    "Gdansk",
    "Porto",
    "Leeds",
    "Rotterdam",
    "Seville",
    "Bologna",
    "Krakow",
    "Adelaide",
    "Calgary",
    "Nagoya",
    "Tampere",
]
FIRST = [
    "Amal",
    "Yusuf",
    "Olena",
    "Dmytro",
    "Fatima",
    "Ibrahim",
    "Grace",
    "Samuel",
    "Leila",
    "Omar",
    "Marta",
    "Jonas",
    "Aisha",
    "Tomas",
    "Nadia",
    "Karim",
    "Ingrid",
    "Pedro",
    "Hana",
    "Mehmet",
    "Chloe",
    "Rashid",
    "Svetlana",
    "Kwame",
    "Mariam",
    "Daniel",
    "Noura",
    "Pavel",
    "Esther",
    "Ali",
]
LAST = [
    "Haddad",
    "Kovalenko",
    "Osman",
    "Mensah",
    "Rahimi",
    "Lindqvist",
    "Santos",
    "Yilmaz",
    "Nasser",
    "Okafor",
    "Petrenko",
    "Abdi",
    "Moreau",
    "Kaplan",
    "Nakamura",
    "Farouk",
    "Bergstrom",
    "Diallo",
    "Herrera",
    "Shevchenko",
    "Qasim",
    "Novak",
    "Adeyemi",
    "Toure",
    "Hamdan",
    "Walsh",
    "Sato",
]
SOURCES = [
    "the health ministry",
    "the Gaza health ministry",
    "the health ministry in Gaza",
    "the Palestinian Red Crescent",
    "Gaza's civil defence agency",
    "the Israeli military",
    "the Ukrainian emergency service",
    "the regional governor",
    "Ukraine's interior ministry",
    "the UN humanitarian office",
    "OCHA",
    "the World Health Organization",
    "UNICEF",
    "the Syrian Observatory for Human Rights",
    "local officials",
    "police",
    "the army",
    "hospital officials",
    "medics",
    "the Red Cross",
    "Doctors Without Borders",
    "the UN",
    "the International Organization for Migration",
    "the state news agency",
    "rescuers",
    "the civil protection agency",
    "the disaster management authority",
    "a local medical source",
]
WIRES = ["AFP", "Reuters", "AP", "dpa", "Anadolu", "Xinhua", "EFE"]
VICTIMS = [
    "people",
    "civilians",
    "children",
    "women",
    "soldiers",
    "fighters",
    "police officers",
    "residents",
    "passengers",
    "aid workers",
    "journalists",
    "migrants",
    "miners",
    "workers",
]
QUALS = ["at least", "more than", "nearly", "about", "around", "some", "over", "up to", "", "", ""]
SPELLED = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
]
VAGUE = ["dozens of", "scores of", "hundreds of", "several", "a dozen", "thousands of"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
COMPANIES = [
    "Norvik Systems",
    "Halden Foods",
    "Brightwater Energy",
    "Keystone Freight",
    "Altamira Telecom",
    "Orchid Pharma",
    "Vesta Motors",
    "Lumen Retail",
    "Corvid Airlines",
    "Meridian Bank",
]
TEAMS = [
    "Riverside United",
    "Northgate Rovers",
    "Harbour City",
    "Atletico Sierra",
    "Redmoor Athletic",
    "Valley Wanderers",
    "Portside FC",
    "Eastfield Town",
]
OFFICIALS = [
    "the foreign minister",
    "the prime minister",
    "the defence minister",
    "a senior diplomat",
    "the finance minister",
    "the UN envoy",
    "a government spokeswoman",
    "the mayor",
    "an opposition leader",
    "the central bank governor",
    "a European Union official",
]
ATTACKS = [
    "an air strike",
    "a drone attack",
    "a missile strike",
    "shelling",
    "an artillery barrage",
    "a car bomb",
    "a suicide bombing",
    "an ambush",
    "a raid",
    "a rocket attack",
]
DISASTERS = [
    "the earthquake",
    "the floods",
    "the landslide",
    "the cyclone",
    "the wildfire",
    "the storm",
    "the heatwave",
    "the mudslide",
]
ACCIDENTS = [
    "the bus crash",
    "the fire",
    "the train collision",
    "the building collapse",
    "the ferry sinking",
    "the mine explosion",
    "the gas blast",
    "the stampede",
]


def _num(rng: random.Random) -> str:
    """A figure as reporters write it: digits, grouped thousands, spelled, vague."""
    r = rng.random()
    if r < 0.45:
        return str(rng.randint(2, 99))
    if r < 0.65:
        return str(rng.randint(100, 999))
    if r < 0.80:
        return f"{rng.randint(1000, 60000):,}"
    if r < 0.95:
        return rng.choice(SPELLED)
    return f"{rng.randint(11, 49) / 10:.1f} million"


def _qnum(rng: random.Random) -> str:
    q = rng.choice(QUALS)
    n = _num(rng)
    if n.endswith("million") and q in ("up to", ""):
        q = "some"
    return f"{q} {n}" if q else n


SLOTS: dict[str, Callable[[random.Random], str]] = {
    "city": lambda r: r.choice(CITIES),
    "region": lambda r: r.choice(REGIONS),
    "country": lambda r: r.choice(COUNTRIES),
    "Country": lambda r: r.choice(COUNTRIES),
    "quiet": lambda r: r.choice(QUIET_PLACES),
    "person": lambda r: f"{r.choice(FIRST)} {r.choice(LAST)}",
    "Person": lambda r: f"{r.choice(FIRST)} {r.choice(LAST)}",
    "last": lambda r: r.choice(LAST),
    "source": lambda r: r.choice(SOURCES),
    "Source": lambda r: _cap(r.choice(SOURCES)),
    "victims": lambda r: r.choice(VICTIMS),
    "n": _num,
    "qn": _qnum,
    "small": lambda r: r.choice(SPELLED[:8]),
    "vague": lambda r: r.choice(VAGUE),
    "day": lambda r: r.choice(WEEKDAYS),
    "month": lambda r: r.choice(MONTHS),
    "date": lambda r: f"{r.choice(MONTHS)} {r.randint(1, 28)}",
    "year": lambda r: str(r.randint(1990, 2023)),
    "pct": lambda r: f"{r.randint(1, 95)}.{r.randint(0, 9)} percent",
    "money": lambda r: f"${r.randint(2, 900)} {r.choice(['million', 'billion'])}",
    "eur": lambda r: f"{r.randint(2, 900)} million euros",
    "km": lambda r: f"{r.randint(3, 400)} kilometres",
    "company": lambda r: r.choice(COMPANIES),
    "Company": lambda r: r.choice(COMPANIES),
    "team": lambda r: r.choice(TEAMS),
    "Team": lambda r: r.choice(TEAMS),
    "team2": lambda r: r.choice(TEAMS),
    "score": lambda r: f"{r.randint(0, 4)}-{r.randint(0, 4)}",
    "official": lambda r: r.choice(OFFICIALS),
    "Official": lambda r: _cap(r.choice(OFFICIALS)),
    "attack": lambda r: r.choice(ATTACKS),
    "Attack": lambda r: _cap(r.choice(ATTACKS)),
    "disaster": lambda r: r.choice(DISASTERS),
    "Disaster": lambda r: _cap(r.choice(DISASTERS)),
    "accident": lambda r: r.choice(ACCIDENTS),
    "Accident": lambda r: _cap(r.choice(ACCIDENTS)),
    "wire": lambda r: r.choice(WIRES),
    "hour": lambda r: f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['am', 'pm'])}",
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- sentence templates: claims ----------------------------------------------------
CLAIM = [
    "{Attack} on {city} killed {qn} {victims}, {source} said.",
    "{Attack} killed {qn} {victims} in {city} on {day}, according to {source}.",
    "{Source} said {qn} {victims} had been killed since the start of the war.",
    "The death toll from {attack} in {city} rose to {qn}, {source} said on {day}.",
    "{qn} {victims} were wounded when {attack} hit a market in {city}, {source} said.",
    "According to {source}, {qn} {victims} have been killed in {region} since {month}.",
    "{Source} reported that {qn} {victims} were injured in the overnight bombardment.",
    "At least {n} bodies were recovered from the rubble of a building in {city}, {source} said.",
    "{Source} said {qn} {victims} remained missing after {disaster}.",
    "{Disaster} has killed {qn} people and displaced more than {n} others, {source} said.",
    "{Accident} in {city} left {qn} {victims} dead and {n} injured, {source} said.",
    "The war has killed {qn} {victims} in {region}, according to {source}.",
    "{vague} {victims} were killed in the fighting, {source} said, without giving a precise figure.",
    "{qn} {victims} have been detained since the protests began, {source} said.",
    "{Source} said {qn} people were still being held hostage.",
    "{small} {victims} died in hospital overnight, bringing the toll to {n}, {source} said.",
    "Among the dead were {small} children and {small} women, {source} said.",
    "More than {n} {victims} have fled their homes in {region}, according to {source}.",
    "{Source} put the number of wounded at {qn}.",
    "Rescuers pulled {small} survivors and {n} bodies from the collapsed building in {city}.",
    "{qn} people were killed and {n} others wounded in {attack} on {city} on {day}, {source} said.",
    "The toll from {disaster} has climbed to {qn} dead, {source} said in a statement.",
    "{Source} said between {small} and {n} {victims} were killed in the village.",
    "{qn} {victims} were reported killed in {city}, {source} told {wire}.",
    "Since {month}, {qn} {victims} have been displaced by the fighting, {source} said.",
    "{Attack} on a school sheltering displaced families killed {qn} people, {source} said.",
    "In total {qn} {victims} have been killed in {country} this year, according to {source}.",
    "{Source} confirmed that {small} {victims} were killed and {small} wounded.",
]

# --- sentence templates: no claim, in each kind of story -----------------------------
CONFLICT = [
    "{Official} urged both sides to return to talks in {quiet} next week.",
    "Residents said the sound of explosions could be heard across {city} throughout the night.",
    "The army said its forces were targeting positions used by armed groups in {region}.",
    "Aid agencies have warned for months that the humanitarian situation in {region} is dire.",
    "Satellite images published on {day} showed entire neighbourhoods of {city} reduced to rubble.",
    "{Person} said the family had moved three times since {month} in search of safety.",
    "Negotiators from {country} and Qatar met on {day} to discuss a possible ceasefire.",
    "The United Nations Security Council is due to meet on {date} to discuss the crisis.",
    "Convoys carrying food and medicine have been held up at the border crossing for days.",
    "{Official} described the situation as catastrophic and called for unhindered access.",
    "Electricity has been cut across much of {region} since the main power station was hit.",
    "The claims could not be independently verified.",
    "Journalists have been largely barred from entering the area.",
    "Prices for flour and fuel in {city} have risen by {pct} since the blockade tightened.",
    "Both sides accuse each other of violating the truce agreed in {year}.",
    "Hospitals in {city} are running short of fuel, anaesthetics and clean water.",
    "The government in {country} denied that its forces had targeted civilian areas.",
    "“We have nothing left, not even a tent,” said {person}, a teacher from {city}.",
    "“The world is watching and doing nothing,” {person} told reporters outside the hospital.",
    "Talks brokered by Egypt and {country} stalled in {month} over the sequencing of a deal.",
    "Officials said the offensive would continue until its military objectives were met.",
    "The fighting has forced many schools to close, leaving children without lessons for a year.",
    "Mobile phone and internet services in {region} were disrupted for a third straight day.",
    "An evacuation order covered several neighbourhoods east of {city}.",
    "Aid groups said trucks carrying {n} tonnes of food were waiting to cross.",
    "The military did not immediately respond to a request for comment.",
    "A spokesman for the group said it would not accept any deal that left troops in place.",
    "Drone footage showed long queues of people waiting at a water distribution point in {city}.",
    "The UN said the cost of rebuilding {region} could exceed {money}.",
    "Ambulances were unable to reach parts of {city} because roads were blocked by debris.",
    "Several foreign governments have suspended arms sales over concerns about the campaign.",
    "The conflict began in {month} {year} and has since spread to neighbouring provinces.",
]
DISASTER = [
    "Heavy rain continued to fall on {day}, hampering the work of rescue teams in {region}.",
    "The national weather service warned that more storms were expected over the weekend.",
    "Roads and bridges were washed away, cutting off villages {km} from {city}.",
    "Volunteers used their bare hands to dig through the mud in search of neighbours.",
    "The government declared a state of emergency in {small} provinces on {day}.",
    "Engineers were assessing the damage to a dam upstream of {city}.",
    "The quake struck at {hour} local time at a depth of about {n} kilometres.",
    "Aftershocks rattled the region for hours, sending frightened residents into the streets.",
    "{Official} promised compensation for families whose homes were destroyed.",
    "Scientists say such extreme weather is becoming more frequent as the climate warms.",
    "Power was restored to parts of {city} late on {day}.",
    "Mobile kitchens set up by aid groups served hot meals to families sleeping outdoors.",
    "“The water came so fast we could only grab the children,” said {person}.",
    "Insurers estimated losses from the storm at more than {money}.",
    "The river rose {n} centimetres above its previous record, officials said.",
    "Farmers said entire harvests had been lost just weeks before they were due to be gathered.",
]
ACCIDENT = [
    "The cause of the accident was not immediately clear, and an investigation has been opened.",
    "Witnesses said the driver appeared to lose control on a sharp bend outside {city}.",
    "The company that operates the line said it was cooperating fully with investigators.",
    "Firefighters took several hours to bring the blaze under control.",
    "Local television showed the charred wreckage of the vehicle lying beside the road.",
    "Safety campaigners have long warned that the road is one of the most dangerous in {country}.",
    "The building had been declared unsafe in {year}, according to city records.",
    "{Official} ordered an inquiry into safety standards across the sector.",
    "Relatives gathered outside the hospital in {city} waiting for news.",
    "The ferry was licensed to carry {n} passengers, the port authority said.",
]
BUSINESS = [
    "{Company} said its quarterly revenue rose {pct} to {money}, beating analysts' forecasts.",
    "Shares in {company} fell {pct} in early trading in {quiet} after the announcement.",
    "The central bank left its main interest rate unchanged at {pct} on {day}.",
    "Inflation eased to {pct} in {month}, the lowest level since {year}, official data showed.",
    "{Company} plans to invest {eur} in a new factory near {quiet} over the next {small} years.",
    "Analysts said the results showed that demand was holding up better than expected.",
    "The company will cut about {n} jobs as part of a restructuring plan, a spokesman said.",
    "Unemployment held steady at {pct} for the third month in a row.",
    "Oil prices climbed above $80 a barrel on worries about supply from the Middle East.",
    "{Person}, chief executive of {company}, said the group would focus on its core markets.",
    "Retail sales rose {pct} year on year, helped by warm weather and strong tourism.",
    "The deal, valued at {money}, still needs approval from competition regulators.",
    "Exports to {country} fell sharply after new tariffs took effect on {date}.",
    "Consumer confidence improved for a third consecutive month, a survey found.",
    "The merger would create the largest freight operator in the region, with {n} lorries.",
    "Trading volumes were thin ahead of a public holiday in {quiet}.",
    "The bond market reacted calmly, with ten-year yields little changed at {pct}.",
    "The housing market in {quiet} has cooled, with prices down {pct} from their peak.",
]
SPORT = [
    "{Team} beat {team2} {score} on {day} to move {small} points clear at the top of the table.",
    "The striker has scored {n} goals in all competitions this season.",
    "{Person} was named player of the match after a dazzling display in midfield.",
    "The coach said his side had shown great character after going a goal down.",
    "A crowd of {n} watched the match at the newly renovated stadium in {quiet}.",
    "{Team} have now won {small} of their last {small} matches.",
    "The club confirmed that the defender would miss the next {small} weeks with a hamstring strain.",
    "“We knew it would be hard, but the lads never stopped running,” the captain said.",
    "The final will be played in {quiet} on {date}.",
    "The transfer fee was reported to be around {eur}.",
    "Tickets for the derby sold out within {n} minutes.",
    "The marathon was won in two hours, {small} minutes by {person}.",
]
POLITICS = [
    "{Official} said the new budget would prioritise schools and hospitals.",
    "Parliament approved the bill by {n} votes to {n}, after a debate lasting most of the night.",
    "The opposition called the plan a betrayal of voters and promised to challenge it in court.",
    "Polls suggest the governing party's support has slipped to {pct}.",
    "Voters in {quiet} go to the polls on {date} in a closely watched regional election.",
    "{Person}, a political analyst, said the coalition was unlikely to survive the year.",
    "The minister resigned on {day}, citing personal reasons.",
    "The summit in {quiet} ended with a joint statement on trade and climate.",
    "Lawmakers will return from their summer recess on {date}.",
    "The reform would raise the retirement age gradually from 62 to 64 by {year}.",
    "Thousands of people marched through {quiet} on {day} to protest against the pension reform.",
    "The president is expected to announce a cabinet reshuffle before the end of {month}.",
    "A spokeswoman for the ministry declined to comment on the report.",
    "The treaty was signed by {n} countries but has yet to be ratified by {small} of them.",
]
SCIENCE = [
    "Researchers at the university in {quiet} published their findings in the journal Nature.",
    "The telescope will observe galaxies more than {n} million light years away.",
    "The study followed {n} volunteers over a period of {small} years.",
    "The new battery can be charged to {pct} of its capacity in under ten minutes.",
    "The space agency said the launch had been postponed to {date} because of high winds.",
    "{Person}, who led the study, said more work was needed before the treatment could be approved.",
    "Scientists recorded the warmest {month} since measurements began in 1880.",
    "The app has been downloaded more than {n} times since its launch in {month}.",
    "The glacier has shrunk by about {pct} since {year}, the survey found.",
    "The museum's new wing will house {n} objects that have never been displayed.",
]
HARM_NO_FIGURE = [
    "Doctors at the hospital in {city} said they were overwhelmed by the number of wounded.",
    "Many of the displaced are living in makeshift shelters without running water.",
    "Families of the hostages held another rally on {day}, demanding a deal to bring them home.",
    "Residents fled towards the coast as the fighting drew closer.",
    "The bodies were taken to the morgue at the main hospital in {city}.",
    "Rights groups accuse the security forces of arbitrary arrests and torture in custody.",
    "Survivors described scenes of panic as people tried to escape the flames.",
    "The ministry's figures do not distinguish between civilians and combatants.",
    "Funerals were held on {day} for those killed in the strike.",
    "Aid workers said the number of casualties was likely to rise.",
]
TITLES = {
    "conflict": [
        "Strikes on {city} kill {n}, officials say",
        "Fighting flares in {region} as talks stall",
        "{Official} calls for restraint after deadly raid near {city}",
        "Residents flee {city} as offensive widens",
        "Aid convoy reaches {city} after weeks of delays",
    ],
    "disaster": [
        "Floods in {country} leave {n} dead",
        "Rescuers search for survivors after {disaster} in {region}",
        "{Country} declares emergency as storms batter the coast",
        "Earthquake shakes {city}, damaging buildings",
    ],
    "accident": [
        "Bus crash near {city} kills {small}",
        "Fire tears through apartment block in {city}",
        "Inquiry opened after train collision in {country}",
    ],
    "business": [
        "{Company} profits beat forecasts",
        "Inflation eases to {pct} in {month}",
        "{Company} to cut jobs in restructuring",
        "Central bank holds rates steady",
    ],
    "sport": ["{Team} beat {team2} to go top", "Injury blow for {team}", "{Team} book place in final"],
    "politics": [
        "Parliament passes budget after all-night debate",
        "{Official} resigns amid row over reform",
        "Voters in {quiet} head to the polls",
    ],
    "science": [
        "Telescope captures distant galaxies",
        "Study of {n} volunteers links sleep and memory",
        "Launch postponed to {date}",
    ],
}
TOPICS: dict[str, tuple[list[str], float]] = {
    # kind: (filler templates, share of sentences that are claims)
    "conflict": (CONFLICT + HARM_NO_FIGURE, 0.12),
    "disaster": (DISASTER + HARM_NO_FIGURE, 0.10),
    "accident": (ACCIDENT + HARM_NO_FIGURE[:6], 0.10),
    "business": (BUSINESS, 0.0),
    "sport": (SPORT, 0.0),
    "politics": (POLITICS + CONFLICT[:6], 0.01),
    "science": (SCIENCE, 0.0),
}
KINDS = [("conflict", 30), ("disaster", 8), ("accident", 7), ("business", 20), ("sport", 12),
         ("politics", 15), ("science", 8)]  # fmt: skip
_KIND_LIST = [k for k, w in KINDS for _ in range(w)]


def _parse(template: str) -> list[tuple[bool, str]]:
    """A template as (is_slot, text) parts, parsed once."""
    parts: list[tuple[bool, str]] = []
    rest = template
    while "{" in rest:
        pre, _, tail = rest.partition("{")
        name, _, rest = tail.partition("}")
        if pre:
            parts.append((False, pre))
        parts.append((True, name))
    if rest:
        parts.append((False, rest))
    return parts


_PARSED = {
    t: _parse(t)
    for t in [
        *CLAIM,
        *(x for ts, _ in TOPICS.values() for x in ts),
        *(x for ts in TITLES.values() for x in ts),
    ]
}


def _fill(template: str, rng: random.Random) -> str:
    out = []
    for slot, text in _PARSED[template]:
        out.append(SLOTS[text](rng) if slot else text)
    s = "".join(out).replace("  ", " ")
    return s[:1].upper() + s[1:]


def article(i: int, seed: int = SEED) -> tuple[str, dict[str, str]]:
    """Article `i`: its text and the metadata a scraper would record."""
    rng = random.Random(seed * 1_000_003 + i)
    kind = rng.choice(_KIND_LIST)
    fillers, claim_share = TOPICS[kind]
    year = rng.choice([2023, 2024, 2025])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}"
    wire = rng.choice(WIRES)
    place = rng.choice(CITIES if claim_share > 0.05 else QUIET_PLACES)
    title = _fill(rng.choice(TITLES[kind]), rng)
    # Each filler once before any repeats, as a reporter would not say the same thing twice.
    order = rng.sample(fillers, len(fillers))
    k = 0
    paragraphs = []
    for p in range(rng.randint(10, 22)):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < claim_share:
                sentences.append(_fill(rng.choice(CLAIM), rng))
            else:
                sentences.append(_fill(order[k % len(order)], rng))
                k += 1
        if p == 0:
            style = rng.random()
            if style < 0.5:
                lead = f"{place.upper()}, {MONTHS[month - 1]} {day} ({wire}) — "
            elif style < 0.8:
                lead = f"{place.upper()} — "
            else:
                lead = ""
            sentences[0] = lead + sentences[0]
        paragraphs.append(" ".join(sentences))
    body = "\n\n".join(paragraphs)
    if rng.random() < 0.3:
        body += f" — {wire}"
    head = f" date {date}\n\n" if rng.random() < 0.3 else ""
    text = f"{head}{title}\n\n{body}\n"
    meta = {
        "date": date,
        "url": f"https://news.example/{kind}/{date}/{i}",
        "publisher": wire,
        "title": title,
    }
    return text, meta


# --- writing a corpus ------------------------------------------------------------------
def _fingerprint(seed: int) -> str:
    """Changes whenever this file changes, so a stale corpus is rebuilt."""
    return hashlib.sha256(Path(__file__).read_bytes() + str(seed).encode()).hexdigest()[:16]


def _write_range(args: tuple[str, int, int, int]) -> int:
    out, lo, hi, seed = args
    total = 0
    for i in range(lo, hi):
        text, _ = article(i, seed)
        folder = Path(out) / f"{i // PER_FOLDER:04d}"
        if i % PER_FOLDER == 0 or i == lo:
            folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def write_corpus(n: int, out: Path, seed: int = SEED, jobs: int | None = None) -> tuple[int, float]:
    """Write `n` articles as text files under `out` (kept when already written): (bytes, seconds)."""
    stamp = out / ".done"
    mark = f"{n} {_fingerprint(seed)}\n"
    if stamp.exists() and stamp.read_text().split("\n")[0] == mark.strip():
        return int(stamp.read_text().split("\n")[1]), 0.0
    t0 = time.perf_counter()
    if out.exists():
        for f in sorted(out.rglob("*"), reverse=True):
            f.unlink() if f.is_file() else f.rmdir()
    out.mkdir(parents=True, exist_ok=True)
    jobs = jobs or os.cpu_count() or 1
    step = max(PER_FOLDER, -(-n // (jobs * 4)))
    ranges = [(str(out), lo, min(n, lo + step), seed) for lo in range(0, n, step)]
    with get_context("fork" if sys.platform.startswith("linux") else "spawn").Pool(jobs) as pool:
        total = sum(pool.map(_write_range, ranges))
    stamp.write_text(f"{mark}{total}\n")
    return total, time.perf_counter() - t0


def iter_records(n: int, seed: int = SEED) -> Iterator[dict[str, str]]:
    for i in range(n):
        text, meta = article(i, seed)
        yield {"text": text, **meta}


def write_jsonl(n: int, path: Path, seed: int = SEED) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for rec in iter_records(n, seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path.stat().st_size


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0)
    count = int(args[0])
    if "--jsonl" in args:
        size = write_jsonl(count, Path(args[args.index("--jsonl") + 1]))
        print(f"{count} records, {size / 1e6:.1f} MB")
    else:
        target = Path(args[1]) if len(args) > 1 else Path(__file__).parent / "out" / f"corpus-{count}"
        size, secs = write_corpus(count, target)
        print(f"{count} articles, {size / 1e6:.1f} MB under {target} ({secs:.1f} s)")

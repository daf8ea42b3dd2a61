"""Words only: the vocabulary the patterns are built from. No regexes here.

Every list is named for what it does in a sentence; `patterns.py` turns them into
compiled expressions by name.
"""

from __future__ import annotations

# --- numbers ---------------------------------------------------------------------

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Short scale suffixes after a numeral: "2.5m", "1.2mn", "3k".
SCALE_SUFFIXES = {"m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "k": 1000, "bn": 1_000_000_000}

# Vague quantities and their conventional floors (CLAIMS.md, "Vague floors").
VAGUE = {
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "several dozen": 24,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "several hundred": 200,
    "thousands": 2000,
    "several thousand": 2000,
    "millions": 2_000_000,
}
# Counted dozens are exact: "a dozen" = 12, "two dozen" = 24, "four dozen" = 48.
DOZEN = {
    "a dozen": 12,
    "dozen": 12,
    "half a dozen": 6,
    **{f"{word} dozen": 12 * n for word, n in UNITS.items() if 2 <= n <= 12},
}

# Qualifier phrases before a number, by CLAIMS.md value. Longest phrases win.
QUALIFIERS = {
    "at_least": [
        "at least",
        "atleast",  # a common typo: "Atleast 35 people"
        "no fewer than",
        "not fewer than",  # "Not fewer than 50 fans were believed to have died"
        "no less than",
        "a minimum of",
        "not less than",
        "at the very least",
        "at a minimum",
    ],
    "more_than": [
        "more than",
        "over",
        "upwards of",
        "in excess of",
        "exceeding",
        "exceeds",
        "exceeded",
        "exceed",
        "surpassed",
        "surpassing",
        "surpasses",
        "topped",
        "tops",
        "topping",
        "passed",
        "passes",
        # "the toll has climbed past 9,400" (not "past" alone: "in the past 24 hours")
        "climbed past",
        "rose past",
        "risen past",
        "climbing past",
        "rising past",
        "passing",
        "pass",
        "above",
        "well over",
        "just over",
        "far more than",
        "over than",
    ],
    "about": [
        "about",
        "around",
        "some",
        "roughly",
        "approximately",
        "an estimated",
        "estimated",
        "almost exactly",
        "nearly about",
        "close on",
        "round about",
        "approx",
        "approx.",
    ],
    "nearly": [
        "nearly",
        "almost",
        "close to",
        "just under",
        "just shy of",
        "fewer than",
        "less than",
        "under",
        "not quite",
        "nears",
        "neared",
        "nearing",
        "approaches",
        "approached",
        "approaching",
    ],
    "up_to": [
        "up to",
        "upto",
        "as many as",
        "as much as",
        "as high as",
        "a maximum of",
        "a maximum",
        "no more than",
        "not more than",
    ],
}

# Words before a qualifier that make it no qualifier: "the toll inched [up to] 227" (it got
# there), "information [about] one fatality" (concerning)
NOT_QUALIFIER_AFTER = {
    "up to": ["inched", "crept", "went", "gone", "shot", "edged", "ticked", "moved", "jumped", "risen", "rose", "climbed",
              "adding", "adds", "added", "add", "summing", "totalling", "totaling"],  # "adding up to 57 deaths": a sum
    "about": ["information", "details", "news", "data", "questions", "know", "known"],  # "it is known about one dead"
}  # fmt: skip

# --- categories --------------------------------------------------------------------
# Each category has words that follow the count ("90 people were killed", "16 injured")
# and verbs that come before it ("killed 90 people", "wounding 16").

# Where the injured are taken: "taken to hospital", "rushed to nearby hospitals"
HOSPITALS = [
    "hospital", "hospitals", "the hospital", "a hospital", "local hospitals", "area hospitals",
    "nearby hospitals", "several hospitals", "a local hospital", "a nearby hospital",
]  # fmt: skip

# What follows a word that ends its clause: "hostage[, in, after ...]"
_CLAUSE_GOES_ON = [",", ".", ";", " in", " at", " on", " after", " for", " since", " by", " and", " during",
    " inside", " until", " when"]  # fmt: skip
CATEGORY_AFTER = {
    "killed": [
        "killed",
        "dead",
        "died",
        "passed away",  # "eight wounded civilians passed away in two hospitals"
        "have passed away",
        "embraced martyrdom",  # "Four Frontier Corps personnel embraced martyrdom"
        "embraced shahadat",
        "burned to ashes",  # "Ninety-seven people were burned to ashes"
        "burnt to ashes",
        "burned beyond recognition",
        "burnt beyond recognition",
        "found hanging",  # "Six prisoners were found hanging in their cells"
        "found hanged",
        # "Sixteen people were wounded, two of them fatally"
        *(f"fatally{end}" for end in (",", ".", ";")),
        "attained martyrdom",
        "to their deaths",  # "swept at least nine people to their deaths"
        "to their death",
        "die",
        "dies",
        "dying",
        "perished",
        "slain",
        "murdered",
        "executed",
        "massacred",
        "slaughtered",
        "butchered",
        "martyred",
        "lost their lives",
        "lost their life",
        "shot dead",
        "beheaded",
        "burned to death",
        "crushed to death",
        "struck dead",  # "21 persons struck dead by lightning"
        "trampled to death",  # "12 devotees were trampled to death"
        "burned alive",
        "burnt alive",
        "charred to death",
        "suffocated to death",
        # "300 pilgrims may have been crushed or burned to death": either way, dead
        *(
            f"{a} or {b} to death"
            for a in ("crushed", "burned", "burnt", "trampled")
            for b in ("crushed", "burned", "burnt", "trampled")
            if a != b
        ),
        "drowned",
        "drown",
        "drowns",
        "perish",
        "confirmed dead",
        "confirmed or presumed dead",  # "Nine are now confirmed or presumed dead"
        "presumed or confirmed dead",
        "presumed dead",
        "feared dead",
        # "are feared to have died", "are believed to have drowned"
        *(
            f"{how} to have {died}"
            for how in ("feared", "believed", "presumed", "thought", "reported")
            for died in ("died", "drowned", "perished", "been killed")
        ),
        "feared drowned",
        "declared dead",
        "declared killed",  # "922 persons have been declared killed"
        "laid to rest",  # "33 more victims were laid to rest": the dead, buried
        "reburied",
        "captured dead",  # "Another eight terrorists were captured dead": bodies taken
        "pronounced dead",
        "proclaimed dead",  # "Two tourists have been proclaimed dead"
        "brought dead",  # "ten persons were brought dead": dead on arrival at a hospital
        "brought here dead",
        "brought there dead",
        "arrived dead",  # "Two patients arrived dead"
        "brought in dead",
        "announced dead",  # "Nine people were initially announced dead"
        "neutralized",
        "neutralised",
        "eliminated",
        "left dead",  # "at least 13 people were left dead"
        "lifeless",  # "the attack left eight soldiers lifeless", "found lifeless"
        "were martyred",
        "martyred",
        "succumbed",
        "succumbing",  # "with three of them succumbing to their injuries"
        "electrocuted",
        "buried alive",
        "gunned down",
        "shot and killed",
        "stabbed to death",
        "to death",
        "shot to death",
        "hacked to death",
        "beaten to death",
        "burnt to death",
        "bludgeoned to death",
        "hacked to death",
        "lynched",
        "assassinated",
        "fatally shot",
        "fatally wounded",
        "found dead",
        "recovered dead",
        "brought out dead",  # "14 others were brought out dead"
        "found drowned",  # "At least 10 migrants were found drowned"
        "pulled out dead",
        "recovered deceased",
        "found deceased",
        "lay dead",
        "lie dead",
        "did not survive",
        "were buried",
        "exhumed",
        "recovered dead",
        "deceased",
        "among the dead",
        "among those killed",
        "among those dead",
        "among the victims",
        "among victims",  # a headline's: "4 aid workers among victims of airstrike"
        "among the fatalities",
        "among those who died",
        "among the bodies",
    ],
    "injured": [
        "injured",
        "wounded",
        "hurt",
        "maimed",
        "hospitalized",
        "hospitalised",
        "treated for injuries",
        "treated in hospital",
        "treated at hospital",
        "treated in hospitals",
        "treated at hospitals",
        "treated at the scene",  # "Four were treated at the scene"
        "treated on the scene",
        "treated for wounds",
        "treated for gunshot wounds",
        "treated for burns",
        "treated for smoke inhalation",  # "Two firefighters were treated for smoke inhalation"
        "left in intensive care",  # "Fourteen people were left in intensive care by the blast"
        "in intensive care",
        *(
            f"{verb} to {where}"
            for verb in (
                "taken",
                "sent",
                "rushed",
                "admitted",
                "transferred",
                "transported",
                "airlifted",
                "brought",
            )
            for where in HOSPITALS
        ),
        *(f"admitted in {where}" for where in HOSPITALS),  # "was admitted in hospital with a hip injury"
        # "11 people were brought there with suspected gunshot wounds"
        *(
            f"with {kind}{wound}"
            for kind in ("gunshot ", "suspected gunshot ", "bullet ", "stab ")
            for wound in ("wounds",)
        ),
        "receiving treatment",
        "found injured",  # "Three other men were found injured"
        "found with injuries",
        "found with stab wounds",
        "found with gunshot wounds",
        "treated for",  # "2,700 people were treated for heatstroke" (not "treated and released")
        "left injured",  # "11 people were left injured"
        "left wounded",
        "sought treatment",  # "30 people sought treatment at the medical center"
        "sought medical treatment",
        "sought medical attention",
        "required medical assistance",  # "eight required medical assistance"
        "required medical attention",
        "needed medical assistance",
        "needed medical attention",
        "receiving medical attention",  # "over fifty persons receiving medical attention"
        "receiving medical treatment",
        "brought for treatment",
        "undergoing treatment",
        "taken for treatment",
        "sent for treatment",
        "admitted for treatment",
        "in intensive care",
        "in icu",  # "11 of which are in ICU"
        "in the icu",
        "in surgery",  # "Two officers are in surgery"
        "undergoing surgery",
        "underwent surgery",
        "in stable condition",
        "in a stable condition",
        "in extremely critical condition",
        "in very critical condition",
        "suffered serious burns",  # "Three workers suffered serious burns"
        "suffered severe burns",
        "suffered burn injuries",
        "suffered critical burn injuries",
        "sustained burns",
        "sustained burn injuries",
        "sustained various injuries",  # "Four others sustained various injuries"
        "sustained various degrees of injuries",
        "suffered various injuries",
        "in intensive care units",
        "in the intensive care unit",
        "under treatment",
        "being treated",
        "required treatment",
        "needed treatment",
        "suffered injuries",
        "sustained injuries",
        "had injuries",  # "and 19 people had injuries"
        "received injuries",
        "suffered serious injuries",
        "suffered minor injuries",
        "suffered severe injuries",
        "suffered critical injuries",
        "sustained serious injuries",
        "sustained minor injuries",
        "with injuries",
        "with life-threatening injuries",
        "with non-life-threatening injuries",
        "with critical injuries",
        "with severe injuries",
        "brought with injuries",
        "brought in with injuries",
        "with serious injuries",
        "with minor injuries",
        # "29 with moderate wounds"
        *(
            f"with {kind} {wound}"
            for kind in ("moderate", "light", "mild", "slight", "grave")
            for wound in ("injuries", "wounds")
        ),
        "with gunshot wounds",
        "with stab wounds",
        "sustained critical injuries",
        "sustained severe injuries",
        "suffered gunshot wounds",
        "had gunshot wounds",  # "Of those 14, eight had gun shot wounds"
        "had gun shot wounds",
        "suffered gun shot wounds",
        "receiving hospital treatment",  # "86 were receiving hospital treatment"
        "fighting for their lives",  # "Two young men are fighting for their lives after a stabbing"
        "fighting for his life",
        "fighting for her life",
        "sustained gunshot wounds",
        "suffered burns",
        # "three men suffered shrapnel wounds to their legs"
        *(
            f"{verb} {kind}{wound}"
            for verb in ("suffered", "sustained", "received", "suffering from", "with")
            for kind in (
                "",
                "shrapnel ",
                "stab ",
                "knife ",
                "bullet ",
                "burn ",
                "head ",
                "multiple ",
                "serious ",
                "severe ",
                "critical ",
                "serious burn ",
                "severe burn ",
                "minor ",
                "gunshot ",
                "moderate ",  # "two others sustained moderate injuries"
                "light ",
                "mild ",
                "slight ",
                "life-threatening ",  # "Five are suffering from life-threatening injuries"
                "non-life-threatening ",
                "life threatening ",  # (written without the hyphen: "non-life threatening injuries")
                "non-life threatening ",
                "grave ",
            )
            for wound in ("wounds", "injuries")
            if f"{verb} {kind}{wound}" not in ("suffered injuries", "sustained injuries", "received injuries")
        ),
        *(f"to {where}" for where in HOSPITALS),
        *(f"in {where}" for where in HOSPITALS),  # "Five people are in hospital"
        # "one other person was suffering non-life-threatening injuries"
        *(
            f"{verb} {kind}injuries"
            for verb in (
                "suffering",
                "sustaining",
                "suffering from",
            )  # "Five are suffering from life-threatening injuries"
            for kind in (
                "",
                "serious ",
                "minor ",
                "critical ",
                "severe ",
                "life-threatening ",
                "non-life-threatening ",
                "life threatening ",
                "non-life threatening ",
            )
        ),
        *(f"treated {at} {where}" for at in ("in", "at") for where in HOSPITALS if where != "hospital"),
        "in serious condition",
        "among the injured",
        "among the wounded",
        "among those injured",
        "among those wounded",
        "remained hospitalized",
        "remained hospitalised",
        "in critical condition",
        "in moderate condition",  # "Six others were reported to be in moderate condition"
        "in fair condition",
        "in a critical condition",  # "Three of them were said to be in a serious condition"
        "in a serious condition",
        "in dire condition",  # "eight dead and 20 others in dire condition"
        "in a dire condition",
        "in grave condition",
        "in a grave condition",
        "in extremely critical or serious condition",
        "suffered grievous injuries",  # "around 940 people suffered grievous injuries"
        "sustained grievous injuries",
        "seriously",
        "critically",
        "lightly",
        "slightly",
        "badly",
        "burned",
        "shot and wounded",
        # "Five people were shot outside a bar", "12 people shot.": hit by gunfire, their fate
        # not told (but "shot dead" is killed, and "shot at" is fired on)
        *(f"shot{after}" for after in _CLAUSE_GOES_ON if after != " at"),
        *(
            f"shot {where}"
            for where in ("outside", "near", "while", "twice", "multiple", "several", "inside")
        ),
        "stabbed",  # "three people were stabbed" ("stabbed to death" is killed)
        "hit by gunfire",  # "two police officers were hit by gunfire"
        "needed hospital treatment",  # "Over 15,000 people have needed hospital treatment"
        "required hospital treatment",
        "needing hospital treatment",
        "required hospitalization",  # "Eleven people required hospitalization"
        "requiring hospitalization",
        "required hospitalisation",
        "requiring hospitalisation",
        "struck by gunfire",
    ],
    "missing": [
        # "89 people have been victims of enforced disappearances", "402 people have become victim of ..."
        *(f"{v} of enforced disappearance{s}" for v in ("victims", "victim") for s in ("", "s")),
        "missing",
        "gone missing",
        "went missing",
        "unaccounted for",
        "unaccounted-for",
        "registered as missing",  # "137 people have been officially registered as missing"
        "remain missing",
        "still missing",
        "still being sought",
        "among the missing",
        "are feared trapped",
        "unlocated",
        "swept away",  # "a dozen were swept away": carried off by water, their fate not told
        "washed away",
        "not yet located",
        "yet to be located",
        "trapped",
        "buried",
        "disappeared",
        "vanished",
        "not been found",
        # "141 people could not be reached", "13 others have not been heard from"
        "could not be reached",
        "cannot be reached",
        "not been heard from",
        "not been heard of",
        "not been contacted",
        "yet to be accounted for",  # (not "accounted for": found)
        "not been accounted for",
        "lost",
        "under the rubble",  # "Tens of thousands remain under the rubble"
        "may be under the rubble",  # "between 4 and 14 people may be under the rubble"
        "among those being searched for",  # "Two children are among those being searched for"
        "under rubble",
        # "The fate of 789 residents remains unknown", "the whereabouts of 800 ... remain unknown"
        "remains unknown",
        "remain unknown",
        "is unknown",
        "are unknown",
        "still unknown",
    ],
    "hostages": [
        "abducted",
        "kidnapped",
        "taken hostage",
        "taken hostages",  # "over 200 were taken hostages"
        "taken as hostages",
        "held hostage",
        "held captive",
        "taken captive",
        "seized",
        "captured",
        "held",
        "in captivity",
        "snatched",
        # "took 20 passengers hostage", "holding 9 engineers captive": the word alone after the
        # count's noun, where a clause or the sentence goes on ("hostage takers" is no count)
        *(f"{word}{after}" for word in ("hostage", "captive") for after in _CLAUSE_GOES_ON),
        # "At least 100 children were among the abductees"
        "among the abductees",
        # "Nine children remain hostages in Gaza", "161 people are still hostages"
        "remain hostages",
        "remain hostage",
        "remained hostages",
        "are still hostages",
        "are hostages",
        "among the hostages",
        "among the kidnapped",
        "among those abducted",
        "among those kidnapped",
    ],
    "detained": [
        "apprehended",  # "Six fugitives had been apprehended"
        "nabbed",
        "arrested",
        "detained",
        "jailed",
        "imprisoned",
        "taken into custody",
        "taken into police custody",
        "in custody",
        "under arrest",  # "Four suspects are under arrest"
        "in the custody of",
        "in police custody",
        "rounded up",
        "held in detention",
        "in detention",
        "apprehended",
        "removed from the area",
        "behind bars",
        "in jail",  # "62 journalists are in jail as of Dec. 1"
        "in prison",
        # "has approximately 10,000 Palestinians in its prisons"
        *(
            f"in {whose} {place}"
            for whose in ("its", "their", "israeli", "israel's")
            for place in ("prisons", "jails")
        ),
        "incarcerated",
        "being in prison",
    ],
    "displaced": [
        # "109 and 24 people moved to relief centres" (a shelter's count, Malaysian style)
        *(
            f"{how} {kind} {place}"
            for how in ("moved to", "housed at", "housed in")
            for kind in ("relief", "evacuation", "temporary relief")
            for place in ("centres", "centers")
        ),
        "forced to escape their homes",  # "over a million people have been forced to escape their homes"
        "from their homes",  # "has driven more than 12.5 million people from their homes"
        "displaced",
        "fled",
        "flee",  # a headline's present: "More than 50,000 people flee the capital"
        "run for their lives",  # "thousands have run for their lives to the camps"
        "ran for their lives",
        "living in idp camps",  # "1.4 million people are living in IDP camps": a standing count
        "living in displacement camps",
        "in idp camps",
        "forced from their homes",
        "forced to flee",
        "forced out of their homes",
        "driven from their homes",
        "evacuated",
        "uprooted",
        "made homeless",
        "left homeless",
        # "are homeless.", "homeless after the flood" (not "homeless people", a kind of people)
        *(f"homeless{after}" for after in _CLAUSE_GOES_ON),
        "became refugees",
        "became homeless",
        "sheltering",
        "taken refuge",
        "taking refuge",
        "sought refuge",
        "crossed into",
        "crossed the border",
        "crossing international borders",
        "crossing the border",
        "crossing into",
        "fleeing",
        "fleeing into",
        "fleeing to",
        "fleeing from",
        "crossed international borders",
        "have fled",
        # "escaped" alone is a survivor ("255 escaped", "one militant escaped"): where to, a refugee
        "escaped to",
        "escaped from",  # "3.7 million people have escaped from the capital"
        "escaped into",
        "escaped across",
        "forced to leave",
        "been relocated",
        "relocated",
        "in shelters",
        "in camps",
        "forced to evacuate",
        "to flee",  # "prompted some 740,000 Rohingya to flee"  # "500,000 people have been forced to evacuate"
        "taking shelter",  # "26,000 people are taking shelter in evacuation centres"
        "taken shelter",
        "took shelter",
        "seek shelter",  # a headline's "16 dead, million seek shelter"
        "seeking shelter",
        "sought shelter",
        "took refuge",
        "living in relief camps",  # "around 2,000 are living in 32 relief camps"
        "living in camps",
        "living in shelters",
        *(
            f"{into} {place}"
            for into in ("in", "into")
            for place in (
                "evacuation centers",
                "evacuation centres",
                "evacuation camps",
                "relief camps",
                "displacement camps",
            )
        ),  # "75,000 people were still packed into evacuation centres"
    ],
}

CATEGORY_BEFORE = {
    "killed": [
        "killed",
        "killing",
        "kill",
        "kills",
        "killed off",
        "claimed the lives of",
        "claiming the lives of",
        "claimed lives of",  # a headline's: "Outbreak has claimed lives of at least 22,020 people"
        "claiming lives of",
        "claimed the life of",
        "took the lives of",
        "taking the lives of",
        "cost the lives of",
        "costing the lives of",
        "shot dead",
        "shot and killed",
        "fatally stabbed",  # "He fatally stabbed eight people"
        "fatally shot",
        "massacred",
        "executed",
        "the execution of",  # "carried out the execution of a minimum of 582 individuals"
        "execution of",
        "executions of",
        # "Troops have slain 749 militants", a headline's "Abu Sayyaf beheads six captives"
        "slain",
        "slew",
        "slays",
        "beheads",
        "behead",
        "executes",
        "execute",
        "murdered",
        "slaughtered",
        "butchered",
        "gunned down",
        "buried",
        "recovered the bodies of",
        "the body of",
        "body of",
        "bodies of",
        "retrieved the bodies of",
        "the bodies of",
        "the corpses of",  # "the bloodied corpses of two men"
        "corpses of",
        "bloodied corpses of",
        "the bloodied corpses of",
        "the remains of",
        # "recovered the charred remains of 18 people"
        *(
            f"{the}{adj} {what} of"
            for the in ("", "the ")
            for adj in ("charred", "burned", "burnt", "decomposed", "mutilated", "dismembered")
            for what in ("remains", "bodies")
        ),
        "neutralized",
        "neutralised",
        "eliminated",  # "said it had eliminated 10 terrorists"
        "eliminating",  # "responded by eliminating 40 terrorists"
        "neutralizing",
        "neutralising",
        "martyred",
        "death toll",
        "the toll",
        "toll",
        "deaths",
        "dead",
        "fatalities",
        "death count",
        "number of dead",
        "number of deaths",
        "number of people killed",
        "number of fatalities",
        "killed toll",
        "killing at least",
        "the death of",
        "the deaths of",
        "death of",
        "deaths of",
        "the killing of",
        "the massacre of",  # "mourned the massacre of 14 young people"
        "massacre of",
        "the killings of",
        "killing of",
        "killings of",
        "slaughter of",  # "the 2004 slaughter of six people"
        "the slaughter of",
        "the murder of",
        "the murders of",
        # the dead named by their burial or mourning: "the funeral for 35 victims", "Haiti mourned
        # more than 300,000 victims", "bid farewell to 30 more victims"
        "funeral for",
        "funerals for",
        "the funeral of",
        "burial of",
        "mass burial of",
        "reburial of",
        "mourned",
        "mourning",
        "bid farewell to",
        "laid to rest",
        "murder of",  # "for the 2018 murder of 14 students"
        "murders of",
        "murdering",  # "convicted of murdering 12 people"
        "hacking to death",  # "hacking to death with machetes some 200 people"
        "stabbing to death",
        "beating to death",
        "the slayings of",  # "the slayings of 26 people at a school"
        "slayings of",
        "the slaying of",
        "the loss of",
        "fatal injuries to",  # "resulted in fatal injuries to two women" (not "injuries to")
        "fatal wounds to",
        "drowned",  # "a flash flood drowned 12 people"
        "drowning",
        "beheaded",  # "murdered and beheaded five people"
        "beheading",
        # "We lost one soldier": a speaker's own dead ("the company lost 2,000 workers" is no claim)
        "we lost",
        "we have lost",
        "we've lost",
        "they lost",
        "i lost",
        "i have lost",
    ],
    "injured": [
        "shot",  # "A gunman shot eight people at a party" ("shot dead" is killed)
        "wounded",
        "wounding",
        "injured",
        "injuring",
        "hospitalized",  # "The outbreak has hospitalized at least 20 others"
        "hospitalised",
        "stabbed",  # "A man stabbed 11 people at a Walmart" ("fatally stabbed" is killed)
        "injuries to",  # "led to the deaths of four people and injuries to 95 others"
        "injury to",
        "inflicting injuries on",  # "killing 20 and inflicting injuries on over 100 others"
        "inflicted injuries on",
        "causing injuries to",
        "injure",
        "wound",
        "injures",
        "wounds",
        "hurt",
        "hurting",
        "maimed",
        "number of injured",
        "number of wounded",
        "injury toll",
        "injuries",
        "the injury of",
        "injury of",
        "condition of",  # "The condition of at least 30 people is critical"
        "the wounding of",
        "wounding of",
    ],
    # People trapped are missing (the devset's convention): "a cave-in that trapped six men"
    "missing": [
        "number of missing",
        "swept away",  # "The flood swept away six people"
        "sweeping away",
        "washed away",
        "washing away",
        "trapped",
        "trapping",
        "traps",  # a headline's present: "Explosion Traps 13 Coal Miners"
        # "Rescuers are searching for 30 people": the missing, unless the sought are suspects
        # (SOUGHT_NOT_MISSING)
        "searching for",
        "trying to locate",
        "unable to locate",
        "yet to locate",
        "trying to find",
    ],
    "hostages": [
        "abducted",
        "abducting",
        "kidnapped",
        "snatched",
        "kidnapping",
        "kidnap",
        "abduct",
        "seized",
        "seizing",
        "took hostage",
        "taking hostage",
        "abduction of",
        "the abduction of",
        "kidnapping of",
        "the kidnapping of",
        "captured",
        "capturing",
        "held",
        "kidnaps",  # a headline's present: "Gunmen kidnap 20", "Gang abducts 12"
        "abducts",
        "kidnappings of",
        "abductions of",
        # "They took away 27 students", "the gunmen escaped with more than 80 students"
        "took away",
        "carried off",
        "escaped with",
    ],
    "detained": [
        "nabbed",  # "The operations nabbed 21 suspects"
        "arrested",
        "arresting",
        "detained",
        "detaining",
        "detain",
        "arrest",
        "jailed",
        "jailing",
        "rounded up",
        "imprisoned",
        "apprehended",
        "detains",  # a headline's present: "Israel detains 20 Palestinians"
        "arrests",
        "arrests of",  # "confirmed the arrests of more than 550 people"
        "the arrests of",
        "detention of",
        "the detention of",
        "detentions of",
    ],
    "displaced": [
        "displaced",
        "displacing",
        "displace",
        "the displacement of",
        "displacement of",
        "an exodus of",  # "triggered an exodus of more than 160,000 to Bangladesh"
        "exodus of",
        "the evacuation of",  # "has led to the evacuation of hundreds of people"
        "evacuation of",
        "uprooted",
        "uprooting",
        "forced",
        "forcing",
        "driven out",
        "evacuated",
        "evacuating",
        "evacuates",  # a headline's "Bangladesh evacuates over 1 million people"
        # "were able to evacuate a million people" (not "plan to evacuate 10,000": a plan)
        "able to evacuate",
        "managed to evacuate",
        "began to evacuate",
        "helped evacuate",
        "helped to evacuate",
        "relocated",  # "authorities relocated about 500,000 people into shelters"
    ],
}

# Nouns that name the harm itself: "24 deaths", "16 injuries", "251 hostages".
CATEGORY_NOUNS = {
    "killed": [
        "deaths",
        "death",
        "dead",
        "bodies",
        "body",
        "corpses",
        "suicides",  # "55 apparent suicides following custody"
        "mortalities",  # "the number of mortalities reached 1,301"
        "fatalities",
        "martyrs",
        "lives",
        "life",
        "victims killed",
        "killed",
        "death toll",
        "fatality",
        "dead bodies",
        "deceased persons",  # "56 deceased persons have been retrieved"
        "deceased people",
        "deceased individuals",
        "remains",
        "sets of remains",  # "recovered at least 50 sets of remains"
        "sets of human remains",
        "cadavers",
        "mortalities",
        "killings",
        "executions",  # "15 executions were conducted", "22 apparent summary executions"
        "summary executions",
        "fatally wounded",  # "left eight gunmen fatally wounded": an adverb no "wounded" outweighs
        "fatally injured",
        "murders",
        "homicides",
    ],
    "injured": [
        "injured",
        "wounded",
        "injuries",
        "injury",
        "casualties wounded",
        "hurt",
        "wounded people",
        "injured people",
    ],
    "missing": [
        "missing",
        "missing persons",
        "missing people",
        "missing persons reports",
        "missing-persons reports",
        "missing person reports",
        "missing children",
        "reports of missing persons",  # "Police received 43 reports of missing persons"
        "reports of missing people",
        "disappearances",  # "some 120,000 disappearances during the conflict"
        "enforced disappearances",
        "forced disappearances",
    ],
    "hostages": [
        "hostages",
        "hostage",
        "captives",
        "abductees",
        "kidnap victims",
        "abducted people",
        "kidnapped people",
        "kidnappings",  # "211 killings and 680 kidnappings"
        "abductions",
    ],
    "detained": [
        "detainees",
        "detentions",
        "arrests",
        "detainee",
        "arrestees",
        "political prisoners",
        "people in detention",
    ],
    "displaced": [
        "refugees",
        "displaced",
        "displaced people",
        "evacuees",
        "internally displaced people",
        "internally displaced persons",
        "idps",
        "asylum seekers",
        "displaced persons",
        "displaced palestinians",
        "homeless",
    ],
}
# Nouns that stand for people in the victims field but are harm words (CLAIMS.md).
HARM_NOUNS_AS_PEOPLE = [
    "deaths",
    "death",
    "dead",
    "bodies",
    "body",
    "corpses",
    "martyrs",
    "lives",
    "life",
    "casualties",
    "fatalities",
    "fatality",
    "injuries",
    "injury",
    "injured",
    "wounded",
    "missing",
    "displaced",
    "remains",
    "arrests",
    "detentions",
    "missing persons",
    "missing persons reports",
    "graves",
]

# Words after the verb that cancel the harm: "were rescued", "found alive".
CANCEL_AFTER = [
    "rescued",
    "found alive",
    "found safe",  # "1,732 people who had been reported missing have been found safe"
    "located safe",
    "pulled alive",
    "pulled out alive",
    "saved",
    "released",
    "freed",
    "set free",
    "returned",
    "identified",
    "affected",
    "recovered alive",
    "evacuated safely",
    "treated and released",
    "discharged",
    "survived",
    "managed to escape",  # "25 of them managed to escape": free, no longer held
    "at large",  # "leaves 4 inmates dead, 2 at large": escaped
    # "thousands of people seeking to flee the city": not yet gone
    *(
        f"{how} to flee"
        for how in ("seeking", "trying", "attempting", "tried", "attempted", "hoping", "waiting")
    ),
    # "264 people, including two injured, had escaped, with one dead": survivors (but "escaped
    # from the capital" is displaced)
    *(f"escaped{after}" for after in (",", ".", ";", " and", " safely", " the")),
    "able to escape",
    "escaped unhurt",
    "escaped alive",
    "escaped unharmed",
    "searching",  # "almost 80 searching for the presumed dead": searchers
    "to rescue",  # "200 volunteers have been working to rescue those trapped": rescuers
    "rescuing",
    "taken off missing list",  # "15 taken off missing list": found, no longer missing
    "taken off the missing list",
    "removed from the missing list",
    # "952 houses, 89 of which are seriously damaged": buildings, no people hurt
    *(
        f"{how} {harm}"
        for how in ("seriously", "badly", "severely", "slightly", "lightly", "critically", "partially")
        for harm in ("damaged", "destroyed")
    ),
    # "13 people were evacuated for anxiety-related symptoms": taken for care, not uprooted (but
    # "evacuated for fear of flooding" is displaced)
    *(
        f"evacuated for {why}"
        for why in (
            "treatment",
            "medical",
            "anxiety",
            "anxiety-related",
            "shock",
            "symptoms",
            "smoke inhalation",
            "smoke-related",
            "injuries",
            "burns",
            "frostbite",
        )
    ),
    "without power",  # "thousands without power": affected
    "lost power",  # "Nearly 8 million customers lost power"
    # "Thousands of people lost their boyfriend, girlfriend, loved one": the bereaved
    *(
        f"lost {whose} {whom}"
        for whose in ("their", "a", "his", "her")
        for whom in (
            "loved one",
            "loved ones",
            "boyfriend",
            "girlfriend",
            "relatives",
            "relative",
            "family member",
            "family members",
            "son",
            "sons",
            "daughter",
            "daughters",
            "husband",
            "wife",
            "mother",
            "father",
            "parents",
            "children",
            "child",
            "friend",
            "friends",
            "colleague",
            "colleagues",
        )
    ),
    "lost electricity",
    "without electricity",
    "unharmed",
    "unhurt",
    "accounted for",
    "reunited",
    "repatriated",
    "exchanged",
    "swapped",
    "vaccinated",
    "infected",
    "sickened",
    "tested positive",
    "cases",
    "deployed",
    "mobilized",
    "mobilised",
    "participated",
    "protested",
    "marched",
    "gathered",
    "attended",
    "employed",
    "hired",
    "trained",
    "enrolled",
    "vote",
    "voted",
    # "six people had lost their eyesight": harmed, but neither missing nor injured by a blow
    "lost their eyesight",
    "lost their sight",
    "lost their vision",
    "lost their jobs",
    "lost everything",  # "12,000 refugees lost everything again": their belongings
    "lost their homes",  # "six families have lost their homes to fires": no count of the missing
    "lost their houses",
    "lost their livelihoods",
    "sentenced",  # "two men were sentenced to death": a court's sentence, no death
    "condemned to death",
    # "thousands of civilians remain trapped in the city": besieged, not missing
    "trapped without",
    "trapped by fighting",
    "trapped by the fighting",
    "trapped by the siege",
    "trapped in the city",
    "trapped in the besieged",
]
# Who "others" after them are not: "six men and six women were killed, and three others were
# injured" (others of a trade or a force may be more of them: "three soldiers and two others")
GROUPS_OF_PEOPLE = ["women", "men", "children", "girls", "boys", "babies", "infants", "elderly"]
# Words AUX_WORD takes ("were mostly killed") that inside a list qualify a noun: "including 745
# mostly Alawite civilians, were killed"
QUANTIFIER_AUX = ["mostly", "mainly", "many", "most", "some", "all", "both", "each", "others", "more"]
# Words of CANCEL_AFTER whose object is other people: the harm word after them is not the
# count's ("almost 80 searching for the presumed dead")
CANCEL_WITH_OBJECT = ["searching", "to rescue", "rescuing", "sentenced", "condemned to death"]
# Harm verbs that also take an object: after a count with no auxiliary between, and before a
# count of people, the count before is who did it ("Three gunmen killed five people"), not a
# headline's "Three gunmen killed" (CATEGORY_AFTER).
ACTIVE_HARM_VERBS = [
    "killed", "injured", "wounded", "abducted", "kidnapped", "shot", "murdered", "massacred",
    "slaughtered", "executed", "beheaded", "stabbed", "detained", "arrested", "displaced",
]  # fmt: skip
# A count that changed: "the toll climbed from 492 to 558" gives 558, the count now (not a
# range of 492 to 558).
CHANGE_VERBS = [
    "rose",
    "risen",
    "rises",
    "rising",
    "climbed",
    "climbs",
    "climbing",
    "increased",
    "increases",
    "increasing",
    "jumped",
    "jumps",
    "grew",
    "grown",
    "went up",
    "gone up",
    "soared",
    "surged",
    "fell",
    "fallen",
    "dropped",
    "decreased",
    "lowered",
    "raised",
    "upped",
    "revised",
    "revised up",
    "revised down",
    "revised upward",
    "revised downward",
    "updated",
    "corrected",
    "changed",
]

CANCEL_BEFORE = [
    # "convicted of trying to kill 70 others": an attempt, no harm told
    *(
        f"{how} {verb}"
        for how in ("trying to", "attempting to", "attempted to", "tried to")
        for verb in ("kill", "murder")
    ),
    "attempted murder of",
    "identified",  # "identified 56 of the 384 dead victims": the 384 are the claim
    "carrying",  # "The bus was carrying 41 people": those on board, not the harmed
    "to carry",  # "Licensed to carry 430 people": a vessel's capacity
    "capacity of",
    "identities of",  # "the identities of 20 victims remain unknown": unidentified, not missing
    "identity of",
    "names of",
    "cause of death of",
    "prevented",  # "vaccines prevented 1,000 deaths every day": deaths that did not happen
    "averted",
    "averting",
    # "the pilots shut down an engine, averting the death of 157 passengers": no one died
    *(
        f"{verb} the {harm} of"
        for verb in ("averted", "averting", "prevented", "preventing")
        for harm in ("death", "deaths")
    ),
    "saved the lives of",
    "saving the lives of",
    "released",
    "releasing",
    "freed",
    "freeing",
    "return of",  # "allowed the return of tens of thousands of IDPs": going home, no longer displaced
    "the return of",
    "repatriation of",
    "rescued",
    "rescuing",
    "swapped",
    "exchanged",
    "returned",
    "returning",
    "saved",
    "identified",
    "evacuated safely",
    "handed over",
    "hand over",
    "reunited",
    "repatriated",
    "brought home",  # "Kyiv brought home 189 former captives": freed
    "bringing home",
    "bring home",
    "sentenced",  # "sentenced two men to death": a court's sentence
    "sentences",
    "sentencing",
    "condemned",
    "pulled alive",
    "found alive",
    "free",
    "release",
    "rescue",
    "exchange",
    "identities of",
    "identity of",
    "names of",
    "identify",
    "identifying",
    "deployed",
    "sent",
    "mobilised",
    "mobilized",
    "arrested by",
    # "could not confirm whether the two men died": a question, not a count of the dead
    "whether",
]
# A harm word standing as a modifier of the count's noun: "six trapped miners" are missing
# (the devset's convention for people trapped). Only words whose category holds without a
# verb: "six wounded soldiers" is read elsewhere (VICTIM_HEAD and the words after it).
HARM_MODIFIERS = {"trapped": "missing", "fallen": "killed"}  # "six trapped miners", "180,000 fallen soldiers"
# Passive harm verbs strong enough to make a count of a noun the victim list does not know a
# claim: "about 200 violators have been arrested" (the noun must be no thing: NON_PERSON_NOUNS)
STRONG_HARM_PASSIVES = [
    "killed", "arrested", "detained", "abducted", "kidnapped", "injured", "wounded", "massacred", "murdered",
    "slain", "shot dead", "apprehended",
]  # fmt: skip
# "killed and injured", "killed or wounded": one total of both, which no category holds
# (CLAIMS.md has none for casualties); the other half of the pair, by the category it is not
HARM_PAIR_SECOND = {
    "killed": ["injured", "wounded", "hurt", "maimed", "injuries"],
    "injured": ["killed", "dead", "deaths"],
}
# Units of time: a count of them is no group that "of them" can refer to ("in 3 hours")
TIME_NOUNS = ["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades"]
# Disasters that happen once, on a day (unlike a war, an epidemic or a monsoon): the missing
# and the homeless of such a story are its incident's, as its dead are (CLAIMS.md scope)
ONE_OFF_DISASTERS = [
    "earthquake", "quake", "tremor", "tsunami", "landslide", "mudslide", "avalanche", "cave-in",
    "eruption", "collapse", "collapsed", "derailment", "derailed", "stampede", "crash", "capsized",
    "fire broke out", "caught fire",  # (not "fire" alone: a wildfire goes on)
    "crush", "crowd crush", "fire tore through", "fire ripped through", "fire swept through",
    "blaze tore through", "blaze ripped through", "blaze swept through",
]  # fmt: skip
# Weather that goes on over days and regions: a story of floods or a storm, even with its
# landslides, counts a running toll (as a hurricane's), not one landslide's
WEATHER_DISASTERS = ["flood", "flooding", "cyclone", "typhoon", "hurricane", "tropical storm"]
# Nouns that may refer back to a toll told before: "the most widely accepted [figure] was 200,000",
# "[estimates] ranged from 500 to 5,000" (patterns.TOLL_ANAPHOR_BEFORE, TOLL_ANAPHOR_HINT)
TOLL_ANAPHOR_NOUNS = ("figure", "figures", "estimate", "estimates", "estimations", "number", "tally", "count")
# Words that may stand before "figure", "estimate" or "number" naming a toll told before: "the
# most widely accepted figure was 200,000", "the previous estimate of 64" (not "the cost estimate")
TOLL_FIGURE_WORDS = {
    "most", "widely", "accepted", "used", "cited", "quoted", "often", "often-quoted", "commonly", "generally",
    "official", "unofficial", "previous", "earlier", "initial", "latest", "new", "revised", "updated",
    "upper", "lower", "higher", "far", "best", "overall", "total", "final", "provisional", "preliminary",
    "confirmed", "true", "real", "actual", "current", "last", "first", "original", "old", "exact", "un",
    "u.n.", "government", "local", "death", "toll", "casualty", "fatality", "same", "much", "widely-cited",
    "widely-accepted", "widely-used", "estimated", "conservative", "lowest", "highest",
}  # fmt: skip
# A place's side, before its name: "the southwestern Balochistan Province"
PLACE_SIDE_WORDS = {
    f"{side}{end}"
    for side in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for end in ("ern", "")
} | {"central", "remote", "neighbouring", "neighboring"}
# "the previous day" after a day the sentence told: the day before that one (dates.find_dates)
DAY_BEFORE_TOLD = {
    "the previous day",
    "a day earlier",
    "the day before",
    "the previous night",
    "the night before",
}
# Titles of several words before a person's name, kept whole in the source: "Chief Medical
# Officer Umesh Tripathi", "Aligarh Inspector General Shalabh Mathur"
SEVERAL_WORD_TITLES = [
    "chief medical officer", "chief executive officer", "chief fire officer", "chief police officer",
    "inspector general", "deputy commissioner", "deputy governor", "deputy minister", "deputy director",
    "deputy mayor", "district magistrate",
]  # fmt: skip
# Words of a state's army in a body's name, which "the group" never refers back to ("Israel Defense
# Forces", "Sudanese army"; a paramilitary's "Rapid Support Forces" may be "the group")
STATE_ARMY_WORDS = {"army", "military", "idf", "troops", "defence", "defense"}
# Words right before a place's name in a story: "a lake in Anantapur district of Andhra Pradesh"
BEFORE_A_PLACE = ["in", "district of", "state of", "province of", "region of", "city of", "county of"]
# Words of a war's context that tell of armed violence, not of a disaster or an epidemic
ARMED_CONTEXT = {
    "war", "wars", "offensive", "onslaught", "conflict", "campaign", "invasion", "insurgency", "uprising",
    "hostilities", "occupation", "genocide", "confrontations",
}  # fmt: skip
# Words of a war's context that tell of a disaster or an epidemic that goes on, not of a war
DISASTER_CONTEXT = {
    "pandemic", "epidemic", "outbreak", "heat wave", "heatwave", "season", "hurricane", "cyclone", "typhoon",
    "monsoon", "drought", "famine", "cold wave", "cold snap", "nationwide", "demonstrations", "crackdown",
}  # fmt: skip
# Words of a war's context that, in the story of a disaster that struck once, tell only its
# background: "the first Halloween party after the pandemic", "a town that survived occupation"
BACKGROUND_CONTEXT = {
    "pandemic",
    "epidemic",
    "coup",
    "junta",
    "occupation",
    "revolution",
    "genocide",
    "season",
}
# Words of violence: a lead that holds one tells of a war or an attack, not of a disaster that
# struck once ("a building collapsed after an airstrike")
ARMED_VIOLENCE = [
    "war", "offensive", "conflict", "invasion", "insurgency", "fighting", "clashes", "attack",
    "strike", "airstrike", "air strike", "bombing", "bombardment", "shelling", "blast", "explosion",
    "raid", "ambush", "shooting", "massacre", "assault", "militants", "rebels", "troops", "jihadists",
    "gunmen", "insurgents", "stormed",
]  # fmt: skip

# Past participles without "-ed" that open a phrase after a count's noun: "nine people hit by
# bullets were declared dead"
IRREGULAR_PARTICIPLES = [
    "hit",
    "caught",
    "held",
    "struck",
    "taken",
    "brought",
    "sent",
    "found",
    "seen",
    "known",
]

# Past-tense harm verbs that can end a relative clause as the main verb, with no auxiliary:
# "Six people who tried to cross the river drowned"
MAIN_HARM_VERBS = ["died", "drowned", "perished", "succumbed", "drown", "die"]

# A modal that hedges a count without making it a forecast, by the word after it: "20 people
# may still be missing", "up to 60 may have died" (but "could have died" is what did not happen)
HEDGES = {"may": ["still", "have"], "might": ["still", "have"], "could": ["still"]}
# A state now, not a future, after "may/might/could be": "600 people could be missing", "40 may
# be trapped" (but "thousands could be displaced" and "could be killed" are forecasts)
HEDGED_STATES = ["missing", "trapped", "dead", "unaccounted for"]

# Modal words that make a figure a forecast: "could kill thousands".
# Verbs of a forecast right before its count: "Other officials predict more than 10,000 dead"
PREDICT_VERBS = ["predict", "predicts", "predicted", "predicting", "forecast", "forecasts", "project", "projects",
    "projecting"]  # fmt: skip
FORECAST = [
    "could",
    "might",
    "may",
    "would",
    "will",
    "threatens to",
    "threatened to",
    "risk",
    "risks",
    "expected to",
    "likely to",
    "projected to",
    "is set to",
    "are set to",
    "predicted to",
    "forecast to",
    "potentially",
    "enough to",
]

# Things a harm word may describe, which are no people: "nine missing boats", "12 displaced households"
HARMED_THINGS = [
    "boats", "ships", "vessels", "planes", "aircraft", "vehicles", "cars", "buses", "trucks",
    "households", "families", "homes", "houses", "buildings",
]  # fmt: skip

# --- victims -----------------------------------------------------------------------
# Plural head nouns that name the people a figure counts.
VICTIM_NOUNS = [
    "people",
    # peoples whose plural no suffix rule of VICTIM_HEAD knows ("two Swedes", "17 Druze")
    "swedes",
    "danes",
    "finns",
    "scots",
    "thais",
    "turks",
    "greeks",
    "arabs",
    "serbs",
    "croats",
    "czechs",
    "slovaks",
    "uzbeks",
    "tajiks",
    "kazakhs",
    "filipinos",
    "druze",
    "first-graders",  # "when 20 first-graders and six school staff members died"
    "second-graders",
    "kindergartners",
    "fulani",  # "more than 150 Fulani" (the plural is the name)
    "bedouins",
    "yazidis",
    "uighurs",
    "uyghurs",
    "sikhs",
    "buddhists",
    "persons",
    "person",
    "civilians",
    "civilian",
    "children",
    "child",
    "kids",
    "babies",
    "infants",
    "minors",
    "teenagers",
    "teens",
    "operatives",
    "aid seekers",
    "youths",
    "youngsters",
    "boys",
    "girls",
    "students",
    "pupils",
    "schoolchildren",
    "women",
    "men",
    "males",
    "females",
    "adults",
    "elderly",
    "residents",
    "villagers",
    "inhabitants",
    "locals",
    "citizens",
    "nationals",
    "foreigners",
    # demonyms of two words, whole: "three Sri Lankans" (not "lankans")
    "sri lankans",
    "south koreans",
    "north koreans",
    "south africans",
    "south sudanese",
    "new zealanders",
    "costa ricans",
    "puerto ricans",
    "sierra leoneans",
    "el salvadorans",
    "saudi arabians",
    "tourists",
    "visitors",
    "pilgrims",
    "worshippers",
    "devotees",  # "12 Hindu devotees were trampled to death"
    "fugitives",
    "escapees",
    "professionals",  # "350 healthcare professionals have been killed"
    "companions",
    "leaders",
    "jawans",
    "perpetrators",
    "adolescents",
    "deserters",
    "defenders",
    "revellers",
    "picnickers",
    "bathers",
    "diners",
    "congregants",
    "believers",
    "parishioners",
    "nuns",
    "reservists",
    "airmen",
    "seafarers",
    "loggers",
    "tribesmen",
    "nomads",
    "convicts",
    "abductees",
    "bloggers",
    "pensioners",
    "widows",
    "orphans",
    "dissidents",
    "worshipers",
    "passengers",
    "travellers",
    "travelers",
    "commuters",
    "shoppers",
    "customers",
    "guests",
    "patrons",
    "spectators",
    "fans",
    "supporters",
    "protesters",
    "protestors",
    "demonstrators",
    "activists",
    "journalists",
    "reporters",
    "photographers",
    "media workers",
    "aid workers",
    "humanitarian workers",
    "relief workers",
    "health workers",
    "healthcare workers",
    "medical workers",
    "medics",
    "paramedics",
    "doctors",
    "nurses",
    "rescuers",
    "rescue workers",
    "firefighters",
    "first responders",
    "volunteers",
    "staff",
    "staff members",
    "colleagues",  # "17 of our colleagues have been confirmed dead"
    "gang members",  # "28 gang members were killed" (not "members")
    "cartel members",
    "militia members",
    "drug dealers",  # "four suspected drug dealers"
    "drug traffickers",
    "drug suspects",
    "dealers",
    "traffickers",
    "employees",
    "workers",
    "miners",
    "farmers",
    "fishermen",
    "herders",
    "traders",
    "merchants",
    "shopkeepers",
    "shop owners",
    "vendors",
    "street vendors",
    "stallholders",
    "cooks",
    "cleaners",
    "bakers",
    "butchers",
    "tailors",
    "mechanics",
    "electricians",
    "construction workers",
    "builders",
    "taxi drivers",
    "teachers",
    "officials",
    "politicians",
    "lawmakers",
    "election workers",
    "policemen",
    "police officers",
    "police",
    "officers",
    # ranks listed among the dead: "two majors, one captain and 12 soldiers"
    "majors",
    "captains",
    "lieutenants",
    "colonels",
    "sergeants",
    "commanders",
    "security personnel",
    "guards",
    "security guards",
    "bodyguards",
    "soldiers",
    "comrades",  # "our two heroic comrades were martyred"
    "troops",
    "servicemen",
    "service members",
    "personnel",
    "military personnel",
    "peacekeepers",
    "militiamen",
    "fighters",
    "rebels",
    "insurgents",
    "militants",
    "cadres",  # "it lost 63 cadres"
    "taliban",  # "16 Taliban were killed": the movement's fighters
    "gunmen",
    "attackers",
    "assailants",
    "bombers",  # "Five suicide bombers killed at least 30 people": the five did it
    "suicide bombers",
    "shooters",
    "jihadists",
    "terrorists",
    "combatants",
    "suspects",
    "prisoners",
    "inmates",
    "detainees",
    "hostages",
    "captives",
    "migrants",
    "refugees",
    "asylum seekers",
    "evacuees",
    "displaced people",
    "crew members",
    "crewmembers",
    "crewmen",
    "crew",
    "sailors",
    "pilots",
    "climbers",
    "hikers",
    "divers",
    "swimmers",
    "family members",
    "relatives",
    "members",
    "israelis",
    "palestinians",
    "ukrainians",
    "russians",
    "syrians",
    "iraqis",
    "afghans",
    "yemenis",
    "sudanese",
    "lebanese",
    "somalis",
    "kurds",
    "rohingya",
    "americans",
    "britons",
    "iranians",
    "gazans",
    "settlers",
    "muslims",
    "christians",
    "jews",
    "hindus",
    "shiites",
    "sunnis",
    "mourners",
    "patients",
    "victims",
    "casualties",
    "survivors",
    "individuals",
    "souls",
    "others",
    "infantrymen",
    "recruits",
    "cadets",
    "conscripts",
    "troopers",
    "marines",
    "security forces",
    "forces",
    "security force members",
    "police personnel",
    "army personnel",
    "border guards",
    "paramilitaries",
    "members of the security forces",
    "emergency workers",
    "un staff",
    "un workers",
    "staffers",
    "bystanders",
    "passers-by",
    "passersby",
    "pedestrians",
    "drivers",
    "motorists",
    "cyclists",
    "occupants",
    "truck drivers",
    "bus passengers",
    "schoolgirls",
    "schoolboys",
    "seniors",
    "the elderly",
    "newborns",
    "toddlers",
    "families",
    "households",
    "investigators",
    "guides",
    "judges",
    "lawyers",
    "priests",
    "monks",
    "imams",
    "clerics",
    "contractors",
    "engineers",
    "labourers",
    "laborers",
    "porters",
    "shepherds",
    "athletes",
    "players",
    "waiters",
    "diplomats",
    "ambassadors",
    "deputies",
    "legislators",
    "councillors",
    "candidates",
    "voters",
    "campaigners",
    "election officials",
    "civil servants",
    "electoral workers",
    "policewomen",
    "gendarmes",
    "extremists",
    "bandits",
    "raiders",
    "smugglers",
    "separatists",
    "guerrillas",
    "defectors",
    "prisoners of war",
    "brothers",
    "sisters",
    "sons",
    "daughters",
    "cousins",
    "siblings",
    "fathers",
    "mothers",
    "husbands",
    "wives",
    "parents",
    "grandchildren",
    "grandparents",
    "nephews",
    "nieces",
    "uncles",
    "aunts",
    "twins",
    "couples",
]
# Counts of these are never casualty claims: "24 trucks", "three strikes".
NON_PERSON_NOUNS = [
    # events, not the people they killed: "15 mass killings so far this year, claiming 74 lives"
    "mass killings",
    "mass shootings",
    "mass murders",
    "shootings",
    "massacres",
    # "130 body parts were recovered": parts of the dead, not a count of them
    "body parts",
    "body bags",
    # "eliminating 3,000 jobs": posts, not people ("posts", "positions" and "seats" are below)
    "jobs",
    "vacancies",
    "trucks",
    "lorries",
    "vehicles",
    "cars",
    "buses",
    "tanks",
    "aircraft",
    "planes",
    "jets",
    "drones",
    "missiles",
    "rockets",
    "shells",
    "bombs",
    "mortars",
    "strikes",
    "airstrikes",
    "air strikes",
    "raids",
    "attacks",
    "explosions",
    "blasts",
    "munitions",  # "23 gang members were killed and hundreds of munitions seized"
    "households",  # "46,150 individuals (9,230 households)": units, whose people are counted apart
    "families",
    "warrants",  # "Police executed 15 search warrants"
    "search warrants",
    "arrest warrants",
    "bombings",  # "including two car bombings that left 21 dead"
    "ambushes",
    "buildings",
    "homes",
    "houses",
    "schools",
    "hospitals",
    "mosques",
    "churches",
    "shelters",
    "relief centres",  # "1,201 flood victims are at five relief centres"
    "relief centers",
    "evacuation centres",
    "evacuation centers",
    "centres",
    "centers",
    "tents",
    "villages",
    "towns",
    "cities",
    "districts",
    "provinces",
    "countries",
    "nations",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "feet",
    "yards",
    "acres",
    "hectares",
    "tonnes",
    "tons",
    "kilograms",
    "kg",
    "grams",  # "seized more than 200 grams of methamphetamine"
    "gram",
    "shootings",  # "6 police shootings (including 1 terrorism related shooting)"
    "shooting",
    "pounds",
    "litres",
    "liters",
    "gallons",
    "dollars",
    "euros",
    "shekels",
    "rupees",
    "percent",
    "per cent",
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "times",
    "rounds",
    "shots",
    "bullets",
    "weapons",
    "guns",
    "rifles",
    "boats",
    "ships",
    "vessels",
    "flights",
    "calls",  # "combed through a week of 911 calls"
    "phone calls",
    "shell",  # "one mortar shell landed yards from the hospital"
    "rocket",
    "missile",
    "bomb",
    "drone",
    "colleges",  # "taken to three medical colleges"
    "universities",
    "clinics",
    "carriages",  # "Most of the victims were in two carriages": a train's cars (not "coaches": a team's too)
    "wagons",
    "compartments",
    "beds",
    "meals",
    "doses",
    "case",  # "11 deaths and one confirmed case"
    "cases",
    "infections",
    "votes",
    "seats",
    "pages",
    "points",
    "goals",
    "runs",
    "degrees",
    "celsius",
    "fahrenheit",
    "incidents",
    "operations",
    "sorties",
    "checkpoints",
    "crossings",
    "posts",
    "positions",
    "targets",
    "sites",
    "structures",
    "apartments",
    "floors",
    "storeys",
    "stories",
    "rooms",
    "wells",
    "roads",
    "bridges",
    "camps",
    "tunnels",
    "companies",
    "battalions",
    "brigades",
    "divisions",
    "units",
    "teams",
    "groups",
    "organisations",
    "organizations",
    "agencies",
    "journalists' cameras",
    "ambulances",
    "cattle",
    "animals",
    "livestock",
    "cages",  # "The flood swept away 1,582 fish farming cages"
    "nationalities",  # "Victims were of 21 different nationalities"
    "questions",  # "The jury answered 14 questions about how people died"
    "different nationalities",
    "search and arrest warrants",  # "aimed to execute 250 search and arrest warrants"
    "craniums",  # "2,884 bodies, 324 craniums, 217 bones": remains, no count of the dead
    "skulls",
    "bones",
    "bone fragments",
    "bone remnants",
    "other remains",  # "thousands of other remains"
    "fish",
    "sheep",
    "goats",
    "dogs",
    "birds",
    "trees",
    "crops",
    "bags",
    "boxes",
    "parcels",
    "packages",
    "kits",
    "villas",
    "shops",
    "stores",
    "businesses",
    "factories",
    "plants",
    "stations",
    "offices",
    "institutions",
    "facilities",
    "warehouses",
    "farms",
    "fields",
    "roofs",
    "windows",
    "episodes",
    "waves",
    "aftershocks",
    "tremors",
    "earthquakes",
    "quakes",
    "storms",
    "fires",
    "wildfires",
    "blazes",
    "landslides",
    "floods",
    "eruptions",
    "mph",
    "kph",
    "knots",
    "magnitude",
    "mm",
    "cm",
    "inches",
    "centimetres",
    "centimeters",
    "millimetres",
    "millimeters",
    "per",
    "gunshots",
]

# Words that make a count of people a plain count: "two Israeli officials" is a count of
# officials unless a harm word says otherwise.
RELATIVE_OF_WHOM = ["of whom", "of them", "of which", "among them", "among whom"]
INCLUDING = [
    "including",
    "among them",
    "among whom",
    "of whom",
    "of them",
    "including at least",
    "among the dead",
    "among the victims",
    "among those killed",
    "among the injured",
    "among the wounded",
    "among the missing",
    "among the casualties",
]

# --- scope -----------------------------------------------------------------------
CUMULATIVE_MARKERS = [
    "since",
    "so far",
    "to date",
    "in total",
    "in all",
    "overall",
    "total",
    "cumulative",
    "tally",
    "running",
    "the war",
    "this war",
    "the conflict",
    "the offensive",
    "the fighting",
    "the campaign",
    "the crackdown",
    "the uprising",
    "the pandemic",
    "the epidemic",
    "the outbreak",
    "the invasion",
    "the occupation",
    "the siege",
    "the revolution",
    "the insurgency",
    "the civil war",
    "the violence",
    "the protests",
    "the unrest",
    "the heat wave",
    "the heatwave",
    "the season",
    "this year",
    "last year",
    "the year",
    "this season",
    "the storm",
    "the hurricane",
    "the cyclone",
    "the typhoon",
    "the floods",
    "the monsoon",
    "the drought",
    "the famine",
    "military offensive",
    "still held",
    "still being held",
    "remain in captivity",
    "remaining",
    "still in",
    "are still",
    "remain",
    "remains",
    "still",
    "the previous month",
    "last month",
    "this month",
    "the past month",
    "the past year",
    "the past week",
    "since the start",
    "began",
    "started",
    "ongoing",
    "continuing",
    "long-running",
    "war-torn",
    "war in",
    "war on",
    "war against",
    "war with",
    "assault on gaza",
    "offensive in",
    "displaced by",
    "have been displaced",
    "has displaced",
    "have fled",
    "have been detained",
    "have been arrested",
    "camps",
    "shelters",
    "sheltering",
    "are sheltering",
]
# The words of INCIDENT_MARKERS that tell a time, not an event: a running toll told "on Sunday"
INCIDENT_TIMES = [
    "past 24 hours",
    "last 24 hours",
    "previous 24 hours",
    "overnight",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "yesterday",
    "today",
    "this morning",
    "tonight",
    "last night",
]
INCIDENT_MARKERS = [
    "strike",
    "airstrike",
    "air strike",
    "attack",
    "barrage",
    "bombing",
    "blast",
    "explosion",
    "shelling",
    "raid",
    "ambush",
    "shooting",
    "massacre",
    "slaughter",  # "the 2004 slaughter of six people"
    "crash",
    "collision",
    "collapse",
    "landslide",
    "mudslide",
    "stampede",
    "crush",
    "fire",
    "blaze",
    "eruption",
    "earthquake",
    "quake",
    "derailment",
    "sinking",
    "capsized",
    "overturned",
    "suicide",
    "car bomb",
    "bomb",
    "gunfight",
    "clash",
    "clashes",
    "assault",
    "riot",
    "siege of",
    "hostage-taking",
    "incident",
    *INCIDENT_TIMES,
    "hit",
    "struck",
    "fired",
    "detonated",
    "exploded",
    "opened fire",
    "stormed",
    "raided",  # "53 were killed when bandits raided six villages"
    "ambushed",
    "targeted",
    "tore through",
    "ploughed",
    "plowed",
    "plunged",
    "swept",
    "buried",
    "flattened",
]

# Words of a tally over a period: "deaths were recorded in 2014", "the deadliest year"
TALLY_WORDS = [
    "recorded", "documented", "registered", "counted", "tallied", "verified", "tally", "total", "overall",
    "statistics", "data", "figures", "year", "years", "month", "months", "annual", "annually",
]  # fmt: skip
# Event nouns that name a period's violence rather than one event
# Events over in a moment, whose toll is the event's however long it takes to count
SUDDEN_EVENTS = [
    "attack", "strike", "airstrike", "air strike", "drone strike", "missile strike", "bombing",
    "blast", "explosion", "raid", "ambush", "shooting", "massacre", "crash", "collision", "accident",
    "collapse", "landslide", "mudslide", "avalanche", "stampede", "crush", "derailment", "sinking",
    "earthquake", "quake", "tremor", "eruption",
]  # fmt: skip
# Ordinal words of an anniversary: "the sixth anniversary of the collapse"
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
}  # fmt: skip
# Events in the plural, many of them: "increased attacks, killing more than 800 people last year"
PLURAL_EVENT_NOUNS = ["attacks", "strikes", "airstrikes", "air strikes", "raids", "bombings", "clashes", "assaults",
    "ambushes", "massacres", "shootings", "incidents"]  # fmt: skip
EVENTS_THAT_GO_ON = ["violence", "fighting", "fight", "uprising", "clash", "clashes", "disturbance"]

# One event a day can be told for: "Sunday's earthquake", "The attack took place on Monday".
EVENT_NOUNS = [
    "attack", "strike", "airstrike", "air strike", "drone strike", "missile strike", "bombing",
    "blast", "explosion", "raid", "ambush", "shooting", "massacre", "assault", "shelling", "crash",
    "collision", "accident", "collapse", "landslide", "mudslide", "avalanche", "stampede", "crush", "fire",
    "blaze", "eruption", "earthquake", "quake", "tremor", "derailment", "sinking", "flood", "floods",
    "flash flood", "storm", "tornado", "cyclone", "riot", "clash", "clashes", "incident", "violence",
    "fight", "fighting", "uprising", "disturbance", "rampage", "siege", "shootout", "gunfight",
    "firefight", "stabbing", "hijacking",
]  # fmt: skip
# The verbs of a sentence that tells when an event it refers back to happened
# ("The strike was carried out on Wednesday night", "The blast occurred shortly after noon on Monday").
EVENT_DAY_VERBS = [
    "took place", "happened", "occurred", "was carried out", "were carried out", "was launched",
    "were launched", "unfolded", "struck", "hit", "began", "started", "broke out",
    "erupted", "targeted",
]  # fmt: skip
# An attack told by its verb after the day that opens a sentence: "On June 22, the army
# attacked Kharkiv at least four times"
ATTACK_VERBS = [
    "attacked", "struck", "hit", "shelled", "bombed", "bombarded", "stormed", "raided", "ambushed",
    "targeted", "pounded", "opened fire",
]  # fmt: skip
# What else an event does on its day ("the coal mine that collapsed on Wednesday", "when the
# explosion occurred Friday evening"); not what opens a period ("Protests started on Nov. 15")
EVENT_DAY_VERBS_BEFORE = [
    *(verb for verb in EVENT_DAY_VERBS if verb not in ("began", "started", "broke out", "erupted")),
    "collapsed", "came down", "caved in", "exploded", "went off", "caught fire", "capsized", "sank",
    "derailed", "crashed", *ATTACK_VERBS,
]  # fmt: skip

# Last words, beside SOURCE_HEADS, that make a lower-case phrase a plausible source ("witnesses said")
PLAUSIBLE_SOURCE_ENDS = [
    "agencies",  # "according to the law enforcement agencies"
    "centre",  # "according to the disaster centre"
    "researchers",  # "..., researchers say"
    # a headline's lower-case speakers: "Doctors' union:", "Syrian opposition:", "Rescue teams:"
    "union",
    "unions",
    "opposition",
    "command",
    "broadcaster",
    "teams",
    "groups",
    "workers",  # "according to aid workers", "rescue workers said"
    "scientists",
    "experts",
    "analysts",
    "study",  # "The study shows that ..."
    "headquarters",
    "charity",
    "center",
    "hospitals",
    "clinics",
    "morgues",
    "railway",
    "railways",
    "airline",
    "airport",
    "operator",
    "company",
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
    "ombudsman",
    "ombudsperson",
    "watchdog",
    "prosecutor",
    "prosecutors",
    "investigators",
    "relatives",
    "survivors",
    "hospital",
    "morgue",
    "reports",
    "report",
    "agency",
    # one person of such a kind: "a security source said", "according to a resident"
    "source",
    "witness",
    "resident",
    "locals",
    "medic",
    "doctor",
    "rescuer",
    "activist",
    "relative",
    "survivor",
]
# Whom a side "lost" when they were killed: "the army lost 12 soldiers", "as it lost 63 cadres"
# (armed men only: not "lost 300 jobs", "lost 12 seats", "lost 2,000 workers to a rival")
LOST_PEOPLE_NOUNS = [
    "soldiers", "troops", "fighters", "cadres", "servicemen", "service members", "comrades", "militants",
    "marines", "paratroopers", "commandos",
]  # fmt: skip
# A minister's portfolio ("the Minister of the Interior"): the ministry it names
PORTFOLIOS = [
    "Interior", "Health", "Defence", "Defense", "Home", "Information", "Justice", "Energy", "Transport",
    "Education", "Agriculture", "Labour", "Labor", "Disaster", "Public", "Internal", "Social", "Mines",
    "Emergency", "Emergencies", "Civil", "Security", "Water", "Environment",
]  # fmt: skip
# The last words of a headline's kicker before its colon ("Parade horror: 47 injured"), which
# names the story, no speaker
KICKER_WORDS = [
    "horror", "tragedy", "shock", "terror", "carnage", "chaos", "nightmare", "agony", "grief", "heartbreak",
    "outrage", "fury", "panic", "drama", "disaster", "bloodbath", "mayhem", "latest", "update", "updates",
    "live", "breaking", "watch", "video", "photos", "exclusive", "explainer", "explained", "analysis",
]  # fmt: skip
# The last words of a newspaper's name, which a page's title ends with ("... - Albuquerque
# Journal"): the paper the page is on, no speaker
NEWSPAPER_TITLE_WORDS = [
    "journal", "times", "post", "herald", "tribune", "gazette", "chronicle", "telegraph", "guardian",
    "independent", "express", "mirror", "observer", "inquirer", "courier", "examiner", "dispatch",
    "standard", "daily", "online",
]  # fmt: skip

WEEKDAYS_FOR_SOURCES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# --- attribution ---------------------------------------------------------------------
SPEECH_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "report",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "confirm",  # "Officials confirm that 225 people have died"
    "stated",
    "was quoted as saying",  # '"... 23 missing people," Bahri was quoted as saying'
    "were quoted as saying",
    "states that",  # "Israel states that 87 hostages remain" (not "the United States")
    "statement read",  # '"... 125,000 people," the UN statement read'
    "statement reads",
    "reads a",  # '"Nine people were injured ...," reads a police statement' (a statement's owner)
    "reads the",
    "added",
    "adds",
    "estimated",
    "estimates",
    "estimate",
    "believes",  # "The Red Crescent believes over 300 people have died"
    "calculates",  # "The State Department calculates 1.2 million deaths"
    "calculated",
    "counted",
    "counts",
    "recorded",
    "records",
    "documented",
    "documents",
    "tallied",
    "tracked",
    "tracks",
    "put",
    "puts",
    "claimed",
    "claims",
    "claim",  # "Houthis claim 20 people killed", "Officials claim that ..."
    "is reporting",  # "The AP is reporting the death toll at 290", "AJA reporting 8 killed"
    "are reporting",
    "was reporting",
    "apparently reporting",
    "boasted",  # "The group boasted that their attack killed 16 soldiers"
    "boasts",
    "corroborated",  # "DW corroborated her account, saying that 11,000 refugees had arrived"
    "allege",  # "Rights groups allege the drug war has killed 13,000 people"
    "alleges",
    "alleged",
    "noted",
    "notes",
    "wrote",
    "writes",
    "tweeted",
    "posted",  # "spokesperson Anis Ali posted on X that 53 people had been killed"
    "updated",
    "revised",
    "reported that",
    "has said",
    "have said",
    "had said",
    "has reported",
    "have reported",
    "has confirmed",
    "said in a statement",
    "declared",
    "cited",
    "quoted",
    "explained",
    "indicated",
    "warned",
    "stressed",
    "emphasized",
    "emphasised",
    "informed",
    "tweeted",
    "wrote",
    "explained",
    "insisted",
    "alleged",
    "acknowledged",
    "admitted",
    "disclosed",
    "revealed",
    "reveals",  # "Zelensky reveals that ..."
    "mentioned",
    "mentions",
    "clarified",  # "the director clarified that more than 10,500 were evacuated"
    "clarifies",
    "informed",
    "briefed",
    "listed",
    "registered",
    "verified",
    "has recorded",
    "has documented",
    "have documented",
    "have recorded",
    # "Reuters was able to confirm 11 deaths", "The monitor had initially given a death toll of 34"
    "was able to confirm",
    "were able to confirm",
    "could confirm",
    "gave a toll of",
    "gave a death toll of",
    "gave a figure of",  # "The UN late on Saturday gave a preliminary figure of 320 dead"
    "gave a preliminary figure of",
    "gave a provisional figure of",
    "gave a preliminary toll of",
    "gave an estimate of",
    "attributed",  # "the institute had attributed 1,060 excess deaths to the heat"
    "given a toll of",
    "given a death toll of",
]
# "Police upgraded the casualty toll to 12 dead": who changes a count gives it
SPEECH_VERBS += [
    f"{verb} {count}"
    for verb in ("upgraded", "downgraded", "raised", "lowered")
    for count in ("the toll", "the death toll", "the casualty toll", "its toll", "its death toll",
                  "their toll", "the number of", "the count", "its count", "its estimate", "its tally",
                  "its official death toll", "the official death toll", "its official toll")
]  # fmt: skip
# Who gives what they saw as a count: "An AFP journalist saw four bodies" (a city or a week
# that "saw 12 deaths" gives none)
OBSERVERS = [
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "photographer",
    "photographers",
    "cameraman",
    "witness",
    "witnesses",
    "eyewitness",
    "eyewitnesses",
]
# Aliases of a world body that a country's word before them turns into that country's own
# society: "the Kenya Red Cross" is not the ICRC
NATIONAL_SOCIETY_ALIASES = ["red cross", "red crescent"]
# Generic heads a source noun phrase may end on.
SOURCE_HEADS = [
    "ministry",
    "office",
    "agency",
    "authority",
    "authorities",
    "officials",
    "official",
    "police",
    "army",
    "military",
    "forces",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "mayor",
    "minister",
    "president",
    "prime minister",
    "commander",
    "chief",
    "director",
    "head",
    "observatory",
    "monitor",
    "group",
    "organisation",
    "organization",
    "committee",
    "council",
    "society",  # "the Palestinian Prisoners Society"
    "prefecture",
    "service",
    "services",
    "department",
    "hospital",
    "doctors",
    "medics",
    "paramedics",
    "red cross",
    "red crescent",
    "un",
    "united nations",
    "unicef",
    "unhcr",
    "ocha",
    "who",
    "iom",
    "unrwa",
    "witnesses",
    "residents",
    "sources",
    "source",
    "media",
    "news agency",
    "television",
    "tv",
    "radio",
    "newspaper",
    "statement",
    "coroner",
    "sheriff",  # "according to the local sheriff", "the sheriff said"
    "community leader",  # "a community leader said"
    "leader",
    "sheriff's office",
    "morgue",
    "civil defence",
    "civil defense",
    "rescuers",
    "rescue workers",
    "firefighters",  # "Four people were killed, firefighters said"
    "fire-fighters",
    "firemen",
    "emergency services",
    "government",
    "administration",
    "state media",
    "security sources",
    "activists",
    "guard",
    "coastguard",
    "rebels",
    "junta",
    "militia",
    "militants",
    "insurgents",
]
# The last words of an organisation's name, whose chief or officer speaks for it ("Harlow fire
# department chief Dan Marsh" is the department)
ORG_HEADS = ["department", "service", "services", "agency", "ministry", "office", "administration", "bureau",
    "authority", "commission", "committee", "force", "forces", "hospital", "directorate", "brigade",
    "unit", "team", "corps"]  # fmt: skip
# The last words of a place's name, before a role that stays in the source: "Harlow County Sheriff"
PLACE_UNITS = ["county", "province", "oblast", "region", "district", "state", "city", "governorate",
    "prefecture", "municipality", "territory", "department"]  # fmt: skip
# Police ranks of South Asia, written as acronyms: "Parbat Police DSP Bishwaraj Adhikari"
POLICE_RANKS = ["DSP", "SSP", "ASP", "SP", "DIG", "IGP", "IG", "DGP", "ADGP"]
# Diseases whose patients are cases, not the injured: "1,424 dengue patients"
DISEASES = ["dengue", "cholera", "malaria", "measles", "covid-19", "covid", "coronavirus", "ebola", "mpox",
    "monkeypox", "influenza", "diphtheria", "typhoid", "the disease", "the virus"]  # fmt: skip
# Prefixes a hyphen joins to a word that is then no speaker: "clashes with pro-government"
HYPHEN_PREFIXES = ["pro", "anti", "non", "ex", "self", "co", "post", "pre", "semi"]
# Words that cannot be (the head of) a source even when they stand before "said".
NOT_SOURCE = [
    *WEEKDAYS_FOR_SOURCES,
    "first",  # "A first report said": which report, no one's
    "a first",
    "earlier",  # "Earlier reports by the military said": a time, not a speaker
    "initial",
    "later",
    "on",  # "..., on Thursday put the toll at": a day, its weekday trimmed
    "separate",  # "Separate reports from the radio indicate": the noun, not a speaker
    "upper",  # "The upper estimate of 255,000 comes from ...": the estimate's bound
    "lower",
    "conflicting",
    "unconfirmed",
    "previous",
    "other",
    "a",
    "an",
    "the",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "there",
    "which",
    "who",
    "what",
    "these",
    "those",
    "one",
    "some",
    "many",
    "others",
    "people",
    "the attack",
    "the strike",
    "the statement",
    "the report",
    "the blast",
    "the toll",
    "the death toll",
    "tally",  # "A new tally raised the death toll": a count, owned by no one it names
    "the tally",
    "count",
    "the count",
    "toll",
    "death toll",
    "victims",
    # "Recent reports from Reuters indicate": a word of a paper's, read as the subject of "reports"
    "recent",
    "latest",
    "early",
    "initial",
    "preliminary",
    # "The violence has recorded a death toll of 187": an event is no speaker
    *EVENT_NOUNS,
    *(f"the {event}" for event in EVENT_NOUNS),
    *(
        f"{the}{word}"
        for the in ("", "the ")
        for word in ("war", "conflict", "fighting", "disaster", "crisis")
    ),
]
# Papers a figure is read from, not a speaker: "Early reports said", "citing intercepts of
# ... conversations". Their owner, when named before them ("police reports"), is the source.
REPORT_NOUNS = [
    "reports",
    "report",
    "investigations",
    "investigation",
    "findings",
    "analysis",
    "figures",
    "data",
    "statistics",
    "estimates",
    "numbers",
    "records",
    "documents",
    "intercepts",
    "accounts",
    "testimonies",
    "footage",
    "recordings",
    "conversations",
    "communications",
    "logs",
    "lists",
]
# Words before such a paper that name no owner: "unconfirmed reports", "official figures".
REPORT_ADJECTIVES = [
    "even",  # "Even the most conservative estimates put": which estimates, no one's
    "the",
    "most",
    "conservative",
    "independent",
    "various",
    "early",
    "earlier",
    "initial",
    "first",
    "preliminary",
    "provisional",
    "unconfirmed",
    "unverified",
    "conflicting",
    "official",
    "media",
    "news",
    "press",
    "some",
    "several",
    "other",
    "many",
    "recent",
    "previous",
    "latest",
    "new",
    "updated",
    "intercepted",
    "leaked",
    "internal",
]
# Words of a tally's state, before a tally whose owner follows it: "according to a provisional
# balance sheet issued by the ministry", "an updated count from the health ministry said"
TALLY_ADJECTIVES = [
    "updated",
    "provisional",
    "latest",
    "new",
    "preliminary",
    "official",
    "initial",
    "final",
    "revised",
    # "The previous tally of 56 dead was announced": which tally, not whose
    "previous",
    "earlier",
    "higher",
    "lower",
    "confirmed",
    "overall",
    "current",
    "last",
]
# Verbs a paper does that a speaker's noun may stand before: "Early reports said", where
# "reports" is no verb of a speaker "Early".
PAPER_VERBS = ["show", "shows", "showed", "suggest", "suggests", "suggested"]
# Adverbs between a speaker and the speech verb: "The source further added".
SPEECH_ADVERBS = [
    "also",
    "now",  # "He now says 93 people have died"
    "later",
    "earlier",
    "previously",
    "separately",
    "initially",
    "further",
    "then",
    "additionally",
    "subsequently",
    "again",
    "reportedly",
    "last",  # "Russia last reported its losses in ..."
    "first",
    "instead",  # "OCHA instead cited ..."
    "publicly",
    "officially",
    "formally",
    # a time between the speaker and the verb: "the railway's spokesman last night said"
    "yesterday",
    "today",
    "last night",
    "this morning",
    "this week",  # "Tanzania this week announced eight cases, including five deaths"
    "last week",
    "earlier this week",
    "this month",
]
# A time that may open a sentence before its speaker: "On Monday an official said", "Earlier
# he had said" (no word of the speaker's name)
SPEAKER_LEAD_TIMES = ["earlier", "later", "meanwhile", "separately", "yesterday", "today", "last night"]
# Attackers whom security forces "captured" or "seized": detained, not hostages ("six gunmen
# were killed and one captured"); soldiers captured by insurgents stay hostages
CAPTURED_ARE_DETAINED = [
    "gunmen", "attackers", "assailants", "suspects", "militants", "terrorists", "insurgents", "jihadists",
    "fighters", "rebels", "bandits", "kidnappers", "pirates", "smugglers",
]  # fmt: skip
# Whom a search is for when it is no count of the missing: "hunting for three gunmen"
SOUGHT_NOT_MISSING = [
    "gunmen",
    "attackers",
    "assailants",
    "suspects",
    "militants",
    "fugitives",
    "escapees",
    "professionals",  # "350 healthcare professionals have been killed"
    "companions",
    "escaped prisoners",
    "kidnappers",
    "abductors",
    "robbers",
    "killers",
    "shooters",
]
# News agencies of the source table: outlets that carry others' figures, which "the group" or
# "the organisation" never refers back to
NEWS_AGENCIES = frozenset({"AFP", "Reuters", "Associated Press"})
# The ways a speaker puts a figure out, told before or after the speaker's name: "In a
# separate statement, ...", "X in a twitter post said".
# How figures are put out by their owner: "a tally [released] by", "data [shared] by"
PUT_OUT_VERBS = ["released", "provided", "compiled", "published", "issued", "shared"]
# Where a speaker may post a count: "announced Sunday [on Twitter] by", "said [on Telegram]"
SOCIAL_MEDIA = ["twitter", "x", "facebook", "telegram", "social media"]
SPEECH_MEDIA = [
    "statement",
    "tweet",
    "post",
    "message",
    "interview",
    "video",
    "briefing",
    "press conference",
    "news conference",
    "press release",
    "televised address",
    "address",
    "speech",
    "update",
    "bulletin",
]
PRONOUNS = [
    "it",
    "he",
    "she",
    "they",
    "the spokesman",
    "the spokeswoman",
    "the spokesperson",
    "the official",
    "the statement",
    "the group",
    "the agency",
    "the ministry",
    "the office",
    "the monitor",
    "the army",
    "the military",
    "the police",
    "officials",
    "authorities",
    "the authorities",
    "police",
    "the organisation",
    "the organization",
    "the observatory",
]

# --- the first filter ---------------------------------------------------------------
# Stems one of which every claim sentence holds: the extractor's cheap first filter. A
# stem matches inside a word ("kill" in "killings"); a space stands for any white space.
HARM_STEMS = [
    "kill", "dead", "death", "die", "wound", "injur", "nabbed", "suicide", "hurt", "missing", "hostage", "abduct",
    "kidnap", "captiv", "detain", "arrest", "jail", "prison", "displac", "fled", "flee",
    "refugee", "exodus", "evacu", "body", "bodies", "toll", "casualt", "fatal", "lives", "perish",
    "martyr", "slain", "slay", "murder", "massacr", "execut", "neutrali", "eliminat", "gunfire", "hospital", "trapped",
    "unaccounted", "custody", "detention", "homeless", "shelter", "captur", "seized", "held", "drown",
    "shot", "victim", "remains", "uproot", "maim", "lost", "corpse", "buried", "burn", "crush",
    "sought", "escap", "treat", "harm", "survive", "life", "forced", "homes", "gunned", "among",
    "numbered", "crossing", "crossed", "stabbed", "beaten", "hacked", "lynch", "assassin", "trapping",
    "behead", "slaughter", "fighting for", "passed away", "slew", "took away", "reached", "heard from", "heard of", "contacted", "traps", "carried off", "electrocut", "fire", "deceased", "imprison", "rounded", "apprehend", "of them",
    "of whom", "be accounted", "been accounted", "slaughter", "butcher", "dying", "succumb", "exhum", "disappear", "vanish", "snatch",
    "they includ", "clinic", "infirmar", "medical cent", "health cent", "trauma cent", "intensive care", "homicide",
    # every phrase of the category tables holds one (tests/test_engines.py)
    # (single words where they can be: the Hyperscan scan reads those, a slower pattern the spaced)
    "condition", "seriously", "critically", "lightly", "slightly", "badly", "locate", "not been found",
    "trying to find", "searching", "removed", "bars", "refuge", "camps", "the loss of", "seizing",
    "forcing", "driven", "unknown", "mortalit", "cadaver", "surgery", "stable condition", "in icu", "in the icu",
    "rubble", "swept", "sweeping away", "washed away", "washing away", "medical assistance", "relief cent",
    "evacuation cent", "laid to rest", "reburied", "incarcerat", "funeral", "burial", "mourn", "bid farewell",
    "found hang", "shahadat", "idps", "asylum", "of those", "of these", "medical attention",
]  # fmt: skip

# --- dates -------------------------------------------------------------------------
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
RELATIVE_DAYS = {
    "today": 0,
    "yesterday": -1,
    "the day before yesterday": -2,
    "the day before": -1,
    "last night": -1,
    "tonight": 0,
    "this morning": 0,
    "earlier today": 0,
    "overnight": 0,
    "on the eve": -1,
    "the previous day": -1,
    "the previous night": -1,  # "a strike near a hospital the previous night"
    "the night before": -1,
    "a day earlier": -1,
    "two days ago": -2,
    "three days ago": -3,
    "days ago": 0,
}

# Sentence abbreviations that end in a full stop but do not end a sentence.
ABBREVIATIONS = [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "mt",
    "ft",
    "no",
    "nos",
    "vs",
    "etc",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "u.k",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "approx",
    "est",
    "dept",
    "govt",
    "brig",
    "lieut",
    "cmdr",
    "pres",
]

# Publisher sign-offs and wire names: "— AFP", "(Reuters)".
# The last word of a paper's or a broadcaster's name: "told the Dhaka Tribune", "told Radio
# Dabanga" (a speaker who told one speaks through it)
MEDIA_NAME_WORDS = [
    "news", "times", "tribune", "post", "daily", "herald", "radio", "television", "tv", "agency",
    "press", "journal", "gazette", "telegraph", "guardian", "chronicle", "express", "broadcaster",
    "channel", "network", "dabanga",
]  # fmt: skip
WIRES = [
    "AFP",
    "Reuters",
    "AP",
    "Associated Press",
    "Agence France-Presse",
    "dpa",
    "Xinhua",
    "ANI",
    "PTI",
    "IANS",
    "UPI",
    "Bloomberg",
    "EFE",
    "ANSA",
    "Anadolu",
    "Al Jazeera",
    "BBC",
    "CNN",
    "WAFA",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Interfax",
    "NPR",
    "Bernama",
    "AAP",
    "CP",
    "The Associated Press",
    "Agence France Presse",
]


def _singular(plural: str) -> str:
    irregular = {
        "people": "person",
        "children": "child",
        "women": "woman",
        "men": "man",
        "policemen": "policeman",
        "servicemen": "serviceman",
        "fishermen": "fisherman",
        "militiamen": "militiaman",
        "gunmen": "gunman",
        "infantrymen": "infantryman",
        "firefighters": "firefighter",
        "staff": "staff member",
        "police": "police officer",
    }
    last = plural.split()[-1]
    if last in irregular:
        return plural[: -len(last)] + irregular[last]
    if last.endswith("ies"):
        return plural[:-3] + "y"
    if last.endswith("s") and not last.endswith("ss"):
        return plural[:-1]
    return plural


# "one soldier", "a child": the singular of each victim noun, mapped to its plural.
# Nationality and faith nouns are left out: in the singular they are adjectives
# ("one Ukrainian soldier").
_ADJECTIVE_LIKE = {
    "israelis",
    "palestinians",
    "ukrainians",
    "russians",
    "syrians",
    "iraqis",
    "afghans",
    "yemenis",
    "somalis",
    "kurds",
    "americans",
    "britons",
    "iranians",
    "gazans",
    "muslims",
    "christians",
    "jews",
    "hindus",
    "shiites",
    "sunnis",
    "others",
    "locals",
    "elderly",
    "seniors",  # "three senior commanders"
    "nationals",
    "foreigners",
    "forces",
    "security forces",
    "israeli soldiers",
    "palestinian children",
    "media workers",
}
SINGULAR_VICTIMS = {
    _singular(p): p
    for p in VICTIM_NOUNS
    if _singular(p) != p and " of " not in p and p not in _ADJECTIVE_LIKE
}

# --- headlines -----------------------------------------------------------------------
# A headline's "X: ..." names a speaker ("UN: 500 killed in Darfur") or labels the story:
# a place, a kind of piece, a topic. These never speak.
PLACE_NAMES = [
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "benin", "bolivia",
    "bosnia", "botswana", "brazil", "bulgaria", "burkina faso", "burma", "burundi", "cambodia",
    "cameroon", "canada", "central african republic", "chad", "chile", "china", "colombia",
    "congo", "dr congo", "drc", "costa rica", "croatia", "cuba", "cyprus", "czech republic",
    "denmark", "djibouti", "dominican republic", "ecuador", "egypt", "el salvador", "eritrea",
    "estonia", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany",
    "ghana", "greece", "guatemala", "guinea", "haiti", "honduras", "hungary", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica", "japan",
    "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia",
    "lebanon", "liberia", "libya", "lithuania", "madagascar", "malawi", "malaysia", "mali",
    "mauritania", "mexico", "moldova", "mongolia", "morocco", "mozambique", "myanmar", "namibia",
    "nepal", "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "north korea",
    "norway", "oman", "pakistan", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia",
    "senegal", "serbia", "sierra leone", "somalia", "somaliland", "south africa", "south korea",
    "south sudan", "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan",
    "tajikistan", "tanzania", "thailand", "togo", "tunisia", "turkey", "turkiye", "turkmenistan",
    "uganda", "ukraine", "united arab emirates", "uae", "united kingdom", "uk", "britain",
    "united states", "us", "usa", "america", "uruguay", "uzbekistan", "venezuela", "vietnam",
    "yemen", "zambia", "zimbabwe", "gaza", "gaza strip", "west bank", "jerusalem", "east jerusalem",
    "palestine", "darfur", "tigray", "amhara", "donbas", "crimea", "kashmir", "kurdistan",
    "sahel", "middle east", "europe", "africa", "asia", "latin america", "balkans", "caucasus",
]  # fmt: skip
HEADLINE_LABELS = [
    "live", "breaking", "analysis", "update", "updates", "latest", "watch", "video", "photos",
    "pictures", "in pictures", "explainer", "explained", "opinion", "comment", "editorial",
    "exclusive", "factbox", "fact check", "timeline", "interview", "profile", "obituary",
    "q&a", "special report", "in depth", "news", "world", "war", "conflict", "crisis",
    "attack", "attacks", "quake", "earthquake", "floods", "flood", "storm", "fire", "fires",
    "siege", "offensive", "ceasefire", "truce", "day", "accident", "accidents", "crash", "crashes",
    "disaster", "tragedy", "derailment", "collapse", "blast", "explosion", "bombing", "shooting",
    "stampede", "landslide", "cyclone", "typhoon", "hurricane", "violence", "clashes", "massacre",
    "riots", "protests", "outbreak", "epidemic", "developing story", "developing", "just in",
    "breaking news", "live updates", "update 1", "update 2", "update 3",
    # the labels of a list of figures: "Deaths: 1,234", "Missing: 120"
    "death", "deaths", "dead", "killed", "fatalities", "injured", "wounded", "injuries", "missing",
    "displaced", "detained", "arrested", "hostages", "casualties", "toll", "death toll",
    "captured", "abducted", "kidnapped", "total", "bodies", "captivity",
]  # fmt: skip
# Lines that link to other stories: "More from the Courier: ...", "Read more: ..."
HEADLINE_LINK_LEADS = [
    "more from",
    "more on",
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "recommended",
    "read full",  # "Read Full story : Three people wounded in knife attack"
    "full story",
    "more stories",
    "source link",
    "translated from",  # "translated from Spanish: 3 killed after dam break": a page's note
    "translation",
    "machine translation",
    "you're reading",  # page furniture: "You're reading: Boat capsizes, killing 14"
    "you are reading",
    "now reading",
    "trending",
    "top stories",
]
# Capitalised words that end a place in a headline written in title case ("33 Dead in Truck-Bus
# Crash", "17 Dead as Bus Falls From Manila Highway Onto Van"): the event, its vehicle, the road.
# Event words end a place anywhere; the rest only in a title-case line.
PLACE_ENDING_EVENTS = [
    "crash", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "blast", "bombing",
    "explosion", "collision", "accident", "quake", "earthquake", "stampede", "shooting", "raid",
    "raids", "clashes", "fire", "flood", "floods", "storm", "landslide", "mudslide", "derailment",
]  # fmt: skip
PLACE_ENDING_TITLE_WORDS = [
    "bus", "truck", "lorry", "train", "car", "van", "boat", "ferry", "plane", "jet", "helicopter",
    "highway", "road", "bridge", "onto", "into", "as", "after", "amid", "over", "says", "say",
    "dead", "killed", "kills", "die", "dies", "hurt", "injured", "toll",
]  # fmt: skip

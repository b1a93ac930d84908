"""Keyword tables: words that signal attacks, targets, impacts and who states or did what.

Every phrase here goes into the single Aho-Corasick automaton with the gazetteer names, so a
keyword is found in one pass and located by offset. Values map to the closed vocabularies in
`schemas.vocab` (AttackType, TargetType). A phrase is matched as whole words; list inflected
forms explicitly (the `_forms` helper adds the usual English endings).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Keyword:
    """What a matched phrase means: a category and a value within it.

    kind: attack | target | impact | trigger | claim | actor | country | anaphor | reference
    | title | geo_suffix | not_attack.  `weak` attack words (e.g. "bombing") only count when
    nothing more specific is said about the same incident.
    """

    kind: str
    value: str
    weak: bool = False


def _forms(*stems: str) -> list[str]:
    """Noun/verb inflections of each stem: drone -> drone, drones; attack -> attacks, attacked..."""
    out: list[str] = []
    for s in stems:
        out.append(s)
        if s.endswith("y") and not s.endswith(("ay", "ey", "oy")):
            out.append(s[:-1] + "ies")
        elif s.endswith(("s", "x", "ch", "sh")):
            out.append(s + "es")
        else:
            out.append(s + "s")
    return out


ATTACK: dict[str, list[str]] = {
    "drone": [
        *_forms("drone", "uav", "kamikaze drone", "unmanned aerial vehicle", "shahed",
                "geran", "lancet", "loitering munition", "fpv drone", "unmanned aircraft",
                "aircraft-type uav", "aircraft-type drone", "unmanned boat", "sea drone",
                "naval drone", "unmanned surface vessel"),
        "unmanned aircraft", "drone-strike", "drone strike", "drone attack", "drone attacks",
    ],
    "missile": [
        *_forms("missile", "cruise missile", "ballistic missile", "iskander", "kinzhal",
                "kalibr", "atacms", "storm shadow", "scalp", "tochka-u", "kh-101", "kh-22",
                "kh-59", "s-300", "s-400", "oniks", "neptune missile", "zircon", "tsirkon"),
        "missile strike", "missile attack",
    ],
    "rocket": [
        *_forms("rocket", "grad", "mlrs", "multiple rocket launcher", "multiple launch rocket system",
                "rocket launcher", "vampire", "himars", "uragan", "smerch", "bm-21", "rm-70",
                "rocket-propelled grenade", "hrad", "tornado-s"),
        "multiple launch rocket systems", "rocket fire", "rocket attack",
    ],
    "shelling": [
        *_forms("shelling", "artillery", "mortar", "howitzer", "shell", "artillery strike",
                "artillery fire", "tank fire", "cannon"),
        "shelled", "shelling", "mortar fire", "mortar attack", "came under fire", "came under shelling",
        "under fire",
    ],
    "airstrike": [
        *_forms("airstrike", "air strike", "air attack", "glide bomb", "guided bomb",
                "aerial bomb", "guided aerial bomb", "kab", "fab-500", "fab-1500",
                "aerial barrage", "bomber", "warplane", "fighter jet", "su-34", "su-35"),
        "air-strike", "air-strikes", "bombs", "bomb", "dropped bombs", "aerial attack",
        "aerial attacks", "air raid", "air raids",
    ],
    "ground": [
        *_forms("incursion", "sabotage group", "sabotage and reconnaissance group",
                "cross-border assault", "cross-border attack", "cross-border raid", "raid",
                "ground assault", "infiltration", "skirmish", "saboteur", "sabotage unit",
                "armoured vehicle", "breakthrough attempt", "attempted breakthrough", "dvrg"),
        "raided", "infiltrated", "crossed the border", "terrorist formations", "ground attack",
        "ground attacks", "assault group", "assault groups", "fighting", "clashes",
    ],
}
WEAK_ATTACK = {"bomb", "bombs", "fighting", "clashes", "air raid", "air raids", "raid", "raids",
               "shell", "shells", "under fire"}
NOT_ATTACK = [
    "air raid alert", "air raid alerts", "air raid siren", "air raid sirens", "air-raid alert",
    "air raid warning", "bomb shelter", "bomb shelters", "air defence", "air defense",
    "air defences", "air defenses", "fighting alongside", "drone pilots", "drone pilot",
    "shell company", "shell companies", "fighter", "fighters", "missile defence",
]

GENERIC_TRIGGER = [
    *_forms("attack", "strike", "explosion", "blast", "bombardment", "barrage", "detonation",
            "salvo", "assault", "shelling", "airstrike"),
    "attacked", "attacking", "struck", "striking", "bombing", "bombed", "bombings", "shot down",
    "intercepted", "downed", "targeted", "targeting", "hit", "hits", "hitting", "exploded",
    "explosions", "blasts", "shelled", "fired", "launched", "hits", "crashed", "repelled",
    "destroyed", "killed", "injured", "wounded",
]

IMPACT = [
    "killed", "killing", "kills", "dead", "died", "dies", "death", "deaths", "lives", "perished",
    "injured", "injuring", "injuries", "wounded", "wounding", "hurt", "casualties", "casualty",
    "victims", "damaged", "damage", "damaging", "destroyed", "destroying", "hit", "hitting", "hits",
    "struck", "fire", "fires", "blaze", "burning", "ablaze", "exploded", "explosion", "explosions",
    "blast", "blasts", "shot down", "intercepted", "downed", "repelled", "repulsed", "crashed",
    "collapsed", "debris", "fragments", "wreckage", "suppressed", "neutralised", "neutralized",
    "foiled", "targeted", "targeting", "attacked", "shelled", "bombed", "hospitalised",
    "hospitalized", "power outage", "power outages", "without power", "evacuated", "smashed",
    "shattered", "blown out", "caught fire", "set fire", "set on fire", "engulfed", "impact",
    "crater", "launched", "targets", "came under", "were heard", "was heard", "heard explosions",
]

TARGET: dict[str, list[str]] = {
    "energy": [
        *_forms("refinery", "oil refinery", "oil depot", "fuel depot", "oil terminal",
                "fuel tank", "oil tank", "power plant", "power station", "substation",
                "thermal power plant", "energy facility", "power facility", "energy site",
                "gas pipeline", "oil pipeline", "pumping station", "power grid", "power line",
                "transformer", "boiler house", "combined heat and power plant", "chp",
                "hydroelectric power plant", "nuclear power plant", "fuel storage",
                "oil storage", "petrochemical plant", "gas station", "filling station",
                "energy infrastructure", "oil facility", "gas facility", "tank farm",
                "electricity substation", "heating plant", "energy object"),
        "oil refining", "petrochemical", "energy sector", "energy system", "refineries",
        "power supply", "electricity",
    ],
    "military": [
        *_forms("airfield", "air base", "airbase", "military unit", "barracks", "military facility",
                "ammunition depot", "ammo depot", "arms depot", "weapons depot", "command post",
                "warship", "military base", "military airfield", "military target",
                "military equipment", "air defence system", "radar", "military infrastructure",
                "military enlistment office", "headquarters", "landing ship", "patrol ship",
                "military object", "military installation"),
        "military infrastructure", "military facilities", "naval base", "fleet",
    ],
    "industrial": [
        *_forms("factory", "plant", "industrial enterprise", "defence enterprise",
                "defense enterprise", "industrial facility",
                "industrial site", "industrial zone", "industrial area", "mill", "works",
                "defence plant", "defense plant", "electronics factory", "chemical plant",
                "shipyard", "shipbuilding plant", "dockyard",
                "metallurgical plant", "warehouse", "production facility", "industrial object"),
        "industrial",
    ],
    "residential": [
        *_forms("apartment building", "apartment block", "residential building", "house",
                "private house", "high-rise", "multi-storey building", "multi-story building",
                "multi-storey residential building", "apartment", "dwelling", "residential area", "private home",
                "residential complex", "cottage", "dormitory", "block of flats",
                "residential", "balcony", "residential quarter",
                "nine-storey building", "five-storey building", "housing"),
        "balconies", "multi-apartment building", "multi-apartment buildings", "homes",
    ],
    "civilian": [
        *_forms("car", "civilian vehicle", "private vehicle", "shop", "store", "shopping center", "shopping centre", "mall",
                "market", "school", "kindergarten", "hospital", "clinic", "street", "shelter",
                "bus", "minibus", "church", "cafe", "restaurant", "garage", "playground",
                "administrative building", "civilian object", "civilian infrastructure",
                "supermarket", "pharmacy", "university", "office building", "business center",
                "hotel", "stadium", "park", "bus stop", "post office", "city centre",
                "city center", "centre", "center", "farm", "civilian facility", "truck",
                "ambulance", "temporary shelter", "beach", "sports complex", "culture center"),
        "civilians", "civilian", "outbuildings", "outbuilding", "cars", "passenger car",
    ],
    "infrastructure": [
        *_forms("bridge", "railway", "rail line", "railway station", "train station", "train",
                "airport", "seaport", "port infrastructure", "port facility", "highway", "railroad", "railway line",
                "locomotive", "rail", "water supply", "water pipeline", "infrastructure facility",
                "infrastructure object", "communications tower", "telecommunications tower",
                "tv tower", "dam", "ferry", "terminal", "grain terminal", "utility",
                "gas distribution station", "critical infrastructure", "transport infrastructure",
                "power lines"),
        "infrastructure", "utilities", "railways", "rail infrastructure",
    ],
}

CLAIM: dict[str, list[str]] = {
    "governor": ["governor", "regional governor", "gov"],
    "defence ministry": ["defence ministry", "defense ministry", "ministry of defence",
                         "ministry of defense", "mod", "defence ministry's", "military said",
                         "russian military", "ukrainian military"],
    "air force": ["air force", "air forces"],
    "general staff": ["general staff"],
    "emergencies ministry": ["emergencies ministry", "emergency ministry",
                             "ministry of emergency situations", "state emergency service",
                             "emergency services", "rescuers"],
    "mayor": ["mayor", "city head", "head of the city"],
    "regional administration": ["military administration", "regional administration",
                                "head of the region", "acting head", "regional head",
                                "regional military administration", "administration head",
                                "district head", "head of the district", "local authorities",
                                "regional authorities", "authorities"],
    "local officials": ["local officials", "officials", "official", "police",
                        "investigative committee", "prosecutor", "prosecutors"],
    "media": ["media", "media outlets", "telegram channel", "tg channel", "ria novosti", "ria",
              "tass", "interfax", "reuters", "afp", "associated press", "baza", "astra",
              "ukrainska pravda", "kyiv independent", "suspilne", "sources",
              "rbc-ukraine", "meduza", "mediazona"],
}

ACTORS: dict[str, list[str]] = {
    "Ukraine": ["ukrainian", "ukraine's", "ukrainian forces", "ukrainian armed forces",
                "ukraine", "kyiv regime", "kiev regime", "kyiv's", "kiev's", "armed forces of ukraine",
                "zsu", "afu"],
    "Russia": ["russian", "russia's", "russian forces", "russian troops", "russia",
               "russian army", "russian armed forces", "moscow's"],
    "HUR (Ukrainian military intelligence)": [
        "main intelligence directorate", "hur", "gur", "defence intelligence of ukraine",
        "defense intelligence of ukraine", "ukraine's intelligence", "military intelligence"],
    "SBU": ["sbu", "security service of ukraine"],
    "Freedom of Russia Legion": ["freedom of russia legion", "freedom for russia legion",
                                 "legion freedom of russia", "freedom legion for russia"],
    "Russian Volunteer Corps": ["russian volunteer corps", "rdk"],
    "Siberian Battalion": ["siberian battalion"],
}

COUNTRY = {
    "russia": "RU", "russian federation": "RU", "russian territory": "RU",
    "ukraine": "UA", "ukrainian territory": "UA",
}

ANAPHOR = [
    "the region", "the city", "his region", "her region", "the area", "the regional capital",
    "the district", "the village", "the town", "there", "the settlement", "the oblast",
    "the regional center", "the regional centre", "outside the city", "in the region",
]

REFERENCE_BEFORE = [
    "east of", "west of", "north of", "south of", "northeast of", "northwest of", "southeast of",
    "southwest of", "north-east of", "north-west of", "south-east of", "south-west of", "from",
    "away from", "border with", "bordering", "borders", "kilometres from", "kilometers from",
    "miles from", "km from", "outskirts of", "toward", "towards", "direction of",
    "native", "born in", "visit to", "visited", "based in",
]

TITLES = [
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "general", "mr", "mrs", "ms", "dr", "colonel", "commander", "lieutenant", "major",
    "sergeant", "senator", "deputy", "mp", "patriarch", "prime minister", "chancellor",
    "ambassador", "secretary",
]

GEO_CONTEXT = [
    "village", "villages", "town", "towns", "city", "cities", "settlement", "settlements",
    "district", "districts", "raion", "rayon", "region", "oblast", "community", "hromada",
    "suburb", "outskirts", "municipality", "county", "krai", "hamlet", "resort",
    "urban-type settlement", "regional centre", "regional center",
]
GEO_PREPOSITIONS = {"in", "near", "of", "at", "over", "outside", "around", "on", "into", "above",
                    "across", "to"}

DISTRICT_NOUNS = ["district", "districts", "raion", "rayon", "municipal district",
                  "urban district", "county"]

STOP_PLACES = {
    # Gazetteer names that are common words, first names or outlets in English-language news.
    "victory", "pobeda", "peace", "mir", "zarya", "progress", "pravda", "mayak", "sputnik",
    "rodina", "oktyabr", "novosti", "yug", "sever", "center", "centre", "park", "lenina",
    "sovetskiy", "komsomolets", "partizan", "druzhba", "svoboda", "slava", "nadezhda", "vera",
    "lyubov", "sofia", "olga", "anna", "maria", "elena", "natalia", "nikita", "nikolai",
    "ivan", "pavel", "lenin", "karl marx", "telegram", "tass", "ria",
    "astra", "baza", "mash", "shot", "news", "global", "updated", "exclusive", "review",
    "opinion", "ukraine", "russia", "crimea", "legion", "drone", "rocket", "missile",
    "star", "gorki", "rossiya", "ukraina", "europe", "america", "amerika", "berlin", "paris",
    "london", "kuba", "kanada", "yalta conference", "march", "may", "june", "july", "august",
    "friday", "monday", "north", "south", "east", "west", "police", "ministry", "grad",
    "vampire", "hurricane", "tornado", "storm", "neptune", "sapsan", "korsar", "kirby",
    "biden", "putin", "peskov", "zelensky", "shoigu", "lavrov", "podolyak", "kuleba",
}
"""Never read these as small places (why: common words/names that are also villages);
places above `STOP_MAX_POPULATION` are kept (Engels, Kirov are real targets)."""
STOP_MAX_POPULATION = 50_000

"""Casualty and interception figures from one sentence (folded, lower-case text).

Numbers may be digits or words ("at least seven", "twenty-five", "a child" = 1); words are
valued with `text_to_num`. A figure is a number tied to a human noun and a killed/injured
verb, or to a weapon noun and an intercepted/launched verb. Numbers after "including" /
"of them" are parts of a total already counted and are skipped. "No casualties" gives 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from text_to_num import text2num

from streams.extraction.dates import MONTH_NAMES

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_HUNDREDS = (
    rf"(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and (?:{_TENS}|{_UNITS}))?"
)
_WORDNUM = (
    rf"(?:(?:{_UNITS}) dozen|(?:{_TENS})(?:[- ](?:{_UNITS}))?|(?:{_UNITS})|{_HUNDREDS}|a dozen|"
    r"dozen)"
)
_DIG = r"(?<![-/.:])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?![-/.:,]\d)"
"""A number in digits, "1,890" whole: never its "890" (which had made "Of the 2,024 drones"
a count of 24), nor a part of "12/03", "3.5" or "10:40"."""
NUM = rf"(?:{_DIG}|{_WORDNUM}|an?|the|a single|his|her)"
_QUAL = (
    r"(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|"
    r"approximately|roughly|another|a further|an additional|all|all the|another|the other|"
    r"a total of|in total|total of)\s+)?"
)
_HUMAN = (
    r"(?:people|persons?|civilians?|residents?|children|child|kids?|men|man|women|woman|"
    r"boys?|girls?|teenagers?|teens?|(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )minors?|"
    r"infants?|babies|baby|others?|more|individuals|"
    r"workers?|employees?|soldiers?|servicem[ae]n|members?|pensioners?|drivers?|"
    r"passengers?|firefighters?|rescuers?|locals?|police(?:m[ae]n)?|officers?|volunteers?|"
    r"journalists?|citizens?|villagers?|adults?|elderly|victims?|guards?|fighters?|"
    r"security guards?|medics?|doctors?|students?|residents|sons?|daughters?|wife|husband|"
    r"mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|"
    r"neighbou?rs?|paramedics?|nurses?|teachers?|farmers?|miners?|electricians?|"
    r"fishermen|fisherman|couriers?|postm[ae]n|linem[ae]n|railway workers?|"
    r"emergency workers?|utility workers?|border guards?|rescue workers?|tractor drivers?)"
)
_Q = "[\"']"
_ADJ = r"(?:[a-z0-9'\"-]+\s+){0,3}?"
_KILL = (
    r"(?:killed|dead|died|perished|slain|lost (?:their|his|her) li(?:ves|fe)|were killed|"
    r"was killed|killed outright|fatally (?:injured|wounded)|death)"
)
_HURT = (
    r"(?:injured|wounded|hurt|hospitali[sz]ed|sustained (?:\w+ )?injuries|"
    r"suffered (?:\w+ )?injuries|received (?:\w+ )?injuries|in hospital|treated|"
    r"suffered (?:\w+ )?(?:burns|wounds)|sustained (?:\w+ )?(?:burns|wounds)|"
    r"taken to (?:a |the )?hospital|sought medical (?:help|attention))"
)
_WEAPON = (
    r"(?:drones?|uavs?|unmanned (?:aerial )?(?:vehicles?|aircraft)|missiles?|rockets?|"
    r"shells?|projectiles?|grenades?|bombs?|shaheds?|aerial targets?|targets?|"
    r"aircraft|munitions?|boats?|kamikaze drones?)"
)
_INTERCEPT = (
    r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed|repelled|suppressed|"
    r"eliminated|captured|foiled|brought down|repulsed|disabled|jammed|"
    r"were shot down|was shot down)"
)
_INTERCEPTING = r"(?:intercepting|shooting down|downing|destroying|neutrali[sz]ing|bringing down)"
"""Gerunds count only before their number ("destroying 17 drones"): after a weapon they say
what it did ("dropped two bombs, destroying three houses")."""
_LAUNCH = r"(?:launched|fired|attacked|used|involved|sent|involving|with|attacking)"

_FLAGS = 0  # callers pass folded (lower-case) text; IGNORECASE would double the cost
_NEGATED = re.compile(r"\b(?:not|never)\b|n't\b")
_KILL_WORD = re.compile(r"\b(?:killed|dead|died|perished|death)\b")
_HURT_WORD = re.compile(r"\b(?:injured|wounded|hurt|hospitali[sz]ed)\b")
_RX_KILLED_AFTER = re.compile(
    rf"\b{_QUAL}(?P<n>{NUM})\s+{_ADJ}{_HUMAN}\b(?:,[^,.;]{{0,60}},)?(?:\s+[a-z'-]+){{0,5}}?\s+"
    rf"(?:were|was|have been|had been|has been|are|is|got|being|reportedly|also|all|later|"
    rf"\s)*{_KILL}\b",
    _FLAGS,
)
_RX_KILLED_BARE = re.compile(
    rf"\b{_QUAL}(?P<n>{NUM})\s+(?:were |are |was |is |)(?:killed|dead)\b", _FLAGS
)
_RX_KILLED_BEFORE = re.compile(
    rf"\b(?:killed|killing|kills|claimed the li(?:ves|fe) of|claiming the li(?:ves|fe) of|"
    rf"took the li(?:ves|fe) of|taking the li(?:ves|fe) of|death toll (?:has |had )?"
    rf"(?:rose|risen|climbed|increased|reached|stands at|stood at|is|was|rises|climbs)(?: to)?|"
    rf"left|leaving)\s+{_QUAL}(?P<n>{NUM})\b(?!\s+{_ADJ}{_WEAPON})(?P<tail>\s+{_Q}?{_ADJ}(?:{_HUMAN}|dead)\b)?",
    _FLAGS,
)
_RISE = (
    r"(?:has |had |have )?(?:rose|risen|climbed|increased|reached|stands at|stood at|is now|"
    r"was now|rises|climbs|grew|grown|jumped|went up|gone up|hit)(?: to)?"
)
_RX_TOLL = re.compile(
    rf"\b(?P<what>death toll|toll|number of (?:the )?(?:dead|deaths|people killed|those killed|"
    rf"fatalities|victims|injured|wounded|people injured|people wounded|casualties))\b"
    rf"(?:[^.;:]|\.(?= ?\d)){{0,90}}?\b{_RISE}\s+{_QUAL}"
    rf"(?P<n>{_DIG}|\d{{1,3}}(?:,\d{{3}})+|{_WORDNUM})\b"
    rf"(?!\s+{_ADJ}{_WEAPON})",
    _FLAGS,
)
"""A toll stated apart from its verb: "the death toll from Sunday's strike has risen to four"."""
_RX_TOLL_LATER = re.compile(
    rf"[^.;]{{0,40}}?\b(?:but|and|then|later|before it)\s+(?:it\s+)?{_RISE}\s+{_QUAL}"
    rf"(?P<n>{_DIG}|\d{{1,3}}(?:,\d{{3}})+|{_WORDNUM})\b"
)
"""A toll revised in the same breath: "stood at six but rose to 11"."""
_COORD_GAP = re.compile(rf"(?:{NUM})\s+{_ADJ}{_HUMAN}\s*,?\s+and\s+$")
""""two women and a man were killed": the gap between two counts of one verb."""
_RX_COUPLE = re.compile(
    r"\b(?:(?P<v1>killed|killing|injured|injuring|wounded|wounding)\s+)?"
    r"(?P<n>an?|the)\s+(?:married\s+|elderly\s+|young\s+|older\s+|retired\s+)?couple\b(?!\s+of\b)"
    r"(?(v1)|(?:[^.;]{0,40}?\b(?:was|were|had been|have been|has been)\s+)"
    r"(?P<v2>killed|injured|wounded|hurt|hospitali[sz]ed))",
    _FLAGS,
)
""""A married couple was killed", "killing an elderly couple": two people."""
_WEAPON_ACTS = re.compile(
    r"\s+(?:destroyed|disabled|damaged|hit|struck|eliminated)\s+(?:an?|the|two|\d)\b"
)
"""A weapon as the subject of an active verb with an object: it did the destroying."""
_RX_ANOTHER_HURT = re.compile(
    r"\b(?:and|while)\s+(?P<n>another)\s+(?:one\s+|person\s+|man\s+|woman\s+|employee\s+|"
    r"worker\s+)?(?:was\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b"
)
"""After a death: "one employee was killed and another hospitalized" -- one hurt."""
_RX_BODIES = re.compile(
    rf"\b(?:(?:recovered|found|pulled|retrieved|discovered|removed)\b[^.;]{{0,30}}?\b{_QUAL}"
    rf"(?P<n>{_DIG}|{_WORDNUM})\s+(?:more\s+|further\s+)?bodies"
    rf"|{_QUAL}(?P<n2>{_DIG}|{_WORDNUM})\s+(?:more\s+)?bodies\s+(?:were|have been|had been|"
    rf"was)\s+(?:\w+\s+)?(?:recovered|found|pulled|retrieved|discovered|removed))\b",
    _FLAGS,
)
_RX_HURT_AFTER = re.compile(
    rf"\b{_QUAL}(?P<n>{NUM})\s+{_ADJ}{_HUMAN}\b(?:,[^,.;]{{0,60}},)?(?:\s+[a-z'-]+){{0,5}}?\s+"
    rf"(?:were|was|have been|had been|has been|are|is|got|being|reportedly|also|all|later|"
    rf"\s)*{_HURT}\b",
    _FLAGS,
)
_RX_HURT_BARE = re.compile(
    rf"\b{_QUAL}(?P<n>{NUM})\s+(?:were |are |others |more |)(?:injured|wounded|hurt)\b", _FLAGS
)
_RX_HURT_BEFORE = re.compile(
    rf"\b(?:injured|injuring|injures|wounded|wounding|wounds|hurt|hurting|hurts|"
    rf"injuring at least|number of injured "
    rf"(?:rose|has risen|climbed|increased|reached) to)\s+{_QUAL}(?P<n>{NUM})\b"
    rf"(?!\s+{_ADJ}{_WEAPON})(?P<tail>\s+{_Q}?{_ADJ}{_HUMAN}\b)?",
    _FLAGS,
)
_RX_OF = re.compile(
    rf"\b(?P<a>{_DIG}|{_WORDNUM})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<b>{_DIG}|{_WORDNUM})\s+{_ADJ}{_WEAPON}",
    _FLAGS,
)
_RX_INTERCEPT_BEFORE = re.compile(
    rf"\b(?:{_INTERCEPT}|{_INTERCEPTING})(?:\s+(?:and|or)\s+{_INTERCEPT})?\s+(?:\w+\s+){{0,2}}?{_QUAL}"
    rf"(?P<n>{_DIG}|{_WORDNUM}|all)\s+(?:of\sthe\s+)?{_ADJ}(?P<w>{_WEAPON})",
    _FLAGS,
)
_DOWNED = r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed|brought down)"
_RX_INTERCEPT_ONE = re.compile(
    rf"\b(?:(?:{_DOWNED}|{_INTERCEPTING})\s+(?P<n>an?|a single)\s+"
    r"(?:[a-z'-]+\s+){0,2}?(?:drone|uav|missile|rocket|shahed|unmanned aerial vehicle)\b"
    r"|(?P<n2>an?|the|a single)\s+(?:[a-z'-]+\s+){0,2}?(?:drone|uav|missile|rocket|shahed)\s+"
    rf"(?:[a-z'-]+\s+){{0,4}}?(?:was|had been|has been)\s+(?:\w+\s+)?"
    rf"(?:{_DOWNED}|suppressed|jammed)\b)",
    _FLAGS,
)
"""One weapon shot down ("destroyed an enemy UAV", "a drone was shot down over X"): a single
count, told only by its verb, never by "a drone hit ... and destroyed a car"."""
_RX_AND_WEAPON = re.compile(
    rf"(?:\s+{_WEAPON}\b)*\s*(?:,|,? and)\s+{_QUAL}(?P<n>{_DIG}|{_WORDNUM})\s+(?:of the\s+)?{_ADJ}"
    rf"(?P<w>{_WEAPON})\b",
    _FLAGS,
)
""""downed 10 of the cruise missiles and 41 of the drones": the next weapon of the list (after
the rest of the last one's name: "six Shahed drones and one cruise missile")."""
_RX_INTERCEPT_AFTER = re.compile(
    rf"\b{_QUAL}(?P<n>{_DIG}|{_WORDNUM})\s+{_ADJ}(?P<w>{_WEAPON})\b[^.;]{{0,90}}?"
    rf"\b(?:were|was|have been|had been|been|being|are)?\s*"
    rf"(?:\w+\s+)?{_INTERCEPT}",
    _FLAGS,
)
_RX_LATER_COUNT = re.compile(
    rf"(?:,|;|\band)\s+{_QUAL}(?P<n>{_DIG}|{_WORDNUM})\s+(?:(?:of them|of these|more)\s+)?"
    rf"(?:were|was|have been|had been|are)\s+(?:\w+\s+)?{_INTERCEPT}",
    _FLAGS,
)
"""A count of its own between a weapon and the verb ("Of the 124 drones, 90 were shot down",
"launched 40 drones, and 31 were downed"): that count is what was shot down, the first one
what was launched."""
_RX_ELLIPTIC = re.compile(
    rf"(?P<sep>,|\band|:)\s+(?P<incl>including\s+)?(?P<n>{_DIG}|{_WORDNUM})\s+(?:more\s+)?"
    rf"(?:{_WEAPON}\s+)?(?:each\s+)?(?P<part>of them\s+)?(?:[-–—]\s+)?(?:over|above|in)\b",
    _FLAGS,
)
"""The next place of a split list ("12 over Kursk, 3 over Oryol", "five UAVs over the
territory of Kursk", "15 - over the territory of the Bryansk region", "one each over the Oryol
and Kaluga regions"). A part of the total just stated ("27 drones, 11 of them over X", "189
drones, including 58 over X", "64 drones: 29 over X, 14 over Y") leaves that total to no single
place."""
_RX_OF_WHICH = re.compile(
    rf"(?:\b(?P<n>{_DIG}|{_WORDNUM})\s+of (?:which|them|these)|\bof (?:which|them|these),?\s+"
    rf"(?P<n2>{_DIG}|{_WORDNUM})(?:\s+{_ADJ}(?P<w2>{_WEAPON}))?"
    rf"(?:,?\s+and\s+(?P<n4>{_DIG}|{_WORDNUM})\s+{_ADJ}(?P<w4>{_WEAPON}))?)\s+"
    rf"(?:were |was |have been |had been |are |being )?(?:\w+\s+)?{_INTERCEPT}"
    rf"|\b{_INTERCEPT}\s+(?:\w+\s+)?(?P<n3>{_DIG}|{_WORDNUM})\s+of (?:them|these|those)\b",
    _FLAGS,
)
""""launched 18 drones, 14 of which were shot down" / "..., of which 14 drones were shot
down": 14 intercepted of 18 launched; "shot down 46 of them": 46 of those just stated."""
_RX_ELLIPTIC_HUMAN = re.compile(
    rf"(?:,|\band|\bwhile)\s+(?:another\s+|a further\s+)?(?P<n>{_DIG}|{_WORDNUM})\s+"
    rf"(?:more\s+|other\s+)?(?:(?:people|persons?|civilians?|residents?)\s+)?(?:in|near|at)\b",
    _FLAGS,
)
"""A count for the next place in a split list: "killed two in Kharkiv and one in Sumy"."""
_RX_LAUNCH = re.compile(
    rf"\b(?:{_LAUNCH}\s+(?:\w+\s+)??{_QUAL}(?P<n1>{_DIG}|{_WORDNUM})\s+{_ADJ}(?P<w1>{_WEAPON})|"
    rf"{_QUAL}(?P<n2>{_DIG}|{_WORDNUM})\s+{_ADJ}(?P<w2>{_WEAPON})\s+"
    rf"(?:were |was |had been |have been )?(?:launched|fired|attacked|tried|hit|struck|targeted))",
    _FLAGS,
)
_RX_NONE = re.compile(
    r"\b(?:no (?:(?:serious\s+)?(?:damage\s+or\s+|damage\s+and\s+)?casualties|victims|"
    r"one was (?:killed|injured|hurt)|one was hurt|deaths|injuries|"
    r"one (?:was )?(?:killed|injured|hurt))|without casualties|nobody was (?:killed|injured|hurt)|"
    r"no[- ]one (?:was )?(?:killed|injured|hurt)|"
    r"there were no (?:casualties|victims|injuries|deaths)|"
    r"casualties were avoided|no reports? of casualties|no injured|"
    r"no (?:dead|fatalities)(?: or (?:injured|wounded))?|(?:no[- ]one|nobody) died)\b",
    _FLAGS,
)
_RX_NONE_UNKNOWN = re.compile(
    r"\bno (?:information|immediate information|details|word|reports?) (?:on|about|of) "
    r"(?:casualties|victims|injur)",
    _FLAGS,
)
_AGES_BEFORE = re.compile(r"\baged \d{1,3}(?:, \d{1,3})*,? and $")
_SUBSET = re.compile(
    r"(?:including|among them|among whom|of them|of whom|incl\.)\s+(?:\w+\s+){0,2}$", _FLAGS
)
_NOT_COUNT_AFTER = re.compile(
    r"\s*(?:years?|year-old|-year|km|kilomet|miles?|hours?|minutes?|percent|%|times|tons?|storey|"
    r"stor(?:y|ies)|floors?|m\b|meters?|metres?|am\b|pm\b|a\.m|p\.m|o'clock|days?|weeks?|months?)",
    _FLAGS,
)


_KILL_HINTS = ("kill", "dead", "died", "death", "lives", "life", "perish", "slain")
_HURT_HINTS = ("injur", "wound", "hurt", "hospital", "treated", "burns")
_INTERCEPT_HINTS = (
    "intercept",
    "shot down",
    "downed",
    "destroy",
    "neutrali",
    "repel",
    "suppress",
    "eliminat",
    "captur",
    "foil",
    "brought down",
    "repuls",
    "disabled",
    "jammed",
    "downing",
    "shooting down",
    "bringing down",
)
_WEAPON_HINTS = (
    "drone",
    "uav",
    "unmanned",
    "missile",
    "rocket",
    "shell",
    "projectile",
    "grenade",
    "bomb",
    "shahed",
    "target",
    "aircraft",
    "munition",
    "boat",
)
_LAUNCH_HINTS = (
    "launch",
    "fired",
    "attack",
    "used",
    "involv",
    "sent",
    "with",
    "tried",
    "hit",
    "struck",
    "target",
)


@dataclass(slots=True)
class Figure:
    """One stated figure: kind is killed | injured | intercepted | launched, or
    intercepted_total (a total split by place later in the sentence); pos in sentence."""

    kind: str
    value: int
    pos: int
    weapon: str = ""


@lru_cache(maxsize=4096)
def value_of(token: str) -> int | None:
    """'seven' -> 7, '1,200' -> 1200, 'a' -> 1; None for non-numbers."""
    t = token.strip().lower()
    if t in ("a", "an", "the", "a single", "one", "his", "her"):
        return 1  # "her son", "his passenger": one person
    if t in ("a dozen", "dozen"):
        return 12
    if t.endswith(" dozen"):  # "two dozen"
        n = value_of(t[: -len(" dozen")])
        return None if n is None else 12 * n
    t = t.replace(",", "")
    if t.isdigit():
        return int(t)
    try:
        return int(text2num(t.replace("-", " ") if " " not in t else t, "en"))
    except ValueError:
        try:
            return int(text2num(t, "en"))
        except ValueError:
            return None


def _iter(rx: re.Pattern[str], text: str, group: str = "n") -> list[re.Match[str]]:
    """Overlapping matches: a rejected long match must not hide a shorter one inside it,
    so the next search starts right after this match's number, not after the whole match."""
    out: list[re.Match[str]] = []
    pos = 0
    while True:
        m = rx.search(text, pos)
        if m is None:
            return out
        out.append(m)
        end = m.end(group) if m.group(group) is not None else -1
        pos = end if end > m.start() else m.start() + 1


_QUAL_FIRST = (
    "at more over about around nearly almost some up as approximately roughly another a an all "
    "the total in"
)
_NUM_FIRST = f"{_UNITS}|{_TENS}|a|an|the|his|her|dozen".replace("|", " ")
_FIRST_WORDS = frozenset(f"{_QUAL_FIRST} {_NUM_FIRST}".split())
_LAUNCH_FIRST = frozenset(_LAUNCH.strip("(?:)").split("|"))
_WORD = re.compile(r"\w+")


_KILL_BEFORE_FIRST = frozenset(
    (
        "killed",
        "killing",
        "kills",
        "claimed",
        "claiming",
        "took",
        "taking",
        "death",
        "left",
        "leaving",
    )
)
_HURT_BEFORE_FIRST = frozenset(
    (
        "injured",
        "injuring",
        "injures",
        "wounded",
        "wounding",
        "wounds",
        "hurt",
        "hurting",
        "hurts",
        "number",
    )
)
_INTERCEPT_FIRST = frozenset(
    (
        "intercepted",
        "shot",
        "downed",
        "destroyed",
        "neutralised",
        "neutralized",
        "repelled",
        "suppressed",
        "eliminated",
        "captured",
        "foiled",
        "brought",
        "repulsed",
        "disabled",
        "jammed",
        "were",
        "was",
        "intercepting",
        "shooting",
        "downing",
        "destroying",
        "neutralising",
        "neutralizing",
        "bringing",
    )
)
_G_NUM, _G_LAUNCH, _G_KILL_BEFORE, _G_HURT_BEFORE, _G_INTERCEPT_BEFORE = range(5)
_WORD_GROUPS: dict[str, tuple[int, ...]] = {}
for _w in _LAUNCH_FIRST:
    _WORD_GROUPS[_w] = (_G_LAUNCH,)
for _group, _words in (
    (_G_KILL_BEFORE, _KILL_BEFORE_FIRST),
    (_G_HURT_BEFORE, _HURT_BEFORE_FIRST),
    (_G_INTERCEPT_BEFORE, _INTERCEPT_FIRST),
):
    for _w in _words:
        _WORD_GROUPS[_w] = (*_WORD_GROUPS.get(_w, ()), _group)
for _w in _FIRST_WORDS:
    _WORD_GROUPS[_w] = (*_WORD_GROUPS.get(_w, ()), _G_NUM, _G_LAUNCH)
_DIGIT_GROUPS = (_G_NUM, _G_LAUNCH)


def _trie(words: list[str]) -> str:
    """A regex matching exactly `words`, factored by prefix (why: `re` tries an alternation's
    branches one by one at every char; a trie tries one char class per level)."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + rx(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return rx(root)


_START_WORD = re.compile(rf"\b(?:\d|(?:{_trie(sorted(_WORD_GROUPS))})\b)")
"""A whole word of `_WORD_GROUPS` or the first digit of a word starting with one (the text is
folded, so lower case: no `.lower()` per word)."""
_NUM_HEAD = re.compile(rf"{_QUAL}(?:{NUM})\s")
"""The head every `_G_NUM` pattern starts with (`_RX_OF`'s number is a `NUM` too)."""


def _starts(text: str) -> list[list[int]]:
    """Word starts where each family of patterns can begin, indexed by _G_NUM (a qualifier, a
    number word or a digit), _G_LAUNCH (those plus launch verbs), _G_KILL_BEFORE, _G_HURT_BEFORE and
    _G_INTERCEPT_BEFORE (their verbs).

    Why: these regexes begin with alternations that `re` retries at every char of the sentence
    (~30 us per sentence each); every match must begin at such a word, so `rx.match` at these
    few offsets finds exactly what `rx.search` would, far cheaper. The words are found by one
    trie-shaped regex (`_START_WORD`), not a Python loop over every word of the sentence.
    """
    out: list[list[int]] = [[], [], [], [], []]
    get = _WORD_GROUPS.get
    for m in _START_WORD.finditer(text):
        s = m.start()
        for g in get(m.group()) or _DIGIT_GROUPS:
            out[g].append(s)
    return out


def _iter_at(
    rx: re.Pattern[str], text: str, starts: list[int], group: str = "n"
) -> list[re.Match[str]]:
    """`_iter` restricted to candidate start offsets (same matches, see `_starts`)."""
    out: list[re.Match[str]] = []
    pos = 0
    for c in starts:
        if c < pos:
            continue
        m = rx.match(text, c)
        if m is None:
            continue
        out.append(m)
        end = m.end(group) if m.group(group) is not None else -1
        pos = end if end > m.start() else m.start() + 1
    return out


def _finditer_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """`rx.finditer(text)` restricted to candidate start offsets (non-overlapping, in order)."""
    out: list[re.Match[str]] = []
    pos = 0
    for c in starts:
        if c < pos:
            continue
        m = rx.match(text, c)
        if m is not None:
            out.append(m)
            pos = m.end() if m.end() > c else c + 1
    return out


def _is_subset(text: str, pos: int) -> bool:
    return bool(_SUBSET.search(text[max(0, pos - 40) : pos]))


MAX_STRIKE_TOLL = 2000
"""More killed or injured than this is a war's or a year's count, not one attack's."""
MAX_ONE_ATTACK_WEAPONS = 1000
"""More drones or missiles than one night has seen (the record through 2025 was about 810):
"in September, Russia launched more than 1,300 drones" is a month's total, no attack's."""


def _plural_ok(token: str, tail: str) -> bool:
    """'the' / 'a' only count with a singular human noun: 'the man', 'a child'."""
    if token.lower() not in _SINGLE_WORDS:
        return True
    return _SINGULAR.search(tail) is not None


_SINGLE_WORDS = frozenset(("the", "a", "an", "a single", "his", "her"))
_SINGULAR = re.compile(
    r"\b(?:man|woman|child|person|boy|girl|teenager|driver|resident|passenger|"
    r"civilian|member|pensioner|worker|employee|baby|infant|soldier|son|daughter|wife|husband|"
    r"mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|"
    r"neighbou?r|paramedic|nurse|teacher|farmer|miner|electrician|fisherman|courier|"
    r"postman|lineman|rescuer|firefighter|officer|guard|policeman|volunteer|journalist|medic|"
    r"doctor|student|villager|local|citizen|adult|teen|minor|individual|victim|serviceman|"
    r"fighter|passer-by|motorist|cyclist|pedestrian)\b"
)


def _weapon_kind(word: str) -> str:
    w = word.lower()
    for key in ("drone", "uav", "unmanned", "shahed", "missile", "rocket", "shell", "bomb"):
        if key in w:
            return {"uav": "drone", "unmanned": "drone", "shahed": "drone"}.get(key, key)
    return "other"


_RX_AND_HUMAN = re.compile(
    rf"(?:,\s*|\s+)and\s+{_QUAL}(?P<n>{NUM})\s+{_ADJ}{_HUMAN}\b(?!\s+(?:were|was)\s+"
    rf"(?:killed|injured|wounded|hurt))",
    _FLAGS,
)
""""injuring a teenager and four adults", "killing a man and his elderly mother": one count."""


def _add_coordinated(out: list[Figure], kind: str, m: re.Match[str], text: str) -> None:
    """Add the people coordinated after a verb's object to the figure just made for it."""
    if not m.group("tail") or not out or out[-1].kind != kind or out[-1].pos != m.start("n"):
        return
    nxt = _RX_AND_HUMAN.match(text, m.end())
    while nxt is not None:
        tok = nxt.group("n")
        val = value_of(tok)
        if val is None or not _plural_ok(tok, text[nxt.end("n") : nxt.end("n") + 40]):
            return
        out[-1].value += val
        nxt = _RX_AND_HUMAN.match(text, nxt.end())


def _finish(figs: list[Figure], text: str) -> list[Figure]:
    """The figures in sentence order, coordinated counts joined: "Two women and a man were
    killed" is one count of 3, not counts of 2 and 1."""
    figs.sort(key=lambda f: f.pos)
    if len(figs) < 2 or " and " not in text:
        return figs
    out: list[Figure] = [figs[0]]
    for f in figs[1:]:
        prev = out[-1]
        if (
            f.kind == prev.kind
            and f.kind in ("killed", "injured")
            and prev.value > 0
            and f.value > 0
            and _COORD_GAP.fullmatch(text, prev.pos, f.pos)
        ):
            prev.value += f.value
            continue
        out.append(f)
    return out


_BIRTH_YEAR = re.compile(r"\bborn(?: in)? (?:19|20)\d\d\b")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = re.compile(
    rf"\b(?:{_DAY}\s+(?:{MONTH_NAMES})\b(?:,?\s+(?:19|20)\d\d\b)?"
    rf"|(?:{MONTH_NAMES})\s+{_DAY},?\s+(?:19|20)\d\d\b"
    rf"|\b(?:on|since|by|until|from|before|after|of)\s+(?:{MONTH_NAMES})\s+{_DAY}\b"
    rf"(?:\s*(?:-|–|to|into)\s*{_DAY}\b)?"
    rf"|(?:{MONTH_NAMES}|in|since|of|by|until|from|during)[ ,.-]+(?:19|20)\d\d\b)(?![,.]\d)"
)
"""A date's numbers: "31 January 2024", "January 31, 2024", "on March 24", "the night of July 3
to 4", "in 2024" (not "2024 missiles", nor "In May 40 drones")."""


_MONTH_OR_YEAR = re.compile(rf"\b(?:{MONTH_NAMES})\b|\b(?:19|20)\d\d\b")


def _blanked_year(m: re.Match[str]) -> str:
    """The match with its digits as spaces (its words and length kept)."""
    return "".join(" " if c.isdigit() else c for c in m.group())


def _blanked(m: re.Match[str]) -> str:
    """The match as spaces (the text keeps its length: figures keep their positions)."""
    return " " * len(m.group())


def find_figures(text: str) -> list[Figure]:
    """All figures stated in one sentence (text should be folded: lower-case, plain quotes)."""
    if '"' in text:  # 'had "intercepted and destroyed" 11 drones': quotes are no words
        text = text.replace('"', " ")
    if "born" in text:  # "a woman born in 1958 was killed": a birth year, not a count
        text = _BIRTH_YEAR.sub(_blanked, text)
    if _MONTH_OR_YEAR.search(text):  # "31 January 2024 - a missile hit": a date, no count
        text = _YEAR.sub(_blanked_year, text)
    out: list[Figure] = []
    taken: set[tuple[str, int]] = set()

    def add(
        kind: str,
        m: re.Match[str],
        group: str = "n",
        weapon: str = "",
        at: int | None = None,
        part: bool = False,
    ) -> None:
        tok = m.group(group)
        if tok is None:
            return
        pos = m.start(group)
        human = kind in ("killed", "injured")
        if (kind, pos) in taken or (human and ("human", pos) in taken):
            return
        if not part and _is_subset(text, pos):
            return
        if _AGES_BEFORE.search(text, max(0, pos - 30), pos):
            return  # "two men aged 37 and 52 were injured": an age, not a count
        if _NOT_COUNT_AFTER.match(text, m.end(group)) and kind in ("killed", "injured"):
            return
        if human and text[max(0, pos - 3) : pos] in ("no ", "no-"):
            return  # "no one was killed" is no count of one (the none-pattern reads it)
        val = value_of(tok)
        if val is None or val > (MAX_STRIKE_TOLL if human else MAX_ONE_ATTACK_WEAPONS):
            return  # ("battlefield losses stood at about 45,000 killed": a war's, no strike's)
        if kind in ("killed", "injured") and not _plural_ok(
            tok, text[m.end(group) : m.end(group) + 40]
        ):
            return
        if human and _NEGATED.search(text, m.end(group), m.end()):
            val = 0  # "the driver was not hurt": nobody hurt, not one
        if human:
            other = _HURT_WORD if kind == "killed" else _KILL_WORD
            if other.search(text, m.end(group), m.end()):
                return
            taken.add(("human", pos))
        taken.add((kind, pos))
        out.append(Figure(kind, val, pos if at is None else at, weapon))

    kill = any(w in text for w in _KILL_HINTS)
    hurt = any(w in text for w in _HURT_HINTS)
    intercept = any(w in text for w in _INTERCEPT_HINTS)
    weapon = any(w in text for w in _WEAPON_HINTS)
    if "no" in text and _RX_NONE.search(text) and not _RX_NONE_UNKNOWN.search(text):
        m0 = _RX_NONE.search(text)
        assert m0 is not None
        phrase = m0.group(0)
        # "no one was hurt", "no one was injured": nobody came to any harm (a death would
        # be the news, and a stated one elsewhere outweighs this 0 when figures merge)
        out.append(Figure("killed", 0, m0.start()))
        if not any(w in phrase for w in ("death", "killed", "dead", "died", "fatalit")) or (
            "injur" in phrase or "wound" in phrase
        ):
            out.append(Figure("injured", 0, m0.start()))
    if "toll" in text or "number of" in text:
        for m in _iter(_RX_TOLL, text):
            what = m.group("what").lower()
            kind = "injured" if ("injur" in what or "wound" in what) else "killed"
            later = _RX_TOLL_LATER.match(text, m.end())
            if later is not None:  # "initially stood at six but rose to 11": the last word
                m = later
            add(kind, m, at=m.start() if later is not None else m.start("what"))
    if "couple" in text:
        for m in _RX_COUPLE.finditer(text):
            verb = m.group("v1") or m.group("v2")
            kind = "killed" if _KILL_WORD.match(verb) or verb.startswith("kill") else "injured"
            if (kind, m.start("n")) not in taken:
                taken.add((kind, m.start("n")))
                taken.add(("human", m.start("n")))
                out.append(Figure(kind, 2, m.start("n")))
    if "bodies" in text:
        for m in _RX_BODIES.finditer(text):
            add("killed", m, "n" if m.group("n") else "n2")
    if not (kill or hurt or weapon or (intercept and " of " in text)):
        return _finish(out, text)
    cand = _starts(text)
    launch_starts = cand[_G_LAUNCH]
    # every regex tried at `starts` begins with a (qualified) number and a space: one check of
    # that shared head drops the starts ("the", "in", "at", ...) where none of them can match
    head = _NUM_HEAD.match
    starts = [c for c in cand[_G_NUM] if head(text, c)]
    if kill:
        for rx in (_RX_KILLED_AFTER, _RX_KILLED_BARE):
            for m in _iter_at(rx, text, starts):
                add("killed", m)
        for m in _iter_at(_RX_KILLED_BEFORE, text, cand[_G_KILL_BEFORE]):
            if m.group("n").lower() in _SINGLE_WORDS and not m.group("tail"):
                continue
            add("killed", m)
            _add_coordinated(out, "killed", m, text)
    if hurt:
        for rx in (_RX_HURT_AFTER, _RX_HURT_BARE):
            for m in _iter_at(rx, text, starts):
                add("injured", m)
        for m in _iter_at(_RX_HURT_BEFORE, text, cand[_G_HURT_BEFORE]):
            if m.group("n").lower() in _SINGLE_WORDS and not m.group("tail"):
                continue
            add("injured", m)
            _add_coordinated(out, "injured", m, text)
    if "another" in text and not any(f.kind == "injured" for f in out):
        m1 = _RX_ANOTHER_HURT.search(text)
        if m1 is not None and any(f.kind == "killed" and f.pos < m1.start() for f in out):
            out.append(Figure("injured", 1, m1.start("n")))  # "one killed and another hurt"
    human_figs = [f for f in out if f.kind in ("killed", "injured") and f.value > 0]
    if human_figs and (" in " in text or " near " in text or " at " in text):
        for m in _RX_ELLIPTIC_HUMAN.finditer(text):
            prior = [f for f in human_figs if f.pos < m.start()]
            if prior:
                add(max(prior, key=lambda f: f.pos).kind, m)
    if not weapon and not (intercept and " of " in text):
        return _finish(out, text)  # ("a dozen of them were shot down": the weapon said before)
    of_spans: list[tuple[int, int]] = []
    for m in _finditer_at(_RX_OF, text, starts):
        a, b = value_of(m.group("a")), value_of(m.group("b"))
        if a is not None and b is not None and a <= b:
            w = _weapon_kind(m.group(0).split()[-1])
            out.append(Figure("intercepted", a, m.start("a"), w))
            out.append(Figure("launched", b, m.start("b"), w))
            taken.add(("intercepted", m.start("a")))
            of_spans.append((m.start(), m.end()))
    if intercept and " of " in text:
        for m in _RX_OF_WHICH.finditer(text):
            # the count before "of which" is what was launched, not what was shot down
            for m2 in _iter_at(_RX_INTERCEPT_AFTER, text, [c for c in starts if c < m.start()]):
                n2 = value_of(m2.group("n"))
                if m2.start("n") < m.start() and n2 is not None:
                    w = _weapon_kind(m2.group("w"))
                    out.append(Figure("launched", n2, m2.start("n"), w))
                    taken.add(("intercepted", m2.start("n")))
                    taken.add(("launched", m2.start("n")))
            grp = next(g for g in ("n", "n2", "n3") if m.group(g))
            if m.group("n4"):  # "of which 11 missiles and 118 drones were shot down": 129
                add("intercepted", m, grp, _weapon_kind(m.group("w2") or ""), part=True)
                add("intercepted", m, "n4", _weapon_kind(m.group("w4")), part=True)
            else:
                add("intercepted", m, grp, part=True)
            of_spans.append((m.start(), m.end()))
    last_weapon = ""
    for rx, rx_starts in (
        (_RX_INTERCEPT_BEFORE, cand[_G_INTERCEPT_BEFORE]),
        (_RX_INTERCEPT_AFTER, starts),
    ):
        if not intercept:
            break
        for m in _iter_at(rx, text, rx_starts):
            if any(s <= m.start("n") < e for s, e in of_spans):
                continue
            if m.group("n").lower() == "all":
                continue
            if rx is _RX_INTERCEPT_AFTER and _WEAPON_ACTS.match(text, m.end("w")):
                continue  # "one missile destroyed an entire entrance": what it did, not to it
            last_weapon = _weapon_kind(m.group("w"))
            later = (
                _RX_LATER_COUNT.search(text, m.end("w"), m.end())
                if rx is _RX_INTERCEPT_AFTER
                else None
            )
            if later is not None:
                add("launched", m, weapon=last_weapon)
                add("intercepted", later, weapon=last_weapon)
                continue
            add("intercepted", m, weapon=last_weapon)
            if rx is _RX_INTERCEPT_BEFORE:
                nxt = _RX_AND_WEAPON.match(text, m.end())
                while nxt is not None:
                    add("intercepted", nxt, weapon=_weapon_kind(nxt.group("w")))
                    nxt = _RX_AND_WEAPON.match(text, nxt.end())
    if intercept and not any(f.kind == "intercepted" for f in out):
        for m in _RX_INTERCEPT_ONE.finditer(text):
            add("intercepted", m, "n" if m.group("n") else "n2")
    if last_weapon:
        for m in _RX_ELLIPTIC.finditer(text):
            part = bool(m.group("part") or m.group("incl") or m.group("sep") == ":")
            if part:
                for f in out:
                    if f.kind == "intercepted" and f.pos < m.start():
                        f.kind = "intercepted_total"  # the whole of which this is a part
            add("intercepted", m, weapon=last_weapon, part=part)
    launch = any(w in text for w in _LAUNCH_HINTS)
    for m in _finditer_at(_RX_LAUNCH, text, launch_starts) if launch else ():
        grp = "n1" if m.group("n1") else "n2"
        if any(s <= m.start(grp) < e for s, e in of_spans):
            continue
        if ("intercepted", m.start(grp)) in taken:
            continue
        add("launched", m, grp, _weapon_kind(m.group("w1") or m.group("w2") or ""))
    return _finish(out, text)

"""Article -> incident mentions: find places, attacks, figures and dates, then merge per region-day.

Pipeline for one article:
1. drop boilerplate (`boilerplate.clean`), find the publication date (header or dateline);
2. one Aho-Corasick pass over the folded text (`matcher`) for places, regions, keywords and
   date words; each hit carries a bitmask of what it is, OR-ed per sentence, so a sentence
   with no attack, impact or claim word costs almost nothing and the costly regexes (dates,
   figures) run only where the words they need were seen;
3. per sentence: keep valid place mentions (capitalised, not a person, not a reference point),
   resolve ambiguous names by the regions named in the article and by population, read the
   date, the figures and the attack/target words, and tie each of them to the nearest place
   of its clause (or to the article's current focus region when the sentence names none);
4. merge findings into one mention per (region, day), as the scorer and the map expect.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import cast

from schemas import Article, Figures, IncidentMention
from schemas.vocab import AttackType, TargetType
from streams.extraction import vocabulary as V
from streams.extraction.boilerplate import Block, clean, is_time_line
from streams.extraction.dates import (
    EXPLICIT,
    MONTH_NAMES,
    NO_REF,
    WEEKDAY,
    WEEKDAY_NUMBERS,
    DateRef,
    dateline_end,
    find_dateline,
    full_dates,
    heading_day,
    opens_vague,
    other_reading,
    publication_weekday,
    resolve,
    stamp_day,
    weekday_dates,
    weekday_heading,
    year_by_mention,
    year_by_weekdays,
    yearless_dateline,
)
from streams.extraction.gazetteer import Gazetteer, Place, get_gazetteer
from streams.extraction.matcher import BIT, Hit, KeyInfo, Matcher, get_matcher
from streams.extraction.numbers import Figure, find_figures
from streams.extraction.regions import COUNTRY_NAMES, by_iso, region_aliases
from streams.extraction.sentences import clause_cuts, split_sentences
from streams.extraction.textnorm import fold, fold_name, match_key, match_text

BIG_PLACE = 100_000
"""Places above this are read as places wherever they are capitalised."""
SMALL_PLACE = 10_000
"""Places below this population need a context word or their region named in the article."""
BACKGROUND_MAX_CONFIDENCE = 0.5
"""A background mention (older or vaguely dated event) never reaches the alert threshold (0.6)."""
MAX_SENTENCE_HITS = 40
"""Matcher hits kept per sentence (real sentences hold at most ~20): a bound on per-sentence
work for text that is nothing but gazetteer names or keywords (see the pathological tests)."""
FOCUS_SPAN = 6
"""A sentence naming no place inherits the focus region for this many sentences."""
OLD_DATE_SPAN = 4
"""Sentences after a background date in which "a day after" still counts from it."""
LABEL_MAX_CHARS = 40
"""A paragraph's opening "sentence" this short that names one place is a label ("Kursk
region.")."""
DATED_LABEL_EXTRA = 24
"""A label may open with its day ("Friday, 8 November: Shostka, Sumy oblast.")."""
_DATE_PREFIX = re.compile(
    r"\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?\s*[:\u2014\u2013-]\s"
)
"""A paragraph opening with its day and a colon or dash: "Tue 5 Nov - ", "Monday, 4 November:"."""
_FIG_HINTS = (
    "kill",
    "dead",
    "died",
    "death",
    "injur",
    "wound",
    "hurt",
    "casualt",
    "intercept",
    "shot down",
    "downed",
    "destroy",
    "launch",
    "lives",
    "victim",
    "fired",
    "attacked",
    "neutrali",
    "repel",
    "hospital",
    "toll",
    "number of",
    "bodies",
    "burns",
    "treated",
)
"""Substrings one of which a sentence needs before the figure regexes run (plain `in` checks
on folded text: ~15x cheaper than one alternation regex)."""


_ACTOR_HINTS = (
    "responsib",
    "carried out",
    "behind",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "corps",
    "squadron",
    "detachment",
    "fleet",
)
"""Substrings one of which a sentence needs before the actor regexes run."""


def _fig_hint(sfold: str, hints: tuple[str, ...] = _FIG_HINTS) -> bool:
    """`hints`: `_FIG_HINTS` or those of them the whole article holds (`_present`)."""
    return any(h in sfold for h in hints)


def _present(hints: tuple[str, ...], folded: str) -> tuple[str, ...]:
    """The hints found in the article's folded text: a sentence can hold no other (why: one
    scan of the article per hint instead of one per sentence; most hints are absent)."""
    return tuple(h for h in hints if h in folded)


_CAP_SKIP = {"the", "in", "on", "of", "at", "near", "and", "a", "an", "from", "to", "over"}
_COUNTRY_LOC = re.compile(
    r"\b(?:in|across|inside|over|on|against|into|at|deep into|deep inside|throughout)\s+"
    r"(?:the\s+)?(russia|ukraine|russian territory|ukrainian territory|the russian federation)\b"
    r"(?!'s\s+(?:[a-z-]+\s+){1,3}(?:oblast|region|krai|republic|province)\b)"
)
"""'in Russia': of the country (not 'in Russia's Saratov Oblast': of that region)."""
_OVER_THE_REGION = re.compile(
    r"[^.;]{0,40}?\b(?:over|above|in) the (?:region|oblast|province|republic|krai|city|district)\b"
)
"""A count stated for the region the story is about ("nine drones over the region")."""
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:largest|biggest|oldest|newest|busiest|longest|tallest|deadliest|worst|heaviest|"
    r"most [a-z-]+|only|leading)"
    r"(?:\s+[a-z-]+){0,3}\s+$"
)
"""'a printing house, one of the largest in Ukraine': a rank, not where it happened."""
_COUNTRY_WEAPON = re.compile(
    r"\b(russian|ukrainian)\s+(?:[a-z-]+\s+)?(?:drones?|uavs?|missiles?|rockets?|shells?|"
    r"unmanned|attacks?|strikes?|shelling|forces|troops|army)"
)
_COUNTRY_OWNER = re.compile(
    r"\b(russia|ukraine)'s\s+(?:air force|defen[cs]e ministry|military|"
    r"air defen[cs]es?|general staff|armed forces)"
)


def _says_its(sfold: str) -> str | None:
    """ "Ukraine, meanwhile, said Russia had launched 126 drones at its territory": the country
    that speaks of its own territory (read over the whole folded sentence: clauses split the
    subject from its verb)."""
    if " its " not in sfold and " their " not in sfold:
        return None
    m = _COUNTRY_SAYS_ITS.search(sfold)
    return None if m is None else ("UA" if m.group(1) == "ukraine" else "RU")


_COUNTRY_SAYS_ITS = re.compile(
    r"\b(russia|ukraine)\b(?:,\s*[a-z]+,)?\s+(?:said|says|reported|reports)\b[^.;]{0,100}?"
    r"\b(?:at|against|on|over)\s+(?:its|their)\s+(?:territory|cities|regions|soil)\b"
)
_NAME = r"([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2})"
_TG_CHANNEL = re.compile(rf"(?i:telegram|tg) channels?\s+(?:of\s+)?{_NAME}")
_AGENCY_AFTER = re.compile(rf"(?i:news agency|news agencies|agency)\s+{_NAME}")
_AGENCY_BEFORE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+$")
_AGENCIES = {
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "ria": "RIA Novosti",
    "interfax": "Interfax",
    "interfax-ukraine": "Interfax-Ukraine",
    "reuters": "Reuters",
    "afp": "AFP",
    "associated press": "Associated Press",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
}
"""News agencies: a claim they report reads "news agency <name>"."""
_TG_OUTLETS = {"baza", "astra"}
"""Telegram outlets named bare ("Baza reported"): "Telegram channel <name>"."""


def _media_source(text: str, start: int, end: int) -> str:
    """A media claim as the feed shows it: "Telegram channel X", "news agency X", or the name."""
    phrase = text[start:end].strip()
    low = phrase.lower()
    if low.startswith(("telegram", "tg ")):
        m = _TG_CHANNEL.match(text, start, start + 80)
        return f"Telegram channel {m.group(1)}" if m else "Telegram channel"
    if low in _AGENCIES:
        return f"news agency {_AGENCIES[low]}"
    if low in _TG_OUTLETS:
        return f"Telegram channel {phrase}"
    if low.startswith(("news agenc", "agency")):
        m = _AGENCY_AFTER.match(text, start, start + 80)
        if m:
            return f"news agency {m.group(1)}"
        b = _AGENCY_BEFORE.search(text, max(0, start - 40), start)
        if b and b.group(1).lower() not in ("the", "state", "a"):
            return f"news agency {b.group(1)}"
        return "news agency"
    return phrase or "media"


@dataclass(slots=True)
class Loc:
    """A valid location mention in a sentence."""

    start: int
    end: int
    iso: str
    place: Place | None
    label: str
    explicit: bool = True
    in_list: bool = False


@dataclass(slots=True)
class Finding:
    """What one sentence says about one region."""

    iso: str
    place: Place | None
    label: str | None
    day: date | None
    background: bool
    sentence: int
    evidence: str
    explicit: bool
    attack: set[str] = field(default_factory=set)
    weak_attack: set[str] = field(default_factory=set)
    target: set[str] = field(default_factory=set)
    figures: list[Figure] = field(default_factory=list)
    claimed_by: str | None = None
    attributed_to: str | None = None
    title: bool = False
    toll: bool = False
    """The sentence updates a toll ("has risen to nine", "said on Thursday that 27 were
    injured"): its day is the update's, not the strike's."""
    dated: bool = False
    """The sentence states its own date ("on Tuesday evening")."""
    revised: bool = False
    """The sentence corrects earlier figures ("according to updated information")."""
    superseded: bool = False
    """The sentence gives figures said before the current ones ("Earlier it was reported")."""
    struck: bool = False
    """The sentence has an attack or strike word (said of this region or of a list of them)."""


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    block: int
    support: bool
    hits: list[Hit] = field(default_factory=list)
    flags: int = 0
    """OR of the hits' `flags`: which kinds of word the sentence holds."""
    first_in_block: bool = False


HEAD_BLOCKS = 8
MAX_HEAD_BLOCKS = 60
PROSE_CHARS = 150


def _head(blocks: list[Block]) -> list[Block]:
    """The blocks where a page states its date: the first few, or, after a long navigation
    menu, everything up to and including the first paragraph of prose (a byline's "October
    17, 2024 9:14 AM" sits just above the lead), and the short byline lines right after it
    when it is a standfirst ("Anna X with AFP" over "09/10/2024")."""
    first = next(
        (
            i
            for i, b in enumerate(blocks[:MAX_HEAD_BLOCKS])
            if len(b.text) >= PROSE_CHARS and not b.support and b.text.count("|") < MENU_BARS
        ),
        None,
    )
    if first is None:
        return blocks[:MAX_HEAD_BLOCKS]
    j = first + 1
    while j < len(blocks) and j <= first + BYLINE_BLOCKS and len(blocks[j].text) <= 80:
        j += 1
    return blocks[: max(j, HEAD_BLOCKS)]


BYLINE_BLOCKS = 3
MENU_BARS = 3
"""A long line with this many "|" is a menu ("Politics | World | Business | ..."), not the
first paragraph of prose."""


_LIST_ITEM = re.compile(r"[-–•*]\s")


def _list_intros(blocks: list[Block]) -> dict[int, int]:
    """Each list item's block ("- Vinnytsia Oblast: ...") and the block that introduces its
    list ("The main targets were:")."""
    out: dict[int, int] = {}
    intro: int | None = None
    for i, b in enumerate(blocks):
        if _LIST_ITEM.match(b.text):
            if intro is not None:
                out[i] = intro
        else:
            # (a short first item is joined to its colon line: "The main targets were: X")
            intro = i if ":" in b.text else None
    return out


_SUMMARY_HEAD = re.compile(
    r"(?:key (?:points|takeaways|developments|events|facts)|summary|highlights|main points|"
    r"at a glance|in brief|in short|what we know|here'?s what we know|the essentials)\s*:?\s*$",
    re.IGNORECASE,
)
_NUMBERED_ITEM = re.compile(r"(?:[-–•*]|\d{1,2}[.)])\s")


def _summary_items(blocks: list[Block]) -> set[int]:
    """The list items right under a "Key points" / "Summary" / "Key takeaways" line."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if len(b.text) <= 40 and _SUMMARY_HEAD.match(b.text.strip()):
            j = i + 1
            while j < len(blocks) and _NUMBERED_ITEM.match(blocks[j].text):
                out.add(j)
                j += 1
    return out


def _publication_date(article: Article, blocks: list[Block]) -> date | None:
    """Header date, else the first dateline among the opening short lines, else a wire
    dateline without a year whose year the article's weekdays pin (`year_by_weekdays`) or,
    failing that, the latest year it names (`year_by_mention`); likewise a year-less stamp line
    ("14 October, 10:42")."""
    if article.published_on is not None:
        return article.published_on
    head = _head(blocks)
    # "Published: 1 April 2024" under "Covering 25-31 March 2024": the labelled line first
    # (not a live page's "First published on Sat 12 Jul", under its latest stamp);
    # a photo caption's "on September 29, 2024" is the photo's day: the page's own
    # "Published On 30 Sep 2024" below it comes next
    for b in sorted(head, key=lambda b: (not _PUBLISHED_LABEL.match(b.text), b.support)):
        line = b.text if len(b.text) <= 80 else b.text[:120]
        d = find_dateline(line)
        if d is not None:
            alt = other_reading(line) if "/" in line else None
            if alt is not None:
                # "02/10/2025" over "overnight into Monday": 10 February, a Monday (US order),
                # when 2 October (a Thursday) cannot be the day after the news
                wd = publication_weekday(fold(" ".join(x.text for x in blocks)))
                if wd is not None and (alt.weekday() - wd) % 7 <= 1 and (d.weekday() - wd) % 7 > 2:
                    return alt
            return d
    for line in _raw_head_lines(article.body):
        # a date on a line the cleaner dropped as navigation ("Oil & Gas | 23 August 2025")
        if (d := find_dateline(line)) is not None:
            return d
    latest = article.ingested_at.date()
    for b in head:
        md = yearless_dateline(b.text[:120])
        if md is None and (d := stamp_day(b.text, latest)) is not None:
            md = (d.month, d.day)  # a post's "14 October, 10:42" (its year only in a footer)
        if md is not None:
            body = fold(" ".join(x.text for x in blocks))
            return year_by_weekdays(*md, body, latest) or year_by_mention(
                *md,
                fold(article.body),
                latest,  # (footers too: "© 2024 Kherson OVA")
            )
    for b in blocks:
        if (d := stamp_day(b.text, None)) is not None:
            return d  # a post's stamp under it, the page's only date ("edited 09:14, Nov 18, 2023")
    for line in _raw_tail_lines(article.body):
        # "Published 21 January 2025, 10:32" under the footer, which the cleaner dropped
        if _PUBLISHED_LINE.match(line) and (d := find_dateline(line)) is not None:
            return d
    return _day_the_weekdays_confirm(blocks)


_INVISIBLE = ("\u00ad", "\u200b", "\u2060", "\ufeff")
"""Soft hyphens and zero-width characters: a scraper keeps them inside words."""


def _unscraped(body: str) -> str:
    """The body without a scraper's leftovers: HTML entities ("&#8217;", "&amp;") decoded,
    soft hyphens and zero-width characters ("Zapo\u00adrizhzhia") and apostrophes inside
    transliterated names removed. Each step runs only when its character is present, so a
    clean page pays a few substring checks."""
    if "&" in body:
        body = _ENTITY.sub(_decoded, body)
    for ch in _INVISIBLE:
        if ch in body:
            body = body.replace(ch, "")
    if "'" in body or "\u2019" in body:
        body = _NAME_APOSTROPHE.sub("", body)
    return body


_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
"""A complete HTML entity: a bare "&" ("AT&T", "Q&A") is left to the text."""


def _decoded(m: re.Match[str]) -> str:
    """One entity's character; a control character ("&#10;") becomes a space, so that an
    entity never starts a new line or block."""
    ch = html.unescape(m.group())
    return ch if ch.isprintable() else " "


_NAME_APOSTROPHE = re.compile(r"['\u2019](?<=[A-Za-z]['\u2019])(?=[a-z]{2})(?!(?:re|ve|ll)\b)")
"""The apostrophe of a transliterated soft sign ("Kam'ianske", "Mar\u2019inka"), not of a
possessive or a contraction ("Russia's", "don't", "they're", "we'll"): the gazetteer has
"Kamianske". The apostrophe comes first so that the regex engine scans for it rather than
trying every position."""


def _latest_full_date(blocks: list[Block]) -> date | None:
    """The latest full date (day, month, year) in the page's prose or captions, if any (a
    photo caption often carries the year the prose leaves out: "Toropets, 18 September 2024")."""
    found = [d for b in blocks for d in full_dates(b.text)]
    return max(found) if found else None


_BARE_WEEKDAY = re.compile(
    rf"(?<!last )(?<!next )(?<!this )(?<!previous )\b({'|'.join(WEEKDAY_NUMBERS)})\b"
)


def _by_the_anchor(sfold: str, ref: DateRef, anchor: date) -> DateRef:
    """On an undated page whose text fixes one day ("Sunday, 2 March" of 2025), a sentence
    dated only by a weekday ("Overnight into Monday") is of the day with that weekday nearest
    to it (3 March): the page tells one week."""
    days = {WEEKDAY_NUMBERS[m.group(1)] for m in _BARE_WEEKDAY.finditer(sfold)}
    if len(days) != 1 or ref.vague:
        return ref
    (wd,) = days
    ahead = (wd - anchor.weekday()) % 7
    return DateRef(anchor + timedelta(days=ahead if ahead <= 3 else ahead - 7), True, False)


def _latest_weekday_date(blocks: list[Block], article: Article) -> date | None:
    """The latest day the page's prose names by weekday, day and month, if any."""
    latest = article.ingested_at.date()
    found = [d for b in blocks if not b.support for d in weekday_dates(fold(b.text), latest)]
    return max(found) if found else None


def _day_the_weekdays_confirm(blocks: list[Block]) -> date | None:
    """An undated page's one full date in its photo captions ("Satellite image of the
    airfield, 17 April 2024"), when it falls on the weekday the page names as its news ("said
    on Wednesday"): that day. (Not a date of the prose: that tells older strikes too.)"""
    found = {d for b in blocks if b.support and (d := find_dateline(b.text[:200])) is not None}
    if len(found) != 1:
        return None
    (d,) = found
    wd = publication_weekday(fold(" ".join(b.text for b in blocks)))
    return d if wd is not None and d.weekday() == wd else None


_PUBLISHED_LINE = re.compile(r"(?:first\s+)?(?:published|posted)\b", re.I)
_PUBLISHED_LABEL = re.compile(r"(?:published|posted)\b", re.I)
"""A line labelled with the page's own date (not "First published ...": `_PUBLISHED_LINE`)."""
TAIL_LINES = 25
"""How far up from the bottom a page's own publication stamp is looked for."""


def _raw_tail_lines(body: str) -> list[str]:
    """The short lines at the bottom of the raw text, last first."""
    lines = [t for line in body.splitlines()[-TAIL_LINES:] if (t := line.strip())]
    return [t for t in reversed(lines) if len(t) <= 80]


def _raw_head_lines(body: str) -> list[str]:
    """The short lines of the raw text above its first paragraph of prose."""
    out: list[str] = []
    for line in body.splitlines()[:MAX_HEAD_BLOCKS]:
        t = line.strip()
        if len(t) >= PROSE_CHARS:
            break
        if t and len(t) <= 80:
            out.append(t)
    return out


class _Doc:
    """One article under extraction: text, sentences, hits and the running state."""

    def __init__(self, article: Article, gaz: Gazetteer, matcher: Matcher) -> None:
        self.article = article
        self.gaz = gaz
        blocks = clean(_unscraped(article.body))
        self.pub = _publication_date(article, blocks)
        self.village_names: set[str] = set()
        """Names the page calls a village ("the village of Murom"): not the big city of that
        name anywhere on the page (filled by `Extractor._article_regions`)."""
        self.weekday_anchor = _latest_weekday_date(blocks, article) if self.pub is None else None
        """On an undated page, the day it names by weekday, day and month ("on the evening of
        Sunday, 2 March"): the week a bare weekday ("overnight into Monday") falls in."""
        self.year_from = (
            None if self.pub is not None else _latest_full_date(blocks) or self.weekday_anchor
        )
        """On an undated page, the latest full date its prose gives, or the latest day it
        names by weekday, day and month ("Thursday, 14 August"): the year of a day and month
        told without one ("9 March 2025 ... on the evening of 8 March")."""
        parts: list[str] = []
        self.sentences: list[Sentence] = []
        pos = 0
        for bi, b in enumerate(blocks):
            for sp in split_sentences(b.text, pos):
                self.sentences.append(
                    Sentence(sp.start, sp.end, bi, b.support, first_in_block=sp.start == pos)
                )
            parts.append(b.text)
            pos += len(b.text) + 2
        self.text = "\n\n".join(parts)
        self.title_blocks = _leading_headlines(blocks)
        self.news_day = _news_day(self.pub, blocks)
        """The day an undated sentence reports: publication day, or the day before it for a
        roundup of "the past day"."""
        self.entry_day, stamps = _entry_days(self.pub, blocks)
        """Blocks under a live blog's entry timestamp: the entry's day (see `block_day`)."""
        self.entry_starts = stamps | {i for i, b in enumerate(blocks) if is_time_line(b.text)}
        """Blocks that open a new entry of a live feed or a digest of posts (a time or a
        timestamp line): the story told before them ends there."""
        self._blocks = blocks
        self.list_intro = _list_intros(blocks)
        """A list item's block -> the block with a colon that introduces its list."""
        self.summary_blocks = _summary_items(blocks)
        """The items of a "Key points" or "Summary" list: what the body tells, in short."""
        self._shouty: dict[int, bool] = {}
        self._lowercase: dict[str, bool] = {}
        self.focus_iso: str | None = None
        """The region of the story being told at the sentence under extraction."""
        self.city_before: str | None = None
        """The region of the last place named earlier in the sentence under resolution."""
        self.named_before: set[str] = set()
        """The regions of every place named earlier in the sentence under resolution."""
        self.region_weight: dict[str, int] = {}
        """How often the article names each region (see `Extractor._article_regions`)."""
        self.folded = fold(self.text)
        hits = matcher.find(match_text(self.folded))
        self._assign(hits)

    def _assign(self, hits: list[Hit]) -> None:
        sents = self.sentences
        n = len(sents)
        if not n:
            return
        si = 0
        cur = sents[0]
        start, end = cur.start, cur.end
        blocked_to = -1
        for h in hits:
            flags = h.info.flags
            if flags & _NOT_ATTACK:
                blocked_to = max(blocked_to, h.end)
            elif h.end <= blocked_to:
                # inside "mobile fire groups", "air raid alert": neither an attack nor an impact
                flags &= ~_ATTACK_OR_IMPACT
            if end <= h.start:
                while si < n and sents[si].end <= h.start:
                    si += 1
                if si >= n:
                    break
                cur = sents[si]
                start, end = cur.start, cur.end
            if h.start >= start and h.end <= end and len(cur.hits) < MAX_SENTENCE_HITS:
                if h.info.flags & _ATTACK_OR_IMPACT and any(
                    rx.search(self.folded, max(0, h.start - reach), h.start)
                    for rx, reach in _NO_EVENT_BEFORE
                ):
                    continue  # a capability, a permission, a purpose, a depot's contents
                cur.hits.append(h)
                cur.flags |= flags

    # --- places -----------------------------------------------------------------------------

    def block_day(self, block: int) -> date | None:
        """The day an undated sentence of this block reports."""
        return self.entry_day.get(block, self.news_day)

    def shouty(self, block: int) -> bool:
        """Is the block in ALL CAPS or Title Case (a headline)? Capitals there say nothing.
        Computed on first need: only blocks with a capitalised place candidate ask."""
        got = self._shouty.get(block)
        if got is None:
            b = self._blocks[block]
            got = self._shouty[block] = not b.support and _is_shouty(b.text)
        return got

    def word_before(self, pos: int) -> str:
        """The word before `pos` (as `_WORD_BEFORE` on the 40 chars before it would give),
        found by stepping back from `pos` instead of scanning the window."""
        f = self.folded
        lo = max(0, pos - 40)
        i = pos - 1
        while i >= lo and not (f[i].isalnum() or f[i] == "_"):
            i -= 1
        if i < lo:
            m = _WORD_BEFORE.search(f[lo:pos])
            return m.group(1) if m else ""
        end = i + 1
        while end < pos and f[end] in "'-":
            end += 1
        j = i
        while j > lo and (f[j - 1].isalnum() or f[j - 1] in "_'-"):
            j -= 1
        return f[j:end]

    def used_lowercase(self, word: str) -> bool:
        """`_used_lowercase` on the document text, once per word (why: each call may scan the
        whole text; an article repeating a capitalised name would scan it once per mention)."""
        got = self._lowercase.get(word)
        if got is None:
            got = self._lowercase[word] = _used_lowercase(self.text, word)
        return got

    def orig_word_after(self, pos: int) -> str:
        m = _WORD_AFTER.match(self.text, pos, pos + 40)
        return m.group(1) if m else ""


def _contained(h: Hit, spans: list[tuple[int, int]]) -> bool:
    return any(s <= h.start and h.end <= e and (e - s) > (h.end - h.start) for s, e in spans)


class Extractor:
    """Stateless facade: holds the gazetteer and the automaton."""

    def __init__(self) -> None:
        self.gaz = get_gazetteer()
        self.matcher = get_matcher()
        self.iso = by_iso()
        self.region_alias = region_aliases()

    # ------------------------------------------------------------------------------------------
    def extract(self, article: Article) -> list[IncidentMention]:
        doc = _Doc(article, self.gaz, self.matcher)
        article_regions = self._article_regions(doc)
        fig_hints = _present(_FIG_HINTS, doc.folded)
        actor_hints = _present(_ACTOR_HINTS, doc.folded)
        findings: list[Finding] = []
        support: list[tuple[set[str], set[str]]] = []
        focus: tuple[Loc, int] | None = None
        block_date: dict[int, DateRef] = {}
        block_opened: dict[int, date | None] = {}
        """Paragraphs that open with a strike's day ("This morning the shelling continued.
        At 7:40 a drone hit a car in X"): the day of everything in them, not the focus
        story's, and a day stated (`Finding.dated`). (A paragraph opened by "On Wednesday,
        rescuers found two more bodies" goes on with the story: no attack word.)"""
        last_ref: DateRef | None = None
        old_ref: tuple[date, int] | None = None  # the last background date given, and where
        last_said: DateRef | None = None  # the last day any sentence stated
        last_attack: int | None = None
        focus_day: date | None = None
        focus_vague = False  # the focus story is told with a vague date ("last week"): no day
        revised_block = -1  # the paragraph that corrects earlier figures, if any
        impact_by_sent = [bool(s.flags & _IMPACT) for s in doc.sentences]
        kw_cache: dict[int, list[tuple[int, V.Keyword]]] = {}
        block_findings: dict[int, list[Finding]] = {}
        ruled_out: set[str] = set()  # regions whose headline or lead says it was no attack
        for si, sent in enumerate(doc.sentences):
            if sent.block in doc.entry_starts and sent.first_in_block:
                focus, focus_day = None, None  # a new post: the last one's place and day end
                focus_vague = False
            doc.focus_iso = focus[0].iso if focus is not None else None
            stext = doc.text[sent.start : sent.end]
            sfold = doc.folded[sent.start : sent.end]
            if (
                sent.block <= doc.title_blocks
                and _RULED_OUT.search(sfold)
                and not any(k.kind == "attack" for _, k in self._keywords(sent))
            ):
                # "Blast at Dzerzhinsk chemical plant; governor rules out drone attack": what
                # the story is about was no attack, whatever it goes on to mention (the
                # phrase blocks its own attack word; another one names a real attack)
                ruled_out |= {lc.iso for lc in self._locs(doc, sent, article_regions)}
            date_kinds = _date_kinds(sent)
            if not sent.support and (not _relevant(sent) or _DENIAL.match(sfold)):
                # nothing about attacks here: only an explicit date matters (for the block)
                label_max = LABEL_MAX_CHARS
                if date_kinds:
                    r0 = resolve(sfold, doc.pub, date_kinds)
                    if r0.explicit and not r0.vague:
                        block_date[sent.block] = r0
                        if (
                            focus is not None
                            and sent.first_in_block
                            and _DATE_LABEL.fullmatch(stext.strip()) is not None
                        ):
                            # "March 3. At about 11:20, the enemy dropped a KAB ...": a
                            # chronicle's entry; the story goes on, on the day it names
                            focus_day, focus_vague = r0.day, False
                        if _DATE_PREFIX.match(sfold):  # ("Friday, 8 November: Shostka, ...")
                            label_max += DATED_LABEL_EXTRA
                        if _is_news_day(r0.day, doc.pub):
                            last_ref = r0
                if (
                    sent.first_in_block
                    and sent.flags & _LOC_MASK
                    and (sent.end - sent.start <= label_max or sent.block in doc.entry_starts)
                    and sent.block >= doc.title_blocks
                ):
                    # "Sevastopol. Air defence shot down six drones over the city": a paragraph
                    # labelled with its place (digests, roundups) is about that place
                    labels = self._locs(doc, sent, article_regions)
                    if labels and len({lc.iso for lc in labels}) == 1:
                        dated = block_date.get(sent.block)
                        focus = (labels[-1], si)
                        # ("Monday, 4 November: Kharkiv." labels the paragraph with its day too)
                        focus_day = dated.day if dated else doc.block_day(sent.block)
                        focus_vague = False
                continue
            kws = kw_cache.get(si)
            if kws is None:
                kws = kw_cache[si] = self._keywords(sent)
                if "sanction" in sfold:  # "sanctions ... targeting 100 tankers": no strike
                    kws = kw_cache[si] = [
                        (p, k) for p, k in kws if not doc.folded.startswith("target", p)
                    ]
                    impact_by_sent[si] = any(k.kind == "impact" for _, k in kws)
            if sent.support:
                isos = {lc.iso for lc in self._locs(doc, sent, article_regions)}
                support.append((isos, {k.value for _, k in kws if k.kind == "target"}))
                continue
            # date of this sentence (a wire dateline opening it dates the report, not the event)
            ref = NO_REF
            if date_kinds:
                lead = dateline_end(stext) if sent.first_in_block or _after_city(doc, si) else 0
                ref = resolve(sfold[lead:] if lead else sfold, doc.pub, date_kinds, doc.year_from)
                if doc.weekday_anchor is not None and ref.explicit and ref.day is None:
                    ref = _by_the_anchor(sfold, ref, doc.weekday_anchor)
                if (
                    ref.day is not None
                    and ref.day == doc.pub != doc.news_day
                    and _REPORTED_ON.search(sfold)
                ):
                    # a roundup "reported on Thursday": the day it came out, not the day covered
                    ref = DateRef(doc.news_day, True, False)
                elif (
                    ref.day is not None
                    and ref.day == doc.pub
                    and last_ref is not None
                    and last_ref.day is not None
                    and (doc.pub - last_ref.day).days == 1
                    and (reported := _REPORTED_ON_DATE.search(sfold)) is not None
                    and not resolve(sfold[: reported.start()], doc.pub, date_kinds).explicit
                ):
                    # "During the day on 10 March, ... Explosions were recorded in nine
                    # hromadas, the administration reported on the morning of 11 March": the
                    # day of the report, not of the explosions told
                    ref = last_ref
                elif (
                    old_ref is not None
                    and si - old_ref[1] <= OLD_DATE_SPAN
                    and ref.day is not None
                    and _DAY_RELATIVE.search(sfold)
                    and not (EXPLICIT in date_kinds and _EXPLICIT_DAY.search(sfold))
                ):
                    # "On 30 December 2023, shells fell on Belgorod ... That strike came a day
                    # after Russia launched ...": counted from the old date just told (not
                    # "Images taken on Monday, 9 June, two days after the strike": dated)
                    ref = resolve(sfold, old_ref[0], date_kinds)
                elif (
                    old_ref is not None
                    and si - old_ref[1] <= OLD_DATE_SPAN
                    and ref.day is not None
                    and ref.day != old_ref[0]
                    and (on_a := _ON_A_WEEKDAY.search(sfold)) is not None
                    and WEEKDAY_NUMBERS[on_a.group(1)] == old_ref[0].weekday()
                ):
                    # "on 25 May 2024, ... the crews dropped two bombs on a hypermarket. The
                    # strike took place on a Saturday afternoon": that Saturday, not last week's
                    ref = DateRef(old_ref[0], True, False)
                elif (
                    last_ref is not None
                    and last_ref.day is not None
                    and last_ref.day != doc.pub
                    and _DAY_BEFORE_OPENS.match(sfold)
                ):
                    # "... on Tuesday, killing a man. The day before, artillery shelled ...":
                    # the day before the one said last, not before publication
                    ref = DateRef(last_ref.day - timedelta(days=1), True, False)
                own = block_date.get(sent.block)
                if (
                    ref.explicit
                    and ref.day is not None
                    and ref.day in (doc.pub, doc.news_day)
                    and own is not None
                    and own.day is not None
                    and own.day != ref.day
                    and not own.vague
                    and not resolve(sfold, doc.pub, date_kinds & _DAY_KINDS).explicit
                ):
                    # "Tue 5 Nov - Odesa. Shahed drones attacked the port overnight": the night
                    # and the morning of the day the paragraph gave, not of publication
                    ref = own
                if ref.explicit and date_kinds & _DAY_KINDS:
                    stated = _STATEMENT_DATE.search(sfold) or _PUBLISHED_ON.search(sfold)
                    if stated and resolve(sfold[: stated.start()], doc.pub, date_kinds).explicit:
                        stated = None  # ("... overnight, the governor said Wednesday, ...")
                    later = (
                        resolve(sfold[stated.end() :], doc.pub, date_kinds & _DAY_KINDS)
                        if stated
                        else NO_REF
                    )
                    if later.explicit and not later.vague and later.day is not None:
                        # "Terekhov said on Wednesday that the woman had been in intensive care
                        # since the strike on Saturday afternoon": the day of the strike
                        ref = later
                if ref.explicit and not ref.vague and _period_told(sfold, doc.pub, date_kinds):
                    # "139 civilians were killed in January, the UN said in an update
                    # published on Feb. 11": a month's toll, dated by its statement only
                    ref = DateRef(None, True, True)
                if last_said is not None and _OF_THE_ATTACK.search(sfold):
                    # "On the night of the attack, residents reported ...": the day told last
                    ref = last_said
            if (
                not ref.explicit
                and last_said is not None
                and "same" in sfold
                and _SAME_ATTACK.search(sfold)
            ):
                ref = last_said  # "During the same attack, air defence was also active in X"
            if ref.explicit:
                if not ref.vague:
                    last_said = ref
                    block_date[sent.block] = ref
                    if ref.day is not None and doc.pub is not None and (doc.pub - ref.day).days > 2:
                        old_ref = (ref.day, si)
                    if _is_news_day(ref.day, doc.pub):
                        last_ref = ref  # (a background date is no anchor for "the same night")
                day, background = ref.day, ref.vague
            elif date_kinds and last_ref is not None and _SAME_DAY.search(sfold):
                day, background = last_ref.day, False  # "the same evening": the day said last
                block_date[sent.block] = last_ref
            else:
                inherited = block_date.get(sent.block)
                intro = doc.list_intro.get(sent.block)
                if inherited is None and intro is not None:
                    # "In the early hours of Friday 29 March, Russia launched 99 missiles ...
                    # The main targets were:" over "- Vinnytsia Oblast: the TPP was struck":
                    # each item of the list is of the day its introduction told
                    inherited = block_date.get(intro) or block_date.get(intro - 1)
                day = inherited.day if inherited else doc.block_day(sent.block)
                background = False
            if day is not None and doc.pub is not None and (doc.pub - day).days > 2:
                background = True
            has_attack = any(k.kind in ("attack", "trigger") for _, k in kws)
            same_block = [
                j
                for j in (si - 1, si + 1)
                if 0 <= j < len(doc.sentences) and doc.sentences[j].block == sent.block
            ]
            has_impact = impact_by_sent[si] or any(impact_by_sent[j] for j in same_block)
            if has_attack:
                last_attack = si
                if (
                    sent.first_in_block
                    and sent.block not in doc.entry_day  # (a feed's entry has its stamp's day)
                    and any(k.kind == "attack" for _, k in kws)
                    and ref.explicit
                    and not ref.vague
                    and _opens_with_day(sfold, ref, doc, date_kinds)
                ):
                    block_opened[sent.block] = ref.day
            recent_attack = last_attack is not None and si - last_attack <= 3
            is_event = (has_attack and has_impact) or (impact_by_sent[si] and recent_attack)
            # figures (the costliest step) only where they can matter: an event sentence, or
            # one whose stated casualties would make it an event
            figs: list[Figure] = []
            if (is_event or has_attack or focus is not None) and _fig_hint(sfold, fig_hints):
                figs = find_figures(sfold)
            if not is_event and (has_attack or focus is not None):
                is_event = any(f.kind in ("killed", "injured", "intercepted") for f in figs)
            elif (
                is_event
                and (not ref.explicit or ref.vague)
                and _HABITUAL.search(sfold)
                and not any(f.kind in ("killed", "injured") for f in figs)
            ):
                is_event = False  # "forces routinely hit the city with artillery": a habit
            if is_event and _DRILL.search(sfold) and not _AFTER_EVENT.search(sfold):
                is_event = False  # "During the drills, the crews engaged 14 targets": practice
            if is_event and ("sentenc" in sfold or "convict" in sfold) and _COURT.search(sfold):
                is_event = False  # "A court sentenced a woman ... for passing the coordinates
                # of a plant that the army later hit": a trial, the strike told elsewhere
            if (
                is_event
                and day is None
                and (not ref.explicit or ref.vague)
                and any(f.value for f in figs)
                and _SPAN_TOLD.search(sfold)
            ):
                is_event = False  # "In 2023, attacks killed 219 civilians in the region",
                # "Since August 2024, more than 300 have been killed": a period's total (not
                # "In August, drones struck X, the largest attack since the invasion")
            if is_event and not has_attack and _RULED_OUT.search(sfold):
                is_event = False  # "no strikes were recorded, but the region lost power"
            if block_findings.get(sent.block) and _may_name_actor(sfold, actor_hints):
                # "The 10th Brigade carried out the attack": who did the paragraph's strike
                named = _named_actor(stext)
                if named:
                    for f in block_findings[sent.block]:
                        if f.attributed_to in (None, "Ukraine", "Russia"):
                            f.attributed_to = named
            if not is_event:
                if has_attack or any(k.kind == "claim" for _, k in kws):
                    locs = self._locs(doc, sent, article_regions)
                    real = [lc for lc in locs if not lc.in_list or len(locs) > 1]
                    if real and (len(real) == 1 or len({lc.iso for lc in real}) == 1):
                        if (
                            focus is None
                            or focus[0].iso != real[-1].iso
                            or (ref.explicit and has_attack)
                        ):
                            focus_day, focus_vague = day, ref.vague and opens_vague(sfold)
                            # ("This was reported by the head of the Odesa
                            # administration [on the morning of 14 May]" keeps the story's
                            # day: it dates the report, not the story)
                        focus = (real[-1], si)
                continue
            locs = self._locs(doc, sent, article_regions)
            anaphor = any(k.kind == "anaphor" for _, k in kws)
            if anaphor and ref.explicit and not ref.vague and ref.day is not None:
                # "In April, a drone struck a dormitory ... That attack, on 2 April, was the
                # first": the date given next dates the vaguely dated account before it
                for f in block_findings.get(sent.block, ()):
                    if f.sentence == si - 1 and f.day is None:
                        f.day = ref.day
            # "the governor said on Thursday that ...": when it was said, not a story of its own
            said_on = (
                ref.explicit
                and not any(k.kind == "attack" for _, k in kws)
                and _statement_date_only(sfold, doc.pub, date_kinds)
            )
            own_date = (
                ref.explicit and not anaphor and not said_on and (focus is None or day != focus_day)
            )
            focus_ok = (
                focus is not None
                and si - focus[1] <= FOCUS_SPAN
                and not own_date
                and not _contradicts(sfold, focus[0].iso)
            )
            if (
                focus_ok
                and focus is not None
                and not ref.explicit
                and (focus_day is not None or focus_vague)
                and all(lc.iso == focus[0].iso for lc in locs)
                and block_opened.get(sent.block, focus_day) == focus_day
            ):
                # a sentence continuing the focus story (no date of its own, no other region)
                # keeps the story's day, even in a later paragraph; or its vagueness ("Last
                # week, a drone hit a depot in the city. There were no casualties.")
                day = focus_day
                background = day is None or (doc.pub is not None and (doc.pub - day).days > 2)
            claimed = self._claimed_by(doc, sent, kws, si, kw_cache)
            actor = self._actor(stext, sfold, kws, actor_hints)
            cuts = clause_cuts(stext)
            labelled = _labelled_clauses(
                stext, cuts, [p - sent.start for p, k in kws if k.kind in ("attack", "trigger")]
            )
            sent_findings: dict[str, Finding] = {}
            if _REVISED.search(stext):
                revised_block = sent.block  # (the rest of a correction's paragraph corrects too)
            struck = any(
                (k.kind == "attack" and not k.weak)
                or (k.kind == "trigger" and _STRUCK.match(doc.folded, p))
                for p, k in kws
            )

            def finding_for(
                loc: Loc,
                explicit: bool = True,
                _day: date | None = day,
                _bg: bool = background,
                _sf: dict[str, Finding] = sent_findings,
                _si: int = si,
                _st: str = stext,
                _cl: str | None = claimed,
                _ac: str | None = actor,
                _struck: bool = struck,
                _rev: bool = sent.block == revised_block,
            ) -> Finding:
                f = _sf.get(loc.iso)
                if f is None:
                    f = Finding(
                        loc.iso,
                        loc.place,
                        loc.label,
                        _day,
                        _bg,
                        _si,
                        _st.strip(),
                        explicit and loc.explicit,
                        claimed_by=_cl,
                        attributed_to=_ac,
                        struck=_struck,
                        revised=_rev,
                        superseded=_SUPERSEDED.match(_st) is not None,
                    )
                    _sf[loc.iso] = f
                elif f.place is None and loc.place is not None:
                    f.place, f.label = loc.place, loc.label
                return f

            fallbacks: dict[int, Loc | None] = {}

            def fallback_for(
                c: int,
                _cuts: list[int] = cuts,
                _st: str = stext,
                _sf: str = sfold,
                _fb: dict[int, Loc | None] = fallbacks,
                _ok: bool = focus_ok,
                _sent: Sentence = sent,
                _focus: tuple[Loc, int] | None = focus,
            ) -> Loc | None:
                """Where a clause of a place-less sentence happened: country, focus, or None."""
                if c in _fb:
                    return _fb[c]
                end = _cuts[c + 1] if c + 1 < len(_cuts) else len(_st)
                ctext = _sf[_cuts[c] : end]  # (folding keeps offsets)
                country = self._country(ctext, strict=True) or _says_its(_sf)
                loc: Loc | None = None
                if country is None and _AGGREGATE.search(ctext):
                    pass  # "146 drones over nine regions": not the focus region's own figure
                elif country is None and _ok and _focus is not None:
                    fl = _focus[0]
                    loc = Loc(fl.start, fl.end, fl.iso, fl.place, fl.label, explicit=False)
                else:
                    country = country or self._country(ctext, strict=False)
                    if country:
                        loc = Loc(
                            _sent.start,
                            _sent.start,
                            country,
                            None,
                            COUNTRY_NAMES[country],
                            explicit=False,
                        )
                _fb[c] = loc
                return loc

            rel_locs = [
                Loc(
                    lc.start - sent.start,
                    lc.end - sent.start,
                    lc.iso,
                    lc.place,
                    lc.label,
                    lc.explicit,
                    lc.in_list,
                )
                for lc in locs
            ]

            def clause_of(p: int, _cuts: list[int] = cuts) -> int:
                c = 0
                for i, cut in enumerate(_cuts):
                    if cut <= p:
                        c = i
                return c

            # attack and target words -> nearest place of their clause
            for pos, k in kws:
                if k.kind not in ("attack", "target"):
                    continue
                rp = pos - sent.start
                if k.kind == "target" and (
                    _DEFENDER.match(sfold, rp)
                    or _DESCRIPTOR.match(sfold, rp)
                    or _NO_SUCH.search(sfold, max(0, rp - 10), rp)
                ):
                    # "air defence systems shot down two drones": the defender; "the
                    # industrial city of Kryvyi Rih": what the place is, not what was hit;
                    # "a city where there are no military facilities": none hit
                    continue
                target_locs = self._nearest(rel_locs, rp, clause_of, labelled)
                if target_locs is None:
                    fb = None if locs else fallback_for(clause_of(rp))
                    if fb is None:
                        continue
                    target_locs = [fb]
                one_region = len({lc.iso for lc in target_locs}) == 1
                for lc in target_locs:
                    f = finding_for(lc)
                    # a list of places in one region shares one finding: no ambiguity there
                    shared = lc.in_list and not one_region
                    if k.kind == "attack":
                        (f.weak_attack if (k.weak or shared) else f.attack).add(k.value)
                    elif not shared:
                        f.target.add(k.value)
            # figures -> the place they are stated for
            for fig in figs:
                loc = self._figure_loc(rel_locs, fig, figs, clause_of)
                if (
                    loc is not None
                    and loc.in_list
                    and fig.kind in _TALLY
                    and _EACH_AFTER.match(sfold, fig.pos)
                ):
                    # "and one each over the Oryol, Kaluga and Ryazan regions": every region
                    # of the list it names is given the figure
                    listed = [
                        lc
                        for lc in rel_locs
                        if lc.in_list
                        and lc.start >= loc.start
                        and clause_of(lc.start) == clause_of(loc.start)
                    ]
                    for lc in listed:
                        finding_for(lc).figures.append(fig)
                    continue
                if loc is None and not locs:
                    loc = fallback_for(clause_of(fig.pos))
                    regional = (
                        loc is not None
                        and loc.iso not in COUNTRY_NAMES
                        and len({f.iso for f in findings}) > 1
                    )
                    if regional and _OVER_THE_REGION.match(sfold, fig.pos):
                        regional = False  # "destroyed nine drones over the region": the story's
                    if fig.kind in _TALLY and (loc is None or regional):
                        # "air defences destroyed 65 missiles" after several regions, or "shot
                        # down 46 of them over eight regions": no one region's; the country's,
                        # if the article gave the national picture just before
                        national = _national_before(findings, day, si, sent.start)
                        if national is None and regional:
                            continue  # (only right after the national figures)
                        loc = national or loc
                elif (
                    (loc is None or loc.in_list)
                    and fig.kind in _TALLY
                    and sum(lc.in_list for lc in locs) > 2
                ):
                    # "shot down 71 drones over Poltava, Sumy, Kharkiv ... oblasts": the
                    # night's count over a list of regions, right after the national figures
                    loc = _national_before(findings, day, si, sent.start)
                if loc is None or loc.in_list:
                    continue
                fc = clause_of(fig.pos)
                if (
                    fig.kind in _TALLY
                    and clause_of(loc.start) != fc
                    and loc.iso not in COUNTRY_NAMES
                ):
                    cend = cuts[fc + 1] if fc + 1 < len(cuts) else len(stext)
                    if _AGGREGATE.search(sfold, cuts[fc], cend):
                        continue  # "two hurt in X; 17 drones downed over three regions"
                        # (the country's own tally is over many regions: it stays)
                finding_for(loc).figures.append(fig)
            # an event sentence with one place and nothing assigned still reports an incident
            if not sent_findings:
                distinct = {lc.iso for lc in rel_locs if not lc.in_list}
                if len(distinct) == 1:
                    finding_for(next(lc for lc in rel_locs if not lc.in_list))
                elif not locs:
                    fb = fallback_for(0)
                    if fb is not None and fb.place is not None:
                        finding_for(fb)
            # one attack phrase for several regions ("glide bombs killed two in X and one in Y",
            # "drones struck a base in X and a plant in Y"): a region given figures or a target
            # but no attack word shares the sentence's
            # (and "destroyed 27 UAVs: 12 over Bryansk, 8 over Voronezh": the weapon is said
            # once, in a clause of its own)
            if sent_findings:
                said = set().union(*(f.attack for f in sent_findings.values())) or {
                    k.value for _, k in kws if k.kind == "attack" and not k.weak
                }
                for f in sent_findings.values():
                    if (f.figures or f.target) and not f.attack and not f.weak_attack:
                        f.weak_attack |= said
            for f in sent_findings.values():
                if f.place is None:
                    pl = next(
                        (
                            lc
                            for lc in locs
                            if lc.iso == f.iso and lc.place is not None and not lc.in_list
                        ),
                        None,
                    )
                    if pl is not None:
                        f.place, f.label = pl.place, pl.label
                # (an entry's timestamp dates it too: "Tue 15 Oct 2024 21.50 BST")
                f.dated = (ref.explicit and not ref.vague) or (
                    not ref.explicit
                    and (
                        sent.block in doc.entry_day
                        or (
                            bool(f.attack)
                            and f.day is not None
                            and block_opened.get(sent.block) == f.day
                        )
                    )
                )
                # a "Key points" list item with no day of its own sums up the body, as a
                # headline does
                f.title = sent.block < doc.title_blocks or (
                    sent.block in doc.summary_blocks and not f.dated
                )
                f.toll = (
                    (
                        ("toll" in sfold or "number" in sfold)
                        and _TOLL_UPDATE.search(sfold) is not None
                    )
                    or (
                        # "A third person has died in hospital from his injuries": a later death
                        "died" in sfold
                        and not (f.attack or f.weak_attack)
                        and _DIED_LATER.search(sfold) is not None
                    )
                    or (
                        # "Lysak said on Thursday that 27 people had been injured": figures
                        # dated by when they were said, no attack of their own
                        f.dated and not (f.attack or f.weak_attack) and bool(f.figures) and said_on
                    )
                )
            findings.extend(sent_findings.values())
            block_findings.setdefault(sent.block, []).extend(sent_findings.values())
            if (
                not locs
                and focus_ok
                and focus is not None
                and any(f.iso == focus[0].iso for f in sent_findings.values())
            ):
                focus = (focus[0], si)
                if ref.explicit and not said_on:
                    focus_day = day  # "Yesterday evening ... over the city": the story's day
                    focus_vague = ref.vague and opens_vague(sfold)
            if not locs and sent_findings and all(i in COUNTRY_NAMES for i in sent_findings):
                focus = None  # the national picture ("Its units shot down 69") ends the story
            non_list = [lc for lc in locs if not lc.in_list]
            if non_list:
                focus = (non_list[-1], si)
                focus_day, focus_vague = day, ref.vague and opens_vague(sfold)
            elif locs:
                focus = None
        if ruled_out:
            findings = [f for f in findings if f.iso not in ruled_out]
        _date_undated_by_the_story(findings, doc.news_day, doc.pub)
        _headings_take_their_story_day(findings, doc)
        return self._merge(doc, findings, support)

    # --- helpers --------------------------------------------------------------------------------

    def _article_regions(self, doc: _Doc) -> set[str]:
        """ISO codes named as regions (or by unambiguous big cities) anywhere in the article;
        how often each is named goes to `doc.region_weight`."""
        out: set[str] = set()
        weight = doc.region_weight
        villages = doc.village_names
        for s in doc.sentences:
            if s.flags & _PLACE_OR_REGION:
                for h in s.hits:
                    if h.info.flags & _PLACE_OR_REGION and _VILLAGE_BEFORE.search(
                        doc.folded, max(0, h.start - 25), h.start
                    ):
                        villages.add(doc.folded[h.start : h.end])
        for s in doc.sentences:
            if not s.flags & _PLACE_OR_REGION:
                continue
            for h in s.hits:
                if not h.info.flags & _PLACE_OR_REGION:
                    continue
                for e in h.info.entries:
                    if e.kind == "region":
                        out.add(e.iso)
                        weight[e.iso] = weight.get(e.iso, 0) + 1
                    elif e.kind == "place" and len(e.places) == 1:
                        p = self.gaz.places[e.places[0]]
                        if (
                            p.population >= 100_000
                            and doc.text[h.start : h.start + 1].isupper()
                            and doc.folded[h.start : h.end] not in villages
                            and not _RIVER_AFTER.match(doc.folded, h.end)
                        ):
                            # ("the village of Murom": a namesake, not the city of 100,000;
                            # and so is "Murom" in the headline of that story)
                            out.add(p.iso)
                            weight[p.iso] = weight.get(p.iso, 0) + 1
        return out

    def _locs(self, doc: _Doc, sent: Sentence, regions: set[str]) -> list[Loc]:
        """Valid, non-reference location mentions in a sentence, longest match first."""
        if not sent.flags & _LOC_MASK:
            return []
        cands: list[Hit] = []
        block_spans: list[tuple[int, int]] = []
        for h in sent.hits:
            if h.info.flags & _LOC_MASK:
                cands.append(h)
            if h.info.flags & _BLOCK_MASK:
                block_spans.append((h.start, h.end))
        if sent.first_in_block and cands and cands[0].start == sent.start:
            # "KYIV, Nov 5 (Reuters) - ": where the report was filed, not where it happened
            lead = sent.start + dateline_end(doc.text[sent.start : sent.end])
            after = [h for h in cands if h.start >= lead]
            if after or not _THE_CITY.search(doc.folded, lead, sent.end):
                cands = after
            # else "KHERSON — Russian artillery shelled the city's Korabelnyi district": the
            # city it was filed from is the one the story then calls "the city"
        out: list[Loc] = []
        last_end = -1
        # regions the sentence names as places ("as Moscow kept up its bombardment" is none)
        sent_regions: set[str] = set()
        # (a region hit resolves the same whatever else the sentence holds: resolved once)
        as_region: dict[int, Loc | None] = {}
        for i, h in enumerate(cands):
            if h.info.region is not None:
                rl = as_region[i] = self._resolve(doc, h, regions, sent_regions, sent)
                if rl is not None:  # (a region hit resolves to a region or to nothing)
                    sent_regions.add(rl.iso)
        doc.city_before = None
        doc.named_before = set()
        ref_end = -1  # end of a place named as a reference point ("from the directions of X")
        for i, h in enumerate(cands):  # hits are sorted by (start, -length) already
            if h.start < last_end:
                continue
            if block_spans and _contained(h, block_spans):
                continue
            if ref_end >= 0 and _ref_list_goes_on(doc, ref_end, h.start):
                ref_end = last_end = h.end  # "from Bryansk, Oryol and Kursk": all launch areas
                continue
            if i in as_region:
                loc = as_region[i]
            else:
                loc = self._resolve(doc, h, regions, sent_regions, sent)
            if loc is None:
                if _LAUNCHED_FROM.search(
                    doc.folded, max(0, h.start - 30), h.start
                ) or _LAUNCH_PLATFORM.search(doc.folded, max(0, h.start - 40), h.start):
                    ref_end = last_end = h.end
                continue
            if _LAUNCHED_FROM_VERB.search(doc.folded, max(0, h.start - 40), h.start):
                ref_end = last_end = h.end  # "missiles launched from Russia's Kursk Oblast"
                continue
            if _LAUNCH_AREA_BEFORE.search(doc.folded, max(0, h.start - 60), h.start) and (
                "launch" in doc.folded[sent.start : sent.end]
            ):
                ref_end = last_end = h.end  # "launched 24 drones from the Cape Chauda area in
                continue  # Crimea" (and "from the area of Engels in Russia's Saratov Oblast")
            if _MADE_AT_BEFORE.search(doc.folded, max(0, h.start - 60), h.start):
                ref_end = last_end = h.end  # "Shaheds, mass-produced at a plant in Yelabuga"
                continue
            if _DESTINATION_BEFORE.search(doc.folded, max(0, h.start - 50), h.start):
                ref_end = last_end = h.end  # "passengers boarding coaches for Dnipro and Kyiv"
                continue
            ref_end = -1
            last_end = h.end
            out.append(loc)
            doc.named_before.add(loc.iso)
            if loc.place is not None:
                doc.city_before = loc.iso
        if len(out) > 1:
            # "Krasnogorsk outside Moscow", "Vidnoye near the capital": the second place only
            # says where the first is
            out = [
                b
                for i, b in enumerate(out)
                if not (
                    i
                    and out[i - 1].place is not None
                    and _NEAR_REFERENCE.fullmatch(doc.folded, out[i - 1].end, b.start)
                )
            ]
        # lists: "Belgorod and Kaluga regions", "Bryansk, Oryol, Kursk and Moscow regions"
        for a, b in itertools.pairwise(out):
            if a.place is not None and b.place is None and a.iso == b.iso:
                continue  # "Ramenskoye, Moscow region": a place and its own region, no list
            if _LIST_SEP.fullmatch(doc.folded, a.end, b.start):
                a.in_list = b.in_list = True
        if (
            out
            and out[-1].in_list
            and (
                _PLURAL_REGIONS.match(doc.folded, out[-1].end)
                or doc.folded.endswith(_PLURAL_NOUNS, out[-1].start, out[-1].end)
            )
        ):
            # "over the Kyiv, Sumy and Lviv oblasts": each name is a region, so a city that is
            # a region of its own (Kyiv, Moscow) stands for the region around it here
            for lc in out:
                oblast = _CITY_SURROUNDS.get(lc.iso)
                if lc.in_list and oblast is not None:
                    lc.iso, lc.place, lc.label = oblast, None, self.iso[oblast].name
        return out

    def _resolve(
        self, doc: _Doc, h: Hit, regions: set[str], sent_regions: set[str], sent: Sentence
    ) -> Loc | None:
        text = doc.text
        first = text[h.start : h.start + 1]
        info = h.info
        region_entry = info.region
        if region_entry is None and not first.isupper():
            return None  # a lower-case word is no place name (checked first: it is cheapest)
        if doc.folded.startswith(" time", h.end):
            return None  # "23:00 Moscow time": a clock, not a place
        before = doc.folded[max(0, h.start - 40) : h.start]
        if (
            _REFERENCE_BEFORE.search(before)
            or _LAUNCH_PLATFORM.search(before)
            or _RIVER_BANK.search(before)
            or _RIVER_AFTER.match(doc.folded, h.end)
            or _FORMER_NAME_BEFORE.search(before)
        ):
            return None  # (... "the left bank of the Dnipro": the river, not the city)
        if text[h.end : h.end + 1] == "-" and (
            text[h.end + 1 : h.end + 2].islower() or _MODEL_SUFFIX.match(text, h.end)
        ):
            # "Moscow-installed governor", "Kyiv-based": an adjective; "Voronezh-DM radar": a
            # model's name; no place either way
            return None
        if before.endswith("the ") and _VESSEL_AFTER.match(doc.folded, h.end):
            return None  # "the Rostov-on-Don submarine", "the Minsk landing ship": a ship's name
        if h.start > 1 and text[h.start - 1] == "-" and text[h.start - 2].isalpha():
            return None  # "Gora-Podol": the end of another name, not Kyiv's Podol
        prev = doc.word_before(h.start)
        nxt = doc.orig_word_after(h.end)
        if prev in ("a", "an", "the") and _ORGANISATION_AFTER.match(doc.folded, h.end):
            return None  # "an analyst at a Moscow energy consultancy": a firm's home, no place
        if nxt.lower() in _STREET_WORDS and prev not in ("a", "an", "one", "another"):
            # "Odeska Street", "Krasnoarmeyskaya street": an address, not the region or the
            # village of that name (but "a Belgorod street" is in Belgorod)
            return None
        the_place = nxt.lower() == "city" or (
            prev == "against" and _STRIKE_AGAINST.search(doc.folded, max(0, h.start - 40), h.start)
        )  # "Kyiv City", "a missile strike against Kyiv": the city, not its government
        if prev == "that" and _QUOTE_AFTER.match(doc.folded, h.end) and h.end - h.start < 12:
            return None  # 'Sikorski said that Moscow "is not interested in peace"': the speaker
        if region_entry is not None:
            if (
                _AGENT_VERB.match(doc.folded, h.end) or (prev in _AGENT_PREV and not the_place)
            ) and h.end - h.start < 12:
                return None
            r = self.iso[region_entry.iso]
            return Loc(h.start, h.end, r.iso, None, r.name)
        if not first.isupper():
            return None
        label = text[h.start : h.end]
        if _REGION_LIST_AHEAD.match(doc.folded, h.end) or _HEAD_AHEAD.match(doc.folded, h.end):
            # "the Nikolayev and Odessa regions": a region's name, whatever namesake town the
            # gazetteer knows (a Nikolayev village in Rostov, a Mykolaivka in Donetsk); so is
            # "Leningrad Governor X" (not the city once called Leningrad)
            iso = self.region_alias.get(fold_name(f"{label} region"))
            if iso is not None:
                sent_regions.add(iso)  # the sentence names this region, as a region
                return Loc(h.start, h.end, iso, None, self.iso[iso].name)
        if nxt.lower() in _DISTRICT_QUALIFIERS and _DISTRICT_AFTER.match(doc.folded, h.end):
            nxt = "district"  # "Moscow's Troitsky administrative district"
        elif nxt in ("and", "") and _AND_DISTRICTS.match(doc.text, h.end):
            nxt = "district"  # "the Dniprovskyi and Korabelnyi districts"
        if nxt.lower() in _DISTRICT_WORDS or label.rsplit(" ", 1)[-1].lower() in _DISTRICT_WORDS:
            if self._part_of_named(doc, before, sent_regions, info) or _OF_PLACE.match(
                doc.text, h.end
            ):
                # "the city's Shevchenkivskyi district", "the Dniprovskyi district of Kherson":
                # part of a place named (which is resolved on its own)
                return None
            district = info.district
            if district is not None and all(
                self.iso[self.gaz.places[i].iso].kind == "city" for i in district.places
            ):
                # "the Kyivskyi district", "Moskovsky district": named after a city that is a
                # region of its own, which has no district of its name: another city's part
                return None
            if district is not None:
                best = self._pick(list(district.places), regions, sent_regions, doc)
                if best is not None and self._outside_the_named_region(best, sent_regions):
                    return None  # "Rostov region ... the Kamensky district": not Penza's
                if (
                    best is not None
                    and best.population < SMALL_PLACE
                    and regions
                    and best.iso not in regions
                    and best.iso not in sent_regions
                ):
                    # "the Slobidskyi district" in a Kharkiv story: a city's district, not the
                    # raion of a village in a region the article never names
                    return None
                if best is not None:
                    return Loc(h.start, h.end, best.iso, best, f"{label} {nxt}")
        place_entry = info.place
        if place_entry is None:
            return None
        if prev in V.TITLES or prev in ("mr", "mrs", "ms"):
            return None
        if nxt.lower() == "sea" or _SEA_OF.search(before):
            return None  # "the Sea of Azov", "the Azov Sea": a sea, not the town
        shouty = doc.shouty(sent.block)
        if not shouty and _after_given_name(text, h.start):
            return None  # "Alexander Gusev", "Oleh Synehubov": a surname, not the town
        if not shouty and nxt[:1].isupper() and nxt.lower() not in _GEO_NEXT:
            return None  # "Vladimir Putin", "Kirov Plant": a name, not a place here
        if prev == "by" and _RENAMED_BY.search(before):
            return None  # "Dzerzhinsk (renamed Toretsk by Kiev)": the government that renamed
        if (prev in _AGENT_PREV and not the_place) or (
            prev not in _PLACE_PREPS and _AGENT_VERB.match(doc.folded, h.end)
        ):
            return None  # "Moscow launched", "forced Moscow to": the government, not the place
        idxs = list(place_entry.places)
        demoted = (
            self.gaz.demoted.get(match_key(doc.folded[h.start : h.end])) if len(idxs) > 1 else None
        )
        best = self._pick(idxs, regions, sent_regions, doc, demoted)
        if best is None:
            return None
        key = label.lower()
        if key in V.STOP_PLACES and best.population < V.STOP_MAX_POPULATION:
            return None
        if best.population < BIG_PLACE and self._not_in_the_region_after(doc, h.end, best):
            return None  # "Belaya in the Irkutsk region": not Gudermes (once Belaya), Chechnya
        if best.population < BIG_PLACE and self._outside_the_named_region(best, sent_regions):
            # "In the Zaporozhye region, ... shelled Vasilyevka": no namesake in the region the
            # sentence names (a spelling the gazetteer lacks); that region stands, not a
            # village of the same name elsewhere
            return None
        known_region = best.iso in regions or best.iso in sent_regions
        if best.population < SMALL_PLACE:
            ctx = prev in _GEO_WORDS or nxt.lower() in _GEO_WORDS or best.iso in sent_regions
            if not ctx and best.iso not in regions:
                return None
            if regions and not known_region:
                # a village outside every region the article names: most likely a namesake
                # missing from the gazetteer in the article's own region; let the sentence
                # fall back to the story's region rather than jump to a far-away namesake
                return None
        if (
            not known_region
            and regions
            and (_VILLAGE_BEFORE.search(before) or doc.folded[h.start : h.end] in doc.village_names)
        ):
            return None  # "the village of X" far from the story: a namesake (see above)
        if best.population < BIG_PLACE and not known_region:
            # capitalised only by position (sentence start, headline): needs a geo word before
            # it ("village of", "in"); an ordinary word ("marks" used in lower case elsewhere)
            # needs that and its region named nearby, which `known_region` already failed
            if doc.used_lowercase(key):
                return None
            initial = h.start == sent.start or text[sent.start : h.start].strip(" \"'\u201c") == ""
            # "Kherson: on the morning of ...", a dateline "KHERSON — " / "KHERSON, Ukraine"
            labelled = text[h.end : h.end + 1] == ":" or (
                initial
                and _DATELINE_AFTER.match(text, h.end) is not None
                and _THE_CITY.search(doc.folded, h.end, sent.end) is not None
            )
            if (shouty or initial) and prev not in _GEO_WORDS and not labelled:
                return None
        return Loc(h.start, h.end, best.iso, best, best.name if shouty else label)

    def _part_of_named(self, doc: _Doc, before: str, sent_regions: set[str], info: KeyInfo) -> bool:
        """Is "X district" a part of a place the text has just named rather than a place of
        its own? A possessive says so ("the city's X district", "the Kursk region's X
        district") unless X lies in the region the sentence names; so does "the X district"
        with no namesake in the story's current region, or such a name labelling a paragraph
        ("Shevchenkivskyi district. A missile exploded ..."): a city's urban district (many
        cities share names like Dniprovskyi or Shevchenkivskyi)."""
        idxs = [
            *(info.place.places if info.place else ()),
            *(info.district.places if info.district else ()),
        ]
        isos = {self.gaz.places[i].iso for i in idxs}
        if isos & sent_regions:
            return False
        if doc.city_before is not None and doc.city_before not in isos:
            return True  # "in the city of Kherson, ... in the Dniprovskyi district": Kherson's
        if _POSSESSIVE_BEFORE.search(before):
            return True
        focus = doc.focus_iso
        return (
            focus is not None
            and focus not in isos
            and (
                before.endswith(("the ", "\n\n"))
                or not before
                or _THE_LIST_BEFORE.search(before) is not None
            )
            and not _VILLAGE_BEFORE.search(before)
        )

    def _not_in_the_region_after(self, doc: _Doc, end: int, best: Place) -> bool:
        """Is the place followed by "in the Y region" and `best` not in Y? Then the gazetteer
        lacks that place in Y, and Y (named next) stands for it."""
        m = _IN_REGION_AFTER.match(doc.text, end)
        if m is None:
            return False
        iso = self.region_alias.get(fold_name(f"{m.group(1)} region"))
        return iso is not None and iso != best.iso

    def _outside_the_named_region(self, best: Place, sent_regions: set[str]) -> bool:
        """The sentence names exactly one region, an oblast-like one (not a city that is a
        region of its own: "Krasnogorsk outside Moscow" names no region), and `best` is not
        in it: then `best` is a namesake of a place the gazetteer lacks in that region."""
        if len(sent_regions) != 1 or best.iso in sent_regions:
            return False
        (iso,) = sent_regions
        return self.iso[iso].kind != "city"

    def _pick(
        self,
        idxs: list[int],
        regions: set[str],
        sent_regions: set[str],
        doc: _Doc,
        demoted: frozenset[int] | None = None,
    ) -> Place | None:
        """Prefer a place whose region is named in the sentence (as a region, then by a place
        in it named before), then the region of the story being told, then one named in the
        article (the more often named first), then a city whose own name this is (not a former
        one), then size."""
        cands = [self.gaz.places[i] for i in idxs]
        if not cands:
            return None
        former = demoted or frozenset()
        return max(
            cands,
            key=lambda p: (
                p.iso in sent_regions,
                p.iso in doc.named_before,
                p.iso == doc.focus_iso,
                p.iso in regions,
                doc.region_weight.get(p.iso, 0),
                p.idx not in former,
                p.population,
            ),
        )

    def _keywords(self, sent: Sentence) -> list[tuple[int, V.Keyword]]:
        """Keyword hits of a sentence, minus those inside a longer hit of the same family
        (e.g. "plant" inside "power plant") and attack words inside a non-attack phrase
        ("air raid" inside "air raid alert").

        One sweep: hits come sorted by (start, -length), so a hit lies inside a strictly
        longer one of its family iff an earlier hit of that family ends at or after its end.
        """
        out: list[tuple[int, V.Keyword]] = []
        fam_end: dict[str, int] = {}
        block_end = -1
        for h in sent.hits:
            kws = h.info.kws
            if not kws:
                continue
            s, e2 = h.start, h.end
            if len(kws) == 1:  # the common case, same rules as the loop below
                k = kws[0]
                kind = k.kind
                fam = _FAMILY[kind]
                end = fam_end.get(fam, -1)
                if kind == "not_attack":
                    if e2 > block_end:
                        block_end = e2
                elif not (
                    (end >= e2 and (kind != "trigger" or block_end >= e2))
                    or (fam == "attack" and block_end >= e2)
                    or (kind == "target" and fam_end.get("impact", -1) >= e2)
                ):
                    out.append((s, k))
                if end < e2:
                    fam_end[fam] = e2
                continue
            for k in kws:  # blockers of this very hit count (same span, "not strictly")
                if k.kind == "not_attack" and e2 > block_end:
                    block_end = e2
            blocked = block_end >= e2
            for k in kws:
                kind = k.kind
                if kind == "not_attack":
                    continue
                fam = _FAMILY[kind]
                inside = fam_end.get(fam, -1) >= e2
                if inside and (kind != "trigger" or blocked):
                    continue
                if fam == "attack" and blocked:
                    continue
                if kind == "target" and fam_end.get("impact", -1) >= e2:
                    continue  # "in hospital": where the injured are, not what was hit
                out.append((s, k))
            for k in kws:
                fam = _FAMILY[k.kind]
                if fam_end.get(fam, -1) < e2:
                    fam_end[fam] = e2
        return out

    @staticmethod
    def _nearest(
        locs: list[Loc], pos: int, clause_of: object, labelled: frozenset[int] = frozenset()
    ) -> list[Loc] | None:
        """Locations a keyword at `pos` belongs to: the nearest in its clause (its list, if any).
        `labelled`: clauses that follow a colon ("X hromada: ..."), about the clause before."""
        assert callable(clause_of)
        if not locs:
            return None
        c = clause_of(pos)
        same = [lc for lc in locs if clause_of(lc.start) == c]
        if not same and c in labelled:
            # "Krasnopillia hromada: the army dropped three glide bombs": what follows a
            # place's label is about that place
            same = [lc for lc in locs if clause_of(lc.start) == c - 1]
        if not same:
            return None
        best = min(same, key=lambda lc: min(abs(lc.start - pos), abs(lc.end - pos)))
        if best.in_list:
            return [lc for lc in same if lc.in_list]
        return [best]

    @staticmethod
    def _figure_loc(
        locs: list[Loc], fig: Figure, figs: list[Figure], clause_of: object
    ) -> Loc | None:
        """First place after the figure (before the next figure) in its clause, else before it."""
        assert callable(clause_of)
        if not locs:
            return None
        c = clause_of(fig.pos)
        nxt = min((f.pos for f in figs if f.pos > fig.pos and f.kind == fig.kind), default=10**9)
        same = [lc for lc in locs if clause_of(lc.start) == c]
        after = [lc for lc in same if fig.pos < lc.start < nxt]
        if after:
            return after[0]
        before = [lc for lc in same if lc.end <= fig.pos]
        if before:
            return before[-1]
        distinct = {lc.iso for lc in locs}
        if len(distinct) == 1:
            return locs[0]
        return None

    @staticmethod
    def _country(sfold: str, strict: bool) -> str | None:
        """Country a place-less clause is about: 'in Russia'; not strict: 'Russian drones' -> UA."""
        if "russia" not in sfold and "ukrain" not in sfold:
            return None  # every pattern below names one of the two
        for loc in _COUNTRY_LOC.finditer(sfold):
            if not _SUPERLATIVE_BEFORE.search(sfold, max(0, loc.start() - 40), loc.start()):
                return "UA" if "ukrain" in loc.group(1) else "RU"
        m = _COUNTRY_OWNER.search(sfold)
        if m and _NATIONAL_TALLY.search(sfold, m.end()):
            # "Ukraine's air force said it shot down 40 of 47 drones": a national total
            return "UA" if m.group(1) == "ukraine" else "RU"
        if m:
            owner = "UA" if m.group(1) == "ukraine" else "RU"
            w = _COUNTRY_WEAPON.search(sfold)
            other = "russia" if owner == "UA" else "ukraine"
            if (
                "territory" in sfold
                or " the country" in sfold
                or (w and (w.group(1) == "ukrainian") == (owner == "RU"))
                or any(x.group(1) == other for x in _LAUNCHED_BY.finditer(sfold))
            ):
                # (... or "Ukraine's air force said Russia had launched 112 drones")
                return owner
        if strict:
            return None
        m = _COUNTRY_WEAPON.search(sfold)
        if m:
            return "RU" if m.group(1) == "ukrainian" else "UA"
        return None

    def _claimed_by(
        self,
        doc: _Doc,
        sent: Sentence,
        kws: list[tuple[int, V.Keyword]],
        si: int,
        cache: dict[int, list[tuple[int, V.Keyword]]],
    ) -> str | None:
        """Who states the facts: the first source named in the sentence, else the one before."""
        prev = doc.sentences[si - 1] if si > 0 else None
        prev_kws: list[tuple[int, V.Keyword]] = []
        if prev is not None:
            got = cache.get(si - 1)
            if got is None:  # (an empty list is a cached answer too)
                got = cache[si - 1] = self._keywords(prev)
            prev_kws = got
        for pool, s in ((kws, sent), (prev_kws, prev)):
            for pos, k in pool:
                if k.kind == "claim":
                    if k.value == "media" and s is not None:
                        ends = [h.end for h in s.hits if h.start == pos]
                        return _media_source(doc.text, pos, max(ends, default=pos + 5))
                    return k.value
        return None

    @staticmethod
    def _actor(
        stext: str,
        sfold: str,
        kws: list[tuple[int, V.Keyword]],
        actor_hints: tuple[str, ...] = _ACTOR_HINTS,
    ) -> str | None:
        """Who is said to be behind it: a named unit or group, else the country whose forces
        are said to have done it ("Ukraine's General Staff said its forces struck"), else the
        adjective on the attack."""
        named = _named_actor(stext) if _may_name_actor(sfold, actor_hints) else None
        if named:
            return named
        generic: str | None = None
        attack_pos = [p for p, k in kws if k.kind in ("attack", "trigger")]
        for pos, k in kws:
            if k.kind != "actor":
                continue
            if k.value not in ("Ukraine", "Russia"):
                return k.value
            if generic is None and any(0 <= ap - pos <= 30 for ap in attack_pos):
                generic = k.value
        m = _OWN_FORCES.search(sfold) if " its " in sfold or " their " in sfold else None
        if m:
            return "Ukraine" if m.group(1).startswith("ukrain") else "Russia"
        if generic is None and ("by " in sfold or "blamed" in sfold or "accused" in sfold):
            m = _BLAMED.search(sfold)
            if m:
                generic = "Ukraine" if m.group(1) == "ukrain" else "Russia"
        return generic

    # --- merge ----------------------------------------------------------------------------------

    def _merge(
        self, doc: _Doc, findings: list[Finding], support: list[tuple[set[str], set[str]]]
    ) -> list[IncidentMention]:
        groups: dict[tuple[str, date | None], list[Finding]] = {}
        findings = _without_bare_lists(findings)
        body = [f for f in findings if not f.title]
        attacked = {(b.iso, b.day) for b in body if b.attack or b.weak_attack}
        for f in body:
            if f.toll and f.day is not None and not _same_day_strike(f, body):
                # "the toll from the strike has risen to nine ... The missile hit on Tuesday":
                # a toll update belongs to the strike it counts, dated in the body (unless
                # that region had a strike on the update's own day)
                strike = next((b for b in body if _counts_strike(f, b, attacked)), None)
                if strike is not None:
                    f.day, f.background = strike.day, strike.background
        for f in findings:
            if f.title and f.background and f.day is None:
                # "41 injured in Belgorod Region over past week", "victims of the strike one
                # year ago": no day of the news; the body's first older account, if any
                old = [b for b in body if b.iso == f.iso and b.background]
                if old:
                    f.day = old[0].day
            elif f.title:
                # a headline summarises the body: join the body's first account of that region
                same = [b for b in body if b.iso == f.iso and not b.background]
                if same:
                    f.day = same[0].day
                else:  # the body tells only an older story of it: the headline's subject too
                    old = [b for b in body if b.iso == f.iso and b.day is not None]
                    if old:
                        f.day, f.background = old[0].day, True
            groups.setdefault((f.iso, f.day), []).append(f)
        art = doc.article
        out: list[IncidentMention] = []
        for (iso, day), fs in groups.items():
            is_country = iso in COUNTRY_NAMES
            fig_values = _merge_figures(fs)
            stated_any = any(v is not None for v in fig_values.values())
            if is_country and (not stated_any or (day is None and all(f.background for f in fs))):
                continue  # (nor a country's undated tally of months: "184 killed in August")
            if day is None and not stated_any and all(f.background for f in fs):
                continue  # a vague passing mention with nothing stated: not an incident
            attack = set().union(*(f.attack for f in fs)) or set().union(
                *(f.weak_attack for f in fs)
            )
            target = set().union(*(f.target for f in fs))
            if not (attack or target or stated_any or any(f.struck for f in fs)):
                continue  # a region in a sentence near a strike, nothing said of it happening
            for isos, tt in support:
                if iso in isos and not all(f.background for f in fs):
                    target |= tt
            with_place = [f for f in fs if f.place is not None]
            place_f = min(
                with_place,
                key=lambda f: (not f.explicit, f.place.population if f.place else 0),
                default=None,
            )
            region = self.iso.get(iso)
            place = place_f.place if place_f else None
            if place is None and region is not None:
                seat = self.gaz.region_seat.get(iso)
                coord = self.gaz.places[seat] if seat is not None else None
            else:
                coord = place
            background = all(f.background for f in fs)
            explicit = any(f.explicit for f in fs)
            stated = stated_any
            conf = 0.45 + (0.2 if explicit else 0.0) + (0.15 if stated else 0.0)
            conf += 0.1 if day is not None else 0.0
            conf -= 0.3 if background else 0.0
            conf -= 0.1 if is_country else 0.0
            if background:
                conf = min(conf, BACKGROUND_MAX_CONFIDENCE)
            evidence = " ... ".join(
                dict.fromkeys(f.evidence for f in sorted(fs, key=lambda f: f.sentence))
            )
            figures = Figures(**fig_values)
            out.append(
                IncidentMention(
                    mention_id=f"{art.id}:{len(out)}",
                    article_id=art.id,
                    source=art.source,
                    published_on=doc.pub,
                    region_code=iso,
                    region_name=region.name if region else COUNTRY_NAMES.get(iso),
                    country_code=iso[:2],
                    place=(place_f.label if place_f else None),
                    lat=coord.lat if coord else None,
                    lon=coord.lon if coord else None,
                    occurred_on=day,
                    attack_types=cast(list[AttackType], sorted(attack) or ["unknown"]),
                    target_types=cast(list[TargetType], sorted(target) or ["unknown"]),
                    figures=figures,
                    claimed_by=next((f.claimed_by for f in fs if f.claimed_by), None),
                    attributed_to=_best_actor(fs),
                    background=background,
                    confidence=round(max(0.05, min(1.0, conf)), 2),
                    evidence=evidence[:2000],
                    ingested_at=art.ingested_at,
                )
            )
        return out


_AGENT_ACTS = (
    r"(?:says|said|launched|unleashed|fired|began|accused|blamed|denied|responded|warned|sent|"
    r"chose|wants|insists|demands|refused|rejected|retaliated|vowed|threatened|announced|"
    r"publish|publishes|published|admit|admits|deny|denies|confirm|confirms|report|"
    r"stated|confirmed|continues|plans|started|hit back|struck back|used|claimed|claims|"
    r"carried out|stepped up|escalated|intensified|sought|seeks|insisted|demanded|agreed|"
    r"signed|hopes|hoped|intends|commented|comment|reacted|acknowledged|admitted|wrote|writes|"
    r"added|noted|posted|told|reported|kept up|keeps up|pressed|presses|braces|braced|"
    r"is bracing|prepares|is preparing|urges|urged|fears|expects|asked|asks|uses|annexed|"
    r"seized|invaded|summoned|condemned|protested|negotiates|negotiated|had no|has no|"
    r"have no|targets|deliberately|described|describes|considers|regards|steps up|step up|"
    r"comments|launches|bases|stations|deploys|deployed|stockpiling|stockpiles|amassing)"
)
_AGENT_OWNS = (
    r"'s\s+(?:defen[cs]e ministry|foreign ministry|ministry|government|forces|troops|army|"
    r"military|air force|navy|bombardment|invasion|war|aggression|envoy|ambassador|leadership|"
    r"president|negotiators|delegation|demands|position|offensive|missiles|drones|strikes|"
    r"attacks|shelling)\b"
)
"""A capital's institutions and deeds: "Moscow's defence ministry", "Moscow's bombardment"."""
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:consultancy|consulting firm|law firm|think[- ]tank|brokerage|"
    r"exchange|newspaper|broadcaster|publisher|news agency)\b"
)
"""'a Moscow energy consultancy', 'the St Petersburg exchange': where an organisation with
no building worth striking is based (a university, a plant or a bank may be what was hit)."""
_DATE_LABEL = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*[.:]"
)
"""A sentence that is only a day ("March 3.", "Monday, 4 November:"): a chronicle's entry."""
_THE_LIST_BEFORE = re.compile(r"\bthe [\w'-]+(?:, [\w'-]+)*,? and $")
"""'the Kholodnohirskyi and ' before a name: the second of a list the article opened with 'the'."""
_NAMES_THEN_AND = r"(?:,\s+[A-Z][\w'-]+)*,?\s+and\s+[A-Z][\w'-]+"
"""The rest of a list of names after its first: ", Saltivskyi and Osnovianskyi"."""
_AND_DISTRICTS = re.compile(rf"{_NAMES_THEN_AND}\s+(?:districts|raions|rayons)\b")
_MODEL_SUFFIX = re.compile(r"-[A-Z0-9]{1,3}\b")
_RENAMED_BY = re.compile(r"\b(?:renamed|named|called)\b[^.;]{0,30}\bby $")
_FORMER_NAME_BEFORE = re.compile(r"\b(?:formerly|previously|once)(?: known as| called| named)? $")
"""'Akhmatovsky district (formerly Leninsky)': an old name, not a place of its own."""
_RIVER_AFTER = re.compile(r"\s+(?:river|embankment|riverbank|reservoir|delta|estuary)\b")
"""'the Dnipro embankment', 'the Don river': the river named like a city."""
_RIVER_BANK = re.compile(r"\b(?:banks?|shores?|mouth) of the $")
"""'the left bank of the Dnipro', 'the banks of the Seym': a river named like a town."""
_IN_REGION_AFTER = re.compile(
    r",?\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)\s+"
    r"(?:region|oblast|krai|province|republic|district)\b"
)
_DATELINE_AFTER = re.compile(r"\s+[—–]\s|,\s+(?:Ukraine|Russia)\b|\s+\((?:AP|AFP|Reuters)\)")
"""What follows a place opening a wire or brief's dateline ("KHERSON — ", "ODESA, Ukraine")."""
_THE_CITY = re.compile(r"\bthe (?:city|town|village|capital)\b")
"""A place called by its kind only, as a brief does after its dateline."""
_AGENT_VERB = re.compile(
    rf"(?:'s)?\s+(?:(?:has|have|had|is|was|will|would|could|does|did)\s+(?:not\s+|also\s+|"
    rf"repeatedly\s+|now\s+|again\s+|already\s+|yet\s+to\s+)?"
    rf"(?:usually\s+|typically\s+|generally\s+|rarely\s+|often\s+)?)?"
    rf"(?:illegally\s+|unilaterally\s+|formally\s+|officially\s+|reportedly\s+|"
    rf"deliberately\s+|systematically\s+|routinely\s+|often\s+|first\s+|rarely\s+|"
    rf"seldom\s+|usually\s+|typically\s+|generally\s+|never\s+)?{_AGENT_ACTS}\b"
    rf"|{_AGENT_OWNS}"
    r"|\s+(?:(?:military|security|intelligence|government|official|defen[cs]e|diplomatic)\s+)?"
    r"(?:sources?|officials?)\s+(?:(?:have|has|had)\s+)?(?:says?|said|told|claims?|claimed)\b"
)
"""A capital or region acting as its government: "Moscow launched", "Kyiv has denied". An
auxiliary alone is no sign of that ("Odesa has been hit", "the strike on Belgorod was"). "Kyiv
source says", "Moscow officials said": the government's people, not the city's."""
_STRUCK = re.compile(
    r"(?:strikes?|struck|attack(?:s|ed)?|hit|shell(?:ed|ing)|bomb(?:ed|ing)|explosions?|blasts?)\b"
)
"""Trigger words that say a strike happened (not "launched production", "burning")."""
_REVISED = re.compile(
    r"(?i:according to (?:updated|revised|corrected|clarified) (?:information|data)|"
    r"corrected (?:himself|herself|itself|the (?:figure|toll|number))|"
    r"revised (?:the (?:toll|figure|number) )?down(?:wards?)?)"
)
"""A correction of the figures said before: its figures replace theirs, up or down."""
_SUPERSEDED = re.compile(
    r"(?i:(?:earlier|previously|initially|at first),?\s+(?:it was reported|reports said|"
    r"officials (?:said|reported)|the (?:authorities|administration) (?:said|reported)))"
)
"""A sentence with the figures the current ones replace ("Earlier it was reported that ...")."""
_NO_SUCH = re.compile(r"\b(?:no|not a|not an|without|nor)\s+$")
"""Before a target word: there is none of it ("no military facilities")."""
_OF_PLACE = re.compile(
    rf"(?:{_NAMES_THEN_AND})?(?:\s+(?:districts?|raions?|rayons?))?\s+of\s+(?:the\s+)?"
    r"(?:[A-Z]|city\b|town\b)"
)
"""After a district's name: the place it is part of ("the Dniprovskyi district of Kherson",
"the Dniprovskyi and Korabelnyi districts of the city")."""
_PLACE_PREPS = frozenset(("on", "in", "near", "at", "over", "outside", "around", "into", "of"))
"""A name right after one of these is a place, whatever verb follows ("strike on Odesa has")."""
_AGENT_PREV = {
    "let",
    "lets",
    "allow",
    "allowing",
    "permit",
    "permitted",
    "forced",
    "urged",
    "told",
    "asked",
    "pushed",
    "allowed",
    "prompted",
    "between",
    "with",
    "against",
    "accused",
    "blamed",
    "warned",
    "pressed",
    "persuade",
    "convince",
}
_QUOTE_AFTER = re.compile(r"\s*[\"\u201c]")
"""A quotation opening right after a name: what the place, as its government, says."""
_STRIKE_AGAINST = re.compile(
    r"\b(?:strikes?|attacks?|raids?|assault|bombardment|shelling)\s+against\s+$"
)
"""'a combined strike against Kyiv': the city struck (not 'the war against Kyiv')."""
_GEO_WORDS = {
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "settlement",
    "settlements",
    "district",
    "hamlet",
    "community",
    "suburb",
    "outskirts",
    "in",
    "near",
    "of",
    "at",
    "over",
    "outside",
    "around",
    "into",
    "hromada",
    "municipality",
    "on",
}
_STREET_WORDS = frozenset(
    (
        "street",
        "avenue",
        "square",
        "lane",
        "boulevard",
        "prospekt",
        "prospect",
        "embankment",
        "highway",
        "shosse",
    )
)
_DISTRICT_QUALIFIERS = frozenset(("administrative", "municipal", "urban", "rural"))
_DISTRICT_AFTER = re.compile(r" (?:administrative|municipal|urban|rural) (?:district|okrug)\b")
_SEA_OF = re.compile(r"\bsea of\s+(?:the\s+)?$")
_GEO_NEXT = {
    "region",
    "oblast",
    "province",
    "krai",
    "district",
    "raion",
    "rayon",
    "city",
    "village",
    "town",
    "regional",
    "refinery",
    "airfield",
    "airport",
    "port",
    "territory",
    "republic",
    "community",
    "hromada",
    "area",
    "oil",
    "thermal",
    "power",
    "plant",
    "bridge",
    "and",
    "or",
    "people's",
    "people’s",
    "governor",
    "mayor",
    "military",
    "direction",
    "sector",
    "front",
    "axis",
    "station",
    "railway",
}


def _other_sites(other: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{other}(?:n|'s|ian)?\s+(?:[a-z-]+\s+)?(?:cities|city|energy|"
        rf"territory|regions?|towns?|villages?|infrastructure|sites?|"
        rf"positions|targets|facilities|capital)"
    )


_OTHER_SITES = {"RU": _other_sites("ukrain"), "UA": _other_sites("russia")}


_PREV_CAP_WORD = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
_NOT_GIVEN_NAMES = frozenset(
    " ".join(
        (
            "in on at near the and but or of from",
            "to over outside across around into towards toward overnight yesterday",
            "today tonight meanwhile separately also earlier later then both while",
            "after before since as when where with without during despite",
            "residents central northern southern eastern western north south east west",
            "greater occupied russian ukrainian russia ukraine city town village region",
            "oblast district governor mayor head officials authorities air drone drones",
            "missile missiles shelling attacks attack strike strikes explosions monday tuesday",
            "wednesday thursday friday saturday sunday january february march april may",
            "june july august september october november december new old upper",
            "lower great little this that these those there here his",
            "her its their our my your we they he she",
            "it says said reports breaking update live photo video",
        )
    ).split()
)
"""Capitalised words that may stand right before a place name without being a given name."""


def _after_given_name(text: str, start: int) -> bool:
    """Is the word right before `start` (one space between) a capitalised given name?

    Why: surnames are often also towns (Gusev, Kirov, Pushkin); "Alexander Gusev said" names a
    person. A capitalised word that is no function word, country, month or geo word directly
    before the name is read as a given name.
    """
    if start < 3 or text[start - 1] != " ":
        return False
    m = _PREV_CAP_WORD.search(text, max(0, start - 25), start - 1)
    if m is None:
        return False
    j = m.start()
    if j > 0 and not (text[j - 1].isspace() or text[j - 1] in "\"'(\u201c\u2018"):
        return False
    word = m.group(1).lower()
    return word not in _NOT_GIVEN_NAMES and len(word) > 2


_UNIT = re.compile(
    r"\b(\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:Brigade|Battalion|Regiment|Division|Corps|Army|Fleet|Squadron|Detachment|Unit))\b"
)
_RESPONSIBLE = re.compile(
    r"\b((?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:claimed responsibility|carried out|was behind|were behind|is behind|are behind)"
)
_OWN_FORCES = re.compile(
    r"\b(ukraine|ukrainian|russia|russian)(?:'s)?\s+(?:general staff|defen[cs]e ministry|"
    r"ministry of defen[cs]e|armed forces|army|military|navy|air force|military intelligence|"
    r"security service)\b[^.;]{0,60}?\b(?:its|their|our)\s+(?:forces|troops|units|drones|"
    r"missiles|aircraft|navy|fighters)\b"
)


def _may_name_actor(sfold: str, hints: tuple[str, ...] = _ACTOR_HINTS) -> bool:
    return any(h in sfold for h in hints)


def _named_actor(stext: str) -> str | None:
    """A named unit ("the 10th Special Purpose Brigade") or whoever the sentence says carried
    it out or claimed it ("X claimed responsibility")."""
    m = _UNIT.search(stext)
    if m:
        return m.group(1)
    m = _RESPONSIBLE.search(stext)
    if m:
        name = m.group(1)
        if name.split()[0].lower() in ("the", "a", "an"):
            name = name.split(maxsplit=1)[1] if " " in name else ""
        if name and name.lower() not in ("it", "he", "she", "they") and len(name) > 3:
            return name
    return None


_CAP_WORD = re.compile(r"(?<!\S)[A-Z\u0400-\u042f]\S{3,}")
_LOW_WORD = re.compile(r"(?<!\S)[a-z\u0430-\u045f]\S{3,}")


def _is_shouty(block: str) -> bool:
    """ALL CAPS or Title Case text (a headline style): most longer words start upper-case."""
    if len(block) > 240:
        return False  # headlines and subheads are short; prose paragraphs are not shouty
    caps = len(_CAP_WORD.findall(block))
    low = len(_LOW_WORD.findall(block))
    return caps + low >= 3 and caps >= 0.8 * (caps + low)


def _used_lowercase(text: str, word: str) -> bool:
    """Does `word` (lower case) occur in lower case as a whole word in the text?"""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


def _contradicts(sfold: str, iso: str) -> bool:
    """A place-less sentence about the other country's sites cannot continue a focus region."""
    other = "ukrain" if iso.startswith("RU") else "russia"
    if other not in sfold:
        return False
    return bool(_OTHER_SITES["RU" if iso.startswith("RU") else "UA"].search(sfold))


_BLAMED = re.compile(r"\b(?:blamed (?:it )?on|accused|by)\s+(?:the\s+)?(ukrain|russia)")
_FAMILY = {k: ("attack" if k in ("attack", "not_attack", "trigger") else k) for k in BIT}
"""Keyword kind -> the family within which a longer hit hides a shorter one."""
_TALLY = ("intercepted", "launched")
"""Figure kinds an air force reports as one total for a whole night, over many regions."""
_PLACE_OR_REGION = BIT["place"] | BIT["region"]
_LOC_MASK = BIT["place"] | BIT["region"] | BIT["district"]
_BLOCK_MASK = BIT["actor"] | BIT["claim"] | BIT["attack"] | BIT["not_attack"]
_LIST_SEP = re.compile(r"\s*(?:,|and|, and|or|&)\s*(?:the\s+)?")


def _ref_list_goes_on(doc: _Doc, ref_end: int, start: int) -> bool:
    """Does the text between a launch area and the next place go on listing launch areas?
    (A name between them must be one: "Chauda in occupied Crimea", not "exploded in Kharkiv".)"""
    m = _REF_LIST_SEP.fullmatch(doc.folded, ref_end, start)
    return m is not None and (m.group("name") is None or doc.text[m.start("name")].isupper())


_REF_LIST_SEP = re.compile(
    r"(?:\s*[-(]\s*(?:russian federation|russia|rf)\)?)?\s*(?:,|and|, and|or)\s*(?:the\s+)?"
    r"|(?:\s*,\s*(?P<name>(?:cape\s+)?[a-z][\w'-]+))?\s+in\s+(?:the\s+)?"
    r"(?:russia's\s+|occupied\s+)?"
)
"""A list going on after a launch area; Air Force summaries tag Russian launch sites
("Millerovo - Russian Federation, Primorsko-Akhtarsk"); or the region of that area ("from
the area of Engels in Russia's Saratov Oblast"), also of the list's next area when the
gazetteer does not know it ("from Primorsko-Akhtarsk, Chauda in occupied Crimea")."""
_REGION_LIST_AHEAD = re.compile(
    r"(?:\s*(?:,|and|, and|or)\s*(?:the\s+)?[a-z][a-z'-]*(?: [a-z][a-z'-]*)?)+"
    r"\s+(?:regions|oblasts|provinces)\b"
)
"""After a name: more names closing with a plural region noun ("..., Oryol and Kursk regions")."""
_HEAD_AHEAD = re.compile(r"\s+(?:acting\s+)?governor\b")
"""After a name: the head of that region ("Leningrad Governor Alexander Drozdenko")."""
_DESTINATION_BEFORE = re.compile(
    r"\b(?:coach(?:es)?|bus(?:es)?|trains?|flights?|ferr(?:y|ies))\s+(?:[\w'-]+\s+){0,2}"
    r"(?:for|to|bound for|heading (?:for|to))\s+(?:the\s+)?$"
)
"""Where a vehicle was going ("coaches for Dnipro and Kyiv", "the train to Kharkiv"); the
`ref_end` it sets lets a list after it ("... and Kyiv") go with it."""
_LAUNCH_AREA_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:area|areas|direction|district|airfield|coast|"
    r"complex|complexes|launchers|positions|airspace|waters|territory|territories|base|bases|"
    r"airbase|airbases)"
    r"\s+(?:in|of|on)\s+(?:the\s+)?(?:occupied\s+|annexed\s+|temporarily occupied\s+)?"
    r"(?:russia's\s+|russian\s+)?$"
    r"|\bfrom\s+(?:the\s+)?(?:occupied\s+)?(?:left|right|other|eastern|opposite)\s+bank\b"
    r"[^.;]{0,40}?,?\s+(?:near|around|in|at)\s+(?:the\s+)?(?:occupied\s+)?$"
)
"""The region around a launch site: "launched from the Cape Chauda area in occupied X",
"drones launched from the occupied left bank of the Dnipro, near X",
"missiles launched from coastal complexes in occupied X"."""
_MADE_AT_BEFORE = re.compile(
    r"\b(?:produced|manufactured|assembled)\b[^.;]{0,40}?\b(?:plant|factory|works|facility)\s+"
    r"(?:in|at)\s+(?:the\s+)?$"
)
"""Where a weapon is made ("Shahed drones, mass-produced by Russia at a plant in X"), not
where it struck."""
_LAUNCHED_FROM_VERB = re.compile(
    r"\b(?:launched|fired|took off|taking off)\s+from\s+(?:the\s+)?"
    r"(?:russia's\s+|russian\s+|occupied\s+)?$"
    r"|\b(?:fire|fires|fired|firing|shell|shells|shelled|shelling)\b[^.;]{0,60}?"
    r"(?<!far )(?<!away )(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )(?<!metres )"
    r"\bfrom\s+(?:the\s+)?(?:occupied\s+|russia's\s+|russian\s+)?$"
)
"""Where a named weapon was launched or fired from: "Iskanders launched from Russia's Kursk
Oblast", "the Russians fire at the Nikopol district from the occupied Enerhodar"."""
_LAUNCHED_FROM = re.compile(
    r"(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )\bfrom(?:\s+the)?"
    r"(?:\s+directions?\s+of)?\s+(?:the\s+)?(?:russia's\s+|russian\s+)?$"
)
"""Where the weapons came from (not a distance: "30 km from X"); a list after it is all that."""
#: Words before a place that make it a reference point, not where something happened ("30 km
#: south of X", "advancing towards X"); drones "flying towards X" are shot down at X.
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:east|west|north|south|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west) of|\bfrom(?:\s+the)?(?:\s+directions?\s+of)?"
    r"(?:\s+(?:[a-z]+-)?(?:occupied|controlled|held))?|"
    r"\bborder(?:s|ing)?"
    r"(?: with)?|\bwhich surrounds|"
    r"(?<!flying )(?<!heading )(?<!headed )(?<!flew )\btoward(?:s)?|\bborn in|"
    r"\bvisit to)\s+(?:the\s+|its\s+|their\s+)?(?:st\.?\s+)?$"
)
_RULED_OUT = re.compile(
    r"\b(?:no|not an?|rul(?:es|ed) out(?: an?)?|no signs? of an?|no evidence of an?|"
    r"no (?:credible |confirmed )?reports? of an?)\s+"
    r"(?:(?:drone|missile|air|rocket)\s+)?(?:attack|strike)s?\b"
)
"""A statement that there was no attack (the `NOT_ATTACK` phrases of `vocabulary._RULED_OUT`)."""
_AGGREGATE = re.compile(
    r"\b(?:over|across|in|above|throughout)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several|multiple|various|many|a number of|a dozen|dozens of|"
    r"different|other|numerous)\s+(?:[a-z]+\s+)?(?:regions|oblasts|provinces|areas)\b"
    r"|\bacross the country\b"
)
"""A figure for many regions at once: no single region's (nor the focus region's) figure."""
_DEFENDER = re.compile(
    r"(?:air|missile) defen[cs]e (?:systems?|units?|forces)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:shot|downed|intercepted|destroyed|repelled|repulsed|engaged|were|was|worked|"
    r"have|has|had|neutrali[sz]ed)\b"
)
"""An air defence system as the subject of an interception, not a target that was hit."""
_TOLL_UPDATE = re.compile(
    r"\b(?:toll|number (?:of )?(?:people )?(?:injured|killed|dead|wounded|hurt|victims|"
    r"casualties))\b.{0,160}?\b(?:has |had |have )?(?:risen|rose|rises|climbed|climbs|increased|"
    r"increases|grown|grew|jumped|reached|reaches)\b"
)
"""A death toll's update: the day it is said is not the day of the strike it counts."""
TOLL_LOOKBACK_DAYS = 7


def _labelled_clauses(stext: str, cuts: list[int], event_pos: list[int]) -> frozenset[int]:
    """Clauses that are about the place of the clause before them: what follows a place's
    label ("Krasnopillia hromada: the army dropped ..."), and a coordinated object with no
    event word of its own ("damaging a school, and a gas pipeline")."""
    out: set[int] = set()
    for i in range(1, len(cuts)):
        cut = cuts[i]
        if stext[cut : cut + 1] == ":":
            out.add(i)
            continue
        end = cuts[i + 1] if i + 1 < len(cuts) else len(stext)
        if stext[cut:end].lstrip(" ,").startswith("and ") and not any(
            cut <= p < end for p in event_pos
        ):
            out.add(i)
    return frozenset(out)


def _same_day_strike(toll: Finding, body: list[Finding]) -> bool:
    return any(
        b is not toll
        and not b.toll
        and b.iso == toll.iso
        and b.day == toll.day
        and bool(b.attack or b.weak_attack)
        for b in body
    )


def _counts_strike(toll: Finding, b: Finding, attacked: set[tuple[str, date | None]]) -> bool:
    """Is `b` the dated strike the toll update `toll` counts (same region, a few days before)?
    `b` may name no weapon if another account of that region and day does ("The strike hit
    the plant on Tuesday. Videos showed a drone diving ...": `attacked`)."""
    return (
        b is not toll
        and not b.toll
        and b.dated
        and b.iso == toll.iso
        and (bool(b.attack or b.weak_attack) or (b.iso, b.day) in attacked)
        and b.day is not None
        and toll.day is not None
        and 0 < (toll.day - b.day).days <= TOLL_LOOKBACK_DAYS
    )


_DIED_LATER = re.compile(  # "a third person has died in hospital from his injuries"
    r"\bdied\b[^.;]{0,40}?\b(?:in (?:the )?hospital|of (?:his|her|their) (?:injuries|wounds)|"
    r"from (?:his|her|their) (?:injuries|wounds))"
)
_PUBLISHED_ON = re.compile(
    rf"\b(?:published|released|posted|shared|taken)\s+on\s+(?:\d{{1,2}}\s+(?:{MONTH_NAMES})\b|"
    rf"(?:{MONTH_NAMES})\s+\d{{1,2}}\b)"
)
"""'Satellite images published on 26 May confirm that ... in an attack on the night of 23
May': the day the evidence came out, not the strike's."""
_STATEMENT_DATE = re.compile(
    r"\b(?:said|says|reported|announced|told|wrote|added|stated|confirmed|posted)"
    r"(?: \w+){0,2}? (?:on |late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|today|yesterday)(?: (?:morning|afternoon|evening))?\b"
)


_PERIOD = re.compile(
    rf"\b(?:in|during|throughout|over|for)\s+(?:the month of\s+)?(?:{MONTH_NAMES})"
    r"(?:\s+(?:19|20)\d\d)?\b(?!\s+\d)|\b(?:last|this|past|previous) month\b"
)
"""A month as the span of what is told ("in January 2025", "last month")."""
_SAID_THEN = re.compile(
    r"\b(?:said|says|reported|announced|told|wrote|stated|published|released|issued)\b"
)


def _period_told(sfold: str, pub: date | None, kinds: frozenset[str] | set[str]) -> bool:
    """Is the sentence a month's tally whose only day is the statement's ("... killed in
    January, the UN mission said on Tuesday")?"""
    if not _PERIOD.search(sfold):
        return False
    said = _SAID_THEN.search(sfold)
    if said is None or not _PERIOD.search(sfold, 0, said.start()):
        return False
    return not resolve(sfold[: said.start()], pub, set(kinds) & _DAY_KINDS).explicit


def _statement_date_only(sfold: str, pub: date | None, kinds: frozenset[str] | set[str]) -> bool:
    """Does the sentence's only date say when something was said ("said on Thursday")?"""
    m = _STATEMENT_DATE.search(sfold)
    if m is None:
        return False
    rest = sfold[: m.start()] + " " + sfold[m.end() :]
    return not resolve(rest, pub, kinds).explicit


_DAY_RELATIVE = re.compile(
    r"\b(?:(?:a|one|two|three) days? (?:after|before|earlier|later)|the (?:previous|next) "
    r"(?:day|night)|the day before|the day after)\b"
)
"""Dates counted from another date: next to a background date, counted from that date."""
_EXPLICIT_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_NAMES})\b|\b(?:{MONTH_NAMES}) \d{{1,2}}\b"
)
"""A day of a month named ("9 June", "June 9"): a date of its own."""
_DAY_KINDS = frozenset((EXPLICIT, WEEKDAY))
"""Date expressions that name a day of their own (not "overnight", counted from another)."""
_ON_A_WEEKDAY = re.compile(rf"\b(?:on|was) a ({'|'.join(WEEKDAY_NUMBERS)})\b")
"""A weekday told of a day already given ("took place on a Saturday afternoon")."""
_DAY_BEFORE_OPENS = re.compile(r"(?:the day before|a day earlier|the previous day|the day prior),")
"""A sentence opening with the day before the last one told ("The day before, ...")."""
_SAME_DAY = re.compile(
    r"\b(?:the same|that|later that|earlier that)\s+(?:day|evening|night|morning|afternoon)\b"
)
"""A date said by reference to the last one stated ("the same evening", "later that day")."""
_SAME_ATTACK = re.compile(r"\b(?:during|in) the same (?:attack|strike|raid|assault|barrage)\b")
_OF_THE_ATTACK = re.compile(
    r"\b(?:on )?the (?:day|night|evening|morning) of the (?:attack|strike|raid|explosions?)\b"
)
"""'On the night of the attack, residents reported explosions': the attack's day, told
before."""
_PLURAL_REGIONS = re.compile(r"\s+(?:regions|oblasts|provinces|oblasti)\b")
_PLURAL_NOUNS = ("regions", "oblasts", "provinces")
_CITY_SURROUNDS = {"UA-30": "UA-32", "RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN"}
"""Cities that are regions of their own (ISO 3166-2), and the region around each."""
_LAUNCHED_BY = re.compile(
    r"\b(russia|ukraine)\s+(?:had\s+|has\s+)?(?:launched|fired|attacked with|used)\s+"
    r"(?:more than\s+|over\s+|at least\s+)?\d"
)
"""A side's count of what it sent: "Russia had launched 112 drones"."""
_NATIONAL_TALLY = re.compile(
    r"\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed)\b[^.;]{0,40}?"
    r"\b\d+\s+(?:of|out of)\s+(?:the\s+)?\d+"
    r"|\b\d+\s+(?:of|out of)\s+(?:the\s+)?\d+\s+(?:[a-z-]+\s+){0,2}(?:drones|missiles|uavs)\b"
)
"""'shot down 40 of 47 drones': the air force's count of the whole night's launches."""
_DISTRICT_WORDS = frozenset(("district", "districts", "raion", "rayon", "county", "municipality"))
_POSSESSIVE_BEFORE = re.compile(r"\w(?:'s|\u2019s|s')\s+$")
_VILLAGE_BEFORE = re.compile(r"\b(?:village|villages|settlement|hamlet|selo)(?: of)?\s+$")
_WORD_BEFORE = re.compile(r"([\w'-]+)[^\w]*$")
_WORD_AFTER = re.compile(r"[ ]([\w'-]+)")
_RELEVANT = BIT["attack"] | BIT["trigger"] | BIT["impact"] | BIT["claim"]
_IMPACT = BIT["impact"]
_EVENT_WORD = BIT["trigger"] | BIT["impact"]
_HABITUAL = re.compile(
    r"\b(?:routinely|regularly|repeatedly|frequently|constantly|under constant|constant threat|"
    r"almost daily|nightly|near-daily|near daily|almost every (?:day|night)|"
    r"day after day|night after night|every (?:day|night|week))\b"
)
"""How a place is usually attacked, not a report of one attack (unless dated or counted)."""
_NEAR_REFERENCE = re.compile(r",?\s+(?:just\s+)?(?:outside|near)\s+(?:the\s+)?")
_VESSEL_AFTER = re.compile(
    r"\s+(?:(?:large |small )?(?:landing|missile|patrol|reconnaissance|hydrographic|"
    r"rescue|tank) )?(?:ship|submarine|frigate|corvette|cruiser|destroyer|minesweeper|tanker|"
    r"tugboat|trawler|boat)\b(?!\s*(?:repair|yard|building|works|plant|terminal|port))"
)
"""After a name: a vessel noun, which makes the name a ship's ("the Minsk landing ship")."""
_LAUNCH_PLATFORM = re.compile(
    r"\b(?:bombers?|fighters?|interceptors?|aircraft|planes?|jets?|ships?|warships?|submarines?|"
    r"vessels?|carriers?)"
    r"\s+(?:over|above|from|in)\s+(?:the\s+)?$"
)
"""Where the weapons were launched from: "Kh-101s from Tu-95 bombers over Volgograd Oblast";
a list after it is all that ("from MiG-31K fighters over the Lipetsk and Tambov regions")."""
_DESCRIPTOR = re.compile(
    r"(?:industrial|port|railway|energy|oil|mining|steel|seaside|coastal|garrison|frontline|"
    r"front-line|military|defen[cs]e) (?:city|cities|town|towns|hub|centre|center|capital)\b"
)
_DENIAL = re.compile(
    r"\W*(?:russia|moscow|ukraine|kyiv|the kremlin)(?:(?: has| have)? (?:denies|denied|deny)\b"
    r"|(?: says| said| insists| maintains)(?: that)? it (?:only )?"
    r"(?:strikes|targets|hits|attacks)\b)"
)
""""Russia denies targeting civilians, despite ... strikes on homes", "Ukraine says it strikes
only military targets": stock lines, no report."""
_NOT_ATTACK = BIT["not_attack"]
_ATTACK_OR_IMPACT = BIT["attack"] | BIT["trigger"] | BIT["impact"]
#: A trigger or impact word after these says what could happen, not what did.
_MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might|able to|capable of) (?:be |being )?$")
_PURPOSE_BEFORE = re.compile(
    r"\b(?:used to|take off to|takes off to|took off to|in order to|intended to|meant to|"
    r"designed to)\s+(?:[\w'-]+\s+){0,3}$"
)
"""What something is for ("aircraft used to drop guided bombs on X"), not what happened."""
_STORED_BEFORE = re.compile(
    r"\b(?:stored|stores|storing|kept|keeps|keeping|contained|contains|containing|stockpiled|"
    r"stockpiles? of|supplies of)\s+"
    r"(?:[\"'\u201c\u201d\u00ab]?[\w-]+(?:\s+[\w-]+){0,2}[\"'\u201c\u201d\u00bb]?(?:,\s*|\s+and\s+))*"
    r"[\"'\u201c\u00ab]?(?:[\w-]+\s+){0,2}$"
)
"""Weapons in the list of what a depot holds: its contents, not what struck it."""
_PERMIT_BEFORE = re.compile(
    r"\b(?:allow|allows|allowed|allowing|let|lets|letting|permit|permits|permitted|permitting|"
    r"permission|authori[sz]e|authori[sz]es|authori[sz]ed|authori[sz]ing|go-ahead|green light)"
    r"\s+(?:[\w'-]+\s+){0,4}(?:to\s+|(?:to\s+)?(?:use|fire|launch)\s+(?:[\w'-]+\s+){0,3})$"
)
_SPAN_TOLD = re.compile(
    r"\b(?:since|from) (?:the (?:start|beginning|outbreak) of (?:the )?(?:year|month|war|"
    rf"full-scale|invasion|(?:19|20)\d\d|{MONTH_NAMES})|the (?:full-scale )?(?:invasion|war)\b|"
    rf"(?:{MONTH_NAMES})(?: (?:19|20)\d\d)?\b(?! \d)|(?:19|20)\d\d\b)"
    r"|\bin (?:19|20)\d\d\b(?![-/])|\bso far this year\b|\bduring the (?:year|month|week)\b"
    r"|\bover the (?:past|last) (?:week|month|year|(?:two|three|four|six|\d+) (?:weeks|months))\b"
)
"""A span of time that a toll or a count covers: no one attack's (when no day is given)."""
_COURT = re.compile(r"\b(?:sentenced|convicted)\b")
"""A sentence about a trial: a strike it names is the charge, told as news elsewhere."""
_DRILL = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers|live[- ]fir(?:e|ing)|practi[cs]ed|"
    r"practi[cs]ing)\b"
)
"""A sentence about an exercise: its targets and "destroyed" are practice, not an attack."""
_AFTER_EVENT = re.compile(r"\b(?:after|following|since)\b")
"""("The exercise comes after last weekend's drone attack": the attack was real.)"""
_WITHSTAND_BEFORE = re.compile(
    r"\b(?:withstand|withstands|withstood|survive|"
    r"protects? (?:people |residents )?(?:from|against)|shelters? (?:from|against))"
    r"\s+(?:[\w'-]+\s+){0,6}$"
)
""""can withstand a direct hit by an artillery shell or a drone": what a shelter is built for."""
_EACH_AFTER = re.compile(r"[\w,]+(?: [a-z-]+){0,2}? each\b")
"""A figure told for each of the places that follow: "one each", "two drones each"."""
_NO_EVENT_BEFORE: tuple[tuple[re.Pattern[str], int], ...] = (
    (_MODAL_BEFORE, 20),  # "a version that can be launched from ..."
    (_PERMIT_BEFORE, 60),  # "to allow Ukraine to strike Russian airfields"
    (_WITHSTAND_BEFORE, 60),  # "can withstand a direct hit by a shell or a drone"
    (_PURPOSE_BEFORE, 40),  # "the aircraft used to drop guided bombs on Kharkiv"
    (_STORED_BEFORE, 90),  # "the arsenal stored Iskander-M missiles, guided bombs and ..."
)
"""Before an attack or impact word (and how far back to look): what makes it no event."""
_DATE = BIT["date"]


def _leading_headlines(blocks: list[Block]) -> int:
    """How many blocks open the page before its first prose paragraph: the outlet name,
    navigation, the headline, the byline. A figure there repeats the body (why: the headline
    is not always the first line; "The Kyiv Independent" often is)."""
    if len(blocks) < 2:
        return 0
    n = 0
    for b in blocks[:-1]:
        t = b.text.rstrip()
        if b.support or (len(t) <= 160 and not _SENTENCE_END_CHARS.search(t)):
            n += 1
            continue
        break
    return n if n < len(blocks) else 0


_SENTENCE_END_CHARS = re.compile(r"[.!?\"\u201d:]$")

_REPORTED_ON = re.compile(
    r"\b(?:reported|said|announced|wrote|stated|posted|reports|says)\s+(?:late\s+|early\s+)?on\b"
)
_REPORTED_ON_DATE = re.compile(
    r"\b(?:reported|said|announced|wrote|stated|posted)\s+(?:late\s+|early\s+)?on\s+"
    r"(?:the\s+(?:morning|evening|afternoon|night)\s+of\s+)?\d{1,2}\s+[a-z]{3,9}\b"
)
"""A report dated by the calendar: "the administration reported on the morning of 11 March"."""
_PAST_DAY = re.compile(
    r"\b(?:over|in|during) (?:the )?(?:past|last) (?:day|24 hours)\b", re.IGNORECASE
)


def _entry_days(pub: date | None, blocks: list[Block]) -> tuple[dict[int, date], set[int]]:
    """A live blog or timeline heads each entry with a timestamp line ("Tue 15 Oct 2024 21.50
    BST"): an undated sentence of the entry reports that day, not the page's. Two such lines at
    least (one is a byline); blocks before the first keep the page's day. Returns each entry
    block's day, and the stamp lines' blocks. Stamps on consecutive lines are one byline
    ("14 May 2025, 09:12" over "Updated: 14 May 2025, 10:46"), not two entries."""
    stamps: list[tuple[int, date]] = []
    headed: set[int] = set()  # entries headed by a dated heading, not a bare stamp line
    last_stamp = -2  # the last bare stamp line
    for i, b in enumerate(blocks):
        d = stamp_day(b.text, pub)
        if d is not None:
            if last_stamp != i - 1:
                stamps.append((i, d))
            last_stamp = i
        elif (d := heading_day(b.text, pub) or weekday_heading(b.text, pub)) is not None:
            stamps.append((i, d))
            headed.add(i)
    if len(stamps) < 2:
        return {}, set()
    out: dict[int, date] = {}
    ends = [i for i, _ in stamps[1:]] + [len(blocks)]
    for (i, d), j in zip(stamps, ends, strict=True):
        for k in range(i, j):
            if i in headed and k > i and _is_section_title(blocks[k].text):
                break  # a timeline's entries end where the article's next section begins
            out[k] = d
    return out, {i for i, _ in stamps}


def _is_section_title(text: str) -> bool:
    """A short line with no sentence end ("What it means"): the title of a new section."""
    t = text.strip()
    return 0 < len(t) <= SECTION_TITLE_MAX_CHARS and t[-1] not in '.!?:;"”»)'


SECTION_TITLE_MAX_CHARS = 60


def _news_day(pub: date | None, blocks: list[Block]) -> date | None:
    """A report of what happened "over the past day" (the daily roundups of regional
    administrations, published in the morning) covers the day before publication. Said in
    the headline or the lead (the last blocks of the head, after any navigation)."""
    if pub is not None and any(_PAST_DAY.search(b.text) for b in _head(blocks)[-6:]):
        return pub - timedelta(days=1)
    return pub


def _is_news_day(day: date | None, pub: date | None) -> bool:
    """Within the two days before publication: the news, not the background."""
    return day is not None and (pub is None or (pub - day).days <= 2)


def _relevant(sent: Sentence) -> bool:
    """Cheap gate: does the sentence contain any attack, impact or claim keyword?"""
    return bool(sent.flags & _RELEVANT)


OPENING_CHARS = 30


def _opens_with_day(sfold: str, ref: DateRef, doc: _Doc, kinds: set[str]) -> bool:
    """Does the sentence's day come in its first words ("This morning ...", "On Friday, ...")?"""
    return resolve(sfold[:OPENING_CHARS], doc.pub, kinds, doc.year_from).day == ref.day


def _date_kinds(sent: Sentence) -> set[str]:
    """Which date expressions the sentence may hold (their trigger words were matched)."""
    if not sent.flags & _DATE:
        return set()
    out: set[str] = set()
    for h in sent.hits:
        if h.info.dates:
            out |= h.info.dates
    return out


def _best_actor(fs: list[Finding]) -> str | None:
    """A named unit or group beats a bare country; else the first stated."""
    actors = [f.attributed_to for f in fs if f.attributed_to]
    named = [a for a in actors if a not in ("Ukraine", "Russia")]
    return (named or actors)[0] if actors else None


HEADING_CHARS = 60


def _headings_take_their_story_day(findings: list[Finding], doc: _Doc) -> None:
    """A subheading inside the article ("Sumy Oblast under fire") is dated by the story under
    it: an undated finding from a short block with no sentence end takes the day of the next
    finding about the same region, if that comes within the next few sentences."""
    for i, f in enumerate(findings):
        if f.dated or f.title:
            continue
        sent = doc.sentences[f.sentence]
        if sent.block in doc.entry_day:
            continue  # (a live blog entry's headline: its stamp dates it)
        text = doc.text[sent.start : sent.end].strip()
        if not sent.first_in_block or len(text) > HEADING_CHARS or text[-1:] in '.!?"”':
            continue
        nxt = next((g for g in findings[i + 1 :] if g.iso == f.iso), None)
        if nxt is not None and nxt.sentence - f.sentence <= HEADING_SPAN and nxt.day != f.day:
            f.day, f.background = nxt.day, nxt.background


HEADING_SPAN = 4


def _date_undated_by_the_story(
    findings: list[Finding], news_day: date | None, pub: date | None
) -> None:
    """When every dated account of the news is of the day before publication ("On the night
    to Wednesday ...", "Yesterday evening ..." in Thursday's paper), the undated sentences
    (a ministry's tally "between 23:30 and 5:40") tell that day too, not the paper's. Else an
    undated sentence about a place whose news is dated to one earlier day tells that day.
    (A roundup of "the past day" already tells its day: a "The day before, ..." in it is an
    earlier story, not the roundup's date.)"""
    if news_day is None or news_day != pub:
        return
    news = [f for f in findings if f.dated and not f.background and not f.title]
    said = {f.day for f in news}
    if len(said) == 1:
        (day,) = said
        if day is not None and day == news_day - timedelta(days=1):
            for f in findings:
                if not f.dated and f.day == news_day:
                    f.day = day
            return
    # Else each place keeps the one day its own dated account gives: "Rescuers in Druzhkivka
    # completed the search ... Russian troops struck Druzhkivka on Tuesday, 20 August" (and
    # Kostiantynivka, shelled on Wednesday, keeps Wednesday)
    days: dict[str, set[date | None]] = {}
    for f in news:
        if f.place is not None:
            days.setdefault(f.place.name, set()).add(f.day)
    last: dict[str, tuple[Finding, bool]] = {}  # region -> its last finding, and if moved
    for f in findings:
        prev = last.get(f.iso)
        last[f.iso] = (f, False)
        if f.dated or f.day != news_day:
            continue
        if f.place is None:  # ("At least 18 people were injured" right after it: the same)
            if prev is not None and prev[1] and f.sentence - prev[0].sentence <= 3:
                f.day = prev[0].day
                last[f.iso] = (f, True)
            continue
        got = days.get(f.place.name)
        if got is not None and len(got) == 1:
            (day,) = got
            if day is not None and 0 < (news_day - day).days <= 2:
                f.day = day
                last[f.iso] = (f, True)


BARE_LIST_MIN = 4
"""More regions than this in one bare list: the reach of a national count, not incidents."""


def _after_city(doc: _Doc, si: int) -> bool:
    """Does the sentence follow a dateline's city that ends with a full stop ("KYIV. July 15
    (Interfax-Ukraine) - ...")?"""
    if si == 0:
        return False
    prev, sent = doc.sentences[si - 1], doc.sentences[si]
    text = doc.text[prev.start : prev.end].strip()
    return prev.block == sent.block and len(text) <= 24 and text.isupper()


def _bare(f: Finding) -> bool:
    """A region named in a shared list and nothing more: no attack, target or figure of its
    own (at most the list's weak attack word)."""
    return not (f.attack or f.target or f.figures)


def _without_bare_lists(findings: list[Finding]) -> list[Finding]:
    """Drop regions that a sentence only lists, five or more of them ("shot down 71 drones
    over Poltava, Sumy, Kharkiv ... oblasts"): a national count's reach, no region's incident.
    A region told of elsewhere that day keeps the list's word for the attack."""
    bare: dict[int, set[str]] = {}
    for f in findings:
        if _bare(f):
            bare.setdefault(f.sentence, set()).add(f.iso)
    if not any(len(isos) > BARE_LIST_MIN for isos in bare.values()):
        return findings
    told = {(f.iso, f.day) for f in findings if not _bare(f)}  # (the list's word joins those)
    return [
        f
        for f in findings
        if not (_bare(f) and len(bare[f.sentence]) > BARE_LIST_MIN and (f.iso, f.day) not in told)
    ]


def _national_before(findings: list[Finding], day: date | None, si: int, at: int) -> Loc | None:
    """The country whose national figures the sentence before this one gave, on this day."""
    national = next((f for f in reversed(findings) if f.iso in COUNTRY_NAMES), None)
    if national is None or national.day != day or national.sentence != si - 1:
        return None
    return Loc(at, at, national.iso, None, national.label or "", explicit=False)


def _merge_figures(fs: list[Finding]) -> dict[str, int | None]:
    """Per-incident figures: the max across sentences (restatements), intercepts summed per
    sentence over weapon kinds ("8 rockets and 11 drones" = 19); a correction's figures
    replace the others."""
    best: dict[str, int | None] = {
        "killed": None,
        "injured": None,
        "intercepted": None,
        "launched": None,
    }
    corrected: set[str] = set()
    current = {g.kind for f in fs if not f.superseded for g in f.figures}
    for f in fs:
        per: dict[str, int] = {}
        by_weapon: dict[str, dict[str, int]] = {"intercepted": {}, "launched": {}}
        for fig in f.figures:
            if fig.kind not in best:
                continue  # a total split among places: no one place's figure
            if fig.kind in by_weapon:
                w = by_weapon[fig.kind]
                w[fig.weapon] = max(w.get(fig.weapon, 0), fig.value)
            else:
                per[fig.kind] = max(per.get(fig.kind, 0), fig.value)
        for kind, w in by_weapon.items():
            if w:
                per[kind] = sum(w.values())
        for kind, val in per.items():
            cur = best[kind]
            # a correction replaces what was said before ("According to updated information,
            # no one was killed") and stands against later hearsay; else a restatement can
            # only add to it
            if kind in corrected or (f.superseded and kind in current):
                continue  # (the correction's first word on it stands; old figures don't)
            if f.revised:
                best[kind] = val
                corrected.add(kind)
            else:
                best[kind] = val if cur is None else max(cur, val)
    return best

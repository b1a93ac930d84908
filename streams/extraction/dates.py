"""Publication dates from datelines and incident dates from relative expressions.

Weekdays resolve (plain date arithmetic) to the most recent such day on or before the
publication date; explicit day-month dates take the publication year (the year before if that
would put them in the future). Vague references ("last week", "in recent days", "this year")
give no date and mark the sentence as background. Without a publication date every relative
expression is unknowable and resolves to None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from streams.extraction.textnorm import fold

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
MONTH_NAMES = "|".join(m.lower() for m in calendar.month_name if m)
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAY_NUMBERS = _WEEKDAYS
"""Weekday names, folded, to their numbers (0=Monday)."""
_WD = "|".join(_WEEKDAYS)

_DATELINE = re.compile(  # (also "the 22nd of March 2025" and a URL's "/2024/06/10/")
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MON})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MON})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)(?:-(?P<m3>\d\d)-|\s*[/\u203a>]\s*(?P<m5>\d\d)\s*[/\u203a>]\s*)"
    rf"(?P<d3>\d\d)"
    rf"|(?P<d4>\d{{1,2}})[./](?P<m4>\d{{1,2}})[./](?P<y4>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
# The sentence regexes below run on folded (lower-case) text, so they need no IGNORECASE
# (which doubles their cost in `re`).
_EXPLICIT = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MON})\b\.?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<m2>{_MON})\.?\s+(?:\d{{1,2}}\s*[-\u2013]\s*|\d{{1,2}}\s+(?:to|and|into)\s+)?"
    rf"(?P<d2>\d{{1,2}})(?![:.]\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:19|20)\d\d))?)",
)
"""(Not a clock: "on February 17 to 7:00 a.m." is the 17th, not a span to the 7th.)"""
_RANGE_END = re.compile(
    rf"\s+(?:to|until|till|and)\s+(?:\d{{1,2}}[:.]\d{{2}}\s*(?:a\.m\.|p\.m\.|am|pm)?\s+"
    rf"(?:[a-z]+\s+time\s+)?)?(?:on\s+)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MON})\b|(?:{_MON})\.?\s+\d{{1,2}}\b)"
)
"""The end of a span of days after a date: " to 07:00 on 13 May", " and 7:00 a.m. on
February 19" (after "between")."""
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|h)?\s+(?:on\s+)?)?"
_WEEKDAY = re.compile(
    rf"\b(?:(?:between|from)\s+{_CLOCK}(?:{_WD})\w*\s+(?:and|to|into|until|till)\s+{_CLOCK})?"
    rf"(?P<wd>{_WD})\b"
)
"""A weekday; of a span ("between 11 p.m. Monday and 7 a.m. Tuesday"), the last."""
_NEXT_WEEKDAY = re.compile(
    rf"\s+(?:night\s+)?(?:and|into|to|through)\s+(?:early\s+|late\s+)?(?:on\s+)?"
    rf"(?:the\s+)?(?:morning\s+of\s+|early\s+hours\s+of\s+)?(?P<wd>{_WD})\b"
)
"""After a weekday, the next one joined to it: " and early on Sunday", " night into Sunday"."""
_WEEKEND = re.compile(r"\b(last|this past)\s+weekend\b")
"""The weekend before publication, as a time ("last weekend's attack"). ("Over the weekend"
in a Monday roundup spans both days of it: left to the story's own dates.)"""
_RELATIVE = re.compile(
    r"\b(?P<yday>the day before yesterday|yesterday|late last night)\b"
    r"|\b(?P<today>today|tonight|this morning|this evening|this afternoon|overnight|last night|"
    r"early hours|earlier today|this night|on the night|in the morning|in the early hours)\b"
    r"|\b(?P<dayago>(?:a|one|two|three|four|five|\d) days? (?:ago|earlier|before)|the day before|"
    r"(?:a|one) day after|24 hours (?:after|earlier|before|ago)|the previous day|"
    r"the previous (?:night|evening|morning|afternoon))\b",
)
_VAGUE = re.compile(
    r"\b(?:last|past|previous|earlier this|in recent|recent|this|over the past|over the last|"
    r"over past|over last)\s+"
    r"(?:week|weeks|month|months|year|years|summer|winter|spring|autumn|fall|days)\b"
    r"|\b(?:during|over|in|throughout) the (?:week|month|year)\b"
    r"|\b(?:last week'?s|last year'?s|last month'?s|weeks ago|months ago|years ago|days of|"
    r"weeks of|months of|since the start|since the beginning|since february|previously|in the past|"
    r"so far this|at least \w+ attacks|repeatedly|regularly|frequently|"
    r"(?<!born )in (?:19|20)\d\d)\b"  # ("a man born in 1961": an age, not a date)
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+"
    r"(?:weeks?|months?|years?)\s+(?:ago|earlier|before)\b"
    rf"|\b(?:in|last|since|from|during|by|of|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?:{MONTH_NAMES})(?:\s+(?:19|20)\d\d)?\b(?!\s+\d)"
    rf"|\b(?:{MONTH_NAMES}),?\s+(?:19|20)\d\d\b",
)


def _when_said(sentence: str, v: re.Match[str]) -> bool:
    """Does the vague expression say when the event was, even after a superlative? "The
    largest attack so far took place in March", "The largest attack of last year, in
    November, saw ...": a month named without "since" dates it."""
    if _HAPPENED_IN.search(sentence, max(0, v.start() - 25), v.start()):
        return True
    m = _IN_MONTH.fullmatch(v.group(0))
    return m is not None and not sentence[max(0, v.start() - 6) : v.start()].endswith("since ")


_IN_MONTH = re.compile(rf"\b(?:in|last|early|late|mid-?)\s+({MONTH_NAMES})\b(?!\s+\d)")
"""A month named without a day ("in April"): a weekday beside it is of that month."""
_ANNIVERSARY = re.compile(
    r"\b(?:exactly|precisely)\s+(?:a|one|two|three|four|five|\d)\s+years?\s+(?:ago|earlier)\b"
    r"|\b(?:a|one|two|three|four|five|\d)\s+years?\s+ago\s+(?:today|to the day)\b"
)
"""An anniversary: "exactly one year ago", "two years ago today" date the day itself."""
_SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|deadliest|heaviest|worst|strongest|fiercest|most|first|"
    r"highest|longest|record)\b[^.;]{0,80}$"
)
"""'the largest attack since the start of the war', 'the deadliest in months': a comparison
with the past, not the date of the event."""
_HAPPENED_IN = re.compile(r"\b(?:took place|happened|occurred|came|was carried out)\s+$")
"""'The largest attack so far took place in March': the superlative's own date, said."""
EXPLICIT = "explicit"
WEEKDAY = "weekday"
RELATIVE = "relative"
VAGUE = "vague"
ALL_KINDS = frozenset((EXPLICIT, WEEKDAY, RELATIVE, VAGUE))
TRIGGERS: dict[str, tuple[str, ...]] = {
    EXPLICIT: tuple(_MONTHS),
    WEEKDAY: (*_WEEKDAYS, "weekend"),
    RELATIVE: (
        "yesterday",
        "today",
        "tonight",
        "morning",
        "evening",
        "afternoon",
        "overnight",
        "night",
        "hours",
        "day",
        "days",
    ),
    VAGUE: (
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "days",
        "since",
        "previously",
        "past",
        "so far",
        "attacks",
        "repeatedly",
        "regularly",
        "frequently",
        "ago",
        *(m.lower() for m in calendar.month_name if m),
        *(str(y) for y in range(1900, 2100)),
    ),
}
"""Whole words one of which every match of that kind's regex contains: the matcher finds
them in its single pass, and `resolve` runs only the regexes whose words the sentence has."""

_AGO_N = re.compile(r"\b(a|one|two|three|four|five|\d)\b")
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Za-z.'-]*(?:[ -][A-Z][A-Za-z.'-]*){0,3}"  # city, "MOSCOW" / "Kryvyi Rih"
    r"(?:,\s*[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)?)?,\s+\(?"  # ", Ukraine," then the date
    rf"(?i:(?:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MON})\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?\)?\s*(?:\([^)]{1,40}\)\s*)?"
    r"(?:(?:-{1,2}|[\u2013\u2014:])\s+|\.\s*/[A-Za-z][\w .-]{0,30}/\.?(?:\s+|$))"
)
"""A wire dateline: "MOSCOW, Aug 13 (Reuters) - ", "KYIV, Ukraine, Oct 2 -- ", and the
Russian agencies' "MOSCOW, June 19. /TASS/. "."""


_CITY_DATELINE = re.compile(
    r"^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}(?:,\s*[A-Z][A-Za-z]+)?\s*(?:\([A-Za-z .-]{1,30}\)\s*)?"
    r"(?:-{1,2}|[\u2013\u2014])\s+"
)
"""A dateline with no date, its city in capitals: "KYIV — ", "KHERSON, Ukraine (AP) — "."""
_BARE_DATELINE = re.compile(
    rf"(?i:(?:{_MON})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MON})\.?)(?:,?\s+(?:19|20)\d\d)?\s+"
    r"\([A-Z][\w .-]{1,30}\)\s*(?:-{1,2}|[\u2013\u2014:])\s+"
)
"""A dateline whose city ended the sentence before ("KYIV. July 15 (Interfax-Ukraine) - ")."""
_YEARLESS = re.compile(
    rf"(?i:(?P<m1>{_MON})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MON})\.?)\)?\s*(?:\([^)]{{1,40}}\)\s*)?"
    r"(?:(?:-{1,2}|[\u2013\u2014:])\s+|\.\s*/[A-Za-z][\w .-]{0,30}/\.?\s*)$"
)
_NEWS_WEEKDAY = re.compile(rf"(?<!last )(?<!next )(?<!previous )\b(?P<wd>{_WD})\b")


def yearless_dateline(text: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline that gives no year ("KYIV, Oct 2 (Reuters) - ")."""
    end = dateline_end(text)
    m = _YEARLESS.search(text[:end]) if end else None
    if m is None:
        return None
    mon = _MONTHS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
    day = int(m.group("d1") or m.group("d2"))
    return (mon, day) if mon else None


def year_by_weekdays(month: int, day: int, folded: str, latest: date, span: int = 6) -> date | None:
    """The date of a year-less dateline, pinned by the calendar.

    Wire copy names its own day by weekday ("late on Tuesday ... on Wednesday morning"): the
    publication weekday is the mentioned weekday that all others precede by at most two days.
    Of the `span` years up to `latest` (the ingest date), the most recent in which month/day
    falls on that weekday is the date. None when the weekdays do not agree on one day (a
    background "last Friday" is skipped) or no year fits.
    """
    wd = publication_weekday(folded)
    if wd is None:
        return None
    return _pinned(month, day, wd, latest, span, slack=1)


def _pinned(
    month: int, day: int, weekday: int, latest: date, span: int, slack: int = 0
) -> date | None:
    """The most recent of the `span` years up to `latest`'s in which month/day falls on
    `weekday`, no later than `slack` days after `latest` (a 29 February skips the years
    without one), or None."""
    bound = latest + timedelta(days=slack)
    for year in range(latest.year, latest.year - span - 1, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= bound and d.weekday() == weekday:
            return d
    return None


_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{_WD}),?\s+(?:the\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_NAMES})"
    rf"|(?P<m2>{MONTH_NAMES})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s+(?:19|20)\d\d)"
)


def weekday_dates(folded: str, latest: date, span: int = 6) -> list[date]:
    """The days a page names by weekday, day and month with no year ("early on Thursday,
    14 August"): each pinned by the calendar to the most recent of the `span` years up to
    `latest` in which that day falls on that weekday (how a reader dates an undated page)."""
    out: list[date] = []
    for m in _WEEKDAY_DATE.finditer(folded):
        month = _MONTHS[m.group("m1") or m.group("m2")]
        day = int(m.group("d1") or m.group("d2"))
        if (d := _pinned(month, day, _WEEKDAYS[m.group("wd")], latest, span)) is not None:
            out.append(d)
    return out


def publication_weekday(folded: str) -> int | None:
    """The weekday a report is from, by the weekdays it names for its news ("late on Tuesday
    ... on Wednesday morning": Wednesday): the one all others precede by at most two days."""
    said = {_WEEKDAYS[m.group("wd")] for m in _NEWS_WEEKDAY.finditer(folded)}
    days = [p for p in said if all((p - w) % 7 <= 2 for w in said)]
    return days[0] if len(days) == 1 else None


def other_reading(text: str) -> date | None:
    """The month-first reading of a numeric date that reads both ways ("02/10/2025": 2
    October or, American, 10 February), or None when it reads one way only."""
    m = _DATELINE.search(text)
    if m is None or not m.group("d4"):
        return None
    a, b = int(m.group("d4")), int(m.group("m4"))
    if a == b or a > 12 or b > 12:
        return None
    try:
        return date(int(m.group("y4")), a, b)
    except ValueError:
        return None


_YEAR = re.compile(r"\b(20[0-9]{2})\b")


def year_by_mention(month: int, day: int, text: str, latest: date) -> date | None:
    """The date of a year-less dateline from the latest year the article names ("since the
    beginning of 2025"), when that gives a day no later than `latest` (the ingest date); an
    article names the current year far more often than a later one."""
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= latest.year]
    if not years:
        return None
    try:
        d = date(max(years), month, day)
    except ValueError:
        return None
    return d if d <= latest + timedelta(days=1) else None


def dateline_end(text: str) -> int:
    """End of a wire dateline opening a paragraph ("MOSCOW, Aug 13 (Reuters) - "), else 0.

    Why: the dateline dates the report, not the event; a sentence's own date words come after.
    """
    m = _DATELINE_PREFIX.match(text) or _BARE_DATELINE.match(text) or _CITY_DATELINE.match(text)
    return m.end() if m else 0


_YEAR_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")


def find_dateline(text: str) -> date | None:
    """The first full date (day, month, year) in the opening of an article, if any."""
    if ":" in text:  # "December 5, 20244:51 PM": a page that runs the year into the time
        text = _YEAR_TIME.sub(r"\1 \2", text)
    m = _DATELINE.search(text)
    return _dateline_day(m) if m else None


def full_dates(text: str) -> list[date]:
    """Every full date (day, month, year) a text gives."""
    return [d for m in _DATELINE.finditer(text) if (d := _dateline_day(m)) is not None]


def _dateline_day(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            return date(int(g["y1"]), _MONTHS[g["m1"].lower()], int(g["d1"]))
        if g["y2"]:
            return date(int(g["y2"]), _MONTHS[g["m2"].lower()], int(g["d2"]))
        if g["y3"]:
            return date(int(g["y3"]), int(g["m3"] or g["m5"]), int(g["d3"]))
        d4, m4 = int(g["d4"]), int(g["m4"])
        if m4 > 12 and "/" in m.group(0):  # "05/20/2025": a US month/day/year
            d4, m4 = m4, d4
        return date(int(g["y4"]), m4, d4)
    except (ValueError, KeyError):
        return None


@dataclass(slots=True)
class DateRef:
    """What a sentence says about when: a date (or None), whether it said anything, vagueness."""

    day: date | None
    explicit: bool
    vague: bool


NO_REF = DateRef(None, False, False)

_UTC_DAY = re.compile(
    r"\b\d{1,2}[:.]?\d{2}\s*(?:gmt|utc)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b"
)
_UTC_ASIDE = re.compile(r"\([^()]{0,40}\b(?:gmt|utc)\b[^()]{0,40}\)", re.IGNORECASE)
"""A parenthesised conversion of the local time to GMT/UTC, whose day may be the day before."""


def weekday_on_or_before(pub: date, weekday: int) -> date:
    """Most recent `weekday` (0=Monday) on or before `pub`."""
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


_LAST_YEAR_AFTER = re.compile(
    rf"(?:(?:,|\s+and)\s+(?:\d{{1,2}}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}))*"
    r",?\s+(?:of\s+)?last year\b"
)
"""After a day and month: "last year" ("on 25 January and 17 May last year")."""


UPCOMING_DAYS = 14
"""A day and month (no year) up to this many days after publication is an upcoming day."""


def _in_year(year: int, month: int, day: int) -> date | None:
    """That day of that year, if it exists (not 30 February, nor 29 February of 2025)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(
    sentence: str,
    pub: date | None,
    kinds: frozenset[str] | set[str] = ALL_KINDS,
    year_from: date | None = None,
) -> DateRef:
    """The date a sentence refers to, relative to the publication date.

    `kinds`: which expressions can occur (from `TRIGGERS` words found by the matcher); the
    others' regexes are skipped. The default tries them all. `year_from`: on an undated page,
    the latest full date its text gives, which a day-and-month ("on the evening of 8 March")
    takes its year from.
    """
    if not kinds:
        return NO_REF
    sentence = fold(sentence)
    if "gmt" in sentence or "utc" in sentence:
        # "shortly after 1 a.m. local time (2200 GMT on Sunday)": the local day is the one
        sentence = _UTC_ASIDE.sub(" ", sentence)
        if "local time" in sentence or "moscow time" in sentence or "kyiv time" in sentence:
            # "at about 22:30 GMT on Tuesday, or 01:30 local time on Wednesday": likewise
            sentence = _UTC_DAY.sub(" ", sentence)
    m = _EXPLICIT.search(sentence) if EXPLICIT in kinds else None
    if m and pub is not None and VAGUE in kinds and _ANNIVERSARY.search(sentence, m.end()):
        # "Today, 17 May, residents honoured those killed in the strike exactly one year
        # ago": the date is the commemoration's, the anniversary the strike's
        m = None
    if m:
        later = _RANGE_END.match(sentence, m.end())
        if (
            later is not None
            and later.group(0).lstrip().startswith("and")
            and "between" not in sentence[max(0, m.start() - 50) : m.start()]
        ):
            # "between 11:00 p.m. on February 18 and 7:00 a.m. on February 19" is a span, "on 5
            # May and on 7 May" two days told: only a span opened by "between" ends later
            later = None
        if later is not None:  # "from 23:00 on 12 May to 07:00 on 13 May": the later day
            m = _EXPLICIT.match(sentence, later.start("date")) or m
        g = m.groupdict()
        mon = _MONTHS.get((g["m1"] or g["m2"] or "").lower().rstrip("."))
        day = int(g["d1"] or g["d2"])
        year_s = g["y1"] or g["y2"]
        if mon and 1 <= day <= 31:
            if year_s:
                try:
                    return DateRef(date(int(year_s), mon, day), True, False)
                except ValueError:
                    pass
            elif (ref_day := pub or year_from) is not None:
                this_year = _in_year(ref_day.year, mon, day)
                last_year = _LAST_YEAR_AFTER.match(sentence, m.end()) is not None
                # "three days before the May 9 Victory Day parade": an upcoming day the news
                # is measured against, not last year's; the sentence's other words
                # ("overnight and early Tuesday") date it, if any
                upcoming = (
                    pub is not None
                    and this_year is not None
                    and not last_year
                    and 1 < (this_year - pub).days <= UPCOMING_DAYS
                )
                if this_year is not None and not upcoming:
                    d: date | None = this_year
                    if this_year > ref_day + timedelta(days=1) or last_year:
                        # ("on 25 January and 17 May last year": the year before)
                        d = _in_year(ref_day.year - 1, mon, day)
                    if d is not None:
                        return DateRef(d, True, False)
            else:
                return DateRef(None, True, False)
    if VAGUE in kinds and pub is not None:
        ann = _ANNIVERSARY.search(sentence)
        if ann is not None:  # "exactly one year ago": that day, N years back
            n = _AGO_N.search(ann.group(0))
            back = _SMALL.get(n.group(1), 1) if n and not n.group(1).isdigit() else 1
            back = int(n.group(1)) if n and n.group(1).isdigit() else back
            try:
                return DateRef(pub.replace(year=pub.year - back), True, False)
            except ValueError:  # (29 February)
                return DateRef(pub.replace(year=pub.year - back, day=28), True, False)
    rel = _RELATIVE.search(sentence) if RELATIVE in kinds else None
    wd = _WEEKDAY.search(sentence) if WEEKDAY in kinds else None
    if wd and (rel is None or rel.group("today") or wd.start() < rel.start()):
        if pub is None:
            return DateRef(None, True, False)
        other = _IN_MONTH.search(sentence) if VAGUE in kinds else None
        if other is not None and _MONTHS[other.group(1)] != pub.month:
            return DateRef(None, True, True)  # "on Palm Sunday in April": not this week's
        wday = _WEEKDAYS[wd.group("wd").lower()]
        then = _NEXT_WEEKDAY.match(sentence, wd.end())
        if then is not None and _WEEKDAYS[then.group("wd").lower()] == (wday + 1) % 7:
            wday = (wday + 1) % 7  # "late on Saturday and early on Sunday": the later day
        return DateRef(weekday_on_or_before(pub, wday), True, False)
    we = _WEEKEND.search(sentence) if wd is None and WEEKDAY in kinds else None
    if we is not None and (rel is None or we.start() < rel.start()):
        if pub is None:
            return DateRef(None, True, False)
        # "last weekend's drone attack" in a Wednesday paper: the Saturday before (a Sunday
        # is within the day either side that the day stands for)
        sat = weekday_on_or_before(pub - timedelta(days=1), 5)
        if we.group(1).startswith("last") and (pub - sat).days <= 1:
            sat -= timedelta(days=7)  # (said on that weekend's Sunday: the one before)
        return DateRef(sat, True, False)
    if rel:
        if pub is None:
            return DateRef(None, True, False)
        if rel.group("yday"):
            back = 2 if rel.group("yday").lower().startswith("the day before") else 1
            return DateRef(pub - timedelta(days=back), True, False)
        if rel.group("today"):
            return DateRef(pub, True, False)
        n = _AGO_N.search(rel.group("dayago"))
        back = (
            _SMALL.get(n.group(1).lower(), 1)
            if n and not n.group(1).isdigit()
            else (int(n.group(1)) if n else 1)
        )
        return DateRef(pub - timedelta(days=back), True, False)
    if VAGUE in kinds:
        for v in _VAGUE.finditer(sentence):
            if _when_said(sentence, v) or not (
                _SUPERLATIVE.search(sentence, max(0, v.start() - 90), v.start())
            ):
                return DateRef(None, True, True)
    return NO_REF


def opens_vague(sentence: str) -> bool:
    """Does a vague time open the sentence ("Last week, a drone hit ...", "In April, ...")?
    Then it dates the sentence's event; said later ("the second time this year") it is
    context."""
    m = _VAGUE.search(fold(sentence[:40]))
    return m is not None and m.start() <= 3


_STAMP_TOKEN = re.compile(
    r"[\d.:/+\-–]+|(?:a\.m\.|p\.m\.|am|pm|at|on|update|updated|upd|edited|published|posted|"
    r"today|yesterday|"
    r"gmt|utc|bst|cet|cest|eet|eest|msk|"
    r"est|edt)"
)
STAMP_MAX_CHARS = 48


def stamp_day(text: str, pub: date | None) -> date | None:
    """The day of a line that is nothing but a timestamp ("Tue 15 Oct 2024 21.50 BST",
    "October 15, 2024, 9:14 PM"), as live blogs and timelines head each entry; else None."""
    t = text.strip()
    if len(t) > STAMP_MAX_CHARS or not any(c.isdigit() for c in t):
        return None
    for token in re.split(r"[\s,|·•]+", fold(t).lower()):  # ("10:16 AM · Mar 27, 2025")
        word = token.rstrip(".:")
        if not word or _STAMP_TOKEN.fullmatch(token) or _STAMP_TOKEN.fullmatch(word):
            continue
        if word in _MONTHS or word in _WEEKDAYS or word in _WEEKDAY_ABBR:
            continue
        return None
    ref = resolve(t, pub, frozenset((EXPLICIT, RELATIVE)))  # ("Yesterday, 19:40")
    if ref.explicit and not ref.vague:
        return ref.day
    # "UPDATE, 04.08.2024 08:40": a numeric date heads an entry only under its label (bare,
    # "14.11.2024" is as often a sidebar link's date)
    return find_dateline(t) if _LABELLED_NUMERIC_DATE.search(t) else None


_LABELLED_NUMERIC_DATE = re.compile(
    r"\b(?:update|updated|upd|published|posted|edited)\b[\s:,.]*(?:on\s+)?"
    r"\d{1,2}[./]\d{1,2}[./]\d{4}\b",
    re.IGNORECASE,
)


_HEADING_SEP = re.compile(r"\s+[-–—]\s+|:\s+")
HEADING_MAX_CHARS = 100
RUN_IN_MAX_CHARS = 64
_RUN_IN_SEP = re.compile(r"\s+[-–—]\s+")


def weekday_heading(text: str, pub: date | None) -> date | None:
    """The day of a section heading that is only a weekday ("Monday", "Tuesday:"), as a
    weekly digest heads each day's items: that weekday on or before publication."""
    word = text.strip().rstrip(":.").lower()
    if pub is None or word not in _WEEKDAYS:
        return None
    return weekday_on_or_before(pub, _WEEKDAYS[word])


def heading_day(text: str, pub: date | None) -> date | None:
    """The day of an entry heading that opens with its date, as a factbox or timeline heads
    each entry ("SEPT 6 - SYZRAN REFINERY, SAMARA REGION", "12 March: strike on X"): a
    short line, no sentence end, the date before a dash or colon; else None. A run-in heading
    opening a paragraph counts too: "January 24 — Volgograd (Volgograd region). Lukoil's ..."
    (a date, a dash and a place, up to the first full stop)."""
    t = text.strip()
    if len(t) > HEADING_MAX_CHARS or t[-1:] in '.!?"”»':
        end = t.find(". ")
        if not 0 < end <= RUN_IN_MAX_CHARS or not _RUN_IN_SEP.search(t, 3, end):
            return None
        t = t[:end]
    m = _HEADING_SEP.search(t, 3)
    if m is None or m.start() > STAMP_MAX_CHARS:
        return None
    return stamp_day(t[: m.start()], pub)


_WEEKDAY_ABBR = {d[:3] for d in _WEEKDAYS} | {"tues", "thur", "thurs"}

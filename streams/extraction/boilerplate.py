"""Drop page furniture that is not the article: navigation, sidebars, captions, footers.

Generic rules, no outlet names: a "Read also"/"More news"/"Tags:" style marker starts a tail
that is dropped (or, when prose resumes after a few links, a link list inside the article);
runs of time stamps ("21:54") with headlines are a news sidebar; photo credits
("- STRINGER/AFP", "Source: Telegram") mark captions, which are kept only as support (they
may add a target type to an incident found elsewhere, never create one); subscription
pitches are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAIL_MARKER = re.compile(
    r"^\s*(?:read also|also read|read more|more news|"
    r"more on (?:this|the)(?: story| topic| subject)?|"
    r"related(?: news| articles| stories| topics| content| coverage)?|"
    r"tags|most read|most viewed|most popular|most shared|most commented|top stories|"
    r"read next|explore more(?: on these topics)?|editors?'?s? picks|"
    r"latest news|popular|recommended|you may also like|see also|trending|"
    r"other news|share this|follow us|comments?|all news|up next|watch next|more videos|"
    r"more from (?:the )?[\w ]{1,20}|"
    r"you (?:may|might) (?:also )?(?:be interested(?: in)?(?: (?:the )?news| reading)?|like)|"
    r"(?:latest |all |more )?news (?:of|from) (?:the )?[\w ]{1,20}\s*[-–—]\s*[\w ,]{1,20}|"
    r"(?:previous|earlier|past|recent|other|more) (?:digests?|issues?|editions?|posts?|"
    r"stories|reports|articles|materials?|updates|headlines)(?: (?:in|on|from) [\w ]{1,24})?)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_TIME_LINE = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}:\d{2}\s*(?:am|pm))\s*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:\s[-–—|]\s*(?:[A-Z][A-Za-z.]*\s*)?[A-Z]{2,}(?:[/ ][A-Za-z.]+){0,3}\s*$)|"
    r"(?:\b(?:Source|Photo|Photograph|Image|Credit|Illustration|Video)\s*:\s*.+$)|"
    r"(?:\((?:Photo|Image|Source)[^)]*\)\s*$)|(?:\b(?:Getty Images|AP Photo|Reuters|AFP)\s*$)|"
    r"(?:\s\[[^\[\]]{0,80}(?:/|\bvia\b|Reuters|AFP|\bAP\b|Getty)[^\[\]]{0,80}\]\s*$)|"
    r"(?:\s\([A-Z][^()]{0,80}\s/\s[^()]{0,40}\)(?:\s*\((?i:illustrative|file)[^()]*\))?\s*$)",
)
"""A caption's credit: " - AFP", "Photo: X", "(Photo: X)", "... Reuters", "[Name/AFP]",
"(Regional Military Administration / Telegram) (Illustrative purposes only)"."""
_PROMO = re.compile(
    r"\b(?:subscribe|subscription|sign up|newsletter|free for \d+|unlimited access|"
    r"download (?:our|the) app|follow us on|cookies?|all rights reserved|copyright)\b",
    re.IGNORECASE,
)
_LINK_LINE = re.compile(
    r"^(?:(?:read also|read more|see also|also read|related|watch|listen|tags|topics)\s*:"
    r"|(?=\S+(?:\s+\S+){4})"  # a headline: five words at least ("Section | 18.02.2025" is none)
    r".{8,200}?\s[-–—|]\s*(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d"
    r"|[A-Z][a-z]+\s+\d{1,2},?\s+(?:19|20)\d\d)(?:\s+\d{1,2}:\d{2})?\s*$"
    r"|(?=\S+(?:\s+\S+){4}).{8,200}?\s\((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?"
    r"\s+(?:19|20)\d\d\)\s*$"
    r"|(?=\S+(?:\s+\S+){4}).{8,200}?(?<![.!?\"”»)])(?<!\bon)\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
    r"(?:\s+\d{1,2}:\d{2})?\s*$"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?:,?\s+\d{1,2}:\d{2})?\s+(?=\S+(?:\s+\S+){4}).{8,200}"
    r"(?<![.!?\"”»)])$)",
    re.IGNORECASE,
)
"""A link to another story: "Read also: ...", or a headline ending in its own date
("Eleven killed in strike on X - 8 March 2025", "... | 13.03.2025 18:40", "... (Dec 4, 2024)",
"Gladkov: drone hit a minibus, eight injured 07.08.2024") or led by it with no full stop
("12.02.2025 Russians shell X: woman injured")."""
_SENTENCE_END = re.compile(r"[.!?\"”»)]\s*$")


@dataclass(slots=True)
class Block:
    """A kept paragraph. `support` marks captions: usable for types, not for new incidents."""

    text: str
    support: bool = False


_PROMO_HINTS = (
    "subscri",
    "sign up",
    "newsletter",
    "free for",
    "unlimited access",
    "download",
    "follow us on",
    "cookie",
    "all rights reserved",
    "copyright",
)
_CREDIT_ENDS = ("Getty Images", "AP Photo", "Reuters", "AFP")


def is_time_line(line: str) -> bool:
    """A line that is only a clock time ("08:14"): a ticker's or a live feed's entry stamp."""
    return len(line) <= 12 and _TIME_LINE.match(line) is not None


def _may_be_promo(line: str, hints: tuple[str, ...] = _PROMO_HINTS) -> bool:
    """Cheap substring gate before `_PROMO` (why: most lines are prose; skip the regex).
    `hints`: those of `_PROMO_HINTS` the whole body holds (a line can hold no other)."""
    low = line.lower()
    return any(k in low for k in hints)


def _may_be_credit(line: str) -> bool:
    """Cheap exact gate before `_CREDIT` (the line is stripped): a "Source:" style label needs a
    colon; a bracketed credit ends with ")" or "]"; an agency name ends the line; a " - AFP"
    credit's dash is the line's last dash or bar (its tail has none) and follows a space."""
    if ":" in line or line.endswith((")", "]")) or line.endswith(_CREDIT_ENDS):
        return True
    i = max(line.rfind("-"), line.rfind("\u2013"), line.rfind("\u2014"), line.rfind("|"))
    return i > 0 and line[i - 1].isspace()


def _may_be_link(line: str) -> bool:
    """Cheap gate before `_LINK_LINE`: a label colon early on, a leading digit, or a digit
    near the end."""
    return ":" in line[:16] or line[:1].isdigit() or any(c.isdigit() for c in line[-22:])


def _is_sidebar_start(lines: list[str], i: int) -> bool:
    """Three or more time-stamp lines within the next dozen lines, each over a headline: a
    ticker. A stamp over a paragraph of prose, or over a headline and then prose, is a post
    in a live feed or a Telegram digest: the story itself."""
    window = lines[i : i + 12]
    stamps = 0
    for j, ln in enumerate(window):
        if _TIME_LINE.match(ln):
            after = [x.strip() for x in lines[i + j + 1 : i + j + 6] if x.strip()][:2]
            stamps += not any(_is_prose(x) for x in after)
    return stamps >= 3


def _is_prose(line: str) -> bool:
    """A paragraph of running text (a sentence end, a dozen words), not a link's headline."""
    return len(line) >= 80 and line.count(" ") >= 12 and _SENTENCE_END.search(line) is not None


def _resume_after_list(lines: list[str], i: int) -> int | None:
    """Where the article goes on after a "Read more" list that sits mid-article, or None
    when the marker starts the page's tail. Why: some outlets put a short list of links
    between paragraphs; the story resumes with prose, and at least two paragraphs of it."""
    seen = 0
    for j in range(i + 1, len(lines)):
        line = lines[j].strip()
        if not line:
            continue
        if _is_prose(line):
            more = any(_is_prose(ln.strip()) for ln in lines[j + 1 :])
            return j if seen and more else None
        seen += 1
        if seen > _MAX_LIST_LINKS:
            return None
    return None


_MAX_LIST_LINKS = 6


_BULLET = re.compile(r"^\s*(?:[-–—•·*▪►]|\d{1,2}[.)])\s+")
_MAX_ITEM = 160


def _join_colon_lists(lines: list[str]) -> list[str]:
    """A line ending with a colon and the short bulleted items under it, as one line:
    "destroyed 41 drones:" + "- 17 over the Bryansk region," ... reads as the sentence it
    is ("41 drones: 17 over the Bryansk region, 11 over ...")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (
            line.rstrip().endswith(":")
            and i + 1 < len(lines)
            and not (len(line.strip()) <= 48 and _TAIL_MARKER.match(line.strip()))
        ):  # ("You may also be interested in the news:" heads other stories, not a list)
            items: list[str] = []
            j = i + 1
            while j < len(lines) and not lines[j].strip() and not items:
                j += 1  # a blank line between the colon and its list
            while j < len(lines) and _BULLET.match(lines[j]) and len(lines[j]) <= _MAX_ITEM:
                items.append(_BULLET.sub("", lines[j]).strip())
                j += 1
            if items:
                out.append(line.rstrip() + " " + " ".join(items))
                i = j
                continue
        out.append(line)
        i += 1
    return out


def _labelled_caption(line: str, label: int) -> str:
    """The caption of "[Photo: Fire at the depot, 18 September 2024. Photo: social media]":
    a label opens it and a credit closes it. Without a closing credit, nothing (a "Source:"
    line names who told the news, it is no caption)."""
    colon = line.find(":", label)
    closing = _CREDIT.search(line, colon + 1) if colon > 0 else None
    if closing is None:
        return ""
    return line[colon + 1 : closing.start()].strip(" [(")


def clean(body: str) -> list[Block]:
    """Paragraphs of article prose, in order, with furniture removed."""
    lines = body.splitlines()
    if ":\n" in body:
        lines = _join_colon_lists(lines)
    low_body = body.lower()
    promo_hints = tuple(k for k in _PROMO_HINTS if k in low_body)  # per line only if any
    blocks: list[Block] = []
    seen_captions: set[str] = set()
    skip_to = -1
    prose_seen = False
    for i, raw in enumerate(lines):
        if i < skip_to:
            continue
        line = (
            raw.strip().lstrip("•·*▪►-–— ").strip() if raw.strip()[:1] in "•·*▪►" else raw.strip()
        )
        if not line:
            continue
        short = len(line) <= 48
        if short and _TAIL_MARKER.match(line):
            if not prose_seen:
                continue  # "Latest news", "All news" in the site's menu: the story is below
            resume = _resume_after_list(lines, i)
            if resume is None:
                break
            skip_to = resume
            continue
        if short and _TIME_LINE.match(line) and _is_sidebar_start(lines, i):
            break
        if promo_hints and _may_be_promo(line, promo_hints) and _PROMO.search(line):
            continue
        if _may_be_link(line) and _LINK_LINE.match(line):
            continue
        credit = _CREDIT.search(line) if _may_be_credit(line) else None
        if credit:
            text = line[: credit.start()].strip()
            if text in ("", "[", "(") and line[credit.start() : credit.start() + 1].isalpha():
                text = _labelled_caption(line, credit.start())
            if text and text not in seen_captions:
                seen_captions.add(text)
                blocks.append(Block(text, support=True))
            continue
        if line in seen_captions:
            continue
        blocks.append(Block(line))
        prose_seen = prose_seen or (line.count(" ") >= 5 and _SENTENCE_END.search(line) is not None)
    return blocks

"""Drop page furniture that is not the article: navigation, sidebars, captions, footers.

Generic rules, no outlet names: a "Read also"/"More news"/"Tags:" style marker starts a tail
that is dropped; runs of time stamps ("21:54") with headlines are a news sidebar; photo
credits ("- STRINGER/AFP", "Source: Telegram") mark captions, which are kept only as
support (they may add a target type to an incident found elsewhere, never create one);
subscription pitches are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAIL_MARKER = re.compile(
    r"^\s*(?:read also|read more|more news|more on this|related(?: news| articles| stories)?|"
    r"tags|most read|latest news|popular|recommended|you may also like|see also|trending|"
    r"other news|share this|follow us|comments?|all news)\s*:?\s*$",
    re.IGNORECASE,
)
_TIME_LINE = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}:\d{2}\s*(?:am|pm))\s*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:\s[-–—|]\s*(?:[A-Z][A-Za-z.]*\s*)?[A-Z]{2,}(?:[/ ][A-Za-z.]+)*\s*$)|"
    r"(?:\b(?:Source|Photo|Photograph|Image|Credit|Illustration|Video)\s*:\s*.+$)|"
    r"(?:\((?:Photo|Image|Source)[^)]*\)\s*$)|(?:\b(?:Getty Images|AP Photo|Reuters|AFP)\s*$)",
)
_PROMO = re.compile(
    r"\b(?:subscribe|subscription|sign up|newsletter|free for \d+|unlimited access|"
    r"download (?:our|the) app|follow us on|cookies?|all rights reserved|copyright)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\"”»)]\s*$")


@dataclass(frozen=True, slots=True)
class Block:
    """A kept paragraph. `support` marks captions: usable for types, not for new incidents."""

    text: str
    support: bool = False


def _is_sidebar_start(lines: list[str], i: int) -> bool:
    """Three or more time-stamp lines within the next dozen lines: a headline ticker."""
    stamps = sum(1 for ln in lines[i : i + 12] if _TIME_LINE.match(ln))
    return stamps >= 3


def clean(body: str) -> list[Block]:
    """Paragraphs of article prose, in order, with furniture removed."""
    lines = body.splitlines()
    blocks: list[Block] = []
    seen_captions: set[str] = set()
    for i, raw in enumerate(lines):
        line = (
            raw.strip().lstrip("•·*▪►-–— ").strip() if raw.strip()[:1] in "•·*▪►" else raw.strip()
        )
        if not line:
            continue
        if _TAIL_MARKER.match(line):
            break
        if _TIME_LINE.match(line) and _is_sidebar_start(lines, i):
            break
        if _PROMO.search(line):
            continue
        credit = _CREDIT.search(line)
        if credit:
            text = line[: credit.start()].strip()
            if text and text not in seen_captions:
                seen_captions.add(text)
                blocks.append(Block(text, support=True))
            continue
        if line in seen_captions:
            continue
        blocks.append(Block(line))
    return blocks

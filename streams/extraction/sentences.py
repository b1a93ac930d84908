"""Sentence and clause splitting with offsets (regex only; fast enough for the hot path)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOUNDARY = re.compile(
    r"[.!?][\"”’']?(?:\[\d{1,3}\])*\s+(?=[\"“‘']?[A-Z0-9А-Я•])|[:;]\s+(?=[\"“][A-Z])"
)
"""A boundary is the gap after the punctuation char the match starts with (`m.start() + 1`);
an analyst's footnote marks after it ("... injuring four people.[13] Fedorov reported") are
in the gap. Why not a lookbehind: a pattern starting with a char class lets `re` skip ahead
fast."""
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Maj|Capt|Gov|Rep|Sen|Jr|Sr|Inc|Ltd|Co|No|vs|"
    r"approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|a\.m|p\.m|e\.g|i\.e|"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\.|"
    r"\b[A-Z]\.)$"
)
_CLAUSE = re.compile(
    r"[;:,\s](?:(?<=;)|(?<=:)\s|(?<=,)\s+(?:and|while|but|whereas|as well as|meanwhile)\b"
    r"(?!\s+[A-Z])|(?<=\s)(?:while|whereas)\s|(?<=\s)(?<!\d\s)[-–—]\s(?!over\b|above\b)"
    r"|(?<=\s)and\s+(?=(?:a|an|the|another|later|preliminary|separately)\s)"
    r"(?!the\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:regions?|oblasts?|provinces?|krai|"
    r"districts?)\b)"
    r"|(?<=,)\s+(?:after|before)\s)",
)
"""The alternatives of a clause break (a dash after a number is a list item's, "15 - over
X, 11 - over Y", not a break; nor one before "over": "seven - over Y"), all behind one
leading char class: a pattern starting with a char class lets `re` skip ahead fast (branches
starting with classes do not)."""


_ABBREV_WORDS = frozenset(
    (
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "St",
        "Gen",
        "Lt",
        "Col",
        "Sgt",
        "Maj",
        "Capt",
        "Gov",
        "Rep",
        "Sen",
        "Jr",
        "Sr",
        "Inc",
        "Ltd",
        "Co",
        "No",
        "vs",
        "approx",
        "est",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        # (the same in capitals: "JAN. 21 - A fire broke out ...")
        *(m.upper() for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct")),
        *("NOV", "DEC", "SEPT"),
    )
)
"""The words `_ABBREV` lists (its dotted ones end in a single letter)."""


def _may_be_abbrev(text: str, dot: int) -> bool:
    """Can `_ABBREV` end at the full stop at `dot`? Only if the letters right before it are one
    of its words or a single letter ("U.S.", "a.m.", "J."). Why: a cheap exact gate; the regex
    tries its ~40 branches at every char of the window."""
    i = dot
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return dot - i == 1 or text[i:dot] in _ABBREV_WORDS


@dataclass(slots=True)
class Span:
    """[start, end) in the document text."""

    start: int
    end: int


MAX_SENTENCE = 600
"""Longest sentence span (chars). Real sentences stay far below (the longest in the seeds is
~320); text without sentence punctuation (a feed dump, junk) is cut into pieces of at most this
length at a space, so every per-sentence step stays bounded however long the line is."""


def _add(spans: list[Span], text: str, start: int, end: int, offset: int) -> None:
    """Append [start, end) unless blank, cut into pieces of at most MAX_SENTENCE chars."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = limit if cut < 0 else cut + 1
        if text[start:cut].strip():
            spans.append(Span(offset + start, offset + cut))
        start = cut
    if text[start:end].strip():
        spans.append(Span(offset + start, offset + end))


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Sentence spans of one paragraph; `offset` is the paragraph's start in the document."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start() + 1
        # the abbreviation must end at the cut: look at the head's tail only (with `pos`, `\b`
        # still sees the char before it)
        if (
            text[cut - 1] == "."
            and _may_be_abbrev(text, cut - 1)
            and _ABBREV.search(text, max(start, cut - 12), cut)
        ):
            continue
        if cut - start > MAX_SENTENCE:
            _add(spans, text, start, cut, offset)
        elif text[start:cut].strip():
            spans.append(Span(offset + start, offset + cut))
        start = m.end()
    _add(spans, text, start, len(text), offset)
    return spans


def clause_cuts(sentence: str) -> list[int]:
    """Offsets (within the sentence) where a new clause starts; always begins with 0."""
    cuts = [0]
    for m in _CLAUSE.finditer(sentence):
        cuts.append(m.start())
    return cuts

"""Length-preserving text folding, so offsets in folded text are offsets in the original.

Every gazetteer name and keyword is matched on folded text (lower case, diacritics removed,
typographic apostrophes and dashes unified). Keeping one folded char per original char lets
a match be mapped back to the original text (for capitalisation checks and evidence) for free.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u02b9": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u00e6": "a",
    "\u0153": "o",
    "\u00df": "s",
    "\u0131": "i",
    "\u0130": "i",
    "\u00f8": "o",
    "\u0142": "l",
    "\u0111": "d",
    "\u00f0": "d",
    "\u00fe": "t",
}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """Fold one char to exactly one char (why: offsets must survive folding)."""
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low.isascii():
        return low
    base = unicodedata.normalize("NFKD", low)
    stripped = "".join(c for c in base if not unicodedata.combining(c))
    return stripped if len(stripped) == 1 else low


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8192)
def _fold_twice(ch: str) -> str:
    once = _fold_char(ch)
    return once if once.isascii() else _fold_char(once)


def _fold_match(m: re.Match[str]) -> str:
    return _fold_twice(m.group())


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify quotes/dashes; same length as the input.

    Why this shape: `str.lower()` runs in C; only the (few) non-ASCII chars go through the
    per-char table, so folding a 5 KB article costs microseconds, not a dict lookup per char.
    """
    low = text.lower()
    if len(low) != len(text):  # a char whose lower case is longer ("İ"): fold char by char
        return "".join(_fold_twice(c) for c in text)
    if "`" in low:
        low = low.replace("`", "'")
    if low.isascii():
        return low
    return _NON_ASCII.sub(_fold_match, low)


def fold_name(name: str) -> str:
    """Fold a gazetteer name and collapse whitespace (names are short; length may change)."""
    return " ".join(fold(name).split())


_KEY_BYTES = bytes(
    c if (48 <= c <= 57 or 97 <= c <= 122 or 65 <= c <= 90) else 32 for c in range(256)
)
_KEY_NON_ALNUM = re.compile(r"[^0-9a-zA-Z\x80-\U0010ffff]")


def match_text(folded: str) -> str:
    """Folded text with punctuation blanked: every word is space-delimited, length unchanged.

    Why: matching keys padded with spaces gives word boundaries for free inside Aho-Corasick.
    (ASCII text goes through `bytes.translate`, the fastest per-char map CPython has.)
    """
    if folded.isascii():
        return folded.encode("ascii").translate(_KEY_BYTES).decode("ascii")
    return _KEY_NON_ALNUM.sub(" ", folded)


def match_key(name: str) -> str:
    """Normalise a gazetteer name or keyword the way `match_text` normalises text, padded."""
    return " " + " ".join(match_text(fold(name)).split()) + " "

"""Length-preserving text folding, so offsets in folded text are offsets in the original.

Every gazetteer name and keyword is matched on folded text (lower case, diacritics removed,
typographic apostrophes and dashes unified). Keeping one folded char per original char lets
a match be mapped back to the original text (for capitalisation checks and evidence) for free.
"""

from __future__ import annotations

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


_TABLE: dict[int, str] = {}


def _table() -> dict[int, str]:
    """Translation table for the Latin-1/Latin-extended range plus punctuation, built once."""
    if not _TABLE:
        for cp in (
            list(range(0x80, 0x250))
            + [ord(c) for c in _SPECIAL]
            + [0x2000 + i for i in range(0x70)]
        ):
            ch = chr(cp)
            _TABLE[cp] = _fold_char(ch)
        for cp in range(ord("A"), ord("Z") + 1):
            _TABLE[cp] = chr(cp + 32)
    return _TABLE


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify quotes/dashes; same length as the input."""
    out = text.translate(_table())
    if len(out) != len(text):  # pragma: no cover - the table maps 1:1, keep a safe fallback
        out = "".join(_fold_char(c) for c in text)
    if not out.isascii():
        out = "".join(c if c.isascii() else _fold_char(c) for c in out)
    return out


def fold_name(name: str) -> str:
    """Fold a gazetteer name and collapse whitespace (names are short; length may change)."""
    return " ".join(fold(name).split())


_KEYCHARS: dict[int, str] = {}


def _key_table() -> dict[int, str]:
    """Map every ASCII non-alphanumeric char to a space (after folding)."""
    if not _KEYCHARS:
        for cp in range(128):
            ch = chr(cp)
            if not ch.isalnum():
                _KEYCHARS[cp] = " "
    return _KEYCHARS


def match_text(folded: str) -> str:
    """Folded text with punctuation blanked: every word is space-delimited, length unchanged.

    Why: matching keys padded with spaces gives word boundaries for free inside Aho-Corasick.
    """
    return folded.translate(_key_table())


def match_key(name: str) -> str:
    """Normalise a gazetteer name or keyword the way `match_text` normalises text, padded."""
    return " " + " ".join(match_text(fold(name)).split()) + " "

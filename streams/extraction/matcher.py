"""One Aho-Corasick automaton over every gazetteer name, region alias and keyword.

Keys and text are normalised the same way (`textnorm.match_key` / `match_text`): folded,
punctuation blanked, space-padded, so each hit is a whole-word match and its offsets are
offsets in the original text.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from streams.extraction import vocabulary as V
from streams.extraction.dates import TRIGGERS as DATE_TRIGGERS
from streams.extraction.gazetteer import Gazetteer, get_gazetteer
from streams.extraction.regions import region_aliases
from streams.extraction.textnorm import match_key


@dataclass(slots=True)
class Entry:
    """One meaning of a matched key. kind: place | district | region | kw."""

    kind: str
    places: tuple[int, ...] = ()
    iso: str = ""
    keyword: V.Keyword | None = None


KW_KINDS = (
    "attack",
    "not_attack",
    "trigger",
    "impact",
    "target",
    "claim",
    "actor",
    "country",
    "anaphor",
    "reference",
    "title",
    "geo_context",
    "district_noun",
    "date",
)
BIT: dict[str, int] = {k: 1 << i for i, k in enumerate(("place", "region", "district", *KW_KINDS))}
"""One bit per entry kind (kw entries by keyword kind): a hit's `flags`, a sentence's OR."""


@dataclass(slots=True)
class KeyInfo:
    """Everything about what a key means, computed once at build time (not per hit). Keys with
    the same meanings share one (spelling variants of a place, mostly)."""

    entries: tuple[Entry, ...]
    flags: int
    kws: tuple[V.Keyword, ...]
    """Keyword entries other than date triggers."""
    dates: frozenset[str]
    """Date-expression kinds this key triggers (see `dates.TRIGGERS`)."""
    region: Entry | None = None
    district: Entry | None = None
    place: Entry | None = None
    """The first entry of each of these kinds (looked up per place candidate, so kept here)."""


_NO_DATES: frozenset[str] = frozenset()


def _first(entries: tuple[Entry, ...], kind: str) -> Entry | None:
    return next((e for e in entries if e.kind == kind), None)


def _key_info(entries: tuple[Entry, ...]) -> KeyInfo:
    if len(entries) == 1 and entries[0].kind != "kw":  # most keys: one place name
        e = entries[0]
        kind = e.kind
        return KeyInfo(
            entries,
            BIT[kind],
            (),
            _NO_DATES,
            e if kind == "region" else None,
            e if kind == "district" else None,
            e if kind == "place" else None,
        )
    firsts = (_first(entries, "region"), _first(entries, "district"), _first(entries, "place"))
    flags = 0
    kws: list[V.Keyword] = []
    dates: set[str] = set()
    for e in entries:
        if e.kind == "kw" and e.keyword is not None:
            flags |= BIT[e.keyword.kind]
            if e.keyword.kind == "date":
                dates.add(e.keyword.value)
            else:
                kws.append(e.keyword)
        else:
            flags |= BIT[e.kind]
    return KeyInfo(entries, flags, tuple(kws), frozenset(dates) if dates else _NO_DATES, *firsts)


@dataclass(slots=True)
class Hit:
    """A whole-word match in the text: [start, end) offsets in the original text, and what its
    key is (shared by every hit of the key: a hit is three fields, cheap to make)."""

    start: int
    end: int
    info: KeyInfo

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.info.entries

    @property
    def flags(self) -> int:
        return self.info.flags

    @property
    def kws(self) -> tuple[V.Keyword, ...]:
        return self.info.kws

    @property
    def dates(self) -> frozenset[str]:
        return self.info.dates


LENGTH_BITS = 7
"""An automaton value is `info index << LENGTH_BITS | key length` (keys are shorter than 128)."""


class Matcher:
    """Holds the automaton; `find(text)` returns hits sorted by start.

    The automaton stores plain C integers (an index into `infos` and the key length) rather than
    one Python object per key, and keys with equal meanings share their `KeyInfo` and `Entry`
    objects: ~89,000 keys then need ~30 MB less per process than one object graph each.
    """

    def __init__(self, gaz: Gazetteer) -> None:
        table: dict[str, list[Entry]] = {}
        shared: dict[tuple[str, tuple[int, ...]], Entry] = {}

        def add(key: str, entry: Entry) -> None:
            table.setdefault(key, []).append(entry)

        def place_entry(kind: str, idxs: list[int]) -> Entry:
            sig = (kind, tuple(idxs))
            entry = shared.get(sig)
            if entry is None:
                entry = shared[sig] = Entry(kind, places=sig[1])
            return entry

        for key, idxs in gaz.names.items():
            add(key, place_entry("place", idxs))
        for key, idxs in gaz.districts.items():
            add(key, place_entry("district", idxs))
        for alias, iso in region_aliases().items():
            add(match_key(alias), Entry("region", iso=iso))

        def kw(phrases: list[str] | dict[str, str], kind: str, value: str | None = None) -> None:
            for p in phrases:
                val = (
                    value if value is not None else (phrases[p] if isinstance(phrases, dict) else p)
                )
                weak = kind == "attack" and p in V.WEAK_ATTACK
                add(match_key(p), Entry("kw", keyword=V.Keyword(kind, val, weak)))

        for atype, phrases in V.ATTACK.items():
            kw(phrases, "attack", atype)
        kw(V.NOT_ATTACK, "not_attack", "")
        kw(V.GENERIC_TRIGGER, "trigger", "")
        kw(V.IMPACT, "impact", "")
        for ttype, phrases in V.TARGET.items():
            kw(phrases, "target", ttype)
        for claim, phrases in V.CLAIM.items():
            kw(phrases, "claim", claim)
        for actor, phrases in V.ACTORS.items():
            kw(phrases, "actor", actor)
        kw(V.COUNTRY, "country")
        kw(V.ANAPHOR, "anaphor", "")
        kw(V.REFERENCE_BEFORE, "reference", "")
        kw(V.TITLES, "title", "")
        kw(V.GEO_CONTEXT, "geo_context", "")
        kw(V.DISTRICT_NOUNS, "district_noun", "")
        for date_kind, words in DATE_TRIGGERS.items():
            kw(list(words), "date", date_kind)

        self.infos: list[KeyInfo] = []
        index: dict[tuple[int, ...], int] = {}  # entry identities -> position in `infos`
        self.automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, entries in table.items():
            sig = tuple(id(e) for e in entries)
            i = index.get(sig)
            if i is None:
                i = index[sig] = len(self.infos)
                self.infos.append(_key_info(tuple(entries)))
            if len(key) >= 1 << LENGTH_BITS:
                raise ValueError(f"matcher key longer than {(1 << LENGTH_BITS) - 1}: {key!r}")
            self.automaton.add_word(key, i << LENGTH_BITS | len(key))
        self.automaton.make_automaton()

    def find(self, mtext: str) -> list[Hit]:
        """All whole-word hits in `mtext` (a `match_text` string), sorted by (start, -length)."""
        padded = " " + mtext + " "
        # key spans padded[end_idx-length+1 : end_idx+1] including both pad spaces, so the
        # offset of the leading space in `padded` is the word's start in `mtext`
        mask = (1 << LENGTH_BITS) - 1
        raw = [
            (end_idx - (v & mask) + 1, -(v & mask), v >> LENGTH_BITS)
            for end_idx, v in self.automaton.iter(padded)
        ]
        raw.sort()
        infos = self.infos
        return [Hit(start, start - neg - 2, infos[i]) for start, neg, i in raw]


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _build() -> Matcher:
    return Matcher(get_gazetteer())


def get_matcher() -> Matcher:
    """The process-wide matcher (built once, after the gazetteer)."""
    with _LOCK:
        return _build()

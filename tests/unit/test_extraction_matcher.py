"""The matcher: whole-word hits with offsets in the original text, and a compact automaton."""

from __future__ import annotations

from streams.extraction.matcher import get_matcher
from streams.extraction.textnorm import fold, match_text


def test_hits_are_whole_words_with_original_offsets() -> None:
    text = "Drones hit Kharkiv and Kharkivska; Kharkov's mayor said."
    hits = get_matcher().find(match_text(fold(text)))
    words = {text[h.start : h.end] for h in hits}
    assert {"Drones", "Kharkiv", "Kharkov"} <= words
    assert [text[h.start : h.end] for h in hits].count("Kharkiv") == 1  # not inside Kharkivska
    assert all(text[h.start : h.end].strip() == text[h.start : h.end] for h in hits)
    assert [h.start for h in hits] == sorted(h.start for h in hits)


def test_spelling_variants_share_one_meaning() -> None:
    # The automaton stores integers; keys with equal meanings point at one KeyInfo, which is
    # what keeps ~89,000 keys to a few MB of Python objects.
    m = get_matcher()
    keys = m.automaton.get_stats()["words_count"]
    assert len(m.infos) < keys / 3
    a, b = (m.find(match_text(fold(s)))[0].info for s in ("Kostiantynivka", "Kostyantynivka"))
    assert a is b and a.place is not None

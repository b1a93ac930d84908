"""Shortcuts the extraction tests share: one invented article in, mentions or figures out."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas import IncidentMention
from streams.articles import parse_article_text
from streams.extraction import extract
from streams.extraction.numbers import find_figures
from streams.extraction.textnorm import fold


def mentions_of(text: str) -> list[IncidentMention]:
    """The mentions of an article given as its file text (an optional ` date` first line)."""
    return extract(parse_article_text(text, "t.txt", datetime(2024, 1, 1, tzinfo=UTC)))


def figures_of(text: str) -> dict[str, int]:
    """The largest figure of each kind stated in one sentence."""
    out: dict[str, int] = {}
    for f in find_figures(fold(text)):
        out[f.kind] = max(out.get(f.kind, 0), f.value)
    return out

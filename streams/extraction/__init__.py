"""Extraction engine: news article -> structured incident mentions.

`extract(article)` is the hot-path entry point; `warm_up()` loads the gazetteer and builds the
automaton so the worker pays that cost once at start-up, not on its first message. A mypyc
build of the modules (`sitrep compile`, see `compiled.py`) is used when it matches the sources.
"""

from __future__ import annotations

import gc
import threading

from schemas import Article, IncidentMention
from streams.extraction import compiled as _compiled

_compiled.activate(__path__)  # a `sitrep compile` build of these very sources, if any

__all__ = ["extract", "warm_up"]

_LOCK = threading.Lock()
_EXTRACTOR: object | None = None


def _get() -> object:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        with _LOCK:
            if _EXTRACTOR is None:
                from streams.extraction.extractor import Extractor

                _EXTRACTOR = Extractor()
                # The gazetteer and automaton are ~400k long-lived objects; left in the
                # collector's generations, every full collection re-walks them (~20% of
                # extraction time). Freezing moves everything alive now out of its sight.
                gc.freeze()
    return _EXTRACTOR


def warm_up() -> None:
    """Load the gazetteer and build the matcher now (idempotent)."""
    _get()


def extract(article: Article) -> list[IncidentMention]:
    """All incidents one article reports, one mention per (region, day)."""
    from streams.extraction.extractor import Extractor

    ext = _get()
    assert isinstance(ext, Extractor)
    return ext.extract(article)

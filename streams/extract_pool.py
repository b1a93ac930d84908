"""Extraction in child processes: the extract stage's CPU work beside the worker's event loop.

Why: a worker's event loop spends about half its time extracting and fingerprinting. With
`SITREP_EXTRACT_PROCESSES=N` that work runs in N child processes, on other cores, while the
loop goes on fetching, running the incident stage and sending. Off by default: each child
loads its own gazetteer and automaton (~100 MB), and on one core it only adds IPC.

Children are spawned (not forked: the worker runs threads, and a fork would copy their
locks); they import the extractor, never the Faust app. Articles go in as the JSON bytes
that arrived on the topic; mentions come back already encoded, so nothing is pickled twice.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from schemas import Article
from streams.codec import encode
from streams.extraction import extract
from streams.fingerprint import fingerprint


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article's result: (region key, mention payload) pairs, or the error that stopped it."""

    mentions: tuple[tuple[bytes, bytes], ...] = ()
    error: tuple[str, str] | None = None
    """(exception type name, repr) when extraction raised: the caller dead-letters it."""
    seconds: float = 0.0


def extract_encoded(article: Article) -> Extracted:
    """Extract and fingerprint one article; its mentions as (key, payload) pairs."""
    started = time.perf_counter()
    try:
        mentions = extract(article)
        if mentions:
            fp = fingerprint(article.body)
            mentions = [m.model_copy(update={"fingerprint": fp}) for m in mentions]
        pairs = tuple((m.region_code.encode(), encode(m)) for m in mentions)
    except Exception as exc:  # the extractor must not take the worker down
        return Extracted(error=(type(exc).__name__, repr(exc)))
    return Extracted(pairs, None, time.perf_counter() - started)


def _extract_one_payload(payload: bytes) -> Extracted:
    try:
        article = Article.model_validate_json(payload)
    except Exception as exc:  # validated by the parent already: only a bug lands here
        return Extracted(error=(type(exc).__name__, repr(exc)))
    return extract_encoded(article)


def _extract_many(payloads: list[bytes]) -> list[Extracted]:
    """Child side: articles arrive as their (already validated) topic payloads."""
    return [_extract_one_payload(p) for p in payloads]


def _init_child() -> None:
    from streams import malloc_tuning
    from streams.extraction import warm_up

    malloc_tuning.tune()
    warm_up()


class ExtractPool:
    """N spawned extractor processes; `run` splits a batch among them."""

    def __init__(self, processes: int) -> None:
        self.processes = processes
        self._pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_child,
        )

    def warm(self) -> None:
        """Start every child and load its gazetteer now, not on the first batch."""
        futures = [self._pool.submit(_extract_many, []) for _ in range(self.processes)]
        for f in futures:
            f.result()

    async def run(self, payloads: list[bytes]) -> list[Extracted]:
        """Results in input order. Raises BrokenProcessPool if a child died."""
        if not payloads:
            return []
        n = min(self.processes, len(payloads))
        size = -(-len(payloads) // n)
        loop = asyncio.get_running_loop()
        parts = await asyncio.gather(
            *(
                loop.run_in_executor(self._pool, _extract_many, payloads[i : i + size])
                for i in range(0, len(payloads), size)
            )
        )
        return [r for part in parts for r in part]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

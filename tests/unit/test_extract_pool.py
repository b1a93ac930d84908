"""The extractor process pool gives exactly what in-process extraction gives."""

from __future__ import annotations

import asyncio
from pathlib import Path

from streams.articles import read_article_file
from streams.codec import encode
from streams.extract_pool import ExtractPool, _extract_many, extract_encoded

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_pool_matches_in_process_extraction() -> None:
    articles = [read_article_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    expected = [extract_encoded(a).mentions for a in articles]
    assert sum(map(len, expected)) > 0
    pool = ExtractPool(2)
    try:
        pool.warm()
        got = asyncio.run(pool.run([encode(a) for a in articles]))
    finally:
        pool.close()
    assert [g.mentions for g in got] == expected
    assert all(g.error is None and g.seconds > 0 for g in got)


def test_a_payload_that_fails_is_an_error_entry_not_a_lost_batch() -> None:
    good = encode(read_article_file(sorted(SEEDS.glob("*.txt"))[0]))
    out = _extract_many([b"{not json", good])
    assert out[0].error is not None and out[0].error[0] == "ValidationError"
    assert out[1].error is None and out[1].mentions

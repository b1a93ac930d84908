"""10,000+ generated bad payloads mixed with good articles: the worker never dies, every bad
one is a dead letter with stage, reason and offset, every good one is processed, and
consumed = processed + duplicates + dead-lettered."""

import json
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kafka import KafkaProducer

from benchmarks.corpus import make_articles
from streams.broker import EmbeddedBroker
from streams.codec import encode
from tests.kafka_helpers import Pipeline, running

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

BATCHES, PER_BATCH = 101, 100  # 10,100 bad payloads
HUGE = 10 * 1024 * 1024
GOOD = {
    "id": "a" * 32,
    "source": "s.txt",
    "body": "Drones hit a depot in Kursk region.",
    "ingested_at": "2024-01-01T00:00:00Z",
}

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
tricky_text = st.sampled_from(["\u202e", "\u200b", "\ufeff", "\u0000", "é", "\U0001f525"]).flatmap(
    lambda c: st.text(max_size=30).map(lambda t: c + t + c)
)


def _article(**changes: Any) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


bad_payload = st.one_of(
    st.binary(min_size=1, max_size=200).filter(lambda b: not b.strip().startswith(b"{")),
    st.binary(min_size=1, max_size=50).map(lambda b: b"\xff\xfe" + b),  # invalid UTF-8
    st.text(min_size=1, max_size=100).map(lambda t: ("{" + t).encode()),  # broken JSON
    json_value.map(lambda v: json.dumps(v).encode()),  # JSON, but not an article
    st.sampled_from(sorted(GOOD)).map(
        lambda f: json.dumps({k: v for k, v in GOOD.items() if k != f}).encode()
    ),  # a missing field
    st.tuples(
        st.sampled_from(sorted(GOOD)), json_value.filter(lambda v: not isinstance(v, str))
    ).map(lambda fv: _article(**{fv[0]: fv[1]})),  # a wrong type
    st.text(alphabet=" \t\n\r", max_size=20).map(lambda b: _article(body=b)),  # empty body
    tricky_text.map(lambda t: _article(id=t, extra=t)),  # unicode tricks + unknown field
    st.integers(200, 5000).map(lambda n: ("[" * n + "]" * n).encode()),  # deep nesting
    st.sampled_from(["9999-12-31", "9999-01-01"]).map(lambda d: _article(published_on=d)),
    st.just(_article(ingested_at="9999-12-31T23:59:59Z")),
    st.just(_article(ingested_at="2024-01-01T00:00:00")),  # naive timestamp
)


def _bad_payloads() -> list[bytes]:
    out: list[bytes] = []

    @settings(
        max_examples=BATCHES, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(st.lists(bad_payload, min_size=PER_BATCH, max_size=PER_BATCH))
    def collect(batch: list[bytes]) -> None:
        out.extend(batch)

    collect()
    return out


def test_hostile_payloads_never_stop_the_worker(broker: EmbeddedBroker, session_tmp: Path) -> None:
    bad = _bad_payloads()
    bad += [_article(body="x" * HUGE, id="h" * 32)] * 3  # 10 MB bodies: over the size cap
    good = [
        encode(a.model_copy(update={"ingested_at": datetime.now(UTC)}))
        for a in make_articles(300, seed=5)
    ]
    mixed = [(p, False) for p in bad] + [(p, True) for p in good]
    random.Random(1).shuffle(mixed)
    assert len(bad) >= 10_000

    with running(Pipeline(broker.bootstrap, session_tmp)) as p:
        producer = KafkaProducer(
            bootstrap_servers=broker.bootstrap,
            enable_idempotence=False,
            max_request_size=32 * 1024 * 1024,
            linger_ms=5,
        )
        futures = [(producer.send(p.topics.articles, value=payload), ok) for payload, ok in mixed]
        producer.flush()
        offsets = [((f.get(30).partition, f.get(30).offset), ok) for f, ok in futures]
        producer.close()

        progress = p.wait_caught_up(len(mixed), timeout=600)
        assert p.proc is not None and p.proc.poll() is None  # never died
        letters = p.read(p.topics.dead_letters)
        assert progress.articles_consumed == len(mixed)
        assert progress.dead_letters == len(letters) == len(bad)
        assert progress.articles_processed + progress.articles_duplicate == len(good)
        bad_at = {pos for pos, ok in offsets if not ok}
        assert {(d["source_partition"], d["source_offset"]) for d in letters} == bad_at
        for d in letters:
            assert d["stage"] in ("decode", "validate") and d["reason"] and d["error"]
            assert d["source_topic"] == p.topics.articles
        reasons = {d["reason"] for d in letters}
        assert {
            "invalid_utf8",
            "invalid_json",
            "schema",
            "empty_body",
            "too_large",
            "future_date",
            "bad_ingested_at",
        } <= reasons
        huge = [d for d in letters if d["reason"] == "too_large"]
        assert len(huge) == 3 and all(d["payload_truncated"] for d in huge)

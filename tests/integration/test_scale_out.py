"""Two workers in one group, and a worker joining and leaving mid-stream, give the same final
incidents and alerts as one worker: one incident is always owned by one worker (mentions are
keyed by region), so no two workers ever merge the same incident. It failed 4 of 12 runs under
CPU load before the consumer stopped committing over records fetched before a rebalance's seek
(`streams/faust_fixes.py`, `OffsetGuard`)."""

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import make_articles
from schemas import Article
from streams.broker import EmbeddedBroker
from streams.producer import send_articles
from tests.kafka_helpers import Pipeline, latest_by, running

pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]

N = 2000
ORDER_FREE_RULES = {"casualties", "critical_infrastructure", "mass_attack"}
TIMESTAMPS = {"updated_at", "ingested_at", "first_seen_at", "created_at", "revision"}


def _final(p: Pipeline) -> tuple[dict[str, Any], dict[str, Any]]:
    incidents = {
        k: {f: v for f, v in i.items() if f not in TIMESTAMPS}
        for k, i in latest_by(p.read(p.topics.incidents), "incident_id").items()
    }
    alerts = {
        k: {f: v for f, v in a.items() if f not in TIMESTAMPS}
        for k, a in latest_by(p.read(p.topics.alerts), "alert_id").items()
        if a["rule"] in ORDER_FREE_RULES
    }
    return incidents, alerts


def _half_way(p: Pipeline, corpus: list[Article]) -> None:
    deadline = time.monotonic() + 300
    while p.progress().articles_consumed < len(corpus) // 4:
        assert time.monotonic() < deadline
        time.sleep(0.2)


def _run(
    broker: EmbeddedBroker, tmp: Path, corpus: list[Article], during: Callable[[Pipeline], None]
) -> tuple[dict[str, Any], dict[str, Any]]:
    with running(Pipeline(broker.bootstrap, tmp)) as p:
        during(p)
        send_articles(corpus, broker.bootstrap, p.topics.articles, stamp=False)
        p.wait_drained(timeout=240)  # ~40 s when it works; a stall must not eat the CI budget
        return _final(p)


def _differences(
    a: tuple[dict[str, Any], dict[str, Any]], b: tuple[dict[str, Any], dict[str, Any]]
) -> list[str]:
    """A short account of how two final states differ (pytest's own diff of dicts this size
    runs for many minutes)."""
    out = []
    for name, x, y in (("incidents", a[0], b[0]), ("alerts", a[1], b[1])):
        missing, extra = set(x) - set(y), set(y) - set(x)
        changed = [k for k in set(x) & set(y) if x[k] != y[k]]
        if missing or extra or changed:
            out.append(
                f"{name}: {len(missing)} missing, {len(extra)} extra, "
                f"{len(changed)} changed, e.g. {sorted(missing | extra | set(changed))[:3]}"
            )
    return out


def test_two_workers_and_churn_equal_one_worker(broker: EmbeddedBroker, session_tmp: Path) -> None:
    corpus = make_articles(N, seed=23)
    one = _run(broker, session_tmp, corpus, lambda p: None)
    assert len(one[0]) > 1000 and len(one[1]) > 100

    def two_workers(p: Pipeline) -> None:
        p.start_another_worker()

    two = _run(broker, session_tmp, corpus, two_workers)
    assert not _differences(one, two), _differences(one, two)

    def churn(p: Pipeline) -> None:
        def join_then_leave() -> None:
            _half_way(p, corpus)
            p.start_another_worker()  # joins mid-stream...
            time.sleep(8)
            p.stop_another_worker()  # ...and leaves again

        threading.Thread(target=join_then_leave, daemon=True).start()

    churned = _run(broker, session_tmp, corpus, churn)
    assert not _differences(one, churned), _differences(one, churned)

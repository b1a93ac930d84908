"""Stop and restart the worker mid-stream: tables (dedup state, counts) survive via changelogs."""

from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker
from streams.producer import replay
from tests.kafka_helpers import SEEDS, Pipeline, latest_by, running

pytestmark = pytest.mark.integration


def test_tables_survive_a_worker_restart(broker: EmbeddedBroker, session_tmp: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    first, second = seeds[:3], seeds[3:]
    with running(Pipeline(broker.bootstrap, session_tmp)) as p:
        replay(first, broker.bootstrap, p.topics.articles)
        p.wait_caught_up(len(first))
        p.stop_worker()
        before = p.read(p.topics.incidents)
        counts_before = p.read(p.topics.region_counts)

        p.start_worker()
        # Everything already seen is recognised after recovery: no new incident revisions...
        replay(first, broker.bootstrap, p.topics.articles)
        p.wait_idle(len(first))
        assert len(p.read(p.topics.incidents)) == len(before)
        # ...and the stream goes on where it stopped.
        replay(second, broker.bootstrap, p.topics.articles)
        p.wait_idle(len(first) + len(second))
        after = latest_by(p.read(p.topics.incidents), "incident_id")
        assert set(latest_by(before, "incident_id")) <= set(after)
        counts_after = p.read(p.topics.region_counts)
        # Day counts continue from the recovered window instead of restarting at zero.
        last: dict[tuple[str, str], int] = {}
        for c in counts_before + counts_after:
            k = (c["region_code"], c["window_start"])
            assert c["incidents"] >= last.get(k, 0), c
            last[k] = c["incidents"]

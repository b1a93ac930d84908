"""The whole pipeline on a real broker: seeds in, incidents and alerts out, junk dead-lettered."""

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.broker import EmbeddedBroker
from streams.producer import replay
from tests.kafka_helpers import SEEDS, Pipeline, latest_by, running

pytestmark = pytest.mark.integration

SEED_COUNT = len(list(SEEDS.glob("*.txt")))


@pytest.fixture(scope="module", params=[0, 1], ids=["in-worker", "extractor-process"])
def seeded(
    broker: EmbeddedBroker, session_tmp: Path, request: pytest.FixtureRequest
) -> Iterator[Pipeline]:
    """A worker that has processed one replay of the seeds: extracting in its event loop, or
    in a child process (`SITREP_EXTRACT_PROCESSES=1`); every test runs against both."""
    env = {"SITREP_EXTRACT_PROCESSES": str(request.param)}
    with running(Pipeline(broker.bootstrap, session_tmp, extra_env=env)) as p:
        sent = replay([SEEDS], broker.bootstrap, p.topics.articles)
        assert sent == SEED_COUNT
        p.wait_caught_up(SEED_COUNT)
        yield p


def _alerts(p: Pipeline) -> list[dict[str, Any]]:
    return p.read(p.topics.alerts)


def test_seeds_produce_incidents_with_evidence_and_sources(seeded: Pipeline) -> None:
    incidents = latest_by(seeded.read(seeded.topics.incidents), "incident_id")
    regions = {i["region_code"] for i in incidents.values()}
    assert {"RU-BEL", "RU-SAM"} <= regions
    for inc in incidents.values():
        assert inc["sources"], inc
        assert all(s["evidence"] for s in inc["sources"])
        assert inc["source_count"] == len(inc["sources"])


def test_belgorod_casualties_and_samara_refinery_raise_alerts(seeded: Pipeline) -> None:
    alerts = latest_by(_alerts(seeded), "alert_id").values()
    casualties = [a for a in alerts if a["rule"] == "casualties" and a["region_code"] == "RU-BEL"]
    assert casualties, alerts
    assert all(a["figures"]["killed"] >= 1 for a in casualties)
    energy = [
        a for a in alerts if a["rule"] == "critical_infrastructure" and a["region_code"] == "RU-SAM"
    ]
    assert len(energy) == 1
    assert energy[0]["sources"] and energy[0]["message"]


def test_seeds_replayed_three_times_create_no_new_incidents_or_alerts(seeded: Pipeline) -> None:
    incidents_before = seeded.read(seeded.topics.incidents)
    alerts_before = _alerts(seeded)
    consumed = seeded.progress().articles_consumed
    replay([SEEDS], seeded.bootstrap, seeded.topics.articles, repeat=2, shuffle=True, seed=3)
    p = seeded.wait_caught_up(int(consumed) + 2 * SEED_COUNT)
    assert p.articles_consumed >= consumed + 2 * SEED_COUNT
    # Nothing new at all: not a new id, not even a new revision of an existing one.
    assert seeded.read(seeded.topics.incidents) == incidents_before
    assert _alerts(seeded) == alerts_before


def test_junk_goes_to_dead_letters_and_worker_keeps_going(seeded: Pipeline) -> None:
    consumed = int(seeded.progress().articles_consumed)
    junk: list[bytes | None] = [
        b"\xff\xfe\x00binary junk",
        b"{not json",
        json.dumps({"id": "x" * 16, "body": "no other fields"}).encode(),
        json.dumps(
            {"id": "y" * 16, "source": "s", "body": "   ", "ingested_at": "2024-01-01T00:00:00Z"}
        ).encode(),
        b"",
    ]
    seeded.send_raw(junk)
    # A good article after the junk must still be processed.
    extra = seeded.tmp / "late.txt"
    extra.write_text(
        " date 2024-05-02\nA drone attack on the Kursk region injured three people "
        "on Thursday, the governor of Kursk said.\n"
    )
    replay([extra], seeded.bootstrap, seeded.topics.articles)
    seeded.wait_caught_up(consumed + len(junk) + 1)
    letters = seeded.read(seeded.topics.dead_letters)
    reasons = {(d["stage"], d["reason"]) for d in letters}
    assert ("decode", "invalid_utf8") in reasons
    assert ("decode", "invalid_json") in reasons
    assert ("validate", "schema") in reasons
    assert ("validate", "empty_body") in reasons
    assert ("validate", "empty_payload") in reasons
    assert all(
        d["source_topic"] == seeded.topics.articles and d["source_offset"] is not None
        for d in letters
    )
    assert seeded.proc is not None and seeded.proc.poll() is None
    processed = seeded.read(seeded.topics.mentions)
    assert any(m["source"] == "late.txt" for m in processed)


def test_a_dead_extractor_process_loses_no_article(broker: EmbeddedBroker, tmp_path: Path) -> None:
    """kill -9 of the extractor child: the batch is extracted in the worker instead."""
    env = {"SITREP_EXTRACT_PROCESSES": "1"}
    with running(Pipeline(broker.bootstrap, tmp_path, extra_env=env)) as p:
        assert p.proc is not None
        kids = Path(f"/proc/{p.proc.pid}/task/{p.proc.pid}/children").read_text().split()
        extractors = [
            int(k)
            for k in kids
            if b"spawn_main" in Path(f"/proc/{k}/cmdline").read_bytes()
            and b"resource_tracker" not in Path(f"/proc/{k}/cmdline").read_bytes()
        ]
        assert len(extractors) == 1, kids
        os.kill(extractors[0], signal.SIGKILL)
        sent = replay([SEEDS], broker.bootstrap, p.topics.articles)
        progress = p.wait_caught_up(sent)
        assert progress.articles_processed == SEED_COUNT
        incidents = latest_by(p.read(p.topics.incidents), "incident_id")
        assert {"RU-BEL", "RU-SAM"} <= {i["region_code"] for i in incidents.values()}
        assert "extracting in the worker from now on" in p.log_tail(200)

"""The consumer fixes: stream partitions start fetching only after the seek to committed offsets,
and records fetched before a seek are never handed over after it."""

import asyncio
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from streams.faust_fixes import OffsetGuard, SeekBeforeResumeConsumer, Verdict

STREAM = TP("x.mentions", 0)
GONE = TP("x.mentions", 1)
CHANGELOG = TP("app-region-days-changelog", 0)
ARTICLES = TP("x.articles", 0)


class _Probe(SeekBeforeResumeConsumer):
    """The real methods on a consumer without a broker: seeking records what was active then."""

    def __init__(self) -> None:  # no Faust service machinery
        self.app: Any = SimpleNamespace(tables=SimpleNamespace(changelog_topics={CHANGELOG.topic}))
        self._active_partitions = set()
        self._paused_partitions = {STREAM, GONE, CHANGELOG}
        self._read_offset: dict[TP, int | None] = {}
        self._committed_offset: dict[TP, int | None] = {}
        self.active_during_seek: set[TP] | None = None
        self.assigned = {STREAM, CHANGELOG}
        self.flow_active = False
        self.can_resume_flow = asyncio.Event()
        self.suspend_flow = asyncio.Event()

    def assignment(self) -> set[TP]:
        return self.assigned

    async def seek_to_committed(self) -> Mapping[TP, int]:
        self.active_during_seek = set(self._active_partitions)
        return {STREAM: 327}


def test_stream_partitions_resume_only_after_the_seek() -> None:
    c = _Probe()
    c.resume_partitions({STREAM, GONE, CHANGELOG})
    assert c._active_partitions == {CHANGELOG}  # changelogs resume at once (table recovery)
    asyncio.run(c.perform_seek())
    assert c.active_during_seek == {CHANGELOG}  # nothing fetched from the stream before the seek
    assert c._read_offset[STREAM] == 327 and c._committed_offset[STREAM] == 327
    # Nor between the seek and Faust's clearing of the stream queues, which comes right before
    # it resumes the flow: records fetched then would be cleared, never acked, never refetched.
    assert c._active_partitions == {CHANGELOG}
    c.resume_flow()
    assert c._active_partitions == {CHANGELOG, STREAM}  # GONE was revoked meanwhile: stays paused
    assert c.flow_active


def test_the_flow_resumes_only_seeked_partitions_of_the_current_assignment(
    monkeypatch: Any,
) -> None:
    async def faust_revoke(self: Any, revoked: set[TP]) -> None:
        pass  # Faust's own bookkeeping needs its service machinery

    monkeypatch.setattr(faust_aiokafka.Consumer, "on_partitions_revoked", faust_revoke)
    c = _Probe()
    c.resume_partitions({STREAM})
    c.resume_flow()  # table recovery resumes the flow before the streams' seek
    assert c._active_partitions == set()
    asyncio.run(c.perform_seek())
    asyncio.run(c.on_partitions_revoked({STREAM}))  # a rebalance before the flow resumed
    c.resume_flow()
    assert c._active_partitions == set()  # the next assignment's own seek resumes it


def test_a_seek_without_pending_resumes_changes_nothing() -> None:
    c = _Probe()
    asyncio.run(c.perform_seek())
    assert c._active_partitions == set()


# The offset guard: records fetched before a seek must not be delivered (or committed over).


class _Fetching(_Probe):
    """Fetches scripted batches; records the seeks and gaps the guard asks for."""

    def __init__(self, batches: list[list[tuple[TP, int]]]) -> None:
        super().__init__()
        self.batches = batches
        self.seeks: list[tuple[TP, int]] = []
        self.gaps: list[tuple[TP, int, int]] = []

    async def _seek(self, partition: TP, offset: int) -> None:
        self.seeks.append((partition, offset))

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        self.gaps.append((tp, offset_from, offset_to))

    async def deliver(self) -> list[tuple[TP, int]]:
        """One fetch loop pass, as Faust's drain loop makes it: the offsets handed over."""
        return [(tp, m.offset) async for tp, m in self.getmany(timeout=1.0)]


def _scripted(monkeypatch: Any, c: _Fetching) -> None:
    async def fake_getmany(self: _Fetching, timeout: float) -> Any:
        for tp, offset in self.batches.pop(0):
            yield tp, SimpleNamespace(offset=offset)

    monkeypatch.setattr(faust_aiokafka.Consumer, "getmany", fake_getmany)


def test_records_fetched_before_a_seek_are_fetched_again_not_committed_over(
    monkeypatch: Any,
) -> None:
    # The measured case: 125..761 read before a rebalance, committed only to 209, and the fetch
    # loop's old batch (762...) handed over after the seek to 209.
    c = _Fetching(
        [
            [(STREAM, 760), (STREAM, 761)],
            [(STREAM, 762), (STREAM, 763)],
            [(STREAM, 209), (STREAM, 210)],
        ]
    )
    _scripted(monkeypatch, c)
    assert asyncio.run(c.deliver()) == [(STREAM, 760), (STREAM, 761)]
    c.guard.seeked(STREAM, 209)  # what perform_seek does after a rebalance
    assert asyncio.run(c.deliver()) == []  # 762 is not due: nothing handed over...
    assert c.seeks == [(STREAM, 209)]  # ...the consumer seeks back instead
    assert asyncio.run(c.deliver()) == [(STREAM, 209), (STREAM, 210)]
    assert c._read_offset[STREAM] == 210  # Faust's own gap check sees no jump
    assert c.gaps == []


def test_a_refetch_drops_only_its_own_partitions_records(monkeypatch: Any) -> None:
    # Faust interleaves a fetch's partitions. The consumer has already moved past every record
    # of the batch, so dropping another partition's records loses them until a restart; when
    # they are its last ones, nothing later reveals the hole (seen after a broker restart: the
    # last 220 articles were never processed).
    c = _Fetching(
        [
            [(STREAM, 10)],
            [(STREAM, 15), (ARTICLES, 40), (STREAM, 16), (ARTICLES, 41)],
            [(STREAM, 11), (STREAM, 12)],
        ]
    )
    _scripted(monkeypatch, c)
    assert asyncio.run(c.deliver()) == [(STREAM, 10)]
    assert asyncio.run(c.deliver()) == [(ARTICLES, 40), (ARTICLES, 41)]
    assert c.seeks == [(STREAM, 11)]  # once: 16 predates the seek as well, it is no gap
    assert asyncio.run(c.deliver()) == [(STREAM, 11), (STREAM, 12)]
    assert c.gaps == []


def test_a_gap_that_a_fresh_fetch_repeats_is_real(monkeypatch: Any) -> None:
    c = _Fetching([[(STREAM, 10)], [(STREAM, 15)], [(STREAM, 15), (STREAM, 16)]])
    _scripted(monkeypatch, c)
    assert asyncio.run(c.deliver()) == [(STREAM, 10)]
    assert asyncio.run(c.deliver()) == []  # first sight of a hole: fetch again from 11
    assert c.seeks == [(STREAM, 11)]
    assert asyncio.run(c.deliver()) == [(STREAM, 15), (STREAM, 16)]  # the broker insists
    assert c.gaps == [(STREAM, 11, 14)]  # so 11-14 are committed past, as Faust would


def test_already_delivered_offsets_are_skipped_and_changelogs_pass(monkeypatch: Any) -> None:
    c = _Fetching(
        [[(STREAM, 5), (STREAM, 6)], [(STREAM, 6), (STREAM, 7), (CHANGELOG, 3), (CHANGELOG, 1)]]
    )
    _scripted(monkeypatch, c)
    asyncio.run(c.deliver())
    assert asyncio.run(c.deliver()) == [(STREAM, 7), (CHANGELOG, 3), (CHANGELOG, 1)]


def test_a_revoked_partition_is_forgotten() -> None:
    g = OffsetGuard()
    g.seeked(STREAM, 100)
    assert g.check(STREAM, 300) is Verdict.REFETCH
    g.forget(STREAM)
    assert g.check(STREAM, 300) is Verdict.DELIVER  # a new owner starts where the broker says
    assert g.check(STREAM, 301) is Verdict.DELIVER


def test_no_fetch_while_no_partition_is_active(monkeypatch: Any) -> None:
    """aiokafka reads an empty partition set as "all of them": with every partition paused,
    the paused streams' records would be handed over, dropped as inactive, and lost. Nor may
    the consumer thread see the live set change under it: it gets a snapshot."""
    asked: list[set[TP] | None] = []

    async def thread_fetch(
        self: Any, active: set[TP] | None, timeout: float
    ) -> dict[TP, list[Any]]:
        asked.append(active)
        return {STREAM: ["record"]}

    monkeypatch.setattr(faust_aiokafka.Consumer, "_getmany", thread_fetch)
    c = _Probe()
    assert asyncio.run(c._getmany(set(), 1.0)) == {}
    assert asked == []
    live = {STREAM}
    assert asyncio.run(c._getmany(live, 1.0)) == {STREAM: ["record"]}
    assert asked == [{STREAM}] and asked[0] is not live

"""Fixes for faust-streaming 0.15 bugs that lose data, active for every broker (`sitrep://`).

Registered as the `sitrep` URL scheme (Apache Kafka) and inherited by the `tansu` scheme, so the
worker never runs on the unpatched consumer.
"""

import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

import faust.transport.drivers as drivers
from faust.transport.consumer import RecordMap, ensure_TPset
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message

log = logging.getLogger(__name__)


class Verdict(Enum):
    DELIVER = "deliver"
    SKIP = "skip"  # already delivered since the last seek
    REFETCH = "refetch"  # a hole: records fetched before a seek; seek back and fetch again
    GAP = "gap"  # a hole that a fresh fetch confirmed (compaction, control records)


@dataclass
class OffsetGuard:
    """Knows the next offset each partition must deliver, from the last seek and every delivery.

    Faust's fetch loop can hand over records fetched *before* a rebalance's seek after it (its
    iterator over a fetched batch outlives the seek). Faust then sees offsets jump past the
    committed one, records the jump as a "gap" (as if compaction had removed those offsets),
    and commits over it: measured here with two workers under CPU load, mentions 210-761 of a
    partition were committed and never processed. The guard refuses such a jump once, so the
    consumer seeks back and fetches again; a jump that a fresh fetch repeats is a real gap.
    """

    next: dict[TP, int] = field(default_factory=dict)
    refetched: dict[TP, int] = field(default_factory=dict)

    def seeked(self, tp: TP, offset: int | None) -> None:
        if offset is None:
            self.next.pop(tp, None)
        else:
            self.next[tp] = offset
        self.refetched.pop(tp, None)

    def forget(self, tp: TP) -> None:
        self.seeked(tp, None)

    def check(self, tp: TP, offset: int) -> Verdict:
        expected = self.next.get(tp)
        if expected is None or offset == expected:
            verdict = Verdict.DELIVER
        elif offset < expected:
            return Verdict.SKIP
        elif self.refetched.get(tp) != expected:
            self.refetched[tp] = expected
            return Verdict.REFETCH
        else:
            verdict = Verdict.GAP
        self.next[tp] = offset + 1
        return verdict


class SeekBeforeResumeConsumer(faust_aiokafka.Consumer):
    """Resumes a stream partition only after it has been seeked to its committed offset.

    Faust's recovery (after every start and rebalance) resumes the stream partitions and *then*
    seeks them to their committed offsets. A batch fetched in between keeps being delivered after
    the seek: its first records go to the stream queue, which is cleared when the flow resumes,
    and its last ones move the read offset past the records the seek fetches again, which are then
    dropped as "already read". Measured here after kill -9 and a restart: mentions 327-350 of one
    partition were never processed and that partition's committed offset never moved again.
    Deferring the resume to the end of the seek leaves no such batch.

    Nor may it resume at the end of the seek itself: when the changelogs needed reading, the
    flow is already active then, and Faust clears the stream queues (`flow_control.resume()`)
    only after the seek returns. Records fetched in between were counted as delivered and then
    cleared: never processed, never acked, and the partition's commits stopped there (shown by
    widening that window: 27 queued records cleared, four partitions stuck). So a seeked
    partition resumes with the flow (`resume_flow`), which Faust calls right after that clear.
    """

    _deferred: set[TP] | None = None
    _seeked: set[TP] | None = None
    _guard: OffsetGuard | None = None

    @property
    def guard(self) -> OffsetGuard:
        if self._guard is None:
            self._guard = OffsetGuard()
        return self._guard

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        tpset = ensure_TPset(tps)
        streams = {tp for tp in tpset if not self._is_changelog_tp(tp)}
        if self._deferred is None:
            self._deferred = set()
        self._deferred |= streams
        super().resume_partitions(tpset - streams)

    async def perform_seek(self) -> None:
        await super().perform_seek()
        for tp in self.assignment():
            self.guard.seeked(tp, self._read_offset.get(tp))
        deferred, self._deferred = self._deferred or set(), set()
        self._seeked = (self._seeked or set()) | deferred

    def resume_flow(self) -> None:
        """Resume the seeked stream partitions with the flow, after Faust's queue clear."""
        seeked, self._seeked = self._seeked or set(), set()
        if seeked:
            # Only partitions still assigned: a rebalance may have taken some away meanwhile.
            assigned = self.assignment()
            super().resume_partitions({tp for tp in seeked if tp in assigned})
        super().resume_flow()

    async def seek(self, partition: TP, offset: int) -> None:
        await super().seek(partition, offset)
        self.guard.seeked(partition, offset if offset else None)

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        for tp in revoked:
            self.guard.forget(tp)
        # A new assignment resumes its partitions after its own seek, not after an old one's.
        self._deferred = (self._deferred or set()) - revoked
        self._seeked = (self._seeked or set()) - revoked
        await super().on_partitions_revoked(revoked)

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float) -> RecordMap:
        """Faust's fetch from the consumer thread, given a snapshot of the active partitions,
        and no fetch at all when none is active.

        Faust hands its live set to aiokafka's `fetched_records`, which runs in the consumer
        thread and, while it waits for records, reads the set again. When the set has become
        empty meanwhile (table recovery pausing the changelogs while the streams wait for
        their seek), aiokafka reads an empty set as "every partition" and hands over the
        paused stream partitions' records too; Faust drops them as inactive, after their
        positions have moved past them. Seen as an articles partition whose commits stopped
        after a worker left (421 of 507, 384 of 507): its remaining records were drained and
        dropped, and nothing later revealed the hole.
        """
        if active_partitions is not None:
            active_partitions = set(active_partitions)
            if not active_partitions:
                return {}
        return await super()._getmany(active_partitions, timeout)

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        """Faust's fetch, minus stream records that do not follow the last delivered (or seeked)
        offset of their partition (see `OffsetGuard`).

        Each delivered record becomes the partition's read offset, so Faust's own gap check
        (which commits over any jump) never fires; a confirmed gap is recorded here instead.
        """
        refetching: set[TP] = set()
        async for tp, message in super().getmany(timeout):
            if self._is_changelog_tp(tp):  # table recovery seeks these by other paths
                yield tp, message
                continue
            if tp in refetching:  # the rest of this partition's batch predates the seek too
                continue
            offset = message.offset
            expected = self.guard.next.get(tp)
            verdict = self.guard.check(tp, offset)
            if verdict is Verdict.SKIP:
                continue
            if verdict is Verdict.REFETCH and expected is not None:
                log.warning(
                    "%s: fetched offset %d where %d was due (records fetched before a seek); "
                    "fetching again from %d",
                    tp,
                    offset,
                    expected,
                    expected,
                )
                await self._seek(tp, expected)
                # Other partitions' records go on: the consumer has moved past them already,
                # so dropping them would lose them until a restart.
                refetching.add(tp)
                continue
            if verdict is Verdict.GAP and expected is not None:
                log.info(
                    "%s: offsets %d-%d do not exist; committing past them", tp, expected, offset - 1
                )
                await self._add_gap(tp, expected, offset - 1)
            self._read_offset[tp] = offset
            yield tp, message


class Transport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with the fixed consumer; URL scheme `sitrep://`."""

    Consumer: ClassVar[type[faust_aiokafka.Consumer]] = SeekBeforeResumeConsumer


def register() -> None:
    """Make `sitrep://` URLs resolve to this transport (idempotent)."""
    drivers.TRANSPORTS.aliases["sitrep"] = f"{__name__}:Transport"

"""Fixes for faust-streaming 0.15 bugs that lose data, active for every broker (`sitrep://`).

Registered as the `sitrep` URL scheme (Apache Kafka) and inherited by the `tansu` scheme, so the
worker never runs on the unpatched consumer.
"""

from collections.abc import Iterable
from typing import ClassVar

import faust.transport.drivers as drivers
from faust.transport.consumer import ensure_TPset
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP


class SeekBeforeResumeConsumer(faust_aiokafka.Consumer):
    """Resumes a stream partition only after it has been seeked to its committed offset.

    Faust's recovery (after every start and rebalance) resumes the stream partitions and *then*
    seeks them to their committed offsets. A batch fetched in between keeps being delivered after
    the seek: its first records go to the stream queue, which is cleared when the flow resumes,
    and its last ones move the read offset past the records the seek fetches again, which are then
    dropped as "already read". Measured here after kill -9 and a restart: mentions 327-350 of one
    partition were never processed and that partition's committed offset never moved again.
    Deferring the resume to the end of the seek leaves no such batch.
    """

    _deferred: set[TP] | None = None

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        tpset = ensure_TPset(tps)
        streams = {tp for tp in tpset if not self._is_changelog_tp(tp)}
        if self._deferred is None:
            self._deferred = set()
        self._deferred |= streams
        super().resume_partitions(tpset - streams)

    async def perform_seek(self) -> None:
        await super().perform_seek()
        deferred, self._deferred = self._deferred or set(), set()
        # Only partitions still assigned: a rebalance may have taken some away meanwhile.
        assigned = self.assignment()
        super().resume_partitions({tp for tp in deferred if tp in assigned})


class Transport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with the fixed consumer; URL scheme `sitrep://`."""

    Consumer: ClassVar[type[faust_aiokafka.Consumer]] = SeekBeforeResumeConsumer


def register() -> None:
    """Make `sitrep://` URLs resolve to this transport (idempotent)."""
    drivers.TRANSPORTS.aliases["sitrep"] = f"{__name__}:Transport"

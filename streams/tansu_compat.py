"""Every workaround for the embedded Tansu 0.6 broker, in one place, active only for it.

Selected by the `tansu://` broker URL scheme (`Settings.broker_url()` uses it only when
`SITREP_EMBEDDED_BROKER` is set, i.e. when `sitrep run` or the tests started Tansu). Against
Apache Kafka none of this is loaded. Measured in `shared/notes/tansu.md`:

1. Fetch wait: Tansu holds every fetch for about half of `fetch_max_wait_ms` even when data is
   ready, and Faust hard-codes 1,500 ms, so each hop cost ~0.5 s. We set the wait to
   `SITREP_FETCH_MAX_WAIT_MS` (default 10 ms) on the worker's consumer.
2. End offsets: Tansu answers ListOffsets(LATEST) with "start of the last batch + 1", so table
   recovery stopped early and silently dropped updates. The consumer confirms every end offset
   with a fetch's high watermark, which is right (`streams.tansu_end_offsets`), so Faust's
   producer batches as usual. (Before: every produced batch was one record, ~35% of
   end-to-end throughput.)
3. aiokafka cannot init an idempotent/transactional producer on Tansu: we stay at-least-once.
4. Group joins take about half the session timeout: short session/heartbeat/rebalance timeouts.
5. Big partitions: Tansu lists a partition's whole log within the fetch wait, so a 10 ms wait
   starves partitions of ~10,000 batches; the wait adapts per fetch (`tansu_fetch_wait`).
"""

import asyncio
from collections.abc import Mapping
from typing import Any

import aiokafka
import faust.transport.drivers as drivers
from faust.transport.drivers import aiokafka as faust_aiokafka

from streams.config import get_settings
from streams.faust_fixes import SeekBeforeResumeConsumer
from streams.tansu_end_offsets import true_end_offsets
from streams.tansu_fetch_wait import AdaptiveFetchWait


class TansuConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """aiokafka consumer thread with a short fetch wait (workaround 1) that grows when a big
    partition needs it (workaround 5)."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = get_settings().fetch_max_wait_ms
        return consumer

    async def on_start(self) -> None:
        await super().on_start()
        AdaptiveFetchWait(get_settings().fetch_max_wait_ms).install(self._ensure_consumer())

    async def _highwaters(self, partitions: list[Any]) -> Mapping[Any, int]:
        """End offsets as Faust's recovery needs them: confirmed by a fetch (workaround 2)."""
        reported = await super()._highwaters(partitions)
        bootstrap = get_settings().kafka_bootstrap or ""
        return await asyncio.get_running_loop().run_in_executor(
            None, true_end_offsets, bootstrap, reported
        )


class TansuConsumer(SeekBeforeResumeConsumer):
    def _new_consumer_thread(self) -> TansuConsumerThread:
        return TansuConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with the Tansu consumer; URL scheme `tansu://`."""

    Consumer = TansuConsumer


def faust_settings_for_tansu() -> dict[str, Any]:
    """Faust app settings that only the embedded broker needs (workaround 4)."""
    return {
        "broker_session_timeout": 6.0,
        "broker_heartbeat_interval": 1.5,
        "broker_rebalance_timeout": 6.0,
    }


def register() -> None:
    """Make `tansu://` URLs resolve to this transport (idempotent)."""
    drivers.TRANSPORTS.aliases["tansu"] = f"{__name__}:Transport"

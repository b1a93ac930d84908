"""A fetch wait that grows when the embedded Tansu broker starves a partition (workaround 5).

Tansu 0.6's memory engine stores every record batch as one object and, on every fetch, lists all
of a partition's objects from offset 0 until the request's `max_wait` runs out; batches it did not
reach in that time are not returned. With the short wait that keeps Tansu's latency low (10 ms,
workaround 1) a partition of ~10,000 single-record batches returns one record or none per fetch:
measured here, a 20,000-article replay left the incident stage reading one mention per 50-1,500 ms
on two of four partitions, and a 100,000-article one stopped it for good.

The wait is doubled (up to `ceiling_ms`) after a fetch that returned fewer than two records of a
partition that had at least two to give, and eased back by 10% after one that did not starve, so
small partitions keep the short wait and its latency while big ones get the time the listing
needs. Apache Kafka never needs this (its fetch cost does not grow with the log).
"""

import logging
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.protocol.fetch import FetchRequest
from aiokafka.record.memory_records import MemoryRecords

log = logging.getLogger(__name__)


def records_returned(buffer: bytes | None, fetch_offset: int, enough: int = 2) -> int:
    """Records at or after `fetch_offset` in a fetch response's record set, counted up to `enough`
    (batch headers only: the records themselves are not decoded)."""
    if not buffer:
        return 0
    records = MemoryRecords(buffer)
    n = 0
    while n < enough and records.has_next():
        batch = records.next_batch()
        if batch is None:
            break
        n += max(0, batch.next_offset - max(batch.base_offset, fetch_offset))
    return min(n, enough)


def starved(available: int, returned: int) -> bool:
    """A fetch starved a partition when it returned fewer than two records of at least two
    available, or none of one (a short reply at the log's end is not starvation)."""
    return returned < min(available, 2)


class AdaptiveFetchWait:
    """Owns one consumer's fetch wait; `observe` adapts it after every fetch response."""

    def __init__(self, base_ms: int, ceiling_ms: int = 2000) -> None:
        self.base_ms = base_ms
        self.ceiling_ms = max(base_ms, ceiling_ms)
        self.wait_ms = float(base_ms)
        self.peak_ms = float(base_ms)

    def observe(self, any_starved: bool) -> int:
        """Adapt the wait to one fetch's outcome; returns the new wait in ms."""
        if any_starved:
            self.wait_ms = min(self.ceiling_ms, self.wait_ms * 2)
            if self.wait_ms > self.peak_ms:
                self.peak_ms = self.wait_ms
                log.info(
                    "embedded broker returned too few records in %d ms: fetch wait raised to "
                    "%d ms (Tansu lists a partition's whole log on every fetch)",
                    self.wait_ms / 2,
                    self.wait_ms,
                )
        else:
            self.wait_ms = max(self.base_ms, self.wait_ms * 0.9)
        return round(self.wait_ms)

    def install(self, consumer: AIOKafkaConsumer) -> None:
        """Make a started consumer's fetcher adapt its wait after every fetch response.

        aiokafka builds each fetch request from `Fetcher._fetch_max_wait_ms` and sends it with
        `Fetcher._client.send`; the fetcher alone gets a client that reads the response first.
        The consumer must have been created with `fetch_max_wait_ms=base_ms`.
        """
        fetcher: Any = consumer._fetcher
        fetcher._client = _ObservingClient(fetcher._client, self, fetcher)

    def starved_in(self, request: Any, response: Any) -> bool:
        """Whether a fetch response starved any partition it was asked for."""
        asked = {
            (topic, partition): offset
            for topic, partitions in request.topics
            for partition, offset, *_ in partitions
        }
        for topic, partitions in response.topics:
            for partition, error_code, highwater, *data in partitions:
                offset = asked.get((topic, partition))
                if error_code or offset is None or highwater is None or highwater <= offset:
                    continue
                if starved(highwater - offset, records_returned(data[-1], offset)):
                    return True
        return False


class _ObservingClient:
    """Delegates to aiokafka's client; adapts the fetch wait on every fetch response."""

    def __init__(self, client: Any, wait: AdaptiveFetchWait, fetcher: Any) -> None:
        self._client = client
        self._wait = wait
        self._fetcher = fetcher

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def send(self, node_id: int, request: Any, *args: Any, **kwargs: Any) -> Any:
        response = await self._client.send(node_id, request, *args, **kwargs)
        if isinstance(request, FetchRequest):
            try:
                hungry = self._wait.starved_in(request, response)
            except Exception:  # never let the observer break a fetch
                log.debug("could not read fetch response", exc_info=True)
            else:
                self._fetcher._fetch_max_wait_ms = self._wait.observe(hungry)
        return response

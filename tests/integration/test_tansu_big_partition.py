"""A partition of many small batches on the real embedded broker is still read at full speed.

Tansu 0.6 lists a partition's whole log within each fetch's wait; with the 10 ms wait Sitrep uses
for latency, a partition of ~10,000 batches came back one record (or none) per fetch, which
stopped the incident stage of a 100,000-article replay. The adaptive wait must read it all.
"""

import asyncio
import time
import uuid

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

from streams.broker import EmbeddedBroker
from streams.tansu_fetch_wait import AdaptiveFetchWait

BATCHES = 20_000


async def _produce(bootstrap: str, topic: str) -> None:
    # max_batch_size=1 byte: every record is its own batch, as Sitrep's producer writes on Tansu.
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_batch_size=1, linger_ms=0)
    await producer.start()
    try:
        for start in range(0, BATCHES, 500):
            sent = [
                await producer.send(topic, b"m" * 600, partition=0)
                for _ in range(start, min(start + 500, BATCHES))
            ]
            await asyncio.gather(*sent)
    finally:
        await producer.stop()


async def _read_all(bootstrap: str, topic: str, adaptive: bool, budget_s: float) -> int:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=10
    )
    await consumer.start()
    if adaptive:
        AdaptiveFetchWait(base_ms=10).install(consumer)
    tp = TopicPartition(topic, 0)
    consumer.assign([tp])
    consumer.seek(tp, 0)
    got, deadline = 0, time.monotonic() + budget_s
    try:
        while got < BATCHES and time.monotonic() < deadline:
            batch = await consumer.getmany(tp, timeout_ms=500, max_records=10_000)
            got += len(batch.get(tp, []))
    finally:
        await consumer.stop()
    return got


def test_adaptive_wait_reads_a_partition_of_twenty_thousand_batches(
    broker: EmbeddedBroker,
) -> None:
    topic = f"big-{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    admin.create_topics([NewTopic(topic, 1, 1)])
    admin.close()
    asyncio.run(_produce(broker.bootstrap, topic))
    t0 = time.monotonic()
    got = asyncio.run(_read_all(broker.bootstrap, topic, adaptive=True, budget_s=120))
    took = time.monotonic() - t0
    # Starved, the fixed 10 ms wait reads about one record per fetch (hundreds of seconds).
    assert got == BATCHES, f"read {got} of {BATCHES} in {took:.0f} s"

"""Read a topic as JSON lines (what `sitrep tail` and the live alert table consume)."""

import base64
import json
import threading
from collections.abc import Iterator
from typing import Any

from kafka import KafkaConsumer, TopicPartition

from streams.kafka_security import client_options


def _value(raw: bytes | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {"_raw_b64": base64.b64encode(raw).decode("ascii")}


def open_consumer(bootstrap: str, topic: str, from_beginning: bool) -> KafkaConsumer:
    """A group-less consumer assigned to every partition of `topic`."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        client_id="sitrep-tail",
        enable_auto_commit=False,
        fetch_max_wait_ms=100,
        **client_options(),
    )
    partitions = None
    for _ in range(100):
        partitions = consumer.partitions_for_topic(topic)
        if partitions:
            break
        consumer.poll(timeout_ms=100)
    if not partitions:
        consumer.close()
        raise LookupError(f"topic {topic!r} does not exist")
    tps = [TopicPartition(topic, p) for p in sorted(partitions)]
    consumer.assign(tps)
    if from_beginning:
        consumer.seek_to_beginning(*tps)
    else:
        consumer.seek_to_end(*tps)
    return consumer


def records(
    consumer: KafkaConsumer,
    follow: bool,
    idle_timeout: float = 2.0,
    stop: threading.Event | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield messages as dicts; without `follow`, stop after `idle_timeout` with nothing new.

    `stop`, when set, ends the iteration at the next poll (for background readers).
    """
    idle = 0.0
    while stop is None or not stop.is_set():
        batch = consumer.poll(timeout_ms=200)
        if not batch:
            idle += 0.2
            if not follow and idle >= idle_timeout:
                return
            continue
        idle = 0.0
        for tp, msgs in sorted(batch.items(), key=lambda kv: kv[0].partition):
            for m in msgs:
                yield {
                    "topic": tp.topic,
                    "partition": tp.partition,
                    "offset": m.offset,
                    "key": m.key.decode("utf-8", "replace") if m.key is not None else None,
                    "timestamp_ms": m.timestamp,
                    "value": _value(m.value),
                }

"""True end offsets on Tansu (workaround 2 of `streams.tansu_compat`).

Tansu 0.6 answers ListOffsets(LATEST) with "start of the partition's last record batch + 1"
(three batches of 100 records: 201, not 300), but the high watermark in its fetch responses is
right. Faust's table recovery reads end offsets to know when a changelog is replayed, so with
batched writes it stopped early and silently lost the last updates. Instead of making every
produced batch one record (what we did first: ~35% of end-to-end throughput), the worker asks
for the end offsets as usual and then confirms each non-empty one with a fetch from the last
batch, whose response carries the true high watermark.
"""

import logging
import time
from collections.abc import Mapping
from typing import Any

from kafka import KafkaConsumer, TopicPartition

from streams.kafka_security import client_options

log = logging.getLogger(__name__)


def true_end_offsets(
    bootstrap: str, reported: Mapping[Any, int], timeout_s: float = 10.0
) -> dict[Any, int]:
    """`reported` (tp -> ListOffsets answer; tp has `.topic` and `.partition`) corrected by the
    high watermark of one fetch per partition. A partition the fetch does not answer in time
    keeps its reported offset (logged: recovery may then stop early, as before the fix)."""
    out = dict(reported)
    wanted = {TopicPartition(tp.topic, tp.partition): tp for tp, end in reported.items() if end}
    if not wanted:
        return out
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap.split(","),
        group_id=None,
        enable_auto_commit=False,
        fetch_max_wait_ms=10,
        client_id="sitrep-end-offsets",
        **client_options(),
    )
    try:
        consumer.assign(list(wanted))
        for ktp, tp in wanted.items():
            consumer.seek(ktp, reported[tp] - 1)  # inside the last batch
        pending = set(wanted)
        deadline = time.monotonic() + timeout_s
        while pending and time.monotonic() < deadline:
            consumer.poll(timeout_ms=100, max_records=1, update_offsets=False)
            for ktp in list(pending):
                high = consumer.highwater(ktp)
                if high is not None:
                    tp = wanted[ktp]
                    out[tp] = max(out[tp], high)
                    pending.discard(ktp)
        if pending:
            log.warning(
                "no fetch answered for the end offset of %s; using the reported one",
                sorted(f"{t.topic}[{t.partition}]" for t in pending),
            )
    finally:
        consumer.close()
    return out

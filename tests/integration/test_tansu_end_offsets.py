"""End offsets on the real embedded broker are right even when records are written in batches.

Tansu 0.6 answers ListOffsets(LATEST) with the start of the last batch + 1; Faust's changelog
recovery trusts that answer, so Sitrep confirms it with a fetch's high watermark
(`streams.tansu_end_offsets`). That is what lets Faust's producer batch again on Tansu.
"""

import uuid

import pytest
from faust.types import TP
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

from streams.broker import EmbeddedBroker
from streams.tansu_end_offsets import true_end_offsets

pytestmark = pytest.mark.integration


def test_end_offsets_count_every_record_of_batched_writes(broker: EmbeddedBroker) -> None:
    topic = f"end-offsets-{uuid.uuid4().hex[:8]}"
    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])
    admin.close()
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=50)
    for _ in range(3):  # three batches of 100 records on partition 0; partition 1 stays empty
        for i in range(100):
            producer.send(topic, b"x%d" % i, partition=0)
        producer.flush()
    producer.close()

    probe = KafkaConsumer(bootstrap_servers=broker.bootstrap)
    listed = probe.end_offsets([TopicPartition(topic, 0), TopicPartition(topic, 1)])
    probe.close()
    reported = {TP(topic, p.partition): end for p, end in listed.items()}

    print("ListOffsets said", reported)
    ends = true_end_offsets(broker.bootstrap, reported)

    assert ends == {TP(topic, 0): 300, TP(topic, 1): 0}

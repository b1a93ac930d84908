"""Create Sitrep's topics with the partition counts we mean (Tansu would auto-create with 4)."""

import logging
import time

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from streams.config import Settings
from streams.kafka_security import client_options

log = logging.getLogger(__name__)


def create_topics(bootstrap: str, settings: Settings, timeout: float = 20.0) -> list[str]:
    """Create every Sitrep topic that does not exist yet; returns the names created."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            admin = KafkaAdminClient(
                bootstrap_servers=bootstrap, client_id="sitrep-admin", **client_options(settings)
            )
            break
        except KafkaError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    try:
        existing = set(admin.list_topics())
        wanted = [
            NewTopic(
                name,
                num_partitions=1 if name == settings.topics.dead_letters else settings.partitions,
                replication_factor=settings.replication_factor,
            )
            for name in settings.topics.all()
            if name not in existing
        ]
        created: list[str] = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("created topics: %s", ", ".join(created))
        return created
    finally:
        admin.close()

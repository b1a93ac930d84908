"""Send articles to the articles topic with kafka-python (what `sitrep replay` runs)."""

import logging
import random
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from kafka import KafkaProducer

from schemas import Article
from streams.articles import iter_article_paths, read_article_file
from streams.codec import encode
from streams.kafka_security import client_options

log = logging.getLogger(__name__)


def make_producer(bootstrap: str) -> KafkaProducer:
    """An acks=all producer that retries through a broker restart of up to two minutes
    (delivery timeout), reconnecting at least every second."""
    return KafkaProducer(
        bootstrap_servers=bootstrap,
        client_id="sitrep-replay",
        acks="all",
        linger_ms=5,
        delivery_timeout_ms=120_000,
        reconnect_backoff_max_ms=1000,
        enable_idempotence=False,  # Tansu cannot init idempotent producers for aiokafka
        max_request_size=16 * 1024 * 1024,
        **client_options(),
    )


def replay(
    paths: Sequence[Path],
    bootstrap: str,
    topic: str,
    *,
    rate: float | None = None,
    repeat: int = 1,
    shuffle: bool = False,
    seed: int | None = None,
    on_sent: Callable[[int, int], None] | None = None,
) -> int:
    """Send every article file in `paths` `repeat` times; returns how many were acked."""
    files = list(iter_article_paths(paths))
    if not files:
        raise FileNotFoundError(f"no article files under {', '.join(map(str, paths))}")
    articles = [read_article_file(f) for f in files]
    order = [a for _ in range(repeat) for a in articles]
    if shuffle:
        random.Random(seed).shuffle(order)
    sent = send_articles(order, bootstrap, topic, rate=rate, on_sent=on_sent)
    log.info("replayed %d article(s) from %d file(s) to %s", sent, len(files), topic)
    return sent


def send_articles(
    articles: Sequence[Article],
    bootstrap: str,
    topic: str,
    *,
    rate: float | None = None,
    on_sent: Callable[[int, int], None] | None = None,
    stamp: bool = True,
) -> int:
    """Send articles keyed by their content hash, so a re-sent article lands on the same
    partition and is recognised; `stamp` sets `ingested_at` to the send time (for latency);
    `rate` caps articles per second; `on_sent(done, total)` reports progress."""
    producer = make_producer(bootstrap)
    total, sent = len(articles), 0
    interval = 1.0 / rate if rate else 0.0
    started = time.monotonic()
    try:
        futures = []
        for i, article in enumerate(articles):
            if interval:
                delay = started + i * interval - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            payload = (
                article.model_copy(update={"ingested_at": datetime.now(UTC)}) if stamp else article
            )
            futures.append(producer.send(topic, key=article.id.encode(), value=encode(payload)))
            if on_sent and (interval or i % 50 == 0):
                on_sent(i + 1, total)
        producer.flush()
        for fut in futures:
            fut.get(timeout=60)
            sent += 1
        if on_sent:
            on_sent(total, total)
    finally:
        producer.close()
    return sent

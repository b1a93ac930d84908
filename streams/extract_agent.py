"""Stage 1: articles -> incident mentions (keyed by region), with exact-duplicate suppression."""

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta

from faust.types import EventT, StreamT

from schemas import Article
from schemas.vocab import DeadLetterStage
from streams import metrics
from streams.app import (
    app,
    articles_topic,
    at,
    mentions_topic,
    seen_articles,
    seen_window,
    settings,
    window_get,
)
from streams.codec import DecodeError, decode, encode
from streams.dead_letter_sink import dead_letter
from streams.extraction import extract
from streams.fingerprint import fingerprint
from streams.retry import retry_transient

log = logging.getLogger(__name__)


#: A producer clock may run a little ahead; a date further ahead is bogus, not news.
MAX_FUTURE = timedelta(days=2)


def _validate(article: Article) -> None:
    """Checks the schema cannot express: some text, and no dates from the future."""
    if not article.body.strip():
        raise DecodeError("empty_body", "article body is empty or whitespace")
    latest = datetime.now(UTC) + MAX_FUTURE
    if article.published_on is not None and article.published_on > latest.date():
        raise DecodeError("future_date", f"published_on {article.published_on} is in the future")
    if article.ingested_at.tzinfo is None or article.ingested_at > latest:
        raise DecodeError(
            "bad_ingested_at", f"ingested_at {article.ingested_at} is naive or in the future"
        )


@app.agent(articles_topic)
async def extract_agent(stream: StreamT) -> None:
    """Decode, dedup and extract each article; never lets one bad message stop the stream."""
    keep = settings.dead_letter_keep_bytes
    async for event in stream.events():
        try:
            await _process(event, keep)
        finally:
            # Counted when done, so "consumed == sent" means the stage has finished with them.
            metrics.ARTICLES_CONSUMED.inc()


async def _process(event: EventT, keep: int) -> None:
    try:
        article = decode(event.value, Article, max_bytes=settings.max_article_bytes)
        _validate(article)
    except DecodeError as exc:
        stage: DeadLetterStage = (
            "decode" if exc.reason in ("invalid_utf8", "invalid_json") else "validate"
        )
        await dead_letter(event, stage, exc.reason, str(exc), keep)
        return
    # Processing time, not the producer's claim: a bogus ingested_at must not move the horizon.
    ingest_ts = at(seen_window, time.time())
    horizon = seen_window.size
    if any(window_get(seen_articles, article.id, ingest_ts - k * horizon) for k in (0, 1)):
        metrics.ARTICLES_DUPLICATE.inc()
        log.debug("article %s (%s): duplicate, skipped", article.id[:12], article.source)
        return
    started = time.perf_counter()
    try:
        mentions = extract(article)
        if mentions:
            fp = fingerprint(article.body)
            mentions = [m.model_copy(update={"fingerprint": fp}) for m in mentions]
    except Exception as exc:  # the extractor must not take the worker down
        log.exception("extraction failed for article %s", article.id)
        await dead_letter(event, "extract", type(exc).__name__, repr(exc), keep)
        return
    metrics.EXTRACTION_SECONDS.observe(time.perf_counter() - started)

    async def send_all() -> None:
        sent = [
            await mentions_topic.send(key=m.region_code.encode(), value=encode(m)) for m in mentions
        ]
        # Acknowledged before the article is recorded as seen: a crash in between reprocesses
        # it (the incident stage ignores repeats) instead of losing its mentions.
        await asyncio.gather(*sent)

    await retry_transient(send_all, f"article {article.id[:12]}")
    metrics.MENTIONS_PRODUCED.inc(len(mentions))
    at(seen_window, ingest_ts)
    seen_articles[article.id] = ingest_ts
    metrics.ARTICLES_PROCESSED.inc()
    log.debug(
        "article %s (%s): %d incident mention(s)", article.id[:12], article.source, len(mentions)
    )

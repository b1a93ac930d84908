"""Stage 1: articles -> incident mentions (keyed by region), with exact-duplicate suppression.

Articles are taken in batches (`SITREP_BATCH_SIZE`, waiting at most `SITREP_BATCH_WITHIN_MS`)
so the broker round trip that acknowledges a batch's mentions is paid once per batch."""

import logging
import time
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from faust.streams import Stream
from faust.types import EventT, StreamT

from schemas import Article
from schemas.vocab import DeadLetterStage
from streams import metrics
from streams.app import (
    app,
    articles_topic,
    at,
    dead_letters_topic,
    mentions_topic,
    seen_articles,
    seen_window,
    settings,
    window_get,
)
from streams.batching import as_current
from streams.codec import DecodeError, decode
from streams.dead_letter_sink import dead_letter_message
from streams.extract_pool import Extracted, ExtractPool, extract_encoded
from streams.retry import await_acks, retry_transient

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


@dataclass(slots=True)
class _Todo:
    """An article that passed decoding, validation and the duplicate check."""

    event: EventT
    article: Article
    ingest_ts: float


_pool: ExtractPool | None = None


def start_pool(processes: int) -> None:
    """Extract in `processes` child processes from now on (0: in this process)."""
    global _pool
    if processes > 0 and _pool is None:
        _pool = ExtractPool(processes)
        _pool.warm()
        log.info("extracting in %d child process(es)", processes)


def stop_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.close()
        _pool = None


@app.agent(articles_topic)
async def extract_agent(stream: StreamT) -> None:
    """Decode, dedup and extract articles in batches; one bad message never stops the stream."""
    keep = settings.dead_letter_keep_bytes
    within = settings.batch_within_ms / 1000
    batches = cast(Stream, stream).take_events(settings.batch_size, within=within)
    async for events in batches:
        try:
            await _process_batch(events, keep)
        finally:
            # Counted when done, so "consumed == sent" means the stage has finished with them.
            metrics.ARTICLES_CONSUMED.inc(len(events))


async def _extract_all(todo: list[_Todo]) -> list[Extracted]:
    """Each article's mentions: in the child processes when there are any, else here. A
    child that dies takes no article with it: the batch is extracted here instead."""
    if _pool is not None and todo:
        try:
            return await _pool.run([cast(bytes, t.event.value) for t in todo])
        except BrokenProcessPool:
            log.error("an extractor process died; extracting in the worker from now on")
            stop_pool()
    return [extract_encoded(t.article) for t in todo]


async def _process_batch(events: Sequence[EventT], keep: int) -> None:
    """Extract every article, send all mentions, await their acks once, then mark them seen.

    A crash before the last step reprocesses the whole batch (the incident stage ignores
    repeats); no article is recorded as seen before its mentions are acknowledged.
    """
    letters: list[tuple[bytes | None, bytes]] = []
    in_batch: set[str] = set()
    todo: list[_Todo] = []
    for event in events:
        as_current(event)
        item = _admit(event, keep, in_batch, letters)
        if item is not None:
            todo.append(item)
            in_batch.add(item.article.id)
    done: list[tuple[_Todo, Extracted]] = []  # awaiting their mentions' acknowledgements
    for t, result in zip(todo, await _extract_all(todo), strict=True):
        if result.error is not None:
            log.error("extraction failed for article %s: %s", t.article.id, result.error[1])
            kind, detail = result.error
            letters.append(dead_letter_message(t.event, "extract", kind, detail, keep))
            continue
        metrics.EXTRACTION_SECONDS.observe(result.seconds)
        done.append((t, result))

    async def send_all() -> None:
        sent = [
            await mentions_topic.send(key=key, value=value)
            for _, result in done
            for key, value in result.mentions
        ]
        sent += [await dead_letters_topic.send(key=k, value=v) for k, v in letters]
        await await_acks(sent)

    await retry_transient(send_all, f"batch of {len(events)} article(s)")
    for t, result in done:
        as_current(t.event)  # the seen-table write goes to this article's partition
        at(seen_window, t.ingest_ts)
        seen_articles[t.article.id] = 1  # the window says when; 1 is a shared int object
        metrics.MENTIONS_PRODUCED.inc(len(result.mentions))
        metrics.ARTICLES_PROCESSED.inc()
        log.debug(
            "article %s (%s): %d incident mention(s)",
            t.article.id[:12],
            t.article.source,
            len(result.mentions),
        )


def _admit(
    event: EventT, keep: int, in_batch: set[str], letters: list[tuple[bytes | None, bytes]]
) -> _Todo | None:
    """The article to extract, or None (dead-lettered, duplicate) with the reason recorded."""
    try:
        article = decode(event.value, Article, max_bytes=settings.max_article_bytes)
        _validate(article)
    except DecodeError as exc:
        stage: DeadLetterStage = (
            "decode" if exc.reason in ("invalid_utf8", "invalid_json") else "validate"
        )
        letters.append(dead_letter_message(event, stage, exc.reason, str(exc), keep))
        return None
    # Processing time, not the producer's claim: a bogus ingested_at must not move the horizon.
    ingest_ts = at(seen_window, time.time())
    horizon = seen_window.size
    if article.id in in_batch or any(
        window_get(seen_articles, article.id, ingest_ts - k * horizon) for k in (0, 1)
    ):
        metrics.ARTICLES_DUPLICATE.inc()
        log.debug("article %s (%s): duplicate, skipped", article.id[:12], article.source)
        return None
    return _Todo(event, article, ingest_ts)

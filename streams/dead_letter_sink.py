"""A failure as a dead letter (counted and logged), for the agents to send with their outputs."""

import logging

from faust.types import EventT

from schemas.vocab import DeadLetterStage
from streams import metrics
from streams.codec import encode
from streams.dead_letters import make_dead_letter

log = logging.getLogger(__name__)


def dead_letter_message(
    event: EventT, stage: DeadLetterStage, reason: str, error: str, keep_bytes: int
) -> tuple[bytes | None, bytes]:
    """Count and log `event`'s message as a dead letter at `stage` with `reason`; returns the
    (key, value) to send, so a batch can send it with its other outputs (and resend it)."""
    msg = event.message
    value = msg.value if isinstance(msg.value, bytes | None) else str(msg.value).encode()
    key = msg.key if isinstance(msg.key, bytes | None) else str(msg.key).encode()
    letter = make_dead_letter(
        stage=stage,
        reason=reason,
        error=error,
        payload=value,
        key=key,
        topic=msg.topic,
        partition=msg.partition,
        offset=msg.offset,
        keep_bytes=keep_bytes,
    )
    metrics.DEAD_LETTERS.labels(stage=stage, reason=reason).inc()
    log.warning(
        "dead letter: stage=%s reason=%s %s[%s]@%s: %s",
        stage,
        reason,
        msg.topic,
        msg.partition,
        msg.offset,
        error[:200],
    )
    return key, encode(letter)

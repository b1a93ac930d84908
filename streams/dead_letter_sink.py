"""Send a failure to the dead-letter topic and count it; never raises into the agent."""

import logging

from faust.types import EventT

from schemas.vocab import DeadLetterStage
from streams import metrics
from streams.codec import encode
from streams.dead_letters import make_dead_letter

log = logging.getLogger(__name__)


async def dead_letter(
    event: EventT, stage: DeadLetterStage, reason: str, error: str, keep_bytes: int
) -> None:
    """Record `event`'s message as a dead letter at `stage` with `reason`."""
    from streams.app import dead_letters_topic

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
    await dead_letters_topic.send(key=key, value=encode(letter))

"""Turn any failure into a `DeadLetter`: stage, reason, where it came from, the original bytes."""

import base64
from datetime import UTC, datetime

from schemas import DeadLetter
from schemas.vocab import DeadLetterStage

_ERROR_MAX = 2000


def make_dead_letter(
    *,
    stage: DeadLetterStage,
    reason: str,
    error: str,
    payload: bytes | None,
    key: bytes | None,
    topic: str,
    partition: int | None,
    offset: int | None,
    keep_bytes: int,
) -> DeadLetter:
    """Build the dead letter; payloads over `keep_bytes` keep a prefix and say so."""
    data = payload or b""
    kept = data[:keep_bytes]
    return DeadLetter(
        stage=stage,
        reason=reason,
        error=error[:_ERROR_MAX],
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        payload_b64=base64.b64encode(kept).decode("ascii"),
        payload_size=len(data),
        payload_truncated=len(kept) < len(data),
        failed_at=datetime.now(UTC),
    )

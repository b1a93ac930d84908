"""The dead-letter contract: nothing is lost, and every failure says where and why."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from schemas.vocab import DeadLetterStage


class DeadLetter(BaseModel):
    """A message a stage could not process. The original bytes are kept, base64-encoded."""

    model_config = ConfigDict(extra="forbid")

    stage: DeadLetterStage
    reason: str = Field(description="Short machine-readable cause, e.g. `invalid_json`.")
    error: str = Field(description="Human-readable error, truncated.")
    source_topic: str
    source_partition: int | None = None
    source_offset: int | None = None
    key_b64: str | None = None
    payload_b64: str = Field(description="Original payload bytes, base64 (binary safe).")
    payload_size: int = Field(ge=0)
    payload_truncated: bool = Field(
        default=False, description="True when the payload was larger than the kept prefix."
    )
    failed_at: datetime

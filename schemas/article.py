"""The input contract: one news report as it enters `sitrep.articles`."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Article(BaseModel):
    """A news report. `id` is a stable content hash, so a replay or a retry keeps its id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=8, max_length=128, description="Stable content hash of the body.")
    source: str = Field(
        max_length=2048, description="Where it came from: a URL, an outlet, or a file name."
    )
    title: str | None = Field(default=None, max_length=2048)
    published_on: date | None = Field(
        default=None, description="Publication date if the sender knows it; else inferred."
    )
    body: str = Field(description="The article text, boilerplate included.")
    ingested_at: datetime = Field(
        description="When the producer sent it: an RFC 3339 timestamp with a zone (a bare "
        "number is refused rather than read as Unix time).",
    )

    @field_validator("ingested_at", mode="before")
    @classmethod
    def _no_unix_numbers(cls, value: object) -> object:
        """A number here is far more likely a bug upstream than a deliberate Unix time."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError("ingested_at must be an RFC 3339 timestamp, not a number")
        return value

"""The input contract: one news report as it enters `sitrep.articles`."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field


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
    ingested_at: datetime = Field(description="When the producer sent it (UTC).")

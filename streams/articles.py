"""Read article files in the seed format and give each a stable id.

Format: an optional first line ` date YYYY-MM-DD` (leading space allowed), then the body. The
id is a content hash of the body, so a replay, a retry or a copy of the file keeps its id.
"""

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from schemas import Article

_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_TITLE_MAX = 200


def article_id(body: str) -> str:
    """Stable content hash (first 16 bytes of SHA-256, hex) of the normalised body."""
    normalised = " ".join(body.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def parse_article_text(text: str, source: str, ingested_at: datetime | None = None) -> Article:
    """Split the optional date header from the body and build an `Article`."""
    published: date | None = None
    m = _DATE_HEADER.match(text)
    if m:
        try:
            published = date.fromisoformat(m.group(1))
        except ValueError:
            published = None
        text = text[m.end() :]
    body = text.strip("\n")
    first_line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    title = first_line[:_TITLE_MAX] or None
    return Article(
        id=article_id(body),
        source=source,
        title=title,
        published_on=published,
        body=body,
        ingested_at=ingested_at or datetime.now(UTC),
    )


def read_article_file(path: Path) -> Article:
    """Read one article file; `source` is its basename (what the eval scorer keys on)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return parse_article_text(text, source=path.name)


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand directories to their `*.txt` files, sorted; keep files as given."""
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.glob("*.txt") if q.is_file())
        else:
            yield p

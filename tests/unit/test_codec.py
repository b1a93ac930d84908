"""The byte boundary: each kind of bad payload maps to its own reason code."""

import json

import pytest

from schemas import Article
from streams.codec import DecodeError, decode

GOOD = {"id": "a" * 16, "source": "s", "body": "b", "ingested_at": "2024-01-01T00:00:00Z"}


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (None, "empty_payload"),
        (b"", "empty_payload"),
        (b"\xff\xfe\xfa", "invalid_utf8"),
        (b"{nope", "invalid_json"),
        (b"[1, 2]", "schema"),
        (json.dumps({**GOOD, "ingested_at": "yesterday"}).encode(), "schema"),
        (json.dumps({**GOOD, "published_on": "9999-99-99"}).encode(), "schema"),
    ],
)
def test_bad_payloads_have_precise_reasons(payload: bytes | None, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode(payload, Article)
    assert info.value.reason == reason


def test_size_cap_applies_before_parsing() -> None:
    big = json.dumps({**GOOD, "body": "x" * 5000}).encode()
    with pytest.raises(DecodeError) as info:
        decode(big, Article, max_bytes=1024)
    assert info.value.reason == "too_large"
    assert decode(big, Article).body == "x" * 5000

"""Topic contracts: the committed JSON Schema files match the models, and models reject junk."""

import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from schemas import TOPIC_MODELS, Article, DeadLetter
from schemas.export import JSON_DIR, render


def test_committed_json_schemas_match_the_models() -> None:
    rendered = render()
    committed = {p.name: p.read_text(encoding="utf-8") for p in JSON_DIR.glob("*.json")}
    assert set(committed) == set(rendered), "run: python -m schemas.export"
    for name, text in rendered.items():
        assert committed[name] == text, f"{name} is stale: run python -m schemas.export"


def test_every_topic_has_a_schema_with_required_fields() -> None:
    for name, model in TOPIC_MODELS.items():
        schema = json.loads((JSON_DIR / f"{name}.schema.json").read_text())
        assert schema["title"] == model.__name__
        assert schema.get("required"), name


def test_article_rejects_unknown_fields_and_bad_dates() -> None:
    good = {"id": "a" * 16, "source": "s", "body": "b", "ingested_at": "2024-01-01T00:00:00Z"}
    Article.model_validate(good)
    with pytest.raises(ValidationError):
        Article.model_validate({**good, "extra": 1})
    with pytest.raises(ValidationError):
        Article.model_validate({**good, "published_on": "2024-13-45"})
    with pytest.raises(ValidationError):
        Article.model_validate({k: v for k, v in good.items() if k != "body"})


def test_dead_letter_is_json_safe_for_binary_payloads() -> None:
    from streams.dead_letters import make_dead_letter

    letter = make_dead_letter(
        stage="decode",
        reason="invalid_utf8",
        error="bad",
        payload=b"\xff" * 10,
        key=b"\x00",
        topic="t",
        partition=0,
        offset=5,
        keep_bytes=4,
    )
    round_trip = DeadLetter.model_validate_json(letter.model_dump_json())
    assert round_trip.payload_size == 10 and round_trip.payload_truncated
    assert round_trip.failed_at <= datetime.now(UTC)

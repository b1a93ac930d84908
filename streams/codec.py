"""The byte boundary: topic payloads are JSON made by the pydantic models in `schemas/`.

Faust topics carry raw bytes; every agent decodes with `decode()` inside its own error handling,
so a bad payload becomes a dead letter instead of an exception inside Faust.
"""

from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class DecodeError(ValueError):
    """A payload that is not a valid instance of the expected model; `reason` is a short code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def encode(model: BaseModel) -> bytes:
    """Serialise a model to its topic payload."""
    return model.model_dump_json().encode("utf-8")


def decode(payload: bytes | None, model: type[M], max_bytes: int | None = None) -> M:
    """Parse and validate a payload, or raise DecodeError with a precise reason."""
    if payload is None or len(payload) == 0:
        raise DecodeError("empty_payload", "message has no value")
    if max_bytes is not None and len(payload) > max_bytes:
        raise DecodeError(
            "too_large", f"payload is {len(payload)} bytes, over the {max_bytes}-byte limit"
        )
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError("invalid_utf8", f"payload is not UTF-8: {exc}") from exc
    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            raise DecodeError("invalid_json", f"payload is not JSON: {first['msg']}") from exc
        where = ".".join(str(p) for p in first["loc"]) or "<root>"
        raise DecodeError(
            "schema",
            f"{model.__name__} invalid at {where}: {first['msg']} ({exc.error_count()} errors)",
        ) from exc

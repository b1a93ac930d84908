"""The worker's malloc settings apply on glibc and leave an explicit environment alone."""

import pytest

from streams import malloc_tuning


def test_tune_applies_on_glibc_unless_the_environment_chose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in malloc_tuning.ENV:
        monkeypatch.delenv(name, raising=False)
    assert malloc_tuning.tune() is True  # CI and the Docker image run glibc
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert malloc_tuning.tune() is False

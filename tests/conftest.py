"""Shared fixtures: one real Tansu broker per test session, on a free loopback port."""

import os
from collections.abc import Iterator
from pathlib import Path

# The suite tests the sources as written: a `sitrep compile` build in the user's cache is not
# picked up (test_extraction_compiled.py builds its own and checks it gives the same output).
os.environ.setdefault("SITREP_COMPILED_EXTRACTOR", "off")

import pytest

from streams.broker import EmbeddedBroker


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log) as b:
        yield b


@pytest.fixture(scope="session")
def session_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sitrep")

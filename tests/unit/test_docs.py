"""The README documents every setting and every metric, so the docs cannot drift from the code."""

import re

from prometheus_client import REGISTRY

import streams.metrics  # noqa: F401  (registers the metrics)
from streams.config import Settings, TopicNames
from tests.kafka_helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented() -> None:
    names = [f"SITREP_{n.upper()}" for n in Settings.model_fields if n != "topics"]
    names += [f"SITREP_TOPIC_{n.upper()}" for n in TopicNames.model_fields]
    missing = [n for n in names if f"`{n}`" not in README]
    assert not missing, f"undocumented settings: {missing}"


def test_every_sitrep_metric_is_documented() -> None:
    ours = {m.name for m in REGISTRY.collect() if m.name.startswith("sitrep_")}
    # prometheus-client strips `_total` from counter family names.
    documented = set(re.findall(r"`(sitrep_[a-z_]+)`", README))
    missing = [n for n in ours if n not in documented and f"{n}_total" not in documented]
    assert not missing, f"undocumented metrics: {missing}"


def test_the_two_commands_come_first() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert "make run" in first_block and "make test" in first_block

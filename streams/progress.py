"""Read a worker's progress from its own /metrics: how `sitrep run --once` knows it is done."""

import urllib.request
from dataclasses import dataclass

from prometheus_client.parser import text_string_to_metric_families


@dataclass(frozen=True)
class WorkerProgress:
    """Counters that say how far the worker has got."""

    articles_consumed: float = 0.0
    articles_processed: float = 0.0
    articles_duplicate: float = 0.0
    dead_letters: float = 0.0
    mentions_produced: float = 0.0
    mentions_consumed: float = 0.0
    up: bool = False

    def caught_up(self, articles_sent: int) -> bool:
        """Every sent article done, and every mention it produced merged."""
        return (
            self.articles_consumed >= articles_sent
            and self.mentions_consumed >= self.mentions_produced
        )


def scrape(url: str, timeout: float = 2.0) -> WorkerProgress:
    """Scrape the worker's metrics endpoint; raises OSError if it does not answer."""
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        text = resp.read().decode("utf-8")
    values: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if not sample.labels:
                values[sample.name] = sample.value
            elif sample.name == "sitrep_dead_letters_total":
                values[sample.name] = values.get(sample.name, 0.0) + sample.value
    return WorkerProgress(
        articles_consumed=values.get("sitrep_articles_consumed_total", 0.0),
        articles_processed=values.get("sitrep_articles_processed_total", 0.0),
        articles_duplicate=values.get("sitrep_articles_duplicate_total", 0.0),
        dead_letters=values.get("sitrep_dead_letters_total", 0.0),
        mentions_produced=values.get("sitrep_mentions_produced_total", 0.0),
        mentions_consumed=values.get("sitrep_mentions_consumed_total", 0.0),
        up=values.get("sitrep_worker_up", 0.0) == 1.0,
    )

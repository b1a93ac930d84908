"""Runtime settings: every knob is a `SITREP_*` environment variable, and CLI flags override them.

One `Settings` object is built per process (`get_settings()`); the CLI writes flag values into
the environment before the worker starts, so a worker subprocess sees the same configuration.
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class TopicNames(BaseSettings):
    """Topic names (env: `SITREP_TOPIC_ARTICLES`, ...)."""

    model_config = SettingsConfigDict(env_prefix="SITREP_TOPIC_", extra="ignore")

    articles: str = "sitrep.articles"
    mentions: str = "sitrep.mentions"
    incidents: str = "sitrep.incidents"
    alerts: str = "sitrep.alerts"
    dead_letters: str = "sitrep.dead-letters"
    region_counts: str = "sitrep.region-counts"

    def all(self) -> list[str]:
        """Every topic Sitrep owns, in pipeline order."""
        return [
            self.articles,
            self.mentions,
            self.incidents,
            self.alerts,
            self.region_counts,
            self.dead_letters,
        ]


class Settings(BaseSettings):
    """Sitrep's settings. Field `x` is read from env var `SITREP_X`."""

    model_config = SettingsConfigDict(env_prefix="SITREP_", extra="ignore")

    kafka_bootstrap: str | None = Field(
        default=None,
        description="HOST:PORT[,HOST:PORT]. Unset: `sitrep run` starts an embedded broker.",
    )
    embedded_broker: bool = Field(
        default=False,
        description="Set by `sitrep run` for its own Tansu broker: enables the Tansu workarounds.",
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        default="PLAINTEXT", description="How every Sitrep client talks to Kafka."
    )
    kafka_ssl_cafile: Path | None = Field(
        default=None, description="CA bundle that signed the broker certificate (SSL, SASL_SSL)."
    )
    kafka_ssl_certfile: Path | None = Field(
        default=None, description="Client certificate, for brokers that require mutual TLS."
    )
    kafka_ssl_keyfile: Path | None = Field(default=None, description="Client certificate key.")
    kafka_ssl_check_hostname: bool = Field(
        default=True, description="Check the broker certificate's host name."
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = Field(
        default="PLAIN", description="SASL mechanism (SASL_PLAINTEXT, SASL_SSL)."
    )
    kafka_sasl_username: str | None = Field(default=None)
    kafka_sasl_password: SecretStr | None = Field(default=None)
    app_id: str = Field(default="sitrep", description="Faust app id = consumer group id.")
    partitions: int = Field(default=4, ge=1, description="Partitions per topic when created.")
    replication_factor: int = Field(default=1, ge=1)
    store: str = Field(default="memory://", description="Table store: memory:// or rocksdb://.")
    data_dir: Path = Field(default=Path(".sitrep"), description="Worker state (tables) folder.")
    metrics_port: int = Field(default=9464, ge=0, le=65535, description="0 disables /metrics.")
    metrics_host: str = Field(default="127.0.0.1")
    web_port: int = Field(default=6066, ge=1, le=65535, description="Faust's own web port.")
    max_article_bytes: int = Field(
        default=512 * 1024, ge=1024, description="Larger articles are dead-lettered."
    )
    dead_letter_keep_bytes: int = Field(
        default=64 * 1024, ge=0, description="How much of a bad payload the dead letter keeps."
    )
    alert_rules: Path | None = Field(
        default=None, description="Alert rules TOML (default: streams/alert_rules.toml)."
    )
    window_expires_days: int = Field(
        default=400,
        ge=30,
        description="Region-day state (incidents, counts, alert state) is kept this many days "
        "behind the newest event time; a later report of an older incident starts it again "
        "at revision 1. >= 30 so the surge rule's 28-day trailing mean is available.",
    )
    max_sources: int = Field(
        default=20,
        ge=1,
        description="Accounts an incident lists in `sources`; beyond them a source is folded "
        "into the counts and figures only, so a mass attack reported by thousands of articles "
        "stays a bounded message and a bounded merge.",
    )
    dedup_horizon_days: int = Field(
        default=1,
        ge=1,
        description="Exact-duplicate articles are skipped before extraction for at least this "
        "long (up to twice). Only a saving: a later copy changes no incident (sources are keyed "
        "by article id), and each remembered id costs ~290 bytes of worker memory.",
    )
    fetch_max_wait_ms: int = Field(
        default=10, ge=1, description="Consumer fetch wait on the embedded broker (Tansu only)."
    )
    batch_size: int = Field(
        default=100,
        ge=1,
        description="Articles the extract stage takes at once; their outputs are acknowledged "
        "together (one broker round trip per batch, not per article).",
    )
    batch_within_ms: int = Field(
        default=20,
        ge=1,
        description="How long the extract stage waits to fill a batch: the latency it may add.",
    )
    extract_processes: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Child processes that extract articles beside the worker's event loop "
        "(0: extract in the worker). Each loads its own gazetteer (~100 MB); worth it with a "
        "spare core per process.",
    )
    stream_buffer: int = Field(
        default=4096,
        ge=8,
        description="Events Faust buffers per topic before it stops fetching that partition "
        "(`stream_buffer_maxsize`): bounds the worker's memory when a stage falls behind.",
    )
    tracemalloc_frames: int = Field(
        default=0,
        ge=0,
        description="Diagnosis only: trace allocations with this many frames; SIGUSR2 then "
        "writes a snapshot to the data dir (`streams/memdiag.py`). 0: off.",
    )
    log_level: str = Field(default="info")
    topics: TopicNames = Field(default_factory=TopicNames)

    def broker_url(self) -> str:
        """Faust broker URL: `sitrep://` (Faust's aiokafka transport with our fixes), or
        `tansu://` (the same plus the Tansu workarounds) for the embedded broker."""
        if not self.kafka_bootstrap:
            raise RuntimeError(
                "no Kafka bootstrap server: set SITREP_KAFKA_BOOTSTRAP or pass --bootstrap"
            )
        scheme = "tansu" if self.embedded_broker else "sitrep"
        return ";".join(f"{scheme}://{h.strip()}" for h in self.kafka_bootstrap.split(","))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()

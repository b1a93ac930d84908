"""The Faust app, its topics and its tables: the wiring, no processing logic.

Topology (two hops, so each message costs two Faust rounds, not five):
  articles --extract_agent--> mentions (keyed by region) --incident_agent--> incidents,
  alerts, region-counts; failures of either stage go to dead-letters.
Keying mentions by region lets one agent own a region's incidents, day counts and alert state,
all co-partitioned, with no further repartition.
"""

import contextvars
from typing import Any

import faust

from streams import faust_fixes, faust_tables, tansu_compat
from streams.config import Settings, get_settings
from streams.kafka_security import faust_credentials
from streams.windows import DAY, EventTimeTumbling

#: Event time (epoch seconds) of the mention being processed; windowed tables read it.
EVENT_TIME: contextvars.ContextVar[float] = contextvars.ContextVar("sitrep_event_time")


def _event_time(_event: Any) -> float:
    return EVENT_TIME.get()


def create_app(settings: Settings) -> faust.App:
    """Build the app from settings; the embedded broker adds the Tansu workarounds."""
    extra: dict[str, Any] = {}
    faust_fixes.register()
    if settings.embedded_broker:
        tansu_compat.register()
        extra.update(tansu_compat.faust_settings_for_tansu())
    return faust.App(
        settings.app_id,
        broker=settings.broker_url() if settings.kafka_bootstrap else "sitrep://localhost:9092",
        broker_credentials=faust_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        processing_guarantee="at_least_once",
        web_enabled=False,
        web_port=settings.web_port,
        web_bind="127.0.0.1",
        table_cleanup_interval=30.0,
        stream_buffer_maxsize=settings.stream_buffer,
        Table=faust_tables.Table,
        **extra,
    )


settings = get_settings()
app = create_app(settings)


def _raw_topic(name: str, partitions: int) -> faust.TopicT:
    """Bytes in, bytes out: agents decode with pydantic, so bad input can be dead-lettered."""
    return app.topic(
        name,
        partitions=partitions,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
    )


articles_topic = _raw_topic(settings.topics.articles, settings.partitions)
mentions_topic = _raw_topic(settings.topics.mentions, settings.partitions)
incidents_topic = _raw_topic(settings.topics.incidents, settings.partitions)
alerts_topic = _raw_topic(settings.topics.alerts, settings.partitions)
region_counts_topic = _raw_topic(settings.topics.region_counts, settings.partitions)
dead_letters_topic = _raw_topic(settings.topics.dead_letters, 1)


def _windowed(name: str, days: float, expires_days: float) -> tuple[Any, EventTimeTumbling]:
    """A table in one-day (or `days`) event-time windows; returns (table wrapper, window)."""
    window = EventTimeTumbling(days * DAY, expires_days * DAY)
    table = app.Table(name, default=None, partitions=settings.partitions)
    wrapper = table.using_window(window).relative_to(_event_time)  # type: ignore[attr-defined]
    return wrapper, window


#: article id -> 1, in windows of the dedup horizon (ingest time): exact duplicates.
seen_articles, seen_window = _windowed(
    "seen-articles", settings.dedup_horizon_days, 2 * settings.dedup_horizon_days
)
#: region code -> that event day's state: {"incidents": {key: Incident}, "alerts": {id: state}}.
#: One value per region-day makes each change one changelog write (atomic); counts are derived.
region_days, region_days_window = _windowed("region-days", 1, settings.window_expires_days)
#: region code -> first incident id ever seen there (a few hundred keys at most).
regions_seen = app.Table("regions-seen", default=None, partitions=settings.partitions)


def at(window: EventTimeTumbling, ts: float) -> float:
    """Point windowed-table reads and writes at event time `ts` (and advance stream time)."""
    window.observe(ts)
    EVENT_TIME.set(ts)
    return ts


def window_get(wrapper: Any, key: str, ts: float) -> Any:
    """The value of `key` in the window holding event time `ts`, or None (no side effects)."""
    table = wrapper.table
    return table.get((key, table.window.current(ts)))

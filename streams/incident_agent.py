"""Stage 2: mentions -> canonical incidents, region counts and alerts (one region's owner).

Everything is keyed by region (the mentions topic key), so the region-day state table is
co-partitioned with the stream and needs no further hop. All windows are in event time (the
incident's day); an undated incident falls back to its ingest day for windows only.

Crash safety (at-least-once): mentions are taken in batches; a batch's outputs are sent and
their acknowledgements awaited *before* the new state is written. A crash before the state
write means the batch is processed again and the same outputs (same ids, same revisions) are
sent again; a crash after it means they were already delivered. Either way nothing is lost and
nothing is counted twice.
"""

import dataclasses
import logging
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from faust.streams import Stream
from faust.types import EventT, StreamT

from schemas import Alert, Incident, IncidentMention, RegionCounts
from streams import metrics
from streams.alert_config import AlertRules, cached_rules
from streams.app import (
    alerts_topic,
    app,
    at,
    dead_letters_topic,
    incidents_topic,
    mentions_topic,
    region_counts_topic,
    region_days,
    region_days_window,
    regions_seen,
    settings,
    window_get,
)
from streams.batching import as_current
from streams.codec import DecodeError, decode, encode
from streams.dead_letter_sink import dead_letter_message
from streams.merge import incident_key, merge
from streams.region_state import (
    State,
    counts,
    incident_of,
    same_counts,
    week_start,
    with_incident,
)
from streams.retry import await_acks, retry_transient
from streams.rules import AlertDraft, incident_alerts, new_region_alert, surge_alert
from streams.windows import day_time, days_back

log = logging.getLogger(__name__)

#: Mentions dated further ahead than this are refused: a bogus future date would move stream
#: time and expire every window.
MAX_FUTURE = timedelta(days=2)


def rules() -> AlertRules:
    return cached_rules(str(settings.alert_rules) if settings.alert_rules else None)


def _state(region: str, day: date) -> State | None:
    state: State | None = window_get(region_days, region, day_time(day))
    return state


class Outbox:
    """Outputs collected while processing a batch; `deliver()` sends them all and waits for
    every acknowledgement (resending them all after a broker error: ids are idempotent)."""

    def __init__(self) -> None:
        self.items: list[tuple[Any, bytes | None, bytes]] = []

    async def send(self, topic: Any, key: str, payload: Any) -> None:
        self.items.append((topic, key.encode(), encode(payload)))

    def add_raw(self, topic: Any, key: bytes | None, value: bytes) -> None:
        self.items.append((topic, key, value))

    def extend(self, other: "Outbox") -> None:
        self.items.extend(other.items)

    async def deliver(self) -> None:
        sent = [await t.send(key=k, value=v) for t, k, v in self.items]
        await await_acks(sent)


class Batch:
    """State written by the mentions of one batch, read before the table (which is written
    only after the batch's outputs are acknowledged)."""

    def __init__(self) -> None:
        self.states: dict[tuple[str, date], tuple[EventT, State]] = {}
        self.regions_seen: dict[str, tuple[EventT, str]] = {}
        self.out = Outbox()
        self.counts: dict[tuple[str, str, date], RegionCounts] = {}
        """The last counts of each region window changed in this batch: counts are a state,
        so only the batch's final value is worth a message (one per window, not per mention)."""
        self.done: list[tuple[Incident, Incident | None, datetime]] = []

    def state(self, region: str, day: date) -> State | None:
        got = self.states.get((region, day))
        if got is not None:
            return got[1]
        return _state(region, day)

    def region_seen(self, region: str) -> bool:
        return region in self.regions_seen or regions_seen.get(region) is not None


def _alert(draft: AlertDraft, revision: int, ingested_at: datetime | None, now: datetime) -> Alert:
    return Alert(
        alert_id=draft.alert_id,
        revision=revision,
        rule=draft.rule,
        severity=draft.severity,
        region_code=draft.region_code,
        region_name=draft.region_name,
        lat=draft.lat,
        lon=draft.lon,
        window_start=draft.window_start,
        window_end=draft.window_end,
        figures=draft.figures,
        incident_ids=list(draft.incident_ids),
        sources=list(draft.sources),
        message=draft.message,
        created_at=now,
        ingested_at=ingested_at,
    )


async def _emit_alerts(
    drafts: list[AlertDraft], state: State, new: Incident, out: Outbox, now: datetime
) -> None:
    """Send each draft whose content changed as a new alert revision; record it in `state`."""
    for draft in drafts:
        previous = state["alerts"].get(draft.alert_id)
        content = draft.content()
        if previous is not None and previous["content"] == content:
            continue
        revision = (previous["revision"] + 1) if previous else 1
        alert = _alert(draft, revision, new.ingested_at, now)
        await out.send(alerts_topic, draft.alert_id, alert)
        state["alerts"][draft.alert_id] = {"revision": revision, "content": content}
        metrics.ALERTS.labels(rule=draft.rule, severity=draft.severity).inc()
        if new.ingested_at is not None:
            metrics.INGEST_TO_ALERT_SECONDS.observe(
                max(0.0, (now - new.ingested_at).total_seconds())
            )
        log.info(
            "alert %s rev %d [%s/%s] %s",
            alert.alert_id,
            revision,
            alert.rule,
            alert.severity,
            alert.message,
        )


async def _publish_counts(
    new: Incident,
    day: date,
    before: State | None,
    after: State,
    now: datetime,
    batch: Batch,
    changed: dict[tuple[str, str, date], RegionCounts],
) -> int:
    """Note the 1d and 7d counts in `changed` if they changed; returns the day's count."""
    region, name = new.region_code, new.region_name
    earlier = [batch.state(region, d) for d in days_back(day, 6)]
    for window, start, states in (("1d", day, []), ("7d", week_start(day), earlier)):
        old = counts(region, name, window, start, day, [before, *states], now)
        fresh = counts(region, name, window, start, day, [after, *states], now)
        metrics.REGION_WINDOW_INCIDENTS.labels(region, name or region, window).set(fresh.incidents)
        if not same_counts(old, fresh):
            changed[(region, window, start)] = fresh
    return len(after["incidents"])


def _surge(new: Incident, day: date, today: int, after: State, batch: Batch) -> AlertDraft | None:
    r = rules().regional_surge
    trailing = [
        len((batch.state(new.region_code, d) or {}).get("incidents", {}))
        for d in days_back(day, r.trailing_days)
    ]
    ids = sorted(i["incident_id"] for i in after["incidents"].values())
    draft = surge_alert(
        new.region_code, new.region_name, day, today, ids, sum(trailing) / len(trailing), rules()
    )
    if draft is None:
        return None
    lat, lon = _anchor(after)
    return dataclasses.replace(draft, lat=lat, lon=lon)


def _anchor(state: State) -> tuple[float | None, float | None]:
    """Coordinates for a region-day alert: those of its first incident (by id) that has any.
    (Not the incident that happened to trigger the check: the alert would flap between them.)"""
    for entry in sorted(state["incidents"].values(), key=lambda e: e["incident_id"]):
        incident = incident_of(entry)
        if incident.lat is not None:
            return incident.lat, incident.lon
    return None, None


def _domain_metrics(new: Incident, old: Incident | None) -> None:
    name = new.region_name or new.region_code
    if old is None:
        for a in new.attack_types or ["unknown"]:
            metrics.REGION_INCIDENTS.labels(new.region_code, name, a).inc()
        if new.lat is not None and new.lon is not None:
            metrics.REGION_INFO.labels(
                new.region_code, name, f"{new.lat:.4f}", f"{new.lon:.4f}"
            ).set(1)
    killed = (new.figures.killed or 0) - ((old.figures.killed or 0) if old else 0)
    injured = (new.figures.injured or 0) - ((old.figures.injured or 0) if old else 0)
    if killed > 0:
        metrics.REGION_KILLED.labels(new.region_code, name).inc(killed)
    if injured > 0:
        metrics.REGION_INJURED.labels(new.region_code, name).inc(injured)


@app.agent(mentions_topic)
async def incident_agent(stream: StreamT) -> None:
    """Merge mentions into incidents in batches; emit revisions, counts and alerts on change."""
    keep = settings.dead_letter_keep_bytes
    within = settings.batch_within_ms / 1000
    async for events in cast(Stream, stream).take_events(settings.batch_size, within=within):
        try:
            await _process_batch(events, keep)
        finally:
            # Counted when done, so "consumed == produced" means this stage has caught up.
            metrics.MENTIONS_CONSUMED.inc(len(events))


async def _process_batch(events: Sequence[EventT], keep: int) -> None:
    """Merge every mention (reading the batch's own new state first), deliver all outputs and
    await their acks once, then write the state that records them.

    A crash before the state write reprocesses the batch and sends the same ids and revisions
    again; one region-day is written once per batch, not once per mention.
    """
    batch = Batch()
    for event in events:
        as_current(event)
        try:
            mention = decode(event.value, IncidentMention)
            if (
                mention.occurred_on
                and mention.occurred_on > (datetime.now(UTC) + MAX_FUTURE).date()
            ):
                raise DecodeError(
                    "future_date", f"occurred_on {mention.occurred_on} is in the future"
                )
        except DecodeError as exc:
            key, value = dead_letter_message(event, "validate", exc.reason, str(exc), keep)
            batch.out.add_raw(dead_letters_topic, key, value)
            continue
        try:
            await _process(mention, event, batch)
        except Exception as exc:
            log.exception("merge failed for mention %s", mention.mention_id)
            key, value = dead_letter_message(event, "merge", type(exc).__name__, repr(exc), keep)
            batch.out.add_raw(dead_letters_topic, key, value)
    for (region, _, _), fresh in batch.counts.items():
        await batch.out.send(region_counts_topic, region, fresh)
    await retry_transient(batch.out.deliver, f"batch of {len(events)} mention(s)")
    for region, (event, incident_id) in batch.regions_seen.items():
        as_current(event)
        regions_seen[region] = incident_id
    for (region, day), (event, state) in batch.states.items():
        as_current(event)  # the changelog write goes to this region's partition
        at(region_days_window, day_time(day))
        region_days[region] = state
    for new, old, now in batch.done:
        metrics.INCIDENTS.labels(event="created" if old is None else "revised").inc()
        if new.ingested_at is not None:
            metrics.INGEST_TO_INCIDENT_SECONDS.observe(
                max(0.0, (now - new.ingested_at).total_seconds())
            )
        _domain_metrics(new, old)
        log.debug(  # one line per revision is too many at firehose rates (~4% of worker CPU)
            "incident %s rev %d: %s %s sources=%d",
            new.incident_id,
            new.revision,
            new.region_code,
            new.occurred_on,
            new.source_count,
        )


async def _process(mention: IncidentMention, event: EventT, batch: Batch) -> None:
    """Merge one mention; its outputs join the batch's only if all of them could be made."""
    now = datetime.now(UTC)
    key = incident_key(mention)
    day = mention.occurred_on or (mention.ingested_at or now).date()
    before = batch.state(mention.region_code, day)
    stored = (before or {}).get("incidents", {}).get(key)
    old = incident_of(stored) if stored is not None else None
    new = merge(old, mention, now, settings.max_sources)
    if new is None:
        return
    after = with_incident(before, key, new)
    out = Outbox()
    await out.send(incidents_topic, new.incident_id, new)
    changed: dict[tuple[str, str, date], RegionCounts] = {}
    today = await _publish_counts(new, day, before, after, now, batch, changed)
    drafts = incident_alerts(new, rules())
    surge = _surge(new, day, today, after, batch)
    if surge is not None:
        drafts.append(surge)
    first_in_region = old is None and not batch.region_seen(new.region_code)
    if first_in_region:
        # Fires once per region and is never revised: it marks when the feed first saw the
        # region, which (unlike the other rules) depends on arrival order by its nature.
        first = new_region_alert(new, rules())
        if first is not None:
            drafts.append(first)
    await _emit_alerts(drafts, after, new, out, now)
    batch.out.extend(out)
    batch.counts.update(changed)  # a later change in the batch wins
    if first_in_region:
        batch.regions_seen[new.region_code] = (event, new.incident_id)
    batch.states[(mention.region_code, day)] = (event, after)
    batch.done.append((new, old, now))

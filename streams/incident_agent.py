"""Stage 2: mentions -> canonical incidents, region day counts and alerts (one region's owner).

Everything here is keyed by region (the mentions topic key), so the incident, window and alert
tables are co-partitioned with the stream and need no further hop.
"""

import logging
from datetime import UTC, datetime, time

from faust.types import StreamT

from schemas import Alert, Incident, IncidentMention, RegionCounts
from streams import metrics
from streams.app import (
    EVENT_TIME,
    alert_state,
    alerts_topic,
    app,
    incidents_table,
    incidents_topic,
    mentions_topic,
    region_counts_topic,
    region_day,
    settings,
)
from streams.codec import DecodeError, decode, encode
from streams.dead_letter_sink import dead_letter
from streams.merge import incident_key, merge
from streams.rules import AlertDraft, incident_alerts, surge_alert

log = logging.getLogger(__name__)


def event_time(incident: Incident, fallback: datetime) -> float:
    """Windows use the incident's day (midday UTC); an undated one falls back to ingest time."""
    if incident.occurred_on is not None:
        return datetime.combine(incident.occurred_on, time(12), tzinfo=UTC).timestamp()
    return fallback.timestamp()


async def _emit_alert(draft: AlertDraft, ingested_at: datetime | None, now: datetime) -> None:
    """Emit the draft as a new alert or a new revision of it, only if its content changed."""
    state = alert_state.get(draft.alert_id)
    content = draft.content()
    if state is not None and state["content"] == content:
        return
    revision = (state["revision"] + 1) if state else 1
    alert = Alert(
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
    await alerts_topic.send(key=draft.alert_id.encode(), value=encode(alert))
    alert_state[draft.alert_id] = {"revision": revision, "content": content}
    metrics.ALERTS.labels(rule=draft.rule, severity=draft.severity).inc()
    if ingested_at is not None:
        metrics.INGEST_TO_ALERT_SECONDS.observe(max(0.0, (now - ingested_at).total_seconds()))
    log.info(
        "alert %s rev %d [%s/%s] %s",
        alert.alert_id,
        revision,
        alert.rule,
        alert.severity,
        alert.message,
    )


async def _count(new: Incident, old: Incident | None, now: datetime) -> None:
    """Update the region's day window and the surge rule; figures count by their growth."""
    EVENT_TIME.set(event_time(new, new.ingested_at or now))
    day_counts = dict(region_day[new.region_code].current())
    ids = set(day_counts.get("ids", []))
    before = (len(ids), day_counts.get("killed", 0), day_counts.get("injured", 0))
    ids.add(new.incident_id)
    killed = (new.figures.killed or 0) - ((old.figures.killed or 0) if old else 0)
    injured = (new.figures.injured or 0) - ((old.figures.injured or 0) if old else 0)
    by_attack = dict(day_counts.get("by_attack", {}))
    if old is None:
        for a in new.attack_types:
            by_attack[a] = by_attack.get(a, 0) + 1
    day_counts.update(
        ids=sorted(ids),
        killed=day_counts.get("killed", 0) + max(killed, 0),
        injured=day_counts.get("injured", 0) + max(injured, 0),
        by_attack=by_attack,
    )
    if before == (len(ids), day_counts["killed"], day_counts["injured"]) and old is not None:
        return
    region_day[new.region_code] = day_counts
    name = new.region_name or new.region_code
    day = new.occurred_on or (new.ingested_at or now).date()
    metrics.REGION_DAY_INCIDENTS.labels(new.region_code, name).set(len(ids))
    counts = RegionCounts(
        region_code=new.region_code,
        region_name=new.region_name,
        window="1d",
        window_start=day,
        window_end=day,
        incidents=len(ids),
        killed=day_counts["killed"],
        injured=day_counts["injured"],
        by_attack_type=by_attack,
        updated_at=now,
    )
    await region_counts_topic.send(key=new.region_code.encode(), value=encode(counts))
    draft = surge_alert(new.region_code, new.region_name, day, len(ids), sorted(ids), settings)
    if draft is not None:
        await _emit_alert(draft, new.ingested_at, now)


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
    """Merge each mention into its incident; emit revisions, counts and alerts on change."""
    keep = settings.dead_letter_keep_bytes
    async for event in stream.events():
        try:
            mention = decode(event.value, IncidentMention)
        except DecodeError as exc:
            await dead_letter(event, "validate", exc.reason, str(exc), keep)
            metrics.MENTIONS_CONSUMED.inc()
            continue
        try:
            await _process(mention)
        except Exception as exc:
            log.exception("merge failed for mention %s", mention.mention_id)
            await dead_letter(event, "merge", type(exc).__name__, repr(exc), keep)
        # Counted when done, so "consumed == produced" means this stage has caught up.
        metrics.MENTIONS_CONSUMED.inc()


async def _process(mention: IncidentMention) -> None:
    now = datetime.now(UTC)
    key = incident_key(mention)
    stored = incidents_table.get(key)
    old = Incident.model_validate(stored) if stored is not None else None
    new = merge(old, mention, now)
    if new is None:
        return
    incidents_table[key] = new.model_dump(mode="json")
    await incidents_topic.send(key=new.incident_id.encode(), value=encode(new))
    metrics.INCIDENTS.labels(event="created" if old is None else "revised").inc()
    if new.ingested_at is not None:
        metrics.INGEST_TO_INCIDENT_SECONDS.observe(
            max(0.0, (now - new.ingested_at).total_seconds())
        )
    _domain_metrics(new, old)
    log.info(
        "incident %s rev %d: %s %s sources=%d",
        new.incident_id,
        new.revision,
        new.region_code,
        new.occurred_on,
        new.source_count,
    )
    await _count(new, old, now)
    for draft in incident_alerts(new, settings):
        await _emit_alert(draft, new.ingested_at, now)

"""Stage 2: mentions -> canonical incidents, region counts and alerts (one region's owner).

Everything here is keyed by region (the mentions topic key), so the incident, window and alert
tables are co-partitioned with the stream and need no further hop. All windows are in event
time (the incident's day); an undated incident falls back to ingest time for windows only.
"""

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

from faust.types import StreamT

from schemas import Alert, Incident, IncidentMention, RegionCounts
from streams import metrics
from streams.alert_config import AlertRules, cached_rules
from streams.app import (
    alert_state,
    alert_window,
    alerts_topic,
    app,
    at,
    incidents_table,
    incidents_topic,
    incidents_window,
    mentions_topic,
    region_counts_topic,
    region_day,
    region_day_window,
    regions_seen,
    settings,
    window_get,
)
from streams.codec import DecodeError, decode, encode
from streams.dead_letter_sink import dead_letter
from streams.merge import incident_key, merge
from streams.rules import AlertDraft, incident_alerts, new_region_alert, surge_alert
from streams.windows import day_time, days_back

log = logging.getLogger(__name__)

#: Mentions dated further ahead than this are refused: a bogus future date would move stream
#: time and expire every window.
MAX_FUTURE = timedelta(days=2)


def rules() -> AlertRules:
    return cached_rules(str(settings.alert_rules) if settings.alert_rules else None)


def event_day(i: Incident, now: datetime) -> date:
    """The day windows use: the incident's own day, else its ingest day."""
    return i.occurred_on or (i.ingested_at or now).date()


async def _emit_alert(
    draft: AlertDraft, day: date, ingested_at: datetime | None, now: datetime
) -> None:
    """Emit the draft as a new alert or a new revision of it, only if its content changed."""
    state = window_get(alert_state, draft.alert_id, at(alert_window, day_time(day)))
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


def _day_counts(region: str, day: date) -> dict[str, Any]:
    return window_get(region_day, region, day_time(day)) or {}


def _region_counts(
    new: Incident, day: date, window: str, start: date, days: list[dict[str, Any]], now: datetime
) -> RegionCounts:
    by_attack: dict[str, int] = {}
    for d in days:
        for attack, n in d.get("by_attack", {}).items():
            by_attack[attack] = by_attack.get(attack, 0) + n
    return RegionCounts(
        region_code=new.region_code,
        region_name=new.region_name,
        window=window,
        window_start=start,
        window_end=day,
        incidents=sum(len(d.get("ids", [])) for d in days),
        killed=sum(d.get("killed", 0) for d in days),
        injured=sum(d.get("injured", 0) for d in days),
        by_attack_type=dict(sorted(by_attack.items())),
        updated_at=now,
    )


async def _count(new: Incident, old: Incident | None, now: datetime) -> None:
    """Fold the incident's change into its day window; publish 1d and 7d counts; surge rule."""
    day = event_day(new, now)
    region = new.region_code
    today = dict(_day_counts(region, day))
    ids = set(today.get("ids", []))
    killed_delta = (new.figures.killed or 0) - ((old.figures.killed or 0) if old else 0)
    injured_delta = (new.figures.injured or 0) - ((old.figures.injured or 0) if old else 0)
    by_attack = dict(today.get("by_attack", {}))
    if new.incident_id not in ids:
        for attack in new.attack_types or ["unknown"]:
            by_attack[attack] = by_attack.get(attack, 0) + 1
    updated = {
        "ids": sorted(ids | {new.incident_id}),
        "killed": today.get("killed", 0) + max(killed_delta, 0),
        "injured": today.get("injured", 0) + max(injured_delta, 0),
        "by_attack": by_attack,
    }
    if updated == today:
        return  # a revision that changes no count writes nothing
    at(region_day_window, day_time(day))
    region_day[region] = updated

    week = [updated] + [_day_counts(region, d) for d in days_back(day, 6)]
    for counts in (
        _region_counts(new, day, "1d", day, [updated], now),
        _region_counts(new, day, "7d", day - timedelta(days=6), week, now),
    ):
        await region_counts_topic.send(key=region.encode(), value=encode(counts))
        metrics.REGION_WINDOW_INCIDENTS.labels(
            region, new.region_name or region, counts.window
        ).set(counts.incidents)

    r = rules().regional_surge
    trailing = [len(_day_counts(region, d).get("ids", [])) for d in days_back(day, r.trailing_days)]
    mean = sum(trailing) / len(trailing)
    draft = surge_alert(
        region,
        new.region_name,
        day,
        len(updated["ids"]),
        updated["ids"],
        mean,
        rules(),
        new.lat,
        new.lon,
    )
    if draft is not None:
        await _emit_alert(draft, day, new.ingested_at, now)


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
            if (
                mention.occurred_on
                and mention.occurred_on > (datetime.now(UTC) + MAX_FUTURE).date()
            ):
                raise DecodeError(
                    "future_date", f"occurred_on {mention.occurred_on} is in the future"
                )
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
    day = mention.occurred_on or (mention.ingested_at or now).date()
    stored = window_get(incidents_table, key, at(incidents_window, day_time(day)))
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
    drafts = incident_alerts(new, rules())
    # new_region fires once per region and is never revised: it marks the moment the feed first
    # saw the region, which (unlike the other rules) depends on arrival order by its nature.
    if old is None and regions_seen.get(new.region_code) is None:
        regions_seen[new.region_code] = new.incident_id
        first = new_region_alert(new, rules())
        if first is not None:
            drafts.append(first)
    for draft in drafts:
        await _emit_alert(draft, day, new.ingested_at, now)

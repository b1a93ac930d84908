"""Stage 2: mentions -> canonical incidents, region counts and alerts (one region's owner).

Everything is keyed by region (the mentions topic key), so the region-day state table is
co-partitioned with the stream and needs no further hop. All windows are in event time (the
incident's day); an undated incident falls back to its ingest day for windows only.

Crash safety (at-least-once): outputs are sent and their acknowledgements awaited *before* the
new state is written. A crash before the state write means the message is processed again and
the same outputs (same ids, same revisions) are sent again; a crash after it means they were
already delivered. Either way nothing is lost and nothing is counted twice.
"""

import asyncio
import logging
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

from faust.types import StreamT

from schemas import Alert, Incident, IncidentMention
from streams import metrics
from streams.alert_config import AlertRules, cached_rules
from streams.app import (
    alerts_topic,
    app,
    at,
    incidents_topic,
    mentions_topic,
    region_counts_topic,
    region_days,
    region_days_window,
    regions_seen,
    settings,
    window_get,
)
from streams.codec import DecodeError, decode, encode
from streams.dead_letter_sink import dead_letter
from streams.merge import incident_key, merge
from streams.region_state import State, counts, same_counts, week_start, with_incident
from streams.retry import retry_transient
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
    """Sends collected while processing one mention; `flush()` waits for every ack."""

    def __init__(self) -> None:
        self.pending: list[Any] = []

    async def send(self, topic: Any, key: str, payload: Any) -> None:
        self.pending.append(await topic.send(key=key.encode(), value=encode(payload)))

    async def flush(self) -> None:
        if self.pending:
            await asyncio.gather(*self.pending)


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
    new: Incident, day: date, before: State | None, after: State, out: Outbox, now: datetime
) -> int:
    """Send the 1d and 7d counts if they changed; returns the day's incident count."""
    region, name = new.region_code, new.region_name
    earlier = [_state(region, d) for d in days_back(day, 6)]
    for window, start, states in (("1d", day, []), ("7d", week_start(day), earlier)):
        old = counts(region, name, window, start, day, [before, *states], now)
        fresh = counts(region, name, window, start, day, [after, *states], now)
        metrics.REGION_WINDOW_INCIDENTS.labels(region, name or region, window).set(fresh.incidents)
        if not same_counts(old, fresh):
            await out.send(region_counts_topic, region, fresh)
    return len(after["incidents"])


def _surge(new: Incident, day: date, today: int, after: State) -> AlertDraft | None:
    r = rules().regional_surge
    trailing = [
        len((_state(new.region_code, d) or {}).get("incidents", {}))
        for d in days_back(day, r.trailing_days)
    ]
    ids = sorted(i["incident_id"] for i in after["incidents"].values())
    return surge_alert(
        new.region_code,
        new.region_name,
        day,
        today,
        ids,
        sum(trailing) / len(trailing),
        rules(),
        new.lat,
        new.lon,
    )


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
            # Idempotent until its final state write, so broker errors are simply retried.
            await retry_transient(partial(_process, mention), f"mention {mention.mention_id}")
        except Exception as exc:
            log.exception("merge failed for mention %s", mention.mention_id)
            await dead_letter(event, "merge", type(exc).__name__, repr(exc), keep)
        # Counted when done, so "consumed == produced" means this stage has caught up.
        metrics.MENTIONS_CONSUMED.inc()


async def _process(mention: IncidentMention) -> None:
    now = datetime.now(UTC)
    key = incident_key(mention)
    day = mention.occurred_on or (mention.ingested_at or now).date()
    before = _state(mention.region_code, day)
    stored = (before or {}).get("incidents", {}).get(key)
    old = Incident.model_validate(stored) if stored is not None else None
    new = merge(old, mention, now)
    if new is None:
        return
    after = with_incident(before, key, new)
    out = Outbox()
    await out.send(incidents_topic, new.incident_id, new)
    today = await _publish_counts(new, day, before, after, out, now)
    drafts = incident_alerts(new, rules())
    surge = _surge(new, day, today, after)
    if surge is not None:
        drafts.append(surge)
    first_in_region = old is None and regions_seen.get(new.region_code) is None
    if first_in_region:
        # Fires once per region and is never revised: it marks when the feed first saw the
        # region, which (unlike the other rules) depends on arrival order by its nature.
        first = new_region_alert(new, rules())
        if first is not None:
            drafts.append(first)
    await _emit_alerts(drafts, after, new, out, now)
    await out.flush()  # every output acknowledged before the state that records it
    if first_in_region:
        regions_seen[new.region_code] = new.incident_id
    at(region_days_window, day_time(day))
    region_days[new.region_code] = after
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

"""Event-time windows for Faust tables.

Faust expires windowed-table keys against the wall clock (`window.stale(ts, time.time())`), so
replaying 2023 news would expire every 2023 window at the next cleanup. `EventTimeTumbling`
expires against *stream time* instead (the newest event time the table has seen, as Kafka
Streams does), so history lands in, and stays in, its own windows while memory stays bounded.
Reads use explicit window ranges (`ranges_back`), never `.current()`, which Faust bases on the
Kafka message timestamp rather than the event's own time.

Window ranges are interned: Faust builds a fresh `(start, end)` tuple for every key it writes,
and a windowed table keeps that tuple in every key, so a seen-articles entry carried ~100 bytes
of duplicate range per article id (~10 MB over 100,000 articles).
"""

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from faust.windows import TumblingWindow

DAY = 86400.0


class EventTimeTumbling(TumblingWindow):
    """A tumbling window whose expiry is relative to the newest event time observed."""

    def __init__(self, size: float, expires: float) -> None:
        super().__init__(size, expires)
        self.stream_time = 0.0
        self._ranges: dict[float, Any] = {}

    #: Interned ranges kept; past it the cache starts again (400 day windows fit many times).
    MAX_INTERNED = 4096

    def _intern(self, window_range: Any) -> Any:
        if len(self._ranges) >= self.MAX_INTERNED:
            self._ranges.clear()
        return self._ranges.setdefault(window_range[0], window_range)

    def current(self, timestamp: float) -> Any:
        return self._intern(super().current(timestamp))

    def ranges(self, timestamp: float) -> list[Any]:
        return [self._intern(r) for r in super().ranges(timestamp)]

    def observe(self, timestamp: float) -> None:
        """Advance stream time (called before each write)."""
        if timestamp > self.stream_time:
            self.stream_time = timestamp

    def stale(self, timestamp: float, latest_timestamp: float) -> bool:
        # `latest_timestamp` is Faust's wall-clock "now": deliberately ignored.
        if not self.expires or not self.stream_time:
            return False
        return timestamp <= self.current(self.stream_time - self.expires)[0]


def day_time(d: date) -> float:
    """Event time of a day: midday UTC, far from both window edges."""
    return datetime.combine(d, time(12), tzinfo=UTC).timestamp()


def day_of(ts: float) -> date:
    """The UTC day of an event time."""
    return datetime.fromtimestamp(ts, UTC).date()


def days_back(d: date, n: int) -> list[date]:
    """The n days before `d` (most recent first), `d` excluded."""
    return [d - timedelta(days=k) for k in range(1, n + 1)]

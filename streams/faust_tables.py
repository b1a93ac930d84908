"""Faust's table with bounded expiry bookkeeping (a faust-streaming 0.15 fix, every broker).

A windowed table records, for expiry, the end of the window of every write: it pushes that
timestamp on a per-partition heap *on every write*, even when the window already has it, and
pops it only when the window expires. With day windows kept 400 days that heap grew by one
float object per write for the life of the worker: a firehose worker writes a seen-article
entry per article and region-day states per batch, ~200,000 writes a day. Pushing a window's
end only when the window gets its first key keeps one entry per live window instead; expiry
pops it and removes the window's keys as before, and a later write to the same window starts
a new entry.
"""

from typing import Any

import faust


class Table(faust.Table):
    def _maybe_set_key_ttl(self, key: Any, partition: int) -> None:
        if not self._should_expire_keys():
            return
        _, (_, range_end) = key
        keys = self._partition_timestamp_keys.get((partition, range_end))
        if keys:  # the window's end is on the heap already
            keys.add(key)
            return
        super()._maybe_set_key_ttl(key, partition)

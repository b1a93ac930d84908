"""Windowed tables keep one expiry entry per live window, not one per write."""

import asyncio

from streams.app import region_days, region_days_window
from streams.windows import DAY


def test_expiry_heap_holds_one_entry_per_window_and_expiry_still_works() -> None:
    table = region_days.table
    partition = 97  # a partition no other test writes
    ends = [(d + 1) * DAY - 0.1 for d in range(3)]
    for i in range(3000):  # 3,000 writes to 3 keys in 3 windows
        table._maybe_set_key_ttl((f"RU-{i % 3}", (ends[i % 3] - DAY + 0.1, ends[i % 3])), partition)
    heap = table._partition_timestamps[partition]
    assert sorted(heap) == ends  # was 3,000 entries before the fix
    assert all(len(table._partition_timestamp_keys[(partition, e)]) == 1 for e in ends)

    saved = region_days_window.stream_time
    region_days_window.observe(ends[-1] + 500 * DAY)  # stream time moves past every window
    try:
        asyncio.run(table._del_old_keys())
    finally:
        region_days_window.stream_time = saved
    assert heap == []
    assert not any(table._partition_timestamp_keys.get((partition, e)) for e in ends)
    # a late write to an expired window is tracked again
    table._maybe_set_key_ttl(("RU-0", (0.0, ends[0])), partition)
    assert heap == [ends[0]]

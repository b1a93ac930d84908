"""Event-time windows: ranges are shared objects, and expiry follows stream time."""

from faust.windows import TumblingWindow

from streams.windows import DAY, EventTimeTumbling


def test_ranges_of_one_window_are_one_object_and_equal_to_fausts() -> None:
    w, plain = EventTimeTumbling(DAY, 400 * DAY), TumblingWindow(DAY, 400 * DAY)
    a, b = w.ranges(10 * DAY + 5.0), w.ranges(10 * DAY + 80_000.0)
    assert a == plain.ranges(10 * DAY + 5.0)
    assert a[0] is b[0]  # a table key per write kept its own tuple before
    assert w.current(10 * DAY + 7.0) is a[0]
    assert w.current(11 * DAY + 7.0) == plain.current(11 * DAY + 7.0) != a[0]


def test_the_intern_cache_is_bounded() -> None:
    w = EventTimeTumbling(DAY, 400 * DAY)
    for d in range(3 * EventTimeTumbling.MAX_INTERNED):
        w.current(d * DAY + 1.0)
    assert len(w._ranges) <= EventTimeTumbling.MAX_INTERNED
    assert w.current(5.0) == (0.0, DAY - 0.1)


def test_expiry_is_against_stream_time_not_the_wall_clock() -> None:
    w = EventTimeTumbling(DAY, 2 * DAY)
    assert not w.stale(1.0, 2e9)  # nothing observed yet: 1970 is not stale
    w.observe(10 * DAY)
    assert w.stale(7 * DAY + 1.0, 0.0) and not w.stale(9 * DAY + 1.0, 0.0)

"""Batches of events from `stream.take_events`, each handled as Faust's "current event".

Why batches: an agent that awaits its outputs' acknowledgements before recording its state
(our crash-safety rule) waits one broker round trip per message; a batch pays it once.

Why the current event must be set by hand: `take_events` fills its buffer in a background
task, so in the agent's own task Faust has no current event. A table write uses it to choose
its changelog partition (the source partition of the event being handled) and refuses to run
without one. `as_current(event)` sets it in the agent's task only (a context variable), not on
the stream object the background task reads.
"""

import weakref

from faust import streams as faust_streams
from faust.types import EventT


def as_current(event: EventT) -> None:
    """Make `event` Faust's current event for the calling task (table writes, windows)."""
    faust_streams._current_event.set(weakref.ref(event))

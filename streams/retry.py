"""Retry work whose outputs are idempotent while the broker is unreachable.

Both agents send their outputs and await the acknowledgements before writing the state that
records them, so re-running that step after a broker error can only resend identical ids and
revisions. Giving up (or dead-lettering) on a transient broker error would lose data instead:
Faust acks an event whose handler raised.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiokafka.errors import KafkaError
from faust.exceptions import ProducerSendError

log = logging.getLogger(__name__)
T = TypeVar("T")

TRANSIENT: tuple[type[BaseException], ...] = (KafkaError, ProducerSendError, asyncio.TimeoutError)


async def retry_transient(
    step: Callable[[], Awaitable[T]], what: str, give_up_after: float = 600.0
) -> T:
    """Run `step` until it succeeds, backing off (0.2 s doubling to 5 s) on broker errors."""
    delay, deadline = 0.2, time.monotonic() + give_up_after
    while True:
        try:
            return await step()
        except TRANSIENT as exc:
            if time.monotonic() > deadline:
                raise
            log.warning("%s: broker error %r; retrying in %.1fs", what, exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

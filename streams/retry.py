"""Retry work whose outputs are idempotent while the broker is unreachable.

Both agents send their outputs and await the acknowledgements before writing the state that
records them, so re-running that step after a broker error can only resend identical ids and
revisions. Giving up (or dead-lettering) on a transient broker error would lose data instead:
Faust acks an event whose handler raised.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
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


#: How long a batch's acknowledgements may take before the batch is sent again. A request that
#: a restarting broker accepted and never answered left its future pending for good (Faust's
#: producer request timeout is 20 minutes), stalling the agent that awaited it.
ACK_TIMEOUT = 30.0


async def await_acks(futures: Sequence[Awaitable[object]], timeout: float = ACK_TIMEOUT) -> None:
    """Wait for every send's acknowledgement; a failed send raises its error, and acks still
    missing after `timeout` raise `asyncio.TimeoutError`, so `retry_transient` sends the batch
    again (ids are idempotent). Pending sends are not cancelled: cancelling them could break
    the producer's own bookkeeping, and a late ack is harmless."""
    tasks = [asyncio.ensure_future(f) for f in futures]
    if not tasks:
        return
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in done:
        task.result()  # raises the send's error, if any
    if pending:
        for task in pending:  # a late failure must not be logged as "never retrieved"
            task.add_done_callback(_consume)
        raise TimeoutError(f"{len(pending)} of {len(tasks)} sends unacknowledged")


def _consume(task: "asyncio.Future[object]") -> None:
    if not task.cancelled():
        task.exception()

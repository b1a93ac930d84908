"""A batch whose acknowledgements never come is sent again instead of stalling the agent."""

import asyncio

import pytest

from streams.retry import await_acks, retry_transient


def test_acks_that_never_come_raise_a_retryable_timeout() -> None:
    async def run() -> None:
        loop = asyncio.get_running_loop()
        done, never = loop.create_future(), loop.create_future()
        done.set_result(None)
        with pytest.raises(TimeoutError):
            await await_acks([done, never], timeout=0.05)
        await await_acks([done], timeout=0.05)  # every ack in: returns

    asyncio.run(run())


def test_a_stalled_batch_is_sent_again_until_acknowledged() -> None:
    attempts: list[int] = []

    async def run() -> None:
        loop = asyncio.get_running_loop()

        async def step() -> None:
            attempts.append(1)
            fut = loop.create_future()
            if len(attempts) == 3:  # the third send is answered
                fut.set_result(None)
            await await_acks([fut], timeout=0.05)

        await retry_transient(step, "test batch")

    asyncio.run(run())
    assert len(attempts) == 3


def test_a_failed_send_raises_its_error() -> None:
    async def run() -> None:
        fut = asyncio.get_running_loop().create_future()
        fut.set_exception(ValueError("bad"))
        with pytest.raises(ValueError):
            await await_acks([fut], timeout=0.05)

    asyncio.run(run())

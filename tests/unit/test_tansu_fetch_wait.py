"""The adaptive fetch wait: counting returned records, spotting starvation, adapting the wait."""

from aiokafka.protocol.fetch import FetchRequest
from aiokafka.record.default_records import DefaultRecordBatchBuilder

from streams.tansu_fetch_wait import AdaptiveFetchWait, records_returned, starved


def batch(base_offset: int, n: int) -> bytes:
    b = DefaultRecordBatchBuilder(
        magic=2,
        compression_type=0,
        is_transactional=0,
        producer_id=-1,
        producer_epoch=-1,
        base_sequence=-1,
        batch_size=1 << 20,
    )
    for i in range(n):
        b.append(i, timestamp=None, key=b"k", value=b"v", headers=[])
    raw = bytearray(b.build())
    raw[0:8] = base_offset.to_bytes(8, "big")  # the broker assigns the base offset
    return bytes(raw)


def test_records_returned_counts_records_at_or_after_the_fetch_offset() -> None:
    assert records_returned(None, 0) == 0
    assert records_returned(b"", 0) == 0
    assert records_returned(batch(5, 1), 5) == 1
    assert records_returned(batch(5, 1) + batch(6, 1), 5) == 2
    # A batch that starts before the fetch offset counts only from the offset on.
    assert records_returned(batch(0, 10), 9) == 1
    assert records_returned(batch(0, 10), 3) == 2  # counted up to `enough`


def test_a_short_reply_is_starvation_only_when_more_was_available() -> None:
    assert starved(available=5000, returned=1)
    assert starved(available=1, returned=0)
    assert not starved(available=1, returned=1)
    assert not starved(available=5000, returned=2)


def test_wait_doubles_on_starvation_up_to_the_ceiling_and_eases_back_to_the_base() -> None:
    wait = AdaptiveFetchWait(base_ms=10, ceiling_ms=100)
    assert [wait.observe(True) for _ in range(5)] == [20, 40, 80, 100, 100]
    eased = [wait.observe(False) for _ in range(40)]
    assert eased[0] == 90 and eased == sorted(eased, reverse=True) and eased[-1] == 10


def test_a_response_that_starves_one_partition_raises_the_wait() -> None:
    request = FetchRequest(10, 1, 1 << 20, 0, [("t", [(0, 100, 1 << 20), (1, 0, 1 << 20)])])

    class Response:
        def __init__(self, p0: bytes, p1: bytes) -> None:
            # (partition, error, highwater, last_stable, log_start, aborted, records)
            self.topics = [("t", [(0, 0, 5000, 5000, 0, None, p0), (1, 0, 3, 3, 0, None, p1)])]

    wait = AdaptiveFetchWait(base_ms=10)
    full = Response(batch(100, 1) + batch(101, 1), batch(0, 3))
    assert not wait.starved_in(request, full)
    assert wait.starved_in(request, Response(batch(100, 1), batch(0, 3)))
    assert wait.starved_in(request, Response(batch(100, 2), b""))

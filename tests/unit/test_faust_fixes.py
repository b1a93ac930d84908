"""The consumer fix: stream partitions start fetching only after the seek to committed offsets."""

import asyncio
from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

from faust.types import TP

from streams.faust_fixes import SeekBeforeResumeConsumer

STREAM = TP("x.mentions", 0)
GONE = TP("x.mentions", 1)
CHANGELOG = TP("app-region-days-changelog", 0)


class _Probe(SeekBeforeResumeConsumer):
    """The real methods on a consumer without a broker: seeking records what was active then."""

    def __init__(self) -> None:  # no Faust service machinery
        self.app: Any = SimpleNamespace(tables=SimpleNamespace(changelog_topics={CHANGELOG.topic}))
        self._active_partitions = set()
        self._paused_partitions = {STREAM, GONE, CHANGELOG}
        self._read_offset: dict[TP, int | None] = {}
        self._committed_offset: dict[TP, int | None] = {}
        self.active_during_seek: set[TP] | None = None
        self.assigned = {STREAM, CHANGELOG}

    def assignment(self) -> set[TP]:
        return self.assigned

    async def seek_to_committed(self) -> Mapping[TP, int]:
        self.active_during_seek = set(self._active_partitions)
        return {STREAM: 327}


def test_stream_partitions_resume_only_after_the_seek() -> None:
    c = _Probe()
    c.resume_partitions({STREAM, GONE, CHANGELOG})
    assert c._active_partitions == {CHANGELOG}  # changelogs resume at once (table recovery)
    asyncio.run(c.perform_seek())
    assert c.active_during_seek == {CHANGELOG}  # nothing fetched from the stream before the seek
    assert c._active_partitions == {CHANGELOG, STREAM}  # GONE was revoked meanwhile: stays paused
    assert c._read_offset[STREAM] == 327 and c._committed_offset[STREAM] == 327


def test_a_seek_without_pending_resumes_changes_nothing() -> None:
    c = _Probe()
    asyncio.run(c.perform_seek())
    assert c._active_partitions == set()

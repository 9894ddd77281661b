"""The other PC: a second app process on the same database (see peer.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.peer import Peer


@pytest.fixture
def peer_factory() -> Iterator[type[Peer]]:
    peers: list[Peer] = []

    class _Tracked(Peer):
        def __init__(self, url: str) -> None:
            super().__init__(url)
            peers.append(self)

    yield _Tracked
    for p in peers:
        p.close()

"""The child of the crash test: saves members one by one and reports each one after its commit."""

from __future__ import annotations

import random
from multiprocessing.connection import Connection

from advisoryboard.opening import open_database
from advisoryboard.services.base import transaction
from database.models import Issue, Member


def save_until_killed(url: str, conn: Connection, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(url)
    conn.send(("ready", 0))
    n = 0
    while True:
        n += 1
        with transaction(db) as session:
            member = Member(name=f"Member {seed}-{n}", notes="minutes " * rng.randint(0, 3000))
            session.add(member)
            if rng.random() < 0.3:  # sometimes a bigger action: several rows in one commit
                session.add_all(
                    Issue(
                        reference=f"{seed}-{n}-{k}",
                        ref_year=seed,
                        ref_seq=n * 10 + k,
                        title="Streetlight out",
                    )
                    for k in range(5)
                )
            session.flush()
            member_id = member.id
        conn.send(("saved", member_id))  # only after the commit returned

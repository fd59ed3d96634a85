"""SIGKILL at seeded random moments while writing: the file stays sound and keeps every acknowledged write."""

import os
import random

import pytest

from reliability_support import Ledger, Zygote, verify_after_kill
from tests.posix_only import needs_posix

pytestmark = needs_posix

SEED = int(os.environ.get("RELIABILITY_SEED", "20261126"))


def kill_plan(rng: random.Random) -> tuple:
    """Some kills land while opening (create, migrate, back up), most in the middle of writes."""
    roll = rng.random()
    if roll < 0.15:
        return ("delay", rng.uniform(0.0, 0.04))
    if roll < 0.6:
        return ("acks", rng.randrange(1, 60), rng.uniform(0.0, 0.002))
    return ("delay", rng.uniform(0.0, 0.3))


def kill_loop(tmp_path, seed: int, kills: int, rounds_per_file: int) -> dict:
    """Run `kills` killed rounds; a new data file every `rounds_per_file` rounds."""
    rng = random.Random(seed)
    zygote = Zygote(tmp_path / "writer.log")
    figures = {"kills": 0, "acknowledged": 0, "checks": 0, "files": 0, "by_op": {}}
    try:
        ledger, path, rounds = None, None, 0
        while figures["kills"] < kills:
            if rounds % rounds_per_file == 0:
                if ledger is not None:
                    _add_up(figures, ledger)
                figures["files"] += 1
                path = tmp_path / f"shop{figures['files']}" / "shop.sqlite3"
                path.parent.mkdir()
                ledger = Ledger()
            rounds += 1
            plan = kill_plan(rng)
            events, killed = zygote.run_round(path, rng.randrange(10**9), plan)
            figures["kills"] += killed
            verify_after_kill(path, ledger, events)
        _add_up(figures, ledger)
    finally:
        zygote.close()
    print(f"\nkill loop seed={seed}: {figures}")
    return figures


def _add_up(figures: dict, ledger: Ledger) -> None:
    figures["acknowledged"] += ledger.acknowledged
    figures["checks"] += ledger.checks
    for op, count in ledger.by_op.items():
        figures["by_op"][op] = figures["by_op"].get(op, 0) + count


def test_kill_while_writing_keeps_every_acknowledged_write(tmp_path):
    figures = kill_loop(tmp_path, SEED, kills=10, rounds_per_file=5)
    assert figures["kills"] == 10
    assert figures["acknowledged"] > 0


@pytest.mark.faults
@pytest.mark.parametrize("part", range(4))
def test_kill_loop_long(tmp_path, part):
    figures = kill_loop(tmp_path, SEED + part, kills=60, rounds_per_file=20)
    assert figures["kills"] == 60
    assert figures["acknowledged"] > 100

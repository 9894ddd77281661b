"""The other PC: a second Advisory Board process, offscreen, on the same database.

`python -m tests.support.peer URL` opens the main window (with its live updates) and
reads commands from stdin, one a line, answering each on stdout:
  issue <title>            saves a new issue       -> "saved <id> <commit time>"
  motion <meeting> <text>  records a carried motion -> "saved <id> <commit time>"
  quit
It saves through the same services as the window's forms, in one transaction each.
`Peer(url)` starts one from a test or a benchmark.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

ROOT = Path(__file__).resolve().parents[2]


class Peer:
    """A second Advisory Board process; `save(...)` returns the id it saved."""

    def __init__(self, url: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.peer", url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert self._answer() == "ready"

    def _answer(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line:
            raise RuntimeError(f"the peer process ended (code {self.proc.wait(10)})")
        return line

    def save(self, command: str) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        answer = self._answer()
        assert answer.startswith("saved "), answer
        return int(answer.split()[1])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


class _Commands(QObject):
    line = Signal(str)


def main(url: str) -> int:
    from advisoryboard.services.base import transaction
    from advisoryboard.services.issues import IssueInput, create_issue
    from advisoryboard.services.motions import MotionInput, record_motion
    from database.enums import MotionResult
    from ui.app import build_main_window, ensure_app

    app = ensure_app()
    window = build_main_window(url)
    window.show()
    commands = _Commands()

    def handle(text: str) -> None:
        verb, _sep, rest = text.strip().partition(" ")
        if verb == "quit" or not verb:
            window.close()
            app.quit()
            return
        with transaction(window.ctx.db, window.ctx.actor) as s:
            if verb == "issue":
                new_id = create_issue(s, IssueInput(title=rest))
            else:
                meeting, _sep, motion_text = rest.partition(" ")
                new_id = record_motion(
                    s, int(meeting), MotionInput(text=motion_text, declared_result=MotionResult.CARRIED)
                )
        print(f"saved {new_id} {time.time():.6f}", flush=True)  # when committed (for the bench)

    commands.line.connect(handle)

    def read() -> None:
        for raw in sys.stdin:
            commands.line.emit(raw)
        commands.line.emit("quit")

    threading.Thread(target=read, daemon=True).start()
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

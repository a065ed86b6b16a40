"""Benchmark: cold start of `cxdesk --db DEMO` to a painted main window.

Run: python tests/perf/bench_cold_start.py [--runs 5] [--db /tmp/cxdesk-bench/demo.db]
Each run is a new Python process (imports, migration check, window, first paint). Under a
real X server (DISPLAY set, e.g. Xvfb) it uses it; otherwise Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The child: start the real app, and when the main window has painted once, print the time
# since the parent spawned the process, then quit.
CHILD = r"""
import sys, time
spawned = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import ui.main_window as main_window

class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, main_window.MainWindow):
            obj.removeEventFilter(self)
            print(f"painted {time.time() - spawned:.3f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

_original = main_window.MainWindow.show
def _show(self):
    self._first_paint = _FirstPaint(self)
    self.installEventFilter(self._first_paint)
    _original(self)
main_window.MainWindow.show = _show

from ui.app import main
main(db=sys.argv[2], lang="ru")
"""


def one_run(db: Path) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(spawned), str(db)],
        capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
    )
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1])
    raise RuntimeError(f"no window painted:\n{done.stdout}\n{done.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=Path("/tmp/cxdesk-bench/demo.db"))
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "cxdesk", "demo", "--db", str(args.db)],
                       check=True, cwd=ROOT, capture_output=True)
    times = [one_run(args.db) for _ in range(args.runs)]
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY")
                                                    else "offscreen")
    print(f"cold start to a painted window ({platform}, {args.runs} runs): "
          f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms, "
          f"worst {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

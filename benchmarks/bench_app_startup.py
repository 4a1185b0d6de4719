"""App start-up: wall time from launching `reserve-verifier --demo` to the demo's verdict on screen.

Run:  .venv/bin/python benchmarks/bench_app_startup.py [--runs N]
Each run is a fresh process on the offscreen platform (no display needed); the app is told by an
environment variable to print a timestamp and quit once the first result is shown, so the figure covers
Python start-up, imports, the window, the worker-thread verification and the first paint.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROBE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from verifier_gui.gui import app as launcher
from verifier_gui.gui.main_window import MainWindow

shown = MainWindow.show_result
def show_and_quit(self, result):
    shown(self, result)
    QApplication.processEvents()
    print(f"FIRST_RESULT {time.time():.6f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)
MainWindow.show_result = show_and_quit
sys.exit(launcher.main(["--demo"]))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(args.runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
        stamp = next(line for line in out.stdout.splitlines() if line.startswith("FIRST_RESULT"))
        times.append(float(stamp.split()[1]) - t0)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"start to demo verdict on screen: median {statistics.median(times) * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()

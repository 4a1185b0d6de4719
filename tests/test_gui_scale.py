"""Readable at 200 %: the start screen, a PASS and a FAIL in English and Chinese with Qt scaling everything by
two (build_scripts/scale_check.py, in a process of its own because the scale is fixed when Qt starts): no text
cut off, no controls on top of each other. The screenshots are kept in pytest's temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import REPO, vectors_dir


def test_the_app_is_readable_at_200_percent(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    run = subprocess.run(
        [sys.executable, str(REPO / "build_scripts" / "scale_check.py"), str(vectors_dir()), str(tmp_path)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "scale: 6 screens at 2x, 0 problems" in run.stdout
    shots = sorted(tmp_path.glob("scale200-*.png"))
    assert len(shots) == 6
    # Each picture really is at twice the size: 1280 x 900 logical pixels drawn as 2560 x 1800.
    from PySide6.QtGui import QImage

    assert QImage(str(shots[0])).width() == 2560

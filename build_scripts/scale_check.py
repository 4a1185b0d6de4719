"""Open the app at 200 % scale (QT_SCALE_FACTOR=2, as on a high-DPI screen or for a user who needs large text),
show the start screen, the demo's PASS and a FAIL, in English and Chinese, and report any text cut off or
controls on top of each other (the layout checks of tests/test_gui_screens.py). Used by tests/test_gui_scale.py;
the scale factor must be set before Qt starts, hence a process of its own.

Usage: QT_SCALE_FACTOR=2 python build_scripts/scale_check.py VECTORS_DIR OUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def settle(app) -> None:
    """Run the event loop for a moment, as the app does between two clicks: the result lays itself out and the
    previous result's widgets are deleted (deferred deletes only happen inside a running loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    vectors, out = Path(argv[1]), Path(argv[2])
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tests.test_gui_screens import layout_problems
    from verifier_gui.gui import i18n
    from verifier_gui.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    problems: list[str] = []
    checked = 0
    scratch = tempfile.mkdtemp(prefix="reserve-verifier-scale-")
    for language in (i18n.ENGLISH, i18n.CHINESE):
        settings = QSettings(f"{scratch}/{language}.ini", QSettings.Format.IniFormat)
        settings.setValue("ui/language", language)
        window = MainWindow(settings=settings)
        window.resize(1280, 900)
        window.show()
        cases = [
            ("start", None, None),
            ("pass", "demo", None),
            ("fail", vectors / "okx/derived/merkle_v1_tampered_balance.json", None),
        ]
        for name, proof, root in cases:
            if proof == "demo":
                window.load_demo()
            elif proof is not None:
                window.set_proof_path(proof)
                window.set_root_text(root or "")
                window.verify()
            while window.is_busy():
                app.processEvents()
            settle(app)
            shot = out / f"scale200-{language}-{name}.png"
            window.grab().save(str(shot))
            problems += [f"{language} {name}: {p} ({shot})" for p in layout_problems(window)]
            checked += 1
        window.close()
    for problem in problems:
        print(f"scale: {problem}", file=sys.stderr)
    print(f"scale: {checked} screens at {os.environ.get('QT_SCALE_FACTOR', '1')}x, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

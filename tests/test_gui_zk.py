"""The zk formats in the desktop app (pytest-qt, as tests/test_gui.py): a real HTX v2 sample passes with its
warnings and the 29-step path on screen; a Gate.io file whose root was swapped fails at the root step."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool

from verifier_gui.gui.main_window import MainWindow

from .test_gui import RESULT_TIMEOUT_MS, table_contents, view_of, visible_text

VECTORS = Path(os.environ.get("RESERVE_VECTORS") or Path(__file__).resolve().parents[2] / "shared" / "vectors")


def verify(qtbot, path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_proof_path(path)
    with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS):
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
    return window


def test_htx_v2_sample_passes_with_its_warnings(qtbot) -> None:
    window = verify(qtbot, VECTORS / "htx" / "v2_user_config.json")
    view = view_of(window)
    assert view.verdict_label.text().startswith("PASS")
    assert table_contents(view.balances_table) == {"asset 0": "32"}
    codes = [item.property("warningCode") for item in view.warning_items]
    assert {"asset-count-guessed", "asset-data-missing", "sign-not-bound", "root-from-file"} <= set(codes)
    assert "N = 168" in visible_text(view)
    assert view.path_picture is not None and len(view.result.steps) == 29
    qtbot.screenshot(window, "htx-zk-v2-sample")
    QThreadPool.globalInstance().waitForDone(RESULT_TIMEOUT_MS)


def test_gateio_root_swapped_fails_at_the_root(qtbot) -> None:
    window = verify(qtbot, VECTORS / "gateio" / "derived_invalid" / "user_config_2023_root_swapped.json")
    view = view_of(window)
    assert view.verdict_label.text().startswith("FAIL")
    assert view.failure_box is not None and view.failure_box.isVisible()
    assert "0b47326c87891cc85c648b5882c9ff5d82570363ab7eeb747c9eb5c03b650318" in visible_text(view.failure_box)
    QThreadPool.globalInstance().waitForDone(RESULT_TIMEOUT_MS)

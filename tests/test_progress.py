"""Long verifications report progress and stop when cancelled, in the core and in the app."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from verifier_gui.core.builders.okx_merkle_v2 import Account, Tree, deterministic_nonce
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.progress import Progress
from verifier_gui.core.verify import verify_file
from verifier_gui.gui import worker

from .test_gui import window  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def big_tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An OKX v2 tree of 60,000 accounts (240,000 lines): long enough to report and to cancel."""
    folder = tmp_path_factory.mktemp("tree")
    accounts = [Account(deterministic_nonce("progress", i), ("0.1", str(i % 7), "2.5")) for i in range(60_000)]
    tree = Tree(accounts)
    return tree.write_user_info(123, folder / "user.json"), tree.write(folder / "tree.txt")


def test_progress_rises_to_the_end(big_tree: tuple[Path, Path]) -> None:
    seen: list[float] = []
    user, tree = big_tree
    r = verify_file(user, VerifyOptions(tree=str(tree), progress=Progress(seen.append)))
    assert r.verdict == "pass"
    assert len(seen) > 10 and seen == sorted(seen) and seen[-1] > 0.9


def test_cancel_ends_as_an_error_never_a_pass(big_tree: tuple[Path, Path]) -> None:
    user, tree = big_tree
    progress = Progress()
    progress.report = lambda fraction: progress.cancel.set() if fraction > 0.2 else None
    r = verify_file(user, VerifyOptions(tree=str(tree), progress=progress))
    assert r.verdict == "error" and r.error is not None and r.error.code == "cancelled"


def test_the_window_shows_progress_and_cancels(
    qtbot, window, big_tree: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    clicked = threading.Event()

    class HeldProgress(Progress):
        """Holds the work at its first report until the test has clicked Cancel, so the verification cannot
        finish first on a busy machine; the click itself goes through the real button and worker."""

        def at(self, fraction: float) -> None:
            if self.report is not None:
                self.report(fraction)
            clicked.wait(30)
            super().at(fraction)

    monkeypatch.setattr(worker, "Progress", HeldProgress)
    user, tree = big_tree
    window.set_proof_path(user)
    window.set_tree_path(tree)
    with qtbot.waitSignal(window.resultShown, timeout=60_000):
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
        assert window.cancel_button.isVisible()
        qtbot.waitUntil(lambda: window.busy_bar.maximum() == 1000 and window.busy_bar.value() > 0, timeout=30_000)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert window.result_view is not None
    assert window.result_view.verdict_label.text().startswith("ERROR")
    assert "cancelled" in window.result_view.error_message.text()
    assert not window.cancel_button.isVisible() and window.verify_button.isEnabled()

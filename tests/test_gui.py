"""The desktop app, driven the way a user drives it (pytest-qt).

Each test asserts what is on screen: the verdict's words, the balances table, the failure box, the warnings.
Verification runs on the thread pool, so tests wait for the window's ``resultShown`` signal; nothing sleeps.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QScrollArea, QTableWidget, QTextEdit, QWidget

from verifier_gui.core.demo import demo_proof_path
from verifier_gui.core.registry import all_formats
from verifier_gui.gui import crash, worker
from verifier_gui.gui.app import build_parser, create_window
from verifier_gui.gui.app import main as app_main
from verifier_gui.gui.main_window import MainWindow
from verifier_gui.gui.result_view import ResultView

VECTORS = Path(os.environ.get("RESERVE_VECTORS") or Path(__file__).resolve().parents[2] / "shared" / "vectors")
OKX_V1 = VECTORS / "okx" / "merkle_v1" / "merkle_proof_file.json"
OKX_V1_TAMPERED = VECTORS / "okx" / "derived" / "merkle_v1_tampered_balance.json"
OKX_V1_ROOT = "ac6b39d2a0aa8112bd1aadff5e7d4b5c2b91cd54d595262ba4367f5d2db4160d"
WRONG_ROOT = "bc6b39d2a0aa8112bd1aadff5e7d4b5c2b91cd54d595262ba4367f5d2db4160d"
DEMO_BALANCES = {"BTC": "1.000069", "ETH": "0.99908176", "USDT": "19398.33550812"}
RESULT_TIMEOUT_MS = 20_000



@pytest.fixture
def okx_vectors() -> None:
    """Not a skip: without the vectors these tests would silently prove nothing (as in conftest.py)."""
    if not OKX_V1.is_file() or not OKX_V1_TAMPERED.is_file():
        raise FileNotFoundError(f"test vectors not found under {VECTORS}; set RESERVE_VECTORS")


# -- helpers: read the screen as the user sees it ----------------------------------------------------------------


def table_contents(table: QTableWidget) -> dict[str, str]:
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def visible_text(widget: QWidget) -> str:
    """Every piece of text a user can see inside widget: labels, text boxes, group titles and table cells."""
    parts: list[str] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel):
            text = child.text()
            parts.append(QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text)
        elif isinstance(child, QTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QTableWidget):
            parts.extend(child.item(r, c).text() for r in range(child.rowCount()) for c in range(child.columnCount()))
        title = getattr(child, "title", None)
        if callable(title):
            parts.append(title())
    return "\n".join(parts)


def view_of(window: MainWindow) -> ResultView:
    assert window.result_view is not None, "no result on screen"
    return window.result_view


def click_verify_and_wait(qtbot, window: MainWindow) -> ResultView:
    with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS):
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
    return view_of(window)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The window with settings of its own: the geometry, folder and language it saves must not reach the next
    test (nor the settings of whoever runs the tests)."""
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    QThreadPool.globalInstance().waitForDone(RESULT_TIMEOUT_MS)


# -- the window ---------------------------------------------------------------------------------------------------


def test_window_shows_its_parts(window: MainWindow) -> None:
    assert window.windowTitle() == "Reserve Verifier"
    assert isinstance(window.scroll_area, QScrollArea) and window.centralWidget().widget(0) is window.scroll_area
    assert 800 <= window.width() <= 1000 and 600 <= window.height() <= 800
    assert "proof of reserves" in window.intro_label.text()
    for button, text in [
        (window.open_button, "&Open…"),
        (window.open_root_button, "Open root &file…"),
        (window.verify_button, "&Verify"),
        (window.demo_button, "Try the &sample"),
    ]:
        assert button.text() == text and button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.proof_edit.isReadOnly() and window.proof_edit.accessibleName()
    assert window.root_edit.accessibleName()
    combo_ids = [window.format_combo.itemData(i) for i in range(window.format_combo.count())]
    assert combo_ids == [None] + [spec.id for spec in all_formats()]
    assert window.format_combo.itemText(0) == "Detect automatically"
    # Nothing to verify yet: the button says so by being disabled, and the placeholder explains.
    assert not window.verify_button.isEnabled()
    assert "result will appear here" in window.placeholder.text()


def test_demo_from_command_line_shows_pass(qtbot) -> None:
    window = create_window(build_parser().parse_args(["--demo"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.result_view is not None, timeout=RESULT_TIMEOUT_MS)
    view = view_of(window)
    assert view.verdict_label.text() == "PASS — your account is included in the published root"
    assert view.verdict_label.isVisible()
    assert table_contents(view.balances_table) == DEMO_BALANCES
    assert view.balances_table.accessibleName() == "Your balances"
    assert view.root_source.text().startswith("published root, ")
    assert "demo_published_root.txt" in view.root_source.text()
    assert view.computed_root.text() == view.expected_root.text() == view.result.root_computed
    assert "same" in view.roots_match.text()
    assert view.format_label.text() == "OKX — OKX Merkle tree v1 (path file), Nov 2022 – Mar 2023"  # exchange, format, period
    assert view.failure_box is None
    assert window.proof_edit.text() == str(demo_proof_path())
    qtbot.screenshot(window, "demo-pass")


def test_try_the_sample_button(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].verdict == "pass"
    assert view_of(window).verdict_label.text().startswith("PASS")
    assert "Things to know" in visible_text(view_of(window))


@pytest.mark.usefixtures("okx_vectors")
def test_real_okx_file_without_root_passes_with_root_from_file_warning(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "root written in the proof file" in view.verdict_label.text()
    assert "taken from the proof file itself" in view.root_source.text()
    assert table_contents(view.balances_table) == DEMO_BALANCES
    assert view.expected_root.text() == OKX_V1_ROOT
    # The root-from-file warning is on screen, first, with its why-it-matters line.
    first = view.warning_items[0]
    assert first.property("warningCode") == "root-from-file" and first.isVisible()
    assert "No published root was given" in first.toPlainText()
    assert "Why it matters:" in first.toPlainText()
    assert "exchange's proof-of-reserves page" in first.toPlainText()
    assert "95088.55505656" in table_contents(view.totals_table).values()
    qtbot.screenshot(window, "okx-v1-root-from-file")


@pytest.mark.usefixtures("okx_vectors")
def test_wrong_root_typed_fails_at_the_root_step(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1)
    qtbot.keyClicks(window.root_edit, WRONG_ROOT)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("FAIL")
    assert view.failure_box is not None and view.failure_box.isVisible()
    box_text = visible_text(view.failure_box)
    assert "The first step that did not match: root" in box_text
    assert WRONG_ROOT in box_text and OKX_V1_ROOT in box_text
    assert view.root_source.text() == "published root, typed in the app"
    assert "different" in view.roots_match.text()
    assert "root-from-file" not in [item.property("warningCode") for item in view.warning_items]
    qtbot.screenshot(window, "okx-v1-wrong-root")


@pytest.mark.usefixtures("okx_vectors")
def test_tampered_balance_fails_at_the_leaf_step(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1_TAMPERED)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("FAIL")
    box_text = visible_text(view.failure_box)
    assert "The first step that did not match: leaf" in box_text
    assert "your own entry" in box_text
    assert "19399.33550812" in box_text  # the exact text that was hashed, with the edited balance
    assert "the proof did not confirm them" in visible_text(view)
    qtbot.screenshot(window, "okx-v1-tampered")


@pytest.mark.usefixtures("okx_vectors")
def test_choosing_the_format_by_hand(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1)
    window.set_format_id("okx-merkle-v1")
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")


def test_broken_file_shows_a_readable_error(qtbot, window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "my_proof.json"
    broken.write_bytes(b"\xff\xfe\x00garbage\x80\x81{{{")
    window.set_proof_path(broken)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text() == "ERROR — the file could not be verified"
    assert "my_proof.json" in view.error_message.text()
    shown = visible_text(window)
    assert "Traceback" not in shown and 'File "' not in shown
    assert view.balances_table is None and view.failure_box is None
    # Technical detail stays behind the Details toggle until asked for.
    assert not view.details_text.isVisible()
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    details = view.details_text
    assert details.isVisible()
    assert "Error code: not-text" in details.text()
    # Once laid out, the box is as tall as its text (both lines readable, nothing clipped).
    qtbot.waitUntil(
        lambda: details.visibleRegion().boundingRect().height()
        >= details.document().size().height()
        >= 2 * details.fontMetrics().height()
    )
    qtbot.screenshot(window, "broken-file-error")


def test_unreadable_root_is_an_error_not_a_pass(qtbot, window: MainWindow) -> None:
    window.set_proof_path(demo_proof_path())
    qtbot.keyClicks(window.root_edit, "not a root")
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("ERROR")
    assert "published root" in view.error_message.text()


def test_a_new_file_clears_the_old_result(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.set_proof_path(demo_proof_path())
    click_verify_and_wait(qtbot, window)
    window.set_proof_path(tmp_path / "other.json")
    assert window.result_view is None and window.placeholder.isVisible()


@pytest.mark.usefixtures("okx_vectors")
def test_small_window_scrolls_to_the_verdict(qtbot, window: MainWindow) -> None:
    window.resize(480, 420)
    window.set_proof_path(OKX_V1_TAMPERED)
    view = click_verify_and_wait(qtbot, window)
    viewport = window.scroll_area.viewport()
    qtbot.waitUntil(
        lambda: viewport.rect().contains(view.banner.mapTo(viewport, view.banner.rect().bottomLeft())),
        timeout=5000,
    )
    # Nothing wider than the window: long hashes and hashed texts wrap instead of adding a sideways scroll bar
    # (once the layout has settled: the first pass after a resize can still have the old width).
    qtbot.waitUntil(lambda: window.scroll_area.widget().width() <= viewport.width(), timeout=5000)
    qtbot.screenshot(window, "small-window-fail")


# -- responsiveness -------------------------------------------------------------------------------------------------


def test_verification_runs_off_the_gui_thread(qtbot, window: MainWindow, monkeypatch) -> None:
    release = threading.Event()
    started = threading.Event()
    seen_threads: list[threading.Thread] = []
    real_verify_file = worker.verify_file

    def slow_verify_file(path, options=None):
        seen_threads.append(threading.current_thread())
        started.set()
        release.wait(RESULT_TIMEOUT_MS / 1000)
        return real_verify_file(path, options)

    monkeypatch.setattr(worker, "verify_file", slow_verify_file)
    window.set_proof_path(demo_proof_path())
    try:
        qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set, timeout=RESULT_TIMEOUT_MS)
        # While the core is busy the window shows it and refuses a second run...
        assert not window.verify_button.isEnabled()
        assert window.busy_bar.isVisible()
        assert "Verifying demo_okx_merkle_v1_proof.json" in window.status_label.text()
        # ...and the GUI thread keeps running its event loop: timers fire, the window answers.
        fired: list[bool] = []
        QTimer.singleShot(10, lambda: fired.append(True))
        qtbot.waitUntil(lambda: bool(fired), timeout=5000)
        qtbot.keyClicks(window.root_edit, "abc")
        assert window.root_edit.text().endswith("abc")
        assert window.result_view is None
        qtbot.screenshot(window, "busy")
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.result_view is not None, timeout=RESULT_TIMEOUT_MS)
    assert seen_threads and seen_threads[0] is not threading.main_thread()
    assert window.verify_button.isEnabled() and not window.busy_bar.isVisible()
    assert window.status_label.text() == ""


# -- drag and drop ----------------------------------------------------------------------------------------------


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drag_enter(target: QWidget, mime: QMimeData) -> QDragEnterEvent:
    """What Qt sends when a drag from a file manager enters target; Qt then delivers the drop only to the
    widget that accepted this."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        event = QDragEnterEvent(QPoint(10, 10), *args)  # PySide6 up to 6.11 takes a QPoint here
    except TypeError:
        event = QDragEnterEvent(QPointF(10, 10), *args)  # and later releases a QPointF
    QApplication.sendEvent(target, event)
    return event


def _drop(target: QWidget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, event)
    return event


def test_dropping_a_file_on_the_window_takes_it(qtbot, window: MainWindow) -> None:
    path = demo_proof_path()
    mime = _file_mime(path)
    assert _drag_enter(window, mime).isAccepted()
    assert _drop(window, mime).isAccepted()
    assert window.proof_edit.text() == str(path)
    assert window.verify_button.isEnabled()
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")


def test_dropping_text_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just some text")
    assert not _drag_enter(window, mime).isAccepted()
    assert window.proof_edit.text() == ""


def test_dropping_a_root_file_on_the_root_box(window: MainWindow, tmp_path: Path) -> None:
    root_file = tmp_path / "sum_proof.json"
    root_file.write_text('{"root": "%s"}' % OKX_V1_ROOT)
    mime = _file_mime(root_file)
    assert _drag_enter(window.root_edit, mime).isAccepted()
    assert _drop(window.root_edit, mime).isAccepted()
    assert window.root_edit.text() == str(root_file)
    assert window.proof_edit.text() == ""


# -- launcher and crash handler -------------------------------------------------------------------------------------


def test_command_line_arguments() -> None:
    args = build_parser().parse_args(["proof.json", "--root", "abc", "--format", "okx-merkle-v1"])
    assert (args.proof, args.root, args.format_id, args.demo) == ("proof.json", "abc", "okx-merkle-v1", False)
    assert build_parser().parse_args(["--demo"]).demo


@pytest.mark.usefixtures("okx_vectors")
def test_opening_a_file_from_the_command_line_verifies_it(qtbot) -> None:
    window = create_window(build_parser().parse_args([str(OKX_V1), "--root", WRONG_ROOT]))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.result_view is not None, timeout=RESULT_TIMEOUT_MS)
    assert view_of(window).verdict_label.text().startswith("FAIL")
    assert window.root_edit.text() == WRONG_ROOT


def test_main_opens_the_demo_and_returns_the_exit_code(qtbot, monkeypatch) -> None:
    """The real entry point, with the event loop stubbed: a real app.exec() would leave the test process's
    QApplication in its closing state for every later test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs the crash handler
    seen: list[str] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1
        qtbot.addWidget(windows[0])
        qtbot.waitUntil(lambda: windows[0].result_view is not None, timeout=RESULT_TIMEOUT_MS)
        seen.append(windows[0].result_view.verdict_label.text())
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_main(["--demo"]) == 0
    assert seen and seen[0].startswith("PASS")
    assert sys.excepthook is not sys.__excepthook__


def test_python_m_verifier_gui_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "verifier_gui", "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.startswith("reserve-verifier ")


def test_crash_handler_shows_a_copyable_report(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    crash.install_excepthook()
    try:
        raise ValueError("something odd")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    box = shown[0]
    assert "Something went wrong" in box.text()
    assert "ValueError: something odd" in box.detailedText()
    assert "Traceback" in box.detailedText()  # the report is for developers, behind "Show Details…"
    box.deleteLater()

    # An exception on another thread is shown on the GUI thread (a dialog must never be built elsewhere).
    def fail_in_thread() -> None:
        try:
            raise RuntimeError("from a worker")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())

    thread = threading.Thread(target=fail_in_thread)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert "RuntimeError: from a worker" in shown[1].detailedText()
    shown[1].deleteLater()

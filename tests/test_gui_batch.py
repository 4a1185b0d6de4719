"""The Batch tab (pytest-qt): the results model checked by qtmodeltester, sorting and filtering, a batch that fills
the table as it goes without blocking the GUI thread, cancel, findings, a row's full result, the report export."""

from __future__ import annotations

import csv
import gc
import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from verifier_gui.core.builders import okx_merkle_v1 as okx_builder
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_file
from verifier_gui.gui.batch_model import COL_VERDICT, BatchFilterProxy, BatchTableModel
from verifier_gui.gui.batch_tab import BatchTab
from verifier_gui.gui.main_window import MainWindow

from .forge import okx_v1_sum_only_forgery

TIMEOUT_MS = 60_000
ROWS = [("1.5", "2", "300"), ("0.25", "0", "12.5"), ("3", "1.125", "0")]


def make_proofs(folder: Path, n: int, seed: str = "gui") -> str:
    tree = okx_builder.Tree([okx_builder.Account(okx_builder.deterministic_nonce(seed, i), ROWS[i % 3]) for i in range(n)])
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"p{i:04d}.json").write_text(json.dumps(tree.proof(i)), encoding="utf-8")
    return tree.root.hash


def sample_results(tmp_path: Path) -> list[Result]:
    root = make_proofs(tmp_path / "p", 3)
    tampered = json.loads((tmp_path / "p" / "p0001.json").read_text())
    tampered["self"]["balances"]["BTC"] = "7"
    (tmp_path / "p" / "p0001.json").write_text(json.dumps(tampered))
    (tmp_path / "p" / "bad.json").write_text("[1,")
    options = VerifyOptions(root=PublishedRoot(root, "t"))
    return [verify_file(p, options) for p in sorted((tmp_path / "p").iterdir())]


def test_the_model_passes_qtmodeltester_and_the_proxy_sorts_and_filters(qtmodeltester, tmp_path: Path) -> None:
    results = sample_results(tmp_path)
    assert sorted(r.verdict for r in results) == ["error", "fail", "pass", "pass"]
    model = BatchTableModel()
    qtmodeltester.check(model)
    model.add_results(results[:2])
    model.add_results(results[2:])
    qtmodeltester.check(model)
    proxy = BatchFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4

    proxy.set_filters(verdict="pass")
    assert proxy.rowCount() == 2
    assert {proxy.index(r, COL_VERDICT).data() for r in range(2)} == {"PASS"}
    proxy.set_filters(verdict="error")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "bad.json"
    proxy.set_filters(format_id="okx-merkle-v1")
    assert proxy.rowCount() == 3  # the malformed file has no format
    proxy.set_filters(warning="root-from-file")
    assert proxy.rowCount() == 0  # a root was given
    proxy.set_filters(warning="weak-binding-sum-only", verdict="fail")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "p0001.json"
    proxy.set_filters()
    proxy.sort(COL_VERDICT, Qt.SortOrder.AscendingOrder)  # problems first
    assert [proxy.index(r, COL_VERDICT).data() for r in range(4)] == ["FAIL", "ERROR", "PASS", "PASS"]
    qtmodeltester.check(proxy)
    model.clear()
    assert proxy.rowCount() == 0


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    # Own settings: the window saves its geometry on close, which must not leak into other test files' windows.
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.batch_tab.cancel()
    QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)


def open_batch(window: MainWindow) -> BatchTab:
    tabs = window.centralWidget()
    tabs.setCurrentIndex(1)
    assert tabs.tabText(0) == "One proof" and tabs.tabText(1) == "Batch"
    return window.batch_tab


def test_a_batch_fills_the_table_as_it_goes_without_blocking_the_gui(
    qtbot, window: MainWindow, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    root = make_proofs(tmp_path / "p", 400)
    tab = open_batch(window)
    tab.add_paths([str(tmp_path / "p")])
    tab.set_root_text(root)
    ticks: list[float] = []
    rows_seen: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: (ticks.append(time.monotonic()), rows_seen.append(tab.model.rowCount())))
    # The objects the rest of the test session left behind are frozen out of the collector: a full collection of
    # them (over a second late in the suite) would stop every thread and be measured here as the GUI blocking.
    gc.collect()
    gc.freeze()
    request.addfinalizer(gc.unfreeze)
    inserts: list[int] = []  # each time rows arrive, how many (the table fills as results come, not at the end)
    tab.model.rowsInserted.connect(lambda parent, first, last: inserts.append(last - first + 1))
    timer.start()
    with qtbot.waitSignal(tab.batchFinished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        assert tab.is_busy() and not tab.start_button.isEnabled() and tab.cancel_button.isEnabled()
    timer.stop()
    assert tab.model.rowCount() == 400
    # The table filled in steps while the GUI thread kept running its timer: it was never blocked for long.
    assert len(inserts) >= 3 and sum(inserts) == 400, inserts
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) >= 5 and max(gaps) < 1.0, max(gaps)  # the timer kept firing every 10 ms or so
    assert "400 of 400 files checked: 400 pass, 0 fail, 0 error; 0 finding(s)" in tab.status_label.text()
    assert tab.export_button.isEnabled() and not tab.findings_box.isVisibleTo(window)


def test_findings_a_row_s_full_result_and_the_report(qtbot, window: MainWindow, tmp_path: Path) -> None:
    nonces = [okx_builder.deterministic_nonce("g", i) for i in range(4)]
    file_a, file_b, root, _ = okx_v1_sum_only_forgery(nonces)
    (tmp_path / "a.json").write_text(json.dumps(file_a))
    (tmp_path / "b.json").write_text(json.dumps(file_b))
    (tmp_path / "broken.json").write_text("{")
    tab = open_batch(window)
    # Dropped files, as from a file manager
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in ("a.json", "b.json", "broken.json")])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)
    assert len(tab.paths) == 3
    tab.set_root_text(root)
    with qtbot.waitSignal(tab.batchFinished, timeout=TIMEOUT_MS):
        tab.start()
    assert [tab.model.result_at(r).verdict for r in range(3)] == ["pass", "pass", "error"]
    assert tab.findings_box.isVisibleTo(window)
    shown = tab.findings_text.toPlainText()
    assert "conflicting-node-values" in shown and "a.json" in shown and "b.json" in shown

    tab.verdict_filter.setCurrentIndex(tab.verdict_filter.findData("error"))
    assert tab.proxy.rowCount() == 1
    index = tab.proxy.index(0, 0)
    tab.table.clicked.emit(index)
    assert tab.result_view is not None and tab.result_view.result.file.endswith("broken.json")
    tab.verdict_filter.setCurrentIndex(0)
    # A passing row: the table keeps results without their path; the click verifies the file again for it.
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == "b.json")
    assert not tab.model.result_at(1).steps
    with qtbot.waitSignal(tab.detailShown, timeout=TIMEOUT_MS) as shown:
        tab.table.clicked.emit(tab.proxy.index(row, 0))
    full = shown.args[0]
    assert full.file.endswith("b.json") and full.verdict == "pass" and full.steps
    assert tab.result_view is not None and tab.result_view.result is full
    assert tab.result_view.path_picture is not None

    report = tab.export_report(str(tmp_path / "out.csv"))
    assert report is not None
    rows = list(csv.reader(report.read_text(encoding="utf-8").splitlines()))
    assert [r[1] for r in rows[1:]] == ["pass", "pass", "error"]
    doc = json.loads(tab.export_report(str(tmp_path / "out.json")).read_text())
    assert [f["code"] for f in doc["findings"]] == ["conflicting-node-values", "conflicting-node-values"]


def test_cancel_stops_the_batch_and_keeps_the_rows_done(qtbot, window: MainWindow, tmp_path: Path) -> None:
    root = make_proofs(tmp_path / "p", 600)
    tab = open_batch(window)
    tab.add_paths([str(tmp_path / "p")])
    tab.set_root_text(root)
    with qtbot.waitSignal(tab.batchFinished, timeout=TIMEOUT_MS):
        tab.start()
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=TIMEOUT_MS)
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.cancelled and 0 < tab.model.rowCount() < 600
    assert "Cancelled before the end." in tab.status_label.text()
    assert tab.start_button.isEnabled()


def test_a_bad_root_says_so_and_checks_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    make_proofs(tmp_path / "p", 2)
    tab = open_batch(window)
    tab.add_paths([str(tmp_path / "p")])
    tab.set_root_text("not a root")
    with qtbot.waitSignal(tab.batchFinished, timeout=TIMEOUT_MS):
        tab.start()
    assert tab.model.rowCount() == 0
    assert tab.status_label.text().startswith("The batch could not start")


def test_export_never_replaces_a_file_without_asking(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """Typed without a suffix, the report's name gets one after the dialog asked about the name as typed: if that
    file exists, the app asks again, and "No" leaves it untouched."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    root = make_proofs(tmp_path / "p", 3)
    tab = open_batch(window)
    tab.add_paths([str(tmp_path / "p")])
    tab.set_root_text(root)
    with qtbot.waitSignal(tab.batchFinished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    existing = tmp_path / "report.csv"
    existing.write_text("my own spreadsheet\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report"), "CSV table (*.csv)"))
    asked: list[str] = []

    def answer(choice):
        def question(parent, title, text, *rest):
            asked.append(text)
            return choice
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert tab.export_report() is None
    assert asked and str(existing) in asked[0]
    assert existing.read_text(encoding="utf-8") == "my own spreadsheet\n"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert tab.export_report() == existing
    assert existing.read_text(encoding="utf-8").startswith("file,")

"""The Batch tab: many proof files against one published root, for auditors and user communities.

Choose a folder or drop files, give the root, Start: a :class:`BatchTask` on the thread pool drives the core's
``verify_many`` generator and sends the results back in chunks, so the table fills as it goes and the GUI thread
never reads a proof or hashes. The table sorts and filters (verdict, format, warning); clicking a row shows that
file's full result below it (the same ResultView as the One proof tab). The findings across files and the report
export come at the end, or after Cancel for the files done.

:func:`install_batch_tab` puts the window's existing page and this tab side by side in a QTabWidget, so that
main_window.py needs a single call.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRunnable, QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.batch import expand_paths, verify_many
from ..core.catalogue import warning_message
from ..core.errors import InputError
from ..core.findings import Finding, FindingsIndex
from ..core.options import VerifyOptions
from ..core.reports import summarise, write_report
from ..core.result import Result
from ..core.roots import parse_root_argument
from .batch_model import COL_FILE, RESULT_ROLE, BatchFilterProxy, BatchTableModel
from .result_view import ResultView, translate_catalogue
from .worker import TYPED_ORIGIN, VerifyRequest, VerifyTask

if TYPE_CHECKING:
    from .main_window import MainWindow


# -- the work, off the GUI thread ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchChunk:
    run_id: int
    results: tuple[Result, ...]
    done: int
    total: int
    rate: float
    remaining: float | None


@dataclass(frozen=True)
class BatchDone:
    run_id: int
    findings: tuple[Finding, ...]
    total: int
    cancelled: bool
    problem: str = ""  # set when the batch could not start (a bad root); nothing was checked


class BatchSignals(QObject):
    """Lives in the GUI thread, so its signals reach GUI slots queued."""

    chunk = Signal(object)  # BatchChunk
    finished = Signal(object)  # BatchDone


class BatchTask(QRunnable):
    """One batch: expands the paths, verifies the files (in this pool thread: worker processes would re-run the app's
    entry point under the spawn start method, which a frozen build does not guard), indexes the findings."""

    def __init__(self, run_id: int, paths: Sequence[str], root_text: str, format_id: str | None = None) -> None:
        super().__init__()
        self.run_id = run_id
        self.paths = list(paths)
        self.root_text = root_text
        self.format_id = format_id
        self.signals = BatchSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # on a pool thread
        try:
            self._run()
        except Exception as exc:  # never leave the tab waiting
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self.signals.finished.emit(BatchDone(self.run_id, (), 0, False, problem=detail))

    def _run(self) -> None:
        try:
            root = parse_root_argument(self.root_text, TYPED_ORIGIN) if self.root_text.strip() else None
        except InputError as exc:
            self.signals.finished.emit(BatchDone(self.run_id, (), 0, False, problem=str(exc)))
            return
        expanded = expand_paths(self.paths)
        total = len(expanded.files) + len(expanded.missing)
        if expanded.missing:
            missing = tuple(expanded.missing)
            self.signals.chunk.emit(BatchChunk(self.run_id, missing, len(missing), total, 0.0, None))
        index = FindingsIndex()
        options = VerifyOptions(root=root, format_id=self.format_id)
        # Without the path steps: a full result is ~60 KB, so a big batch would hold gigabytes; a click on a row
        # verifies that one file again for its full result.
        for update in verify_many(expanded.files, options, jobs=1, cancel=self._cancel):
            for outcome in update.outcomes:
                index.add(outcome.evidence)
            self.signals.chunk.emit(
                BatchChunk(
                    self.run_id,
                    tuple(o.result for o in update.outcomes),
                    len(expanded.missing) + update.done,
                    total,
                    update.rate,
                    update.remaining,
                )
            )
        self.signals.finished.emit(BatchDone(self.run_id, tuple(index.findings()), total, self._cancel.is_set()))


# -- the tab -------------------------------------------------------------------------------------------------------


class BatchTab(QWidget):
    """Public API: ``add_paths``, ``set_root_text``, ``start``, ``cancel``, ``is_busy``, ``export_report``; the
    signal ``batchFinished`` fires when a batch has ended (completed or cancelled) and its findings are shown."""

    batchFinished = Signal()
    detailShown = Signal(object)  # the Result shown below the table, once it is the full one

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchTab")
        self.setAcceptDrops(True)
        self.settings = settings
        self.paths: list[str] = []
        self.findings: tuple[Finding, ...] = ()
        self.total = 0
        self.cancelled = False
        self._run_id = 0
        self._running: BatchTask | None = None
        self._root_used = ""  # the root text of the batch whose rows are shown (to verify a row again)
        self._detail_id = 0
        self._detail_task: VerifyTask | None = None
        self._build()
        self.retranslate()
        self._update_buttons()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 18)
        outer.setSpacing(10)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        outer.addWidget(self.intro_label)

        files_row = QHBoxLayout()
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.choose_folder)
        files_row.addWidget(self.folder_button)
        self.files_button = QPushButton(self)
        self.files_button.clicked.connect(self.choose_files)
        files_row.addWidget(self.files_button)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        files_row.addWidget(self.clear_button)
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        files_row.addWidget(self.chosen_label, 1)
        outer.addLayout(files_row)

        root_row = QHBoxLayout()
        self.root_label = QLabel(self)
        root_row.addWidget(self.root_label)
        self.root_edit = QLineEdit(self)
        self.root_edit.setClearButtonEnabled(True)
        self.root_label.setBuddy(self.root_edit)
        root_row.addWidget(self.root_edit, 1)
        self.root_file_button = QPushButton(self)
        self.root_file_button.clicked.connect(self.choose_root_file)
        root_row.addWidget(self.root_file_button)
        outer.addLayout(root_row)

        run_row = QHBoxLayout()
        self.start_button = QPushButton(self)
        self.start_button.clicked.connect(self.start)
        run_row.addWidget(self.start_button)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        run_row.addWidget(self.cancel_button)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        run_row.addWidget(self.progress_bar, 1)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export_report())
        run_row.addWidget(self.export_button)
        outer.addLayout(run_row)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        self.findings_box = QGroupBox(self)
        findings_layout = QVBoxLayout(self.findings_box)
        self.findings_text = QPlainTextEdit(self.findings_box)
        self.findings_text.setReadOnly(True)
        self.findings_text.setMaximumHeight(140)
        findings_layout.addWidget(self.findings_text)
        self.findings_box.setVisible(False)
        outer.addWidget(self.findings_box)

        filter_row = QHBoxLayout()
        self.filter_label = QLabel(self)
        filter_row.addWidget(self.filter_label)
        self.verdict_filter = QComboBox(self)
        self.format_filter = QComboBox(self)
        self.warning_filter = QComboBox(self)
        for combo in (self.verdict_filter, self.format_filter, self.warning_filter):
            combo.addItem("", None)  # "any …", in the current language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
            filter_row.addWidget(combo)
        for verdict in ("pass", "fail", "error"):
            self.verdict_filter.addItem("", verdict)
        filter_row.addStretch(1)
        outer.addLayout(filter_row)

        self.model = BatchTableModel(self)
        self.proxy = BatchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        self.table.clicked.connect(self._show_row)
        self.table.activated.connect(self._show_row)

        self.detail_area = QScrollArea(self)
        self.detail_area.setWidgetResizable(True)
        self.detail_placeholder = QLabel(self.detail_area)
        self.detail_placeholder.setWordWrap(True)
        self.detail_placeholder.setEnabled(False)
        self.detail_area.setWidget(self.detail_placeholder)
        self.result_view: ResultView | None = None

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

    def tab_title(self) -> str:
        return self.tr("Batch")

    def one_proof_title(self) -> str:
        return self.tr("One proof")

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "Verify many proof files against one published root, as an auditor does. Together the files can "
                "reveal what no single file can: a node shown with different balances, a leaf or nonce shared "
                "by two accounts. Everything happens on this computer."
            )
        )
        self.folder_button.setText(self.tr("Choose &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder of proof files"))
        self.files_button.setText(self.tr("Add fi&les…"))
        self.files_button.setAccessibleName(self.tr("Add proof files"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the chosen files and results"))
        self.root_label.setText(self.tr("Published &root:"))
        self.root_edit.setPlaceholderText(self.tr("Root hash (hex), or the path of a root file"))
        self.root_edit.setAccessibleName(self.tr("Published root for the batch"))
        self.root_file_button.setText(self.tr("Open root file…"))
        self.root_file_button.setAccessibleName(self.tr("Open root file for the batch"))
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start the batch"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the batch"))
        self.export_button.setText(self.tr("&Export report…"))
        self.export_button.setAccessibleName(self.tr("Export the batch report"))
        self.export_button.setToolTip(self.tr("Save the results and findings as an HTML, CSV or JSON report"))
        self.progress_bar.setAccessibleName(self.tr("Batch progress"))
        self.findings_box.setTitle(self.tr("Findings across files"))
        self.filter_label.setText(self.tr("Show:"))
        self.verdict_filter.setItemText(0, self.tr("Any verdict"))
        self.verdict_filter.setAccessibleName(self.tr("Filter by verdict"))
        for i, word in enumerate((self.tr("Pass"), self.tr("Fail"), self.tr("Error")), start=1):
            self.verdict_filter.setItemText(i, word)
        self.format_filter.setItemText(0, self.tr("Any format"))
        self.format_filter.setAccessibleName(self.tr("Filter by format"))
        self.warning_filter.setItemText(0, self.tr("Any warning"))
        self.warning_filter.setAccessibleName(self.tr("Filter by warning"))
        self.table.setAccessibleName(self.tr("Batch results"))
        if self.result_view is None:
            self.detail_placeholder.setText(self.tr("Click a row to see that file's full result here."))
        self._show_chosen()
        self._show_findings()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing files ----------------------------------------------------------------------------------------

    def _folder(self) -> str:
        folder = self.settings.value("paths/last_folder", "") if self.settings is not None else ""
        return folder if isinstance(folder, str) and Path(folder).is_dir() else str(Path.home())

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of proof files"), self._folder())
        if folder:
            self.add_paths([folder])

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add proof files"), self._folder(), self.tr("Proof files (*.json *.csv *.txt);;All files (*)")
        )
        if files:
            self.add_paths(files)

    def choose_root_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open the published root file"),
            self._folder(),
            self.tr("Root files (*.json *.txt);;All files (*)"),
        )
        if path:
            self.root_edit.setText(path)

    def add_paths(self, paths: Sequence[str]) -> None:
        """Files or folders to check (folders are searched when the batch starts, off the GUI thread)."""
        for path in paths:
            if path not in self.paths:
                self.paths.append(str(path))
        self._show_chosen()
        self._update_buttons()

    def set_root_text(self, text: str) -> None:
        self.root_edit.setText(text)

    def clear(self) -> None:
        if self.is_busy():
            return
        self.paths = []
        self._clear_results()
        self._show_chosen()
        self._update_buttons()

    def _show_chosen(self) -> None:
        if not self.paths:
            self.chosen_label.setText(self.tr("No files chosen yet: choose a folder, add files, or drop them here."))
        elif len(self.paths) == 1:
            self.chosen_label.setText(Path(self.paths[0]).name or self.paths[0])
        else:
            self.chosen_label.setText(self.tr("%n file(s) or folder(s) chosen", "", len(self.paths)))
        self.chosen_label.setToolTip("\n".join(self.paths))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped(event) and not self.is_busy():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped(event)
        if not paths or self.is_busy():
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    @staticmethod
    def _dropped(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    # -- running -----------------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._running is not None

    def start(self) -> None:
        if self.is_busy() or not self.paths:
            return
        self._clear_results()
        self._run_id += 1
        self._root_used = self.root_edit.text()
        task = BatchTask(self._run_id, self.paths, self._root_used)
        task.signals.chunk.connect(self._on_chunk)
        task.signals.finished.connect(self._on_finished)
        self._running = task
        self.progress_bar.setRange(0, 0)  # "working" until the files are counted
        self.status_label.setText(self.tr("Looking for proof files…"))
        self._update_buttons()
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_chunk(self, chunk: BatchChunk) -> None:
        if chunk.run_id != self._run_id:
            return
        self.model.add_results(chunk.results)
        self.total = chunk.total
        self.progress_bar.setRange(0, max(chunk.total, 1))
        self.progress_bar.setValue(chunk.done)
        self._add_filter_choices(chunk.results)
        left = "" if chunk.remaining is None else self._duration(chunk.remaining)
        self.status_label.setText(
            self.tr("%1 of %2 files checked, %3 files/s, %4 left")
            .replace("%1", f"{chunk.done:,}")
            .replace("%2", f"{chunk.total:,}")
            .replace("%3", f"{chunk.rate:,.0f}")
            .replace("%4", left or "–")
        )

    def _on_finished(self, done: BatchDone) -> None:
        if done.run_id != self._run_id:
            return
        self._running = None
        self.findings = done.findings
        self.total = max(done.total, self.model.rowCount())
        self.cancelled = done.cancelled
        self.progress_bar.setRange(0, max(self.total, 1))
        self.progress_bar.setValue(self.model.rowCount())
        if done.problem:
            self.status_label.setText(self.tr("The batch could not start: %1").replace("%1", done.problem))
        else:
            summary = summarise(self.model.results(), self.findings, self.total, self.cancelled)
            text = self.tr("%1 of %2 files checked: %3 pass, %4 fail, %5 error; %6 finding(s) across files.")
            for n, value in enumerate(
                (summary.checked, summary.total, summary.passed, summary.failed, summary.errors, len(self.findings)),
                start=1,
            ):
                text = text.replace(f"%{n}", f"{value:,}")
            if self.cancelled:
                text += " " + self.tr("Cancelled before the end.")
            self.status_label.setText(text)
        self._show_findings()
        self._update_buttons()
        self.batchFinished.emit()

    @staticmethod
    def _duration(seconds: float) -> str:
        seconds = int(seconds + 0.5)
        return f"{seconds // 60}:{seconds % 60:02d}"

    def _clear_results(self) -> None:
        self.model.clear()
        self.findings = ()
        self.total = 0
        self.cancelled = False
        for combo in (self.format_filter, self.warning_filter):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filters()
        self._show_result(None)
        self._show_findings()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label.setText("")

    def _add_filter_choices(self, results: Sequence[Result]) -> None:
        for r in results:
            if r.format is not None and self.format_filter.findData(r.format.id) < 0:
                self.format_filter.addItem(r.format.id, r.format.id)
            for code in r.warning_codes():
                if self.warning_filter.findData(code) < 0:
                    self.warning_filter.addItem(code, code)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.verdict_filter.currentData(), self.format_filter.currentData(), self.warning_filter.currentData()
        )

    def _show_findings(self) -> None:
        if not self.findings:
            self.findings_box.setVisible(False)
            self.findings_text.setPlainText("")
            return
        lines = []
        for f in self.findings:
            lines.append(f"{f.code}: {translate_catalogue(warning_message(f.code))} {f.message}")
            lines.append("    " + self.tr("Files: %1").replace("%1", ", ".join(f.files)))
        self.findings_text.setPlainText("\n".join(lines))
        self.findings_box.setVisible(True)

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.start_button.setEnabled(bool(self.paths) and not busy)
        self.cancel_button.setEnabled(busy)
        self.folder_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)
        self.clear_button.setEnabled(not busy and bool(self.paths or self.model.rowCount()))
        self.export_button.setEnabled(not busy and self.model.rowCount() > 0)

    # -- one row's full result -----------------------------------------------------------------------------------

    def _show_row(self, index: QModelIndex) -> None:
        """Show the row's result at once; unless it is complete already (an error has no path), verify the file
        again off the GUI thread for the full result with its path, which then replaces it."""
        result = self.proxy.data(index, RESULT_ROLE)
        if not isinstance(result, Result):
            return
        self._detail_id += 1
        self._show_result(result)
        if result.steps or result.verdict == "error":
            self.detailShown.emit(result)
            return
        request = VerifyRequest(
            proof=result.file,
            root_text=self._root_used,
            format_id=result.format.id if result.format else None,
            request_id=self._detail_id,
        )
        task = VerifyTask(request)
        task.signals.finished.connect(self._on_detail)
        self._detail_task = task  # keeps its signals alive until the result arrives
        QThreadPool.globalInstance().start(task)

    def _on_detail(self, payload: tuple[int, Result]) -> None:
        request_id, result = payload
        if request_id != self._detail_id:
            return  # another row was clicked since
        self._detail_task = None
        self._show_result(result)
        self.detailShown.emit(result)

    def _show_result(self, result: Result | None) -> None:
        # setWidget deletes the widget shown before (the placeholder or the previous ResultView)
        self.result_view = None
        if result is None:
            self.detail_placeholder = QLabel(self.detail_area)
            self.detail_placeholder.setWordWrap(True)
            self.detail_placeholder.setEnabled(False)
            self.detail_placeholder.setText(self.tr("Click a row to see that file's full result here."))
            self.detail_area.setWidget(self.detail_placeholder)
            return
        self.result_view = ResultView(result)
        self.detail_area.setWidget(self.result_view)

    # -- the report ----------------------------------------------------------------------------------------------

    def export_report(self, path: str | None = None) -> Path | None:
        """Ask where (HTML, CSV or JSON, by the name's suffix), then write the report of the files done."""
        if self.model.rowCount() == 0:
            return None
        if path is None:
            suggested = str(Path(self._folder()) / "reserve-verifier-batch-report.html")
            path, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the batch report"),
                suggested,
                self.tr("HTML page (*.html);;CSV table (*.csv);;JSON (*.json)"),
            )
            if not path:
                return None
            if Path(path).suffix.lower() not in (".html", ".csv", ".json"):
                path += ".csv" if "csv" in chosen else ".json" if "json" in chosen.lower() else ".html"
                # The dialog asked about the name as typed; the name with its suffix may be another, existing file.
                if Path(path).exists() and not self._may_replace(Path(path)):
                    return None
        results = self.model.results()
        summary = summarise(results, self.findings, max(self.total, len(results)), self.cancelled)
        try:
            saved = write_report(path, results, self.findings, summary)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self, self.tr("Report not saved"), self.tr("The report could not be saved: %1").replace("%1", str(exc))
            )
            return None
        self.status_label.setText(self.tr("Report saved as %1.").replace("%1", saved.name))
        return saved

    def _may_replace(self, path: Path) -> bool:
        """Ask before replacing a file the user did not pick in the dialog themselves."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it with this report?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def install_batch_tab(window: MainWindow) -> BatchTab:
    """Put the window's page ("One proof") and a new Batch tab in a QTabWidget, as the central widget."""
    page = window.takeCentralWidget()
    tabs = QTabWidget(window)
    tabs.setObjectName("mainTabs")
    tabs.setDocumentMode(True)
    batch = BatchTab(tabs, window.settings)
    tabs.addTab(page, batch.one_proof_title())
    tabs.addTab(batch, batch.tab_title())
    window.setCentralWidget(tabs)

    def retranslate(_language: str = "") -> None:
        tabs.setTabText(0, batch.one_proof_title())
        tabs.setTabText(1, batch.tab_title())
        batch.retranslate()

    window.languageChanged.connect(retranslate)
    return batch

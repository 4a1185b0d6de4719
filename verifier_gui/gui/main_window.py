"""MainWindow: choose a proof file and a published root, verify off the GUI thread, show the ResultView."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMimeData, QSettings, QThreadPool, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeySequence, QShortcut
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.demo import demo_proof_path, demo_root_path
from ..core.registry import FormatSpec, all_formats
from ..core.result import Result
from . import i18n
from .i18n import format_text
from .batch_tab import install_batch_tab
from .entry_form import EntryForm
from .secrets_form import SecretsForm
from .receipt_export import save_receipt as write_receipt
from .result_view import ResultView
from .worker import VerifyRequest, VerifyTask


def local_files(mime: QMimeData) -> list[str]:
    """The local file paths in a drag (a file manager's drop); remote URLs and plain text are not files."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class FileDropLineEdit(QLineEdit):
    """A box for a file's path (the published root, the asset list). Dropping a file on it puts the file's path
    in, instead of QLineEdit's default of pasting a file:// URL as text."""

    fileDropped = Signal(str)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.setText(files[0])
            self.fileDropped.emit(files[0])
        else:
            super().dropEvent(event)


#: The published-root box (a hex root typed or pasted, or a root file's path).
RootLineEdit = FileDropLineEdit


class MainWindow(QMainWindow):
    """The app's one window. Public API: ``set_proof_path``, ``set_root_text``, ``set_format_id``, ``verify``,
    ``load_demo``, ``is_busy``, ``set_language``; the signal ``resultShown(Result)`` fires when a result is on
    screen, and ``result_view`` is the ResultView showing it (None before the first result); ``languageChanged``
    (the language code) fires once every text is in the new language."""

    resultShown = Signal(object)
    languageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.resize(900, 700)
        self.setMinimumSize(420, 360)
        self.result_view: ResultView | None = None
        self.last_result: Result | None = None
        self._request_id = 0
        self._running: VerifyTask | None = None  # keeps the task's signals alive until its result arrives
        self._status: Callable[[], str] | None = None  # re-run on a language change: the status in the new words
        # Remembers the window's geometry, the last folder used and the language, never a file's name or contents.
        self.settings = settings if settings is not None else QSettings("Reserve Verifier", "Reserve Verifier")
        # The language chosen earlier in the app, else the system's: installed before any text is made.
        i18n.set_language(i18n.startup_language(self.settings))
        self._language = i18n.current_language()  # the language the texts on screen are in
        self._build()
        self.batch_tab = install_batch_tab(self)  # this page and the Batch tab side by side
        self._retranslate_texts()
        self._update_buttons()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    # -- layout ----------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        """Make the widgets; their texts are set by _retranslate_texts (again whenever the language changes)."""
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setCentralWidget(self.scroll_area)

        content = QWidget()
        content.setObjectName("content")
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(18, 14, 18, 18)
        outer.setSpacing(12)

        # What the app does, and the language switch beside it
        top_row = QHBoxLayout()
        top_row.setSpacing(12)
        self.intro_label = QLabel(content)
        self.intro_label.setWordWrap(True)
        intro_font = QFont(self.intro_label.font())
        intro_font.setPointSizeF(intro_font.pointSizeF() * 1.1)
        self.intro_label.setFont(intro_font)
        top_row.addWidget(self.intro_label, 1)
        self.language_label = QLabel(content)
        self.language_combo = QComboBox(content)
        for code, name in i18n.LANGUAGES.items():  # each language named in itself: found whatever is shown
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._language), 0))
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.currentIndexChanged.connect(
            lambda index: self.set_language(str(self.language_combo.itemData(index)))
        )
        self.language_label.setBuddy(self.language_combo)
        top_row.addWidget(self.language_label, 0, Qt.AlignmentFlag.AlignTop)
        top_row.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top_row)

        # Your proof file
        self.proof_box = QGroupBox(content)
        proof_layout = QVBoxLayout(self.proof_box)
        proof_row = QHBoxLayout()
        self.proof_edit = QLineEdit(self.proof_box)
        self.proof_edit.setReadOnly(True)
        self.proof_edit.setAcceptDrops(False)  # drops go to the window, which takes the file
        proof_row.addWidget(self.proof_edit, 1)
        self.open_button = QPushButton(self.proof_box)
        self.open_button.clicked.connect(self.choose_proof_file)
        proof_row.addWidget(self.open_button)
        proof_layout.addLayout(proof_row)
        self.tree_label = QLabel(self.proof_box)
        self.tree_label.setWordWrap(True)
        proof_layout.addWidget(self.tree_label)
        tree_row = QHBoxLayout()
        self.tree_edit = QLineEdit(self.proof_box)
        self.tree_edit.setReadOnly(True)
        self.tree_edit.setClearButtonEnabled(True)
        self.tree_label.setBuddy(self.tree_edit)
        tree_row.addWidget(self.tree_edit, 1)
        self.open_tree_button = QPushButton(self.proof_box)
        self.open_tree_button.clicked.connect(self.choose_tree_file)
        tree_row.addWidget(self.open_tree_button)
        self.clear_tree_button = QPushButton(self.proof_box)
        self.clear_tree_button.clicked.connect(lambda: self.set_tree_path(""))
        tree_row.addWidget(self.clear_tree_button)
        proof_layout.addLayout(tree_row)
        outer.addWidget(self.proof_box)

        # Values from a web page (instead of, or beside, a proof file)
        self.entry_form = EntryForm(content)
        self.entry_form.toggled.connect(lambda _on: self._update_buttons())
        self.entry_form.kind_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        outer.addWidget(self.entry_form)
        self.secrets_form = SecretsForm(content)  # SwissBorg credential, BitMEX nonce, River key: never stored
        outer.addWidget(self.secrets_form)

        # The exchange's asset list or configuration: optional, for the formats that need one (issues 5 and 7)
        self.assets_box = QGroupBox(content)
        assets_layout = QVBoxLayout(self.assets_box)
        assets_row = QHBoxLayout()
        self.assets_label = QLabel(self.assets_box)
        assets_row.addWidget(self.assets_label)
        self.assets_edit = FileDropLineEdit(self.assets_box)
        self.assets_edit.setReadOnly(True)  # a path, chosen or dropped; cleared with the button
        self.assets_edit.setClearButtonEnabled(True)
        self.assets_edit.fileDropped.connect(self._assets_dropped)
        self.assets_label.setBuddy(self.assets_edit)
        assets_row.addWidget(self.assets_edit, 1)
        self.open_assets_button = QPushButton(self.assets_box)
        self.open_assets_button.clicked.connect(self.choose_assets_file)
        assets_row.addWidget(self.open_assets_button)
        self.clear_assets_button = QPushButton(self.assets_box)
        self.clear_assets_button.clicked.connect(lambda: self.set_assets_path(""))
        assets_row.addWidget(self.clear_assets_button)
        assets_layout.addLayout(assets_row)

        # Published root
        self.root_box = QGroupBox(content)
        root_layout = QVBoxLayout(self.root_box)
        self.root_hint = QLabel(self.root_box)
        self.root_hint.setWordWrap(True)
        root_layout.addWidget(self.root_hint)
        root_row = QHBoxLayout()
        self.root_label = QLabel(self.root_box)
        root_row.addWidget(self.root_label)
        self.root_edit = RootLineEdit(self.root_box)
        self.root_edit.setClearButtonEnabled(True)
        self.root_edit.returnPressed.connect(self.verify)
        self.root_label.setBuddy(self.root_edit)
        root_row.addWidget(self.root_edit, 1)
        self.open_root_button = QPushButton(self.root_box)
        self.open_root_button.clicked.connect(self.choose_root_file)
        root_row.addWidget(self.open_root_button)
        root_layout.addLayout(root_row)
        outer.addWidget(self.root_box)
        outer.addWidget(self.assets_box)

        # Format, actions, progress
        format_row = QHBoxLayout()
        format_row.setSpacing(8)
        self.format_label = QLabel(content)
        self.format_combo = QComboBox(content)
        self.format_combo.addItem("", None)  # "Detect automatically", in the current language
        for spec in all_formats():
            self.format_combo.addItem(f"{spec.exchange}: {spec.name} ({spec.id})", spec.id)
        # Long format names must not widen the window: the box shrinks to ~24 characters on a small screen,
        # and its drop-down list still shows names in full.
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.format_combo.setMinimumContentsLength(24)
        self.format_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.format_combo.setMaximumWidth(self.format_combo.fontMetrics().averageCharWidth() * 60)
        self.format_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.format_label.setBuddy(self.format_combo)
        format_row.addWidget(self.format_label)
        format_row.addWidget(self.format_combo)
        format_row.addStretch(1)
        outer.addLayout(format_row)

        button_row = QHBoxLayout()
        button_row.setSpacing(8)
        self.verify_button = QPushButton(content)
        self.verify_button.setDefault(True)
        verify_font = QFont(self.verify_button.font())
        verify_font.setBold(True)
        self.verify_button.setFont(verify_font)
        self.verify_button.setMinimumWidth(120)
        self.verify_button.clicked.connect(self.verify)
        button_row.addWidget(self.verify_button)
        self.demo_button = QPushButton(content)
        self.demo_button.clicked.connect(self.load_demo)
        button_row.addWidget(self.demo_button)
        self.receipt_button = QPushButton(content)
        self.receipt_button.clicked.connect(self.save_receipt)
        button_row.addWidget(self.receipt_button)
        button_row.addSpacing(8)
        self.busy_bar = QProgressBar(content)
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        button_row.addWidget(self.busy_bar)
        self.cancel_button = QPushButton(content)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        button_row.addWidget(self.cancel_button)
        self.status_label = QLabel(content)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button_row.addWidget(self.status_label, 1)
        outer.addLayout(button_row)

        # Result
        self.result_area = QVBoxLayout()
        self.placeholder = QLabel(content)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.result_area.addWidget(self.placeholder)
        outer.addLayout(self.result_area)
        outer.addStretch(1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, activated=self.choose_proof_file)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, activated=self.close)

        self.setTabOrder(self.language_combo, self.open_button)
        self.setTabOrder(self.open_button, self.root_edit)
        self.setTabOrder(self.root_edit, self.open_root_button)
        self.setTabOrder(self.open_root_button, self.format_combo)
        self.setTabOrder(self.format_combo, self.verify_button)
        self.setTabOrder(self.verify_button, self.demo_button)

    def _retranslate_texts(self) -> None:
        """Every text of the window's own widgets, in the current language (the result is rebuilt apart)."""
        self.setWindowTitle(self.tr("Reserve Verifier"))
        self.intro_label.setText(
            self.tr(
                "Check that your account is really included in the customer balances your exchange published "
                "as its proof of reserves. Everything happens on this computer: nothing is sent anywhere."
            )
        )
        self.language_label.setText(self.tr("Lan&guage:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setToolTip(self.tr("The language of the app (remembered for the next start)"))
        self.proof_box.setTitle(self.tr("Your proof file"))
        self.proof_edit.setPlaceholderText(self.tr("Open the proof file your exchange gave you, or drop it here"))
        self.proof_edit.setAccessibleName(self.tr("Proof file"))
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open proof file"))
        self.open_button.setToolTip(self.tr("Choose the proof file (Ctrl+O)"))
        self.tree_label.setText(self.tr("Full &tree file (OKX Merkle v2 only):"))
        self.tree_edit.setPlaceholderText(self.tr("Not needed for other formats"))
        self.tree_edit.setAccessibleName(self.tr("Full tree file"))
        self.open_tree_button.setText(self.tr("Open t&ree…"))
        self.open_tree_button.setAccessibleName(self.tr("Open full tree file"))
        self.clear_tree_button.setText(self.tr("Clear"))
        self.clear_tree_button.setAccessibleName(self.tr("Clear full tree file"))
        self.root_box.setTitle(self.tr("Published root"))
        self.root_hint.setText(
            self.tr(
                "Paste the root hash shown on the exchange's proof-of-reserves page, or open the file it "
                "publishes that holds it. Without it, the root written inside your proof file is used, which "
                "proves much less."
            )
        )
        self.root_label.setText(self.tr("&Root:"))
        self.root_edit.setPlaceholderText(self.tr("Root hash (hex), or the path of a root file"))
        self.root_edit.setAccessibleName(self.tr("Published root"))
        self.open_root_button.setText(self.tr("Open root &file…"))
        self.open_root_button.setAccessibleName(self.tr("Open root file"))
        self.assets_box.setTitle(self.tr("Exchange's asset list or configuration (optional)"))
        self.assets_label.setText(self.tr("File:"))
        self.assets_edit.setPlaceholderText(self.tr("Only some formats need it: open it or drop it here"))
        self.assets_edit.setAccessibleName(self.tr("Exchange's asset list or configuration (optional)"))
        self.assets_edit.setToolTip(self.assets_edit.text() or self.tr(
            "The list of assets, or the configuration file, the exchange published with this snapshot"))
        self.open_assets_button.setText(self.tr("Open asset l&ist…"))
        self.open_assets_button.setAccessibleName(self.tr("Open the exchange's asset list or configuration"))
        self.clear_assets_button.setText(self.tr("Clear"))
        self.clear_assets_button.setAccessibleName(self.tr("Clear the asset list or configuration"))
        self.format_label.setText(self.tr("For&mat:"))
        self.format_combo.setAccessibleName(self.tr("Proof format"))
        self.format_combo.setItemText(0, self.tr("Detect automatically"))
        for i, spec in enumerate(all_formats(), start=1):
            self.format_combo.setItemText(i, self.format_choice_text(spec, spec.id))
        self.verify_button.setText(self.tr("&Verify"))
        self.verify_button.setAccessibleName(self.tr("Verify"))
        self.demo_button.setText(self.tr("Try the &sample"))
        self.demo_button.setAccessibleName(self.tr("Try the sample"))
        self.demo_button.setToolTip(
            self.tr("Verify a made-up proof that ships with the app, to see what a pass looks like")
        )
        self.receipt_button.setText(self.tr("Save &receipt…"))
        self.receipt_button.setAccessibleName(self.tr("Save receipt"))
        self.receipt_button.setToolTip(self.tr("Save what was checked, and the verdict, as a PDF or JSON file"))
        self.busy_bar.setAccessibleName(self.tr("Verifying"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel verification"))
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setText(self._status() if self._status is not None else "")
        self.placeholder.setText(self.tr("The result will appear here. Not sure what to expect? Try the sample first."))

    # -- language --------------------------------------------------------------------------------------------------

    def set_language(self, language: str, *, remember: bool = True) -> bool:
        """Switch the app to ``language`` (a code of i18n.LANGUAGES) at once and, with ``remember``, keep it for the
        next start. False, and the app stays in English, when that language's translation is not installed."""
        ok = i18n.set_language(language)
        if ok and remember:
            i18n.save_language(self.settings, i18n.current_language())
        self._retranslate()  # now, not when Qt's LanguageChange events arrive: the switch is seen at once
        if not ok:
            self.language_combo.blockSignals(True)  # back to the language really shown
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(i18n.current_language()), 0))
            self.language_combo.blockSignals(False)
            self._set_status(lambda: self.tr("This language is not installed: its translation file is missing."))
        return ok

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Put every visible text in the current language: the window's own texts, the web-page form's, and the
        result, rebuilt from the same Result (with the technical details still open if they were)."""
        language = i18n.current_language()
        if language == self._language:
            return  # Qt sends LanguageChange once per translator installed or removed: the first one did it
        self._language = language
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.language_combo.blockSignals(False)
        self._retranslate_texts()
        self.entry_form.retranslate()
        self.secrets_form.retranslate()
        if self.result_view is not None and self.last_result is not None:
            old = self.result_view
            details_open = old.details_button is not None and old.details_button.isChecked()
            picture = old.path_picture
            path_open = picture is not None and old.path_toggle is not None and not picture.is_collapsed()
            scroll = self.scroll_area.verticalScrollBar()
            position = scroll.value()
            self._render_result(self.last_result)
            new = self.result_view
            if details_open and new.details_button is not None:
                new.details_button.setChecked(True)
            if path_open and new.path_picture is not None and new.path_picture.is_collapsed():
                new.path_picture.expand_all()
            QTimer.singleShot(0, self, lambda: scroll.setValue(position))  # once the new view is laid out
        self.languageChanged.emit(language)

    def _set_status(self, text: Callable[[], str] | None) -> None:
        """Show a status line; ``text`` makes it, so that a language change can make it again in the new words."""
        self._status = text
        self.status_label.setText(text() if text is not None else "")

    # -- inputs ----------------------------------------------------------------------------------------------------

    def proof_path(self) -> str:
        return self.proof_edit.text()

    def set_proof_path(self, path: str | Path) -> None:
        """Take a proof file (from Open…, a drop or the command line). The old result is cleared: it was about
        another file."""
        self.proof_edit.setText(str(path))
        self.proof_edit.setCursorPosition(len(str(path)))  # a long path shows its end: the file's name
        self.proof_edit.setToolTip(str(path))
        self._clear_result()
        if not self.root_edit.text().strip():
            self._set_status(lambda: self.tr("Paste the published root, then press Verify."))
        else:
            self._set_status(lambda: self.tr("Press Verify to check this file."))
        self._update_buttons()
        if not self.root_edit.text().strip():
            self.root_edit.setFocus()
        else:
            self.verify_button.setFocus()

    def set_root_text(self, text: str) -> None:
        self.root_edit.setText(text)

    def set_format_id(self, format_id: str | None) -> None:
        index = self.format_combo.findData(format_id)
        self.format_combo.setCurrentIndex(max(index, 0))

    def choose_proof_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open your proof file"),
            self.last_folder(),
            self.tr("Proof files (*.json *.csv *.txt);;All files (*)"),
        )
        if path:
            self.remember_folder(path)
            self.set_proof_path(path)

    def last_folder(self) -> str:
        folder = self.settings.value("paths/last_folder", "")
        return folder if isinstance(folder, str) and folder and Path(folder).is_dir() else str(Path.home())

    def remember_folder(self, chosen_file: str) -> None:
        self.settings.setValue("paths/last_folder", str(Path(chosen_file).parent))

    def set_tree_path(self, path: str | Path) -> None:
        self.tree_edit.setText(str(path))
        self.tree_edit.setCursorPosition(len(str(path)))
        self.tree_edit.setToolTip(str(path))

    def choose_tree_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open the full liabilities tree"),
            self.last_folder(),
            self.tr("Tree files (*.txt *.csv);;All files (*)"),
        )
        if path:
            self.remember_folder(path)
            self.set_tree_path(path)

    def set_assets_path(self, path: str | Path) -> None:
        self.assets_edit.setText(str(path))
        self.assets_edit.setCursorPosition(len(str(path)))
        self.assets_edit.setToolTip(str(path))

    def assets_path(self) -> str:
        return self.assets_edit.text().strip()

    def choose_assets_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open the exchange's asset list or configuration"),
            self.last_folder(),
            self.tr("Asset lists and configurations (*.json *.csv *.txt *.yaml *.yml *.toml);;All files (*)"),
        )
        if path:
            self.remember_folder(path)
            self.set_assets_path(path)

    def _assets_dropped(self, path: str) -> None:
        self.remember_folder(path)
        self.set_assets_path(path)

    def choose_root_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open the published root file"),
            self.last_folder(),
            self.tr("Root files (*.json *.txt);;All files (*)"),
        )
        if path:
            self.remember_folder(path)
            self.root_edit.setText(path)

    def load_demo(self) -> None:
        """The bundled sample: a made-up proof and its published root file, verified at once."""
        self.set_format_id(None)
        self.entry_form.setChecked(False)
        self.set_tree_path("")
        self.set_assets_path("")
        self.root_edit.setText(str(demo_root_path()))
        self.set_proof_path(demo_proof_path())
        self.verify()

    # -- drag and drop -------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_proof_path(files[0])
        if len(files) > 1:
            taken = Path(files[0]).name
            self._set_status(lambda: self.tr("Only one file is checked at a time; took %1.").replace("%1", taken))

    # -- verifying ---------------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._running is not None

    def verify(self) -> None:
        """Start verifying on the thread pool; the GUI stays responsive and the result arrives by signal."""
        if self.is_busy() or not self._ready():
            return
        self._request_id += 1
        typed = self.entry_form.is_active() and not self.entry_form.needs_proof_file()
        # A record that goes with the proof file (Gate.io, The Network Firm, HTX/Poloniex UID): the form names the
        # format, and its values reach the core as VerifyOptions.record, as the command line's options do.
        record_format = self.entry_form.record_format() if self.entry_form.is_active() else None
        record = record_format is not None
        request = VerifyRequest(
            proof="" if typed else self.proof_path(),
            root_text=self.root_edit.text(),
            format_id=None if typed else (record_format or self.format_combo.currentData()),
            request_id=self._request_id,
            tree=None if typed else self.tree_edit.text() or None,
            assets=None if typed else self.assets_path() or None,
            entry_format=self.entry_form.kind() if typed else None,
            fields=self.entry_form.fields() if typed or record else {},
            secrets=None if typed else self.secrets_form.secrets(),
        )
        task = VerifyTask(request)
        task.signals.finished.connect(self._on_finished)
        task.signals.progress.connect(self._on_progress)
        self._running = task
        self.busy_bar.setRange(0, 0)  # "working" until a long verification reports how far it is
        self.busy_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        name = Path(request.proof).name if request.proof else None
        self._set_status(
            lambda: self.tr("Verifying %1…").replace("%1", name if name else self.tr("the values you entered"))
        )
        self._update_buttons()
        QThreadPool.globalInstance().start(task)

    def cancel(self) -> None:
        """Ask the running verification to stop; its (error) result arrives as usual."""
        if self._running is not None:
            self._running.cancel()
            self._set_status(lambda: self.tr("Cancelling…"))

    def _on_progress(self, fraction: float) -> None:
        if self._running is not None:
            self.busy_bar.setRange(0, 1000)
            self.busy_bar.setValue(int(fraction * 1000))

    def _on_finished(self, payload: tuple[int, Result]) -> None:
        request_id, result = payload
        if request_id != self._request_id:
            return  # an answer to an older request
        self._running = None
        self.busy_bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_status(None)
        self._update_buttons()
        if result.error is not None and result.error.candidates and self._choose_format(result.error.candidates):
            self.verify()  # again, with the format the user chose
            return
        self.show_result(result)

    @staticmethod
    def format_choice_text(spec: FormatSpec, extra: str) -> str:
        """"Exchange: format name (extra)" in the app's language."""
        return f"{format_text(spec.exchange)}: {format_text(spec.name)} ({extra})"

    def _choose_format(self, candidates: tuple[str, ...]) -> bool:
        """The file fits several formats: let the user say which one (Cancel shows the error)."""
        specs = [spec for spec in all_formats() if spec.id in candidates]
        labels = [self.format_choice_text(spec, format_text(spec.period)) for spec in specs]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Which format is this?"),
            self.tr("This file fits more than one exchange's format. Which exchange gave it to you?"),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return False
        self.set_format_id(specs[labels.index(label)].id)
        return True

    def show_result(self, result: Result) -> None:
        self._render_result(result)
        QTimer.singleShot(0, self, self._scroll_to_result)  # once the layout has placed it
        self._update_buttons()
        self.resultShown.emit(result)

    def _render_result(self, result: Result) -> None:
        """Put a ResultView of ``result`` in place of the one shown (if any), in the current language."""
        self._clear_result()
        self.placeholder.setVisible(False)
        self.last_result = result
        self.result_view = ResultView(result, self.scroll_area.widget())
        self.result_area.addWidget(self.result_view)
        self.result_view.show()  # now, not when the layout gets round to it: the result is on screen at once

    def _scroll_to_result(self) -> None:
        """Bring the whole verdict banner into view (on a small screen it starts below the inputs)."""
        if self.result_view is None:
            return
        content = self.scroll_area.widget()
        content.layout().activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # let the scroll area take the new size
        self.scroll_area.ensureWidgetVisible(self.result_view.banner, 0, 12)

    def _clear_result(self) -> None:
        if self.result_view is not None:
            self.result_area.removeWidget(self.result_view)
            self.result_view.deleteLater()
            self.result_view = None
            self.last_result = None
        self.placeholder.setVisible(True)

    def save_receipt(self, path: str | None = None) -> Path | None:
        """Ask where (the dialog confirms before replacing a file), then write the receipt there."""
        if self.last_result is None:
            return None
        if path is None:
            stamp = datetime.now().strftime("%Y-%m-%d")
            suggested = str(Path(self.last_folder()) / f"reserve-verifier-receipt-{stamp}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the verification receipt"), suggested, self.tr("PDF (*.pdf);;JSON (*.json)")
            )
            if not path:
                return None
            self.remember_folder(path)
        try:
            saved = write_receipt(self.last_result, path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Receipt not saved"), self.tr("The receipt could not be saved: %1").replace("%1", str(exc))
            )
            return None
        self._set_status(lambda: self.tr("Receipt saved as %1.").replace("%1", saved.name))
        return saved

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _ready(self) -> bool:
        """A proof file is needed, except for values typed from a Silver Sixpence page."""
        if self.entry_form.is_active() and not self.entry_form.needs_proof_file():
            return True
        return bool(self.proof_path())

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.verify_button.setEnabled(self._ready() and not busy)
        # The form says which audit the typed values belong to; the format box would only contradict it.
        self.format_combo.setEnabled(not busy and not self.entry_form.is_active())
        self.demo_button.setEnabled(not busy)
        self.receipt_button.setEnabled(not busy and self.last_result is not None)
        self.open_button.setEnabled(not busy)
        self.setAcceptDrops(not busy)


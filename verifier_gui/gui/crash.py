"""The crash handler: an unexpected exception shows a dialog with a copyable report instead of the app
vanishing. The report holds the traceback only, never the contents of the user's files."""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"Reserve Verifier {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashReporter(QObject):
    """Lives on the GUI thread; ``report`` may be emitted from any thread and is shown on the GUI thread."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.report.connect(self._show)

    def _show(self, text: str) -> None:
        if self._showing:  # one dialog at a time; later reports still went to stderr
            return
        self._showing = True
        try:
            box = QMessageBox(QApplication.activeWindow())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("CrashReporter", "Reserve Verifier: unexpected error"))
            box.setText(
                QCoreApplication.translate(
                    "CrashReporter",
                    "Something went wrong inside Reserve Verifier. Nothing was concluded about your file. "
                    "You can keep using the app, or copy the report below and send it to the developers.",
                )
            )
            box.setDetailedText(text)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
        finally:
            self._showing = False


_reporter: CrashReporter | None = None


def install_excepthook() -> CrashReporter:
    """Replace sys.excepthook (call once the QApplication exists). Returns the reporter, for tests."""
    global _reporter
    _reporter = CrashReporter()
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        text = crash_report(exc_type, exc, tb)
        print(text, file=sys.stderr)
        app = QCoreApplication.instance()
        if _reporter is None or app is None:
            return
        if QThread.currentThread() == app.thread():
            _reporter._show(text)
        else:
            _reporter.report.emit(text)  # queued to the GUI thread

    sys.excepthook = hook
    return _reporter

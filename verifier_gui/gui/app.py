"""reserve-verifier: the desktop app's launcher (``python -m verifier_gui`` does the same).

    reserve-verifier                     an empty window
    reserve-verifier PROOF [--root R]    open PROOF and verify it at once
    reserve-verifier --demo              open the bundled sample, already verified
    reserve-verifier --self-test         verify the sample, check the result is on screen, print one line, exit
    reserve-verifier --language zh_CN    this time in Simplified Chinese (en: English), whatever was chosen before
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from .. import __version__

#: The self-test gives up, and fails, when no result is on screen after this many seconds.
SELF_TEST_TIMEOUT_S = 60.0
ICON_NAME = "reserve-verifier"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reserve-verifier",
        description="Open the Reserve Verifier desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("proof", nargs="?", metavar="PROOF", help="a proof file to open and verify")
    parser.add_argument("--root", metavar="R", help="the published root: hex, or a file that holds it")
    parser.add_argument("--format", metavar="ID", dest="format_id", help="skip detection and use this format")
    parser.add_argument("--demo", action="store_true", help="open showing the bundled sample proof, verified")
    parser.add_argument(
        "--language",
        choices=("en", "zh_CN"),
        help="the app's language this time: en (English) or zh_CN (Simplified Chinese); by default the one "
        "chosen in the app, else the system's",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: verify the bundled sample on a worker thread, check the PASS is on "
        "screen, print one line and exit (0 when all is well); works with QT_QPA_PLATFORM=offscreen",
    )
    parser.add_argument(
        "--self-test-timeout",
        metavar="S",
        type=float,
        default=SELF_TEST_TIMEOUT_S,
        help=f"seconds the self-test waits for the result (default {SELF_TEST_TIMEOUT_S:g})",
    )
    return parser


def icons_dir() -> Path:
    return Path(str(resources.files("verifier_gui") / "resources" / "icons"))


def app_icon():  # -> QIcon (imported lazily, like everything Qt here)
    """The app's icon, every size drawn by build_scripts/make_icons.py (PNG: no SVG plugin needed)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted(icons_dir().glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(png))
    return icon


def create_window(args: argparse.Namespace):  # -> MainWindow (imported lazily: argparse errors need no Qt)
    """Build the main window from parsed arguments and start the verification they ask for."""
    from .main_window import MainWindow

    window = MainWindow()
    if args.language:
        window.set_language(args.language, remember=False)
    if args.demo:
        window.load_demo()
    elif args.proof:
        if args.root:
            window.set_root_text(args.root)
        if args.format_id:
            window.set_format_id(args.format_id)
        window.set_proof_path(args.proof)
        window.verify()
    elif args.root:
        window.set_root_text(args.root)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help", "--version") for a in args_list):
        build_parser().parse_args(args_list)  # prints and exits, without needing a display
    # Qt takes its own options (-platform, -style…) out of the list it is given; ours are parsed from the rest.
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from .crash import install_excepthook

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "reserve-verifier", *args_list])
    args = build_parser().parse_args(app.arguments()[1:] if argv is None else args_list)
    app.setApplicationName("Reserve Verifier")
    app.setOrganizationName("Reserve Verifier")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(ICON_NAME)  # Wayland and taskbars match the window to reserve-verifier.desktop
    app.setWindowIcon(app_icon())
    if args.self_test:
        return self_test(app, args.self_test_timeout, args.language)
    install_excepthook()
    window = create_window(args)
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    return code


# -- the self-test ---------------------------------------------------------------------------------------------------


def peak_memory() -> str:
    """'VmHWM 95.1 MiB, VmRSS 93.0 MiB' from /proc (Linux); empty where there is no /proc."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return ""
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    figures = []
    for key in ("VmHWM", "VmRSS"):
        if key in fields:
            kib = int(fields[key].split()[0])
            figures.append(f"{key} {kib / 1024:.1f} MiB")
    return ", ".join(figures)


def self_test_problems(window, result) -> list[str]:  # (MainWindow, Result) -> what is wrong; empty when all is well
    """Check that the demo's result is a PASS against the published root and that it is really on screen."""
    from PySide6.QtCore import QCoreApplication

    from .widgets import VERDICT_STYLES

    problems = []
    if result.verdict != "pass":
        detail = f": {result.error.message}" if result.error else ""
        problems.append(f"the demo's verdict is {result.verdict}, not pass{detail}")
    if result.root_source != "published":
        problems.append(f"the demo was checked against the {result.root_source} root, not the published one")
    view = window.result_view
    if view is None or not view.isVisible():
        problems.append("no result view is on screen")
        return problems
    shown, expected = view.verdict_label.text(), view.verdict_text()  # in the app's language
    if shown != expected or not shown.startswith(QCoreApplication.translate("ResultView", "PASS")):
        problems.append(f"the verdict shown is {shown!r}, not {expected!r}")
    # Paint the banner: the PASS background must fill most of it (fonts, styles and image code all ran).
    image = view.banner.grab().toImage()
    if image.isNull() or image.width() < 50 or image.height() < 20:
        problems.append("the verdict banner could not be painted")
    else:
        green = VERDICT_STYLES["pass"].background.lower()
        points = [(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
        share = sum(image.pixelColor(x, y).name() == green for x, y in points) / len(points)
        if share < 0.3:
            problems.append(f"the verdict banner is not painted in the PASS colour ({share:.0%} of it is)")
    if window.windowIcon().isNull():
        problems.append("the window has no icon (verifier_gui/resources/icons missing?)")
    return problems


def self_test(app, timeout_s: float, language: str | None = None) -> int:  # (QApplication, s, code) -> exit status
    """Open the window on the bundled demo, wait for its verification on the worker thread, check the rendered
    result, print one line and return 0; return 1, with the reason, on anything else (including a timeout or an
    exception anywhere: no crash dialog waits for a click). In the system's language, or ``language``."""
    from PySide6.QtCore import QSettings, QThreadPool, QTimer

    from .crash import crash_report
    from .main_window import MainWindow

    started = time.perf_counter()
    outcome: list[tuple[int, str]] = []

    def finish(code: int, message: str) -> None:
        if not outcome:
            outcome.append((code, message))
            app.exit(code)

    def on_exception(exc_type, exc, tb) -> None:
        finish(1, "an unexpected error:\n" + crash_report(exc_type, exc, tb))

    def check(result) -> None:
        problems = self_test_problems(window, result)
        if problems:
            finish(1, "; ".join(problems))
            return
        elapsed_ms = (time.perf_counter() - started) * 1000
        memory = peak_memory()
        finish(0, f"PASS shown for the demo in {elapsed_ms:.0f} ms" + (f" ({memory})" if memory else ""))

    previous_hook = sys.excepthook
    sys.excepthook = on_exception
    # Settings of its own, thrown away: a self-test never reads or changes the user's window and folder.
    scratch = tempfile.TemporaryDirectory(prefix="reserve-verifier-self-test-")
    settings = QSettings(f"{scratch.name}/settings.ini", QSettings.Format.IniFormat)
    try:
        window = MainWindow(settings=settings)
        if language and not window.set_language(language, remember=False):
            finish(1, f"the {language} translation could not be loaded (its .qm file is missing)")
        # Checked once the event loop has laid out and shown the result (show_result scrolls to it the same way).
        window.resultShown.connect(lambda result: QTimer.singleShot(0, window, lambda: check(result)))
        window.show()
        window.load_demo()
        if not window.is_busy():
            finish(1, "the demo's verification did not start on the worker thread")
        QTimer.singleShot(round(timeout_s * 1000), window, lambda: finish(1, f"no result within {timeout_s:g} s"))
        if not outcome:
            app.exec()
        window.close()
        QThreadPool.globalInstance().waitForDone()
    finally:
        sys.excepthook = previous_hook
        settings.sync()  # now, while its folder exists: nothing is left to write when it is destroyed
        scratch.cleanup()
    code, message = outcome[0] if outcome else (1, "the event loop ended before a result")
    stream = sys.stdout if code == 0 else sys.stderr
    if stream is not None:  # None in a windowed Windows build: the exit status still tells
        print(f"reserve-verifier {__version__} self-test: {message}", file=stream, flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())

"""reserve-verifier: the desktop app's launcher (``python -m verifier_gui`` does the same).

    reserve-verifier                     an empty window
    reserve-verifier PROOF [--root R]    open PROOF and verify it at once
    reserve-verifier --demo              open the bundled sample, already verified
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__


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
    return parser


def create_window(args: argparse.Namespace):  # -> MainWindow (imported lazily: argparse errors need no Qt)
    """Build the main window from parsed arguments and start the verification they ask for."""
    from .main_window import MainWindow

    window = MainWindow()
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
    install_excepthook()
    window = create_window(args)
    window.show()
    code = app.exec()
    QThreadPool.globalInstance().waitForDone()
    return code


if __name__ == "__main__":
    sys.exit(main())

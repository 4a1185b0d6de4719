"""Run the command line and the app over every test vector with the network forbidden, and report any attempt.

A Python audit hook sees every socket the process (or Qt through Python) tries to create or use, and every
name lookup; this script turns each into a loud failure. It verifies every vector of ``manifest.json`` with the
command line (``reserve-verify check … --json``), then opens the app (offscreen), loads every vector into the
main window, verifies it on the worker thread and renders the result, and finally saves a receipt. It prints
``offline: N passed, 0 failed`` and exits 0 when nothing touched the network; used by tests/test_offline.py.

Usage: python build_scripts/offline_check.py VECTORS_DIR
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from pathlib import Path

from manifest_cli import vector_args  # beside this script

ATTEMPTS: list[str] = []
NETWORK_EVENTS = ("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser.")


def _forbid_network(event: str, args: tuple) -> None:
    if event.startswith(NETWORK_EVENTS):
        ATTEMPTS.append(f"{event} {args!r:.200}")
        raise PermissionError(f"network use is forbidden in the offline check: {event}")


def run_cli(vectors: list[dict], base: Path) -> int:
    from verifier_gui import cli

    done = 0
    for vector in vectors:
        with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
            code = cli.main(vector_args(base, vector))
        json.loads(out.getvalue())  # the contract: one JSON object, whatever the verdict
        assert code in (0, 1, 2), code
        done += 1
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["demo"]) == 0
    return done + 1


def run_app(vectors: list[dict], base: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from verifier_gui.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    scratch = tempfile.TemporaryDirectory(prefix="reserve-verifier-offline-")
    settings = QSettings(f"{scratch.name}/settings.ini", QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    window.show()
    shown: list[object] = []
    window.resultShown.connect(shown.append)
    done = 0
    for vector in vectors:
        shown.clear()
        window.set_proof_path(base / vector["proof"])
        window.set_tree_path(base / vector["tree"] if vector.get("tree") else "")
        window.set_assets_path(base / vector["assets"] if vector.get("assets") else "")
        root = vector["root"]
        window.set_root_text(root if isinstance(root, str) else str(base / root["file"]) if root else "")
        window.verify()
        while not shown and window.is_busy():
            app.processEvents()
        app.processEvents()
        done += 1
    window.save_receipt(str(Path(scratch.name) / "receipt.pdf"))
    window.close()
    settings.sync()
    scratch.cleanup()
    return done + 1


def main(argv: list[str]) -> int:
    base = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "vectors")
    vectors = json.loads((base / "manifest.json").read_text(encoding="utf-8"))["vectors"]
    sys.addaudithook(_forbid_network)
    # The hook must be live: a socket made here has to be refused and recorded, or the check proves nothing.
    import socket

    try:
        socket.socket().close()
        print("offline: the audit hook did not stop a socket; the check cannot run", file=sys.stderr)
        return 1
    except PermissionError:
        ATTEMPTS.clear()
    passed = failed = 0
    for name, run in (("command line", run_cli), ("app", run_app)):
        try:
            count = run(vectors, base)
        except Exception as exc:  # the report below says what happened
            print(f"offline: the {name} run stopped: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed += 1
            continue
        passed += count
    loaded_network_modules = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "urllib.request")))
    for module in loaded_network_modules:
        print(f"offline: a network module was loaded: {module}", file=sys.stderr)
    for attempt in ATTEMPTS:
        print(f"offline: network attempt: {attempt}", file=sys.stderr)
    failed += len(ATTEMPTS) + len(loaded_network_modules)
    print(f"offline: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

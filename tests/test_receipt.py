"""Receipts: the JSON holds the schema-1 result plus what was checked and when; the PDF renders untrusted
text as text; saving goes through the window and remembers only the folder."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings

from verifier_gui import __version__
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.receipt import receipt_document
from verifier_gui.core.result import Result
from verifier_gui.core.demo import demo_proof_path, demo_root_path
from verifier_gui.core.roots import read_root_file
from verifier_gui.core.verify import verify_file
from verifier_gui.gui.main_window import MainWindow
from verifier_gui.gui.receipt_export import receipt_html, save_receipt


def demo_result() -> Result:
    return verify_file(demo_proof_path(), VerifyOptions(root=read_root_file(str(demo_root_path()))))


def test_receipt_json_names_the_bytes_version_and_time() -> None:
    moment = datetime(2026, 11, 24, 12, 0, 0, tzinfo=timezone.utc)
    doc = receipt_document(demo_result(), moment)
    assert doc["verdict"] == "pass" and doc["schema"] == 1
    assert doc["receipt"]["proof_sha256"] == hashlib.sha256(demo_proof_path().read_bytes()).hexdigest()
    assert doc["receipt"]["app_version"] == __version__
    assert doc["receipt"]["created"] == "2026-11-24T12:00:00Z"


def test_pdf_and_json_are_written(qapp, tmp_path: Path) -> None:
    result = demo_result()
    pdf = save_receipt(result, tmp_path / "r.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    data = json.loads(save_receipt(result, tmp_path / "r.json").read_text())
    assert data["root"]["computed"] == result.root_computed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json", "r.pdf"]  # no temporary files left


def test_untrusted_text_is_escaped_in_the_pdf_html() -> None:
    doc = receipt_document(demo_result())
    doc["user"]["balances"] = {"<script>alert(1)</script>": "<b>1</b>"}
    page = receipt_html(doc)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;1&lt;/b&gt;" in page


def test_window_saves_a_receipt_and_remembers_only_the_folder(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.receipt_button.isEnabled()
    window.load_demo()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=20_000)
    assert window.receipt_button.isEnabled()
    out = tmp_path / "receipts" / "mine.json"
    out.parent.mkdir()
    assert window.save_receipt(str(out)) == out
    assert json.loads(out.read_text())["verdict"] == "pass"
    window.remember_folder(str(out))
    window.close()
    settings.sync()
    stored = (tmp_path / "settings.ini").read_text()
    assert str(out.parent) in stored and "mine.json" not in stored and "demo_okx" not in stored
    assert "geometry" in stored

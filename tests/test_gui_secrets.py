"""The form for what a user keeps secret (SwissBorg credential, BitMEX nonce, River key), as a user uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QLineEdit

from verifier_gui.core.builders.bitmex_liabilities import Account, build
from verifier_gui.gui.main_window import MainWindow
from verifier_gui.gui.secrets_form import BITMEX_ACCOUNT, RIVER, SWISSBORG, SecretsForm

from .conftest import vectors_dir
from .test_gui import click_verify_and_wait, visible_text

V = vectors_dir() / "swissborg"
CREDENTIAL_7 = "PaY746f8DsYiK8s33J33Jk"  # SwissBorg's merkle.test.ts


def test_form_is_folded_masked_and_named(qtbot) -> None:
    form = SecretsForm()
    qtbot.addWidget(form)
    form.show()
    assert not form.body.isVisible() and form.secrets() is None
    form.setChecked(True)
    assert form.body.isVisible()
    for kind, shown in ((SWISSBORG, {"credential"}), (BITMEX_ACCOUNT, {"account_id", "account_nonce"}),
                        (RIVER, {"account_id", "account_key", "email"})):
        form.set_kind(kind)
        visible = {name for name, edit in form.edits.items() if edit.isVisible()}
        assert visible == shown
        for name in shown:
            assert form.edits[name].accessibleName()
    assert form.accessibleName() and form.kind_combo.accessibleName() and form.show_box.accessibleName()
    assert form.edits["account_key"].echoMode() == QLineEdit.EchoMode.Password
    form.show_box.setChecked(True)
    assert form.edits["account_key"].echoMode() == QLineEdit.EchoMode.Normal
    form.set_value("account_id", "7")
    form.set_value("account_key", "ab" * 32)
    form.set_value("credential", "hidden row: not sent")
    secrets = form.secrets()
    assert secrets is not None and secrets.account_key == "ab" * 32 and secrets.credential is None
    form.clear()
    assert form.secrets() is None


@pytest.fixture
def own_window(qtbot, tmp_path: Path) -> MainWindow:
    """A window with its own settings file: closing a window saves its geometry, and a wide result (SwissBorg's
    many currencies) must not change the size the other tests' windows start with."""
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    QThreadPool.globalInstance().waitForDone(30_000)


def test_swissborg_credential_from_the_form(qtbot, own_window: MainWindow) -> None:
    window = own_window
    window.set_proof_path(V / "userLiab_7.json")
    window.set_root_text(str(V / "auditRoots_6.json"))
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "was not checked" in visible_text(view)  # what the missing credential left unchecked
    window.secrets_form.setChecked(True)
    window.secrets_form.set_kind(SWISSBORG)
    window.secrets_form.set_value("credential", CREDENTIAL_7)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "leaf nonce derived from your credential" in visible_text(view)
    window.secrets_form.set_value("credential", CREDENTIAL_7[:-1] + "x")
    assert click_verify_and_wait(qtbot, window).verdict_label.text().startswith("FAIL")


def test_bitmex_leaves_found_and_secret_never_stored(qtbot, own_window: MainWindow, tmp_path: Path) -> None:
    window, settings = own_window, own_window.settings
    nonce = "5a" * 32
    tree, _ = build([Account(77, 123_456_789, account_nonce=bytes.fromhex(nonce)), Account(3, 5000, account_nonce=b"\1" * 32)], 900_000)
    path = tmp_path / "liabilities.csv"
    path.write_text(tree)
    window.set_proof_path(path)
    window.secrets_form.setChecked(True)
    window.secrets_form.set_kind(BITMEX_ACCOUNT)
    window.secrets_form.set_value("account_id", "77")
    window.secrets_form.set_value("account_nonce", nonce)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "1.23456789" in visible_text(view)
    assert nonce not in visible_text(view)
    window.close()
    settings.sync()
    stored = " ".join(f"{key}={settings.value(key)}" for key in settings.allKeys())
    assert "window/geometry" in stored  # the window did save its settings
    assert nonce not in stored and "900000" not in stored
    assert nonce not in (tmp_path / "settings.ini").read_text(errors="replace")

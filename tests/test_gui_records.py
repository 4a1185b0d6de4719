"""The web-page form's records that go with a proof file, besides Gate.io's (test_gui_inputs.py): The Network Firm
(Bitso) account id and balances, and the HTX / Poloniex zk v2 UID. Each is filled in as a user would and must give
what the command line gives with the same options (--account/--account-balances, --uid); the values are never
stored in the settings.

Expected values: Bitso's README worked example (tests/test_tnf_merkle.py) and htx_poloniex.md §2.4's sample UID
(tests/test_htx_zk_v2.py), through the command line, which is tested against them there."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QLabel

from verifier_gui import cli
from verifier_gui.gui.entry_form import GATEIO_RECORD, HTX_UID, POLONIEX_UID, TNF_RECORD
from verifier_gui.gui.main_window import MainWindow

from .conftest import vectors_dir
from .test_gui import click_verify_and_wait, visible_text
from .test_tnf_merkle import BITSO_ACCOUNT, BITSO_LIST, BITSO_ROOT

V = vectors_dir()
HTX_USER = V / "htx" / "v2_user_config.json"
HTX_UID_OF_SAMPLE = "372908368"  # htx_poloniex.md §2.4: the sample's AccountIdHash is SHA-256("372908368") mod r


@pytest.fixture
def own_window(qtbot, tmp_path: Path) -> MainWindow:
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    QThreadPool.globalInstance().waitForDone(30_000)


def cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = cli.main(["check", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def fill(window: MainWindow, kind: str, **values: str) -> None:
    window.entry_form.setChecked(True)
    window.entry_form.set_kind(kind)
    for name, value in values.items():
        window.entry_form.set_value(name, value)


def same_as_cli(window: MainWindow, code: int, out: dict) -> None:
    """The app's result is the command line's: verdict, format, variant, failing step, error code."""
    result = window.last_result
    assert result is not None
    assert result.verdict == out["verdict"] == {0: "pass", 1: "fail", 2: "error"}[code]
    if out.get("format"):
        assert result.format is not None
        assert (result.format.id, result.format.variant) == (out["format"]["id"], out["format"]["variant"])
    assert (result.failure.step if result.failure else None) == (out.get("failure") or {}).get("step")
    assert (result.error.code if result.error else None) == (out.get("error") or {}).get("code")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


# -- the form ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "rows", "format_id"),
    [
        (TNF_RECORD, {"account", "account_balances"}, "tnf-merkle"),
        (HTX_UID, {"uid"}, "htx-zk-v2"),
        (POLONIEX_UID, {"uid"}, "poloniex-zk-v2"),
    ],
)
def test_record_kinds_show_their_rows_need_the_file_and_name_the_format(
    own_window: MainWindow, kind: str, rows: set[str], format_id: str
) -> None:
    window, form = own_window, own_window.entry_form
    fill(window, kind)
    visible = {name for name, edit in form.edits.items() if edit.isVisible()}
    assert visible == rows
    assert form.needs_proof_file() and form.record_format() == format_id
    assert not window.verify_button.isEnabled()  # the proof file is still needed
    window.set_proof_path(HTX_USER)
    assert window.verify_button.isEnabled()
    for name in rows:
        label = form._form.labelForField(form.edits[name])
        assert form.edits[name].accessibleName() and form.edits[name].placeholderText()
        assert label.buddy() is form.edits[name] and mnemonic(label.text())
    assert "proof file above" in form.hint.text()
    # The new rows' keys do not clash with any other key of what the window shows.
    others = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
              if w.isVisible() and w not in [form._form.labelForField(form.edits[n]) for n in rows]]
    taken = {mnemonic(t) for t in others} - {None}
    mine = [mnemonic(form._form.labelForField(form.edits[n]).text()) for n in rows]
    assert len(set(mine)) == len(mine) and not set(mine) & taken, (mine, taken)


# -- The Network Firm / Bitso ------------------------------------------------------------------------------------


def test_tnf_account_and_balances_from_the_form_match_the_command_line(
    qtbot, own_window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    window = own_window
    window.set_proof_path(V / BITSO_LIST)
    window.set_root_text(BITSO_ROOT)
    base = [str(V / BITSO_LIST), "--root", BITSO_ROOT, "--account", BITSO_ACCOUNT]

    fill(window, TNF_RECORD, account=BITSO_ACCOUNT, account_balances="btc=0.00000001")  # Bitso's README example
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "e17e7edf6faa1a6a" in visible_text(view)  # the README's leaf, found in the list
    assert "Bitso" in (window.last_result.format.variant or "")
    same_as_cli(window, *cli_json(capsys, *base, "--account-balances", "btc=0.00000001"))

    window.entry_form.set_value("account_balances", "btc=0.00000002")  # one satoshi more: no such leaf
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("FAIL")
    same_as_cli(window, *cli_json(capsys, *base, "--account-balances", "btc=0.00000002"))

    window.entry_form.set_value("account_balances", "")  # half a record: an error saying so, never a pass
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("ERROR")
    assert "needs both the account id and its balances" in view.error_message.text()
    same_as_cli(window, *cli_json(capsys, *base))


def test_tnf_without_a_record_says_the_leaf_was_not_looked_for(
    qtbot, own_window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    window = own_window
    window.set_proof_path(V / BITSO_LIST)
    window.set_root_text(BITSO_ROOT)
    fill(window, TNF_RECORD, account="  ", account_balances="")  # blank boxes are options not given
    view = click_verify_and_wait(qtbot, window)
    assert "identity-not-verifiable" in window.last_result.warning_codes()
    assert "your own leaf was not looked" in visible_text(view)
    same_as_cli(window, *cli_json(capsys, str(V / BITSO_LIST), "--root", BITSO_ROOT, "--format", "tnf-merkle"))


# -- HTX / Poloniex zk v2 ----------------------------------------------------------------------------------------


def test_htx_uid_from_the_form_matches_the_command_line(
    qtbot, own_window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    window = own_window
    window.set_proof_path(HTX_USER)
    fill(window, HTX_UID, uid=HTX_UID_OF_SAMPLE)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "is SHA-256 of the UID 372908368 you gave" in visible_text(view)
    assert "identity-not-verifiable" not in window.last_result.warning_codes()
    same_as_cli(window, *cli_json(capsys, str(HTX_USER), "--uid", HTX_UID_OF_SAMPLE))

    window.entry_form.set_value("uid", "372908369")  # someone else's UID
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("FAIL")
    assert "this proof is not for that account" in visible_text(view)
    same_as_cli(window, *cli_json(capsys, str(HTX_USER), "--uid", "372908369"))

    window.entry_form.set_value("uid", "")  # no UID: the check is named as not done
    view = click_verify_and_wait(qtbot, window)
    assert "identity-not-verifiable" in window.last_result.warning_codes()
    assert "Give your UID" in visible_text(view)
    same_as_cli(window, *cli_json(capsys, str(HTX_USER)))


def test_poloniex_uid_reads_the_file_as_poloniex(
    qtbot, own_window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    window = own_window
    window.set_proof_path(HTX_USER)  # Poloniex ships HTX's code: the same file, read as Poloniex's
    fill(window, POLONIEX_UID, uid=HTX_UID_OF_SAMPLE)
    assert click_verify_and_wait(qtbot, window).verdict_label.text().startswith("PASS")
    assert window.last_result.format.id == "poloniex-zk-v2"
    same_as_cli(window, *cli_json(capsys, str(HTX_USER), "--uid", HTX_UID_OF_SAMPLE, "--format", "poloniex-zk-v2"))
    window.entry_form.set_value("uid", "1")
    assert click_verify_and_wait(qtbot, window).verdict_label.text().startswith("FAIL")
    same_as_cli(window, *cli_json(capsys, str(HTX_USER), "--uid", "1", "--format", "poloniex-zk-v2"))


# -- never stored --------------------------------------------------------------------------------------------------


def test_record_values_are_never_stored(qtbot, own_window: MainWindow, tmp_path: Path) -> None:
    window, settings = own_window, own_window.settings
    window.set_proof_path(HTX_USER)
    fill(window, HTX_UID, uid=HTX_UID_OF_SAMPLE)
    click_verify_and_wait(qtbot, window)
    window.set_proof_path(V / BITSO_LIST)
    fill(window, TNF_RECORD, account=BITSO_ACCOUNT, account_balances="btc=0.00000001")
    click_verify_and_wait(qtbot, window)
    fill(window, GATEIO_RECORD)  # switching kinds keeps nothing either
    window.close()
    settings.sync()
    stored = " ".join(f"{key}={settings.value(key)}" for key in settings.allKeys())
    assert "window/geometry" in stored  # the window did save its settings
    on_disk = (tmp_path / "settings.ini").read_text(errors="replace")
    for secret in (HTX_UID_OF_SAMPLE, BITSO_ACCOUNT, "0.00000001"):
        assert secret not in stored and secret not in on_disk

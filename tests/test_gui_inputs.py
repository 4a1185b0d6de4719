"""The app's other inputs, as a user uses them: the full tree file (OKX Merkle v2) and the form for values
copied from a web page (Gate.io v1 record; the Silver Sixpence audits are covered with their format)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from verifier_gui.gui.entry_form import GATEIO_RECORD

from .conftest import manifest, vectors_dir
from .test_gui import click_verify_and_wait, visible_text, window  # noqa: F401  (window is a fixture)

V = vectors_dir()
OKX_V2_USER = V / "okx/merkle_v2/user_info_file.json"
OKX_V2_TREE = V / "okx/merkle_v2/full-liabilities-merkle-tree.txt"
OKX_V2_BAD_TREE = V / "okx/derived/merkle_v2_tree_corrupt_internal_node.txt"
GATEIO_LIST = V / "gateio/v1_sha256_merkle/synthetic_balances_merkletree.txt"
GATEIO_ROOT = next(v["root"] for v in manifest() if v["id"] == "gateio-merkle-v1-synthetic-5-leaves")


def test_okx_v2_with_its_tree_file_passes(qtbot, window) -> None:
    window.set_proof_path(OKX_V2_USER)
    window.set_tree_path(OKX_V2_TREE)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "9e98ebde32ef22ded88a5fb2d5e53d76ed57cb9c6b2c966f250721defe6ab041" in visible_text(view)


def test_okx_v2_forged_tree_fails_and_missing_tree_says_what_is_needed(qtbot, window) -> None:
    window.set_proof_path(OKX_V2_USER)
    window.set_tree_path(OKX_V2_BAD_TREE)
    assert click_verify_and_wait(qtbot, window).verdict_label.text().startswith("FAIL")
    qtbot.mouseClick(window.clear_tree_button, Qt.MouseButton.LeftButton)
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("ERROR")
    assert "full liabilities tree" in view.error_message.text()


def test_entry_form_is_folded_until_asked_for(window) -> None:
    assert not window.entry_form.body.isVisible()
    assert not window.verify_button.isEnabled()  # no file yet
    window.entry_form.setChecked(True)
    assert window.entry_form.body.isVisible()
    assert window.verify_button.isEnabled()  # Silver Sixpence values need no file
    window.entry_form.set_kind(GATEIO_RECORD)
    assert not window.verify_button.isEnabled()  # the Gate.io record needs the leaf list


def test_gateio_record_from_the_form(qtbot, window) -> None:
    window.set_proof_path(GATEIO_LIST)
    window.set_root_text(GATEIO_ROOT)
    window.entry_form.setChecked(True)
    window.entry_form.set_kind(GATEIO_RECORD)
    window.entry_form.set_value("hashed_uid", "4d75cb3ac3c8")
    window.entry_form.set_value("balance", "0.032448")  # gateio.md §1: the screenshot's user
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    assert "4d75cb3ac3c8" in visible_text(view)
    window.entry_form.set_value("balance", "0.032449")
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("FAIL")
    assert json.dumps("0.032449")[1:-1] in visible_text(view)


def test_silversixpence_values_typed_in_the_form(qtbot, window) -> None:
    from .test_cli import _ss_demo_path

    leaf, path, root = _ss_demo_path(V, 4_321)
    window.entry_form.setChecked(True)
    window.entry_form.set_kind("kucoin-silversixpence")
    window.entry_form.set_value("leaf", leaf)
    window.entry_form.set_value("path", path.replace(",", "\n"))  # one step per line, as the form suggests
    window.set_root_text(root)
    assert window.proof_path() == "" and window.verify_button.isEnabled()
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("PASS")
    window.entry_form.set_value("path", path.replace(",", "\n").replace("L:", "R:", 1))
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("FAIL")


def test_ambiguous_file_lets_the_user_choose_the_format(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from verifier_gui.core import verify as core_verify
    from verifier_gui.core.registry import get_format

    okx_v1 = V / "okx/merkle_v1/merkle_proof_file.json"
    both = [get_format("kucoin-merkle"), get_format("okx-merkle-v1")]
    monkeypatch.setattr(core_verify, "detect", lambda source: both)  # as if two sniffers claimed the file
    offered: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):  # noqa: ANN001 - Qt's signature
        offered.append(list(items))
        return next(i for i in items if "okx-merkle-v1" in i or "OKX" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    window.set_proof_path(okx_v1)
    view = click_verify_and_wait(qtbot, window)
    assert len(offered) == 1 and len(offered[0]) == 2
    assert view.verdict_label.text().startswith("PASS")
    assert window.format_combo.currentData() == "okx-merkle-v1"


def test_ambiguous_file_cancelled_shows_the_error(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from verifier_gui.core import verify as core_verify
    from verifier_gui.core.registry import get_format

    monkeypatch.setattr(core_verify, "detect", lambda source: [get_format("kucoin-merkle"), get_format("okx-merkle-v1")])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: ("", False)))
    window.set_proof_path(V / "okx/merkle_v1/merkle_proof_file.json")
    view = click_verify_and_wait(qtbot, window)
    assert view.verdict_label.text().startswith("ERROR")
    assert "fits several formats" in view.error_message.text()


# -- the exchange's asset list or configuration (optional third input) -------------------------------------------


def test_the_asset_list_is_chosen_dropped_and_passed_to_the_core(qtbot, window, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    from verifier_gui.gui import worker

    from .test_gui import _drag_enter, _drop, _file_mime

    assert window.assets_box.title() == "Exchange's asset list or configuration (optional)"
    assert window.assets_edit.accessibleName() == "Exchange's asset list or configuration (optional)"
    assert window.open_assets_button.accessibleName() == "Open the exchange's asset list or configuration"
    assert window.assets_box.isVisibleTo(window) and window.assets_path() == ""

    # Open…: the dialog starts in the last folder, and the folder chosen is remembered.
    folder = tmp_path / "downloads"
    folder.mkdir()
    assets = folder / "assets.json"
    assets.write_text('{"assets": ["BTC"]}')
    window.remember_folder(str(tmp_path / "elsewhere" / "x.json"))  # a folder that does not exist: home instead
    started_in: list[str] = []

    def pick(parent, caption, directory, filters):  # noqa: ANN001 - Qt's signature
        started_in.append(directory)
        return str(assets), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    window.choose_assets_file()
    assert window.assets_path() == str(assets)
    assert window.last_folder() == str(folder)
    window.choose_assets_file()
    assert started_in[-1] == str(folder)

    # Clear, then a drop on the box puts the dropped file's path in.
    window.clear_assets_button.click()
    assert window.assets_path() == ""
    other = tmp_path / "config.yaml"
    other.write_text("assets: [BTC]\n")
    mime = _file_mime(other)
    assert _drag_enter(window.assets_edit, mime).isAccepted()
    assert _drop(window.assets_edit, mime).isAccepted()
    assert window.assets_path() == str(other)
    assert window.proof_edit.text() == ""  # the drop went to the asset box, not to the proof

    # Verify: the core is given the asset file (VerifyOptions.assets), as the command line's --assets does.
    seen = []
    real = worker.verify_file

    def spy(path, options=None):  # noqa: ANN001
        seen.append(options)
        return real(path, options)

    monkeypatch.setattr(worker, "verify_file", spy)
    window.set_proof_path(V / "okx/merkle_v1/merkle_proof_file.json")
    view = click_verify_and_wait(qtbot, window)
    assert seen and seen[-1].assets == str(other)
    assert view.verdict_label.text().startswith("PASS")  # a format that needs no asset list ignores it
    with qtbot.waitSignal(window.resultShown, timeout=20_000):
        window.load_demo()  # the sample needs none: the box is cleared
    assert window.assets_path() == "" and seen[-1].assets is None

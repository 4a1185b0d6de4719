"""The picture of the path and the experts' details (pytest-qt).

The picture is checked through what it says it draws (``PathPicture.drawn_items()``: one descriptor per box
and band, with its role, texts, failed flag and rectangle) and through its pixels where colour matters (the
failing box really is red); every picture is also rendered with ``grab()``, which must print no Qt warning.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QThreadPool
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from verifier_gui.core.formats import gateio_merkle_v1
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Failure, FormatInfo, PathStep, Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_file
from verifier_gui.gui.main_window import MainWindow
from verifier_gui.gui.path_picture import MAX_ROWS, DrawnItem, PathPicture, short_hash
from verifier_gui.gui.result_view import ResultView
from verifier_gui.gui.widgets import VERDICT_STYLES

from .conftest import vectors_dir
from .test_gui import OKX_V1, OKX_V1_TAMPERED, RESULT_TIMEOUT_MS, click_verify_and_wait

V = vectors_dir()
OKX_V2_USER = V / "okx/merkle_v2/user_info_file.json"
OKX_V2_TREE = V / "okx/merkle_v2/full-liabilities-merkle-tree.txt"
GATEIO_LIST = V / "gateio/v1_sha256_merkle/synthetic_balances_merkletree.txt"
GATEIO_ROOT = "d07ed2e92458e49473b5b3a9bb8e9148f55c0a8bc7cde8152b6e827cb12dea49"


@pytest.fixture(autouse=True)
def _vectors() -> None:
    """Not a skip: without the vectors these tests would silently prove nothing (as in conftest.py)."""
    for path in (OKX_V1, OKX_V1_TAMPERED, OKX_V2_USER, GATEIO_LIST):
        if not path.is_file():
            raise FileNotFoundError(f"test vector {path} not found; set RESERVE_VECTORS")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    """The main window with settings of its own: the geometry it saves on closing must not reach other tests."""
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    QThreadPool.globalInstance().waitForDone(RESULT_TIMEOUT_MS)


# -- helpers ------------------------------------------------------------------------------------------------------


def nodes(picture: PathPicture) -> list[DrawnItem]:
    return [i for i in picture.drawn_items() if i.kind == "node"]


def siblings(picture: PathPicture) -> list[DrawnItem]:
    return [i for i in picture.drawn_items() if i.kind == "sibling"]


def bands(picture: PathPicture) -> list[DrawnItem]:
    return [i for i in picture.drawn_items() if i.kind == "band"]


def show_view(qtbot, result: Result, width: int = 900) -> ResultView:
    view = ResultView(result)
    qtbot.addWidget(view)
    view.resize(width, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def rendered(picture: PathPicture):
    """The picture as pixels, at its current size (grab() paints it; a Qt warning would fail the test)."""
    image = picture.grab().toImage()
    assert not image.isNull() and image.width() == picture.width() and image.height() == picture.height()
    return image


def has_colour_near(image, item: DrawnItem, colour: QColor, ratio: float, tolerance: int = 40) -> bool:
    """Whether some pixel inside item's rectangle (device pixels: ratio) is close to colour."""
    rect = item.rect.toAlignedRect()
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            pixel = image.pixelColor(int(x * ratio), int(y * ratio))
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                return True
    return False


def node_hash(k: int) -> str:
    return hashlib.sha256(f"node {k}".encode()).hexdigest()


def sibling_hash(k: int) -> str:
    return hashlib.sha256(f"sibling {k}".encode()).hexdigest()


def synthetic_result(levels: int, fail_at: int | None = None, assets: int = 5) -> Result:
    """A path of ``levels`` levels built directly (no format makes one this long yet): the leaf at height 1,
    one step per level above it with a sibling on alternating sides, then the root comparison. ``fail_at``
    makes that height's step the failing one (the root itself still matches: only that step is marked)."""
    sums = {f"COIN{a}": f"{a}.5" for a in range(assets)}
    steps = [PathStep("your leaf", 1, node_hash(1), preimage="salt{balances}", sums=sums, ok=fail_at != 1)]
    for k in range(2, levels + 1):
        side = "left" if k % 2 else "right"
        left, right = (sibling_hash(k), node_hash(k - 1)) if side == "left" else (node_hash(k - 1), sibling_hash(k))
        steps.append(
            PathStep(
                f"height {k}", k, node_hash(k), preimage=f"{left}{right}", sibling=sibling_hash(k),
                sibling_side=side, sums=sums, ok=False if k == fail_at else None,
            )
        )
    top = node_hash(levels)
    failed = fail_at is not None
    steps.append(PathStep("root", levels, top, sums=sums, ok=True, note=f"expected {top}"))
    return Result(
        file="synthetic.json",
        verdict="fail" if failed else "pass",
        format=FormatInfo("synthetic", "Test", "Synthetic path"),
        root_computed=top,
        root_expected=top,
        root_source="published",
        root_origin="typed in the test",
        steps=tuple(steps),
        failure=Failure(f"height {fail_at}", "a", "b", "Made to fail here.") if failed else None,
    )


# -- the real OKX file: leaf, padding, root -------------------------------------------------------------------------


def test_okx_v1_picture_shows_the_leaf_the_padding_and_the_root(qtbot) -> None:
    result = verify_file(OKX_V1)
    assert result.verdict == "pass" and len(result.steps) == 25
    view = show_view(qtbot, result)
    picture = view.path_picture
    assert picture is not None and picture.isVisible()
    assert view.path_box is not None and view.path_box.title() == "Your path to the root"
    # After the root comparison.
    layout = view.layout()
    assert layout.indexOf(view.path_box) == layout.indexOf(view.computed_root.parentWidget()) + 1

    drawn = nodes(picture)
    leaf, top = drawn[0], drawn[-1]
    assert (leaf.role, leaf.title, leaf.step) == ("leaf", "Your leaf", 0)
    assert leaf.full_hash == result.steps[0].computed
    assert leaf.hash_text == result.steps[0].computed[:8] + "…" + result.steps[0].computed[-4:]
    assert leaf.lines == ("BTC 1.000069", "ETH 0.99908176", "USDT 19398.33550812") and leaf.mark == "✓"
    assert top.role == "root" and top.title == "Root (height 24)" and top.full_hash == result.root_computed
    assert top.lines[-1] == "✓ matches the expected root" and not top.failed
    assert "BTC 95088.55505656" in top.lines  # the root's totals
    assert leaf.rect.top() > top.rect.bottom()  # the leaf at the bottom, the root at the top

    # The padding sibling (type 4, hashed into height 23) is kept in view, dashed and labelled.
    padding = [s for s in siblings(picture) if s.role == "padding"]
    assert len(padding) == 1
    assert padding[0].dashed and padding[0].title == "Padding (copy)"
    assert result.steps[padding[0].step].label == "height 23"
    assert padding[0].full_hash == result.steps[padding[0].step].sibling
    assert all(not s.dashed for s in siblings(picture) if s.role == "sibling")
    # Each sibling stands on its own side of the user's node.
    for s in siblings(picture):
        node = next(n for n in drawn if n.rect.bottom() == s.rect.bottom())
        side = result.steps[s.step].sibling_side
        assert (s.rect.right() < node.rect.left()) if side == "left" else (s.rect.left() > node.rect.right())

    # 24 levels do not fit: the middle is one band; nothing drawn fails.
    assert picture.row_count() == 24 and picture.is_collapsed()
    assert [b.title for b in bands(picture)] == ["… 18 more levels …"]
    assert not any(i.failed for i in picture.drawn_items())
    assert view.path_toggle is not None and view.path_toggle.text() == "Show all 24 levels"

    # In words, for a screen reader; the full hash in the tooltip.
    assert picture.accessibleName() == "Path from your leaf to the root"
    description = picture.accessibleDescription()
    assert description.startswith("Levels in your path: 24, from your leaf at the bottom to the root at the top.")
    assert "root matches" in description and "Padding (copy) (Height 23)" in description
    assert result.steps[0].computed in leaf.tooltip
    rendered(picture)
    qtbot.screenshot(view, "path-okx-v1")


def test_tooltip_shows_the_full_hash(qtbot) -> None:
    result = verify_file(OKX_V1)
    view = show_view(qtbot, result)
    picture = view.path_picture
    leaf = nodes(picture)[0]
    pos = leaf.rect.center().toPoint()
    QApplication.sendEvent(picture, QHelpEvent(QEvent.Type.ToolTip, pos, picture.mapToGlobal(pos)))
    assert result.steps[0].computed in QToolTip.text()
    QToolTip.hideText()


def test_tampered_file_marks_the_failing_steps_red_with_a_cross(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1_TAMPERED)
    view = click_verify_and_wait(qtbot, window)
    picture = view.path_picture
    assert picture is not None
    qtbot.waitUntil(lambda: picture.height() == picture.sizeHint().height() and picture.width() > 0)
    drawn = nodes(picture)
    failed = [n for n in drawn if n.failed]
    # The leaf no longer hashes to what the file says, and so the root differs: both are marked.
    assert [n.role for n in failed] == ["leaf", "root"]
    assert all(n.mark == "✗" for n in failed)
    assert failed[0].lines[-1] == "✗ did not match"
    assert failed[1].lines[-1] == "✗ expected " + short_hash(view.result.root_expected)
    assert not any(n.failed for n in drawn if n.role == "node")
    # The padding check failed too (its copy no longer equals the changed node): that sibling is marked.
    padding = next(s for s in siblings(picture) if s.role == "padding")
    assert padding.failed and padding.mark == "✗"
    assert "Did not match: Your leaf, Root (height 24), Padding (copy) (Height 23)." in picture.accessibleDescription()

    # The red is really drawn: the failing boxes have the fail colour, the others do not.
    image = rendered(picture)
    ratio = picture.devicePixelRatioF()
    red = QColor(VERDICT_STYLES["fail"].strong)
    assert has_colour_near(image, failed[0], red, ratio) and has_colour_near(image, failed[1], red, ratio)
    assert not has_colour_near(image, drawn[1], red, ratio)
    window.scroll_area.ensureWidgetVisible(view.path_box, 0, 0)
    qtbot.screenshot(window, "path-okx-v1-tampered")


def test_wrong_root_marks_only_the_root(qtbot) -> None:
    from .test_gui import WRONG_ROOT

    result = verify_file(OKX_V1, VerifyOptions(root=PublishedRoot(WRONG_ROOT, "typed")))
    assert result.verdict == "fail" and result.failure.step == "root"
    view = show_view(qtbot, result)  # keep the view: the picture is its child and dies with it
    picture = view.path_picture
    failed = [i for i in picture.drawn_items() if i.failed]
    assert [(i.kind, i.role) for i in failed] == [("node", "root")]
    assert failed[0].lines[-1] == "✗ expected " + short_hash(WRONG_ROOT)
    rendered(picture)
    qtbot.screenshot(picture, "path-okx-v1-wrong-root")


# -- long paths collapse and expand ---------------------------------------------------------------------------------


def test_28_levels_collapse_around_the_failing_step_and_expand_by_click_and_key(qtbot) -> None:
    result = synthetic_result(28, fail_at=14)
    view = show_view(qtbot, result)
    picture = view.path_picture
    assert picture.row_count() == 28 and picture.is_collapsed()
    collapsed_height = picture.height()
    drawn = nodes(picture)
    # Always in view: the leaf, the failing step (with its neighbours) and the root.
    shown = {n.step for n in drawn}
    assert {0, 13, 27} <= shown
    assert [n.step for n in drawn if n.failed] == [13]
    failing = next(n for n in drawn if n.failed)
    assert failing.title == "Height 14" and failing.mark == "✗" and "✗ did not match" in failing.lines
    # Sums are compact: three assets, then how many more.
    assert failing.lines[:4] == ("COIN0 0.5", "COIN1 1.5", "COIN2 2.5", "+2 more")
    # The middle is two bands, one each side of the failing step; the rest is hidden in them.
    two = bands(picture)
    assert len(two) == 2
    assert sorted(r for b in two for r in b.rows) == picture.hidden_rows()
    assert all(b.rows[0] > 0 and b.rows[-1] < 27 for b in two)
    assert not set(two[0].rows) & shown and not set(two[1].rows) & shown
    rendered(picture)
    qtbot.screenshot(view, "path-28-collapsed")

    # A click on the lower band opens it, and only it.
    lower = two[0]
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton, pos=lower.rect.center().toPoint())
    assert set(lower.rows) <= {n.step for n in nodes(picture)}
    assert len(bands(picture)) == 1 and picture.is_collapsed()
    # Enter on the picture (keyboard focus) opens the other one.
    picture.setFocus()
    qtbot.waitUntil(picture.hasFocus)
    qtbot.keyClick(picture, Qt.Key.Key_Return)
    assert not picture.is_collapsed() and bands(picture) == []
    assert len(nodes(picture)) == 28
    qtbot.waitUntil(lambda: picture.height() > collapsed_height)
    assert view.path_toggle.text() == "Show fewer levels"
    rendered(picture)
    qtbot.screenshot(view, "path-28-expanded")

    # The toggle button folds it again, and opens it again.
    qtbot.mouseClick(view.path_toggle, Qt.MouseButton.LeftButton)
    assert picture.is_collapsed() and view.path_toggle.text() == "Show all 28 levels"
    qtbot.mouseClick(view.path_toggle, Qt.MouseButton.LeftButton)
    assert not picture.is_collapsed()


def test_64_levels_keep_a_short_picture_until_asked(qtbot) -> None:
    result = synthetic_result(64)
    view = show_view(qtbot, result)
    picture = view.path_picture
    assert picture.row_count() == 64
    drawn = nodes(picture)
    assert len(drawn) <= MAX_ROWS and drawn[0].role == "leaf" and drawn[-1].role == "root"
    assert [b.title for b in bands(picture)] == ["… 58 more levels …"]
    assert "58 levels in the middle are hidden" in picture.accessibleDescription()
    collapsed = picture.sizeHint().height()
    assert collapsed < 60 * picture.fontMetrics().height()
    rendered(picture)
    qtbot.screenshot(view, "path-64-collapsed")

    picture.setFocus()
    qtbot.waitUntil(picture.hasFocus)
    qtbot.keyClick(picture, Qt.Key.Key_Space)
    assert not picture.is_collapsed() and len(nodes(picture)) == 64 and len(siblings(picture)) == 63
    assert picture.sizeHint().height() > 4 * collapsed
    assert "hidden" not in picture.accessibleDescription()
    rendered(picture)
    qtbot.screenshot(view, "path-64-expanded")
    qtbot.keyClick(picture, Qt.Key.Key_Minus)
    assert picture.is_collapsed() and picture.sizeHint().height() == collapsed


def test_short_paths_are_never_collapsed(qtbot) -> None:
    picture = show_view(qtbot, synthetic_result(MAX_ROWS)).path_picture
    assert not picture.is_collapsed() and not picture.can_collapse() and bands(picture) == []
    assert len(nodes(picture)) == MAX_ROWS


# -- other shapes: several leaves, promoted nodes, no path ------------------------------------------------------------


def test_okx_v2_draws_each_of_the_users_paths_in_one_piece(qtbot) -> None:
    result = verify_file(OKX_V2_USER, VerifyOptions(tree=str(OKX_V2_TREE)))
    assert result.verdict == "pass"
    view = show_view(qtbot, result)  # keep the view: the picture is its child and dies with it
    picture = view.path_picture
    labels = [result.steps[n.step].label for n in nodes(picture)]
    assert labels[0] == "your user hash" and labels[-1] == "your nodes, height 6"
    assert sorted(n.step for n in nodes(picture)) == list(range(len(result.steps) - 1))  # each step once
    node1 = [label for label in labels if label.startswith("node 1")]
    first = labels.index(node1[0])
    assert labels[first : first + len(node1)] == node1  # one path, not interleaved with the other
    yours = [s for s in siblings(picture) if s.role == "yours"]
    assert len(yours) == 1 and yours[0].lines == ("= Node 1, height 4",)
    joining = next(n for n in nodes(picture) if result.steps[n.step].label == "node 1, height 4")
    assert joining.lines[-1] == "↗ joins Your nodes, height 5"
    rendered(picture)
    qtbot.screenshot(picture, "path-okx-v2")


def test_promoted_node_has_a_dashed_empty_sibling(qtbot) -> None:
    source = Source(GATEIO_LIST.name, GATEIO_LIST.read_bytes())
    options = VerifyOptions(root=PublishedRoot(GATEIO_ROOT, "test"))
    result = gateio_merkle_v1.verify_user_record(source, options, "0123456789ab", "0.5")
    assert result.verdict == "pass"
    view = show_view(qtbot, result)  # keep the view: the picture is its child and dies with it
    picture = view.path_picture
    promoted = [s for s in siblings(picture) if s.role == "promoted"]
    assert len(promoted) == 2 and all(s.dashed and s.title == "No sibling: moved up" for s in promoted)
    assert nodes(picture)[-1].role == "root" and nodes(picture)[-1].lines[-1] == "✓ matches the expected root"
    rendered(picture)
    qtbot.screenshot(picture, "path-gateio-promoted")


def test_no_path_no_picture(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{}")
    view = show_view(qtbot, verify_file(broken))
    assert view.result.verdict == "error"
    assert view.path_picture is None and view.path_box is None


# -- palettes and sizes --------------------------------------------------------------------------------------------


def test_dark_palette_follows_the_palette_and_keeps_the_marks_readable(qtbot) -> None:
    result = verify_file(OKX_V1_TAMPERED)
    view = show_view(qtbot, result)
    picture = view.path_picture
    dark = QPalette(picture.palette())
    for role, colour in [
        (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#333333"), (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
    ]:
        dark.setColor(role, QColor(colour))
    picture.setPalette(dark)
    image = rendered(picture)
    ratio = picture.devicePixelRatioF()
    ordinary = nodes(picture)[1]
    inside = ordinary.rect.center()
    assert image.pixelColor(int(inside.x() * ratio), int(inside.y() * ratio)).lightnessF() < 0.4  # a dark box
    leaf = nodes(picture)[0]
    light_red = QColor(VERDICT_STYLES["fail"].strong).lighter(175)  # readable on a dark base
    assert has_colour_near(image, leaf, light_red, ratio)
    qtbot.screenshot(picture, "path-dark")


def test_the_picture_fits_a_narrow_window(qtbot) -> None:
    view = show_view(qtbot, synthetic_result(28, fail_at=14), width=440)  # kept: the view owns the picture
    picture = view.path_picture
    assert picture.minimumSizeHint().width() <= 400
    picture.resize(picture.minimumSizeHint().width(), picture.height())
    for item in picture.drawn_items():
        assert 0 <= item.rect.left() and item.rect.right() <= picture.width()
    rendered(picture)
    assert picture.sizePolicy().verticalPolicy().name == "Fixed"
    assert picture.sizeHint().height() == picture.minimumSizeHint().height()
    qtbot.screenshot(picture, "path-narrow")


# -- details for experts: copy buttons ----------------------------------------------------------------------------


def test_details_list_every_step_with_copy_buttons(qtbot) -> None:
    result = verify_file(OKX_V1)
    view = show_view(qtbot, result)
    assert view.step_details == []  # built when first shown
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    assert view.details_text.isVisible() and view.copy_json_button.isVisible()
    assert len(view.step_details) == len(result.steps)
    clipboard = QGuiApplication.clipboard()

    level = view.step_details[1]
    step = result.steps[1]
    assert level.title() == "2. height 2"
    assert level.isVisible()
    assert level.hash_text.text() == step.computed
    assert level.sibling_text.text() == step.sibling
    assert level.preimage_text.text() == step.preimage
    assert "BTC 1.000069" in level.sums_text.text()
    for text in (level.hash_text, level.sibling_text, level.preimage_text):
        assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(level.hash_copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == step.computed
    assert level.hash_copy.text() == "✓ Copied"
    qtbot.waitUntil(lambda: level.hash_copy.text() == "Copy hash", timeout=5000)
    qtbot.mouseClick(level.sibling_copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == step.sibling
    qtbot.mouseClick(level.preimage_copy, Qt.MouseButton.LeftButton)
    assert clipboard.text() == step.preimage
    assert level.preimage_copy.accessibleName() == "Copy the exact text hashed at height 2"

    # The padding step's note is there, and the root step, which hashes nothing, has no text-hashed button.
    assert any("padding sibling" in w.text() for w in view.step_details[22].findChildren(QLabel))
    assert view.step_details[-1].preimage_copy is None and view.step_details[-1].hash_copy is not None

    qtbot.mouseClick(view.copy_json_button, Qt.MouseButton.LeftButton)
    assert json.loads(clipboard.text()) == result.to_json()
    qtbot.screenshot(view, "details-okx-v1")

    # Hiding the details hides all of it.
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    assert not view.details_text.isVisible() and not view.copy_json_button.isVisible()
    assert not level.isVisible()


def test_failing_step_is_marked_in_the_details(qtbot) -> None:
    result = verify_file(OKX_V1_TAMPERED)
    view = show_view(qtbot, result)
    box = view.show_step_details(0)
    assert box is not None and box.isVisible()
    assert box.title() == "1. your leaf ✗"
    assert "did not match" in box.accessibleName()
    qtbot.mouseClick(box.preimage_copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == result.steps[0].preimage
    assert "19399.33550812" in QGuiApplication.clipboard().text()  # the edited balance, as hashed
    qtbot.screenshot(view, "details-okx-v1-tampered")


def test_error_details_keep_their_toggle_and_copy_json(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "my_proof.json"
    broken.write_bytes(b"\xff\xfe\x00garbage")
    view = show_view(qtbot, verify_file(broken))
    assert not view.details_text.isVisible() and not view.copy_json_button.isVisible()
    qtbot.mouseClick(view.details_button, Qt.MouseButton.LeftButton)
    assert "Error code: not-text" in view.details_text.text()
    assert view.step_details == []
    qtbot.mouseClick(view.copy_json_button, Qt.MouseButton.LeftButton)
    copied = json.loads(QGuiApplication.clipboard().text())
    assert copied["verdict"] == "error" and copied["error"]["code"] == "not-text"
    qtbot.screenshot(view, "details-error")


def test_double_click_on_a_box_opens_that_steps_details(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1_TAMPERED)
    view = click_verify_and_wait(qtbot, window)
    picture = view.path_picture
    qtbot.waitUntil(lambda: picture.height() == picture.sizeHint().height() and picture.width() > 0)
    padding = next(s for s in siblings(picture) if s.role == "padding")
    assert "Double-click" in padding.tooltip
    with qtbot.waitSignal(picture.stepActivated) as blocker:
        qtbot.mouseDClick(picture, Qt.MouseButton.LeftButton, pos=padding.rect.center().toPoint())
    assert blocker.args == [padding.step]
    box = view.step_details[padding.step]
    assert view.details_button.isChecked() and box.title().startswith("23. height 23")
    assert box.sibling_text.text() == view.result.steps[padding.step].sibling
    assert any("A check on this sibling failed" in w.text() for w in box.findChildren(QLabel))
    viewport = window.scroll_area.viewport()
    qtbot.waitUntil(lambda: viewport.rect().intersects(box.geometry().translated(box.parentWidget().mapTo(
        viewport, box.parentWidget().rect().topLeft()))), timeout=5000)
    qtbot.screenshot(window, "details-from-picture")


# -- k-way layers (the 64-way layers of zk formats) --------------------------------------------------------------


def child_hash(layer: int, i: int) -> str:
    return hashlib.sha256(f"layer {layer} child {i}".encode()).hexdigest()


def layered_result(width: int = 64, positions: tuple[int, ...] = (4, 0, 63)) -> Result:
    """A leaf under ``len(positions)`` k-way layers of ``width`` children each, the user's node at the given
    position in each (built by hand: the formats that make such steps are being written)."""
    leaf = child_hash(0, 0)
    steps = [PathStep("your leaf", 0, leaf, ok=True)]
    below = leaf
    for layer, position in enumerate(positions, start=1):
        children = [child_hash(layer, i) for i in range(width)]
        children[position] = below  # the user's node, at its place among the others
        parent = hashlib.sha256("".join(children).encode()).hexdigest()
        steps.append(PathStep(f"layer {layer}", layer, parent, children=tuple(children), position=position, ok=True))
        below = parent
    steps.append(PathStep("root", len(positions), below, ok=True))
    return Result(
        file="layers.json", verdict="pass", format=FormatInfo("synthetic", "Test", "Synthetic layers"),
        root_computed=below, root_expected=below, root_source="published", steps=tuple(steps),
    )


def test_a_k_way_layer_shows_the_users_node_its_neighbours_and_the_rest_counted(qtbot) -> None:
    result = layered_result()
    view = show_view(qtbot, result)
    picture = view.path_picture
    assert picture is not None
    layer_boxes = [i for i in siblings(picture) if i.role == "layer"]
    by_step: dict[int, list[DrawnItem]] = {}
    for item in layer_boxes:
        by_step.setdefault(item.step, []).append(item)
    # Layer 1, the user's node 5th of 64: 4 children before it (left), 59 after (right); the nearest shown.
    left, right = sorted(by_step[1], key=lambda i: i.rect.left())
    children = result.steps[1].children
    assert left.title == "4 before yours" and right.title == "59 after yours"
    assert left.hash_text == f"#4 {short_hash(children[3])}" and left.full_hash == children[3]
    assert left.lines == (f"#3 {short_hash(children[2])}", "+2 more")
    assert right.hash_text == f"#6 {short_hash(children[5])}"
    assert right.lines == (f"#7 {short_hash(children[6])}", "+57 more")
    assert left.rect.right() < right.rect.left()
    # The first child of its layer: only the others after it, the rest collapsed as "+61 more".
    (only,) = by_step[2]
    assert only.title == "63 after yours" and only.lines[-1] == "+61 more"
    # The last child: only those before it.
    (last,) = by_step[3]
    assert last.title == "63 before yours" and last.lines[-1] == "+61 more"
    # The user's node says where it stands in the layer above it.
    user_nodes = {i.step: i for i in nodes(picture)}
    assert "↕ #5 of 64 in the layer" in user_nodes[0].lines
    assert "↕ #1 of 64 in the layer" in user_nodes[1].lines
    # Nothing overlaps and everything fits the picture.
    items = picture.drawn_items()
    for a in items:
        assert 0 <= a.rect.left() and a.rect.right() <= picture.width() + 0.5
        for b in items:
            if a is not b:
                assert not a.rect.intersects(b.rect), (a.title, b.title)
    rendered(picture)
    qtbot.screenshot(view, "k-way-layers")


def test_the_details_of_a_k_way_layer_list_every_child_with_copy(qtbot) -> None:
    result = layered_result()
    view = show_view(qtbot, result)
    box = view.show_step_details(1)
    assert box is not None and box.children_text is not None and box.children_copy is not None
    lines = box.children_text.text().splitlines()
    children = result.steps[1].children
    assert len(lines) == 64
    assert all(children[i] in line for i, line in enumerate(lines))
    assert lines[4].endswith("← yours") and sum("← yours" in line for line in lines) == 1
    box.children_copy.click()
    assert QGuiApplication.clipboard().text() == "\n".join(children)
    # Double-clicking a layer box opens that step's details.
    layer = next(i for i in siblings(view.path_picture) if i.role == "layer" and i.step == 2)
    assert layer.tooltip.count("<tt>") == 12 and "and 51 more" in layer.tooltip

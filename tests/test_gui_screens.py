"""Every screen of the app, in English and in Chinese, with a screenshot of each (pytest-qt).

Each test takes a ``qtbot.screenshot`` of what it shows (pytest-qt keeps them under pytest's temporary folder,
``<basetemp>/screenshots``) and checks the layout the way a reviewer would look at the picture: no button or
one-line label narrower than its text (text cut off), no two controls on top of each other. A failure names the
screenshot to look at.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from verifier_gui.core.registry import get_format
from verifier_gui.gui import crash, i18n, worker
from verifier_gui.gui.main_window import MainWindow
from verifier_gui.gui.result_view import ResultView

from .conftest import vectors_dir
from .test_gui import OKX_V1, OKX_V1_ROOT, OKX_V1_TAMPERED, RESULT_TIMEOUT_MS, click_verify_and_wait

LANGUAGES = [i18n.ENGLISH, i18n.CHINESE]


@pytest.fixture(scope="module", autouse=True)
def compiled() -> None:
    from .test_i18n import load_update_translations

    load_update_translations().compile_translations()


@pytest.fixture(params=LANGUAGES)
def window(request, qtbot, tmp_path: Path) -> MainWindow:
    """The main window in one language, with settings of its own, at its default size."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", request.param)
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert i18n.current_language() == request.param
    yield w
    QThreadPool.globalInstance().waitForDone(RESULT_TIMEOUT_MS)
    i18n.set_language(i18n.ENGLISH)  # the other test files expect English


def shot(qtbot, widget: QWidget, name: str) -> Path:
    """A screenshot of ``widget``, named after the language and the screen; returns where it was saved."""
    return Path(qtbot.screenshot(widget, f"{i18n.current_language()}-{name}"))


def _leaf_controls(top: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox)
    return [w for w in top.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(top) and w.width() > 0]


def layout_problems(top: QWidget) -> list[str]:
    """Text cut off (a button, a one-line label or a group title narrower than its text) and controls that
    overlap their neighbours (same parent)."""
    problems = []
    for w in _leaf_controls(top):
        name = f"{type(w).__name__} {w.objectName() or ''} {getattr(w, 'text', lambda: '')()!r}"
        if isinstance(w, QAbstractButton) and w.text() and w.width() + 1 < w.sizeHint().width():
            problems.append(f"{name}: {w.width()}px wide for {w.sizeHint().width()}px of text")
        if (isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull()
                and w.width() + 1 < w.minimumSizeHint().width()):
            problems.append(f"{name}: {w.width()}px wide for {w.minimumSizeHint().width()}px of text")
    for box in top.findChildren(QGroupBox):
        if box.isVisibleTo(top) and box.title():
            needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", ""))
            if box.width() < needed:
                problems.append(f"group {box.title()!r}: {box.width()}px wide for a {needed}px title")
    by_parent: dict[int, list[QWidget]] = {}
    for w in _leaf_controls(top):
        by_parent.setdefault(id(w.parentWidget()), []).append(w)
    for widgets in by_parent.values():
        for i, a in enumerate(widgets):
            for b in widgets[i + 1:]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{type(a).__name__} {a.objectName()!r} overlaps {type(b).__name__} "
                                    f"{b.objectName()!r} ({overlap.width()}x{overlap.height()}px)")
    return problems


_ENGLISH_PATTERNS: list = []


def english_patterns() -> list:
    """A pattern for each English text of the translation file that has a different Chinese translation
    (placeholders match anything)."""
    if not _ENGLISH_PATTERNS:
        import re

        from .test_i18n import PLACEHOLDER, PROPER_NAMES, SAME_IN_CHINESE, TS, load_update_translations

        for m in load_update_translations().ts_messages(TS):
            source = m["source"] or ""
            if source in SAME_IN_CHINESE | PROPER_NAMES or m["translation"] == source or len(source) < 4:
                continue
            parts = [re.escape(part.replace("&", "")) for part in PLACEHOLDER.split(source)]
            _ENGLISH_PATTERNS.append(re.compile(".*".join(parts), re.DOTALL))
    return _ENGLISH_PATTERNS


def english_on_screen(widget: QWidget) -> list[str]:
    """Texts shown in ``widget`` that are one of the app's English strings (for a Chinese screen)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    texts = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text().replace("&", ""))
        if isinstance(w, QGroupBox):
            texts.append(w.title().replace("&", ""))
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            texts.append(w.toPlainText())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
    return [t for t in texts if t and any(p.fullmatch(t) for p in english_patterns())]


def check_screen(qtbot, widget: QWidget, name: str) -> Path:
    path = shot(qtbot, widget, name)
    problems = layout_problems(widget)
    assert not problems, f"layout of {path}:\n" + "\n".join(problems)
    if i18n.current_language() == i18n.CHINESE:
        left = english_on_screen(widget)
        assert not left, f"English left on the Chinese screen {path}:\n" + "\n".join(left)
    return path


def whole_view(qtbot, window: MainWindow, name: str) -> ResultView:
    """The result, its whole height: the view drawn on its own at the window's width."""
    view = window.result_view
    assert view is not None
    # The result is laid out over the next event-loop turns: wait until it has its full height.
    qtbot.waitUntil(lambda: view.height() >= view.minimumSizeHint().height() > 0, timeout=5000)
    qtbot.wait(50)
    check_screen(qtbot, window, name)
    check_screen(qtbot, view, f"{name}-whole")
    return view


# -- the screens ----------------------------------------------------------------------------------------------


def test_start_screen(qtbot, window: MainWindow) -> None:
    path = check_screen(qtbot, window, "start")
    assert window.placeholder.isVisible(), path
    assert window.assets_box.isVisible(), path
    if i18n.current_language() == i18n.CHINESE:
        assert window.verify_button.text() == "验证(&V)", path


def test_pass_screen(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS):
        window.load_demo()
    view = whole_view(qtbot, window, "pass")
    assert view.result.verdict == "pass"


def test_fail_screen_and_path_picture(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1_TAMPERED)
    window.set_root_text(OKX_V1_ROOT)
    view = click_verify_and_wait(qtbot, window)
    assert view.result.verdict == "fail"
    whole_view(qtbot, window, "fail")
    assert view.failure_box is not None and view.path_picture is not None
    path = shot(qtbot, view.path_picture, "path-picture")
    picture = view.path_picture
    for item in picture.drawn_items():
        assert 0 <= item.rect.left() and item.rect.right() <= picture.width() + 0.5, f"{item.title}: {path}"
    if i18n.current_language() == i18n.CHINESE:
        assert "What did not match" not in view.failure_box.title(), path


def test_details_screen(qtbot, window: MainWindow) -> None:
    window.set_proof_path(OKX_V1)
    view = click_verify_and_wait(qtbot, window)
    assert view.details_button is not None
    view.details_button.setChecked(True)
    assert view.step_details, "the details list every step"
    # The whole view is too tall for one picture (25 steps): the window scrolled to the details, and two steps.
    first, last = view.step_details[0], view.step_details[-1]
    qtbot.waitUntil(lambda: all(b.height() >= b.minimumSizeHint().height() > 20 for b in (first, last)), timeout=5000)
    window.scroll_area.ensureWidgetVisible(view.step_details[0], 0, 0)
    path = check_screen(qtbot, window, "details")
    problems = layout_problems(view)
    assert not problems, f"layout of the details (see {path}):\n" + "\n".join(problems)
    path = check_screen(qtbot, view.step_details[0], "details-step-1")
    check_screen(qtbot, view.step_details[-1], "details-step-root")
    assert view.step_details[0].hash_copy is not None, path


def test_error_screen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"self": {"nonce": ')
    window.set_proof_path(broken)
    view = click_verify_and_wait(qtbot, window)
    whole_view(qtbot, window, "error")
    path = shot(qtbot, view.banner, "error-banner")
    assert view.error_message is not None and "broken.json" in view.error_message.text(), path
    if i18n.current_language() == i18n.CHINESE:
        assert "not valid JSON" not in view.error_message.text(), path


def test_entry_form_screen(qtbot, window: MainWindow) -> None:
    form = window.entry_form
    form.setChecked(True)
    for index in range(form.kind_combo.count()):
        form.kind_combo.setCurrentIndex(index)
        # The form grows over the next event-loop turns: wait for its full height before looking.
        qtbot.waitUntil(lambda: form.height() >= form.minimumSizeHint().height(), timeout=5000)
        qtbot.wait(50)
        check_screen(qtbot, form, f"entry-form-{index}")
    check_screen(qtbot, window, "entry-form-window")


def test_ambiguous_format_chooser(qtbot, window: MainWindow, monkeypatch) -> None:
    from verifier_gui.core import verify as core_verify

    both = [get_format("kucoin-merkle"), get_format("okx-merkle-v1")]
    monkeypatch.setattr(core_verify, "detect", lambda source: both)
    seen: list[tuple[Path, list[str]]] = []

    def look_then_choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, look_then_choose)
            return
        path = check_screen(qtbot, dialog, "format-chooser")
        items = dialog.comboBoxItems()
        seen.append((path, items))
        dialog.setTextValue(next(i for i in items if "OKX" in i))
        dialog.accept()

    QTimer.singleShot(50, look_then_choose)
    window.set_proof_path(OKX_V1)
    view = click_verify_and_wait(qtbot, window)
    assert len(seen) == 1, "the chooser was not shown"
    path, items = seen[0]
    # Each choice names the exchange, the format and its period, in the app's language.
    assert any("Nov 2022" in i or "2022 年 11 月" in i for i in items), (path, items)
    assert view.result.verdict == "pass"


def test_progress_and_cancel(qtbot, window: MainWindow, monkeypatch) -> None:
    from verifier_gui.core.progress import Cancelled
    from verifier_gui.core.result import error_result

    release = threading.Event()

    def slow(path, options=None):  # noqa: ANN001 - a long verification, as the core runs one: it reports
        release.wait(RESULT_TIMEOUT_MS / 1000)  # progress, and stops there once cancelled
        try:
            options.progress.at(0.5)
        except Cancelled as exc:
            return error_result(str(path), exc)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(worker, "verify_file", slow)
    window.set_proof_path(OKX_V1)
    qtbot.mouseClick(window.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.busy_bar.isVisible() and window.cancel_button.isVisible(), timeout=5000)
    path = check_screen(qtbot, window, "progress")
    assert not window.verify_button.isEnabled(), path
    with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
        check_screen(qtbot, window, "cancelling")
        release.set()
    view = window.result_view
    assert view is not None and view.result.error is not None and view.result.error.code == "cancelled"
    whole_view(qtbot, window, "cancelled")


def test_crash_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    seen: list[Path] = []

    def look_then_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, look_then_close)
            return
        seen.append(check_screen(qtbot, box, "crash"))
        box.done(QDialog.DialogCode.Accepted)

    crash.install_excepthook()
    QTimer.singleShot(50, look_then_close)
    try:
        raise ValueError("something odd")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)


def test_vectors_are_where_the_screens_expect_them() -> None:
    """Not a skip: without the vectors the screens above would show errors instead of results."""
    assert OKX_V1.is_file() and OKX_V1_TAMPERED.is_file(), vectors_dir()


# -- a dark palette ------------------------------------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark desktop theme, as a user with dark mode has it."""
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2b2b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#555555", QPalette.ColorRole.Light: "#4a4a4a", QPalette.ColorRole.Dark: "#1a1a1a",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def css_colours(style: str, prop: str) -> list[str]:
    """The colours a stylesheet or HTML fragment gives ``prop`` ("color", "background")."""
    import re

    return re.findall(rf"(?<![-\w]){prop}\s*:\s*(#[0-9a-fA-F]{{6}})", style)


@pytest.fixture
def dark_app():
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    yield
    app.setPalette(before)


# WCAG AA: 4.5:1 for text, 3:1 for large or bold text and for the marks drawn beside it.
TEXT, BOLD = 4.5, 3.0


@pytest.mark.parametrize("case", ["pass", "fail"])
def test_the_whole_window_is_readable_in_a_dark_palette(qtbot, window: MainWindow, dark_app, case: str) -> None:
    if case == "pass":
        with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS):
            window.load_demo()
    else:
        window.set_proof_path(OKX_V1_TAMPERED)
        window.set_root_text(OKX_V1_ROOT)
        click_verify_and_wait(qtbot, window)
    view = whole_view(qtbot, window, f"dark-{case}")
    path = shot(qtbot, view, f"dark-{case}-view")
    problems = []
    pal = view.palette()
    window_bg, window_text = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText)
    if contrast(window_text, window_bg) < TEXT:
        problems.append("window text")
    # The verdict banner sets its own text and background (the same in light and dark themes).
    banner = view.banner.styleSheet()
    for fg in css_colours(banner, "color"):
        for bg in css_colours(banner, "background"):
            if contrast(fg, bg) < TEXT:
                problems.append(f"banner {fg} on {bg}: {contrast(fg, bg):.2f}")
    # Tables: the palette's text on its base.
    for table in (view.balances_table, view.totals_table):
        if table is not None:
            tp = table.palette()
            ratio = contrast(tp.color(QPalette.ColorRole.Text), tp.color(QPalette.ColorRole.Base))
            if ratio < TEXT:
                problems.append(f"table {table.accessibleName()}: {ratio:.2f}")
    # Coloured words on the window: the ✓/✗ of the checks, "the two roots are the same/different".
    coloured = [(view.checks_text.toHtml() if view.checks_text else "", "checks")]
    if view.roots_match is not None:
        coloured.append((view.roots_match.styleSheet(), "roots compared"))
    for step in view.step_details:
        coloured += [(label.styleSheet(), "step status") for label in step.findChildren(QLabel)]
    for html, where in coloured:
        for fg in css_colours(html, "color"):
            if fg.lower() in ("#000000",):
                continue  # Qt's own default text colour in toHtml(), not one of ours
            if contrast(fg, window_bg) < BOLD:
                problems.append(f"{where}: {fg} on {window_bg.name()}: {contrast(fg, window_bg):.2f}")
    # The path picture draws with colours taken from the palette.
    picture = view.path_picture
    assert picture is not None
    c = picture._colours()
    pairs = [("text", "base", TEXT), ("text", "yours_fill", TEXT), ("text", "fail_fill", TEXT),
             ("muted", "base", TEXT), ("muted", "yours_fill", BOLD), ("fail", "fail_fill", BOLD),
             ("pass", "yours_fill", BOLD), ("text", "band_fill", TEXT)]
    for fg, bg, needed in pairs:
        if contrast(c[fg], c[bg]) < needed:
            problems.append(f"path picture {fg} on {bg}: {contrast(c[fg], c[bg]):.2f}")
    assert c["base"].lightnessF() < 0.4, "the picture follows the dark palette"
    assert not problems, f"dark palette, see {path}:\n" + "\n".join(problems)


def test_k_way_layers_screen(qtbot, window: MainWindow) -> None:
    from .test_gui_path import layered_result

    window.show_result(layered_result())
    view = whole_view(qtbot, window, "k-way-layers")
    assert view.path_picture is not None
    path = check_screen(qtbot, view.path_picture, "k-way-layers-picture")
    layers = [i for i in view.path_picture.drawn_items() if i.role == "layer"]
    assert len(layers) == 4, path
    view.details_button.setChecked(True)
    box = view.step_details[1]
    qtbot.waitUntil(lambda: box.height() >= box.minimumSizeHint().height() > 20, timeout=5000)
    check_screen(qtbot, view.step_details[1], "k-way-layer-details")

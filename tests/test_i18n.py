"""English and Simplified Chinese through Qt's translation system.

The translation file: every string translated, its %N placeholders, mnemonic, line breaks and markup kept; no
string of the code missing from it; the generated list of core strings (catalogue_strings.py) up to date. The
app: the system's language at start, the switch in the window changing every visible text at once (the result
too), the choice remembered in QSettings and used at the next start; a screenshot of the Chinese window.
"""

from __future__ import annotations

import ast
import json
from html import escape as html_escape
import importlib.util
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from verifier_gui.core.catalogue import warning_message, warning_why
from verifier_gui.core.receipt import receipt_document, receipt_json
from verifier_gui.core.result import Result
from verifier_gui.core.roots import APP_TYPED_ORIGIN
from verifier_gui.core.text import Text
from verifier_gui.gui import i18n
from verifier_gui.gui.main_window import MainWindow
from verifier_gui.gui.receipt_export import receipt_html

from .conftest import REPO

RESULT_TIMEOUT_MS = 20_000
TS = i18n.ts_path(i18n.CHINESE)
# Qt's %1 and the core templates' {name} (with an optional !r and format spec: {count:,}, {text!r}).
PLACEHOLDER = re.compile(r"%\d+|\{\w+(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?(?:a|b|br|code|em|i|p|small|span|strong|tt|u)\b[^>]*>")  # HTML markup ("<hash>" is not)
CJK = re.compile(r"[\u3400-\u9fff]")
# Texts that are the same in Chinese: nothing in them is English words.
SAME_IN_CHINESE = {
    "%1 — %2", "%1, %2", "PDF (*.pdf);;JSON (*.json)", "data[{k}].balances: {what}",
    # field names of the files, formulas and symbols: code, the same in every language
    "{file} CexAssetsInfo[{k}]", "{file} AccountIdHash", "AssetCounts {count}", "N = {n}", "Poseidon({left}, {right})",
    "{where} cex_asset_list_commitments", "{where} account_tree_roots", "{where} batch_number",
    "{where} batch_commitment",
}
# Proper names, written the same in Chinese (exchanges, and the name Binance's page gives a value).
PROPER_NAMES = {
    "OKX", "KuCoin", "Poloniex", "Gate.io", "Bitget", "Merkle Hash", "Silver Sixpence / Mazars", "BitMEX / River",
    "SwissBorg", "Bybit", "MEXC", "CoinEx", "The Network Firm / Armanino",
}


def load_update_translations() -> ModuleType:
    path = REPO / "build_scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    return load_update_translations()


@pytest.fixture(scope="module")
def compiled(tools: ModuleType) -> None:
    """The .qm files are built, not committed: compile any that is missing or older than its .ts (as `make
    pytest` does before the suite), so the app can load Chinese."""
    tools.compile_translations()
    assert i18n.qm_path(i18n.CHINESE).is_file()


@pytest.fixture
def english_after():
    """Every test leaves the app in English, as the other test files expect it."""
    yield
    i18n.set_language(i18n.ENGLISH)


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics ("&x") a text has; "&&" is a literal ampersand."""
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


# -- the translation file -----------------------------------------------------------------------------------------


def test_every_string_is_translated_and_keeps_its_placeholders(tools: ModuleType) -> None:
    messages = tools.ts_messages(TS)
    assert len(messages) > 300
    problems = []
    for m in messages:
        context, source, translation = m["context"], m["source"], m["translation"] or ""
        where = f"[{context}] {source!r}"
        if m["type"] is not None:
            problems.append(f"{where}: type={m['type']}")
        if not translation.strip():
            problems.append(f"{where}: no translation")
            continue
        if Counter(PLACEHOLDER.findall(translation)) != Counter(PLACEHOLDER.findall(source)):
            problems.append(f"{where}: placeholders {PLACEHOLDER.findall(translation)} in {translation!r}")
        if mnemonics(translation) > 1 or mnemonics(translation) != mnemonics(source):
            problems.append(f"{where}: mnemonics of {translation!r}")
        if Counter(TAG.findall(translation)) != Counter(TAG.findall(source)):
            problems.append(f"{where}: markup of {translation!r}")
        if translation.count("\n") != source.count("\n"):
            problems.append(f"{where}: line breaks of {translation!r}")
        if source not in SAME_IN_CHINESE | PROPER_NAMES and not CJK.search(translation):
            problems.append(f"{where}: {translation!r} has no Chinese in it")
    assert not problems, "\n".join(problems)


def test_the_translation_file_has_every_string_of_the_code(tools: ModuleType) -> None:
    """lupdate run over today's sources (into a scratch file) finds nothing the .ts lacks: a new or changed text
    fails here until `make translations` has merged it and it is translated."""
    missing = tools.missing_strings(TS)
    assert not missing, "run `make translations` and translate:\n" + "\n".join(f"[{c}] {s!r}" for c, s in missing)


def test_catalogue_strings_is_up_to_date(tools: ModuleType) -> None:
    path = REPO / "verifier_gui" / "gui" / "catalogue_strings.py"
    assert path.read_text(encoding="utf-8") == tools.catalogue_strings_source(), (
        "verifier_gui/gui/catalogue_strings.py is out of date: run `make translations`"
    )
    # Every warning sentence of the core is in the .ts under "catalogue", where translate_catalogue looks.
    catalogue = {m["source"] for m in tools.ts_messages(TS) if m["context"] == "catalogue"}
    assert set(tools.catalogue_texts()) <= catalogue
    assert "Reserve Verifier receipt" in tools.receipt_texts()


# -- choosing the language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "language"),
    [
        (["zh-CN"], "zh_CN"),
        (["zh-Hans-CN", "en-US"], "zh_CN"),
        (["zh_TW"], "zh_CN"),
        (["zh"], "zh_CN"),
        (["en-GB", "zh-CN"], "en"),
        (["fr-FR", "zh-CN"], "zh_CN"),
        (["de-DE", "fr"], "en"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_the_language_for_a_locale(names: list[str], language: str) -> None:
    assert i18n.language_for(names) == language


def test_the_saved_language_comes_before_the_system_one(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert i18n.startup_language(settings) == i18n.system_language()
    for saved in ("zh_CN", "en"):
        settings.setValue("ui/language", saved)
        assert i18n.startup_language(settings) == saved
    settings.setValue("ui/language", "xx")  # a language this version does not have: the system's
    assert i18n.startup_language(settings) == i18n.system_language()


def app_in(env_lang: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Start the app in a fresh process with the given $LANG and no saved settings."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=env_lang, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=90,
                          check=False, cwd=REPO)


@pytest.mark.parametrize(("env_lang", "verify"), [("zh_CN.UTF-8", "验证(&V)"), ("en_US.UTF-8", "&Verify")])
def test_the_window_follows_the_system_locale(compiled: None, tmp_path: Path, env_lang: str, verify: str) -> None:
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from verifier_gui.gui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "w = MainWindow()\n"
        "print(w.verify_button.text())\n"
    )
    out = app_in(env_lang, tmp_path, "-c", code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == verify


def test_the_self_test_passes_in_chinese(compiled: None, tmp_path: Path) -> None:
    out = app_in("zh_CN.UTF-8", tmp_path, "-m", "verifier_gui", "--self-test")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test: PASS shown for the demo" in out.stdout


# -- the window, switched live ----------------------------------------------------------------------------------


def zh(context: str, source: str) -> str:
    """The Chinese the app should show for a text (read from the .ts, not from the app)."""
    for m in load_update_translations().ts_messages(TS):
        if m["context"] == context and m["source"] == source:
            return m["translation"] or ""
    raise KeyError((context, source))


def switch(qtbot, window: MainWindow, language: str) -> None:
    with qtbot.waitSignal(window.languageChanged, timeout=5000):
        window.language_combo.setCurrentIndex(window.language_combo.findData(language))


def on_screen_texts(window: MainWindow) -> list[str]:
    """Every text of the window a user can see or hear: labels, buttons, titles, placeholders, combo items,
    text boxes, accessible names and tooltips of every visible widget."""
    texts = [window.windowTitle()]
    for child in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(
        QGroupBox
    ) + window.findChildren(QLineEdit) + window.findChildren(QComboBox) + window.findChildren(
        QTextEdit
    ) + window.findChildren(QPlainTextEdit):
        if not child.isVisibleTo(window):
            continue
        texts += [child.accessibleName(), child.toolTip()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, (QLineEdit, QPlainTextEdit)):
            texts.append(child.placeholderText())
        if isinstance(child, QComboBox) and child is not window.format_combo:  # format names are proper names
            texts += [child.itemText(i) for i in range(child.count()) if child.itemData(i) not in i18n.LANGUAGES]
        if isinstance(child, QTextEdit):
            texts.append(child.toPlainText())
    return [t for t in texts if t]


def english_left(window: MainWindow, tools: ModuleType) -> list[str]:
    """The texts on screen that are an English string of the .ts (placeholders filled in any way)."""
    patterns = []
    for m in tools.ts_messages(TS):
        if m["source"] in SAME_IN_CHINESE or m["translation"] == m["source"]:
            continue
        pattern = ".*".join(re.escape(part) for part in PLACEHOLDER.split(m["source"]))
        patterns.append(re.compile(pattern, re.DOTALL))
    return [text for text in on_screen_texts(window) if any(p.fullmatch(text) for p in patterns)]


def test_switching_language_changes_every_text_at_once(qtbot, tools, compiled, english_after, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")  # the same start whatever the machine's locale
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.verify_button.text() == "&Verify"
    assert window.language_combo.currentData() == "en"
    assert window.language_combo.accessibleName() == "Language"
    assert [window.language_combo.itemText(i) for i in range(window.language_combo.count())] == ["English", "中文"]

    switch(qtbot, window, "zh_CN")
    assert window.verify_button.text() == "验证(&V)" == zh("MainWindow", "&Verify")
    assert window.intro_label.text().startswith("核对您的账户")
    assert window.windowTitle() == "储备金验证器"
    assert window.language_combo.accessibleName() == "语言"
    assert window.format_combo.itemText(0) == "自动识别"
    assert window.entry_form.title() == zh("EntryForm", "I have values from a web page, not a proof file")
    assert settings.value("ui/language") == "zh_CN"

    with qtbot.waitSignal(window.resultShown, timeout=RESULT_TIMEOUT_MS):
        qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    view = window.result_view
    assert view is not None
    assert view.verdict_label.text() == zh("ResultView", "PASS — your account is included in the published root")
    assert view.verdict_label.text().startswith("通过")
    assert view.warning_items, "the demo has warnings"
    code = view.warning_items[0].property("warningCode")
    warning = view.warning_items[0].text()
    assert zh("catalogue", warning_message(code)) in warning and zh("catalogue", warning_why(code)) in warning
    assert warning_message(code) not in warning
    assert window.receipt_button.text() == "保存凭证(&R)…"
    qtbot.screenshot(window, "zh-demo-pass")
    window.entry_form.setChecked(True)  # the web-page form, open, in Chinese too
    assert not english_left(window, tools), english_left(window, tools)
    window.entry_form.setChecked(False)

    # Open the technical details, then switch back: the result is rebuilt in English, the details still open.
    view.details_button.setChecked(True)
    switch(qtbot, window, "en")
    view = window.result_view
    assert view is not None and view.result is window.last_result
    assert view.verdict_label.text() == "PASS — your account is included in the published root"
    assert warning_message(code) in view.warning_items[0].text()
    assert view.details_button.isChecked() and view.details_text.isVisibleTo(window)
    assert window.verify_button.text() == "&Verify"
    assert window.intro_label.text().startswith("Check that your account")
    assert settings.value("ui/language") == "en"
    QThreadPool.globalInstance().waitForDone(RESULT_TIMEOUT_MS)


def test_the_language_chosen_is_used_at_the_next_start(qtbot, compiled, english_after, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    switch(qtbot, first, "zh_CN")
    first.close()
    assert settings.value("ui/language") == "zh_CN"

    i18n.set_language(i18n.ENGLISH)  # as a new process starts: no translator installed yet
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert i18n.current_language() == "zh_CN"
    assert second.language_combo.currentData() == "zh_CN"
    assert second.verify_button.text() == "验证(&V)"
    assert second.placeholder.text() == zh("MainWindow", "The result will appear here. Not sure what to expect? "
                                              "Try the sample first.")
    # Qt's own texts are Chinese too (qtbase_zh_CN.qm): the standard buttons of a dialog.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_a_missing_translation_leaves_the_app_in_english(qtbot, english_after, tmp_path, monkeypatch) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / "nowhere.qm")
    window.language_combo.setCurrentIndex(window.language_combo.findData("zh_CN"))
    assert i18n.current_language() == "en"
    assert window.language_combo.currentData() == "en"
    assert window.verify_button.text() == "&Verify"
    assert "not installed" in window.status_label.text()
    assert settings.value("ui/language") == "en"


def test_the_receipt_is_written_in_the_app_language(compiled, english_after) -> None:
    from verifier_gui.core.demo import demo_proof_path, demo_root_path
    from verifier_gui.core.options import VerifyOptions
    from verifier_gui.core.roots import read_root_file
    from verifier_gui.core.verify import verify_file

    result = verify_file(demo_proof_path(), VerifyOptions(root=read_root_file(str(demo_root_path()))))
    doc = receipt_document(result)
    assert "Reserve Verifier receipt" in receipt_html(doc)
    assert i18n.set_language(i18n.CHINESE)
    text = receipt_html(doc)
    assert zh("receipt", "Reserve Verifier receipt") in text and "通过" in text


def test_the_language_option_is_for_one_run(qtbot, compiled, english_after) -> None:
    from verifier_gui.gui.app import build_parser, create_window

    window = create_window(build_parser().parse_args(["--language", "zh_CN"]))
    qtbot.addWidget(window)
    assert window.verify_button.text() == "验证(&V)"
    assert window.settings.value("ui/language") is None  # not remembered: the next start is as before


# -- the core's sentences ------------------------------------------------------------------------------------------


def test_every_text_call_of_the_core_has_a_literal_template_and_named_values(tools: ModuleType) -> None:
    """The translation tool reads the templates from the source, so each must be a literal, and its placeholders
    must be exactly the values given (a missing one would fail at run time, in one language only)."""
    import string

    problems = []
    calls = 0
    for path in tools.core_sources():
        where = path.relative_to(REPO)
        for call in tools.text_calls(path):
            if call.func.id == "Text" and path.name in ("text.py", "result.py"):
                continue  # the class itself, and the catalogue's sentences (translated in the context "catalogue")
            calls += 1
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)) or len(call.args) != 1:
                problems.append(f"{where}:{call.lineno}: the template is not one string literal")
                continue
            try:
                fields = {name for _, name, _, _ in string.Formatter().parse(first.value) if name is not None}
            except ValueError as exc:
                problems.append(f"{where}:{call.lineno}: {exc} in {first.value!r}")
                continue
            given = {k.arg for k in call.keywords}
            if None in given or fields != given or any(not f.isidentifier() for f in fields):
                problems.append(f"{where}:{call.lineno}: placeholders {sorted(fields)} but values {sorted(given)}")
    assert calls > 300
    assert not problems, "\n".join(problems)


def test_the_core_templates_and_format_names_are_in_the_translations(tools: ModuleType) -> None:
    have = {(m["context"], m["source"]) for m in tools.ts_messages(TS)}
    core = tools.core_texts()
    assert "The published root is empty." in core and "{name}: no such file." in core
    assert {("core", t) for t in core} <= have
    assert {("formats", t) for t in tools.format_texts()} <= have
    assert ("formats", "Nov 2022 – Mar 2023") in have


def texts_in(value: object) -> list[Text]:
    """Every Text in ``value`` (a Result, a dataclass, a dict, a list …), nested values included."""
    import dataclasses

    found: list[Text] = []
    if isinstance(value, Text):
        found.append(value)
        for inner in value.values.values():
            found += texts_in(inner)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            found += texts_in(getattr(value, f.name))
    elif isinstance(value, dict):
        for inner in value.values():
            found += texts_in(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            found += texts_in(inner)
    return found


def people_texts(result: Result) -> list[tuple[str, str]]:
    """(where, text) of every field of a result that the app shows as words the core wrote."""
    out: list[tuple[str, str]] = []
    for c in result.checks:
        out += [("check name", c.name), ("check detail", c.detail)]
    if result.failure is not None:
        out += [("failure step", result.failure.step), ("failure message", result.failure.message)]
    if result.error is not None:
        out.append(("error message", result.error.message))
    for w in result.warnings:
        out.append(("warning detail", w.detail))
    for step in result.steps:
        out += [("step label", step.label), ("step note", step.note or "")]
    out.append(("root origin", result.root_origin or ""))
    if result.format is not None:
        out.append(("format variant", result.format.variant or ""))
    return out


def vector_results() -> list[tuple[str, Result]]:
    """Every implemented manifest vector verified as the app does it, and a few errors and failures."""
    from verifier_gui.core.options import VerifyOptions
    from verifier_gui.core.registry import all_formats
    from verifier_gui.core.roots import parse_root_argument
    from verifier_gui.core.verify import verify_file, verify_source
    from verifier_gui.core.loading import Source

    from .conftest import manifest, vectors_dir

    base = vectors_dir()
    implemented = {f.id for f in all_formats()}
    out = []
    for v in manifest():
        if v["format"] not in implemented:
            continue
        root = v["root"]
        published = None
        if isinstance(root, str):
            published = parse_root_argument(root, APP_TYPED_ORIGIN)
        elif isinstance(root, dict):
            published = parse_root_argument(str(base / root["file"]))
        options = VerifyOptions(
            root=published,
            tree=str(base / v["tree"]) if v.get("tree") else None,
            assets=str(base / v["assets"]) if v.get("assets") else None,
        )
        out.append((v["id"], verify_file(base / v["proof"], options)))
    some_proof = next(base / v["proof"] for v in manifest() if v["format"] == "okx-merkle-v1")
    wrong_root = parse_root_argument("ab" * 32, APP_TYPED_ORIGIN)
    out += [
        ("missing file", verify_file(base / "no-such-file.json")),
        ("not json", verify_source(Source.from_text("{not json", "broken.json"), VerifyOptions())),
        ("unknown shape", verify_source(Source.from_text('{"a": 1, "b": [2]}', "other.json"), VerifyOptions())),
        ("invalid fields", verify_source(Source.from_text(
            '{"self": {"nonce": 1, "hash": "x", "balances": {"BTC": "1", "ETH": "1", "USDT": "1"}, "type": 1,'
            ' "height": 1}, "path": [{"type": 3}]}', "okx.json"), VerifyOptions(format_id="okx-merkle-v1"))),
        ("wrong root", verify_file(some_proof, VerifyOptions(root=wrong_root))),
        ("unknown format id", verify_file(some_proof, VerifyOptions(format_id="no-such-format"))),
    ]
    # A Gate.io user record (gateio.md §1: the screenshot's user), found and not found in the leaf list.
    leaf_list = base / "gateio/v1_sha256_merkle/synthetic_balances_merkletree.txt"
    gate_root = parse_root_argument(
        next(v["root"] for v in manifest() if v["id"] == "gateio-merkle-v1-synthetic-5-leaves"), APP_TYPED_ORIGIN
    )
    for balance in ("0.032448", "0.032449"):
        record = {"hashed_uid": "4d75cb3ac3c8", "balance": balance}
        out.append((f"gate.io record {balance}", verify_file(leaf_list, VerifyOptions(root=gate_root, record=record))))
    return out


def test_no_core_text_is_left_untranslated_in_chinese(qtbot, compiled, english_after) -> None:
    """Every vector's result (and a few errors) shown in Chinese: each sentence of the core in it has a Chinese
    translation (the template, looked up as the app does, differs from the English unless it is a proper name or
    has no words), and the result view shows none of the English sentences."""
    from verifier_gui.gui.result_view import ResultView

    assert i18n.set_language(i18n.CHINESE)
    untranslated: dict[str, set[str]] = {}
    seen = 0
    for name, result in vector_results():
        for t in texts_in(result):
            template = t.template
            words = re.sub(r"\{[^{}]*\}", "", template)
            seen += 1
            if not re.search(r"[A-Za-z]{2}", words) or template in PROPER_NAMES | SAME_IN_CHINESE:
                continue
            if i18n._translate_core(template) == template:
                untranslated.setdefault(template, set()).add(name)
        view = ResultView(result)
        qtbot.addWidget(view)
        shown = [w.text() for w in view.findChildren(QLabel)] + [w.toPlainText() for w in view.findChildren(QTextEdit)]
        for message in filter(None, [result.error and result.error.message, result.failure and result.failure.message]):
            assert not any(str(message) in s for s in shown), (name, message)
        plain = [f"{where}: {value!r}" for where, value in people_texts(result)
                 if re.search(r"[A-Za-z]{2}", value) and not isinstance(value, Text) and value not in PROPER_NAMES]
        assert not plain, f"{name}: sentences not made with text(), which stay English:\n" + "\n".join(plain)
    assert seen > 500
    assert not untranslated, "\n".join(f"{t!r} (in {sorted(n)[:3]})" for t, n in untranslated.items())


def test_the_receipt_shows_the_cores_sentences_in_the_app_language(compiled, english_after) -> None:
    from verifier_gui.core.options import VerifyOptions
    from verifier_gui.core.roots import parse_root_argument
    from verifier_gui.core.verify import verify_file

    from .test_gui import OKX_V1_ROOT, OKX_V1_TAMPERED

    result = verify_file(OKX_V1_TAMPERED, VerifyOptions(root=parse_root_argument(OKX_V1_ROOT, APP_TYPED_ORIGIN)))
    assert result.verdict == "fail" and result.failure is not None
    doc = receipt_document(result)
    english = receipt_html(doc)
    assert html_escape(str(result.failure.message)) in english
    assert i18n.set_language(i18n.CHINESE)
    chinese = receipt_html(doc)
    failure = i18n.core_text(result.failure.message)
    assert failure != result.failure.message and html_escape(failure) in chinese
    assert html_escape(str(result.failure.message)) not in chinese
    assert zh("formats", "OKX Merkle tree v1 (path file)") in chinese
    # The JSON receipt stays English: it is the command line's schema.
    assert json.loads(receipt_json(result))["failure"]["message"] == str(result.failure.message)

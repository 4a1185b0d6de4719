"""Refresh the app's translations: the strings to translate, the .ts sources, the compiled .qm files.

    python build_scripts/update_translations.py             everything below, in order   (make translations)
    python build_scripts/update_translations.py --compile   only compile the .ts whose .qm is missing or older
                                                            (make run / make test / make pytest do this)
    python build_scripts/update_translations.py --check     change nothing; exit 1 if catalogue_strings.py or a
                                                            .ts misses a string the code has

Everything:
  1. writes verifier_gui/gui/catalogue_strings.py: the strings lupdate cannot find by itself, each wrapped in
     QT_TRANSLATE_NOOP: the core catalogue's warning messages and why-lines (context "catalogue", looked up by
     their English text: gui/result_view.py), the receipt's texts (context "receipt": the `_tr("…")` calls
     of gui/receipt_export.py) and the self.tr("…") calls written inside f-strings (lupdate skips f-strings);
  2. runs pyside6-lupdate over every verifier_gui/gui/*.py into verifier_gui/resources/i18n/reserve_verifier_<lang>.ts
     for each language of gui/i18n.py, keeping the translations already there and dropping strings the code no
     longer has (new strings arrive as type="unfinished": translate them, e.g. with pyside6-linguist);
  3. runs pyside6-lrelease on each .ts into its .qm beside it (the .qm files are not committed: .gitignore).

Run it with the project's Python (.venv/bin/python): the lupdate and lrelease of its PySide6 are used.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUI = REPO / "verifier_gui" / "gui"
I18N = REPO / "verifier_gui" / "resources" / "i18n"
CATALOGUE_STRINGS = GUI / "catalogue_strings.py"
RECEIPT_SOURCE = GUI / "receipt_export.py"
BASENAME = "reserve_verifier"
# lupdate options: no source locations (the .ts then changes only when a text changes, not whenever code
# moves), and strings the code no longer has are dropped rather than kept as "vanished".
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-source-language", "en"]

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


# -- the strings lupdate cannot see --------------------------------------------------------------------------------


def catalogue_texts() -> list[str]:
    """Every warning and error message and why-line of the core catalogue, in the catalogue's order, each once."""
    from verifier_gui.core.catalogue import ERRORS, WARNINGS

    texts: list[str] = []
    for entry in [*WARNINGS.values(), *ERRORS.values()]:
        for text in (entry.message, entry.why):
            if text not in texts:
                texts.append(text)
    return texts


def receipt_texts(source: Path = RECEIPT_SOURCE) -> list[str]:
    """The literal argument of every `_tr("…")` call in receipt_export.py (its texts use the context "receipt"),
    in the order they appear, each once."""
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    calls = [node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_tr"]
    texts: list[str] = []
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
        if call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
            if call.args[0].value not in texts:
                texts.append(call.args[0].value)
    return texts


CORE = REPO / "verifier_gui" / "core"


def core_sources() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def text_names(tree: ast.AST) -> set[str]:
    """The names ``core.text.text`` goes by in a module: ``text`` and any ``from .text import text as T``."""
    names = {"text"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "text":
            names |= {alias.asname for alias in node.names if alias.name == "text" and alias.asname}
    return names


def text_calls(path: Path) -> list[ast.Call]:
    """Every call of ``text(…)`` (under any name it is imported as) and of ``Text(…)`` in one core module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = text_names(tree) | {"Text"}
    calls = [node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names]
    return sorted(calls, key=lambda c: (c.lineno, c.col_offset))


def core_texts(sources: list[Path] | None = None) -> list[str]:
    """The template of every ``text("…")`` call of the core (context "core"), in source order, each once.
    Templates without words ("{a}{b}", "{first}; {rest}") need no translation and are left out."""
    texts: list[str] = []
    for path in sources or core_sources():
        for call in text_calls(path):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                template = first.value
                if re.search(r"[A-Za-z]", re.sub(r"\{[^{}]*\}", "", template)) and template not in texts:
                    texts.append(template)
    return texts


def format_texts() -> list[str]:
    """Every exchange, format name, period and "needs" line of the registry (context "formats"), each once."""
    from verifier_gui.core.registry import all_formats

    texts: list[str] = []
    for spec in all_formats():
        for value in (spec.exchange, spec.name, spec.period, spec.needs):
            if value and value not in texts:
                texts.append(value)
    return texts


def _translate_call(node: ast.AST, class_name: str | None) -> tuple[str, str] | None:
    """(context, text) of ``self.tr("text")`` (context: the class) or ``QCoreApplication.translate("ctx", "text")``
    with literal arguments; None for any other node."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return None
    args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
    func = node.func
    if func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self" and class_name:
        return (class_name, args[0]) if args and args[0] is not None else None
    if func.attr == "translate" and len(args) >= 2 and args[0] is not None and args[1] is not None:
        return args[0], args[1]
    return None


def fstring_texts(sources: list[Path] | None = None) -> list[tuple[str, str]]:
    """(context, text) of every translation call written inside an f-string, f"<i>{self.tr('…')}</i>":
    pyside6-lupdate does not look inside f-strings, so these are listed for it."""
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, class_name: str | None, in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            class_name = node.name
        if in_fstring:
            call = _translate_call(node, class_name)
            if call is not None and call not in found:
                found.append(call)
        for child in ast.iter_child_nodes(node):
            visit(child, class_name, in_fstring or isinstance(node, ast.JoinedStr))

    for path in sources or gui_sources():
        if path != CATALOGUE_STRINGS:
            visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)), None, False)
    return found


def catalogue_strings_source() -> str:
    """What verifier_gui/gui/catalogue_strings.py must contain."""

    def block(name: str, strings: list[tuple[str, str]]) -> list[str]:
        lines = [f"{name} = ("]
        # json.dumps writes a valid double-quoted Python literal, non-ASCII characters kept as they are.
        lines += [f"    QT_TRANSLATE_NOOP({json.dumps(c)}, {json.dumps(t, ensure_ascii=False)})," for c, t in strings]
        return [*lines, ")", ""]

    lines = [
        '"""The strings pyside6-lupdate cannot find by itself, listed for it. Generated by',
        "build_scripts/update_translations.py from verifier_gui/core/*.py and verifier_gui/gui/*.py: do not",
        "edit (a test checks it is up to date). The app never imports this module.",
        "",
        "CATALOGUE: every warning message and why-line of the core catalogue; the app translates them by their",
        'English text in the context "catalogue" (gui/result_view.py, translate_catalogue).',
        'RECEIPT: the texts of the PDF receipt, translated in the context "receipt" (gui/receipt_export.py, _tr).',
        "IN_FSTRINGS: the translation calls written inside f-strings in gui/*.py, which lupdate does not read.",
        'CORE: the template of every text("…") call of verifier_gui/core (context "core"; gui/i18n.py, core_text).',
        'FORMATS: the exchanges, format names, periods and needs of the registry (context "formats"; format_text).',
        '"""',
        "",
        "# ruff: noqa: E501",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        *block("CATALOGUE", [("catalogue", t) for t in catalogue_texts()]),
        *block("RECEIPT", [("receipt", t) for t in receipt_texts()]),
        *block("IN_FSTRINGS", fstring_texts()),
        *block("CORE", [("core", t) for t in core_texts()]),
        *block("FORMATS", [("formats", t) for t in format_texts()]),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def write_catalogue_strings() -> bool:
    """Write catalogue_strings.py; True when it changed."""
    text = catalogue_strings_source()
    if CATALOGUE_STRINGS.is_file() and CATALOGUE_STRINGS.read_text(encoding="utf-8") == text:
        return False
    CATALOGUE_STRINGS.write_text(text, encoding="utf-8")
    return True


# -- lupdate, lrelease ---------------------------------------------------------------------------------------------


def languages() -> list[str]:
    """The languages with a translation file: every language of gui/i18n.py but English, the source."""
    from verifier_gui.gui.i18n import ENGLISH, LANGUAGES

    return [language for language in LANGUAGES if language != ENGLISH]


def ts_file(language: str) -> Path:
    return I18N / f"{BASENAME}_{language}.ts"


def gui_sources() -> list[Path]:
    return sorted(GUI.glob("*.py"))


def tool(name: str) -> Path:
    """PySide6's own lupdate/lrelease binary, or the pyside6-<name> wrapper beside this Python."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    path = Path(PySide6.__file__).parent / f"{name}{exe}"
    if path.is_file():
        return path
    wrapper = Path(sys.executable).parent / f"pyside6-{name}{exe}"
    if wrapper.is_file():
        return wrapper
    raise SystemExit(f"update_translations: {name} not found in PySide6 ({path}) nor as {wrapper}")


def lupdate(ts: Path, sources: list[Path] | None = None, *, language: str | None = None) -> None:
    """Merge the strings of ``sources`` (default: every gui/*.py) into ``ts``, creating it if needed."""
    command = [str(tool("lupdate")), "-silent", *map(str, sources or gui_sources()), "-ts", str(ts), *LUPDATE_OPTIONS]
    if language:
        command += ["-target-language", language]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed on {ts}:\n{done.stdout}{done.stderr}")


def lrelease(ts: Path, qm: Path | None = None) -> None:
    qm = qm or ts.with_suffix(".qm")
    done = subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed on {ts}:\n{done.stdout}{done.stderr}")


def compile_translations(force: bool = False) -> list[Path]:
    """Compile each .ts whose .qm is missing or older than it (all with ``force``); returns the .qm written."""
    written = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease(ts, qm)
            written.append(qm)
    return written


# -- reading a .ts -------------------------------------------------------------------------------------------------


def ts_messages(ts: Path) -> list[dict[str, str | None]]:
    """Every message of a .ts: context, source, translation (None when empty) and the translation's type
    ("unfinished", "vanished", "obsolete" or None when finished)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is not None and message.get("numerus") == "yes":
                # A plural ("%n file(s)") keeps its text in <numerusform> children, one per plural form of the
                # language (Chinese has one): the first stands for the translation.
                text = next((form.text for form in translation.iter("numerusform")), None)
            out.append({
                "context": name,
                "source": message.findtext("source") or "",
                "translation": text or None,
                "type": translation.get("type") if translation is not None else "unfinished",
            })
    return out


def source_strings(sources: list[Path] | None = None) -> set[tuple[str, str]]:
    """(context, source text) of every string lupdate finds in ``sources`` (default: every gui/*.py)."""
    with tempfile.TemporaryDirectory(prefix="reserve-verifier-lupdate-") as folder:
        scratch = Path(folder) / "scratch.ts"
        lupdate(scratch, sources)
        return {(m["context"] or "", m["source"] or "") for m in ts_messages(scratch)}


def missing_strings(ts: Path) -> set[tuple[str, str]]:
    """Strings the code has that ``ts`` lacks (new or changed texts: run this script, then translate them)."""
    have = {(m["context"] or "", m["source"] or "") for m in ts_messages(ts)
            if m["type"] not in ("vanished", "obsolete")}
    return source_strings() - have


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--compile", action="store_true", help="only compile .ts files whose .qm is missing or older")
    mode.add_argument("--check", action="store_true", help="change nothing; exit 1 when something is out of date")
    args = parser.parse_args()

    if args.compile:
        for qm in compile_translations():
            print(f"update_translations: compiled {qm.relative_to(REPO)}")
        return 0

    if args.check:
        problems = []
        current = CATALOGUE_STRINGS.read_text(encoding="utf-8") if CATALOGUE_STRINGS.is_file() else None
        if current != catalogue_strings_source():
            problems.append(f"{CATALOGUE_STRINGS.relative_to(REPO)} is out of date")
        for language in languages():
            ts = ts_file(language)
            missing = missing_strings(ts) if ts.is_file() else {("", "(the whole file)")}
            problems += [f"{ts.name} lacks [{c}] {s!r}" for c, s in sorted(missing)]
        for line in problems:
            print(f"update_translations: {line}", file=sys.stderr)
        if problems:
            print("update_translations: run `make translations`, then translate the new strings", file=sys.stderr)
        return 1 if problems else 0

    if write_catalogue_strings():
        print(f"update_translations: wrote {CATALOGUE_STRINGS.relative_to(REPO)}")
    I18N.mkdir(parents=True, exist_ok=True)
    for language in languages():
        ts = ts_file(language)
        lupdate(ts, language=language)
        messages = ts_messages(ts)
        unfinished = [m for m in messages if m["type"] == "unfinished" or not m["translation"]]
        print(f"update_translations: {ts.relative_to(REPO)}: {len(messages)} strings, "
              f"{len(unfinished)} not translated yet")
        for m in unfinished:
            print(f"    [{m['context']}] {m['source']!r}")
    for qm in compile_translations(force=True):
        print(f"update_translations: compiled {qm.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

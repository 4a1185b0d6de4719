"""One catalogue of codes (core/catalogue.py): every error code the core or the app can give is in it, every
warning code used is in it, and the README documents both."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from verifier_gui.core.catalogue import ERRORS, WARNINGS

from .conftest import REPO

PACKAGE = REPO / "verifier_gui"


def _calls(names: set[str]) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
                if name in names:
                    found.append((path, node))
    return found


def _literal_codes(names: set[str], allowed_non_literal: set[str] | None) -> set[str]:
    """The literal codes passed to these calls; any other argument must be in ``allowed_non_literal`` (None:
    anything goes)."""
    codes = set()
    for path, call in _calls(names):
        first = call.args[0]
        options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]  # a if c else b
        if all(isinstance(o, ast.Constant) and isinstance(o.value, str) for o in options):
            codes.update(o.value for o in options)  # type: ignore[attr-defined]
        elif allowed_non_literal is not None:
            assert ast.unparse(first) in allowed_non_literal, f"{path}:{call.lineno}: code must be a literal"
    return codes


def test_every_error_code_raised_is_in_the_catalogue() -> None:
    # error_result passes on the code of an InputError it was given (exc.code), already checked at its source.
    codes = _literal_codes({"InputError", "ErrorInfo"}, {"exc.code"})
    codes |= {"cancelled"}  # raised by core/progress.Cancelled through super().__init__
    assert codes - set(ERRORS) == set()
    assert len(codes) > 10  # the scan found the core's raises


def test_every_warning_code_used_is_in_the_catalogue() -> None:
    # Codes chosen in a loop or by a condition are not literals here; ResultBuilder.warn looks every code up in
    # the catalogue, so an unknown one fails loudly at run time too (and in the conformance tests).
    codes = _literal_codes({"warn"}, None)
    assert codes and codes - set(WARNINGS) == set()


def test_codes_are_kebab_case_and_entries_are_sentences() -> None:
    for code, entry in {**ERRORS, **WARNINGS}.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code), code
        assert entry.message.endswith(".") and entry.why.endswith("."), code


def test_the_readme_documents_every_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [code for code in [*ERRORS, *WARNINGS] if f"`{code}`" not in readme]
    assert not missing, f"README.md does not document: {missing}"


def test_the_readme_codes_table_is_up_to_date() -> None:
    """The table under <!-- codes-table --> is what build_scripts/codes_table.py writes from the catalogue and the
    Chinese translations today (so a new code, or a changed sentence, shows up in the README)."""
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, str(REPO / "build_scripts" / "codes_table.py"), "--check"],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr

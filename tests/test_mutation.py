"""Never a false pass: seeded mutants of every passing vector (tests/mutants.py) must not pass when they change
what the file says. ``make test`` runs a bounded number per vector; ``make fuzz`` and
``build_scripts/mutation_report.py`` run more and print the counts the README quotes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from verifier_gui.core.registry import all_formats

from .conftest import manifest, vectors_dir
from .mutants import load_case, mutants, verify_mutant

IMPLEMENTED = {f.id for f in all_formats()}
PASSING = [v for v in manifest() if v["format"] in IMPLEMENTED and v["expect"] == "pass"]
#: Per vector: at most this many value edits and exactly this many byte edits ($MUTANTS scales both).
SCALE = int(os.environ.get("MUTANTS", "1"))
VALUE_EDITS = 150 * SCALE
BYTE_EDITS = 150 * SCALE


@pytest.mark.parametrize("vector", PASSING, ids=[v["id"] for v in PASSING])
def test_no_mutant_that_changes_the_file_passes(vector: dict[str, Any], tmp_path: Path) -> None:
    case = load_case(vector, vectors_dir())
    tree_path = tmp_path / Path(case.tree_name).name if case.tree_name else None
    tried = 0
    false_passes: list[str] = []
    crashes: list[str] = []
    for mutant in mutants(case, VALUE_EDITS, BYTE_EDITS, seed=2026):
        tried += 1
        result = verify_mutant(case, mutant, tree_path)
        if mutant.changes_meaning and result.verdict == "pass":
            false_passes.append(f"{mutant.kind} edit at {mutant.where}")
        if result.error is not None and result.error.code == "internal-error":
            crashes.append(f"{mutant.kind} edit at {mutant.where}: {result.error.message}")
    assert tried >= BYTE_EDITS
    assert not false_passes, f"{len(false_passes)} of {tried} mutants passed: {false_passes[:10]}"
    assert not crashes, f"{len(crashes)} of {tried} mutants hit an internal error: {crashes[:5]}"


def test_the_oracle_sees_a_value_change_and_ignores_whitespace() -> None:
    """The harness itself: an edited amount is a change of meaning; re-spacing the JSON is not."""
    from .mutants import Case, Mutant, _same_json, edited
    from decimal import Decimal
    from verifier_gui.core.options import VerifyOptions

    assert edited(Decimal("1.000069")) == Decimal("1.000070")
    assert edited("1.5") == "1.6" and edited("ab12cd34") == "ab12cd30" and edited(True) is False
    assert _same_json(b'{"a": [1, 2]}', b'{"a":[1,2]}\n', "x.json")
    assert not _same_json(b'{"a": "1.0"}', b'{"a": "1.00"}', "x.json")
    assert isinstance(Case, type) and isinstance(Mutant, type) and VerifyOptions() is not None

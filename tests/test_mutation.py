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


def _case(format_id: str = "x", vector_id: str = "x") -> Any:
    from verifier_gui.core.options import VerifyOptions

    from .mutants import Case

    return Case(vector_id, format_id, "x.json", b"", None, None, VerifyOptions())


def test_the_oracle_sees_a_value_change_and_ignores_whitespace() -> None:
    """The harness itself: an edited amount is a change of meaning; re-spacing the JSON is not."""
    from decimal import Decimal

    from .mutants import _same_json, edited

    assert edited(Decimal("1.000069")) == Decimal("1.000070")
    assert edited("1.5") == "1.6" and edited("ab12cd34") == "ab12cd30" and edited(True) is False
    assert _same_json(b'{"a": [1, 2]}', b'{"a":[1,2]}\n', _case())
    assert not _same_json(b'{"a": "1.0"}', b'{"a": "1.00"}', _case())


def test_format_normalisers_are_narrow() -> None:
    """Bybit: a sibling's amount may be respelled (it is only summed), your leaf's and the root's may not. MEXC:
    an empty sibling's zero balances say nothing; a non-zero one does. Batch tables: proof_info and timestamps
    are unbound, the commitments are not."""
    from .mutants import _same_json, _same_text

    bybit = _case("bybit-merkle")
    doc = '{"self":{"balance":{"A":"%s"}},"path":[{"balance":{"A":"%s"}},{"balance":{"A":"%s"}}]}'
    assert _same_json((doc % ("1.0", "0.00", "1.0")).encode(), (doc % ("1.0", "0.0", "1.0")).encode(), bybit)
    assert not _same_json((doc % ("1.0", "0", "1.0")).encode(), (doc % ("1.00", "0", "1.0")).encode(), bybit)
    assert not _same_json((doc % ("1", "0", "1.0")).encode(), (doc % ("1", "0", "1.00")).encode(), bybit)
    mexc = _case("mexc-merkle")
    doc = '{"pathList":[{"hash":"%s","balances":{"%s":"%s"}},{"hash":"cd","balances":{"B":"1"}}]}'
    assert _same_json((doc % ("", "ETH", "0")).encode(), (doc % ("", "eTH", "0")).encode(), mexc)
    assert not _same_json((doc % ("", "ETH", "0")).encode(), (doc % ("", "ETH", "1")).encode(), mexc)
    assert not _same_json((doc % ("ab", "ETH", "0")).encode(), (doc % ("ab", "eTH", "0")).encode(), mexc)
    head = b'"id","created_at","proof_info","cex_asset_list_commitments","account_tree_roots","batch_commitment","batch_number"\n'
    row = '"1","%s","%s","[""AAAA"",""AAAB""]","[""AAAA"",""AAAA""]","%s","0"\n'
    a = head + (row % ("19/10/2023", "Zm9v", "AAAA")).encode()
    assert _same_text(a, head + (row % ("19/10/2O23", "Zm9w", "AAAA")).encode(), "gateio-zk")
    assert not _same_text(a, head + (row % ("19/10/2023", "Zm9v", "AAAE")).encode(), "gateio-zk")


def test_more_format_normalisers_are_narrow() -> None:
    """KuCoin: a sibling's trailing zero is the same sum. zk user files: base64 spellings of the same bytes.
    MEXC: a zero coin in the root is no coin. BitMEX: without secrets the block height is unbound."""
    import base64

    from .mutants import _same_json, _same_text

    doc = '{"self":{"balances":{"A":"%s"}},"path":[{"balances":{"A":"%s"}},{"balances":{"A":"%s"}}]}'
    kucoin = _case("kucoin-merkle")
    assert _same_json((doc % ("1", "2.5", "3")).encode(), (doc % ("1", "2.50", "3")).encode(), kucoin)
    assert not _same_json((doc % ("1", "2.5", "3")).encode(), (doc % ("1.0", "2.5", "3")).encode(), kucoin)
    value = base64.b64encode(bytes(range(32))).decode()
    respelled = value[:-2] + chr(ord(value[-2]) + 1) + "="
    assert base64.b64decode(respelled) == base64.b64decode(value)
    htx = _case("htx-zk-v2")
    assert _same_json(f'["{value}"]'.encode(), f'["{respelled}"]'.encode(), htx)
    assert not _same_json(f'["{value}"]'.encode(), f'["{value[:-3]}AA="]'.encode(), htx)
    mexc = _case("mexc-merkle")
    root = '{"pathList":[{"hash":"ab","balances":{"%s":"0","B":"1"}}]}'
    assert _same_json((root % "USDC").encode(), (root % "USDc").encode(), mexc)
    tree = b"block_height:420\nab,1\n"
    assert _same_text(tree, tree.replace(b"420", b"428"), "bitmex-liabilities")
    assert not _same_text(tree, tree.replace(b",1", b",2"), "bitmex-liabilities")

"""coinex-merkle: CoinEx's example (which needs the single-hash lone-node rule), builder trees under both rules,
tampering. Expected values from ../shared/vectors (manifest, SOURCES.md) and specs/others.md §2.6 and §5."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.coinex_merkle import Account, Tree
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import manifest

FILE = "coinex/merkle_proof_file.json"
ROOT = "b272a9a8142f3942dc640936d267ce785ae9d29aaf904c1ec1f0990242047569"
TOOL_RULE_ROOT_PREFIX = "6bf6716d7704fb21"  # what CoinEx's main.go rule gives (specs/others.md §5)
TOTALS = {
    "BTC": "106218647.69797369",
    "CET": "14442925.91120209",
    "ETH": "104543542.83007564",
    "USDT": "4837050599.79548026",
}


def example(vectors: Path) -> dict[str, Any]:
    return json.loads((vectors / FILE).read_text())


def run(doc: dict[str, Any], root: str | None = None) -> Result:
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None)
    return verify_source(Source("merkle_proof_file.json", json.dumps(doc).encode()), options)


def make_tree(n: int, rule: str) -> Tree:
    accounts = [
        Account(f"{i * 104729:064x}", {"USDT": f"{i}.125"} if i % 2 else {"BTC": f"0.{i + 1}", "CET": str(i)})
        for i in range(n)
    ]
    return Tree(accounts, rule)


def test_example_passes_only_with_the_single_hash_rule_and_says_so(vectors: Path) -> None:
    r = run(example(vectors), ROOT)
    assert r.verdict == "pass", r.failure
    assert r.root_computed == ROOT and r.totals == TOTALS
    assert r.format is not None and r.format.variant is not None and "SHA256(h ‖ balances)" in r.format.variant
    codes = r.warning_codes()
    assert "variant-matched" in codes and "official-tool-differs" in codes
    assert TOOL_RULE_ROOT_PREFIX in next(w.detail for w in r.warnings if w.code == "official-tool-differs")
    assert "weak-binding-sum-only" in codes and "identity-not-verifiable" in codes
    assert "duplicated-last-node" not in codes


def test_user_usdt_changed_fails(vectors: Path) -> None:
    doc = example(vectors)
    doc["self"]["balances"]["USDT"] = "374.250574"
    r = run(doc)
    assert r.verdict == "fail" and r.root_computed != ROOT
    assert any(c.name == "lone-node rules" and not c.ok for c in r.checks)


@pytest.mark.parametrize("n", [2, 3, 5, 7, 8, 11])
def test_tool_rule_trees_pass_with_duplicated_last_node(n: int) -> None:
    tree = make_tree(n, "doubled")
    for i in range(n):
        r = run(tree.proof(i), tree.root.hash)
        assert r.verdict == "pass", (i, r.failure)
        lone = any(step == {} for step in tree.proof(i)["path"])
        assert ("duplicated-last-node" in r.warning_codes()) == lone
        assert ("variant-matched" in r.warning_codes()) is False


@pytest.mark.parametrize("n", [3, 5, 7, 11])
def test_example_rule_trees_pass_and_name_the_variant(n: int) -> None:
    tree = make_tree(n, "single")
    for i in range(n):
        r = run(tree.proof(i), tree.root.hash)
        assert r.verdict == "pass", (i, r.failure)


def test_partial_step_is_a_structure_failure(vectors: Path) -> None:
    doc = example(vectors)
    del doc["path"][3]["pos"]
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


def test_negative_sibling_is_flagged() -> None:
    tree = Tree([Account("aa", {"BTC": "1"}), Account("bb", {"BTC": "-0.5"})])
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and "negative-balance" in r.warning_codes()


def test_sniffer_takes_coinex_files_only(vectors: Path) -> None:
    assert [f.id for f in detect(Source.from_path(vectors / FILE))] == ["coinex-merkle"]
    for v in manifest():
        if v["format"] != "coinex-merkle":
            assert "coinex-merkle" not in [f.id for f in detect(Source.from_path(vectors / v["proof"]))], v["id"]


def _sites(doc: dict[str, Any]) -> list[tamper.Site]:
    sites: list[tamper.Site] = [(("self", "nonce"), "hash"), (("root", "hash"), "hash")]
    sites += [(("self", "balances", c), "amount") for c in doc["self"]["balances"]]
    sites += [(("root", "balances", c), "amount") for c in doc["root"]["balances"]]
    for k, step in enumerate(doc["path"]):
        if step:
            sites += [(("path", k, "balances", c), "amount") for c in step["balances"]]
            sites += [(("path", k, "hash"), "hash"), (("path", k, "pos"), "side")]
    return sites


def _mutated(value: Any, kind: str, data: st.DataObject) -> Any:
    if kind == "side":
        return "right" if value == "left" else "left"
    return tamper.mutated(value, kind, data, max_places=8)


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None]]:
    tool = make_tree(7, "doubled")
    return [(example(vectors), ROOT), (example(vectors), None), (tool.proof(6), tool.root.hash)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_hashed_value_or_side_passes(tamper_bases, data: st.DataObject) -> None:
    tamper.assert_no_change_passes(data, tamper_bases, _sites, _mutated, run)

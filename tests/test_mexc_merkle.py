"""mexc-merkle: MEXC's example file, builder trees, tampering. Expected values from ../shared/vectors (manifest,
SOURCES.md) and specs/others.md §2.6 and §5."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.mexc_merkle import Account, Tree
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import manifest

FILE = "mexc/merkle_proof.json"
ROOT = "35d01ffef2beec3ff0166c03f3d9b0cc"
TOTALS = {"BTC": "4386831.37", "ETH": "5001729.74", "USDT": "5099023.18", "USDC": "0"}


def example(vectors: Path) -> dict[str, Any]:
    return json.loads((vectors / FILE).read_text())


def run(doc: dict[str, Any], root: str | None = None) -> Result:
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None)
    return verify_source(Source("merkle_proof.json", json.dumps(doc).encode()), options)


def make_tree(n: int) -> Tree:
    accounts = [
        Account(str(1745297000 + i), {"ETH": f"{i}.25"} if i % 3 else {"BTC": f"0.{i + 1}", "USDT": str(10 * i)})
        for i in range(n)
    ]
    return Tree(accounts)


def test_example_passes_with_128_bit_hashes_and_its_root_totals(vectors: Path) -> None:
    r = run(example(vectors), ROOT)
    assert r.verdict == "pass", r.failure
    assert r.root_computed == ROOT and r.totals == TOTALS
    assert r.user_id == "1745297673" and r.balances == {"ETH": "195462.73"}
    codes = r.warning_codes()
    assert "truncated-hash-128" in codes and "weak-binding-sum-only" in codes
    assert "identity-not-verifiable" not in codes  # the accountId is inside the leaf (weaknesses.md A7)


def test_example_has_empty_siblings_at_levels_0_and_1(vectors: Path) -> None:
    r = run(example(vectors))
    empty = next(w for w in r.warnings if w.code == "empty-sibling")
    assert "0, 1" in empty.detail
    assert "root-from-file" in r.warning_codes()


def test_sibling_btc_changed_fails(vectors: Path) -> None:
    doc = example(vectors)
    doc["pathList"][1]["balances"]["BTC"] = "1523108.28"
    r = run(doc)
    assert r.verdict == "fail" and r.root_computed != ROOT


def test_root_totals_are_compared_though_mexc_compares_the_hash_only(vectors: Path) -> None:
    doc = example(vectors)
    doc["pathList"][-1]["balances"]["BTC"] = "4386832.37"  # display only: the root hash still matches
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root totals"
    assert "official-tool-differs" in r.warning_codes()


def test_leaf_mismatch_shows_the_hashed_text(vectors: Path) -> None:
    doc = example(vectors)
    doc["self"]["balances"]["ETH"] = "195462.74"
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf"
    assert "PR-2025-01-22,1745297673,ETH:195462.74" in r.failure.message


def test_repeated_level_fails(vectors: Path) -> None:
    doc = example(vectors)
    doc["pathList"][2]["level"] = 1
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


@pytest.mark.parametrize("n", [2, 3, 5, 6, 9])
@pytest.mark.parametrize("list_empty", [True, False])
def test_every_user_of_builder_trees_passes(n: int, list_empty: bool) -> None:
    tree = make_tree(n)
    for i in range(n):
        r = run(tree.proof(i, list_empty), tree.root.hash)
        assert r.verdict == "pass", (i, r.failure)


def test_negative_balance_is_flagged() -> None:
    tree = Tree([Account("1", {"BTC": "2"}), Account("2", {"BTC": "-1"}), Account("3", {"ETH": "1"})])
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and "negative-balance" in r.warning_codes()


def test_sniffer_takes_mexc_files_only(vectors: Path) -> None:
    assert [f.id for f in detect(Source.from_path(vectors / FILE))] == ["mexc-merkle"]
    for v in manifest():
        if v["format"] != "mexc-merkle":
            assert "mexc-merkle" not in [f.id for f in detect(Source.from_path(vectors / v["proof"]))], v["id"]


def _sites(doc: dict[str, Any]) -> list[tamper.Site]:
    """Hashed or summed values, sides and levels. An empty sibling's level is left out: moving an empty node to
    another level where there was no sibling either changes nothing that is hashed."""
    sites: list[tamper.Site] = [(("self", "hash"), "hash"), (("self", "type"), "flag"), (("self", "level"), "height")]
    sites += [(("self", "balances", c), "amount") for c in doc["self"]["balances"]]
    for k, node in enumerate(doc["pathList"]):
        sites += [(("pathList", k, "balances", c), "amount") for c in node["balances"]]
        sites.append((("pathList", k, "type"), "flag"))
        if node["hash"]:
            sites += [(("pathList", k, "hash"), "hash"), (("pathList", k, "level"), "height")]
    return sites


def _mutated(value: Any, kind: str, data: st.DataObject) -> Any:
    return tamper.mutated(value, kind, data, max_places=8)


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None]]:
    tree = make_tree(7)
    return [(example(vectors), ROOT), (example(vectors), None), (tree.proof(6), tree.root.hash)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_hashed_value_flag_or_level_passes(tamper_bases, data: st.DataObject) -> None:
    tamper.assert_no_change_passes(data, tamper_bases, _sites, _mutated, run)


def test_absurd_root_level_is_refused_quickly(vectors: Path) -> None:
    doc = example(vectors)
    doc["pathList"][-1]["level"] = 10**9
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


def test_a_zero_coin_missing_from_the_root_is_not_a_difference(vectors: Path) -> None:
    doc = example(vectors)
    del doc["pathList"][-1]["balances"]["USDC"]  # "0" in the file
    assert run(doc).verdict == "pass"
    doc["pathList"][-1]["balances"]["DOGE"] = "1"  # a coin the path never summed
    assert run(doc).verdict == "fail"

"""okx-merkle-v1: the real OKX file, trees of other shapes from the builder, and tampering of every kind.

Expected values for the real file come from specs/okx.md §2 and OKX's own repository (root, height, totals,
user balances), not from this code.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.okx_merkle_v1 import Account, Tree, deterministic_nonce, leaf_hash
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper

REAL_ROOT = "ac6b39d2a0aa8112bd1aadff5e7d4b5c2b91cd54d595262ba4367f5d2db4160d"
REAL_TOTALS = {"BTC": "95088.55505656", "ETH": "939953.49090361", "USDT": "3137909428.88369702"}
REAL_USER = {"BTC": "1.000069", "ETH": "0.99908176", "USDT": "19398.33550812"}


def real_doc(vectors: Path) -> dict[str, Any]:
    return json.loads((vectors / "okx/merkle_v1/merkle_proof_file.json").read_text())


def run(doc: dict[str, Any], root: str | None = None) -> Result:
    source = Source("proof.json", json.dumps(doc).encode())
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None)
    return verify_source(source, options)


# --- the real file --------------------------------------------------------------------------------------


def test_real_file_passes_with_published_root(vectors: Path) -> None:
    r = run(real_doc(vectors), REAL_ROOT)
    assert r.verdict == "pass"
    assert r.root_computed == REAL_ROOT and r.root_source == "published"
    assert r.totals == REAL_TOTALS and r.balances == REAL_USER
    codes = r.warning_codes()
    for scheme in ("weak-binding-sum-only", "no-separators", "identity-not-verifiable", "neighbour-data-exposed"):
        assert scheme in codes
    assert "duplicated-last-node" in codes  # the type-4 sibling at height 22
    assert "root-from-file" not in codes


def test_real_file_without_root_warns_root_from_file(vectors: Path) -> None:
    r = run(real_doc(vectors))
    assert r.verdict == "pass" and r.root_source == "file"
    assert "root-from-file" in r.warning_codes()


def test_wrong_published_root_fails_at_root(vectors: Path) -> None:
    r = run(real_doc(vectors), "00" + REAL_ROOT[2:])
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "root"
    assert r.failure.computed == REAL_ROOT
    assert "last text hashed" in r.failure.message  # the exact preimage is shown


def test_tampered_vector_fails_at_leaf_with_hashed_text(vectors: Path) -> None:
    doc = json.loads((vectors / "okx/derived/merkle_v1_tampered_balance.json").read_text())
    r = run(doc)
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "leaf"
    assert r.failure.expected == doc["self"]["hash"]
    assert '"USDT":"19399.33550812"' in r.failure.message


def test_builder_leaf_formula_matches_okx_data(vectors: Path) -> None:
    """The builder is checked against OKX's published leaves (the user's and the neighbour's)."""
    doc = real_doc(vectors)
    for node in (doc["self"], doc["path"][0]):
        b = node["balances"]
        assert leaf_hash(Account(node["nonce"], (b["BTC"], b["ETH"], b["USDT"]))) == node["hash"]


def test_path_steps_record_each_level(vectors: Path) -> None:
    r = run(real_doc(vectors), REAL_ROOT)
    assert [s.height for s in r.steps] == list(range(1, 25)) + [24]
    assert r.steps[-1].computed == REAL_ROOT
    assert r.steps[22].height == 23 and "padding" in (r.steps[22].note or "")  # parent over the padding


# --- trees of other shapes ------------------------------------------------------------------------------


def make_tree(n: int, seed: str = "t", amounts: list[tuple[str, str, str]] | None = None) -> Tree:
    rows = amounts or [
        (
            tamper.plain(Decimal(i) * Decimal("0.12345678")),
            tamper.plain(Decimal(i * 3)),
            tamper.plain(Decimal((i * 7919) % 10**8).scaleb(-8)),
        )
        for i in range(n)
    ]
    return Tree([Account(deterministic_nonce(seed, i), rows[i]) for i in range(n)])


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33])
def test_every_user_of_trees_of_odd_and_even_sizes_passes(n: int) -> None:
    tree = make_tree(n)
    for index in range(n):
        r = run(tree.proof(index), tree.root.hash)
        assert r.verdict == "pass", (n, index, r.failure)
        assert r.root_computed == tree.root.hash


def test_single_account_tree_pads_its_leaf() -> None:
    tree = make_tree(1)
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and "duplicated-last-node" in r.warning_codes()
    assert r.totals == dict(zip(("BTC", "ETH", "USDT"), tree.accounts[0].balances))


def test_totals_are_the_exact_sums_of_all_accounts() -> None:
    amounts = [("0.00000001", "99999999.99999999", "0")] * 5 + [("1", "0.00000001", "3000000000.12345678")]
    tree = make_tree(6, amounts=amounts)
    r = run(tree.proof(2), tree.root.hash)
    assert r.verdict == "pass"
    assert r.totals == {"BTC": "1.00000005", "ETH": "499999999.99999996", "USDT": "3000000000.12345678"}


def test_negative_leaf_and_sum_are_flagged_but_hash_verdict_kept() -> None:
    amounts = [("1", "0", "0"), ("-3", "0", "0"), ("1", "0", "0"), ("0", "0", "0")]
    tree = make_tree(4, amounts=amounts)
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass"
    assert "negative-balance" in r.warning_codes()  # the sibling leaf at index 1
    assert "negative-sum" in r.warning_codes()  # the left pair sums to -2
    neg = next(w for w in r.warnings if w.code == "negative-balance")
    assert "path[0].balances.BTC" in neg.message


def test_non_canonical_amount_is_flagged() -> None:
    tree = make_tree(2, amounts=[("1.50", "0", "0"), ("2", "0", "0")])
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and "non-canonical-amount" in r.warning_codes()


# --- tampering ------------------------------------------------------------------------------------------


def test_sibling_amount_with_more_than_8_places_fails(vectors: Path) -> None:
    doc = real_doc(vectors)
    doc["path"][3]["balances"]["BTC"] += "000000001" if "." in doc["path"][3]["balances"]["BTC"] else ".000000001"
    r = run(doc, REAL_ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "amounts"


def test_padding_relabelled_as_real_sibling_fails(vectors: Path) -> None:
    doc = real_doc(vectors)
    assert doc["path"][21]["type"] == 4
    doc["path"][21]["type"] = 2  # hashes the same way, but a real sibling cannot equal the node
    assert run(doc, REAL_ROOT).verdict == "fail"


def test_neighbour_nonce_is_checked(vectors: Path) -> None:
    doc = real_doc(vectors)
    doc["path"][0]["nonce"] = "0" * 64
    r = run(doc, REAL_ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "neighbour leaf"


def _mutations(doc: dict[str, Any]) -> list[tamper.Site]:
    """Every hashed or summed value, flag and height of a proof: (location, kind)."""
    return tamper.node_sites(doc, coins=("BTC", "ETH", "USDT"))


def _mutated(value: Any, kind: str, data: st.DataObject) -> Any:
    """An amount changed in its 8 places, one hex digit of a hash or nonce, any other small flag or height."""
    return tamper.mutated(value, kind, data, max_places=8)


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None]]:
    small = make_tree(7)
    return [(real_doc(vectors), REAL_ROOT), (real_doc(vectors), None), (small.proof(3), small.root.hash)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_hashed_value_flag_or_height_passes(
    tamper_bases: list[tuple[dict[str, Any], str | None]], data: st.DataObject
) -> None:
    base, root = data.draw(st.sampled_from(tamper_bases))
    doc = copy.deepcopy(base)
    changed = tamper.change_one(doc, _mutations(doc), _mutated, data)
    if changed is None:  # an amount change that rounds away
        return
    r = run(doc, root)
    assert r.verdict != "pass", changed


def test_entries_from_different_audits_fail(vectors) -> None:
    """auditId is hashed nowhere, so only this rule stops a path spliced from two audits (or an edited id)."""
    import json as _json

    from verifier_gui.core.loading import Source
    from verifier_gui.core.options import VerifyOptions
    from verifier_gui.core.verify import verify_source

    doc = _json.loads((vectors / "okx/merkle_v1/merkle_proof_file.json").read_text())
    ids = {n.get("auditId") for n in doc["path"]} - {None}
    assert ids == {"499930592"}  # the real file names one audit
    doc["path"][5]["auditId"] = "499930593"
    result = verify_source(Source("spliced.json", _json.dumps(doc).encode()), VerifyOptions())
    assert result.verdict == "fail"
    assert result.failure is not None and "499930592, 499930593" in result.failure.message

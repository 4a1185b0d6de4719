"""okx-zkstark-v2: OKX's unit-test vector (and the tampered and reshuffled copies), synthetic snapshots from the
builder with 4-way and 64-way recursive layers, users in other batches and positions, the root read from a
sum_proof_data.json, tampering and bad input.

Expected values for the vectors come from vectors/okx/SOURCES.md and the manifest (root 5fd65a34…cd24, the
tampered fold 21ccaf17…1cd5), not from this code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.okx_zkstark_v2 import Snapshot, random_accounts
from verifier_gui.core.errors import InputError
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot, parse_root_argument
from verifier_gui.core.verify import verify_source

from . import tamper

ROOT = "5fd65a3498517f93710db59451d3c867e679860aa821a2a66839fc9d91e7cd24"
TAMPERED_ROOT = "21ccaf17c84b452835f2fd0d10a36b818762299c84858d226d87f48bdf3b1cd5"
SCHEME = ("per-asset-not-bound", "zk-proof-not-verified", "identity-not-verifiable", "unit-scale-unknown")


def load(vectors: Path, name: str) -> dict[str, Any]:
    return json.loads((vectors / "okx" / name).read_text())


def run(doc: dict[str, Any], root: str | PublishedRoot | None) -> Result:
    if isinstance(root, str):
        root = PublishedRoot(root, "test")
    return verify_source(Source("inclusion_proof.json", json.dumps(doc).encode()), VerifyOptions(root=root))


# --- the vectors --------------------------------------------------------------------------------------------------


def test_unit_test_vector_passes(vectors: Path) -> None:
    r = run(load(vectors, "plonky2_v2/testvector_user_inclusion_proof.json"), ROOT)
    assert r.verdict == "pass", r.failure
    assert r.root_computed == ROOT
    for code in (*SCHEME, "asset-data-missing"):
        assert code in r.warning_codes()
    assert r.balances["equity (sum)"] == "9" and r.balances["debt (sum)"] == "3"
    assert r.balances["token 0 equity"] == "3" and r.balances["token 2 debt"] == "1"
    # The 4-way recursive layer lists every child, the user's node at position 0.
    layer = r.steps[-1]
    assert layer.position == 0 and len(layer.children) == 4
    assert layer.children[0] == r.steps[-2].computed


def test_tampered_equity_fails_at_the_root(vectors: Path) -> None:
    r = run(load(vectors, "derived/plonky2_v2_tampered_equity.json"), ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root"
    assert r.root_computed == TAMPERED_ROOT


def test_reshuffled_tokens_with_the_same_sums_pass_and_say_so(vectors: Path) -> None:
    # weaknesses.md E1: only the sums are hashed, so this must pass, with the per-token split flagged.
    r = run(load(vectors, "derived/plonky2_v2_reshuffled_tokens_same_sum.json"), ROOT)
    assert r.verdict == "pass"
    warning = next(w for w in r.warnings if w.code == "per-asset-not-bound")
    assert "Not proven" in warning.message


def test_without_a_root_is_an_error_not_a_pass(vectors: Path) -> None:
    r = run(load(vectors, "plonky2_v2/testvector_user_inclusion_proof.json"), None)
    assert r.verdict == "error" and r.error is not None and r.error.code == "root-required"


def test_vector_is_detected_as_this_format_only(vectors: Path) -> None:
    source = Source.from_path(vectors / "okx/plonky2_v2/testvector_user_inclusion_proof.json")
    assert [f.id for f in detect(source)] == ["okx-zkstark-v2"]


# --- synthetic snapshots ------------------------------------------------------------------------------------------

TOKENS = 6


@pytest.fixture(scope="module")
def four_way() -> Snapshot:
    # 37 accounts in batches of 4 (10 batches, the last padded): two 4-way layers, then the root.
    return Snapshot(random_accounts(37, TOKENS, seed=1), batch_size=4, branch=4, tokens=TOKENS, seed=2)


@pytest.fixture(scope="module")
def sixty_four_way() -> Snapshot:
    # 7 accounts in batches of 2: one 64-way layer (4 batch roots and 60 empty-batch hashes).
    return Snapshot(random_accounts(7, TOKENS, seed=3), batch_size=2, branch=64, tokens=TOKENS, seed=4)


def test_every_user_of_a_four_way_snapshot_passes(four_way: Snapshot) -> None:
    assert len(four_way.layers) == 2
    for index in range(len(four_way.accounts)):
        r = run(four_way.proof(index, numbers_as_text=index % 2 == 0), four_way.root_hex)
        assert r.verdict == "pass", (index, r.failure)


def test_sixty_four_way_layer_lists_every_child_in_order(sixty_four_way: Snapshot) -> None:
    for index in range(len(sixty_four_way.accounts)):
        doc = sixty_four_way.proof(index)
        r = run(doc, sixty_four_way.root_hex)
        assert r.verdict == "pass", (index, r.failure)
        layer = r.steps[-1]
        assert len(layer.children) == 64
        assert layer.position == index // 2
        assert layer.children[layer.position] == r.steps[-2].computed
        left = doc["recursive_tree_siblings"][0]["left_hashes"]
        assert list(layer.children[: len(left)]) == left
        assert r.root_computed == sixty_four_way.root_hex


def test_root_and_totals_from_sum_proof_data(tmp_path: Path, four_way: Snapshot) -> None:
    path = tmp_path / "sum_proof_data.json"
    path.write_text(json.dumps(four_way.sum_proof_data()))
    root = parse_root_argument(str(path))
    assert root.value == four_way.root_hex
    r = run(four_way.proof(21), root)
    assert r.verdict == "pass" and r.root_source == "published"
    assert r.totals == {
        "equity": str(four_way.equity),
        "debt": str(four_way.debt),
        "net": str(four_way.equity - four_way.debt),
    }


def test_public_inputs_are_reduced_mod_p(tmp_path: Path, four_way: Snapshot) -> None:
    # serde writes raw u64: a value written as x + p (still below 2^64) is the same field element.
    doc = four_way.sum_proof_data()
    p = 2**64 - 2**32 + 1
    assert four_way.debt < 2**64 - p
    doc["proof"]["public_inputs"][1] += p
    path = tmp_path / "sum_proof_data.json"
    path.write_text(json.dumps(doc))
    root = parse_root_argument(str(path))
    assert root.value == four_way.root_hex
    assert root.totals == {"equity": str(four_way.equity), "debt": str(four_way.debt)}


def test_amounts_as_json_numbers_are_accepted(four_way: Snapshot) -> None:
    doc = four_way.proof(3, numbers_as_text=False)
    assert isinstance(doc["account"]["equity"][0], int)
    assert run(doc, four_way.root_hex).verdict == "pass"


# --- tampering ----------------------------------------------------------------------------------------------------


def sites(doc: dict[str, Any]) -> list[tamper.Site]:
    out: list[tamper.Site] = [(("account", "id"), "hash"), (("index",), "index")]
    out += [(("account", kind, k), "amount") for kind in ("equity", "debt") for k in range(len(doc["account"][kind]))]
    out += [(("sum_tree_siblings", k), "hash") for k in range(len(doc["sum_tree_siblings"]))]
    for n, layer in enumerate(doc["recursive_tree_siblings"]):
        for side in ("left_hashes", "right_hashes"):
            out += [(("recursive_tree_siblings", n, side, k), "hash") for k in range(len(layer[side]))]
    return out


def mutate(value: Any, kind: str, data: st.DataObject) -> Any:
    if kind == "hash":
        return tamper.other_hex_digit(value, data)
    if kind == "index":
        return tamper.other_int(value, data, 0, 40)
    return str(int(value) + data.draw(st.integers(1, 10**6)))  # more equity or debt: the sums change


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_change_fails(four_way: Snapshot, data: st.DataObject) -> None:
    doc = four_way.proof(data.draw(st.integers(0, len(four_way.accounts) - 1)))
    changed = tamper.change_one(doc, sites(doc), mutate, data)
    if changed is None:
        return
    loc, old, new = changed
    if loc[0] == "account" and loc[1] in ("equity", "debt") and int(new) - int(old) == 0:
        return
    r = run(doc, four_way.root_hex)
    assert r.verdict in ("fail", "error"), changed
    assert r.verdict == "fail" or loc[0] == "account"  # a debt above the equity is a rule break (fail) too


def test_moving_a_sibling_from_right_to_left_fails(four_way: Snapshot) -> None:
    doc = four_way.proof(0)
    layer = doc["recursive_tree_siblings"][0]
    layer["left_hashes"].append(layer["right_hashes"].pop(0))
    r = run(doc, four_way.root_hex)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


def test_debt_above_equity_breaks_the_circuit_rule(four_way: Snapshot) -> None:
    doc = four_way.proof(5)
    doc["account"]["debt"][0] = str(sum(int(v) for v in doc["account"]["equity"]) + 1)
    r = run(doc, four_way.root_hex)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


# --- bad input ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (lambda d: d["account"].update(equity=["1.5"]), "account.equity[0]"),
        (lambda d: d["account"].update(id="xyz"), "account.id"),
        (lambda d: d.update(index="3"), "index"),
        (lambda d: d["recursive_tree_siblings"][0].pop("left_hashes"), "recursive_tree_siblings[0].left_hashes"),
        (lambda d: d.update(extra=1), "extra"),
    ],
)
def test_bad_input_is_an_error_naming_the_place(four_way: Snapshot, edit: Any, place: str) -> None:
    doc = four_way.proof(1)
    edit(doc)
    r = run(doc, four_way.root_hex)
    assert r.verdict == "error" and r.error is not None
    assert r.error.code == "invalid-proof" and place in r.error.message


def test_amount_beyond_u64_fails_the_rules(four_way: Snapshot) -> None:
    doc = four_way.proof(1)
    doc["account"]["equity"][0] = str(2**64)
    r = run(doc, four_way.root_hex)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


@pytest.mark.parametrize(
    ("inputs", "words"),
    [([1, 2, 3], "has 3 entries"), ([1, 2, 3, 4, 5, -6], "public_inputs[5]"), ([1, 2, 3, 4, 5, 2**64], "[5]")],
)
def test_bad_public_inputs_are_a_root_error(tmp_path: Path, four_way: Snapshot, inputs: list[int], words: str) -> None:
    doc = four_way.sum_proof_data()
    doc["proof"]["public_inputs"] = inputs
    path = tmp_path / "sum_proof_data.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(InputError) as caught:
        parse_root_argument(str(path))
    assert caught.value.code == "bad-root" and words in caught.value.message

"""okx-zkstark-v1: OKX's sample proofs of the 2023-04-25 run, synthetic snapshots of both layouts from the builder
(users in other batches and positions, uts 16 and 32), tampering, and bad input.

Expected values for the real files come from specs/okx.md §4/§8 and vectors/okx/SOURCES.md (trunk root
6119b687…3bba, batch roots, user net value 136771132), not from this code.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.okx_zkstark_v1 import Batch, Snapshot, User, build, random_snapshot
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot, parse_root_argument
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import vectors_dir

TRUNK_ROOT = "6119b687c0c58ebffd019d416ae9eb0e47b40b8e32f26bfcd63f8a9fda0e3bba"
A0_BATCH_ROOT = "3ccfb3171bf6fbfca57be88d0f3ea570f3b491ddec57bfb71032d346cd52e38a"
B0_BATCH_ROOT = "e601a03cc5d1aabc147ee797d85fb80fbad64e4a9c1703180833e01f43f31621"
RUN = "okx/zkstark_v1/run_2023-04-25"
SCHEME = ("zk-proof-not-verified", "identity-not-verifiable", "unit-scale-unknown")


def load(vectors: Path, name: str) -> dict[str, Any]:
    return json.loads((vectors / name).read_text())


def run(doc: dict[str, Any], root: str | PublishedRoot | None = None) -> Result:
    source = Source("inclusion_proof.json", json.dumps(doc).encode())
    if isinstance(root, str):
        root = PublishedRoot(root, "test")
    return verify_source(source, VerifyOptions(root=root))


def root_file(vectors: Path) -> PublishedRoot:
    return parse_root_argument(str(vectors / RUN / "sum_proof_data/trunk/sum_proof.json"))


# --- OKX's sample proofs --------------------------------------------------------------------------------------


def test_root_file_gives_the_published_mtree_root(vectors: Path) -> None:
    root = root_file(vectors)
    assert root.value == TRUNK_ROOT
    assert root.path is not None and root.path.endswith("sum_proof.json")


@pytest.mark.parametrize(
    ("name", "batch_root", "net"),
    [
        ("a0_user_0_inclusion_proof.json", A0_BATCH_ROOT, "136771132"),
        ("b0_user_5_inclusion_proof.json", B0_BATCH_ROOT, None),
    ],
)
def test_sample_proofs_pass_against_the_published_root(
    vectors: Path, name: str, batch_root: str, net: str | None
) -> None:
    doc = load(vectors, f"{RUN}/{name}")
    r = run(doc, root_file(vectors))
    assert r.verdict == "pass", r.failure
    assert r.root_computed == TRUNK_ROOT and r.root_source == "published"
    assert doc["batch_inclusion_proof"]["batch_mtree_root"] == batch_root
    assert r.format is not None and r.format.variant == "first release (coins in key order)"
    for code in SCHEME:
        assert code in r.warning_codes()
    assert "root-from-file" not in r.warning_codes()
    if net is not None:
        assert r.balances["total_value"] == net
    # Coins keep their names and the file's values.
    assert r.balances["BTC"] == str(doc["batch_inclusion_proof"]["BTC"])


def test_a0_batch_sums_match_the_published_batch_folder(vectors: Path) -> None:
    r = run(load(vectors, f"{RUN}/a0_user_0_inclusion_proof.json"), root_file(vectors))
    check = next(c for c in r.checks if c.name == "batch sums")
    assert check.ok and "a0" in check.detail


def test_b0_batch_missing_from_the_folder_is_said_not_failed(vectors: Path) -> None:
    # The vector folder holds only batches/a0: the b0 sums cannot be compared, which is a warning, not a fail.
    r = run(load(vectors, f"{RUN}/b0_user_5_inclusion_proof.json"), root_file(vectors))
    assert r.verdict == "pass"
    assert "totals-not-compared" in r.warning_codes()


def test_without_root_uses_the_file_trunk_root_and_warns(vectors: Path) -> None:
    r = run(load(vectors, f"{RUN}/a0_user_0_inclusion_proof.json"))
    assert r.verdict == "pass" and r.root_source == "file"
    assert "root-from-file" in r.warning_codes()


def test_wrong_published_root_fails_although_the_file_agrees_with_itself(vectors: Path) -> None:
    # The official tool compares only with trunk_mtree_root inside the same file (weaknesses.md A9).
    r = run(load(vectors, f"{RUN}/a0_user_0_inclusion_proof.json"), "11" + TRUNK_ROOT[2:])
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root"
    assert r.failure.computed == TRUNK_ROOT
    assert "official-tool-differs" in r.warning_codes()


def test_a_total_that_is_not_the_sum_of_its_coins_fails() -> None:
    # The leaf hashes the total and the coins separately: the builder makes an entry whose leaf and paths all
    # verify (all OKX's validator checks) while its total is not the sum of its coins.
    users = [
        User("11" * 32, {c: 100 for c in COINS}, "22" * 32),
        User("33" * 32, {c: 5 for c in COINS}, "44" * 32, total=26),  # the coins add up to 25
    ]
    snapshot = build(COINS, [Batch(16, users, "55" * 32)], layout="config", seed=9)
    assert run(snapshot.proof(0, 0), snapshot.trunk_root).verdict == "pass"
    r = run(snapshot.proof(0, 1), snapshot.trunk_root)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "batch_inclusion_proof total"
    assert next(c for c in r.checks if c.name == "batch leaf").ok
    assert "official-tool-differs" in r.warning_codes()


def test_tampered_vector_fails_at_the_leaf(vectors: Path) -> None:
    doc = load(vectors, "okx/derived/zkstark_v1_tampered_coin.json")
    r = run(doc, root_file(vectors))
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "batch leaf"
    assert r.failure.expected == doc["batch_inclusion_proof"]["merkle_path"][0]


def test_sample_is_detected_as_this_format_only(vectors: Path) -> None:
    source = Source.from_path(vectors / RUN / "a0_user_0_inclusion_proof.json")
    assert [f.id for f in detect(source)] == ["okx-zkstark-v1"]


def test_coin_order_is_the_file_key_order_in_the_first_layout(vectors: Path) -> None:
    doc = load(vectors, f"{RUN}/a0_user_0_inclusion_proof.json")
    part = doc["batch_inclusion_proof"]
    keys = list(part)
    i, j = keys.index("BTC"), keys.index("ETH")
    keys[i], keys[j] = keys[j], keys[i]
    doc["batch_inclusion_proof"] = {k: part[k] for k in keys}  # same values, BTC and ETH swapped in order
    r = run(doc, root_file(vectors))
    # Names are not hashed, only positions: the order must be OKX's list, so this is bad input, not a pass.
    assert r.verdict == "error" and r.error is not None and r.error.code == "invalid-proof"
    assert "batch_inclusion_proof.ETH" in r.error.message and "151" in r.error.message


@pytest.mark.parametrize("rename", [("XRP", "RP"), ("ZEC", "XEC"), ("1INCH", "INCH")])
def test_first_layout_coin_names_are_bound_to_okx_list(vectors: Path, rename: tuple[str, str]) -> None:
    """Found by the mutation test: renaming a coin kept every hash, so the renamed coin passed with the value of
    another. The list is OKX's constants.py COINS (151 names), written here from the a0 sample's key order."""
    doc = load(vectors, f"{RUN}/a0_user_0_inclusion_proof.json")
    old, new = rename
    for where in ("batch_inclusion_proof", "trunk_inclusion_proof"):
        part = doc[where]
        doc[where] = {(new if k == old else k): v for k, v in part.items()}
        r = run(copy.deepcopy(doc), root_file(vectors))
        assert r.verdict == "error" and r.error is not None and r.error.code == "invalid-proof"
        assert f"batch_inclusion_proof.{new}" in r.error.message


# --- synthetic snapshots: both layouts, other batches and positions ----------------------------------------------

COINS = ["BTC", "ETH", "USDT", "OKB", "XRP"]
SHAPES = [(16, 3), (32, 2), (16, 1), (32, 4)]


#: The first layout has no config: its coins are always OKX's 151-coin list (okx.md §3), in this order. Taken
#: from OKX's a0 sample proof (specs/okx.md §8), not from the code under test.
def first_layout_coins() -> list[str]:
    part = load(vectors_dir(), f"{RUN}/a0_user_0_inclusion_proof.json")["batch_inclusion_proof"]
    return [k for k in part if k not in ("batch_mtree_root", "user_id", "total_value", "random_number",
                                         "user_index", "batch_index", "uts", "merkle_path")]  # fmt: skip


@pytest.fixture(scope="module", params=["config", "key-order"])
def snapshot(request: pytest.FixtureRequest) -> Snapshot:
    coins = COINS if request.param == "config" else first_layout_coins()
    return random_snapshot(coins, SHAPES, layout=request.param, seed=11)


def every_user(snapshot: Snapshot) -> list[tuple[int, int]]:
    return [(b, u) for b, batch in enumerate(snapshot.batches) for u in range(len(batch.users))]


def test_every_synthetic_user_passes(snapshot: Snapshot) -> None:
    for b, u in every_user(snapshot):
        doc = snapshot.proof(b, u)
        r = run(doc, snapshot.trunk_root)
        assert r.verdict == "pass", (b, u, r.failure)
        assert r.root_computed == snapshot.trunk_root
        expected_variant = "embedded config" if snapshot.layout == "config" else "first release (coins in key order)"
        assert r.format is not None and r.format.variant == expected_variant
        # Coins are shown by name with the file's values; negative ones (allowed by design) are not warned about.
        last = snapshot.coins[-1]  # the builder makes the last coin negative
        value = int(doc["batch_inclusion_proof"][last])
        assert value <= 0 and r.balances.get(last, "0") == str(value)
        assert "negative-balance" not in r.warning_codes()


def test_later_layout_writes_numbers_as_strings_and_config(snapshot: Snapshot) -> None:
    doc = snapshot.proof(1, 1)
    if snapshot.layout == "config":
        assert doc["config"]["coins"] == COINS
        assert isinstance(doc["batch_inclusion_proof"]["total_value"], str)
    else:
        assert "config" not in doc
        assert isinstance(doc["batch_inclusion_proof"]["total_value"], int)


def test_config_order_counts_not_the_key_order() -> None:
    snapshot = random_snapshot(COINS, SHAPES, layout="config", seed=5)
    doc = snapshot.proof(0, 2)
    # Reordering the keys changes nothing when config gives the order…
    part = doc["batch_inclusion_proof"]
    doc["batch_inclusion_proof"] = dict(reversed(list(part.items())))
    assert run(doc, snapshot.trunk_root).verdict == "pass"
    # …but reordering config.coins does.
    doc["config"]["coins"] = [COINS[1], COINS[0], *COINS[2:]]
    assert run(doc, snapshot.trunk_root).verdict == "fail"


def test_report_folder_batch_sums(tmp_path: Path, snapshot: Snapshot) -> None:
    folder = tmp_path / "sum_proof_data"
    (folder / "trunk").mkdir(parents=True)
    (folder / "trunk" / "sum_proof.json").write_text(json.dumps({"steps": 256, "mtree_root": snapshot.trunk_root}))
    for b, name in enumerate(["a0", "b0", "a1", "b1"]):
        (folder / "batches" / name).mkdir(parents=True)
        (folder / "batches" / name / "sum_values.json").write_text(json.dumps(snapshot.sum_values(b)))
    root = parse_root_argument(str(folder / "trunk" / "sum_proof.json"))
    r = run(snapshot.proof(3, 2), root)
    assert r.verdict == "pass"
    check = next(c for c in r.checks if c.name == "batch sums")
    assert check.ok and "b1" in check.detail


# --- tampering --------------------------------------------------------------------------------------------------


def sites(doc: dict[str, Any]) -> list[tamper.Site]:
    out: list[tamper.Site] = []
    for part in ("batch_inclusion_proof", "trunk_inclusion_proof"):
        for key, value in doc[part].items():
            if key == "merkle_path":
                out += [((part, key, k), "hash") for k in range(len(value))]
            elif key in ("user_index", "batch_index"):
                out.append(((part, key), "index"))
            elif key == "uts":
                out.append(((part, key), "uts"))
            elif isinstance(value, str) and len(value) == 64 and key not in COINS:
                out.append(((part, key), "hash"))
            else:
                out.append(((part, key), "number"))
    return out


def mutate(value: Any, kind: str, data: st.DataObject) -> Any:
    if kind == "hash":
        return tamper.other_hex_digit(value, data)
    if kind == "index":
        return tamper.other_int(value, data, 0, 6)
    if kind == "uts":
        return 48 - value  # 16 ↔ 32
    delta = data.draw(st.integers(1, 10**6)) * data.draw(st.sampled_from([1, -1]))
    return type(value)(int(value) + delta)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_change_fails(snapshot: Snapshot, data: st.DataObject) -> None:
    b = data.draw(st.integers(0, len(snapshot.batches) - 1))
    u = data.draw(st.integers(0, len(snapshot.batches[b].users) - 1))
    doc = snapshot.proof(b, u)
    original = copy.deepcopy(doc)
    changed = tamper.change_one(doc, sites(doc), mutate, data)
    if changed is None:
        return
    r = run(doc, snapshot.trunk_root)
    assert r.verdict == "fail", (changed, original == doc)


def test_moving_value_between_coins_with_the_same_total_fails(snapshot: Snapshot) -> None:
    doc = snapshot.proof(1, 0)
    part = doc["batch_inclusion_proof"]
    num = type(part["BTC"])
    part["BTC"], part["ETH"] = num(int(part["BTC"]) + 5), num(int(part["ETH"]) - 5)
    r = run(doc, snapshot.trunk_root)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "batch leaf"


# --- bad input ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (lambda d: d["batch_inclusion_proof"].pop("user_id"), "batch_inclusion_proof.user_id"),
        (lambda d: d["batch_inclusion_proof"].update(BTC=1.5), "batch_inclusion_proof.BTC"),
        (lambda d: d["batch_inclusion_proof"].update(BTC=True), "batch_inclusion_proof.BTC"),
        (lambda d: d["trunk_inclusion_proof"].update(batch_id="zz"), "trunk_inclusion_proof.batch_id"),
        (lambda d: d["batch_inclusion_proof"].update(merkle_path=[]), "batch_inclusion_proof.merkle_path"),
        (lambda d: d["batch_inclusion_proof"].update(user_index=-1), "batch_inclusion_proof.user_index"),
        (lambda d: d.update(extra=1), "extra"),
    ],
)
def test_bad_input_is_an_error_naming_the_place(edit: Any, place: str) -> None:
    doc = random_snapshot(first_layout_coins(), [(16, 1)], layout="key-order", seed=2).proof(0, 0)
    edit(doc)
    r = run(doc, "00" * 32)
    assert r.verdict == "error" and r.error is not None
    assert r.error.code == "invalid-proof" and place in r.error.message


def test_config_naming_a_missing_coin_is_an_error() -> None:
    doc = random_snapshot(COINS, [(16, 1)], layout="config", seed=2).proof(0, 0)
    doc["config"]["coins"].append("NEW")
    r = run(doc, "00" * 32)
    assert r.verdict == "error" and r.error is not None and "NEW" in r.error.message


def test_user_index_beyond_the_tree_fails_not_crashes() -> None:
    doc = random_snapshot(first_layout_coins(), [(16, 1)], layout="key-order", seed=2).proof(0, 0)
    doc["batch_inclusion_proof"]["user_index"] = 10**6
    r = run(doc, "00" * 32)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "batch position"

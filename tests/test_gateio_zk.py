"""gateio-zk: synthetic users from the independent builder (core/builders/zk_users.py) at index 0, in the middle
and at the last position of the depth-28 tree for AssetCounts 350, 800 and 500; asset names and the totals check
with a cex_config.json; tampering of every hashed value; malformed files. Published values (the repo examples, the
empty roots) are covered by tests/test_conformance.py and tests/test_zk_smt.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from verifier_gui.core.builders.zk_users import GateSnapshot
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

INDEXES = (0, (1 << 27) + 12345, (1 << 28) - 1)
EMPTY_350 = "0118925954da77d1a4b241fd163e4373e2265c515cfa60af7fcd28c8cb9ad58a"


def snapshot(count: int, index: int) -> GateSnapshot:
    snap = GateSnapshot(count=count)
    snap.add(index, "user", {0: (123_000_000, 0), 1: (5_000_000_000, 100_000_000), 5: (42, 0)})
    snap.add(index ^ 1, "neighbour", {5: (1_000_000_000, 0)})
    snap.add(index ^ (1 << 17), "far", {1: (7, 0)})
    return snap


@pytest.fixture(scope="module")
def snap350() -> GateSnapshot:
    return snapshot(350, INDEXES[1])


def run(doc: dict[str, Any], root: str | None = None, assets: Path | None = None, name: str = "user_config.json") -> Result:
    source = Source(name, json.dumps(doc).encode())
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None, assets=str(assets) if assets else None)
    return verify_source(source, options)


@pytest.mark.parametrize("count", [350, 800, 500])
@pytest.mark.parametrize("index", INDEXES)
def test_synthetic_users_pass_and_name_the_asset_count(count: int, index: int) -> None:
    snap = snapshot(count, index)
    tree = snap.tree()
    doc = snap.user_file(index, tree)
    result = run(doc)
    assert result.verdict == "pass", result.failure
    assert result.format is not None and result.format.id == "gateio-zk"
    assert result.format.variant == f"AssetCounts {count}"
    assert result.root_computed == format(tree.root(), "064x")
    codes = result.warning_codes()
    for code in ("zk-proof-not-verified", "identity-not-verifiable", "prices-unattested",
                 "negative-accounts-excluded", "asset-count-guessed", "asset-data-missing", "root-from-file"):
        assert code in codes  # fmt: skip
    assert result.balances == {"asset 0": "123000000", "asset 1": "4900000000", "asset 5": "42"}
    assert len(result.steps) == 29 and result.steps[-1].computed == result.root_computed


def test_with_cex_config_assets_are_named_and_totals_rechecked(snap350: GateSnapshot, tmp_path: Path) -> None:
    config = tmp_path / "cex_config.json"
    config.write_text(json.dumps(snap350.cex_config()))
    tree = snap350.tree()
    doc = snap350.user_file(INDEXES[1], tree)
    result = run(doc, root=format(tree.root(), "064x"), assets=config)
    assert result.verdict == "pass", result.failure
    assert result.balances == {"BTC": "1.23", "ETH": "49", "USDT": "0.00000042"}
    assert result.root_source == "published"
    assert "root-from-file" not in result.warning_codes()
    assert "asset-data-missing" not in result.warning_codes()
    assert any(c.name == "totals" and c.ok for c in result.checks)
    # prices from another snapshot: the path still verifies, the totals do not
    other = snap350.cex_config()
    other["CexAssetsInfo"][0]["BasePrice"] += 1
    config.write_text(json.dumps(other))
    result = run(doc, assets=config)
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "totals"


TAMPERS = {
    "equity of one asset": lambda d: d["AssetDetails"][0].__setitem__("Equity", d["AssetDetails"][0]["Equity"] + 1),
    "debt of one asset": lambda d: d["AssetDetails"][1].__setitem__("Debt", d["AssetDetails"][1]["Debt"] - 1),
    "total equity": lambda d: d.__setitem__("TotalAssetEquity", d["TotalAssetEquity"] + 1),
    "total debt": lambda d: d.__setitem__("TotalAssetDebt", d["TotalAssetDebt"] + 1),
    "id": lambda d: d.__setitem__("UniqueIdentification", d["UniqueIdentification"][:-1] + "0"),
    "position": lambda d: d.__setitem__("Arrangement", d["Arrangement"] ^ 4),
    "asset re-indexed": lambda d: d["AssetDetails"][2].__setitem__("Index", 6),
    "siblings swapped": lambda d: d["MerkleProofEncode"].insert(0, d["MerkleProofEncode"].pop(1)),
    "root": lambda d: d.__setitem__("TreeRootHash", EMPTY_350),
}


@pytest.mark.parametrize("what", TAMPERS)
def test_tampering_fails(snap350: GateSnapshot, what: str) -> None:
    doc = snap350.user_file(INDEXES[1])
    assert run(doc).verdict == "pass"
    changed = copy.deepcopy(doc)
    TAMPERS[what](changed)
    if changed["UniqueIdentification"] == doc["UniqueIdentification"] and what == "id":
        changed["UniqueIdentification"] = doc["UniqueIdentification"][:-1] + "1"
    result = run(changed)
    assert result.verdict == "fail", what
    assert result.failure is not None


def test_a_published_empty_root_is_flagged(snap350: GateSnapshot) -> None:
    result = run(snap350.user_file(INDEXES[1]), root=EMPTY_350)
    assert result.verdict == "fail"
    assert "known-empty-root" in result.warning_codes()


def test_prerelease_key_names(snap350: GateSnapshot) -> None:
    doc = snap350.user_file(INDEXES[1])
    renamed = {"AccountIndex": doc["Arrangement"], "AccountIdHash": doc["UniqueIdentification"],
               "TotalEquity": doc["TotalAssetEquity"], "TotalDebt": doc["TotalAssetDebt"],
               "Assets": doc["AssetDetails"], "Root": doc["TreeRootHash"], "Proof": doc["MerkleProofEncode"]}  # fmt: skip
    # Binance zk v1 (12-wide) files have this exact shape and hashing: detection names Binance unless the root is
    # one Gate.io published (registry.OVERLAPS), so Gate.io's reading is asked for by id here.
    source = Source("user_config.json", json.dumps(renamed).encode())
    result = verify_source(source, VerifyOptions(format_id="gateio-zk"))
    assert result.verdict == "pass", result.failure
    assert result.format is not None and "pre-release" in (result.format.variant or "")
    detected = run(renamed)
    assert detected.verdict == "pass" and detected.format is not None and detected.format.id == "binance-zk-v1"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.__setitem__("UniqueIdentification", "f" * 64), "UniqueIdentification"),
        (lambda d: d["MerkleProofEncode"].pop(), "MerkleProofEncode"),
        (lambda d: d["MerkleProofEncode"].__setitem__(4, "AAAA"), "MerkleProofEncode[4]"),
        (lambda d: d.__setitem__("Arrangement", 1 << 28), "Arrangement"),
        (lambda d: d["AssetDetails"].reverse(), "AssetDetails"),
        (lambda d: d["AssetDetails"][0].__setitem__("Equity", -1), "AssetDetails[0].Equity"),
        (lambda d: d.__setitem__("TotalAssetEquity", "12"), "TotalAssetEquity"),
    ],
)
def test_malformed_files_are_errors(snap350: GateSnapshot, change: Any, where: str) -> None:
    doc = snap350.user_file(INDEXES[1])
    change(doc)
    result = run(doc)
    assert result.verdict == "error"
    assert result.error is not None and where in result.error.message


def test_detection_is_unambiguous(snap350: GateSnapshot) -> None:
    source = Source("user_config.json", json.dumps(snap350.user_file(INDEXES[1])).encode())
    assert [f.id for f in detect(source)] == ["gateio-zk"]


def test_batch_table_with_rows_out_of_chain_fails(vectors: Path, tmp_path: Path) -> None:
    rows = (vectors / "gateio" / "zk_2023_repo_example" / "proof.csv").read_text().splitlines()
    # swap the two batches' numbers: commitments still hold, the chain from the empty root does not
    swapped = [rows[0], rows[1].replace(',"0"', ',"1"'), rows[2].replace(',"1"', ',"0"')]
    source = Source("proof.csv", "\n".join(swapped).encode())
    result = verify_source(source, VerifyOptions(format_id="gateio-zk"))
    assert result.verdict == "fail"
    assert {c.name for c in result.checks if not c.ok} == {"chain", "empty start"}


def test_the_bundles_proof_csv_can_be_the_published_root(vectors: Path) -> None:
    """gateio.md §4: the user's root is compared with the last after-root of the snapshot's proof.csv."""
    from verifier_gui.core.roots import parse_root_argument

    example = vectors / "gateio" / "zk_2023_repo_example"
    root = parse_root_argument(str(example / "proof.csv"))
    assert root.value == "0b47326c87891cc85c648b5882c9ff5d82570363ab7eeb747c9eb5c03b650318"
    source = Source.from_path(example / "user_config.json")
    result = verify_source(source, VerifyOptions(root=root))
    assert result.verdict == "pass" and result.root_source == "published"
    swapped = Source.from_path(vectors / "gateio" / "derived_invalid" / "user_config_2023_root_swapped.json")
    assert verify_source(swapped, VerifyOptions(root=root)).verdict == "fail"


@pytest.mark.parametrize(
    "body",
    [
        'x,"[""AA==""]",y,"0"',  # a list of one value
        'x,"[""AA==""]",y,"²"',  # a digit that is not 0-9
        'x,"' + "A" * 200_000 + '",y,"0"',  # a field beyond the CSV reader's limit
        'x,"not json",y,"0"',
    ],
)
def test_malformed_batch_tables_are_errors(body: str) -> None:
    head = "proof_info,cex_asset_list_commitments,account_tree_roots,batch_commitment,batch_number"
    source = Source("proof.csv", (head + "\n" + body + "\n").encode())
    result = verify_source(source, VerifyOptions(format_id="gateio-zk"))
    assert result.verdict == "error"
    assert result.error is not None and result.error.code == "invalid-proof"

"""bybit-merkle: Bybit's two mock files (asserted valid by Bybit's own unit tests), builder trees, tampering.

Expected roots, heights, audit ids and totals come from ../shared/vectors (manifest, SOURCES.md) and
specs/others.md §2.1 and §5, not from this code.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.bybit_merkle import Account, Tree
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import manifest

FILE_40 = "bybit/mock_user_merkle_tree_path_40.json"
FILE_V5 = "bybit/mock_user_merkle_tree_path_40_v5.json"
ROOT_40 = "8837e3a902aa996279fdc3d70e38e46cd18232dfb614c515a25ba34778eb1765"
ROOT_V5 = "c91d5de0554f97244e4d9f8056fad70fa0cb2cdb23c290ec597a042645dcbc03"
COINS = ("BTC", "ETH", "SOL")  # not one of Bybit's lists: the builder's trees hash the file's order


def doc_of(vectors: Path, name: str) -> dict[str, Any]:
    return json.loads((vectors / name).read_text())


def run(doc: dict[str, Any], root: str | None = None) -> Result:
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None)
    return verify_source(Source("proof.json", json.dumps(doc).encode()), options)


def totals_of(vector_id: str) -> dict[str, str]:
    return next(v["expect_totals"] for v in manifest() if v["id"] == vector_id)


def make_tree(n: int) -> Tree:
    """n accounts with amounts written as Bybit writes them: exactly 8 decimals."""
    amount = lambda i, k: f"{Decimal(i * (k + 3)) / 7:.8f}"  # noqa: E731
    return Tree([Account(f"{i * 7919:064x}", {c: amount(i, k) for k, c in enumerate(COINS)}) for i in range(n)])


@pytest.mark.parametrize(
    ("name", "root", "variant", "height", "vector_id"),
    [
        (FILE_40, ROOT_40, "asset list 40 (40 assets)", 4, "bybit-merkle-mock-40-2024"),
        (FILE_V5, ROOT_V5, "asset list 40V5 (40 assets)", 15, "bybit-merkle-mock-40v5-2025"),
    ],
)
def test_bybit_mock_files_pass_with_their_asset_list(vectors: Path, name, root, variant, height, vector_id) -> None:
    r = run(doc_of(vectors, name), root)
    assert r.verdict == "pass", r.failure
    assert r.root_computed == root and r.root_source == "published"
    assert r.format is not None and r.format.variant == variant
    assert r.totals == totals_of(vector_id)
    assert r.steps[-1].height == height
    for code in ("weak-binding-sum-only", "no-separators", "identity-not-verifiable", "totals-not-compared"):
        assert code in r.warning_codes()
    assert "root-from-file" not in r.warning_codes()


def test_v5_totals_match_the_spec(vectors: Path) -> None:
    r = run(doc_of(vectors, FILE_V5))
    assert r.totals is not None and r.totals["BTC"] == "23961.87095294"  # specs/others.md §5
    assert "root-from-file" in r.warning_codes()


def test_neighbour_nonce_is_flagged_only_where_the_file_has_it(vectors: Path) -> None:
    assert "neighbour-data-exposed" in run(doc_of(vectors, FILE_40)).warning_codes()  # path[0].nonce
    assert "neighbour-data-exposed" not in run(doc_of(vectors, FILE_V5)).warning_codes()


def test_wrong_published_root_fails(vectors: Path) -> None:
    r = run(doc_of(vectors, FILE_40), ROOT_V5)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root"


def test_sibling_balance_changed_fails_with_the_hashed_text(vectors: Path) -> None:
    doc = doc_of(vectors, FILE_40)
    doc["path"][1]["balance"]["BTC"] = f"{Decimal(doc['path'][1]['balance']['BTC']) - Decimal('0.5'):.8f}"
    r = run(doc)
    assert r.verdict == "fail" and r.root_computed != ROOT_40
    assert r.failure is not None


def test_leaf_with_assets_in_another_order_fails(vectors: Path) -> None:
    doc = doc_of(vectors, FILE_V5)
    items = list(doc["self"]["balance"].items())
    items[0], items[1] = (items[0][0], items[1][1]), (items[1][0], items[0][1])  # swap two amounts
    doc["self"]["balance"] = dict(items)
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf"
    assert doc["self"]["userHash"] in r.failure.message  # the exact text hashed is shown


@pytest.mark.parametrize("n", [2, 3, 5, 8, 13])
def test_every_user_of_builder_trees_passes(n: int) -> None:
    tree = make_tree(n)
    for i in range(n):
        r = run(tree.proof(i), tree.root.hash)
        assert r.verdict == "pass", (i, r.failure)
        assert r.totals == tree.root.balances


def test_negative_sibling_balance_is_flagged_but_hash_verdict_kept() -> None:
    accounts = [Account(f"{i:064x}", {c: "1.00000000" for c in COINS}) for i in range(4)]
    accounts[1] = Account(accounts[1].user_hash, {"BTC": "-3.00000000", "ETH": "1.00000000", "SOL": "0.00000000"})
    tree = Tree(accounts)
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass"
    assert "negative-balance" in r.warning_codes() and "negative-sum" in r.warning_codes()


def test_amounts_not_written_with_8_places_are_flagged() -> None:
    accounts = [Account(f"{i:064x}", {"BTC": "1.5", "ETH": "2.00000000", "SOL": "0.00000000"}) for i in range(2)]
    tree = Tree(accounts)
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and "non-canonical-amount" in r.warning_codes()


def test_sniffer_takes_bybit_files_only(vectors: Path) -> None:
    for name in (FILE_40, FILE_V5):
        assert [f.id for f in detect(Source.from_path(vectors / name))] == ["bybit-merkle"]
    for v in manifest():
        if v["format"] != "bybit-merkle":
            ids = [f.id for f in detect(Source.from_path(vectors / v["proof"]))]
            assert "bybit-merkle" not in ids, v["id"]


def _sites(doc: dict[str, Any]) -> list[tamper.Site]:
    """Every hashed or summed value, side flag and height (nonce and auditId are hashed nowhere)."""
    sites: list[tamper.Site] = [(("self", "userHash"), "hash")]
    for loc in tamper.self_and_path(doc):
        node = tamper.get(doc, loc)
        sites += [((*loc, "balance", coin), "amount") for coin in node["balance"]]
        sites += [((*loc, "hash"), "hash"), ((*loc, "type"), "flag"), ((*loc, "height"), "height")]
    return sites


def _mutated(value: Any, kind: str, data: st.DataObject) -> Any:
    if kind == "amount":  # Bybit's own spelling: exactly 8 decimals
        return f"{Decimal(value) + tamper.amount_delta(data, 8):.8f}"
    return tamper.mutated(value, kind, data, max_places=8)


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None]]:
    tree = make_tree(6)
    return [(doc_of(vectors, FILE_40), ROOT_40), (doc_of(vectors, FILE_40), None), (tree.proof(4), tree.root.hash)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_hashed_value_flag_or_height_passes(tamper_bases, data: st.DataObject) -> None:
    tamper.assert_no_change_passes(data, tamper_bases, _sites, _mutated, run)


def test_builder_padding_copy_is_reported_as_duplicated_last_node() -> None:
    tree = make_tree(3)  # the builder pads the odd leaf level with a zero-balance copy
    r = run(tree.proof(2), tree.root.hash)
    assert r.verdict == "pass" and "duplicated-last-node" in r.warning_codes()
    assert "duplicated-last-node" not in run(tree.proof(0), tree.root.hash).warning_codes()


# specs/others.md §2.1: the 40V5 list, the 10 assets the 50 list appends, and the renames (EOS became A).
SPEC_40V5 = (
    "AGLA APT ATOM AVAX MNT BTC DOGE DOT DYDX A ETH S LTC POL SOL USDC USDT XRP SHIB OP SAND LDO LINK COMP UNI "
    "MANA CRV BLUR SUSHI PEPE WLD BEAM AGI FET IMX RENDER GALA APEX SHRAP USDE"
).split()
SPEC_50 = SPEC_40V5 + "GRAM XAUT HYPE STABLE ENA ARB ASTER ONDO AAVE USD1".split()


@pytest.mark.parametrize(
    ("assets", "variant"),
    [
        (SPEC_50, "asset list 50 (50 assets)"),
        (["EOS" if a == "A" else a for a in SPEC_40V5], "asset list 40V4 (40 assets)"),
    ],
)
def test_known_asset_lists_are_named(assets: list[str], variant: str) -> None:
    accounts = [Account(f"{i + 1:064x}", {a: f"{i}.{k:08d}" for k, a in enumerate(assets)}) for i in range(3)]
    tree = Tree(accounts)
    r = run(tree.proof(1), tree.root.hash)
    assert r.verdict == "pass" and r.format is not None and r.format.variant == variant
    assert "variant-matched" not in r.warning_codes()


def test_an_unknown_asset_list_is_hashed_in_file_order_and_said_so() -> None:
    tree = make_tree(2)
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and "variant-matched" in r.warning_codes()
    assert r.format is not None and r.format.variant is not None and "file" in r.format.variant


def test_four_assets_written_with_8_places_are_summed_with_8() -> None:
    """BTC, ETH, USDT and USDC is also the v1 list's set (USDT and USDC at 4 places there); amounts written with 8
    places are summed with 8 (specs/others.md §2.1: every current list uses 8)."""
    coins = ("BTC", "ETH", "USDT", "USDC")
    tree = Tree([Account(f"{i + 9:064x}", {c: f"{i}.{7 * i + k:08d}" for k, c in enumerate(coins)}) for i in range(5)])
    r = run(tree.proof(3), tree.root.hash)
    assert r.verdict == "pass", r.failure
    assert r.format is not None and r.format.variant == "asset list 4 (v1) (4 assets)"


def test_v1_amounts_written_with_4_places_are_summed_with_4() -> None:
    """specs/others.md §2.1: the 4-asset v1 list wrote USDT and USDC with 4 places. Built here by hand: the builder
    sums with 8, so the 4-place sums are written as Java's setScale(4, DOWN) would."""
    import hashlib

    def sha(t: str) -> str:
        return hashlib.sha256(t.encode()).hexdigest()

    a = {"BTC": "1.00000001", "ETH": "0.50000000", "USDT": "10.1234", "USDC": "0.0001"}
    b = {"BTC": "2.00000000", "ETH": "0.25000000", "USDT": "5.0001", "USDC": "1.0000"}
    la, lb = sha("a" * 64 + "".join(a.values())), sha("b" * 64 + "".join(b.values()))
    sums = {"BTC": "3.00000001", "ETH": "0.75000000", "USDT": "15.1235", "USDC": "1.0001"}
    root = sha(la + lb + "".join(sums.values()) + "2")
    doc = {
        "self": {"balance": a, "type": 1, "hash": la, "height": 1, "userHash": "a" * 64},
        "path": [
            {"balance": b, "type": 2, "hash": lb, "height": 1},
            {"balance": sums, "type": 3, "hash": root, "height": 2},
        ],
    }
    r = run(doc, root)
    assert r.verdict == "pass", r.failure
    assert r.totals == sums


def test_audit_id_is_said_to_be_unverified(vectors: Path) -> None:
    """Found by the mutation test: the v5 sample names its audit only in self, and auditId is hashed nowhere
    (others.md §2.1), so a changed id passes; the check must say it is not verified."""
    doc = doc_of(vectors, FILE_V5)
    doc["self"]["auditId"] = "2025061700"
    result = run(doc, ROOT_V5)
    check = next(c for c in result.checks if c.name == "audit id")
    assert result.verdict == "pass" and "2025061700" in str(check.detail) and "not verified" in str(check.detail)

"""Binance zk user files (binance-zk-v1 12/16-wide, binance-zk-v2).

Expected values come from: the spec's official constants and recomputed sample roots (specs/binance.md §3.5,
§4.2, §8 and the sample table), the manifest, hand computations, and the independent builder
(verifier_gui/core/builders/binance_zk.py: whole sparse trees, bytes packing, its own padding)."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from verifier_gui.core.builders import binance_zk as build
from verifier_gui.core.formats.binance_zk_layout import V2Asset, pack_triples, v2_padded
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import parse_root_argument
from verifier_gui.core.verify import verify_source

from .conftest import vectors_dir

R = 21888242871839275222246405745257275088548364400416034343698204186575808495617
TOP = 2**28 - 1
POSITIONS = [0, 2**27 + 12345, TOP]  # first slot, the middle, the last slot of the depth-28 tree


def run(doc: dict[str, Any], **options: Any) -> Result:
    return verify_source(Source("user_config.json", json.dumps(doc).encode()), VerifyOptions(**options))


def published(root: str) -> Any:
    return parse_root_argument(root)


# --- pure layout (hand computations) ---------------------------------------------------------------------------


def test_pack_triples_by_hand() -> None:
    assert pack_triples([1, 2, 3, 4]) == [(1 << 128) + (2 << 64) + 3, 4 << 128]
    assert pack_triples([]) == []


def test_v2_padding_fills_gaps_then_runs_on() -> None:
    # assets at 2 and 5: the gaps 0, 1, 3, 4 come first, then 6, 7, … up to 50 entries
    padded = v2_padded([V2Asset(2, 1, 0, 0, 0, 0), V2Asset(5, 1, 0, 0, 0, 0)])
    assert [e.index for e in padded] == [0, 1, 2, 3, 4, 5] + list(range(6, 50))
    assert padded[2].equity == 1 and padded[0] == V2Asset(0, 0, 0, 0, 0, 0)


def test_v2_padding_budget_runs_out_before_high_indexes() -> None:
    # tier 50, assets at 2 and 100: the budget of 48 empty entries is spent on 0, 1 and 3..48; no 49..99
    padded = v2_padded([V2Asset(2, 1, 0, 0, 0, 0), V2Asset(100, 1, 0, 0, 0, 0)])
    assert [e.index for e in padded] == [0, 1, 2] + list(range(3, 49)) + [100]


def test_v2_padding_tier_500_runs_on_after_last() -> None:
    assets = [V2Asset(i, 1, 0, 0, 0, 0) for i in range(51)]
    padded = v2_padded(assets)
    assert len(padded) == 500 and [e.index for e in padded] == list(range(500))


def test_builder_reproduces_official_empty_constants() -> None:
    """The builder against Binance's published empty leaves and roots (spec §3.5, §4.2)."""
    assert f"{build.v1_leaf(0, 0, 0, {}, 12):064x}" == "221970e0ba2d0b02a979e616cf186305372e73aab1e74f749772c9fef54dbf91"
    assert f"{build.v1_leaf(0, 0, 0, {}, 16):064x}" == "163607ac0eaf42c44a36448da92f3a29f1943659df740f2490d47ddcd40ee672"
    assert f"{build.SparseTree(build.v1_leaf(0, 0, 0, {}, 16)).root():064x}" == (
        "0e85b74bfd43747cb5e18ecb067727243f2e919a91ef69d86b5a27ed74bea7c2"
    )
    v2_empty = build._h([0, 0, 0, 0, 0])
    assert f"{v2_empty:064x}" == "0f870d7404597dad9eca7c50a6f0af812ab7cd6a11d5c464d4031a3272377b95"
    assert f"{build.SparseTree(v2_empty).root():064x}" == "08696bfcb563a2ee4dde9e1dbd34f68d3f4643df6e3709cdb1855c9f886240c7"


# --- the official samples (they must NOT verify: spec §3.8, §4.7) -------------------------------------------------


def test_official_v1_sample_fails_under_both_widths() -> None:
    path = vectors_dir() / "binance" / "zk_v1_user_config.json"
    r = verify_source(Source.from_path(path), VerifyOptions())
    assert r.verdict == "fail"
    assert r.format and r.format.id == "binance-zk-v1" and r.format.variant is None
    detail = next(c.detail for c in r.checks if c.name == "variant")
    assert "22360cdd385abb1064205b2682affa76d7b1d68357c0b8bd4dc8168e3a8ab405" in detail  # 12-wide, spec table
    assert "1895249c8fa22cc33bd2d99618b27799f18457c866db66704b147cc2d770ac3b" in detail  # 16-wide, spec table
    assert "asset-data-missing" in r.warning_codes()
    assert r.balances == {"asset 7": "123456000"}


def test_official_v2_sample_fails_but_its_totals_hold() -> None:
    base = vectors_dir() / "binance"
    r = verify_source(
        Source.from_path(base / "zk_v2_user_config.json"),
        VerifyOptions(assets=str(base / "zk_v2_sample_cex_assets_info.csv")),
    )
    assert r.verdict == "fail" and r.failure and r.failure.step == "siblings"  # the pre-release diagnosis comes first
    assert not next(c.ok for c in r.checks if c.name == "root")
    assert r.root_computed == "27dcf9f1207ae1615560b381239f3f06148dfd5ac10246de912a27eb5d94f338"
    checks = {c.name: c.ok for c in r.checks}
    assert checks["totalequity"] and checks["totaldebt"] and checks["totalcollateral"]
    # USDT totals from the spec (§8): equity 10759599.32…, debt 481254.11…, collateral 486115.27…
    assert "10759599.3240612342" in next(c.detail for c in r.checks if c.name == "totalequity")
    assert r.balances["BTC"] == "145.71647457" and r.balances["SHIB"] == "251"  # SHIB: two-decimal token (× 10^2)


# --- synthetic users from the independent builder ---------------------------------------------------------------

PRICES = {0: 6510022000000, 1: 362056000000, 7: 61023000000, 300: 1797000000}


@pytest.mark.parametrize("chunk,variant", [(12, "Z1a 12-wide"), (16, "Z1b 16-wide")])
@pytest.mark.parametrize("index", POSITIONS)
def test_v1_synthetic_user_passes_and_names_variant(chunk: int, variant: str, index: int) -> None:
    assets = {0: (150_000_000, 0), 7: (12_345_678_901, 2_000), 300: (99, 1)}
    doc = build.v1_user_file(index, 0x1234ABCD, assets, PRICES, chunk, neighbours={index ^ 1: 777})
    r = run(doc, root=published(doc["Root"]))
    assert r.verdict == "pass", r.failure
    assert r.format and r.format.variant == variant
    assert "variant-matched" in r.warning_codes()
    assert len([s for s in r.steps if s.sibling is not None]) == 28
    assert r.steps[1].sibling == f"{777:064x}"  # level 1's sibling is the neighbouring leaf


def v2_doc(index: int, many: bool = False) -> dict[str, Any]:
    holdings = {0: build.V2Holding(10**8, 10**6, 5 * 10**7, 0, 10**7), 3: build.V2Holding(4 * 10**8, 0, 0, 10**8, 0)}
    if not many:  # tier 50 with a high index: the padding budget runs out before it (spec §4.2)
        holdings[120] = build.V2Holding(3, 0)
    if many:  # 60 assets → tier 500, reaching the top index
        holdings.update({i: build.V2Holding(i, 0) for i in range(10, 68)})
        holdings[499] = build.V2Holding(5, 0)
    prices = {i: 10**8 for i in holdings}
    return build.v2_user_file(index, 0xBEEF, holdings, prices, collateral=12345, neighbours={5: 1, 2**20: 2})


@pytest.mark.parametrize("many", [False, True], ids=["tier50", "tier500"])
@pytest.mark.parametrize("index", POSITIONS)
def test_v2_synthetic_user_passes(index: int, many: bool) -> None:
    doc = v2_doc(index, many)
    r = run(doc, root=published(doc["Root"]))
    assert r.verdict == "pass", r.failure
    assert r.format and r.format.id == "binance-zk-v2"


def _b64_swap(doc: dict[str, Any]) -> None:
    doc["Proof"][0], doc["Proof"][1] = doc["Proof"][1], doc["Proof"][0]


TAMPERS = {
    "equity+1": lambda d: d["Assets"][0].update(Equity=d["Assets"][0]["Equity"] + 1),
    "portfolio-margin+1": lambda d: d["Assets"][0].update(PortfolioMargin=d["Assets"][0]["PortfolioMargin"] + 1),
    "collateral+1": lambda d: d.update(TotalCollateral=d["TotalCollateral"] + 1),
    "id-last-byte": lambda d: d.update(AccountIdHash=d["AccountIdHash"][:-2] + "ff"),
    "index-1": lambda d: d.update(AccountIndex=d["AccountIndex"] - 1),
    "swap-levels-0-1": _b64_swap,
    "reindex-assets": lambda d: [a.update(Index=a["Index"] + 1) for a in d["Assets"]],
    "sibling-changed": lambda d: d["Proof"].__setitem__(27, base64.b64encode((5).to_bytes(32, "big")).decode()),
}


@pytest.mark.parametrize("name", TAMPERS)
def test_v2_tampered_user_fails(name: str) -> None:
    doc = v2_doc(2**27 + 12345)
    root = doc["Root"]
    bad = copy.deepcopy(doc)
    TAMPERS[name](bad)
    r = run(bad, root=published(root))
    assert r.verdict == "fail", name


def test_v2_file_checked_with_v1_rules_fails() -> None:
    doc = v2_doc(9)
    for a in doc["Assets"]:
        for k in ("Loan", "Margin", "PortfolioMargin"):
            del a[k]
    root = doc.pop("TotalCollateral") and doc["Root"]
    r = run(doc, root=published(root))
    assert r.verdict == "fail" and r.format and r.format.id == "binance-zk-v1"


V1_TAMPERS = {
    "debt+1": lambda d: d["Assets"][0].update(Debt=d["Assets"][0]["Debt"] + 1),
    "equity+1": lambda d: d["Assets"][1].update(Equity=d["Assets"][1]["Equity"] + 1),
    "total-debt+1": lambda d: d.update(TotalDebt=d["TotalDebt"] + 1),
    "id-changed": lambda d: d.update(AccountIdHash="00" + d["AccountIdHash"][2:-2] + "01"),
    "index+1": lambda d: d.update(AccountIndex=d["AccountIndex"] + 1),
    "swap-levels-0-1": _b64_swap,
    "asset-moved": lambda d: d["Assets"][0].update(Index=2),
}


@pytest.mark.parametrize("chunk", [12, 16])
@pytest.mark.parametrize("name", V1_TAMPERS)
def test_v1_tampered_user_fails(chunk: int, name: str) -> None:
    doc = build.v1_user_file(2**26 + 4, 77, {1: (10, 3), 7: (5 * 10**8, 0)}, PRICES, chunk)
    root = doc["Root"]
    V1_TAMPERS[name](doc)
    r = run(doc, root=published(root))
    assert r.verdict == "fail" and r.format and r.format.variant is None, name


# --- totals against the asset list ------------------------------------------------------------------------------


def assets_csv(tmp_path: Path, rows: list[str]) -> str:
    path = tmp_path / "cex_assets_info.csv"
    path.write_text("symbol,usdt_price,loan_tiers_ratio,margin_tiers_ratio,portfolio_tiers_ratio\n" + "\n".join(rows) + "\n")
    return str(path)


def test_v1_totals_against_prices(tmp_path: Path) -> None:
    prices = {0: 6510022000000, 1: 362056000000}
    csv_path = assets_csv(tmp_path, ['btc,65100.22,"","",""', 'eth,3620.56,"","",""'])
    doc = build.v1_user_file(3, 99, {0: (2 * 10**8, 0), 1: (10**8, 5 * 10**7)}, prices, 16)
    r = run(doc, assets=csv_path)
    assert r.verdict == "pass", r.failure
    assert r.balances == {"BTC": "2", "ETH": "1", "ETH debt": "0.5"}
    # a file whose totals do not match the prices (built consistently, so only the totals check can see it)
    wrong = build.v1_user_file(3, 99, {0: (2 * 10**8, 0), 1: (10**8, 5 * 10**7)}, {0: prices[0] + 1, 1: prices[1]}, 16)
    r = run(wrong, assets=csv_path)
    assert r.verdict == "fail" and r.failure and r.failure.step == "totalequity"


def test_collateral_tiers_by_hand(tmp_path: Path) -> None:
    # 1.5 BTC at 10000 USDT = 15000 USDT loan: tiers 0-10000 at 100 % and 10000-20000 at 50 % → 12500 USDT
    csv_path = assets_csv(tmp_path, ['btc,10000,"[0-10000:100,10000-20000:50]","",""'])
    holdings = {0: build.V2Holding(2 * 10**8, 0, 15 * 10**7)}
    doc = build.v2_user_file(4, 1, holdings, {0: 10**12}, collateral=12500 * 10**16)
    r = run(doc, assets=csv_path)
    assert r.verdict == "pass", r.failure
    doc = build.v2_user_file(4, 1, holdings, {0: 10**12}, collateral=15000 * 10**16)
    assert run(doc, assets=csv_path).failure.step == "totalcollateral"  # type: ignore[union-attr]


# --- hostile or malformed input → error, never pass ---------------------------------------------------------------


@pytest.mark.parametrize(
    "change,code",
    [
        (lambda d: d.update(AccountIdHash=f"{R:064x}"), "zk-field-overflow"),
        (lambda d: d["Proof"].pop(), "invalid-proof"),
        (lambda d: d["Proof"].__setitem__(3, "not base64!"), "invalid-proof"),
        (lambda d: d["Proof"].__setitem__(3, base64.b64encode(bytes(31)).decode()), "invalid-proof"),
        (lambda d: d["Assets"].reverse(), "invalid-proof"),
        (lambda d: d["Assets"][0].update(Index=500), "invalid-proof"),
        (lambda d: d["Assets"][0].update(Equity=2**64), "invalid-proof"),
        (lambda d: d.update(TotalEquity=R), "zk-field-overflow"),
        (lambda d: d.update(AccountIndex=2**28), "invalid-proof"),
    ],
)
def test_bad_v2_input_is_an_error(change: Any, code: str) -> None:
    doc = v2_doc(1)
    change(doc)
    r = run(doc, format_id="binance-zk-v2")
    assert r.verdict == "error" and r.error and r.error.code == code, r.error


def test_known_empty_root_warns() -> None:
    doc = v2_doc(1)
    r = run(doc, root=published("08696bfcb563a2ee4dde9e1dbd34f68d3f4643df6e3709cdb1855c9f886240c7"))
    assert r.verdict == "fail" and "known-empty-root" in r.warning_codes()


def test_bad_asset_list_names_the_row(tmp_path: Path) -> None:
    csv_path = assets_csv(tmp_path, ['btc,1,"","",""', 'eth,abc,"","",""'])
    r = run(v2_doc(1), assets=csv_path)
    assert r.verdict == "error" and r.error and "row 3" in r.error.message


# --- detection: Gate.io's pre-release files have Binance v1's shape (registry.OVERLAPS) --------------------------


def test_overlap_with_gateio_is_settled_by_verifying() -> None:
    """registry.OVERLAPS: Binance's shape is Binance's unless only Gate.io's rules verify it; Gate's published
    pre-release files are recognised by their roots (manifest: they must be reported as gateio-zk)."""
    gate_file = vectors_dir() / "gateio" / "zk_prerelease_binance_style" / "user_config_7dd137b.json"
    r = verify_source(Source.from_path(gate_file), VerifyOptions())
    assert r.verdict == "pass" and r.format and r.format.id == "gateio-zk"
    r = verify_source(Source.from_path(vectors_dir() / "binance" / "zk_v1_user_config.json"), VerifyOptions())
    assert r.verdict == "fail" and r.format and r.format.id == "binance-zk-v1"
    # a 12-wide Binance user (same hashing as Gate.io 350) stays Binance's
    doc = build.v1_user_file(3, 5, {0: (1, 0)}, PRICES, 12)
    assert run(doc).format.id == "binance-zk-v1"  # type: ignore[union-attr]
    # a file Binance's rules fail but Gate.io's 800-slot rules pass is Gate.io's
    from verifier_gui.core.builders.zk_users import GateSnapshot

    snap = GateSnapshot(count=800)
    snap.add(6, "someone", {0: (10**8, 0)})
    gate = snap.user_file(6)
    keys = {"Arrangement": "AccountIndex", "UniqueIdentification": "AccountIdHash", "TotalAssetEquity": "TotalEquity",
            "TotalAssetDebt": "TotalDebt", "AssetDetails": "Assets", "TreeRootHash": "Root", "MerkleProofEncode": "Proof"}  # fmt: skip
    r = run({keys[k]: v for k, v in gate.items()})
    assert r.verdict == "pass" and r.format and r.format.id == "gateio-zk"


def test_official_samples_are_diagnosed_as_pre_release() -> None:
    """binance.md §3.8 (v1: levels 14..27 hashed with lane 0) and §4.7 (v2: levels 15..27 chain, wrong empty leaf);
    the report counts levels from 1."""
    base = vectors_dir() / "binance"
    r1 = verify_source(Source.from_path(base / "zk_v1_user_config.json"), VerifyOptions())
    d1 = next(c.detail for c in r1.checks if c.name == "siblings")
    assert "levels 15 to 28" in d1 and "first output lane" in d1
    r2 = verify_source(Source.from_path(base / "zk_v2_user_config.json"), VerifyOptions())
    d2 = next(c.detail for c in r2.checks if c.name == "siblings")
    assert "levels 16 to 28" in d2 and "released empty account leaf" in d2


def test_no_pre_release_claim_for_an_ordinary_wrong_root() -> None:
    doc = v2_doc(77)
    r = run(doc, root=published("02" * 32))
    assert r.verdict == "fail" and "siblings" not in {c.name for c in r.checks}
    doc = build.v1_user_file(77, 5, {0: (1, 0)}, PRICES, 16)
    r = run(doc, root=published("02" * 32))
    assert r.verdict == "fail" and "siblings" not in {c.name for c in r.checks}


@pytest.mark.parametrize("row", ['btc,١٠,"","",""', 'btc,10,"[0-١٠:100]","",""', 'btc,10,"[0-10:100,20-30:50]","",""'])
def test_odd_asset_rows_are_errors(tmp_path: Path, row: str) -> None:
    """Non-ASCII digits (Python would read them as numbers) and a tier table with a gap are refused."""
    r = run(v2_doc(1), assets=assets_csv(tmp_path, [row]))
    assert r.verdict == "error" and r.error and r.error.code == "invalid-assets" and "row 2" in r.error.message

"""htx-zk-v2 / poloniex-zk-v2: synthetic users from the independent builder (core/builders/zk_users.py) at index 0,
in the middle and at the last position, for several asset counts N, with N from a config or found by scanning;
signs dropped before hashing; tampering; malformed files. The official sample is in tests/test_conformance.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from verifier_gui.core.builders.zk_users import HtxSnapshot
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

INDEXES = (0, (1 << 27) + 777, (1 << 28) - 1)


def snapshot(n: int, index: int) -> HtxSnapshot:
    snap = HtxSnapshot(n=n)
    snap.add(index, 372908368, 867_200, 0, {0: 32, 3: 150_000_000})
    snap.add(index ^ 1, 1000, 5, 0, {1: 9})
    snap.add(index ^ (1 << 9), 1001, 7, 1, {2: -3})
    return snap


@pytest.fixture(scope="module")
def snap168() -> HtxSnapshot:
    return snapshot(168, INDEXES[1])


def run(doc: dict[str, Any], root: str | None = None, assets: Path | None = None, fmt: str | None = None) -> Result:
    source = Source("user_config.json", json.dumps(doc).encode())
    options = VerifyOptions(
        root=PublishedRoot(root, "test") if root else None, assets=str(assets) if assets else None, format_id=fmt
    )
    return verify_source(source, options)


@pytest.mark.parametrize("n", [168, 174, 24, 7])
@pytest.mark.parametrize("index", INDEXES)
def test_synthetic_users_pass_with_the_count_scanned(n: int, index: int) -> None:
    snap = snapshot(n, index)
    tree = snap.tree()
    result = run(snap.user_file(index, tree))
    assert result.verdict == "pass", result.failure
    assert result.format is not None and result.format.id == "htx-zk-v2"
    assert f"N = {n} assets (found by scanning)" in (result.format.variant or "")
    assert "reported as HTX" in (result.format.variant or "")
    assert result.root_computed == format(tree.root(), "064x")
    codes = result.warning_codes()
    for code in ("sign-not-bound", "unsalted-id", "zk-proof-not-verified", "trusted-setup-single-party",
                 "cross-asset-netting", "asset-count-guessed", "asset-data-missing", "root-from-file"):
        assert code in codes  # fmt: skip
    assert ("official-tool-differs" in codes) == (n != 174)
    assert result.balances == {"asset 0": "32", "asset 3": "150000000"}


def test_config_gives_n_names_and_units(snap168: HtxSnapshot, tmp_path: Path) -> None:
    config = tmp_path / "config.json"
    config.write_text(json.dumps(snap168.config()))
    tree = snap168.tree()
    result = run(snap168.user_file(INDEXES[1], tree), root=format(tree.root(), "064x"), assets=config)
    assert result.verdict == "pass", result.failure
    assert result.balances == {"BTC": "0.00000032", "USDT": "1.5"}
    codes = result.warning_codes()
    assert "asset-count-guessed" not in codes and "asset-data-missing" not in codes and "root-from-file" not in codes
    assert "N = 168 assets" in (result.format.variant or "") if result.format else False
    # a config of another length gives another N: the root is not reproduced
    other = snap168.config()
    other["CexAssetsInfo"].append({"TotalBalance": 0, "Symbol": "x", "Index": 168})
    config.write_text(json.dumps(other))
    result = run(snap168.user_file(INDEXES[1], tree), assets=config)
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "asset count"
    assert "lists 169 assets, but the root is reproduced with N = 168" in result.failure.message


def test_signs_are_not_bound(snap168: HtxSnapshot) -> None:
    doc = snap168.user_file(INDEXES[1])
    doc["Assets"][1]["Balance"] = -doc["Assets"][1]["Balance"]
    doc["TotalEquity"] = -doc["TotalEquity"]
    result = run(doc)
    assert result.verdict == "pass", result.failure
    assert "negative-balance" in result.warning_codes()


TAMPERS = {
    "balance": lambda d: d["Assets"][0].__setitem__("Balance", 33),
    "total equity": lambda d: d.__setitem__("TotalEquity", d["TotalEquity"] + 1),
    "total debt": lambda d: d.__setitem__("TotalDebt", 1),
    "id": lambda d: d.__setitem__("AccountIdHash", "0" + d["AccountIdHash"][1:]),
    "position": lambda d: d.__setitem__("AccountIndex", d["AccountIndex"] ^ 2),
    "asset re-indexed": lambda d: d["Assets"][1].__setitem__("Index", 4),
    "sibling": lambda d: d["Proof"].__setitem__(27, d["Proof"][26]),
}


@pytest.mark.parametrize("what", TAMPERS)
def test_tampering_fails_for_every_n(snap168: HtxSnapshot, what: str) -> None:
    changed = copy.deepcopy(snap168.user_file(INDEXES[1]))
    TAMPERS[what](changed)
    result = run(changed)
    assert result.verdict == "fail", what
    assert "No asset count from 1 to 220 reproduces the root" in str(
        [w.message for w in result.warnings if w.code == "asset-count-guessed"]
    )


@pytest.mark.parametrize("index", INDEXES)
def test_poloniex_is_chosen_with_format(index: int) -> None:
    snap = snapshot(174, index)
    result = run(snap.user_file(index), fmt="poloniex-zk-v2")
    assert result.verdict == "pass", result.failure
    assert result.format is not None and result.format.id == "poloniex-zk-v2"
    assert "Poloniex" in (result.format.variant or "") and "N = 174" in (result.format.variant or "")


def test_htx_files_are_detected_as_htx(snap168: HtxSnapshot) -> None:
    source = Source("user_config.json", json.dumps(snap168.user_file(INDEXES[1])).encode())
    assert [f.id for f in detect(source)] == ["htx-zk-v2"]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.__setitem__("AccountIdHash", "f" * 64), "AccountIdHash"),
        (lambda d: d["Proof"].pop(), "Proof"),
        (lambda d: d["Assets"].append(dict(d["Assets"][0])), "Index appears twice"),
        (lambda d: d["Assets"][0].__setitem__("Index", 300), "beyond"),
        (lambda d: d.__setitem__("AccountIndex", -1), "AccountIndex"),
    ],
)
def test_malformed_files_are_errors(snap168: HtxSnapshot, change: Any, where: str) -> None:
    doc = snap168.user_file(INDEXES[1])
    change(doc)
    result = run(doc)
    assert result.verdict == "error"
    assert result.error is not None and where in result.error.message


def test_batch_table_without_config_scans_n(vectors: Path) -> None:
    source = Source("proof0.csv", (vectors / "htx" / "v2_proof0_head.csv").read_bytes())
    result = verify_source(source, VerifyOptions())
    assert result.format is not None and result.format.id == "htx-zk-v2"
    assert result.verdict == "pass", result.failure
    assert "N = 168" in (result.format.variant or "")
    assert "totals-not-compared" in result.warning_codes()
    assert result.root_computed == "1c437b43fe036dbff2ea078a25501142aa6bb292cd08af36e54ae15131e04bb3"


def test_the_uid_typed_is_checked_against_the_id_hash(vectors: Path) -> None:
    """htx_poloniex.md §2.4: the official sample's AccountIdHash is SHA-256("372908368") mod r."""
    source = Source.from_path(vectors / "htx" / "v2_user_config.json")
    result = verify_source(source, VerifyOptions(record={"uid": "372908368"}))
    assert result.verdict == "pass", result.failure
    assert any(c.name == "account id" and c.ok for c in result.checks)
    assert "identity-not-verifiable" not in result.warning_codes()
    wrong = verify_source(source, VerifyOptions(record={"uid": "372908369"}))
    assert wrong.verdict == "fail" and wrong.failure is not None and wrong.failure.step == "account id"
    assert "identity-not-verifiable" in verify_source(source, VerifyOptions()).warning_codes()

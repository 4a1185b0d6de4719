"""Batch tables (Gate.io proof.csv, HTX proof0.csv) built by the independent builder (core/builders/zk_users.py):
a whole chain with its config passes, and each kind of damage is named. The published tables are in
tests/test_conformance.py."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from verifier_gui.core.builders.zk_users import GateSnapshot, HtxSnapshot, gate_batch_table, htx_batch_table
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source


@pytest.fixture(scope="module")
def gate() -> GateSnapshot:
    snap = GateSnapshot(count=350)
    snap.add(0, "a", {0: (100, 0), 1: (5, 2)})
    snap.add(1, "b", {5: (7, 0)})
    snap.add(2, "c", {0: (1, 1)})
    snap.add(9, "d", {1: (3, 0)})
    snap.add(10, "e", {5: (11, 0)})
    return snap


@pytest.fixture(scope="module")
def htx() -> HtxSnapshot:
    snap = HtxSnapshot(n=30)
    for k in range(5):
        snap.add(k, 1000 + k, 10 + k, 0, {k % 3: 5 + k, 3: -k})
    return snap


def check(table: str, config: dict | None, tmp_path: Path, root: str | None = None, fmt: str | None = None) -> Result:
    assets = None
    if config is not None:
        assets = tmp_path / "config.json"
        assets.write_text(json.dumps(config))
    options = VerifyOptions(assets=str(assets) if assets else None, root=PublishedRoot(root, "test") if root else None,
                            format_id=fmt)  # fmt: skip
    return verify_source(Source("proof.csv", table.encode()), options)


def rows_of(table: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(table, newline="")))


def table_of(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def test_gate_table_passes_with_its_config(gate: GateSnapshot, tmp_path: Path) -> None:
    table = gate_batch_table(gate)
    result = check(table, gate.cex_config(), tmp_path, root=format(gate.tree().root(), "064x"))
    assert result.verdict == "pass", result.failure
    assert result.format is not None and result.format.id == "gateio-zk" and result.format.variant == "AssetCounts 350"
    assert result.totals == {"BTC": "0.000001", "ETH": "0.00000006", "USDT": "0.00000018"}  # equity - debt
    # rows in any order (real files are not sorted)
    rows = rows_of(table)
    shuffled = table_of([rows[0]] + rows[:0:-1])
    assert check(shuffled, gate.cex_config(), tmp_path).verdict == "pass"


def test_gate_table_damage_is_named(gate: GateSnapshot, tmp_path: Path) -> None:
    rows = rows_of(gate_batch_table(gate))
    dropped = table_of(rows[:2] + rows[3:])
    result = check(dropped, gate.cex_config(), tmp_path)
    assert result.verdict == "fail" and {"batch numbers", "chain"} <= {c.name for c in result.checks if not c.ok}
    config = gate.cex_config()
    config["CexAssetsInfo"][1]["TotalEquity"] += 1
    result = check(table_of(rows), config, tmp_path)
    assert result.verdict == "fail" and [c.name for c in result.checks if not c.ok] == ["CEX totals"]
    config = gate.cex_config()
    config["CexAssetsInfo"][0]["BasePrice"] += 1
    result = check(table_of(rows), config, tmp_path)
    assert result.verdict == "fail" and "CEX start" in [c.name for c in result.checks if not c.ok]
    result = check(table_of(rows), gate.cex_config(), tmp_path, root="11" * 32)
    assert result.verdict == "fail" and result.failure is not None and result.failure.step == "root"


def test_htx_table_passes_with_its_config_and_without(htx: HtxSnapshot, tmp_path: Path) -> None:
    table = htx_batch_table(htx)
    result = check(table, htx.config(), tmp_path)
    assert result.verdict == "pass", result.failure
    assert result.format is not None and result.format.id == "htx-zk-v2"
    assert "N = 30 assets" in (result.format.variant or "")
    assert result.root_computed == format(htx.tree().root(), "064x")
    result = check(table, None, tmp_path)
    assert result.verdict == "pass", result.failure
    assert "N = 30 assets (found by scanning)" in (result.format.variant or "") if result.format else False
    assert "asset-count-guessed" in result.warning_codes()
    poloniex = check(table, htx.config(), tmp_path, fmt="poloniex-zk-v2")
    assert poloniex.verdict == "pass" and poloniex.format is not None and poloniex.format.id == "poloniex-zk-v2"


def test_htx_table_damage_is_named(htx: HtxSnapshot, tmp_path: Path) -> None:
    rows = rows_of(htx_batch_table(htx))
    rows[2][7] = rows[1][7]  # batch 1 given batch 0's commitment
    result = check(table_of(rows), htx.config(), tmp_path)
    assert result.verdict == "fail" and result.failure is not None and result.failure.step == "batch commitments"
    assert "batch 1" in result.failure.message
    config = htx.config()
    config["CexAssetsInfo"][3]["TotalBalance"] = -config["CexAssetsInfo"][3]["TotalBalance"] + 1
    result = check(htx_batch_table(htx), config, tmp_path)
    assert result.verdict == "fail" and [c.name for c in result.checks if not c.ok] == ["CEX totals"]


# --- one reader and one set of checks for `check` and `snapshot` --------------------------------------------------


def test_check_and_snapshot_agree_on_the_same_table(gate: GateSnapshot, tmp_path: Path) -> None:
    """Both commands read and check a table the same way: the same pass, the same first wrong batch and line."""
    from verifier_gui.core.snapshot import verify_snapshot

    config = tmp_path / "cex_config.json"
    config.write_text(json.dumps(gate.cex_config()))
    rows = rows_of(gate_batch_table(gate))
    rows[2][7] = rows[1][7]  # batch 1 (line 3) given batch 0's commitment
    for table, verdict in ((gate_batch_table(gate), "pass"), (table_of(rows), "fail")):
        (tmp_path / "proof.csv").write_text(table, newline="")
        checked = verify_source(Source("proof.csv", table.encode()), VerifyOptions(assets=str(config)))
        snapped = verify_snapshot(str(tmp_path / "proof.csv"), VerifyOptions(assets=str(config),
                                                                              format_id="gateio-zk")).result  # fmt: skip
        assert checked.verdict == snapped.verdict == verdict, (checked.failure, snapped.failure)
        assert checked.root_computed == snapped.root_computed == format(gate.tree().root(), "064x")
        if verdict == "fail":
            for result in (checked, snapped):
                assert result.failure is not None and result.failure.step == "batch commitments"
                assert "batch 1 (line 3)" in result.failure.message


def test_check_of_a_table_reports_progress_and_can_be_cancelled(htx: HtxSnapshot) -> None:
    from verifier_gui.core.progress import Progress

    data = htx_batch_table(htx).encode()
    seen: list[float] = []
    result = verify_source(Source("proof0.csv", data), VerifyOptions(progress=Progress(seen.append)))
    assert result.verdict == "pass", result.failure
    assert seen and seen == sorted(seen)  # the scan for N and the commitments move the bar forward only
    stop = Progress()
    stop.cancel.set()
    result = verify_source(Source("proof0.csv", data), VerifyOptions(progress=stop))
    assert result.verdict == "error" and result.error is not None and result.error.code == "cancelled"


def test_a_bad_cell_is_named_by_line_in_both_commands(gate: GateSnapshot, tmp_path: Path) -> None:
    from verifier_gui.core.snapshot import verify_snapshot

    rows = rows_of(gate_batch_table(gate))
    rows[3][6] = '["AA==", "AA=="]'  # line 4: account_tree_roots not 32-byte values
    table = table_of(rows)
    (tmp_path / "proof.csv").write_text(table, newline="")
    checked = verify_source(Source("proof.csv", table.encode()), VerifyOptions(format_id="gateio-zk"))
    snapped = verify_snapshot(str(tmp_path / "proof.csv"), VerifyOptions(format_id="gateio-zk")).result
    assert checked.error is not None and checked.error.code == "invalid-proof"
    assert snapped.error is not None and snapped.error.code == "invalid-snapshot"
    for error in (checked.error, snapped.error):
        assert "line 4" in error.message and "account_tree_roots" in error.message


def test_an_empty_tree_root_given_as_root_warns_in_check(gate: GateSnapshot, tmp_path: Path) -> None:
    """gateio.md §2.1: the 2024-12-04 page showed the empty 350-slot root; check warns as snapshot does."""
    empty = "0118925954da77d1a4b241fd163e4373e2265c515cfa60af7fcd28c8cb9ad58a"
    result = check(gate_batch_table(gate), gate.cex_config(), tmp_path, root=empty)
    assert result.verdict == "fail" and "known-empty-root" in result.warning_codes()


def test_a_value_above_the_field_keeps_each_commands_error_code(gate: GateSnapshot, tmp_path: Path) -> None:
    """r (BN254's order, binance.md §5) in a root cell: check says invalid-proof, snapshot zk-field-overflow."""
    import base64

    from verifier_gui.core.snapshot import verify_snapshot

    r = 21888242871839275222246405745257275088548364400416034343698204186575808495617  # the order itself
    rows = rows_of(gate_batch_table(gate))
    rows[2][6] = json.dumps([base64.b64encode(r.to_bytes(32, "big")).decode()] * 2)
    table = table_of(rows)
    (tmp_path / "proof.csv").write_text(table, newline="")
    checked = verify_source(Source("proof.csv", table.encode()), VerifyOptions(format_id="gateio-zk"))
    snapped = verify_snapshot(str(tmp_path / "proof.csv"), VerifyOptions(format_id="gateio-zk")).result
    assert checked.error is not None and checked.error.code == "invalid-proof"
    assert snapped.error is not None and snapped.error.code == "zk-field-overflow" and "line 3" in snapped.error.message

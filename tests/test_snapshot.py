"""reserve-verify snapshot: Gate.io bundles (folder, table + config, .tar.gz), HTX tables, Binance batch rows.

Expected values: the manifest and specs (gateio.md §3, htx_poloniex.md §2.5, binance.md §4.5), and bundles made
by the independent builder (verifier_gui/core/builders/binance_zk.py)."""

from __future__ import annotations

import io
import json
import re
import tarfile
from pathlib import Path
from typing import Any

import pytest

from verifier_gui import cli
from verifier_gui.core import snapshot_read
from verifier_gui.core.builders import binance_zk as build
from verifier_gui.core.formats import zk_hash
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.roots import parse_root_argument
from verifier_gui.core.snapshot import SnapshotResult, verify_snapshot

from .conftest import vectors_dir

GATE_2023_ROOT = "0b47326c87891cc85c648b5882c9ff5d82570363ab7eeb747c9eb5c03b650318"


def snap(path: Path | str, **options: Any) -> SnapshotResult:
    return verify_snapshot(str(path), VerifyOptions(**options))


def checks(s: SnapshotResult) -> dict[str, bool]:
    return {c.name: c.ok for c in s.result.checks}


# --- published vectors ---------------------------------------------------------------------------------------------


def test_gate_repo_example_folder_passes_against_page_root() -> None:
    folder = vectors_dir() / "gateio" / "zk_2023_repo_example"
    s = snap(folder, root=parse_root_argument(GATE_2023_ROOT))
    assert s.result.verdict == "pass", s.result.failure
    assert s.result.root_computed == GATE_2023_ROOT and (s.batches, s.checked) == (2, 2)
    assert {"batch commitments", "chain", "start", "final totals", "root"} <= set(checks(s))
    assert "zk-proof-not-verified" in s.result.warning_codes()


def test_gate_flipped_commitment_fails_at_batch_1() -> None:
    base = vectors_dir() / "gateio"
    s = snap(base / "derived_invalid" / "proof_2023_commitment_flipped.csv", assets=str(base / "zk_2023_repo_example" / "cex_config.json"))
    assert s.result.verdict == "fail" and s.result.failure and s.result.failure.step == "batch commitments"
    assert "batch 1" in s.result.failure.message


@pytest.mark.parametrize(
    "table,root", [("v2_proof0_head.csv", "1c437b43fe036dbff2ea078a25501142aa6bb292cd08af36e54ae15131e04bb3"), ("v2_proof0_f57c44d.csv", "087ded5b3437ed45bd522b10cc84280b88559b92c45b883102979447cc2c90c4")]
)
def test_htx_tables_chain_but_not_the_shipped_config(table: str, root: str) -> None:
    """htx_poloniex.md §2.5: chain and start hold with N = 168; the config comes from another run."""
    base = vectors_dir() / "htx"
    s = snap(base / table, assets=str(base / "v2_config.json"))
    assert s.result.verdict == "fail" and s.result.root_computed == root
    c = checks(s)
    assert c["batch commitments"] and c["chain"] and c["start"] and not c["final totals"]


def _fragment_rows() -> list[dict[str, Any]]:
    """The complete objects of the truncated third-party copy of Binance's June 2026 table (not JSON as a whole)."""
    text = (vectors_dir() / "binance" / "thirdparty_proof_table_fragment_2026-06.txt").read_text()
    rows = []
    for m in re.finditer(r"\{[^{}]*\}", text):
        try:
            rows.append(json.loads(m.group(0)))
        except ValueError:
            continue
    return [r for r in rows if "batch_commitment" in r]


def test_binance_2026_rows_recompute_and_chain(tmp_path: Path) -> None:
    """binance.md §4.5: every row's 5-input commitment and the chaining hold (first 60 rows here)."""
    rows = sorted(_fragment_rows(), key=lambda r: r["batch_number"])[:60]
    assert len(rows) == 60
    adjacent = [k for k in range(1, 60) if rows[k]["batch_number"] == rows[k - 1]["batch_number"] + 1]
    assert len(adjacent) > 30  # the fragment has gaps; the chain is checked across the adjacent pairs
    table = tmp_path / "proof.json"
    table.write_text(json.dumps(rows))
    s = snap(table)
    c = checks(s)
    assert s.result.format and s.result.format.id == "binance-zk-v2"
    assert c["batch commitments"] and c["chain"], s.result.failure
    assert s.result.root_computed == "250e0c4ab441780d7276bd63a7e2bfb098213dd6bd9de89265923d8e3c11c2d1"
    # a fragment does not start at batch 0: it cannot pass as a whole snapshot
    assert s.result.verdict == "fail" and not c["batch numbers"]
    # one changed index range breaks that row's commitment
    changed = json.loads(json.dumps(rows))
    changed[5]["max_account_index"] += 1
    table.write_text(json.dumps(changed))
    assert not checks(snap(table))["batch commitments"]
    # a row taken from a later batch in place of an adjacent one breaks the chain
    changed = json.loads(json.dumps(rows))
    k = adjacent[3]
    changed[k]["cex_asset_list_commitments"][0] = rows[k]["cex_asset_list_commitments"][1]
    table.write_text(json.dumps(changed))
    assert not checks(snap(table))["chain"]


# --- synthetic bundles from the builder ---------------------------------------------------------------------------

CONFIG = [
    {"TotalEquity": 5475341087, "TotalDebt": 71436240, "BasePrice": 2312848000000, "Symbol": "btc", "Index": 0},
    {"TotalEquity": 4715323019137, "TotalDebt": 11386568646, "BasePrice": 158533000000, "Symbol": "eth", "Index": 1},
    {"TotalEquity": 10, "TotalDebt": 0, "BasePrice": 100000000, "Symbol": "usdt", "Index": 349},
]


@pytest.fixture(scope="module")
def bundle() -> tuple[str, str]:
    return build.gate_bundle(300, CONFIG)


def write_folder(base: Path, proof: str, config: str) -> Path:
    folder = base / "zkmerkle_cex_20240929" / "config"
    folder.mkdir(parents=True)
    (folder / "proof.csv").write_text(proof)
    (folder / "cex_config.json").write_text(config)
    return base


def test_builder_empty_roots_are_the_official_ones() -> None:
    assert f"{build.gate_empty_root(350):064x}" == "0118925954da77d1a4b241fd163e4373e2265c515cfa60af7fcd28c8cb9ad58a"
    assert f"{build.gate_empty_root(800):064x}" == "037bf6d8fe5b7cbaecf7b35604b57f82173f5c8155c1c750cef00afebcd65436"


def test_synthetic_bundle_of_300_batches_passes(tmp_path: Path, bundle: tuple[str, str]) -> None:
    s = snap(write_folder(tmp_path, *bundle))
    assert s.result.verdict == "pass", s.result.failure
    assert (s.batches, s.checked) == (300, 300)
    assert "root-from-file" in s.result.warning_codes()


def test_synthetic_bundle_tarball_passes(tmp_path: Path, bundle: tuple[str, str]) -> None:
    archive = tmp_path / "zkmerkle_cex_20240929.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, body in (("zkmerkle_cex_20240929/config/proof.csv", bundle[0]), ("zkmerkle_cex_20240929/config/cex_config.json", bundle[1])):
            add_bytes(tar, name, body.encode())
    s = snap(archive)
    assert s.result.verdict == "pass", s.result.failure


def _rewrite_row(proof: str, number: int, column: int, value: str) -> str:
    import csv

    rows = list(csv.reader(io.StringIO(proof)))
    for row in rows[1:]:
        if row[-1] == str(number):
            row[column] = value
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_broken_chain_fails(tmp_path: Path, bundle: tuple[str, str]) -> None:
    """Batch 150 made self-consistent (its own commitment recomputed) but starting from another root."""
    import csv

    rows = {int(r[-1]): r for r in list(csv.reader(io.StringIO(bundle[0])))[1:]}
    row = rows[150]
    cex = [zk_hash.field_from_b64(v, "t") for v in json.loads(row[5])]
    roots = [zk_hash.field_from_b64(v, "t") for v in json.loads(row[6])]
    roots[0] = (roots[0] + 1) % zk_hash.FIELD_ORDER
    new_roots = json.dumps([build._b64(v) for v in roots])
    proof = _rewrite_row(bundle[0], 150, 6, new_roots)
    proof = _rewrite_row(proof, 150, 7, build._b64(build._h([roots[0], roots[1], cex[0], cex[1]])))
    s = snap(write_folder(tmp_path, proof, bundle[1]))
    c = checks(s)
    assert s.result.verdict == "fail" and c["batch commitments"] and not c["chain"]
    assert "150" in next(x.detail for x in s.result.checks if x.name == "chain")


def test_wrong_totals_fail(tmp_path: Path, bundle: tuple[str, str]) -> None:
    config = json.loads(bundle[1])
    config["CexAssetsInfo"][0]["TotalEquity"] += 1
    s = snap(write_folder(tmp_path, bundle[0], json.dumps(config)))
    assert s.result.verdict == "fail" and s.result.failure and s.result.failure.step == "final totals"


def test_missing_batch_fails(tmp_path: Path, bundle: tuple[str, str]) -> None:
    lines = bundle[0].splitlines(keepends=True)
    proof = "".join(line for line in lines if not line.rstrip().endswith(',"42"'))
    assert len(proof) < len(bundle[0])
    s = snap(write_folder(tmp_path, proof, bundle[1]))
    assert s.result.verdict == "fail" and not checks(s)["batch numbers"]


def test_published_root_mismatch_fails(tmp_path: Path, bundle: tuple[str, str]) -> None:
    s = snap(write_folder(tmp_path, *bundle), root=parse_root_argument("01" * 32))
    assert s.result.verdict == "fail" and s.result.failure and s.result.failure.step == "root"


def test_cli_snapshot_json(tmp_path: Path, bundle: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["snapshot", str(write_folder(tmp_path, *bundle)), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["verdict"] == "pass" and out["user"] is None
    assert out["batches"] == {"count": 300, "checked": 300} and out["schema"] == 1
    assert any("Groth16" in c["detail"] for c in out["checks"])


def test_cli_snapshot_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["snapshot", str(tmp_path / "nothing.csv")]) == 2
    base = vectors_dir() / "gateio"
    assert cli.main(["snapshot", str(base / "derived_invalid" / "proof_2023_commitment_flipped.csv"), "--assets", str(base / "zk_2023_repo_example" / "cex_config.json")]) == 1
    capsys.readouterr()


# --- hostile archives → error, nothing written outside the temporary folder -----------------------------------------


def add_bytes(tar: tarfile.TarFile, name: str, data: bytes, **attrs: Any) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    for k, v in attrs.items():
        setattr(info, k, v)
    tar.addfile(info, io.BytesIO(data))


def hostile(tmp_path: Path, build_members: Any) -> Path:
    archive = tmp_path / "bad.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        build_members(tar)
    return archive


@pytest.mark.parametrize(
    "members",
    [
        lambda t: add_bytes(t, "../escape.csv", b"x"),
        lambda t: add_bytes(t, "/abs/proof.csv", b"x"),
        lambda t: add_bytes(t, "a/../../escape.csv", b"x"),
        lambda t: add_bytes(t, "link", b"", type=tarfile.SYMTYPE, linkname="/etc/passwd"),
        lambda t: add_bytes(t, "hard", b"", type=tarfile.LNKTYPE, linkname="proof.csv"),
        lambda t: add_bytes(t, "dev", b"", type=tarfile.CHRTYPE),
    ],
    ids=["dotdot", "absolute", "nested-dotdot", "symlink", "hardlink", "device"],
)
def test_unsafe_archive_is_refused(tmp_path: Path, members: Any) -> None:
    s = snap(hostile(tmp_path, members))
    assert s.result.verdict == "error" and s.result.error and s.result.error.code == "unsafe-archive"
    assert not (tmp_path / "escape.csv").exists()


def test_archive_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A member that unpacks beyond the cap (the cap lowered so the test stays small: 4 MB of zeros)."""
    monkeypatch.setattr(snapshot_read, "MAX_UNPACKED_BYTES", 1 << 20)
    s = snap(hostile(tmp_path, lambda t: add_bytes(t, "proof.csv", bytes(4 << 20))))
    assert s.result.verdict == "error" and s.result.error and s.result.error.code == "unsafe-archive"


def test_archive_with_too_many_members_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot_read, "MAX_ARCHIVE_MEMBERS", 5)
    s = snap(hostile(tmp_path, lambda t: [add_bytes(t, f"f{i}", b"") for i in range(10)]))
    assert s.result.error and s.result.error.code == "unsafe-archive"


@pytest.mark.parametrize(
    "body",
    [
        "batch_number,batch_commitment\n0,AAAA\n",
        'id,proof_info,cex_asset_list_commitments,account_tree_roots,batch_commitment,batch_number\n1,"","[]","[]","",0\n',
        "not a table at all\n",
        "",
    ],
)
def test_malformed_table_is_an_error(tmp_path: Path, body: str) -> None:
    table = tmp_path / "proof.csv"
    table.write_text(body)
    s = snap(table, format_id="gateio-zk")
    assert s.result.verdict == "error" and s.result.error and s.result.error.code in ("invalid-snapshot", "not-text")
    assert "proof.csv" in s.result.error.message


def test_empty_tree_root_on_the_page_warns(tmp_path: Path, bundle: tuple[str, str]) -> None:
    """gateio.md §2.1: the 2024-12-04 page showed the empty 350-slot root."""
    empty = "0118925954da77d1a4b241fd163e4373e2265c515cfa60af7fcd28c8cb9ad58a"
    s = snap(write_folder(tmp_path, *bundle), root=parse_root_argument(empty))
    assert s.result.verdict == "fail" and "known-empty-root" in s.result.warning_codes()


def test_progress_is_reported_and_cancel_stops(tmp_path: Path, bundle: tuple[str, str]) -> None:
    from verifier_gui.core.progress import Progress

    folder = write_folder(tmp_path, *bundle)
    seen: list[float] = []
    s = snap(folder, progress=Progress(seen.append))
    assert s.result.verdict == "pass" and seen[-1] == 1.0 and len(seen) > 3 and seen == sorted(seen)
    stop = Progress()
    stop.cancel.set()
    s = snap(folder, progress=stop)
    assert s.result.verdict == "error" and s.result.error and s.result.error.code == "cancelled"


def test_binance_v1_package_names_the_variant(tmp_path: Path, bundle: tuple[str, str]) -> None:
    """Binance's v1 verifier package: proof.csv + config.json (same layout as Gate.io's; 12-wide from the empty root)."""
    (tmp_path / "proof.csv").write_text(bundle[0])
    (tmp_path / "config.json").write_text(bundle[1])
    s = snap(tmp_path)
    assert s.result.verdict == "pass", s.result.failure
    assert s.result.format and s.result.format.id == "binance-zk-v1" and s.result.format.variant == "Z1a 12-wide"


def test_htx_table_without_config_finds_n_from_the_start() -> None:
    """htx_poloniex.md §2.4–2.5: only N = 168 gives batch 0's before-root; the final totals cannot be checked."""
    s = snap(vectors_dir() / "htx" / "v2_proof0_head.csv")
    assert s.result.format and s.result.format.id == "htx-zk-v2" and "168" in (s.result.format.variant or "")
    c = checks(s)
    assert c["start"] and c["chain"] and c["batch commitments"] and "final totals" not in c
    assert {"asset-count-guessed", "asset-data-missing", "sign-not-bound"} <= set(s.result.warning_codes())
    assert s.result.verdict == "pass"  # everything it claims was recomputed; the warnings say what was not


def test_htx_totals_shown_from_config() -> None:
    base = vectors_dir() / "htx"
    s = snap(base / "v2_proof0_head.csv", assets=str(base / "v2_config.json"))
    assert s.result.totals and s.result.totals["BTC"] == "0.00000163"  # TotalBalance 163 × 10^-8


def test_binance_v2_two_root_rows_check_the_empty_start_only(tmp_path: Path) -> None:
    """2024–Apr 2026 rows: two roots plus assets_count; batch 0 must start from the v2 empty tree, and its starting
    CEX commitment (prices and tiers of a config not published with the table) is not claimed as checked."""
    import random

    rnd = random.Random(5)
    empty_v2 = int("08696bfcb563a2ee4dde9e1dbd34f68d3f4643df6e3709cdb1855c9f886240c7", 16)
    roots = [empty_v2] + [rnd.randrange(zk_hash.FIELD_ORDER) for _ in range(4)]
    cex = [rnd.randrange(zk_hash.FIELD_ORDER) for _ in range(5)]
    rows = [
        {"batch_number": n, "proof_info": "", "assets_count": 50,
         "account_tree_roots": [build._b64(roots[n]), build._b64(roots[n + 1])],
         "cex_asset_list_commitments": [build._b64(cex[n]), build._b64(cex[n + 1])],
         "batch_commitment": build._b64(build._h([roots[n], roots[n + 1], cex[n], cex[n + 1]]))}
        for n in range(4)
    ]  # fmt: skip
    table = tmp_path / "proof.json"
    table.write_text(json.dumps({"data": rows}))
    s = snap(table)
    assert s.result.verdict == "pass", s.result.failure
    start = next(c for c in s.result.checks if c.name == "start")
    assert "could not be checked" in start.detail and "totals-not-compared" in s.result.warning_codes()
    rows[0]["account_tree_roots"][0] = build._b64(5)
    rows[0]["batch_commitment"] = build._b64(build._h([5, roots[1], cex[0], cex[1]]))
    table.write_text(json.dumps(rows))
    s = snap(table)
    assert s.result.verdict == "fail" and s.result.failure and s.result.failure.step == "start"


def test_an_internal_error_is_an_error_result(tmp_path: Path, bundle: tuple[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier_gui.core import snapshot

    def broken(*args: Any) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(snapshot.zk_hash, "hash_elements", broken)
    s = snap(write_folder(tmp_path, *bundle))
    assert s.result.verdict == "error" and s.result.error and s.result.error.code == "internal-error"

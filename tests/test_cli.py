"""reserve-verify as a user and a script run it: the installed console script, exit codes, JSON contract."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verifier_gui import __version__

REAL_ROOT = "ac6b39d2a0aa8112bd1aadff5e7d4b5c2b91cd54d595262ba4367f5d2db4160d"
SCHEMA_KEYS = {"schema", "file", "verdict", "format", "root", "user", "totals", "checks", "warnings", "failure", "error"}


def reserve_verify(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "reserve-verify"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "verifier_gui.cli"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=60, check=False)


def test_console_script_is_installed() -> None:
    assert (Path(sys.executable).parent / "reserve-verify").exists() or shutil.which("reserve-verify")


def test_real_vector_passes_with_json_contract(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--root", REAL_ROOT, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)  # stdout holds the JSON object and nothing else
    assert set(out) == SCHEMA_KEYS and out["schema"] == 1
    assert out["verdict"] == "pass"
    assert out["root"] == {"computed": REAL_ROOT, "expected": REAL_ROOT, "source": "published"}
    assert out["totals"] == {"BTC": "95088.55505656", "ETH": "939953.49090361", "USDT": "3137909428.88369702"}
    assert out["user"] == {"id": None, "balances": {"BTC": "1.000069", "ETH": "0.99908176", "USDT": "19398.33550812"}}
    assert out["format"] == {"id": "okx-merkle-v1", "exchange": "OKX", "name": out["format"]["name"], "variant": None}
    assert out["failure"] is None and out["error"] is None
    assert all(set(c) == {"name", "ok", "detail"} and c["ok"] is True for c in out["checks"])
    assert all(set(w) == {"code", "message"} for w in out["warnings"])


def test_root_accepts_0x_and_upper_case(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--root", "0x" + REAL_ROOT.upper())
    assert proc.returncode == 0 and proc.stdout.startswith("PASS")


def test_root_from_a_file(vectors: Path, tmp_path: Path) -> None:
    root_file = tmp_path / "root.txt"
    root_file.write_text(REAL_ROOT + "\n")
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--root", str(root_file), "--json")
    out = json.loads(proc.stdout)
    assert proc.returncode == 0 and out["root"]["source"] == "published"


def test_wrong_root_fails_with_exit_1(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--root", "ff" * 32)
    assert proc.returncode == 1
    assert proc.stdout.startswith("FAIL")
    assert "First step that did not match: root" in proc.stdout


def test_tampered_copy_fails(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/derived/merkle_v1_tampered_balance.json"), "--json")
    out = json.loads(proc.stdout)
    assert proc.returncode == 1 and out["verdict"] == "fail" and out["failure"]["step"] == "leaf"


@pytest.mark.parametrize("content", [b"this is not json\n", b"\x00\x01\xff binary", b'{"self": ', b"[]", b"{}"])
def test_not_a_proof_is_error_exit_2_without_traceback(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    proc = reserve_verify("check", str(bad), "--json")
    assert proc.returncode == 2
    out = json.loads(proc.stdout)
    assert out["verdict"] == "error" and out["error"]["code"]
    assert "bad.json" in out["error"]["message"]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_malformed_okx_file_names_the_place(vectors: Path, tmp_path: Path) -> None:
    doc = json.loads((vectors / "okx/merkle_v1/merkle_proof_file.json").read_text())
    doc["path"][3]["balances"]["BTC"] = 1.5  # a number where OKX writes text
    bad = tmp_path / "proof.json"
    bad.write_text(json.dumps(doc))
    proc = reserve_verify("check", str(bad))
    assert proc.returncode == 2
    assert "path[3].balances.BTC" in proc.stdout and "must be text" in proc.stdout


def test_bad_root_argument_is_error(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--root", "not-a-root")
    assert proc.returncode == 2 and "neither a hexadecimal hash" in proc.stdout


def test_unknown_format_id_is_error(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--format", "nope")
    assert proc.returncode == 2 and "Unknown or unsupported format id 'nope'" in proc.stdout


def test_formats_lists_ids_with_exchange_and_period() -> None:
    proc = reserve_verify("formats", "--json")
    rows = json.loads(proc.stdout)
    okx = next(r for r in rows if r["id"] == "okx-merkle-v1")
    assert okx["exchange"] == "OKX" and okx["period"] and okx["needs"]
    assert "okx-merkle-v1" in reserve_verify("formats").stdout


def test_demo_passes() -> None:
    proc = reserve_verify("demo")
    assert proc.returncode == 0 and proc.stdout.startswith("PASS")


def test_version_and_help() -> None:
    assert reserve_verify("--version").stdout.strip() == f"reserve-verify {__version__}"
    for args in (["--help"], ["check", "--help"], ["formats", "--help"], ["demo", "--help"]):
        proc = reserve_verify(*args)
        assert proc.returncode == 0 and "usage: reserve-verify" in proc.stdout


def test_bad_usage_exits_2() -> None:
    assert reserve_verify().returncode == 2
    assert reserve_verify("check").returncode == 2


def test_no_colour_when_not_a_terminal(vectors: Path) -> None:
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"))
    assert "\033[" not in proc.stdout


def test_gateio_user_record_options(vectors: Path) -> None:
    from .conftest import manifest

    root = next(v["root"] for v in manifest() if v["id"] == "gateio-merkle-v1-synthetic-5-leaves")
    leaf_list = str(vectors / "gateio/v1_sha256_merkle/synthetic_balances_merkletree.txt")
    ok = reserve_verify("check", leaf_list, "--root", root, "--hashed-uid", "4d75cb3ac3c8", "--balance", "0.032448", "--json")
    out = json.loads(ok.stdout)
    assert ok.returncode == 0 and out["user"]["id"] == "4d75cb3ac3c8"
    bad = reserve_verify("check", leaf_list, "--root", root, "--hashed-uid", "4d75cb3ac3c8", "--balance", "0.032449")
    assert bad.returncode == 1


def test_typed_values_need_a_typed_format_and_exclude_a_proof(vectors: Path) -> None:
    assert reserve_verify("check", "--leaf", "ab" * 32).returncode == 2
    proc = reserve_verify("check", "--format", "okx-merkle-v1", "--leaf", "ab" * 32)
    assert proc.returncode == 2 and "binance-silversixpence" in proc.stderr
    proc = reserve_verify("check", str(vectors / "okx/merkle_v1/merkle_proof_file.json"), "--leaf", "ab" * 32)
    assert proc.returncode == 2 and "not both" in proc.stderr


def _ss_demo_path(vectors: Path, index: int) -> tuple[str, str, str]:
    """(leaf, path text, root) for a leaf of Silver Sixpence's published demo tree, read from its CSV rows."""
    from .test_silversixpence import CsvTree

    tree = CsvTree(vectors / "kucoin/silversixpence_synthetic_tree")
    leaf = tree.leaves[index]
    steps = ["promoted" if s["side"] == "promoted" else f"{s['side'][0].upper()}:{s['hash']}" for s in tree.path(leaf)]
    return leaf, ",".join(steps), tree.root


def test_silversixpence_values_typed_as_options(vectors: Path) -> None:
    leaf, path, root = _ss_demo_path(vectors, 9_999)  # the right-edge leaf: promotions on its path
    proc = reserve_verify("check", "--format", "kucoin-silversixpence", "--leaf", leaf, "--path", path, "--root", root, "--json")
    out = json.loads(proc.stdout)
    assert proc.returncode == 0, out
    assert out["file"] == "values entered by hand" and out["root"]["computed"] == root
    assert "promoted-node" in [w["code"] for w in out["warnings"]]
    wrong = reserve_verify("check", "--format", "kucoin-silversixpence", "--leaf", leaf, "--path", path.replace("L:", "R:", 1), "--root", root)
    assert wrong.returncode == 1
    no_root = reserve_verify("check", "--format", "kucoin-silversixpence", "--leaf", leaf, "--path", path, "--json")
    assert no_root.returncode == 2 and json.loads(no_root.stdout)["error"]["code"] == "root-required"

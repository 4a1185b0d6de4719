"""The bundled demo: shipped files are exactly what the builder makes, and they verify as PASS."""

from __future__ import annotations

from verifier_gui.core.demo import demo_dir, demo_proof_path, demo_root_path, render_demo_files
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.roots import read_root_file
from verifier_gui.core.verify import verify_file


def test_shipped_demo_is_reproducible_from_the_builder() -> None:
    for name, text in render_demo_files().items():
        assert (demo_dir() / name).read_text(encoding="utf-8") == text, f"run 'make demo' to refresh {name}"


def test_demo_verifies_as_pass_against_its_published_root() -> None:
    root = read_root_file(str(demo_root_path()))
    r = verify_file(demo_proof_path(), VerifyOptions(root=root))
    assert r.verdict == "pass" and r.root_source == "published"
    assert r.balances == {"BTC": "1.000069", "ETH": "0.99908176", "USDT": "19398.33550812"}
    # the thirteen demo accounts of core/demo.py, added by hand
    assert r.totals == {"BTC": "67.70353579", "ETH": "72.22562498", "USDT": "1369418.98036812"}

"""Every vector in ../shared/vectors/manifest.json whose format is implemented, through the same code path as
`reserve-verify check PROOF [--root …] [--tree …] [--assets …] --json`, must give the manifest's verdict,
computed root and totals. Vectors of formats not implemented yet are listed at the end of the run."""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest

from verifier_gui import cli
from verifier_gui.core.registry import all_formats

from .conftest import REPO, manifest, vectors_dir

IMPLEMENTED = {f.id for f in all_formats()}
CASES = [v for v in manifest() if v["format"] in IMPLEMENTED]


def _load_manifest_cli():  # build_scripts/ is not a package; the smoke test and the offline check use it too
    spec = importlib.util.spec_from_file_location("manifest_cli", REPO / "build_scripts" / "manifest_cli.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_MANIFEST_CLI = _load_manifest_cli()


def cli_args(vector: dict[str, Any]) -> list[str]:
    return _MANIFEST_CLI.vector_args(vectors_dir(), vector)


@pytest.mark.parametrize("vector", CASES, ids=[v["id"] for v in CASES])
def test_vector_gives_manifest_verdict(vector: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(cli_args(vector))
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == vector["expect"], out["failure"] or out["error"]
    assert code == {"pass": 0, "fail": 1, "error": 2}[vector["expect"]]
    assert out["format"]["id"] == vector["format"]
    if vector["expect_root"]:
        assert out["root"]["computed"] == vector["expect_root"]
    if vector["expect_totals"]:
        assert out["totals"] == vector["expect_totals"]
    if vector["root"] is None and vector["expect"] == "pass":
        assert "root-from-file" in [w["code"] for w in out["warnings"]]


def test_every_implemented_format_has_vectors_run() -> None:
    """Guards against a manifest or registry typo that would leave an implemented format untested."""
    covered = {v["format"] for v in CASES}
    manifest_formats = {v["format"] for v in manifest()}
    assert IMPLEMENTED & manifest_formats <= covered
    assert "okx-merkle-v1" in covered

"""The command line that checks one entry of ../shared/vectors/manifest.json: the same arguments for the
conformance test, the frozen-build smoke test and the offline check (one place, so they cannot drift apart)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def vector_args(base: Path, vector: dict[str, Any]) -> list[str]:
    """``check PROOF [--root …] [--tree …] [--assets …] --json`` for a manifest entry, paths under ``base``."""
    args = ["check", str(base / vector["proof"])]
    root = vector["root"]
    if isinstance(root, str):
        args += ["--root", root]
    elif isinstance(root, dict):
        args += ["--root", str(base / root["file"])]
    if vector.get("tree"):
        args += ["--tree", str(base / vector["tree"])]
    if vector.get("assets"):
        args += ["--assets", str(base / vector["assets"])]
    return args + ["--json"]

"""Shared fixtures: where the published test vectors live, and the manifest that says what they must give."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]

# The app remembers its window and last folder with QSettings; tests must not touch the user's own settings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="reserve-verifier-test-config-")
# The app starts in the system's language; the tests read English unless they switch (tests/test_i18n.py), so the
# language Qt sees is English whatever the machine's locale ($LANGUAGE comes first in Qt's list of UI languages).
os.environ["LANGUAGE"] = "en"


def vectors_dir() -> Path:
    """../shared/vectors beside the checkout (CI puts it there), or $RESERVE_VECTORS."""
    return Path(os.environ.get("RESERVE_VECTORS", REPO.parent / "shared" / "vectors"))


def manifest() -> list[dict[str, Any]]:
    path = vectors_dir() / "manifest.json"
    if not path.is_file():
        # Not a skip: without the vectors the conformance suite would silently prove nothing.
        raise FileNotFoundError(f"test vectors not found at {path}; set RESERVE_VECTORS")
    return json.loads(path.read_text(encoding="utf-8"))["vectors"]


@pytest.fixture(scope="session")
def vectors() -> Path:
    return vectors_dir()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """List the vectors whose format is not implemented yet, so the gap is visible on every run."""
    from verifier_gui.core.registry import all_formats

    implemented = {f.id for f in all_formats()}
    try:
        pending = [v for v in manifest() if v["format"] not in implemented]
    except FileNotFoundError:
        return
    if not pending:
        return
    terminalreporter.section("vectors of formats not implemented yet")
    by_format: dict[str, list[str]] = {}
    for v in pending:
        by_format.setdefault(v["format"], []).append(v["id"])
    for fmt, ids in sorted(by_format.items()):
        terminalreporter.write_line(f"{fmt}: {len(ids)} vector(s): {', '.join(ids)}")
    terminalreporter.write_line(
        f"{len(pending)} of {len(manifest())} vectors wait on {len(by_format)} unimplemented formats."
    )

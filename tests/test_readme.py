"""The README's formats table lists exactly the registered formats, with their exchange and period."""

from __future__ import annotations

import re

from verifier_gui.core.registry import all_formats

from .conftest import REPO


def test_readme_formats_table_matches_the_registry() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- formats-table -->", 1)[1].split("\n\n", 1)[0]
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `([a-z0-9-]+)` \|.*$", table, re.M)}
    assert set(rows) == {f.id for f in all_formats()}
    for f in all_formats():
        assert f"| {f.exchange} | {f.period} |" in rows[f.id]

"""The published root: typed hex in any spelling, or a file the exchange publishes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier_gui.core.errors import InputError
from verifier_gui.core.roots import parse_root_argument

HEX = "ac6b39d2a0aa8112bd1aadff5e7d4b5c2b91cd54d595262ba4367f5d2db4160d"


@pytest.mark.parametrize("typed", [HEX, HEX.upper(), "0x" + HEX, "0X" + HEX, f"  {HEX}\n"])
def test_typed_hex_is_normalised(typed: str) -> None:
    assert parse_root_argument(typed).value == HEX


def test_text_file(tmp_path: Path) -> None:
    f = tmp_path / "root.txt"
    f.write_text(f"\n{HEX.upper()}\n")
    root = parse_root_argument(str(f))
    assert root.value == HEX and str(f) in root.origin


@pytest.mark.parametrize("doc", [{"root": HEX}, {"mtree_root": HEX, "steps": 3}, {"data": {"merkle_root": "0x" + HEX}}])
def test_json_file(tmp_path: Path, doc: dict[str, object]) -> None:
    f = tmp_path / "sum_proof.json"
    f.write_text(json.dumps(doc))
    assert parse_root_argument(str(f)).value == HEX


@pytest.mark.parametrize("content", ["two words", "", '{"other": 1}', "abc"])
def test_file_without_a_root_is_an_error(tmp_path: Path, content: str) -> None:
    f = tmp_path / "r.txt"
    f.write_text(content)
    with pytest.raises(InputError) as err:
        parse_root_argument(str(f))
    assert err.value.code == "bad-root" and "r.txt" in err.value.message


@pytest.mark.parametrize("typed", ["", "xyz", "12345", "g" * 64])
def test_neither_hex_nor_file(typed: str) -> None:
    with pytest.raises(InputError):
        parse_root_argument(typed)

"""Safe loading: exact numbers, duplicate keys, caps, encodings, and errors that name file and place."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from verifier_gui.core import loading
from verifier_gui.core.errors import InputError
from verifier_gui.core.loading import Source, parse_json, read_capped


def test_numbers_are_exact_never_float() -> None:
    doc = parse_json('{"a": 0.1, "b": 12345678901234567890123, "c": 1e-8}', "f.json")
    assert doc["a"] == Decimal("0.1") and isinstance(doc["a"], Decimal)
    assert doc["b"] == 12345678901234567890123 and isinstance(doc["b"], int)
    assert doc["c"] == Decimal("1e-8")


def test_duplicate_keys_rejected_with_the_key_named() -> None:
    with pytest.raises(InputError) as err:
        parse_json('{"self": {"hash": "a", "hash": "b"}}', "proof.json")
    assert err.value.code == "duplicate-key"
    assert "proof.json" in err.value.message and "'hash'" in err.value.message


def test_syntax_error_names_file_line_and_column() -> None:
    with pytest.raises(InputError) as err:
        parse_json('{\n  "a": 1,\n  "b" 2\n}', "proof.json")
    assert err.value.code == "not-json"
    assert "proof.json: line 3, column 7" in err.value.message


def test_byte_order_mark_is_accepted() -> None:
    src = Source("bom.json", b"\xef\xbb\xbf" + b'{"a": "1"}')
    assert src.json() == {"a": "1"}


def test_invalid_utf8_is_a_clear_error() -> None:
    with pytest.raises(InputError) as err:
        Source("bin.json", b'{"a":\n "\xff\xfe"}').json()
    assert err.value.code == "not-text" and "bin.json: line 2" in err.value.message


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_rejected(literal: str) -> None:
    with pytest.raises(InputError):
        parse_json(f'{{"a": {literal}}}', "f.json")


def test_huge_number_rejected_quickly() -> None:
    with pytest.raises(InputError) as err:
        parse_json('{"a": ' + "9" * 100_000 + "}", "f.json")
    assert err.value.code == "number-too-long"
    with pytest.raises(InputError):
        parse_json('{"a": 0.' + "1" * 100_000 + "}", "f.json")


def test_deep_nesting_rejected() -> None:
    shallow = "[" * loading.MAX_JSON_DEPTH + "]" * loading.MAX_JSON_DEPTH
    parse_json(shallow, "ok.json")
    for depth in (loading.MAX_JSON_DEPTH + 1, 100_000):
        with pytest.raises(InputError) as err:
            parse_json("[" * depth + "]" * depth, "deep.json")
        assert err.value.code == "nesting-too-deep"


def test_size_cap_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    assert len(read_capped(big, max_bytes=2048)) == 2048
    with pytest.raises(InputError) as err:
        read_capped(big, max_bytes=2047)
    assert err.value.code == "file-too-large" and "big.json" in err.value.message


def test_missing_file_and_folder_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_capped(tmp_path / "nope.json")
    assert err.value.code == "file-not-found"
    with pytest.raises(InputError) as err:
        read_capped(tmp_path)
    assert err.value.code == "not-a-file"

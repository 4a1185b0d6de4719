"""The canonical writers reproduce the exchanges' text. Expected strings follow Go shopspring/decimal's
documented behaviour (RoundDown truncates toward zero; String() prints no exponent and no trailing zeros)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from verifier_gui.core.amounts import add, go_round_down_8, is_canonical_8, parse_plain_decimal, significant_places


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("0", "0"),
        ("1.000069", "1.000069"),
        ("1.123456789", "1.12345678"),
        ("-1.999999999", "-1.99999999"),  # toward zero, not floor
        ("0.000000009", "0"),
        ("-0.000000009", "0"),  # never "-0"
        ("10.50000000", "10.5"),
        ("100", "100"),
        ("3137909428.88369702", "3137909428.88369702"),
        ("1E+3", "1000"),  # no exponent in the output
        ("123456789012345678901234567890.123456789", "123456789012345678901234567890.12345678"),
    ],
)
def test_go_round_down_8(value: str, text: str) -> None:
    assert go_round_down_8(Decimal(value)) == text


def test_add_is_exact_beyond_default_precision() -> None:
    a = Decimal("12345678901234567890123456789.00000001")
    assert add(a, Decimal("0.00000001")) == Decimal("12345678901234567890123456789.00000002")


@pytest.mark.parametrize("bad", ["", "1.", ".5", "+1", "1e5", "1,5", " 1", "0x10", "--1", "NaN", "1" * 101])
def test_parse_plain_decimal_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_plain_decimal(bad)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("1.5", True), ("1.50", False), ("0", True), ("-0", False), ("01", False), ("1.123456789", False)],
)
def test_is_canonical_8(text: str, canonical: bool) -> None:
    assert is_canonical_8(text) is canonical


def test_significant_places() -> None:
    assert significant_places("1.2300") == 2
    assert significant_places("7") == 0
    assert significant_places("0.000000001") == 9

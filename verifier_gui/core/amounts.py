"""Exact decimal amounts: strict parsing and the canonical writers each format hashes.

No float ever touches an amount. Each exchange writes the text it hashes with its own library's rules
(Go shopspring ``decimal``, Java ``BigDecimal``, …); the writers here reproduce that text byte for byte,
because a single differing character changes every hash above it.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Context, Decimal, InvalidOperation

from .loading import MAX_NUMBER_CHARS
from .text import text as T

# Enough digits for any amount the loader lets through (MAX_NUMBER_CHARS) plus the 8 places we keep,
# so exact sums never round.
_CONTEXT = Context(prec=2 * MAX_NUMBER_CHARS + 16, rounding=ROUND_DOWN)
_EIGHT_PLACES = Decimal("1e-8")

#: Plain decimal text: optional minus, digits, optional fraction. No exponent, no plus sign, no spaces.
PLAIN_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def parse_plain_decimal(text: str) -> Decimal:
    """Parse plain decimal text such as ``"0.00007282"`` or ``"-3"``; raise ValueError for anything else."""
    if len(text) > MAX_NUMBER_CHARS or not PLAIN_DECIMAL.fullmatch(text):
        raise ValueError(T("{text!r} is not a plain decimal number", text=text[:40]))
    return Decimal(text)


def add(*values: Decimal) -> Decimal:
    """Exact sum (the default context would round at 28 digits)."""
    total = Decimal(0)
    for v in values:
        total = _CONTEXT.add(total, v)
    return total


def go_round_down_8(value: Decimal) -> str:
    """The text of shopspring ``d.RoundDown(8).String()``: truncated toward zero to 8 places, trailing
    zeros and a bare point removed, no exponent, ``"0"`` for zero (never ``"-0"``)."""
    try:
        truncated = _CONTEXT.quantize(value, _EIGHT_PLACES)
    except InvalidOperation:
        raise ValueError(T("amount {value} is too large to write exactly", value=value)) from None
    return plain_text(truncated)


def plain_text(value: Decimal) -> str:
    """Positional text with trailing fractional zeros stripped and no ``-0``."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def significant_places(text: str) -> int:
    """Decimal places of plain decimal text, ignoring trailing zeros (``"1.2300"`` → 2)."""
    _, _, fraction = text.partition(".")
    return len(fraction.rstrip("0"))


def is_canonical_8(text: str) -> bool:
    """True when ``text`` is what the Go writer would print: at most 8 places, no trailing zeros, no ``-0``,
    no leading zeros."""
    try:
        value = parse_plain_decimal(text)
    except ValueError:
        return False
    return go_round_down_8(value) == text

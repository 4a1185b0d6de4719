"""Java library behaviour that exchanges' hashed text depends on: ``BigDecimal`` text and ``HashMap`` order.

Bitget's proofs (specs/bitget.md §4, §6) hash JSON written by Java: amounts are printed by
``java.math.BigDecimal`` and the coins come out in ``java.util.HashMap`` iteration order. Both are
reproduced here from the Java SE documentation and the OpenJDK ``HashMap`` rules, not from Python's
``Decimal`` printing (which happens to agree for ``toString``; the tests check both against hand values).

A ``Decimal`` stands for a ``BigDecimal`` as (unscaled value, scale) = (sign·coefficient, -exponent).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from .text import text as T

# --- BigDecimal text ----------------------------------------------------------------------------------


def _unscaled_and_scale(value: Decimal) -> tuple[bool, str, int]:
    """(negative, digits of |unscaled value|, scale). Java has no negative zero, so -0 is not negative."""
    if not value.is_finite():
        raise ValueError(T("{value} is not a finite decimal", value=value))
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits)).lstrip("0") or "0"
    return bool(sign) and text != "0", text, -exponent


def bigdecimal_to_string(value: Decimal) -> str:
    """``BigDecimal.toString()``: plain when scale >= 0 and the adjusted exponent >= -6, otherwise
    scientific with one digit before the point and a signed exponent (``5.4E-7``, ``1.23E+3``, ``0E-8``)."""
    negative, digits, scale = _unscaled_and_scale(value)
    adjusted = -scale + (len(digits) - 1)
    if scale >= 0 and adjusted >= -6:
        body = _place_point(digits, scale)
    else:
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        body += "E" + ("-" if adjusted < 0 else "+") + str(abs(adjusted))
    return ("-" if negative else "") + body


def bigdecimal_to_plain_string(value: Decimal) -> str:
    """``BigDecimal.toPlainString()``: never an exponent; the scale's trailing zeros are kept
    (``0.00000000``); a negative scale appends zeros; zero with a negative scale is ``0`` (JDK 8+)."""
    negative, digits, scale = _unscaled_and_scale(value)
    if scale < 0:
        body = "0" if digits == "0" else digits + "0" * -scale
    else:
        body = _place_point(digits, scale)
    return ("-" if negative else "") + body


def bigdecimal_strip_plain(value: Decimal) -> str:
    """``stripTrailingZeros()`` then ``toPlainString()`` (a negative scale set to 0 first): the text
    ``"0.00012635"``, ``"100"``, ``"0"`` Bitget's scheme B writes (specs/bitget.md §4)."""
    negative, digits, scale = _unscaled_and_scale(value)
    if digits == "0":
        return "0"  # JDK 8+: stripTrailingZeros() of any zero is BigDecimal.ZERO
    while scale > 0 and digits.endswith("0"):
        digits, scale = digits[:-1], scale - 1
    return bigdecimal_to_plain_string(Decimal(f"{'-' if negative else ''}{digits}E{-scale}"))


def _place_point(digits: str, scale: int) -> str:
    if scale == 0:
        return digits
    if len(digits) > scale:
        return digits[:-scale] + "." + digits[-scale:]
    return "0." + "0" * (scale - len(digits)) + digits


# --- HashMap<String, …> iteration order ---------------------------------------------------------------

_DEFAULT_CAPACITY = 16  # new HashMap<>()
_LOAD_FACTOR_NUM, _LOAD_FACTOR_DEN = 3, 4  # 0.75
_TREEIFY_THRESHOLD = 8  # a bin that already holds 8 keys is treeified (or the table grows) on the 9th
_MIN_TREEIFY_CAPACITY = 64  # below this the table grows instead of treeifying


class UnsupportedKeySet(ValueError):
    """The keys would make HashMap turn a bin into a red-black tree, whose order is not modelled."""


def string_hash_code(text: str) -> int:
    """``String.hashCode()``: s[0]·31^(n-1) + … + s[n-1] over UTF-16 code units, as a signed 32-bit int."""
    data = text.encode("utf-16-be")
    h = 0
    for i in range(0, len(data), 2):
        h = (31 * h + (data[i] << 8 | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


def spread_hash(key: str) -> int:
    """``HashMap.hash(key)``: h ^ (h >>> 16), as an unsigned 32-bit value (only its low bits are used)."""
    h = string_hash_code(key) & 0xFFFFFFFF
    return h ^ (h >> 16)


def hashmap_capacity(keys: Iterable[str]) -> int:
    """The table size of a ``new HashMap<>()`` after putting ``keys`` in this order.

    It doubles when the size passes 0.75·capacity, and also when a put lands a 9th key in one bin while
    the table is smaller than 64 (``treeifyBin`` resizes instead of treeifying). Raises UnsupportedKeySet
    when a bin would be treeified, since tree bins iterate in a different order.
    """
    capacity = _DEFAULT_CAPACITY
    placed: list[int] = []
    per_bin: Counter[int] = Counter()
    for key in dict.fromkeys(keys):  # putting an existing key again changes neither order nor size
        h = spread_hash(key)
        in_bin = per_bin[h & (capacity - 1)]
        placed.append(h)
        per_bin[h & (capacity - 1)] += 1
        grow = 0
        if in_bin >= _TREEIFY_THRESHOLD:
            if capacity >= _MIN_TREEIFY_CAPACITY:
                raise UnsupportedKeySet(T(
                    "more than {TREEIFY_THRESHOLD} keys share one HashMap bin",
                    TREEIFY_THRESHOLD=_TREEIFY_THRESHOLD,
                ))
            grow += 1
        if len(placed) * _LOAD_FACTOR_DEN > (capacity << grow) * _LOAD_FACTOR_NUM:
            grow += 1
        if grow:
            capacity <<= grow
            per_bin = Counter(p & (capacity - 1) for p in placed)
    return capacity


def hashmap_order(keys: Iterable[str]) -> list[str]:
    """Iteration order of a ``new HashMap<>()`` into which ``keys`` were put in this order.

    Iteration walks the table by ascending bin index ``spread_hash & (capacity-1)``; keys in one bin come
    in insertion order (a resize splits each bin keeping the relative order).
    """
    unique = list(dict.fromkeys(keys))
    mask = hashmap_capacity(unique) - 1
    position = {key: i for i, key in enumerate(unique)}
    return sorted(unique, key=lambda k: (spread_hash(k) & mask, position[k]))

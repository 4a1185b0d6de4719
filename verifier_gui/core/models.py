"""Shared pieces of the pydantic models: the strict base, common field types, and readable errors.

Files are parsed by :mod:`loading` first (exact numbers, no duplicate keys); the plain objects are then
validated here against frozen models that forbid unknown fields. A validation error becomes one
:class:`InputError` whose message names the file and the place, such as ``path[3].balances.BTC``.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError

from .amounts import parse_plain_decimal
from .errors import InputError


class StrictModel(BaseModel):
    """Frozen, no unknown fields, no type coercion (a JSON number is not a string, a string not a number)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


def _plain_decimal(text: str) -> str:
    parse_plain_decimal(text)  # raises ValueError with a readable message
    return text


#: 64 hex digits, any case (a SHA-256 digest as text).
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{64}$")]
#: A decimal amount written as JSON text, kept as the exact text because formats hash the text.
AmountText = Annotated[str, AfterValidator(_plain_decimal)]

M = TypeVar("M", bound=BaseModel)


def format_location(loc: tuple[int | str, ...]) -> str:
    """``('path', 3, 'balances', 'BTC')`` → ``path[3].balances.BTC``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "the top level"


_MESSAGES = {
    "missing": "this field is missing",
    "extra_forbidden": "this field is not part of the format",
    "string_type": "must be text (a JSON string)",
    "int_type": "must be a whole number",
    "dict_type": "must be an object",
    "list_type": "must be a list",
    "model_type": "must be an object",
    "string_pattern_mismatch": "is not in the expected form",
}


def _sentence(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "value_error":
        # our own validators: pydantic prefixes "Value error, "
        return str(err.get("msg", "")).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and "{64}" in str(err.get("ctx", {}).get("pattern", "")):
        return "must be 64 hexadecimal digits"
    return _MESSAGES.get(kind, str(err.get("msg", "is not valid")))


def validate(model: type[M], obj: Any, source_name: str, what: str) -> M:
    """Validate ``obj`` against ``model``; on failure raise InputError naming the file and the place."""
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        errors = exc.errors()
        parts = [f"{format_location(tuple(e['loc']))}: {_sentence(e)}" for e in errors[:3]]
        more = f" (and {len(errors) - 3} more problems)" if len(errors) > 3 else ""
        raise InputError(
            "invalid-proof", f"{source_name}: not a valid {what}: " + "; ".join(parts) + more + "."
        ) from None

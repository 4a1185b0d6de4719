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
from .text import listing
from .text import text as T


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
    return out or T("the top level")


def _message(kind: str) -> str | None:
    """Our sentence for a pydantic error type (None: pydantic's own English message is kept)."""
    if kind == "missing":
        return T("this field is missing")
    if kind == "extra_forbidden":
        return T("this field is not part of the format")
    if kind == "string_type":
        return T("must be text (a JSON string)")
    if kind == "int_type":
        return T("must be a whole number")
    if kind in ("dict_type", "model_type"):
        return T("must be an object")
    if kind == "list_type":
        return T("must be a list")
    if kind == "string_pattern_mismatch":
        return T("is not in the expected form")
    return None


def _sentence(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "value_error":
        # our own validators raise ValueError(text(...)): keep that Text (pydantic's msg is a plain copy with
        # "Value error, " in front)
        original = err.get("ctx", {}).get("error")
        if isinstance(original, ValueError) and original.args and isinstance(original.args[0], str):
            return original.args[0]
        return str(err.get("msg", "")).removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and "{64}" in str(err.get("ctx", {}).get("pattern", "")):
        return T("must be 64 hexadecimal digits")
    return _message(kind) or str(err.get("msg", "is not valid"))


def validate(model: type[M], obj: Any, source_name: str, what: str) -> M:
    """Validate ``obj`` against ``model``; on failure raise InputError naming the file and the place."""
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        errors = exc.errors()
        parts = [T("{place}: {problem}", place=format_location(tuple(e["loc"])), problem=_sentence(e))
                 for e in errors[:3]]
        more = T(" (and {count} more problems)", count=len(errors) - 3) if len(errors) > 3 else ""
        raise InputError(
            "invalid-proof",
            T("{file}: not a valid {what}: {problems}{more}.", file=source_name, what=what, problems=listing(parts),
              more=more),
        ) from None

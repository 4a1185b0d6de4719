"""verify_file: the one call every face makes. It never raises for bad input and never says pass by accident."""

from __future__ import annotations

import dataclasses
import hashlib
import os

from .errors import InputError
from .loading import Source
from .options import VerifyOptions
from .registry import FormatSpec, all_formats, detect, get_format
from .result import ErrorInfo, Result, error_result
from .text import text as T


def verify_file(path: str | os.PathLike[str], options: VerifyOptions | None = None) -> Result:
    """Read, detect and verify one proof file."""
    name = str(path)
    try:
        source = Source.from_path(path)
    except InputError as exc:
        return error_result(name, exc)
    return verify_source(source, options or VerifyOptions())


def verify_source(source: Source, options: VerifyOptions) -> Result:
    """Verify already-read bytes; the result records their SHA-256 so a receipt can name what was checked."""
    return dataclasses.replace(_verify_source(source, options), input_sha256=hashlib.sha256(source.data).hexdigest())


def _verify_source(source: Source, options: VerifyOptions) -> Result:
    spec: FormatSpec | None = None
    try:
        spec = choose_format(source, options.format_id)
        return spec.verify(source, options)
    except InputError as exc:
        return error_result(source.name, exc, spec.info if spec else None)
    except Exception as exc:  # a bug in a format module must still end as an error, never as a pass
        return Result(
            file=source.name,
            verdict="error",
            format=spec.info if spec else None,
            error=ErrorInfo(
                "internal-error",
                T("{name}: the verifier hit an internal error ({kind}: {exc}). Nothing was concluded about this "
                  "file. Please report this with the file's format.", name=source.name, kind=type(exc).__name__,
                  exc=str(exc)),
            ),
        )


def choose_format(source: Source, format_id: str | None) -> FormatSpec:
    if format_id:
        spec = get_format(format_id)
        if spec is None:
            known = ", ".join(f.id for f in all_formats())
            raise InputError("unknown-format-id", T(
                "Unknown or unsupported format id {format_id!r}. Supported: {known}.",
                format_id=format_id, known=known,
            ))
        return spec
    candidates = detect(source)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        names = ", ".join(c.id for c in candidates)
        raise InputError(
            "ambiguous-format",
            T(
                "{name}: this file fits several formats ({names}); choose one with --format.",
                name=source.name, names=names,
            ),
            candidates=tuple(c.id for c in candidates),
        )
    # Nothing recognised it. If it is not even JSON/text, say that: it is the more useful message.
    source.text  # raises not-text
    if source.json_or_none() is None and source.data.lstrip()[:1] in (b"{", b"["):
        source.json()  # raises the precise JSON error with line and column
    raise InputError(
        "unknown-format",
        T("{name}: this does not look like any supported proof format{shape}. Run 'reserve-verify formats' to "
          "see the supported formats.", name=source.name, shape=_shape_hint(source)),
    )


def _shape_hint(source: Source) -> str:
    doc = source.json_or_none()
    if isinstance(doc, dict):
        keys = ", ".join(list(doc)[:8])
        return T(" (a JSON object with the keys {keys})", keys=keys) if keys else T(" (an empty JSON object)")
    if isinstance(doc, list):
        return T(" (a JSON list)")
    if doc is None:
        return T(" (it is not JSON)")
    return ""

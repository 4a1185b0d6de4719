"""verify_file: the one call every face makes. It never raises for bad input and never says pass by accident."""

from __future__ import annotations

import dataclasses
import hashlib
import os

from . import limits
from .errors import InputError
from .loading import Source
from .options import VerifyOptions
from .registry import FormatSpec, all_formats, detect, get_format, overlap_order
from .result import ErrorInfo, Result, error_result
from .text import text as T


def verify_file(path: str | os.PathLike[str], options: VerifyOptions | None = None) -> Result:
    """Read, detect and verify one proof file."""
    name = str(path)
    try:
        source = Source.from_path(path)
    except InputError as exc:
        if exc.code == "file-too-large":
            return _verify_large(name, options or VerifyOptions(), exc)
        return error_result(name, exc)
    return verify_source(source, options or VerifyOptions())


#: How much of a file too large to read whole is read to recognise a streaming format.
HEAD_BYTES = 64 * 1024


def _verify_large(name: str, options: VerifyOptions, too_large: InputError) -> Result:
    """A file over the proof size cap: only a format that streams its file (a full tree) may take it, recognised
    from the file's head; anything else keeps the size error."""
    try:
        with open(name, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError:
        return error_result(name, too_large)
    source = Source(name, head, path=name, partial=True)
    if options.format_id:
        spec = get_format(options.format_id)
        candidates = [spec] if spec is not None and spec.streams else []
    else:
        candidates = [f for f in all_formats() if f.streams and f.sniff(source)]
    if len(candidates) != 1:
        return error_result(name, too_large)
    result = _run(candidates[0], source, options)
    digest = hashlib.sha256()
    try:
        with open(name, "rb") as fh:
            for chunk in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(chunk)
    except OSError:
        return result
    return dataclasses.replace(result, input_sha256=digest.hexdigest())


def verify_source(source: Source, options: VerifyOptions) -> Result:
    """Verify already-read bytes; the result records their SHA-256 so a receipt can name what was checked."""
    return dataclasses.replace(_verify_source(source, options), input_sha256=hashlib.sha256(source.data).hexdigest())


def _verify_source(source: Source, options: VerifyOptions) -> Result:
    try:
        doc = source.json_or_none()
        if doc is not None:
            limits.check_document(doc, source.name)  # path steps and asset counts, before any format loops
        pair = overlap_order(detect(source)) if not options.format_id else None
        if pair is not None:
            return _verify_overlap(source, options, pair)
        spec = choose_format(source, options.format_id)
    except InputError as exc:
        return error_result(source.name, exc)
    return _run(spec, source, options)


def _run(spec: FormatSpec, source: Source, options: VerifyOptions) -> Result:
    try:
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


def _verify_overlap(source: Source, options: VerifyOptions, pair: tuple[FormatSpec, FormatSpec]) -> Result:
    """Two formats fit the file's shape (registry.OVERLAPS): the preferred one is named unless the file fails
    there and passes under the other."""
    preferred, other = pair
    try:
        result = preferred.verify(source, options)
    except InputError as exc:
        result = error_result(source.name, exc, preferred.info)
    if result.verdict == "pass":
        return result
    try:
        alternative = other.verify(source, options)
    except InputError:
        return result
    return alternative if alternative.verdict == "pass" else result


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

"""The one exception the core raises for bad input, carrying a stable code and a readable message."""

from __future__ import annotations


class InputError(Exception):
    """Input that cannot be verified: unreadable, malformed, unsupported or too large.

    ``code`` is a stable kebab-case identifier (the ``error.code`` of the JSON result); ``message`` is a
    sentence for people that names the file and, where known, the place in it.
    """

    def __init__(self, code: str, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.candidates = candidates  # for ambiguous-format: the format ids the file fits, to choose from

    def __str__(self) -> str:
        return self.message

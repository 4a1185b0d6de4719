"""Sentences for people that the app can show in another language.

The core writes its messages (check details, failures, errors, warning details, step labels) in English, because
the command line and the JSON reports are English. The app shows them in the user's language too, so each
message is made with :func:`text` from a *template* and its *values*::

    text("Leaf hash {computed} differs from the file's {expected}.", computed=a, expected=b)

The result is a :class:`Text`: an ordinary ``str`` holding the English sentence (so JSON, the CLI and every
``==`` keep working) that also remembers ``template`` and ``values``. The app looks the template up in its
translations (context ``core``) and fills in the values, translating values that are themselves ``Text``.

Rules, checked by tests: the template is a string literal (the translation tool collects every ``text("…")``
call of the core by reading the source), placeholders are named (``{name}``, with an optional format spec such
as ``{count:,}``), and a literal brace is written ``{{`` / ``}}``. Values are data (hashes, amounts, file names,
numbers) or other ``Text``; never an English phrase built by hand, which would stay English.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Text(str):
    """An English sentence that keeps the template and values it was rendered from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Text:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def __add__(self, other: str) -> Text:  # type: ignore[override]
        # "a" + text(...) and text(...) + "b" keep the translatable part (Python calls a subclass's __radd__ first)
        return Text("{a}{b}", a=self, b=other) if isinstance(other, str) else NotImplemented

    def __radd__(self, other: str) -> Text:
        return Text("{a}{b}", a=other, b=self) if isinstance(other, str) else NotImplemented

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would call Text(rendered) and lose the template (batch workers pickle results).
        return (_rebuild, (self.template, self.values))

    def __repr__(self) -> str:
        # The English sentence, as for any str: results, lists and test messages print what people read
        # (``.template`` and ``.values`` are there for whoever needs them).
        return str.__repr__(self)


def _rebuild(template: str, values: dict[str, Any]) -> Text:
    return Text(template, **values)


def text(template: str, /, **values: Any) -> Text:
    """A translatable sentence: ``template`` (a string literal) with its named ``values`` filled in."""
    return Text(template, **values)


#: The template :func:`sentences` builds for n parts; each is in the translations as itself.
_JOINED = {n: " ".join("{p%d}" % i for i in range(n)) for n in range(2, 9)}


def sentences(*parts: str) -> str:
    """Sentences joined with a space, each still translatable. Empty parts are left out; one part is returned as
    it is. More than eight parts fall back to plain text (nothing in the core writes that many)."""
    kept = [p for p in parts if p]
    if not kept:
        return ""
    if len(kept) == 1:
        return kept[0]
    template = _JOINED.get(len(kept))
    if template is None:
        return " ".join(kept)
    return Text(template, **{f"p{i}": part for i, part in enumerate(kept)})


def listing(parts: Iterable[str], *, commas: bool = False) -> str:
    """Items joined with "; " (or ", " with ``commas``), each still translatable (the separator is translated
    too: Chinese uses "；" and "、"). One item is returned as it is; none gives ""."""
    items = [p for p in parts if p]
    if not items:
        return ""
    joined = items[-1]
    for item in reversed(items[:-1]):
        if commas:
            joined = Text("{first}, {rest}", first=item, rest=joined)
        else:
            joined = Text("{first}; {rest}", first=item, rest=joined)
    return joined


def render(value: Any, translate: Any) -> str:
    """``value`` in another language: ``translate(template) -> template`` is applied to every ``Text`` in it,
    recursively, and the values are filled into the translated template. A plain ``str`` comes back as it is; a
    translation that does not format (a broken placeholder) falls back to the English sentence."""
    if not isinstance(value, Text):
        return value if isinstance(value, str) else str(value)
    values = {key: render(v, translate) if isinstance(v, str) else v for key, v in value.values.items()}
    try:
        return translate(value.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return value.template.format(**values)

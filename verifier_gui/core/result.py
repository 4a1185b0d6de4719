"""The result of one verification: the single object every face (app, command line, reports) renders.

``Result.to_json()`` is the schema-1 object of ``specs/CLI.md``. A result is built through
:class:`ResultBuilder`, which decides the verdict itself, so no format can hand back ``pass`` for
something it did not recompute: pass needs at least one check, every check passed, and a recomputed
root equal to the expected root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .catalogue import warning_message
from .errors import InputError
from .text import Text, sentences
from .text import text as T

if TYPE_CHECKING:
    from .roots import PublishedRoot

Verdict = Literal["pass", "fail", "error"]
RootSource = Literal["published", "file"]


@dataclass(frozen=True)
class FormatInfo:
    id: str
    exchange: str
    name: str
    variant: str | None = None


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class ResultWarning:
    """``message`` is the catalogue sentence followed by ``detail``, what in this file triggered it (kept
    apart too, so the app can translate the catalogue sentence and show the detail as it is)."""

    code: str
    message: str
    detail: str = ""


@dataclass(frozen=True)
class Failure:
    step: str
    expected: str
    computed: str
    message: str


@dataclass(frozen=True)
class ErrorInfo:
    code: str
    message: str
    candidates: tuple[str, ...] = ()  # ambiguous-format: the format ids to choose from (not in the schema)


@dataclass(frozen=True)
class PathStep:
    """One node of the recomputed path, bottom-up, for the path picture and the expert details.

    ``preimage`` is the exact text that was hashed; ``ok`` is False on the step where a mismatch was found,
    None where nothing could be compared at that node.
    """

    label: str
    height: int | None
    computed: str
    preimage: str | None = None
    sibling: str | None = None
    sibling_side: Literal["left", "right"] | None = None
    # A k-way layer (the 64-way layers of zk formats): every child of the parent in order, this node included,
    # and this node's index among them. Binary steps leave these empty and use sibling/sibling_side.
    children: tuple[str, ...] = ()
    position: int | None = None
    sums: dict[str, str] | None = None
    ok: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class Result:
    file: str
    verdict: Verdict
    format: FormatInfo | None = None
    root_computed: str | None = None
    root_expected: str | None = None
    root_source: RootSource | None = None
    user_id: str | None = None
    balances: dict[str, str] = field(default_factory=dict)
    totals: dict[str, str] | None = None
    checks: tuple[Check, ...] = ()
    warnings: tuple[ResultWarning, ...] = ()
    failure: Failure | None = None
    error: ErrorInfo | None = None
    steps: tuple[PathStep, ...] = ()
    root_origin: str | None = None  # where the expected root came from, in words ("typed", a file name)
    input_sha256: str | None = None  # SHA-256 of the proof bytes verified (for receipts; not in the schema)
    # Facts read from the file that only batch findings compare across files: "nonce" (or salt) and "audit_id"
    # of the user's own leaf. Not in the JSON schema: a report must not spread users' secrets.
    facts: dict[str, str] = field(default_factory=dict)

    def warning_codes(self) -> list[str]:
        return [w.code for w in self.warnings]

    def to_json(self) -> dict[str, Any]:
        """The schema-1 object of specs/CLI.md: amounts as strings, hashes as lower-case hex."""
        fmt = self.format
        return {
            "schema": 1,
            "file": self.file,
            "verdict": self.verdict,
            "format": None
            if fmt is None
            else {"id": fmt.id, "exchange": fmt.exchange, "name": fmt.name, "variant": fmt.variant},
            "root": {"computed": self.root_computed, "expected": self.root_expected, "source": self.root_source},
            "user": {"id": self.user_id, "balances": dict(self.balances)},
            "totals": None if self.totals is None else dict(self.totals),
            "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in self.checks],
            "warnings": [{"code": w.code, "message": w.message} for w in self.warnings],
            "failure": None
            if self.failure is None
            else {
                "step": self.failure.step,
                "expected": self.failure.expected,
                "computed": self.failure.computed,
                "message": self.failure.message,
            },
            "error": None if self.error is None else {"code": self.error.code, "message": self.error.message},
        }


def error_result(file: str, exc: InputError, fmt: FormatInfo | None = None) -> Result:
    return Result(file=file, verdict="error", format=fmt, error=ErrorInfo(exc.code, exc.message, exc.candidates))


def _catalogued(code: str) -> Text:
    """The catalogue's sentence for ``code`` as a Text whose template is the sentence itself: the app translates
    it by its English text (context "catalogue", as the catalogue strings are listed), the detail as any Text."""
    message = warning_message(code)
    return Text(message.replace("{", "{{").replace("}", "}}"))


def normalise_hex(value: str) -> str:
    """Lower-case hex without a ``0x`` prefix (the form every result uses)."""
    value = value.strip()
    if value[:2] in ("0x", "0X"):
        value = value[2:]
    return value.lower()


class ResultBuilder:
    """Collects checks, warnings and path steps while a format verifies, then decides the verdict."""

    def __init__(self, file: str, fmt: FormatInfo) -> None:
        self.file = file
        self.format = fmt
        self.checks: list[Check] = []
        self.warnings: list[ResultWarning] = []
        self.steps: list[PathStep] = []
        self.failure: Failure | None = None
        self.user_id: str | None = None
        self.balances: dict[str, str] = {}
        self.totals: dict[str, str] | None = None
        self.root_computed: str | None = None
        self.root_expected: str | None = None
        self.root_source: RootSource | None = None
        self.root_origin: str | None = None
        self.facts: dict[str, str] = {}  # see Result.facts

    def check(
        self,
        name: str,
        ok: bool,
        detail: str,
        *,
        expected: str = "",
        computed: str = "",
        message: str | None = None,
    ) -> bool:
        """Record one check; the first failing check becomes the result's ``failure``."""
        self.checks.append(Check(name, bool(ok), detail))
        if not ok and self.failure is None:
            self.failure = Failure(step=name, expected=expected, computed=computed, message=message or detail)
        return bool(ok)

    def warn(self, code: str, detail: str | None = None) -> None:
        """Add a warning from the catalogue, with an optional sentence on what in this file triggered it.
        A code is added once; later details for the same code are appended to its message."""
        for i, existing in enumerate(self.warnings):
            if existing.code == code:
                if detail and detail not in existing.detail:
                    joined = sentences(existing.detail, detail)
                    self.warnings[i] = ResultWarning(code, sentences(_catalogued(code), joined), joined)
                return
        message = sentences(_catalogued(code), detail or "")
        self.warnings.append(ResultWarning(code, message, detail or ""))

    def set_expected_root(self, value: str, source: RootSource, origin: str) -> None:
        self.root_expected = normalise_hex(value)
        self.root_source = source
        self.root_origin = origin

    def expect_root(
        self,
        computed: str,
        published: PublishedRoot | None,
        file_root: str,
        file_origin: str,
        file_mismatch: str | None = None,
    ) -> None:
        """Set the recomputed root and what it must equal: the published root when one was given (then the
        file's own root must match too: a file that contradicts itself fails), else the file's root, with
        the warning root-from-file. ``file_mismatch`` replaces the default sentence when the file's root differs."""
        self.root_computed = computed
        if published is None:
            self.set_expected_root(file_root, "file", file_origin)
            self.warn("root-from-file")
            return
        self.set_expected_root(published.value, "published", published.origin)
        file_ok = normalise_hex(file_root) == normalise_hex(computed)
        self.check(
            T("file root"),
            file_ok,
            T("The root written in the file equals the recomputed root.")
            if file_ok
            else T("The root written in the file differs from the recomputed root."),
            expected=normalise_hex(file_root),
            computed=normalise_hex(computed),
            message=None if file_ok else file_mismatch,
        )

    def _root_mismatch_message(self, where: str) -> str:
        computed = normalise_hex(self.root_computed or "")
        message = T("The root recomputed from the proof is {computed}, but {where} is {expected}.",
                    computed=computed, where=where, expected=self.root_expected)
        top = next((s for s in reversed(self.steps) if s.preimage is not None), None)
        if top is not None:
            return sentences(message, T("The last text hashed (at {label}) was {preimage!r}.",
                                        label=top.label, preimage=top.preimage))
        return message

    def finish(self) -> Result:
        verdict: Verdict
        format_checked_something = bool(self.checks)  # before the root check below is added
        if self.root_computed is not None and self.root_expected is not None:
            same = normalise_hex(self.root_computed) == self.root_expected
            where = T("the published root") if self.root_source == "published" else T("the root written in the file")
            self.check(
                T("root"),
                same,
                T("The recomputed root equals {where}.", where=where)
                if same
                else T("The recomputed root differs from {where}.", where=where),
                expected=self.root_expected,
                computed=normalise_hex(self.root_computed),
                message=None if same else self._root_mismatch_message(where),
            )
        fully_recomputed = (
            format_checked_something and self.root_computed is not None and self.root_expected is not None
        )
        if all(c.ok for c in self.checks) and fully_recomputed and self.failure is None:
            verdict = "pass"
        else:
            verdict = "fail"
            if self.failure is None:  # defensive: a fail always says why
                self.failure = Failure(
                    step=T("root"),
                    expected=self.root_expected or "",
                    computed=self.root_computed or "",
                    message=T("The proof could not be recomputed up to a root to compare."),
                )
        return Result(
            file=self.file,
            verdict=verdict,
            format=self.format,
            root_computed=None if self.root_computed is None else normalise_hex(self.root_computed),
            root_expected=self.root_expected,
            root_source=self.root_source,
            user_id=self.user_id,
            balances=dict(self.balances),
            totals=None if self.totals is None else dict(self.totals),
            checks=tuple(self.checks),
            warnings=tuple(self.warnings),
            failure=self.failure,
            steps=tuple(self.steps),
            root_origin=self.root_origin,
            facts=dict(self.facts),
        )


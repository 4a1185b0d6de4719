"""The result builder alone decides the verdict: no pass without checks and a recomputed, matching root."""

from __future__ import annotations

from verifier_gui.core.catalogue import WARNINGS
from verifier_gui.core.result import FormatInfo, ResultBuilder

FMT = FormatInfo("x", "X", "test")


def test_a_matching_root_alone_is_never_pass() -> None:
    b = ResultBuilder("f", FMT)
    b.root_computed = "aa" * 8
    b.set_expected_root("aa" * 8, "published", "typed")
    r = b.finish()
    assert r.verdict == "fail" and r.failure is not None


def test_missing_root_is_never_pass() -> None:
    b = ResultBuilder("f", FMT)
    b.check("leaf", True, "fine")
    r = b.finish()
    assert r.verdict == "fail" and r.failure is not None


def test_matching_root_with_good_checks_passes_and_compares_case_insensitively() -> None:
    b = ResultBuilder("f", FMT)
    b.check("leaf", True, "fine")
    b.root_computed = "ABCDEF0123456789"
    b.set_expected_root("0xabcdef0123456789", "published", "typed")
    r = b.finish()
    assert r.verdict == "pass" and r.root_computed == r.root_expected == "abcdef0123456789"


def test_first_failing_check_is_the_failure() -> None:
    b = ResultBuilder("f", FMT)
    b.check("leaf", False, "leaf differs", expected="a", computed="b")
    b.check("other", False, "also differs")
    b.root_computed = "aa" * 8
    b.set_expected_root("aa" * 8, "file", "file")
    r = b.finish()
    assert r.verdict == "fail" and r.failure is not None
    assert (r.failure.step, r.failure.expected, r.failure.computed) == ("leaf", "a", "b")


def test_warning_codes_come_from_the_catalogue_and_are_kebab_case() -> None:
    b = ResultBuilder("f", FMT)
    b.warn("root-from-file")
    b.warn("root-from-file", "again")
    assert [w.code for w in b.warnings] == ["root-from-file"]
    for code in WARNINGS:
        assert code == code.lower() and " " not in code and "_" not in code

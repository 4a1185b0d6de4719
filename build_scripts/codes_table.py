"""Write the README's table of error and warning codes (between ``<!-- codes-table -->`` and the next blank line)
from the core's catalogue, with the Chinese the app shows (from the .ts). ``--check`` only says whether the
README is up to date (tests/test_catalogue.py runs that).

Usage: python build_scripts/codes_table.py [--check]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from verifier_gui.core.catalogue import ERRORS, WARNINGS  # noqa: E402

README = REPO / "README.md"
TS = REPO / "verifier_gui" / "resources" / "i18n" / "reserve_verifier_zh_CN.ts"
MARKER = "<!-- codes-table -->"


def chinese() -> dict[str, str]:
    table = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "catalogue":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                table[message.findtext("source") or ""] = translation.text
    return table


def table() -> str:
    zh = chinese()
    lines = ["| code | kind | meaning | 中文 |", "|---|---|---|---|"]
    for kind, entries in (("error", ERRORS), ("warning", WARNINGS)):
        for code, entry in entries.items():
            english = f"{entry.message} {entry.why}".replace("|", "\\|")
            chinese_text = f"{zh.get(entry.message, '')}{zh.get(entry.why, '')}".replace("|", "\\|")
            lines.append(f"| `{code}` | {kind} | {english} | {chinese_text} |")
    return "\n".join(lines)


def updated(readme: str) -> str:
    head, rest = readme.split(MARKER, 1)
    old_table_and_tail = rest.lstrip("\n")
    tail = old_table_and_tail.split("\n\n", 1)[1] if "\n\n" in old_table_and_tail else ""
    return f"{head}{MARKER}\n{table()}\n\n{tail}"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    if MARKER not in text:
        print(f"codes_table: {README} has no {MARKER} marker", file=sys.stderr)
        return 1
    new = updated(text)
    if "--check" in sys.argv:
        if new != text:
            print("codes_table: README.md's codes table is out of date: run build_scripts/codes_table.py")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    print(f"codes_table: {len(ERRORS)} error and {len(WARNINGS)} warning codes written to README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

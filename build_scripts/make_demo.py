"""Regenerate the bundled demo snapshot in verifier_gui/resources/demo/ (run: make demo)."""

from __future__ import annotations

from verifier_gui.core.demo import demo_dir, render_demo_files


def main() -> None:
    target = demo_dir()
    target.mkdir(parents=True, exist_ok=True)
    for name, text in render_demo_files().items():
        (target / name).write_text(text, encoding="utf-8")
        print(f"wrote {target / name}")


if __name__ == "__main__":
    main()

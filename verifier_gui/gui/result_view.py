"""ResultView: one core Result, rendered for a customer.

Top to bottom: the verdict in words, colour and a shape; on a fail, what did not match; the exchange and format;
the user's balances; the roots compared and where the expected root came from; the root's totals; the warnings
with why each matters; the checks; technical details behind a toggle. It only reads the Result: it never
touches files, so it can render any Result (from the app, a saved receipt, a test).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import warning_message, warning_why
from ..core.result import Result, ResultWarning
from .widgets import VERDICT_STYLES, WrappedText, monospace_font, verdict_pixmap

# Tables taller than this many rows scroll inside themselves.
_MAX_TABLE_ROWS = 12
# Warnings shown first because the user can act on them at once.
_FIRST_WARNINGS = ("root-from-file",)


def translate_catalogue(text: str) -> str:
    """Core sentences (warnings, why-it-matters lines) are English; the app translates them by their exact text
    in the "catalogue" context, so a translation file can cover the whole catalogue."""
    return QCoreApplication.translate("catalogue", text)


def warning_texts(warning: ResultWarning) -> tuple[str, str, str | None]:
    """(message, detail, why it matters) for display: the catalogue sentence translated, the file-specific
    detail as the core wrote it ("" if none), and the why line (None for a code the catalogue lacks)."""
    try:
        base, why = warning_message(warning.code), warning_why(warning.code)
    except KeyError:
        return warning.message, "", None
    return translate_catalogue(base), warning.detail, translate_catalogue(why)


def ordered_warnings(result: Result) -> list[ResultWarning]:
    first = [w for code in _FIRST_WARNINGS for w in result.warnings if w.code == code]
    return first + [w for w in result.warnings if w not in first]


class ResultView(QWidget):
    """Renders one Result. Public parts (for tests and accessibility tools): ``banner``, ``verdict_label``,
    ``verdict_detail``, ``format_label``, ``balances_table``, ``computed_root``, ``expected_root``,
    ``root_source``, ``roots_match``, ``totals_table``, ``warning_items``, ``failure_box``, ``failure_step``,
    ``error_message``, ``checks_text``, ``details_button``, ``details_text``. Parts a result does not have are
    None (``warning_items`` is then empty)."""

    def __init__(self, result: Result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.banner: QFrame
        self.setObjectName("resultView")
        self.setAccessibleName(self.tr("Verification result"))
        self.format_label: QLabel | None = None
        self.balances_table: QTableWidget | None = None
        self.computed_root: WrappedText | None = None
        self.expected_root: WrappedText | None = None
        self.root_source: WrappedText | None = None
        self.roots_match: QLabel | None = None
        self.totals_table: QTableWidget | None = None
        self.warning_items: list[WrappedText] = []
        self.failure_box: QGroupBox | None = None
        self.failure_step: QLabel | None = None
        self.error_message: WrappedText | None = None
        self.checks_text: WrappedText | None = None
        self.details_button: QPushButton | None = None
        self.details_text: WrappedText | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._build_banner())
        if result.verdict == "fail" and result.failure is not None:
            layout.addWidget(self._build_failure_box())
        if result.verdict != "error" or result.format is not None:
            layout.addWidget(self._build_format_box())
        if result.verdict != "error":
            if result.balances or result.user_id:
                layout.addWidget(self._build_balances_box())
            layout.addWidget(self._build_roots_box())
            if result.totals:
                layout.addWidget(self._build_totals_box())
        if result.warnings:
            layout.addWidget(self._build_warnings_box())
        if result.checks:
            layout.addWidget(self._build_checks_box())
        layout.addWidget(self._build_details())
        layout.addStretch(1)

    # -- the verdict ---------------------------------------------------------------------------------------------

    def verdict_text(self) -> str:
        r = self.result
        from_file = r.root_source == "file"
        if r.verdict == "pass":
            if from_file:
                return self.tr("PASS — your account is included in the root written in the proof file")
            return self.tr("PASS — your account is included in the published root")
        if r.verdict == "fail":
            if from_file:
                return self.tr("FAIL — this proof does not add up to the root written in it")
            return self.tr("FAIL — this proof does not show your account in the published root")
        return self.tr("ERROR — the file could not be verified")

    def _verdict_detail_text(self) -> str:
        r = self.result
        if r.verdict == "pass":
            if r.root_source == "file":
                return self.tr(
                    "Your entry was recomputed step by step up to the root written inside the file. That root "
                    "proves nothing by itself: compare it with the root on the exchange's proof-of-reserves page, "
                    "or paste that root above and verify again."
                )
            return self.tr(
                "Your entry was recomputed step by step, and it adds up to exactly the root the exchange published."
            )
        if r.verdict == "fail":
            return self.tr(
                "Recomputing your proof did not give the expected values. The first step that did not match is "
                "shown below. Do not rely on this proof; ask the exchange about it."
            )
        return self.tr("Nothing was concluded about this file: it was neither passed nor failed.")

    def _build_banner(self) -> QFrame:
        r = self.result
        style = VERDICT_STYLES[r.verdict]
        banner = QFrame(self)
        banner.setObjectName("verdictBanner")
        self.banner = banner
        banner.setStyleSheet(
            f"QFrame#verdictBanner {{ background: {style.background}; border: 2px solid {style.strong};"
            f" border-radius: 8px; }}"
            f" QFrame#verdictBanner QLabel, QFrame#verdictBanner QTextEdit {{ color: {style.text};"
            f" background: transparent; border: none; }}"
        )
        row = QHBoxLayout(banner)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(14)

        self.verdict_icon = QLabel(banner)
        self.verdict_icon.setPixmap(verdict_pixmap(r.verdict, 48, self.devicePixelRatioF()))
        self.verdict_icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.verdict_icon.setAccessibleName(
            {"pass": self.tr("PASS"), "fail": self.tr("FAIL"), "error": self.tr("ERROR")}[r.verdict]
        )
        row.addWidget(self.verdict_icon, 0, Qt.AlignmentFlag.AlignTop)

        column = QVBoxLayout()
        column.setSpacing(6)
        self.verdict_label = QLabel(self.verdict_text(), banner)
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        column.addWidget(self.verdict_label)

        self.verdict_detail = QLabel(self._verdict_detail_text(), banner)
        self.verdict_detail.setWordWrap(True)
        column.addWidget(self.verdict_detail)

        if r.verdict == "error" and r.error is not None:
            self.error_message = WrappedText(r.error.message, accessible_name=self.tr("Error message"), parent=banner)
            column.addWidget(self.error_message)
        row.addLayout(column, 1)
        return banner

    # -- what did not match ----------------------------------------------------------------------------------------

    def _build_failure_box(self) -> QGroupBox:
        failure = self.result.failure
        assert failure is not None
        box = QGroupBox(self.tr("What did not match"), self)
        box.setObjectName("failureBox")
        strong = VERDICT_STYLES["fail"].strong
        box.setStyleSheet(
            f"QGroupBox#failureBox {{ border: 2px solid {strong}; border-radius: 6px; margin-top: 1.4em;"
            f" padding: 10px 8px 8px 8px; font-weight: bold; }}"
            f" QGroupBox#failureBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}"
            f" QGroupBox#failureBox QLabel, QGroupBox#failureBox QTextEdit {{ font-weight: normal; }}"
        )
        box.setAccessibleName(self.tr("What did not match"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        step_text = (
            self.tr("The first step that did not match: <b>%1</b> — %2")
            .replace("%1", html.escape(failure.step))
            .replace("%2", html.escape(self.step_description(failure.step)))
        )
        self.failure_step = QLabel(step_text, box)
        self.failure_step.setWordWrap(True)
        self.failure_step.setObjectName("failureStep")
        form.addRow(self.failure_step)
        if failure.expected:
            expected = WrappedText(failure.expected, mono=True, accessible_name=self.tr("Expected value"), parent=box)
            form.addRow(self.tr("Expected:"), expected)
        if failure.computed:
            computed = WrappedText(failure.computed, mono=True, accessible_name=self.tr("Computed value"), parent=box)
            form.addRow(self.tr("Computed:"), computed)
        explained = WrappedText(failure.message, accessible_name=self.tr("What did not match, explained"), parent=box)
        form.addRow(explained)
        if failure.step == "root" and self.result.root_source == "published":
            # The root is the first failing check, so everything below it matched.
            hint = QLabel(
                self.tr(
                    "Everything below the root recomputed correctly. Check that the root you gave is the one "
                    "published for the same date as your proof file: a root from another snapshot never matches."
                ),
                box,
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        self.failure_box = box
        return box

    def step_description(self, step: str) -> str:
        """A few words on what a check name means; the core's names are short identifiers."""
        known = {
            "leaf": self.tr("your own entry (the hash of your balances and secret salt)"),
            "root": self.tr("the root, the top of the tree, compared with the expected root"),
            "file root": self.tr("the root written in the file, compared with the recomputed one"),
            "structure": self.tr("the shape of the proof (sides, types and heights)"),
            "amounts": self.tr("how the amounts are written"),
            "neighbour leaf": self.tr("the entry next to yours in the tree"),
            "root totals": self.tr("the total balances at the top of the tree"),
        }
        if step in known:
            return known[step]
        if step.startswith("padding"):
            return self.tr("a padding entry the exchange added to even out a level of the tree")
        return self.tr("a step of the recomputation")

    # -- exchange, balances, roots, totals ---------------------------------------------------------------------------

    def _build_format_box(self) -> QGroupBox:
        fmt = self.result.format
        box = QGroupBox(self.tr("Exchange and format"), self)
        layout = QVBoxLayout(box)
        if fmt is None:
            text = self.tr("Format not identified")
        else:
            text = self.tr("%1 — %2").replace("%1", fmt.exchange).replace("%2", fmt.name)
            if fmt.variant:
                text += " " + self.tr("(variant: %1)").replace("%1", fmt.variant)
        self.format_label = QLabel(text, box)
        self.format_label.setWordWrap(True)
        self.format_label.setAccessibleName(self.tr("Exchange and format"))
        self.format_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.format_label)
        return box

    def _build_balances_box(self) -> QGroupBox:
        r = self.result
        box = QGroupBox(self.tr("Your balances"), self)
        layout = QVBoxLayout(box)
        if r.user_id:
            account = QLabel(self.tr("Account: %1").replace("%1", r.user_id), box)
            account.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(account)
        self.balances_table = self._amount_table(r.balances, self.tr("Your balances"), box)
        layout.addWidget(self.balances_table, 0, Qt.AlignmentFlag.AlignLeft)
        if r.verdict == "fail":
            note = QLabel(self.tr("These are the balances written in the file; the proof did not confirm them."), box)
            note.setWordWrap(True)
            layout.addWidget(note)
        return box

    def _amount_table(self, amounts: dict[str, str], name: str, parent: QWidget) -> QTableWidget:
        table = QTableWidget(len(amounts), 2, parent)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels([self.tr("Asset"), self.tr("Amount")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTabKeyNavigation(False)
        for row, (asset, amount) in enumerate(amounts.items()):
            asset_item = QTableWidgetItem(asset)
            amount_item = QTableWidgetItem(amount)
            amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount_item.setFont(monospace_font())
            amount_item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{asset} {amount}")
            table.setItem(row, 0, asset_item)
            table.setItem(row, 1, amount_item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.setColumnWidth(0, table.columnWidth(0) + 16)
        table.setColumnWidth(1, table.columnWidth(1) + 24)
        header.setStretchLastSection(True)
        width = table.frameWidth() * 2 + table.columnWidth(0) + table.columnWidth(1)
        shown_rows = min(len(amounts), _MAX_TABLE_ROWS)
        height = table.frameWidth() * 2 + header.sizeHint().height()
        height += sum(table.rowHeight(r) for r in range(shown_rows))
        if len(amounts) > shown_rows:  # a long list scrolls inside the table instead of stretching the page
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            width += table.verticalScrollBar().sizeHint().width()
        table.setFixedSize(max(width, 280), height)
        table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return table

    def _build_roots_box(self) -> QGroupBox:
        r = self.result
        box = QGroupBox(self.tr("The root compared"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        not_computed = self.tr("(not computed)")
        self.computed_root = WrappedText(r.root_computed or not_computed, mono=True,
                                         accessible_name=self.tr("Root computed from your proof"), parent=box)
        form.addRow(self.tr("Computed from your proof:"), self.computed_root)
        self.expected_root = WrappedText(r.root_expected or self.tr("(none)"), mono=True,
                                         accessible_name=self.tr("Expected root"), parent=box)
        form.addRow(self.tr("Expected:"), self.expected_root)
        self.root_source = WrappedText(
            self.root_source_text(), accessible_name=self.tr("Where the expected root came from"), parent=box
        )
        form.addRow(self.tr("Expected root came from:"), self.root_source)
        if r.root_computed and r.root_expected:
            same = r.root_computed == r.root_expected
            self.roots_match = QLabel(
                ("✓ " + self.tr("The two roots are the same.")) if same
                else ("✗ " + self.tr("The two roots are different.")), box)
            colour = VERDICT_STYLES["pass" if same else "fail"].strong
            self.roots_match.setStyleSheet(f"color: {colour}; font-weight: bold;")
            form.addRow(self.tr("Comparison:"), self.roots_match)
        return box

    def root_source_text(self) -> str:
        r = self.result
        if r.root_source == "published":
            text = self.tr("published root")
            return f"{text}, {r.root_origin}" if r.root_origin else text
        if r.root_source == "file":
            return self.tr("taken from the proof file itself — compare it with the exchange's website")
        return self.tr("no root to compare with")

    def _build_totals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Total customer balances in the root"), self)
        layout = QVBoxLayout(box)
        note = QLabel(self.tr("What the exchange's tree adds up to for all customers. Compare it with the "
                              "liabilities on the exchange's proof-of-reserves page."), box)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.totals_table = self._amount_table(self.result.totals or {}, self.tr("Total customer balances"), box)
        layout.addWidget(self.totals_table, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- warnings, checks, details ---------------------------------------------------------------------------------

    def _build_warnings_box(self) -> QGroupBox:
        warnings = ordered_warnings(self.result)
        box = QGroupBox(self.tr("Things to know (%1)").replace("%1", str(len(warnings))), self)
        box.setObjectName("warningsBox")
        layout = QVBoxLayout(box)
        layout.setSpacing(8)
        why_label = html.escape(self.tr("Why it matters:"))
        for w in warnings:
            message, detail, why = warning_texts(w)
            body = f"<b>{html.escape(message)}</b>"
            if detail:
                body += " " + html.escape(detail)
            if why:
                body += f"<br>{why_label} {html.escape(why)}"
            row = QHBoxLayout()
            icon = QLabel(box)
            icon.setPixmap(verdict_pixmap("error", 18, self.devicePixelRatioF()))
            icon.setAccessibleName(self.tr("Warning"))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            spoken = self.tr("Warning: %1").replace("%1", f"{message} {detail}".strip())
            item = WrappedText(body, html=True, accessible_name=spoken, parent=box)
            item.setObjectName(f"warning-{w.code}")
            item.setProperty("warningCode", w.code)
            row.addWidget(item, 1)
            layout.addLayout(row)
            self.warning_items.append(item)
        return box

    def _build_checks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What was checked"), self)
        layout = QVBoxLayout(box)
        ok_word, bad_word = html.escape(self.tr("ok")), html.escape(self.tr("failed"))
        ok_colour, bad_colour = VERDICT_STYLES["pass"].strong, VERDICT_STYLES["fail"].strong
        lines = []
        for c in self.result.checks:
            mark = (f'<span style="color:{ok_colour}">✓ {ok_word}</span>' if c.ok
                    else f'<span style="color:{bad_colour}"><b>✗ {bad_word}</b></span>')
            lines.append(f"{mark} &nbsp;<b>{html.escape(c.name)}</b>: {html.escape(c.detail)}")
        self.checks_text = WrappedText("<br>".join(lines), html=True, accessible_name=self.tr("What was checked"),
                                       parent=box)
        layout.addWidget(self.checks_text)
        return box

    def details_plain_text(self) -> str:
        r = self.result
        lines = [self.tr("File: %1").replace("%1", r.file)]
        if r.format is not None:
            lines.append(self.tr("Format id: %1").replace("%1", r.format.id))
        if r.error is not None:
            lines.append(self.tr("Error code: %1").replace("%1", r.error.code))
        for s in r.steps:
            lines.append("")
            mark = {True: " ✓", False: " ✗", None: ""}[s.ok]
            lines.append(f"{s.label}{mark}")
            lines.append("  " + self.tr("hash: %1").replace("%1", s.computed))
            if s.sibling:
                lines.append("  " + self.tr("sibling (%1): %2").replace("%1", s.sibling_side or "?")
                             .replace("%2", s.sibling))
            if s.preimage is not None:
                lines.append("  " + self.tr("text hashed: %1").replace("%1", s.preimage))
            if s.note:
                lines.append("  " + s.note)
        return "\n".join(lines)

    def _build_details(self) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self.details_button = QPushButton(self.tr("Show technical &details"), holder)
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show technical details"))
        self.details_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.details_button)
        self.details_text = WrappedText(self.details_plain_text(), mono=True,
                                        accessible_name=self.tr("Technical details"), parent=holder)
        self.details_text.setVisible(False)
        layout.addWidget(self.details_text)
        self.details_button.toggled.connect(self._toggle_details)
        return holder

    def _toggle_details(self, shown: bool) -> None:
        assert self.details_text is not None and self.details_button is not None
        self.details_text.setVisible(shown)
        self.details_button.setText(self.tr("Hide technical &details") if shown else self.tr("Show technical &details"))

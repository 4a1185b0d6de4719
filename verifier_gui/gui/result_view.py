"""ResultView: one core Result, rendered for a customer.

Top to bottom: the verdict in words, colour and a shape; on a fail, what did not match; the exchange and format;
the user's balances; the roots compared and where the expected root came from; a picture of the path from the
user's leaf to the root (:class:`PathPicture`); the root's totals; the warnings with why each matters; the checks;
technical details behind a toggle (every step of the path with its full hashes and the exact text hashed, each
with a copy button, and the whole result as JSON). It only reads the Result: it never touches files, so it can
render any Result (from the app, a saved receipt, a test).
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
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
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import error_meaning, warning_message, warning_why
from ..core.registry import get_format
from ..core.result import PathStep, Result, ResultWarning
from .i18n import core_text, format_text
from .path_picture import PathPicture
from .widgets import VERDICT_STYLES, CopyButton, WrappedText, mark_colour, monospace_font, verdict_pixmap

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
        return core_text(warning.message), "", None
    return translate_catalogue(base), core_text(warning.detail), translate_catalogue(why)


def ordered_warnings(result: Result) -> list[ResultWarning]:
    first = [w for code in _FIRST_WARNINGS for w in result.warnings if w.code == code]
    return first + [w for w in result.warnings if w not in first]


class ResultView(QWidget):
    """Renders one Result. Public parts (for tests and accessibility tools): ``banner``, ``verdict_label``,
    ``verdict_detail``, ``format_label``, ``balances_table``, ``computed_root``, ``expected_root``,
    ``root_source``, ``roots_match``, ``totals_table``, ``warning_items``, ``failure_box``, ``failure_step``,
    ``error_message``, ``checks_text``, ``path_box``, ``path_picture``, ``path_toggle``, ``details_button``,
    ``details_text``, ``copy_json_button``, ``step_details`` (one :class:`StepDetails` per path step, built the
    first time the details are shown). Parts a result does not have are None (``warning_items`` and
    ``step_details`` are then empty)."""

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
        self.error_advice: WrappedText | None = None
        self.checks_text: WrappedText | None = None
        self.path_box: QGroupBox | None = None
        self.path_picture: PathPicture | None = None
        self.path_toggle: QPushButton | None = None
        self.details_button: QPushButton | None = None
        self.details_text: WrappedText | None = None
        self.copy_json_button: CopyButton | None = None
        self.step_details: list[StepDetails] = []
        self._steps_holder: QWidget | None = None

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
            if result.steps:
                layout.addWidget(self._build_path_box())
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
            self.error_message = WrappedText(core_text(r.error.message), accessible_name=self.tr("Error message"),
                                             parent=banner)
            column.addWidget(self.error_message)
            meaning = error_meaning(r.error.code)
            if meaning is not None:
                # The catalogue's advice for this kind of error: what the customer can do next.
                self.error_advice = WrappedText(
                    self.tr("What you can do: %1").replace("%1", translate_catalogue(meaning.why)),
                    accessible_name=self.tr("What you can do"),
                    parent=banner,
                )
                column.addWidget(self.error_advice)
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
            .replace("%1", html.escape(core_text(failure.step)))
            .replace("%2", html.escape(self.step_description(failure.step)))
        )
        self.failure_step = QLabel(step_text, box)
        self.failure_step.setWordWrap(True)
        self.failure_step.setObjectName("failureStep")
        form.addRow(self.failure_step)
        if failure.expected:
            expected = WrappedText(core_text(failure.expected), mono=True,
                                   accessible_name=self.tr("Expected value"), parent=box)
            form.addRow(self.tr("Expected:"), expected)
        if failure.computed:
            computed = WrappedText(core_text(failure.computed), mono=True,
                                   accessible_name=self.tr("Computed value"), parent=box)
            form.addRow(self.tr("Computed:"), computed)
        explained = WrappedText(core_text(failure.message),
                                accessible_name=self.tr("What did not match, explained"), parent=box)
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
            text = self.tr("%1 — %2").replace("%1", format_text(fmt.exchange)).replace("%2", format_text(fmt.name))
            spec = get_format(fmt.id)
            if spec is not None and spec.period:  # which period's files have this shape
                text = self.tr("%1, %2").replace("%1", text).replace("%2", format_text(spec.period))
            if fmt.variant:
                text += " " + self.tr("(variant: %1)").replace("%1", core_text(fmt.variant))
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
            colour = mark_colour("pass" if same else "fail", self.palette()).name()  # readable on dark too
            self.roots_match.setStyleSheet(f"color: {colour}; font-weight: bold;")
            form.addRow(self.tr("Comparison:"), self.roots_match)
        return box

    def _build_path_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your path to the root"), self)
        box.setObjectName("pathBox")
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Read it from the bottom up: your entry, then at each level the neighbour it was combined with, "
                "up to the root at the top. Dashed boxes are padding or copies the exchange added. Point at a "
                "box to see its full hash; double-click it for everything about that step."
            ),
            box,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.path_picture = PathPicture(self.result, box)
        self.path_picture.stepActivated.connect(self._reveal_step)
        layout.addWidget(self.path_picture)
        if self.path_picture.can_collapse():
            self.path_toggle = QPushButton(box)
            self.path_toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.path_toggle.clicked.connect(self._toggle_path)
            self.path_picture.expandedChanged.connect(self._update_path_toggle)
            self._update_path_toggle()
            layout.addWidget(self.path_toggle)
        self.path_box = box
        return box

    def _toggle_path(self) -> None:
        assert self.path_picture is not None
        if self.path_picture.is_collapsed():
            self.path_picture.expand_all()
        else:
            self.path_picture.collapse()

    def _update_path_toggle(self, *_args: object) -> None:
        assert self.path_picture is not None and self.path_toggle is not None
        if self.path_picture.is_collapsed():
            text = self.tr("Show all %1 levels").replace("%1", str(self.path_picture.row_count()))
        else:
            text = self.tr("Show fewer levels")
        self.path_toggle.setText(text)
        self.path_toggle.setAccessibleName(text)

    def root_source_text(self) -> str:
        r = self.result
        if r.root_source == "published":
            text = self.tr("published root")
            if not r.root_origin:
                return text
            return self.tr("%1, %2").replace("%1", text).replace("%2", core_text(r.root_origin))
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
        ok_colour, bad_colour = mark_colour("pass", self.palette()).name(), mark_colour("fail", self.palette()).name()
        lines = []
        for c in self.result.checks:
            mark = (f'<span style="color:{ok_colour}">✓ {ok_word}</span>' if c.ok
                    else f'<span style="color:{bad_colour}"><b>✗ {bad_word}</b></span>')
            lines.append(f"{mark} &nbsp;<b>{html.escape(core_text(c.name))}</b>: {html.escape(core_text(c.detail))}")
        self.checks_text = WrappedText("<br>".join(lines), html=True, accessible_name=self.tr("What was checked"),
                                       parent=box)
        layout.addWidget(self.checks_text)
        return box

    def details_plain_text(self) -> str:
        """The summary at the top of the details; the path's steps follow it, one box each."""
        r = self.result
        lines = [self.tr("File: %1").replace("%1", r.file)]
        if r.format is not None:
            lines.append(self.tr("Format id: %1").replace("%1", r.format.id))
        if r.input_sha256:
            lines.append(self.tr("SHA-256 of the file: %1").replace("%1", r.input_sha256))
        if r.error is not None:
            lines.append(self.tr("Error code: %1").replace("%1", r.error.code))
        if r.steps:
            lines.append(self.tr("Path: %1 steps, from your leaf up to the root.").replace("%1", str(len(r.steps))))
        return "\n".join(lines)

    def result_json(self) -> str:
        """The result as the command line prints it (schema 1), for "Copy all as JSON"."""
        return json.dumps(self.result.to_json(), indent=2, ensure_ascii=False)

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
        self.copy_json_button = CopyButton(
            self.tr("Copy all as &JSON"), self.result_json,
            accessible_name=self.tr("Copy the whole result as JSON"), parent=holder,
        )
        self.copy_json_button.setToolTip(self.tr("The result as the command line's --json prints it"))
        self.copy_json_button.setVisible(False)
        layout.addWidget(self.copy_json_button)
        if self.result.steps:
            self._steps_holder = QWidget(holder)
            self._steps_holder.setObjectName("stepDetails")
            self._steps_holder.setAccessibleName(self.tr("Every step of the path"))
            steps_layout = QVBoxLayout(self._steps_holder)
            steps_layout.setContentsMargins(0, 4, 0, 0)
            steps_layout.setSpacing(8)
            self._steps_holder.setVisible(False)
            layout.addWidget(self._steps_holder)
        self.details_button.toggled.connect(self._toggle_details)
        return holder

    def _toggle_details(self, shown: bool) -> None:
        assert self.details_text is not None and self.details_button is not None
        assert self.copy_json_button is not None
        if shown:
            self._build_step_details()
        self.details_text.setVisible(shown)
        self.copy_json_button.setVisible(shown)
        if self._steps_holder is not None:
            self._steps_holder.setVisible(shown)
        self.details_button.setText(self.tr("Hide technical &details") if shown else self.tr("Show technical &details"))
        if shown:
            self._bring_into_view(self.details_text)

    def _build_step_details(self) -> None:
        """One box per step, made the first time the details are shown (a 64-step path is a few hundred
        widgets the customer may never open)."""
        if self._steps_holder is None or self.step_details:
            return
        layout = self._steps_holder.layout()
        picture = self.path_picture
        failed = set(picture.failed_rows()) if picture is not None else set()
        failed_siblings = set(picture.failed_sibling_steps()) if picture is not None else set()
        for index, step in enumerate(self.result.steps):
            box = StepDetails(index, step, index in failed or step.ok is False, self._steps_holder,
                              sibling_failed=index in failed_siblings)
            layout.addWidget(box)
            self.step_details.append(box)

    def show_step_details(self, index: int) -> StepDetails | None:
        """Open the details and return the box of step ``index`` (None if there is no such step)."""
        if self.details_button is None or not 0 <= index < len(self.result.steps):
            return None
        self.details_button.setChecked(True)
        return self.step_details[index]

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the window's scroll area so that ``widget`` (just shown or just made) is in view."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if not isinstance(parent, QScrollArea):
            return
        area = parent

        def bring_into_view() -> None:
            # Widgets just shown settle their heights over a layout pass or two: place, then place again.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            area.ensureWidgetVisible(widget, 0, 40)

        QTimer.singleShot(0, widget, bring_into_view)
        QTimer.singleShot(150, widget, bring_into_view)

    def _reveal_step(self, index: int) -> None:
        """A double-click on the picture: open that step's details and bring them into view."""
        box = self.show_step_details(index)
        if box is None:
            return
        if box.hash_text is not None:
            box.hash_text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._bring_into_view(box)


class StepDetails(QGroupBox):
    """One step of the path for the expert: every full value selectable, each with a button to copy it.
    Public: ``hash_text``/``hash_copy``, ``sibling_text``/``sibling_copy``, ``preimage_text``/``preimage_copy``
    (None where the step has no such value), ``sums_text``, ``children_text``/``children_copy`` (a k-way layer's
    children)."""

    def __init__(
        self, index: int, step: PathStep, failed: bool, parent: QWidget | None = None, *, sibling_failed: bool = False
    ) -> None:
        mark = " ✗" if failed else (" ✓" if step.ok else "")
        label = core_text(step.label)
        super().__init__(f"{index + 1}. {label}{mark}", parent)
        self.setObjectName(f"step-{index}")
        self.setAccessibleName(
            self.tr("Step %1: %2").replace("%1", str(index + 1)).replace("%2", label)
            + (" — " + self.tr("did not match") if failed else "")
        )
        if failed:
            colour = VERDICT_STYLES["fail"].strong
            self.setStyleSheet(f"QGroupBox#step-{index} {{ border: 2px solid {colour}; border-radius: 4px;"
                               f" margin-top: 1.4em; padding-top: 6px; }}"
                               f" QGroupBox#step-{index}::title {{ subcontrol-origin: margin; left: 8px;"
                               f" padding: 0 4px; }}")
        self.hash_text: WrappedText | None = None
        self.hash_copy: CopyButton | None = None
        self.sibling_text: WrappedText | None = None
        self.sibling_copy: CopyButton | None = None
        self.preimage_text: WrappedText | None = None
        self.preimage_copy: CopyButton | None = None
        self.sums_text: WrappedText | None = None
        self.children_text: WrappedText | None = None  # a k-way layer: every child, in order
        self.children_copy: CopyButton | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if step.height is not None:
            form.addRow(self.tr("Height:"), self._plain(str(step.height)))
        if failed:
            status = QLabel("✗ " + self.tr("This step did not match."), self)
            status.setStyleSheet(f"color: {mark_colour('fail', self.palette()).name()}; font-weight: bold;")
            form.addRow(self.tr("Check:"), status)
        elif step.ok:
            form.addRow(self.tr("Check:"), self._plain("✓ " + self.tr("matched")))
        self.hash_text, self.hash_copy = self._value_row(
            form, self.tr("Hash computed:"), step.computed, self.tr("Copy hash"),
            self.tr("Copy the hash computed at %1").replace("%1", label),
        )
        if step.sibling is not None:
            side = {"left": self.tr("left"), "right": self.tr("right")}.get(step.sibling_side or "", "?")
            form.addRow(self.tr("Sibling side:"), self._plain(side))
            self.sibling_text, self.sibling_copy = self._value_row(
                form, self.tr("Sibling hash:"), step.sibling, self.tr("Copy sibling"),
                self.tr("Copy the sibling hash at %1").replace("%1", label),
            )
            if sibling_failed:
                status = QLabel("✗ " + self.tr("A check on this sibling failed (see What was checked)."), self)
                status.setWordWrap(True)
                status.setStyleSheet(f"color: {mark_colour('fail', self.palette()).name()}; font-weight: bold;")
                form.addRow(self.tr("Sibling check:"), status)
        if step.children:
            self._children_rows(form, step, label)
        if step.sums:
            self.sums_text = WrappedText(
                "   ".join(f"{asset} {amount}" for asset, amount in step.sums.items()),
                accessible_name=self.tr("Sums at %1").replace("%1", label), parent=self,
            )
            form.addRow(self.tr("Sums:"), self.sums_text)
        if step.preimage is not None:
            self.preimage_text, self.preimage_copy = self._value_row(
                form, self.tr("Text hashed:"), step.preimage, self.tr("Copy text hashed"),
                self.tr("Copy the exact text hashed at %1").replace("%1", label),
            )
        if step.note:
            form.addRow(self.tr("Note:"), self._plain(core_text(step.note)))

    def _children_rows(self, form: QFormLayout, step: PathStep, label: str) -> None:
        """A k-way layer: every child hashed into this node, in order, the user's marked, each on its own line
        with its number; the whole list, and the user's own child, can be copied."""
        yours = step.position
        lines = [f"{i + 1:>3}. {child}" + ("  ← " + self.tr("yours") if i == yours else "")
                 for i, child in enumerate(step.children)]
        title = self.tr("Children (%1):").replace("%1", str(len(step.children)))
        if yours is not None and 0 <= yours < len(step.children):
            form.addRow(self.tr("Your position:"), self._plain(
                self.tr("#%1 of %2").replace("%1", str(yours + 1)).replace("%2", str(len(step.children)))))
        self.children_text = WrappedText("\n".join(lines), mono=True,
                                         accessible_name=self.tr("Children at %1").replace("%1", label), parent=self)
        self.children_copy = CopyButton(
            self.tr("Copy all"), "\n".join(step.children),
            accessible_name=self.tr("Copy every child hash at %1").replace("%1", label), parent=self,
        )
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.children_text, 1)
        row.addWidget(self.children_copy, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(title, row)

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _value_row(
        self, form: QFormLayout, title: str, value: str, button_text: str, spoken: str
    ) -> tuple[WrappedText, CopyButton]:
        row = QHBoxLayout()
        row.setSpacing(6)
        text = WrappedText(value, mono=True, accessible_name=title.rstrip(":"), parent=self)
        button = CopyButton(button_text, value, accessible_name=spoken, parent=self)
        row.addWidget(text, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(title, row)
        return text, button

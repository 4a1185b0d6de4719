"""PathPicture: the recomputed path of a Result drawn as a tree, read from the bottom up.

The user's leaf is at the bottom and the root at the top. Each level shows the user's node with, beside it on
its own side, the sibling it was hashed with; their parent is the node one level up. Hashes are shortened
(first 8 … last 4 hex digits, the full hash in the tooltip), a node's sums are shown where the step has them
(three assets at most, then "+N more"), padding, copied and missing siblings are dashed and labelled, and the
step that failed is red with a ✗ (the mark and the words carry the meaning, not the colour alone).

A long path (28 levels, or the 64-level zk layers to come) does not fit on a screen: its middle collapses into
a "… N more levels …" band that opens on a click, or from the keyboard (Enter or Space on the focused band;
the arrow keys move between bands). The leaf, the levels next to it, the failing step and the root stay in view.

The widget only reads the Result. What it draws is kept as a list of :class:`DrawnItem` (``drawn_items()``), so
tests can check the picture without reading pixels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..core.result import PathStep, Result
from .i18n import core_text
from .widgets import blend, mark_colour, monospace_font

#: A path with more rows than this shows its middle as a band until asked for.
MAX_ROWS = 12
#: Rows always shown at the bottom (the leaf and the levels above it) and at the top (the root and below).
KEEP_BOTTOM = 3
KEEP_TOP = 3
#: Assets listed in a node before "+N more".
MAX_SUMS = 3
#: In a k-way layer (the 64-way layers of zk formats), the neighbours shown on each side of the user's node;
#: the rest of the layer is counted ("+61 more") and listed in the details.
LAYER_NEIGHBOURS = 2
#: Checks whose failure is the root's (the root is then drawn failed even if no root step says so).
ROOT_CHECKS = frozenset({"root", "file root", "root totals", "path"})


#: A node's sum line, "ASSET amount" (any other line, such as "+2 more" in any language, is drawn as it is).
_SUM_LINE = re.compile(r"\S+ -?[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?")


def short_hash(value: str) -> str:
    """First 8 … last 4 hex digits; a hash that short already is shown whole."""
    value = value.strip()
    return value if len(value) <= 13 else f"{value[:8]}…{value[-4:]}"


@dataclass(frozen=True)
class DrawnItem:
    """One thing on the picture.

    ``kind`` is "node" (the user's node at a level), "sibling" (what it was hashed with) or "band" (collapsed
    levels). ``role`` says more: "leaf", "node" or "root" for a node; "sibling", "padding", "duplicate",
    "promoted" (no sibling: the node moved up unchanged) or "yours" (the sibling is another of the user's own
    nodes) for a sibling, or "layer" for the other children of a k-way layer (one box for those before the
    user's node, on the left, one for those after it, on the right; ``lines`` shows the nearest and "+N more");
    "band" for a band. ``step`` is the index in ``Result.steps`` (for a sibling: of the
    step whose sibling it is; None for a band). ``rows`` are the rows a band hides."""

    kind: str
    role: str
    step: int | None
    title: str
    hash_text: str
    full_hash: str
    lines: tuple[str, ...]
    failed: bool
    mark: str
    dashed: bool
    rect: QRectF
    tooltip: str
    rows: tuple[int, ...] = ()


@dataclass
class _Row:
    """One level of the picture: a step drawn as the user's node (and the root step merged into the top row)."""

    index: int  # the step's index in Result.steps
    step: PathStep
    root_step: PathStep | None = None
    child: int | None = None  # the row this node was computed from
    sibling_of: int | None = None  # the row (= step) whose sibling stands beside this row's node
    failed: bool = False
    sibling_failed: bool = False  # a failed check names this row's padding sibling ("padding at height N")
    pos: int = 0  # where it is drawn, 0 = the bottom
    other: int | None = None  # for a sibling that is another of the user's nodes: that node's row
    joins: int | None = None  # a node whose parent takes it as a sibling ("your other node"): that parent


@dataclass
class _Geometry:
    margin: float = 8.0
    pad: float = 6.0
    line: float = 16.0
    row_gap: float = 22.0
    band_height: float = 30.0
    node_w: float = 200.0
    sib_w: float = 160.0
    col_gap: float = 24.0
    min_width: float = 380.0
    pref_width: float = 640.0
    lane: float = 0.0  # room on the left for a path that goes round others (several leaves)
    heights: dict[int, float] = field(default_factory=dict)


class PathPicture(QWidget):
    """Draws ``result.steps`` as a tree. Public: ``drawn_items()``, ``is_collapsed()``, ``hidden_rows()``,
    ``expand_all()``, ``collapse()``, ``summary()``, ``row_count()``; the signals ``expandedChanged(bool)``
    (True when nothing is hidden any more) and ``stepActivated(int)`` (a node or sibling was double-clicked: the
    index of its step in ``Result.steps``, for showing that step's details)."""

    expandedChanged = Signal(bool)
    stepActivated = Signal(int)

    def __init__(self, result: Result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setObjectName("pathPicture")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows = self._build_rows(result)
        self._order = self._display_order(self._rows)
        for pos, index in enumerate(self._order):
            self._rows[index].pos = pos
        self._revealed: set[int] = set()
        self._items: list[DrawnItem] = []
        self._geometry = _Geometry()
        self._laid_out_width = -1.0
        self._focus_band = 0
        self._measure()
        self.setAccessibleName(self.tr("Path from your leaf to the root"))
        self.setAccessibleDescription(self.summary())

    # -- the model: rows, what failed, what is hidden ----------------------------------------------------------------

    @staticmethod
    def _build_rows(result: Result) -> list[_Row]:
        steps = list(result.steps)
        if not steps:
            return []
        root_step = None
        last = steps[-1]
        if (
            len(steps) > 1
            and last.label == "root"
            and last.sibling is None
            and last.computed.lower() == steps[-2].computed.lower()
        ):
            root_step = steps.pop()  # the comparison at the top, drawn on the node it compares
        rows = [_Row(i, s) for i, s in enumerate(steps)]
        rows[-1].root_step = root_step
        for k in range(1, len(rows)):
            rows[k].child = PathPicture._child_of(rows, k)
            child = rows[k].child
            if child is not None and rows[child].sibling_of is None and (
                rows[k].step.sibling is not None or bool(rows[k].step.children)
                or PathPicture._promoted(rows[k].step)
            ):
                rows[child].sibling_of = k
        failure = result.failure if result.verdict == "fail" else None
        for row in rows:
            steps_here = [row.step] + ([row.root_step] if row.root_step is not None else [])
            row.failed = any(s.ok is False for s in steps_here) or (
                failure is not None and any(s.label == failure.step for s in steps_here)
            )
        if failure is not None and failure.step in ROOT_CHECKS:
            rows[-1].failed = True
        PathPicture._mark_failed_padding(result, rows)
        return rows

    @staticmethod
    def _mark_failed_padding(result: Result, rows: list[_Row]) -> None:
        """A failed check on a padding sibling ("padding at height 22", "padding at level 3") marks that
        sibling: the height is the sibling's own or the level it is hashed into."""
        for check in result.checks:
            words = check.name.split()
            if check.ok or not check.name.startswith("padding") or not words[-1].isdigit():
                continue
            level = int(words[-1])
            for row in rows[1:]:
                child = rows[row.child] if row.child is not None else None
                if child is None or row.step.sibling is None:
                    continue
                copied = row.step.sibling.lower() == child.step.computed.lower() or "padding" in (row.step.note or "")
                if copied and level in (row.step.height, child.step.height):
                    child.sibling_failed = True
                    break

    @staticmethod
    def _display_order(rows: list[_Row]) -> list[int]:
        """Rows bottom-up so that each path is drawn in one piece. A proof of several leaves (OKX v2) lists
        its paths interleaved; here a path that joins another as "your other node" is drawn first, below it."""
        if not rows:
            return []
        by_hash: dict[str, int] = {}
        for row in rows:
            by_hash.setdefault(row.step.computed.lower(), row.index)
        for row in rows[1:]:
            sibling = (row.step.sibling or "").lower()
            other = by_hash.get(sibling)
            own = rows[row.child].step.computed.lower() if row.child is not None else ""
            if sibling and sibling != own and other is not None and other < row.index:
                row.other = other
                if not any(r.child == other for r in rows[other + 1 :]):
                    rows[other].joins = row.index
        order: list[int] = []
        seen: set[int] = set()

        def visit(k: int) -> None:
            stack = [(k, False)]
            while stack:  # iterative: a 64-level path must not meet the recursion limit
                index, done = stack.pop()
                if done:
                    order.append(index)
                    continue
                if index in seen:
                    continue
                seen.add(index)
                stack.append((index, True))
                row = rows[index]
                if row.child is not None:
                    stack.append((row.child, False))
                if row.other is not None:
                    stack.append((row.other, False))  # popped first: drawn below the main child

        visit(len(rows) - 1)
        for index in range(len(rows) - 1, -1, -1):
            if index not in seen:
                visit(index)
        # Rows no path from the top reaches came last: keep the top at the top.
        top = len(rows) - 1
        order.remove(top)
        order.append(top)
        return order

    @staticmethod
    def _child_of(rows: list[_Row], k: int) -> int:
        """The row the node of row k was computed from: the nearest lower node whose hash is in the text hashed
        at k (a proof of several leaves, OKX v2's, interleaves two paths), else the row just below."""
        preimage = (rows[k].step.preimage or "").lower()
        if preimage:
            for j in range(k - 1, -1, -1):
                computed = rows[j].step.computed.lower()
                if len(computed) >= 8 and computed in preimage:
                    return j
        return k - 1

    @staticmethod
    def _promoted(step: PathStep) -> bool:
        note = (step.note or "").lower()
        return step.sibling is None and ("promoted" in note or "unchanged" in note)

    def _sibling_role(self, parent: _Row) -> str:
        step = parent.step
        if step.children:
            return "layer"
        if step.sibling is None:
            return "promoted"
        note = (step.note or "").lower()
        if "padding" in note:
            return "padding"
        sibling = step.sibling.lower()
        child = self._rows[parent.child].step.computed.lower() if parent.child is not None else ""
        if sibling == child or "duplicat" in note or "copy of this node" in note:
            return "duplicate"
        if parent.other is not None:
            return "yours"
        return "sibling"

    def row_count(self) -> int:
        return len(self._rows)

    def failed_rows(self) -> list[int]:
        """Indexes (in ``Result.steps``) of the steps drawn failed."""
        return [r.index for r in self._rows if r.failed]

    def failed_sibling_steps(self) -> list[int]:
        """Indexes (in ``Result.steps``) of the steps whose sibling a failed check names (a padding copy)."""
        return [r.sibling_of for r in self._rows if r.sibling_failed and r.sibling_of is not None]

    def _kept_positions(self) -> set[int]:
        n = len(self._rows)
        if n <= MAX_ROWS:
            return set(range(n))
        keep = set(range(min(KEEP_BOTTOM, n))) | set(range(max(n - KEEP_TOP, 0), n))
        for index in self.failed_rows():
            row = self._rows[index]
            keep |= {row.pos - 1, row.pos, row.pos + 1}
            if row.child is not None:
                keep.add(self._rows[row.child].pos)  # the failing node's sibling stands beside its child
        for row in self._rows:
            if row.sibling_failed and row.sibling_of is not None:
                keep |= {row.pos, self._rows[row.sibling_of].pos}
        special = [
            r.pos for r in self._rows
            if r.sibling_of is not None and self._sibling_role(self._rows[r.sibling_of]) in ("padding", "duplicate")
        ]
        keep |= set(sorted(special)[:2])
        keep = {p for p in keep if 0 <= p < n} | {self._rows[i].pos for i in self._revealed}
        # A band in place of a single row would save nothing.
        for p in range(1, n - 1):
            if p not in keep and p - 1 in keep and p + 1 in keep:
                keep.add(p)
        return keep

    def hidden_rows(self) -> list[int]:
        """Indexes (in ``Result.steps``) of the steps hidden in bands, bottom-up."""
        kept = self._kept_positions()
        return [self._order[p] for p in range(len(self._rows)) if p not in kept]

    def is_collapsed(self) -> bool:
        return bool(self.hidden_rows())

    def can_collapse(self) -> bool:
        return len(self._rows) > MAX_ROWS

    def _bands(self) -> list[list[int]]:
        """The hidden rows (step indexes) in runs of neighbouring positions, bottom-up."""
        bands: list[list[int]] = []
        last = -2
        for index in self.hidden_rows():
            pos = self._rows[index].pos
            if bands and last == pos - 1:
                bands[-1].append(index)
            else:
                bands.append([index])
            last = pos
        return bands

    def expand_all(self) -> None:
        if self.is_collapsed():
            self._revealed = set(range(len(self._rows)))
            self._changed()

    def collapse(self) -> None:
        if self._revealed:
            self._revealed = set()
            self._focus_band = 0
            self._changed()

    def expand_band(self, rows: list[int] | tuple[int, ...]) -> None:
        self._revealed |= set(rows)
        self._changed()

    def _changed(self) -> None:
        self._measure()
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()
        self.expandedChanged.emit(not self.is_collapsed())

    # -- words ------------------------------------------------------------------------------------------------------

    def summary(self) -> str:
        """The path in words, for screen readers (the accessible description) and the expert."""
        if not self._rows:
            return self.tr("No path was recomputed.")
        parts = [
            self.tr("Levels in your path: %1, from your leaf at the bottom to the root at the top.")
            .replace("%1", str(len(self._rows)))
        ]
        failed = [self._title(self._rows[r]) for r in self.failed_rows()] + [
            self._sibling_title(self._rows[r.sibling_of]) + f" ({self._title(self._rows[r.sibling_of])})"
            for r in self._rows if r.sibling_failed and r.sibling_of is not None
        ]
        if failed:
            parts.append(self.tr("Did not match: %1.").replace("%1", ", ".join(failed)))
        elif self.result.verdict == "pass":
            parts.append(self.tr("Every level was recomputed and the root matches the expected root."))
        special = [
            self._sibling_title(self._rows[r.sibling_of]) + f" ({self._title(self._rows[r.sibling_of])})"
            for r in self._rows
            if r.sibling_of is not None
            and self._sibling_role(self._rows[r.sibling_of]) in ("padding", "duplicate", "promoted")
        ]
        if special:
            parts.append(self.tr("Dashed boxes: %1.").replace("%1", ", ".join(special)))
        hidden = len(self.hidden_rows())
        if hidden:
            parts.append(
                self.tr("%1 levels in the middle are hidden; press Enter or click the band to show them.")
                .replace("%1", str(hidden))
            )
        return " ".join(parts)

    def _title(self, row: _Row) -> str:
        if self._is_top(row):
            label = row.step.label
            return self.tr("Root") if label == "root" else self.tr("Root (%1)").replace("%1", core_text(label))
        return self._label_text(row.step.label)

    def _label_text(self, label: str) -> str:
        known = {
            "your leaf": self.tr("Your leaf"),
            "root": self.tr("Root"),
            "your user hash": self.tr("Your user hash"),
        }
        if label in known:
            return known[label]
        shown = core_text(label)
        return shown[:1].upper() + shown[1:]

    def _sibling_title(self, parent: _Row) -> str:
        role = self._sibling_role(parent)
        return {
            "promoted": self.tr("No sibling: moved up"),
            "padding": self.tr("Padding (copy)"),
            "duplicate": self.tr("Copy of your node"),
            "yours": self.tr("Your other node"),
            "sibling": self.tr("Sibling"),
            "layer": self.tr("Others in this layer"),
        }[role]

    # -- k-way layers -------------------------------------------------------------------------------------------------

    @staticmethod
    def _layer_sides(parent: _Row) -> list[tuple[str, list[int]]]:
        """The other children of a k-way step, as ("left", indexes before the user's node, nearest first) and
        ("right", indexes after it, nearest first); a side with none is left out. Without a known position
        every child is on the right."""
        children = parent.step.children
        position = parent.step.position
        if position is None or not 0 <= position < len(children):
            return [("right", list(range(len(children))))] if children else []
        before = list(range(position - 1, -1, -1))
        after = list(range(position + 1, len(children)))
        return [(side, indexes) for side, indexes in (("left", before), ("right", after)) if indexes]

    def _layer_title(self, side: str, count: int) -> str:
        if side == "left":
            return self.tr("%1 before yours").replace("%1", str(count))
        return self.tr("%1 after yours").replace("%1", str(count))

    def _layer_lines(self, parent: _Row, indexes: list[int]) -> tuple[str, ...]:
        """Under the nearest neighbour's hash (the box's hash line): the next neighbours, then "+N more"."""
        children = parent.step.children
        shown = indexes[:LAYER_NEIGHBOURS]
        lines = [f"#{i + 1} {short_hash(children[i])}" for i in shown[1:]]
        if len(indexes) > len(shown):
            lines.append(self.tr("+%1 more").replace("%1", str(len(indexes) - len(shown))))
        return tuple(lines)

    def _layer_position_text(self, parent: _Row) -> str | None:
        step = parent.step
        if not step.children or step.position is None:
            return None
        return (self.tr("#%1 of %2 in the layer").replace("%1", str(step.position + 1))
                .replace("%2", str(len(step.children))))

    def _side_text(self, side: str | None) -> str:
        return {"left": self.tr("left"), "right": self.tr("right")}.get(side or "", self.tr("unknown side"))

    # -- geometry ---------------------------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        mono = monospace_font()
        if base.pointSizeF() > 0:
            mono.setPointSizeF(base.pointSizeF())
        else:
            mono.setPixelSize(base.pixelSize())
        return base, bold, mono

    def _node_lines(self, row: _Row) -> int:
        """Lines in a node box besides its title and hash: sums, then a status line where there is one."""
        return len(self._node_text_lines(row))

    def _is_top(self, row: _Row) -> bool:
        return row.index == len(self._rows) - 1 and len(self._rows) > 1

    def _sums(self, row: _Row) -> dict[str, str]:
        if row.root_step is not None and row.root_step.sums:
            return row.root_step.sums
        return row.step.sums or {}

    def _measure(self) -> None:
        """Sizes that do not depend on the width: line and box heights, the preferred and smallest widths."""
        base, bold, mono = self._fonts()
        fm, fm_bold, fm_mono = QFontMetricsF(base), QFontMetricsF(bold), QFontMetricsF(mono)
        g = _Geometry()
        g.line = max(fm.height(), fm_mono.height(), fm_bold.height())
        g.pad = round(g.line * 0.4)
        g.margin = round(g.line * 0.5)
        g.row_gap = round(g.line * 1.4)
        g.band_height = round(g.line * 2.0)
        hash_w = fm_mono.horizontalAdvance("0" * 8 + "…" + "0" * 4)
        mark_w = fm_bold.horizontalAdvance("✗ ")
        min_box = hash_w + 2 * g.pad + mark_w
        # As wide as the widest text the boxes hold (within reason): amounts are long, and cut only if need be.
        node_text = [hash_w]
        for row in self._rows:
            node_text.append(fm_bold.horizontalAdvance(self._title(row)) + mark_w)
            for line in self._node_text_lines(row):
                if line[:1] in ("✓", "✗", "≠"):
                    node_text.append(fm_bold.horizontalAdvance(line))
                else:
                    node_text.append(fm.horizontalAdvance(line) + fm.averageCharWidth())
        g.node_w = min(max(min_box, max(node_text) + 2 * g.pad), max(min_box, fm.averageCharWidth() * 44))
        sib_text = [hash_w] + [
            fm.horizontalAdvance(text) + (mark_w if r.sibling_failed else 0)
            for r in self._rows if r.sibling_of is not None
            for text in self._sibling_texts(self._rows[r.sibling_of])
        ]
        if any(r.step.children for r in self._rows):  # a layer box's hash line starts with its number, "#12 "
            widest = max(len(r.step.children) for r in self._rows)
            hash_w += fm_mono.horizontalAdvance(f"#{widest} ")
            sib_text.append(hash_w)
        min_sib = hash_w + 2 * g.pad
        g.sib_w = min(max(min_sib, max(sib_text) + 2 * g.pad), max(min_sib, fm.averageCharWidth() * 28))
        g.col_gap = round(g.line * 1.5)
        min_gap = round(g.line * 0.6)
        skips = any(r.child is not None and abs(self._rows[r.child].pos - r.pos) > 1 for r in self._rows)
        g.lane = round(g.line * 1.2) if skips else 0.0
        g.min_width = min_box + 2 * min_sib + 2 * min_gap + 2 * g.margin + g.lane
        g.pref_width = g.node_w + 2 * g.sib_w + 2 * g.col_gap + 2 * g.margin + g.lane
        self._min_box, self._min_sib, self._min_gap = min_box, min_sib, min_gap
        self._geometry = g
        for row in self._rows:
            node_h = 2 * g.pad + g.line * (2 + self._node_lines(row))
            sib_h = self._sibling_height(row)
            g.heights[row.index] = max(node_h, sib_h)
        self._laid_out_width = -1.0
        # Exactly as tall as the picture: a layout short of room must not squeeze (and so cut) the drawing.
        self.setFixedHeight(int(self._total_height() + 0.999))

    def _sibling_height(self, row: _Row) -> float:
        if row.sibling_of is None:
            return 0.0
        g = self._geometry
        parent = self._rows[row.sibling_of]
        if parent.step.children:
            lines = max((len(self._layer_lines(parent, ix)) for _, ix in self._layer_sides(parent)), default=0)
        else:
            lines = len(self._sibling_lines(parent))
        return 2 * g.pad + g.line * (2 + lines)

    def _sibling_texts(self, parent: _Row) -> list[str]:
        """Every text of the sibling box(es) beside a parent's child, for measuring."""
        if parent.step.children:
            texts = []
            for side, indexes in self._layer_sides(parent):
                texts += [self._layer_title(side, len(indexes)), *self._layer_lines(parent, indexes)]
            return texts
        return [self._sibling_title(parent), *self._sibling_lines(parent)]

    def _total_height(self) -> float:
        g = self._geometry
        if not self._rows:
            return 0.0
        entries = self._entries()
        height = sum(g.band_height if isinstance(e, list) else g.heights[e] for e in entries)
        return 2 * g.margin + height + g.row_gap * (len(entries) - 1)

    def _entries(self) -> list[int | list[int]]:
        """Bottom-up: row indexes, and a list of rows for each band."""
        hidden = set(self.hidden_rows())
        bands = {b[0]: b for b in self._bands()}
        entries: list[int | list[int]] = []
        for index in self._order:
            if index in bands:
                entries.append(bands[index])
            elif index not in hidden:
                entries.append(index)
        return entries

    def sizeHint(self) -> QSize:
        return QSize(int(self._geometry.pref_width + 0.999), int(self._total_height() + 0.999))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(self._geometry.min_width + 0.999), int(self._total_height() + 0.999))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()
            self.updateGeometry()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._laid_out_width = -1.0
        super().resizeEvent(event)

    # -- layout: what is drawn where -----------------------------------------------------------------------------

    def drawn_items(self) -> list[DrawnItem]:
        """Everything drawn, bottom-up, at the widget's current width."""
        self._layout()
        return list(self._items)

    def _columns(self) -> tuple[float, float, float, float, float]:
        """x of the left sibling column, the node column and the right sibling column; node and sibling width."""
        g = self._geometry
        width = float(max(self.width(), 1))
        if width >= g.pref_width:
            node_w, sib_w, gap = g.node_w, g.sib_w, g.col_gap
        else:
            span = max(g.pref_width - g.min_width, 1.0)
            t = min(max((width - g.min_width) / span, 0.0), 1.0)
            node_w = self._min_box + (g.node_w - self._min_box) * t
            sib_w = self._min_sib + (g.sib_w - self._min_sib) * t
            gap = self._min_gap + (g.col_gap - self._min_gap) * t
        total = g.lane + node_w + 2 * sib_w + 2 * gap
        left = max((width - total) / 2, g.margin) + g.lane
        return left, left + sib_w + gap, left + sib_w + gap + node_w + gap, node_w, sib_w

    def _layout(self) -> None:
        if self._laid_out_width == self.width() and self._items:
            return
        self._laid_out_width = float(self.width())
        self._items = []
        self._row_rects: dict[int, QRectF] = {}
        if not self._rows:
            return
        g = self._geometry
        left_x, node_x, right_x, node_w, sib_w = self._columns()
        y = self._total_height() - g.margin  # bottom of the lowest entry; rows go up from here
        for entry in self._entries():
            if isinstance(entry, list):
                rect = QRectF(left_x, y - g.band_height, right_x + sib_w - left_x, g.band_height)
                self._items.append(self._band_item(entry, rect))
                for r in entry:
                    self._row_rects[r] = rect
                y -= g.band_height + g.row_gap
                continue
            row = self._rows[entry]
            height = g.heights[entry]
            node_rect = QRectF(node_x, y - height, node_w, 2 * g.pad + g.line * (2 + self._node_lines(row)))
            node_rect.moveBottom(y)
            self._row_rects[entry] = node_rect
            self._items.append(self._node_item(row, node_rect))
            if row.sibling_of is not None and self._rows[row.sibling_of].step.children:
                parent = self._rows[row.sibling_of]
                for side, indexes in self._layer_sides(parent):
                    x = left_x if side == "left" else right_x
                    sib_rect = QRectF(x, 0, sib_w, self._sibling_height(row))
                    sib_rect.moveBottom(y)
                    self._items.append(self._layer_item(parent, side, indexes, sib_rect))
            elif row.sibling_of is not None:
                parent = self._rows[row.sibling_of]
                side = parent.step.sibling_side or "right"
                x = left_x if side == "left" else right_x
                sib_rect = QRectF(x, 0, sib_w, self._sibling_height(row))
                sib_rect.moveBottom(y)
                self._items.append(self._sibling_item(parent, sib_rect))
            y -= height + g.row_gap

    def _node_text_lines(self, row: _Row) -> list[str]:
        """The lines under a node's hash: its sums (at most MAX_SUMS, then "+N more"), then its status."""
        step = row.step
        sums = self._sums(row)
        lines = [f"{asset} {amount}" for asset, amount in list(sums.items())[:MAX_SUMS]]
        if len(sums) > MAX_SUMS:
            lines.append(self.tr("+%1 more").replace("%1", str(len(sums) - MAX_SUMS)))
        expected = self.result.root_expected
        if self._is_top(row):
            if row.failed:
                lines.append("✗ " + (self.tr("expected %1").replace("%1", short_hash(expected)) if expected
                                     else self.tr("did not match")))
            elif expected and step.computed.lower() == expected.lower():
                lines.append("✓ " + self.tr("matches the expected root"))
            else:
                lines.append(self.tr("not compared") if not expected else "≠ " + short_hash(expected))
        elif row.failed:
            lines.append("✗ " + self.tr("did not match"))
        if row.joins is not None:
            lines.append("↗ " + self.tr("joins %1").replace("%1", self._title(self._rows[row.joins])))
        if row.sibling_of is not None:
            where = self._layer_position_text(self._rows[row.sibling_of])
            if where:
                lines.append("↕ " + where)
        return lines

    def _node_item(self, row: _Row, rect: QRectF) -> DrawnItem:
        step = row.step
        top = self._is_top(row)
        role = "root" if top or step.label == "root" else ("leaf" if row.pos == 0 else "node")
        sums = self._sums(row)
        lines = self._node_text_lines(row)
        expected = self.result.root_expected
        oks = [s.ok for s in (step, row.root_step) if s is not None]
        mark = "✗" if row.failed else ("✓" if oks and all(o is not False for o in oks) and True in oks else "")
        tip = [f"<b>{_escape(self._title(row))}</b>", self.tr("Hash: %1").replace("%1", f"<tt>{step.computed}</tt>")]
        if step.height is not None:
            tip.append(self.tr("Height: %1").replace("%1", str(step.height)))
        if sums:
            tip.append(self.tr("Sums: %1").replace("%1", _escape(", ".join(f"{a} {v}" for a, v in sums.items()))))
        if top and expected:
            tip.append(self.tr("Expected root: %1").replace("%1", f"<tt>{expected}</tt>"))
        for s in (step, row.root_step):
            if s is not None and s.note:
                tip.append(_escape(core_text(s.note)))
        if row.failed:
            tip.append("✗ " + self.tr("This step did not match."))
        tip.append(f"<i>{self.tr('Double-click for everything about this step.')}</i>")
        return DrawnItem(
            kind="node", role=role, step=row.index, title=self._title(row), hash_text=short_hash(step.computed),
            full_hash=step.computed, lines=tuple(lines), failed=row.failed, mark=mark, dashed=False, rect=rect,
            tooltip="<br>".join(tip),
        )

    def _sibling_item(self, parent: _Row, rect: QRectF) -> DrawnItem:
        step = parent.step
        role = self._sibling_role(parent)
        sibling = step.sibling or ""
        failed = self._rows[parent.child].sibling_failed if parent.child is not None else False
        tip = [f"<b>{_escape(self._sibling_title(parent))}</b>"]
        if failed:
            tip.append("✗ " + self.tr("A check on this sibling failed (see What was checked)."))
        if sibling:
            tip.append(self.tr("Hash: %1").replace("%1", f"<tt>{sibling}</tt>"))
            tip.append(self.tr("On the %1 of your node; hashed with it into %2.")
                       .replace("%1", self._side_text(step.sibling_side)).replace("%2", _escape(self._title(parent))))
        if step.note:
            tip.append(_escape(core_text(step.note)))
        tip.append(f"<i>{self.tr('Double-click for everything about this step.')}</i>")
        return DrawnItem(
            kind="sibling", role=role, step=parent.index, title=self._sibling_title(parent),
            hash_text=short_hash(sibling) if sibling else "—", full_hash=sibling, lines=self._sibling_lines(parent),
            failed=failed, mark="✗" if failed else "",
            dashed=role in ("padding", "duplicate", "promoted"), rect=rect, tooltip="<br>".join(tip),
        )

    def _layer_item(self, parent: _Row, side: str, indexes: list[int], rect: QRectF) -> DrawnItem:
        children = parent.step.children
        nearest = children[indexes[0]]
        tip = [f"<b>{_escape(self._layer_title(side, len(indexes)))}</b>",
               self.tr("Hashed together with your node, in order, into %1.")
               .replace("%1", _escape(self._title(parent)))]
        listed = sorted(indexes)
        for i in listed[:12]:
            tip.append(f"#{i + 1} <tt>{children[i]}</tt>")
        if len(listed) > 12:
            more = str(len(listed) - 12)
            tip.append(self.tr("… and %1 more: double-click for the whole layer.").replace("%1", more))
        tip.append(f"<i>{self.tr('Double-click for everything about this step.')}</i>")
        return DrawnItem(
            kind="sibling", role="layer", step=parent.index, title=self._layer_title(side, len(indexes)),
            hash_text=f"#{indexes[0] + 1} {short_hash(nearest)}", full_hash=nearest,
            lines=self._layer_lines(parent, indexes), failed=False, mark="", dashed=False, rect=rect,
            tooltip="<br>".join(tip), rows=tuple(indexes),
        )

    def _sibling_lines(self, parent: _Row) -> tuple[str, ...]:
        if parent.other is not None:
            return ("= " + self._title(self._rows[parent.other]),)
        return ()

    def _band_item(self, rows: list[int], rect: QRectF) -> DrawnItem:
        low, high = self._rows[rows[0]].step, self._rows[rows[-1]].step
        text = self.tr("… %1 more levels …").replace("%1", str(len(rows)))
        span = (
            self.tr("%1 up to %2").replace("%1", self._label_text(low.label)).replace("%2", self._label_text(high.label))
        )
        return DrawnItem(
            kind="band", role="band", step=None, title=text, hash_text="", full_hash="", lines=(span,),
            failed=False, mark="", dashed=True, rect=rect,
            tooltip=self.tr("%1 (%2). Click, or press Enter, to show them.").replace("%1", text).replace("%2", span),
            rows=tuple(rows),
        )

    def _band_items(self) -> list[DrawnItem]:
        return [i for i in self.drawn_items() if i.kind == "band"]

    def item_at(self, pos: QPointF) -> DrawnItem | None:
        for item in reversed(self.drawn_items()):
            if item.rect.contains(pos):
                return item
        return None

    # -- painting ---------------------------------------------------------------------------------------------------

    def _colours(self) -> dict[str, QColor]:
        pal = self.palette()
        # Copies: the palette's colours are references into a palette that is gone once this returns.
        base, text = QColor(pal.color(QPalette.ColorRole.Base)), QColor(pal.color(QPalette.ColorRole.Text))
        highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
        fail = mark_colour("fail", pal)
        return {
            "base": base,
            "text": text,
            "muted": blend(text, base, 0.35),
            "line": blend(text, base, 0.5),
            "path": blend(highlight, text, 0.15),
            "yours_fill": blend(base, highlight, 0.16),
            "band_fill": QColor(pal.color(QPalette.ColorRole.AlternateBase)),
            "fail": fail,
            "fail_fill": blend(base, fail, 0.14),
            "pass": mark_colour("pass", pal),
            "focus": highlight,
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        self._layout()
        if not self._items:
            return
        colours = self._colours()
        base_font, bold, mono = self._fonts()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_connectors(painter, colours)
            for item in self._items:
                if item.kind == "band":
                    self._paint_band(painter, item, colours, base_font, bold)
                else:
                    self._paint_box(painter, item, colours, base_font, bold, mono)
            if self.hasFocus():
                self._paint_focus(painter, colours)
        finally:
            painter.end()  # always: a painter left open on the window's backing store breaks the next paint

    def _paint_connectors(self, painter: QPainter, colours: dict[str, QColor]) -> None:
        g = self._geometry
        rects = self._row_rects
        path_pen = QPen(colours["path"], max(2.0, g.line / 8))
        path_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        sib_pen = QPen(colours["line"], max(1.2, g.line / 12))
        lane_x = self._columns()[0] - g.lane * 0.5
        for row in self._rows[1:]:
            if row.child is None or rects.get(row.child) is rects.get(row.index):
                continue  # both inside one band
            low, high = rects[row.child], rects[row.index]
            painter.setPen(path_pen)
            start, end = QPointF(low.center().x(), low.top()), QPointF(high.center().x(), high.bottom())
            lo, hi = sorted((self._rows[row.child].pos, row.pos))
            between = [
                p for p in range(lo + 1, hi)
                if (r := rects.get(self._order[p])) is not None and r is not low and r is not high
            ]
            if not between:
                painter.drawLine(start, end)
            else:
                # Another path from the same node (a proof of several leaves): round the others, on the left.
                x0 = low.left() + g.pad * 2
                x1 = high.left() + g.pad * 2
                y0 = low.top() - g.row_gap * 0.5
                y1 = high.bottom() + g.row_gap * 0.5
                route = QPainterPath(QPointF(x0, low.top()))
                route.lineTo(QPointF(x0, y0))
                route.lineTo(QPointF(lane_x, y0))
                route.lineTo(QPointF(lane_x, y1))
                route.lineTo(QPointF(x1, y1))
                route.lineTo(QPointF(x1, high.bottom()))
                pen = QPen(path_pen)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(route)
        painter.setPen(sib_pen)
        for item in self._items:
            if item.kind != "sibling" or item.step is None:
                continue
            parent = rects.get(item.step)
            if parent is None:
                continue
            towards_left = item.rect.center().x() < parent.center().x()
            start = QPointF(item.rect.right() - item.rect.width() * 0.25 if towards_left
                            else item.rect.left() + item.rect.width() * 0.25, item.rect.top())
            end = QPointF(parent.center().x() + (-1 if towards_left else 1) * min(parent.width() / 4, g.line * 2),
                          parent.bottom())
            if item.role == "promoted":
                pen = QPen(sib_pen)
                pen.setStyle(Qt.PenStyle.DotLine)
                painter.setPen(pen)
                painter.drawLine(start, end)
                painter.setPen(sib_pen)
            else:
                painter.drawLine(start, end)

    def _paint_box(
        self, painter: QPainter, item: DrawnItem, colours: dict[str, QColor], base_font: QFont, bold: QFont,
        mono: QFont,
    ) -> None:
        g = self._geometry
        rect = item.rect
        radius = g.line * 0.35
        if item.failed:
            fill, border, width = colours["fail_fill"], colours["fail"], max(2.5, g.line / 6)
        elif item.kind == "node" or item.role == "yours":
            fill, border, width = colours["yours_fill"], colours["path"], max(1.5, g.line / 10)
        else:
            fill, border, width = colours["base"], colours["line"], max(1.0, g.line / 14)
        pen = QPen(border, width)
        if item.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
            fill = QColor(fill)
            fill.setAlphaF(0.6)
        painter.setPen(pen)
        painter.setBrush(fill if item.role != "promoted" else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2), radius, radius)

        inner = rect.adjusted(g.pad, g.pad, -g.pad, -g.pad)
        text_colour = colours["text"] if item.role != "promoted" else colours["muted"]
        # Title, with the ✓/✗ mark at its right.
        mark_w = 0.0
        if item.mark:
            painter.setFont(bold)
            mark_w = QFontMetricsF(bold).horizontalAdvance(item.mark + " ")
            painter.setPen(colours["fail"] if item.mark == "✗" else colours["pass"])
            painter.drawText(QRectF(inner.right() - mark_w, inner.top(), mark_w, g.line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), item.mark)
        title_font = bold if item.kind == "node" else base_font
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QRectF(inner.left(), inner.top(), inner.width() - mark_w, g.line)
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetricsF(title_font).elidedText(item.title, Qt.TextElideMode.ElideRight,
                                                              title_rect.width()))
        y = inner.top() + g.line
        painter.setFont(mono)
        painter.drawText(QRectF(inner.left(), y, inner.width(), g.line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), item.hash_text)
        y += g.line
        fm = QFontMetricsF(base_font)
        painter.setFont(base_font)
        for line in item.lines:
            status = line[:1] in ("✓", "✗", "≠")
            if status:
                painter.setFont(bold)
                painter.setPen(colours["fail"] if line[:1] in ("✗", "≠") else colours["pass"])
                text = QFontMetricsF(bold).elidedText(line, Qt.TextElideMode.ElideRight, inner.width())
                painter.drawText(QRectF(inner.left(), y, inner.width(), g.line),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
                painter.setFont(base_font)
                painter.setPen(text_colour)
            elif _SUM_LINE.fullmatch(line):  # "BTC 1.5": the asset on the left, the amount on the right
                asset, amount = line.split(" ", 1)
                painter.setPen(colours["muted"])
                asset_w = min(fm.horizontalAdvance(asset + " "), inner.width() * 0.45)
                painter.drawText(QRectF(inner.left(), y, asset_w, g.line),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 fm.elidedText(asset, Qt.TextElideMode.ElideRight, asset_w))
                painter.setPen(text_colour)
                room = inner.width() - asset_w
                painter.drawText(QRectF(inner.left() + asset_w, y, room, g.line),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 fm.elidedText(amount, Qt.TextElideMode.ElideRight, room))
            else:
                painter.setPen(colours["muted"])
                painter.drawText(QRectF(inner.left(), y, inner.width(), g.line),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 fm.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()))
                painter.setPen(text_colour)
            y += g.line

    def _paint_band(
        self, painter: QPainter, item: DrawnItem, colours: dict[str, QColor], base_font: QFont, bold: QFont
    ) -> None:
        g = self._geometry
        pen = QPen(colours["line"], max(1.2, g.line / 12))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(colours["band_fill"])
        painter.drawRoundedRect(item.rect, g.line * 0.5, g.line * 0.5)
        painter.setPen(colours["text"])
        text = f"{item.title}  ·  {item.lines[0]}  ·  {self.tr('click to show')}" if item.lines else item.title
        font = QFont(bold)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        width = item.rect.width() - 2 * g.pad
        if fm.horizontalAdvance(text) > width and item.lines:
            text = f"{item.title}  ·  {item.lines[0]}"
        if fm.horizontalAdvance(text) > width:
            text = item.title
        painter.drawText(item.rect, int(Qt.AlignmentFlag.AlignCenter),
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, width))

    def _paint_focus(self, painter: QPainter, colours: dict[str, QColor]) -> None:
        bands = [i for i in self._items if i.kind == "band"]
        pen = QPen(colours["focus"], 2)
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if bands:
            rect = bands[min(self._focus_band, len(bands) - 1)].rect.adjusted(-3, -3, 3, 3)
            painter.drawRoundedRect(rect, self._geometry.line * 0.6, self._geometry.line * 0.6)
        else:
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    # -- interaction ------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if item is not None and item.kind == "band":
            self.expand_band(item.rows)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if item is not None and item.kind != "band" and item.step is not None:
            self.stepActivated.emit(item.step)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None and item.kind == "band":
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        bands = self._band_items()
        key = event.key()
        if bands and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Plus):
            self.expand_band(bands[min(self._focus_band, len(bands) - 1)].rows)
            self._focus_band = 0
            event.accept()
            return
        if bands and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            # Bands are listed bottom-up; Up goes towards the root.
            step = 1 if key == Qt.Key.Key_Up else -1
            self._focus_band = min(max(self._focus_band + step, 0), len(bands) - 1)
            self.update()
            event.accept()
            return
        if key == Qt.Key.Key_Minus and self.can_collapse():
            self.collapse()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001 (QFocusEvent)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001 (QFocusEvent)
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            item = self.item_at(QPointF(event.pos()))
            if item is not None:
                QToolTip.showText(event.globalPos(), item.tooltip, self, item.rect.toAlignedRect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

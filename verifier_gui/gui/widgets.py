"""Small building blocks shared by the windows: verdict colours and icons, wrapped selectable text."""

from __future__ import annotations

from dataclasses import dataclass

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QTextEdit, QWidget


@dataclass(frozen=True)
class VerdictStyle:
    """Colours of one verdict: a strong colour for the icon and border, a pale one behind dark text.
    Text and background are both set, so the banner reads the same under light and dark themes."""

    strong: str
    background: str
    text: str


VERDICT_STYLES = {
    "pass": VerdictStyle(strong="#1e7b34", background="#e3f4e6", text="#0f3d1a"),
    "fail": VerdictStyle(strong="#b3261e", background="#fbe4e2", text="#5c0f0a"),
    "error": VerdictStyle(strong="#9a5b00", background="#fff1d6", text="#4a2c00"),
}


def mark_colour(verdict: str, palette: QPalette) -> QColor:
    """The red or green of a ✗ or ✓ mark drawn on the palette's base colour: the verdict's strong colour on a
    light base, a lighter shade of it on a dark base (the strong colours are too dark to read there)."""
    colour = QColor(VERDICT_STYLES[verdict].strong)
    if palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5:
        colour = colour.lighter(175)
    return colour


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``: tints that follow the palette, light or dark."""
    t = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


class CopyButton(QPushButton):
    """A button that puts a value on the clipboard and says "Copied" for a moment. ``value`` is the text, or a
    function giving it when clicked (for values that are costly to build, like a whole result as JSON)."""

    FEEDBACK_MS = 1500

    def __init__(
        self,
        text: str,
        value: str | Callable[[], str],
        *,
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._label = text
        self._value = value
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(accessible_name or text.replace("&", ""))
        self.clicked.connect(self.copy)

    def value(self) -> str:
        return self._value() if callable(self._value) else self._value

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value())
        # Keep the width: the button must not jump while it says "Copied".
        self.setMinimumWidth(self.sizeHint().width())
        self.setText("✓ " + self.tr("Copied"))
        QTimer.singleShot(self.FEEDBACK_MS, self, self._restore)

    def _restore(self) -> None:
        self.setText(self._label)


def monospace_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def verdict_pixmap(verdict: str, size: int = 48, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A round badge drawn in code (no image files needed): a tick for pass, a cross for fail, an exclamation
    mark for error. The shape differs per verdict, so the verdict never rests on colour alone."""
    style = VERDICT_STYLES[verdict]
    pixmap = QPixmap(QSize(round(size * device_pixel_ratio), round(size * device_pixel_ratio)))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.strong))
    if verdict == "error":  # a triangle: a warning sign, not a stop sign
        tri = QPainterPath()
        tri.moveTo(s / 2, s * 0.06)
        tri.lineTo(s * 0.97, s * 0.92)
        tri.lineTo(s * 0.03, s * 0.92)
        tri.closeSubpath()
        painter.drawPath(tri)
    else:
        painter.drawEllipse(QRectF(s * 0.03, s * 0.03, s * 0.94, s * 0.94))
    pen = QPen(QColor("white"), s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if verdict == "pass":
        tick = QPainterPath(QPointF(s * 0.28, s * 0.52))
        tick.lineTo(s * 0.44, s * 0.68)
        tick.lineTo(s * 0.73, s * 0.34)
        painter.drawPath(tick)
    elif verdict == "fail":
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    else:
        painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    painter.end()
    return pixmap


class WrappedText(QTextEdit):
    """Read-only, selectable text that wraps anywhere, even inside a 128-digit hash or a long file path, and is
    exactly as tall as its text. (A word-wrapped QLabel cannot break a long token and would widen the window.)"""

    def __init__(
        self,
        text: str = "",
        *,
        mono: bool = False,
        html: bool = False,
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(1)
        # Blend into the window: the text is a value to read and copy, not a box to type in.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
        self.setPalette(palette)
        self.viewport().setAutoFillBackground(False)
        if mono:
            self.setFont(monospace_font())
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        if html:
            self.setHtml(text)
        else:
            self.setPlainText(text)
        self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def _fit_height(self, *_args: object) -> None:
        height = int(self.document().size().height() + 0.999) + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(max(height, self.fontMetrics().height()))

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 40, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.height())

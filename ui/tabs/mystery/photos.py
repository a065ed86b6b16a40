"""An item's photos: thumbnails with a remove button, a larger view, and the file chooser."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cxdesk.i18n import fill
from cxdesk.services.visit_detail import PhotoInfo
from ui.qtcompat import emit

THUMB = QSize(96, 72)
Loader = Callable[[int, Callable[[QImage], None]], None]  # (photo id, done) -> None


def choose_photos(parent: QWidget | None) -> list[str]:
    """Ask for photo files to attach; an empty list when cancelled (tests replace this)."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("PhotoStrip", "Attach photos"), "",
        QCoreApplication.translate("PhotoStrip", "Photos (*.jpg *.jpeg *.png *.gif *.webp);;"
                                                 "All files (*)"),
    )
    return list(paths)


def decode(data: bytes, size: QSize | None = None) -> QImage:
    """The picture in `data`, turned upright and scaled to fit `size` (off the GUI thread)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phones store portrait photos sideways with a rotation tag
    if size is not None and reader.size().isValid():
        reader.setScaledSize(reader.size().scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class Thumbnail(QWidget):
    opened = Signal(int)
    removal_asked = Signal(int)

    def __init__(self, photo: PhotoInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo = photo
        self.image = QToolButton()
        self.image.setObjectName("thumbnail")
        self.image.setIconSize(THUMB)
        self.image.setFixedSize(THUMB + QSize(8, 8))
        self.image.setText(photo.filename)
        self.image.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("remove_photo")
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.image)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.image.clicked.connect(lambda: emit(self.opened, self.photo.id))
        self.remove_button.clicked.connect(lambda: emit(self.removal_asked, self.photo.id))
        self.retranslate()

    def retranslate(self) -> None:
        size = fill(self.tr("%1 KB"), max(1, round(self.photo.size / 1024)))
        self.image.setToolTip(fill(self.tr("%1 (%2): click to see it larger"),
                                   self.photo.filename, size))
        self.remove_button.setToolTip(self.tr("Remove this photo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_image(self, image: QImage) -> None:
        if image.isNull():
            return
        self.image.setIcon(QPixmap.fromImage(image))
        self.image.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


class PhotoStrip(QWidget):
    """The thumbnails of one item, in a row; hidden when there are none."""

    opened = Signal(int)  # photo id
    removal_asked = Signal(int)  # photo id

    def __init__(self, loader: Loader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._thumbs: dict[int, Thumbnail] = {}
        self._read_only = False
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.hide()

    def photo_ids(self) -> list[int]:
        return list(self._thumbs)

    def set_photos(self, photos: Iterable[PhotoInfo]) -> None:
        """Show these photos; thumbnails already shown are kept, new ones are loaded."""
        wanted = {photo.id: photo for photo in photos}
        for photo_id in [p for p in self._thumbs if p not in wanted]:
            self._thumbs.pop(photo_id).deleteLater()
        for photo_id, photo in wanted.items():
            if photo_id in self._thumbs:
                continue
            thumb = Thumbnail(photo, self)
            thumb.remove_button.setVisible(not self._read_only)
            thumb.opened.connect(lambda pid: emit(self.opened, pid))
            thumb.removal_asked.connect(lambda pid: emit(self.removal_asked, pid))
            self._layout.insertWidget(self._layout.count() - 1, thumb)
            self._thumbs[photo_id] = thumb
            self._loader(photo_id, lambda image, pid=photo_id: self._loaded(pid, image))
        self.setVisible(bool(self._thumbs))

    def _loaded(self, photo_id: int, image: QImage) -> None:
        # the picture comes from a worker: the strip or the photo may be gone by then
        thumb = self._thumbs.get(photo_id) if isValid(self) else None
        if thumb is not None and isValid(thumb):
            thumb.set_image(image)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for thumb in self._thumbs.values():
            thumb.remove_button.setVisible(not read_only)


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows."""

    def __init__(self, parent: QWidget | None, image: QImage, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setWindowTitle(title)
        label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        screen = (parent.screen() if parent is not None else self.screen()).availableSize()
        fit = QSize(int(screen.width() * 0.8), int(screen.height() * 0.8))
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > fit.width() or pixmap.height() > fit.height():
            pixmap = pixmap.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pixmap)
        area = QScrollArea(widgetResizable=True)
        area.setWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self.resize(pixmap.size() + QSize(24, 24))

    @classmethod
    def show_photo(cls, parent: QWidget | None, image: QImage, title: str) -> None:
        viewer = cls(parent, image, title)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()

"""Run with QT_SCALE_FACTOR=2: the main window's icons at 200 %; prints one JSON line of findings."""

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.networks import NETWORKS
from socialdesk.paths import resource
from socialdesk.storage import open_store
from socialdesk.ui.application import make_application
from socialdesk.ui.calendar.icons import network_icon, network_pixmap
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.main_window import MainWindow


def main(db: str) -> None:
    app = make_application()
    store = open_store(Path(db))
    window = MainWindow(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    window.resize(1000, 640)
    window.show()
    app.processEvents()
    ratio = window.devicePixelRatioF()
    found = {"ratio": ratio, "grab": list(window.grab().size().toTuple()), "size": list(window.size().toTuple())}
    found["chips"] = {}
    for item in NETWORKS:
        pixmap = network_icon(item.key).pixmap(QSize(16, 16), ratio)
        drawn = network_pixmap(item.key, 16, ratio).toImage()
        upscaled = network_pixmap(item.key, 16, 1.0).toImage().scaled(drawn.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                                                     Qt.TransformationMode.SmoothTransformation)
        image = pixmap.toImage().convertToFormat(drawn.format())
        found["chips"][item.key] = {"size": list(pixmap.size().toTuple()), "drawn": image == drawn,
                                    "upscaled": image == upscaled.convertToFormat(drawn.format())}
    icon = app.windowIcon().pixmap(QSize(32, 32), ratio)
    file = QImage(str(resource("icons") / "socialdesk-64.png")).convertToFormat(QImage.Format.Format_ARGB32)
    found["app_icon"] = {"size": list(icon.size().toTuple()),
                         "from_64_file": icon.toImage().convertToFormat(QImage.Format.Format_ARGB32) == file}
    print(json.dumps(found))
    window.close()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1])

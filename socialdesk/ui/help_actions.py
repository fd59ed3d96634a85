"""Help → About: version, data file, schema, log file, licence."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from socialdesk import __version__
from socialdesk.paths import log_dir
from socialdesk.storage.migrations import schema_version


def show_about(parent, store) -> None:
    rows = [
        (QCoreApplication.translate("About", "Version"), __version__),
        (QCoreApplication.translate("About", "Data file"), str(store.path) if store.path else QCoreApplication.translate("About", "(in memory)")),
        (QCoreApplication.translate("About", "Data format"), str(schema_version(store.db))),
        (QCoreApplication.translate("About", "Log folder"), str(log_dir())),
        (QCoreApplication.translate("About", "Licence"), "GNU GPL v3 or later"),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About SocialDesk"),
        "<h3>SocialDesk</h3><p>"
        + QCoreApplication.translate("About", "Plan your shop's social media, tick the community rules every week and keep your local listings right. Everything stays on this computer.")
        + f"</p><table cellspacing='4'>{table}</table>",
    )

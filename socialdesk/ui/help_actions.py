"""Help → About: version, data file, schema, log file, licence."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from socialdesk import __version__
from socialdesk.paths import log_dir
from socialdesk.storage.migrations import schema_version


def show_about(parent, store) -> None:
    tr = lambda text: QCoreApplication.translate("About", text)  # noqa: E731
    rows = [
        (tr("Version"), __version__),
        (tr("Data file"), str(store.path) if store.path else tr("(in memory)")),
        (tr("Data format"), str(schema_version(store.db))),
        (tr("Log folder"), str(log_dir())),
        (tr("Licence"), "GNU GPL v3 or later"),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    QMessageBox.about(
        parent,
        tr("About SocialDesk"),
        "<h3>SocialDesk</h3><p>"
        + tr("Plan your shop's social media, tick the community rules every week and keep "
             "your local listings right. Everything stays on this computer.")
        + f"</p><table cellspacing='4'>{table}</table>",
    )

"""The move question says what really happens to the file left in the synced folder (it was just opened, it will
not be used again), and after the move nothing but that file (no -wal/-shm) stays there from this window."""

from socialdesk.paths import DB_FILE_NAME, standard_data_dir
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import PlacementNotice


def _moved(controller, tmp_path, monkeypatch, language="en"):
    asked = []
    monkeypatch.setattr(PlacementNotice, "ask_move_out",
                        classmethod(lambda cls, parent, text: asked.append(text) or True))
    synced = tmp_path / "Dropbox" / "Boutique" / "socialdesk.sqlite3"
    synced.parent.mkdir(parents=True)
    assert controller.open(synced)
    install_translators(language)  # after the open, which speaks the file's language
    try:
        controller._after_first_paint(controller.store)
    finally:
        install_translators("en")
    assert controller.store.path == standard_data_dir() / DB_FILE_NAME
    return synced, asked[0]


def test_the_question_does_not_promise_an_untouched_file_and_no_wal_stays(controller, tmp_path, monkeypatch):
    synced, text = _moved(controller, tmp_path, monkeypatch)
    assert "stays as it is" not in text
    assert "SocialDesk will no longer use the file in Dropbox; it has just opened it, so Dropbox may sync it " \
           "one last time." in text
    assert not [p.name for p in synced.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_in_french(controller, tmp_path, monkeypatch):
    _, text = _moved(controller, tmp_path, monkeypatch, "fr")
    assert "SocialDesk n'utilisera plus le fichier dans Dropbox\u202f; comme il vient de l'ouvrir, Dropbox le " \
           "synchronisera peut-être une dernière fois." in text

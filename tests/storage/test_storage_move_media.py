"""Moving the data file out of a synced folder takes the posts' images along, all or nothing."""

import os
from datetime import date, time

import pytest
from PIL import Image

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.calendar.media import import_image, media_dir, thumbnail_path
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.moved import move_out, moved_to
from tests.posix_only import needs_fifos


@pytest.fixture
def synced(tmp_path):
    """A data file in OneDrive with one post whose photo is in media/ beside it; yields (file, image name)."""
    folder = tmp_path / "Élodie" / "OneDrive" / "Documents"
    folder.mkdir(parents=True)
    photo = tmp_path / "bouquet.png"
    Image.new("RGB", (64, 64), (200, 30, 60)).save(photo)
    store = open_store(folder / "fleurs.sqlite3")
    name = import_image(store, photo)
    store.calendar.add(Post(text="Bouquet de Noël", status=PostStatus.PLANNED, day=date(2026, 12, 10),
                            time=time(9), networks=("instagram",), image=name))
    store.close()
    return folder / "fleurs.sqlite3", name


def _image_of_first_post(path):
    store = open_store(path)
    try:
        name = store.calendar.all_posts()[0].image
        return media_dir(store) / name, thumbnail_path(store, name)
    finally:
        store.close()


def test_the_moved_file_finds_its_posts_images(synced, tmp_path):
    old, name = synced
    new = tmp_path / "Local" / "SocialDesk" / "fleurs.sqlite3"
    move_out(old, new, old.parent / "SocialDesk backups")
    image, thumb = _image_of_first_post(new)
    assert image.parent == new.parent / "media" and image.is_file() and thumb.is_file()
    with Image.open(image) as opened:  # read by Pillow, as the window shows it
        assert opened.convert("RGB").getpixel((0, 0)) == (200, 30, 60)
    assert (old.parent / "media" / name).is_file()  # the original stays as it was
    assert not [p for p in new.parent.iterdir() if p.name.startswith(".media")]


def test_images_already_in_the_target_folder_are_kept_beside_the_moved_ones(synced, tmp_path):
    old, name = synced
    new = tmp_path / "Local" / "SocialDesk" / "fleurs.sqlite3"
    (new.parent / "media").mkdir(parents=True)
    (new.parent / "media" / "autre.png").write_bytes(b"an image of another file")
    move_out(old, new, old.parent / "SocialDesk backups")
    assert sorted(p.name for p in (new.parent / "media").iterdir() if p.is_file()) == sorted(["autre.png", name])


def test_a_move_failing_midway_leaves_no_media_folder_and_the_original_untouched(synced, tmp_path):
    old, name = synced
    new = tmp_path / "Local" / "SocialDesk" / "fleurs.sqlite3"
    new.mkdir(parents=True)  # the data file cannot land: the images were already copied, and must go again
    with pytest.raises(StoreWriteError):
        move_out(old, new, old.parent / "SocialDesk backups")
    assert sorted(p.name for p in new.parent.iterdir()) == ["fleurs.sqlite3"]
    assert moved_to(old) is None and (old.parent / "media" / name).is_file()


@needs_fifos
def test_an_image_that_cannot_be_copied_leaves_nothing_at_the_destination(synced, tmp_path):
    old, name = synced
    os.mkfifo(old.parent / "media" / "zz-not-a-file.jpg")  # copying it fails after the real image was copied
    new = tmp_path / "Local" / "SocialDesk" / "fleurs.sqlite3"
    with pytest.raises(StoreWriteError):
        move_out(old, new, old.parent / "SocialDesk backups")
    assert not new.parent.exists() or list(new.parent.iterdir()) == []
    assert moved_to(old) is None and (old.parent / "media" / name).is_file()

"""The sample bakery's content plan: a busy week around today, a weekly series and some ideas."""

import io
import tempfile
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path

from socialdesk.domain.calendar.google_post import EXTRA_KEY, GoogleKind, GooglePost
from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.posts import About, Post, PostStatus
from socialdesk.domain.weeks import monday_of
from socialdesk.storage.calendar.media import ImageRefused, import_image
from socialdesk.storage.strategy.demo import _speaks_french

_PILLARS = ("Coulisses du fournil", "Nos pains et la saison", "Offres et commandes")

# (day offset from this week's Monday, hour, minute, networks, status, pillar index, about, text)
_WEEK = (
    (-6, 8, 0, ("instagram", "facebook"), PostStatus.PUBLISHED, 0, About.TEAM,
     "4 h du matin au fournil : Karim façonne les baguettes de la journée."),
    (-4, 12, 30, ("google",), PostStatus.PUBLISHED, 2, About.CUSTOMERS,
     "Merci à Mme Perrin pour sa commande de 40 mini-viennoiseries pour l'école !"),
    (0, 7, 30, ("instagram",), PostStatus.PUBLISHED, 1, About.US,
     "La fournée de pain au levain est sortie. Croûte craquante, mie alvéolée."),
    (0, 18, 0, ("facebook",), PostStatus.PLANNED, 0, About.SUPPLIERS,
     "Visite au Moulin de la Tour : notre farine vient de 30 km d'ici."),
    (1, 9, 0, ("instagram", "facebook", "google"), PostStatus.PLANNED, 1, About.LOCAL,
     "Marché de la Croix-Rousse samedi : retrouvez notre stand place des Tapis."),
    (2, None, None, ("x", "bluesky"), PostStatus.DRAFT, 2, About.CUSTOMERS,
     "Question du jour : plutôt pain au chocolat ou chocolatine ? Vos réponses !"),
    (3, 11, 0, ("instagram",), PostStatus.PLANNED, 1, About.CUSTOMERS,
     "Beaujolais nouveau : notre pain aux noix l'accompagne à merveille. Et vous, quel accord ?"),
    (3, 16, 45, ("facebook", "linkedin"), PostStatus.SKIPPED, 2, About.US,
     "Nous sommes fiers d'annoncer notre nouveau site internet."),
    (5, 10, 0, ("instagram", "tiktok"), PostStatus.PLANNED, 0, About.TEAM,
     "Léa vous montre le feuilletage des croissants, en 30 secondes."),
    (6, 9, 30, ("facebook",), PostStatus.DRAFT, 1, About.PARTNERS,
     "Le café d'en face sert nos brioches le dimanche : merci Chez Paulette !"),
    (8, 8, 0, ("instagram",), PostStatus.PLANNED, 1, About.CUSTOMERS,
     "Photo de la semaine : la galette d'un client, partagée avec #BoulangerieLea."),
)
_IDEAS = (
    ("Recette de pain perdu avec le pain de la veille (anti-gaspi)", ("instagram", "facebook"), About.CUSTOMERS),
    ("Portrait de Sofia, apprentie depuis septembre", ("instagram", "linkedin"), About.TEAM),
    ("Chandeleur : précommandes de crêpes ?", ("facebook", "google"), About.CUSTOMERS),
    ("Les coulisses d'une bûche de Noël", ("instagram", "youtube"), About.TEAM),
)


# The market post's picture: drawn at demo creation (4:5, fits Instagram), cropped by hand for Google's 4:3.
_ALT_TEXT = "Une miche de pain au levain dorée, marquée de trois entailles, posée sur une planche en bois."
_GOOGLE_CROP = (0.0, 0.12, 1.0, 0.6)  # the loaf, not the board's lower half


@lru_cache(maxsize=1)
def _loaf_png() -> bytes:
    """A bread-coloured drawing, no words: a scored loaf on a board (1080 × 1350)."""
    from PIL import Image, ImageDraw  # Pillow only when a demo is made

    image = Image.new("RGB", (1080, 1350), (246, 234, 214))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((90, 760, 990, 1180), 60, fill=(176, 124, 78))  # the board
    draw.ellipse((180, 300, 900, 800), fill=(196, 132, 62), outline=(140, 86, 40), width=12)  # the loaf
    draw.ellipse((240, 340, 840, 700), fill=(214, 158, 86))  # its golden top
    for y in (430, 530, 630):  # the baker's cuts
        draw.line((330, y + 40, 750, y - 40), fill=(238, 212, 160), width=22)
    return _to_png(image)


def _to_png(image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _demo_image(store) -> str:
    """The drawing's file name in the media folder, or "" when it cannot be written (the demo goes on)."""
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "miche.png"
            path.write_bytes(_loaf_png())
            return import_image(store, path)
    except (OSError, ImageRefused):
        return ""


def _show_image(store, post: Post) -> None:
    """The demo's image post: alt text, and a crop of its own for Google (Instagram and Facebook take 4:5)."""
    post.image = _demo_image(store)
    if post.image:
        post.alt_text, post.crops = _ALT_TEXT, {"google": _GOOGLE_CROP}


# Instagram's hashtag set and signature, in the demo's language (True: French)
_INSTAGRAM_EXTRAS = {True: ("#boulangerie #lyon #painaulevain", "Lien dans la bio"),
                     False: ("#bakery #lyon #sourdough", "Link in bio")}


def seed_demo(store, today: date) -> None:
    repo = store.calendar
    monday = monday_of(today)
    posts = []
    for offset, hour, minute, networks, status, pillar, about, text in _WEEK:
        day = monday + timedelta(days=offset)
        post = Post(day=day, time=time(hour, minute) if hour is not None else None, networks=networks,
                    text=text, status=status, pillar=_PILLARS[pillar], about=about.value)
        if status is PostStatus.PUBLISHED:
            post.published_at = datetime.combine(day, post.time or time(9, 0)) + timedelta(minutes=4)
        if "x" in networks:
            post.variants = {"x": "Pain au chocolat ou chocolatine ? 🥐 Répondez-nous !"}
        if "google" in networks and status is PostStatus.PLANNED:  # the market stand is a Google event
            saturday = monday + timedelta(days=5)
            post.extra = {EXTRA_KEY: GooglePost(GoogleKind.EVENT, "Notre stand au marché de la Croix-Rousse",
                                                saturday, saturday).to_extra()}
            _show_image(store, post)
        posts.append(post)
    posts.extend(Post(text=text, networks=networks, about=about.value, status=PostStatus.IDEA)
                 for text, networks, about in _IDEAS)
    repo.import_posts(posts)
    repo.save_extras("instagram", *_INSTAGRAM_EXTRAS[_speaks_french(store)])
    friday = monday + timedelta(days=4)
    repo.add_series(
        Post(time=time(17, 0), networks=("instagram", "facebook"), status=PostStatus.PLANNED, pillar=_PILLARS[1],
             about=About.US.value, text="Le pain du vendredi : cette semaine, seigle et raisins."),
        Recurrence(Frequency.WEEKLY, friday, count=8))

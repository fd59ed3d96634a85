"""Issue 17's pictures: each new screen opened with the real widgets on the demo bakery, French (and a few English)."""

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
SIZE = (1366, 768)  # the smallest common laptop screen, for the pages of the main window
MOMENT = datetime(2026, 11, 26, 9, 0)  # the gallery's Thursday (docs/screens): the demo's week is full
LIMIT = 250 * 1024  # bytes per picture
ENGLISH_TOO = ("reply-1-star", "hashtags-signatures", "year-view", "door-sign")  # also made in English


def _settle(rounds: int = 6) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def _save(widget, path: Path) -> None:
    """PNG at full compression; over the limit, the same picture in 256 colours (as make_screens does)."""
    widget.grab().toImage().save(str(path), "PNG", 0)
    if path.stat().st_size > LIMIT:
        from PIL import Image

        with Image.open(path) as picture:
            picture.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


class Shots:
    """One demo file and one main window per language; each method returns the widget to photograph."""

    def __init__(self, store, bus, clock, window):
        self.store, self.bus, self.clock, self.window = store, bus, clock, window
        self.french = store.settings.get("language") == "fr"

    # -- helpers ---------------------------------------------------------------------------------
    def _listing(self, key: str):
        return next(item for item in self.store.presence.listings() if item.platform_key == key)

    def _image_post(self):
        posts = self.store.calendar.posts_between(date(2026, 11, 1), date(2026, 12, 31))
        return next(post for post in posts if post.image)

    def _post_dialog(self):
        from socialdesk.domain.calendar.google_post import GoogleKind
        from socialdesk.ui.calendar.post_dialog import PostDialog

        dialog = PostDialog(None, self._image_post(), self.store, None, True, clock=self.clock)
        dialog.google_kind.setCurrentIndex(dialog.google_kind.findData(GoogleKind.OFFER.value))
        dialog.google_title.setText("−20 % sur les galettes des rois" if self.french else "20% off king cakes")
        return dialog

    def _reply(self, stars: int):
        from socialdesk.ui.presence.reply_dialog import ReplyDialog

        dialog = ReplyDialog(None, self.store, self.clock, self._listing("google_business"))
        dialog.set_rating(stars)
        dialog.first_name.setText("Julien")
        dialog.mentioned.setText(("la tourte de seigle" if stars > 2 else "l'attente de samedi midi") if self.french
                                 else ("the rye loaf" if stars > 2 else "the wait on Saturday noon"))
        dialog.signer.setText("Léa")
        return dialog

    def _page(self, tab: int, page_name: str):
        self.window.show_tab(tab)
        content = self.window.tabs.widget(tab).ensure_built()
        return content, getattr(content, page_name, None)

    # -- the screens -----------------------------------------------------------------------------
    def reply_5_stars(self):
        return self._reply(5)

    def reply_1_star(self):
        return self._reply(1)

    def tally_week(self):
        content, _ = self._page(2, "pages")
        content.pages.setCurrentWidget(content.week_page)
        _settle()
        content.week_page.ensureWidgetVisible(content.week_page.reviews_box, 0, 200)
        return self.window

    def tally_history(self):
        content, _ = self._page(2, "pages")
        content.pages.setCurrentWidget(content.history_page)
        return self.window

    def hashtags_signatures(self):
        from socialdesk.ui.calendar.extras_dialog import ExtrasDialog

        return ExtrasDialog(None, self.store.calendar.extras())

    def post_image_google(self):
        return self._post_dialog()

    def crop(self):
        from socialdesk.domain.calendar.image_shapes import default_crop
        from socialdesk.storage.calendar.media import media_dir
        from socialdesk.ui.calendar.crop_dialog import CropDialog
        from socialdesk.ui.calendar.post_shapes import shape_words
        from socialdesk.ui.calendar.upright import upright_pixmap

        post = self._image_post()
        pixmap = upright_pixmap(media_dir(self.store) / post.image)
        box = post.crops.get("google") or default_crop("google", pixmap.width(), pixmap.height())
        dialog = CropDialog(None, pixmap, "google", box, shape_words("google"))
        dialog.resize(560, 640)
        return dialog

    def preview(self):
        self._keep = self._post_dialog()  # the preview's parent
        dialog = self._keep.open_preview(modal=False)
        dialog.tabs.setCurrentIndex(1)  # Instagram: its hashtags and signature under the text
        return dialog

    def publish_alt_text(self):
        from socialdesk.ui.calendar.publish_dialog import PublishDialog

        return PublishDialog(None, self._image_post(), self.store)

    def shop_hours(self):
        content, _ = self._page(0, "steps")
        content.steps.setCurrentRow(0)
        _settle()
        editor = next(page.hours_editor for page in content.findChildren(object) if hasattr(page, "hours_editor"))
        scroll = editor.parent()
        while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
            scroll = scroll.parent()
        if scroll is not None:
            scroll.ensureWidgetVisible(editor, 0, 0)
        return self.window

    def special_day(self):
        from socialdesk.domain.hours.model import DayException, Span
        from socialdesk.ui.common.special_days import SpecialDayDialog

        return SpecialDayDialog(None, DayException(date(2026, 12, 24), (Span(7 * 60, 17 * 60),),
                                                   "Réveillon" if self.french else "Christmas Eve"))

    def year_view(self):
        from socialdesk.ui.calendar.year_dialog import YearDialog

        dialog = YearDialog(None, self.store, self.bus, self.clock, 2027)
        dialog.resize(820, 700)
        closure = next(row for row, occasion in enumerate(dialog.rows) if occasion is not None and occasion.closure)
        dialog.table.selectRow(closure)  # the annual leave: Edit and Prepare open
        return dialog

    def prepare_holiday(self):
        from socialdesk.domain.calendar.closures import Occasion
        from socialdesk.domain.calendar.special_days import public_holidays
        from socialdesk.ui.calendar.year_dialog import PrepareDialog

        day = date(2026, 12, 25)
        dialog = PrepareDialog(None, self.store, self.bus, self.clock,
                               Occasion(day, day, holiday=dict(public_holidays(2026))[day]))
        dialog.resize(720, dialog.heightForWidth(720) if dialog.hasHeightForWidth() else dialog.sizeHint().height())
        return dialog

    def prepare_closure(self):
        from socialdesk.domain.calendar.closures import Occasion
        from socialdesk.ui.calendar.year_dialog import PrepareDialog

        closure = next(c for c in self.store.calendar.closures.closures() if c.days >= 7)  # the August leave
        dialog = PrepareDialog(None, self.store, self.bus, self.clock,
                               Occasion(closure.first, closure.last, closure=closure))
        dialog.resize(720, dialog.heightForWidth(720) if dialog.hasHeightForWidth() else dialog.sizeHint().height())
        return dialog

    def _christmas(self):
        from socialdesk.domain.calendar.closures import Occasion
        from socialdesk.domain.calendar.special_days import public_holidays
        from socialdesk.ui.calendar.year_dialog import PrepareDialog

        day = date(2026, 12, 25)
        return PrepareDialog(None, self.store, self.bus, self.clock,
                             Occasion(day, day, holiday=dict(public_holidays(2026))[day]))

    def closed_day_posts(self):
        dialog = self._christmas()
        dialog.tasks.answer.closed_button.click()  # the Friday post at 17:00 is still planned that day
        dialog.resize(720, dialog.heightForWidth(720) if dialog.hasHeightForWidth() else dialog.sizeHint().height())
        return dialog

    def door_sign(self):
        """The door sign as printed: saved as PDF through the tasks' button, its page rasterised by pdftoppm."""
        import subprocess

        from socialdesk.ui.common.save_guard import SaveGuard

        dialog = self._christmas()
        target = Path(tempfile.mkdtemp(prefix="socialdesk-sign-")) / "sign.pdf"
        asked = SaveGuard.ask
        SaveGuard.ask = classmethod(lambda cls, *args, **kwargs: (target, ""))
        try:
            dialog.tasks.door_button.click()
        finally:
            SaveGuard.ask = asked
        dialog.close()
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(target), str(target.with_suffix(""))],
                       check=True)
        return target.with_suffix(".png")

    def hashtag_warnings(self):
        from socialdesk.ui.calendar.extras_dialog import ExtrasDialog

        dialog = ExtrasDialog(None, self.store.calendar.extras())
        dialog.set_row("instagram", "#boulangerie ##pain #boulangerie-lyon #— #croissant",
                       "Lien en bio" if self.french else "Link in bio")
        return dialog

    def consistency_hours(self):
        content, _ = self._page(3, "pages")
        content.pages.setCurrentWidget(content.consistency)
        _settle()
        page = content.consistency
        page.reload()
        checks = page.model.checks
        for row, check in enumerate(checks):
            if check.hours.state.value == "different":
                page.table.selectRow(row)
                break
        _settle()
        page.details.verticalScrollBar().setValue(page.details.verticalScrollBar().maximum())  # the hours, whole
        return self.window


# picture name -> (method, what it shows)
SCREENS = {
    "reply-5-stars": ("reply_5_stars", "Reply to a review, 5★ on Google: the blanks filled, the draft ready to copy."),
    "reply-1-star": ("reply_1_star", "Reply to a review, 1★: the unhappy-customer guide above a draft that follows "
                                     "it."),
    "review-tally-week": ("tally_week", "Checklist › Week: the week's tally of reviews received and answered."),
    "review-tally-history": ("tally_history", "Checklist › Over time: the review tallies week after week."),
    "hashtags-signatures": ("hashtags_signatures", "Hashtag sets and signatures per network, counted in the limit."),
    "post-image-google": ("post_image_google", "The post dialog with an image, its alt text, the shapes check and "
                                               "the Google post helper set to Offer."),
    "crop": ("crop", "Crop for Google (4:3) with the movable frame; the original image is not changed."),
    "preview": ("preview", "“How it will look”: the post as Instagram shows it, its image and the text cut where "
                           "the feed cuts it (“… plus”); one tab per chosen network."),
    "publish-alt-text": ("publish_alt_text", "The publishing assistant: the image step with the alt text to copy."),
    "shop-hours": ("shop_hours", "Strategy › step 1, the shop card: the opening hours grid and its special days."),
    "special-day": ("special_day", "The special-day dialog: one dated day, closed or with its own hours, a reason."),
    "year-view": ("year_view", "The year view: public holidays, the shop calendar's dates and the shop's closures."),
    "prepare-holiday": ("prepare_holiday", "Before a public holiday: open as usual, special hours or closed, then "
                                           "the tasks."),
    "prepare-closure": ("prepare_closure", "Before a closure of 7 days or more: the “temporarily closed” warning "
                                           "and the tasks."),
    "closed-day-posts": ("closed_day_posts", "Christmas answered “closed”: the posts still planned that day are "
                                             "named, one click from their week; nothing is moved."),
    "door-sign": ("door_sign", "The door sign as printed (PDF page through pdftoppm): the day's hours, then the "
                               "holidays and closures of the next two months, and the code to the Google listing."),
    "hashtag-warnings": ("hashtag_warnings", "Hashtag sets checked: a doubled #, a tag a hyphen cuts short, a tag "
                                             "with no word; “Tidy the hashtags” mends them, nothing is rewritten "
                                             "unasked."),
    "consistency-hours": ("consistency_hours", "Presence › Consistency: each listing's hours against the shop's, "
                                               "day by day."),
}


def render(language: str, work: Path, names: list[str]) -> list[Path]:
    from socialdesk.domain.clock import fixed_clock
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    clock = fixed_clock(MOMENT)
    store = build_demo_file(work / f"demo-{language}.sqlite3", MOMENT.date(), language)
    install_translators(language)
    bus = DataBus()
    window = MainWindow(store, bus, clock)
    window.resize(*SIZE)
    window.show()
    shots = Shots(store, bus, clock, window)
    made = []
    for name in names:
        method, _words = SCREENS[name]
        widget = getattr(shots, method)()
        path = HERE / f"{name}-{language}.png"
        if isinstance(widget, Path):  # a printed page, already a picture
            from PIL import Image

            with Image.open(widget) as page:
                page.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
            made.append(path)
            continue
        widget.show()
        _settle()
        window.statusBar().clearMessage()  # the scratch folder's random name would differ in every picture
        _settle()
        _save(widget, path)
        made.append(path)
        if widget is not window:
            widget.close()
            widget.deleteLater()
        _settle()
    window.close()
    window.deleteLater()
    _settle()
    store.close()
    return made


SEEN = (  # looked at on every picture (3 December 2026)
    "The post dialog's character counts wrap inside a number: \"Google Business Profile : 175 / 1 500\" breaks "
    "after the slash at this width (920 px), leaving \"1 500\" alone on the next line.",
    "The preparation screens list the listings' tasks, the door sign to print (a button saves it as a PDF, records "
    "it at the door and ticks the task) and the ready post; a holiday asks first whether the shop opens.",
    "The demo's image post is the market-stand Google Event; for the picture its Google helper is switched to "
    "Offer with a made-up title (not saved).",
)


def readme(made: list[Path]) -> str:
    lines = ["# Issue 17: the new screens", "",
             "Each picture is the real widget, opened on the demo bakery (`socialdesk --demo`) built for "
             f"{MOMENT:%d %B %Y} with a fixed clock, offscreen, light theme, in French (three also in English). "
             "The demo's shop card has its own special days (Christmas open the morning, New Year's Day closed) and "
             "two closures (a week of oven works in February, the August leave). "
             "Dialogs are shown, photographed and closed (never run modally).", "",
             "Regenerate with `.venv/bin/python docs/changes/issue17/make_pictures.py`.", "",
             "| Picture | What it shows |", "|---|---|"]
    for path in made:
        name, language = path.stem.rsplit("-", 1)
        lines.append(f"| ![{name} ({language})]({path.name}) | {SCREENS[name][1]} ({language.upper()}) |")
    lines += ["", "Seen on the pictures:", ""] + [f"- {line}" for line in SEEN]
    return "\n".join(lines) + "\n"


def main() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = sys.argv[1:]  # names to redo, for a quick look; all by default
    with tempfile.TemporaryDirectory(prefix="socialdesk-issue17-") as scratch:
        work = Path(scratch)
        for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):  # never the owner's own settings
            os.environ[variable] = str(work / variable.lower())
        from socialdesk.ui import application

        application.make_application()
        french = [name for name in SCREENS if not only or name in only]
        english = [name for name in ENGLISH_TOO if not only or name in only]
        made = render("fr", work, french) + render("en", work, english)
    if not only:
        (HERE / "README.md").write_text(readme(made), encoding="utf-8")
    for path in made:
        print(f"{path.name}  {path.stat().st_size // 1024} KB")
    return made


if __name__ == "__main__":
    main()

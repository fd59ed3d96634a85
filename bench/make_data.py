"""Builds the ten-year benchmark data file through the storage repositories, from a fixed seed.

    python bench/make_data.py bench/data/ten-years.sqlite3 [--seed N] [--today YYYY-MM-DD] [--force]

Ten years (520 ISO weeks up to the current one) of a bakery that used SocialDesk every week: about 10,000 posts (the
past ones published or skipped, the next four weeks planned), the checklist ticked week after
week, 30 listings, drivers, and a strategy reviewed every year. The same seed and the same
`--today` give the same rows; `--today` defaults to today, so the current week always has data.
A JSON file beside the data file records the seed, the anchor week and the counts.

Writes go through store.strategy / store.calendar / store.rules / store.presence, nested in one
outer `store.write()` per part (the repositories' own transactions become savepoints), so
the whole file builds in seconds instead of one fsync per row.
"""

import argparse
import json
import random
import sys
import time as clock
from functools import partial
from datetime import date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import data_words as words  # noqa: E402  (beside this script)

from socialdesk.domain.weeks import IsoWeek, monday_of  # noqa: E402
from socialdesk.storage import open_store  # noqa: E402

SEED = 2011  # the year of the interview
WEEKS = 520
WEEKS_AHEAD = 4  # planned weeks after the current one
SIDE_SUFFIXES = ("-wal", "-shm", ".lock")


def week_mondays(today: date) -> list[date]:
    """The 520 weeks ending with the current one, then the weeks planned ahead."""
    first = monday_of(today) - timedelta(weeks=WEEKS - 1)
    return [first + timedelta(weeks=i) for i in range(WEEKS + WEEKS_AHEAD)]


def build(path: Path, seed: int = SEED, today: date | None = None, scale: float = 1.0) -> dict:
    """Create the file at `path` (which must not exist); returns what was written.

    `scale` multiplies the posts of each week (0.1: about 1,000 posts, 10: about 100,000)."""
    today = today or date.today()
    rng = random.Random(seed)
    mondays = week_mondays(today)
    store = open_store(path, now=datetime.combine(mondays[0], time(8, 0)))
    try:
        # A benchmark file, not the owner's: no fsync per transaction while it is built.
        store.conn.execute("PRAGMA synchronous=OFF")
        counts = {"seed": seed, "today": today.isoformat(), "first_week": IsoWeek.of(mondays[0]).key,
                  "last_week": IsoWeek.of(mondays[-1]).key}
        for name, part in (("strategy", _strategy), ("listings", _listings), ("posts", partial(_posts, scale=scale)),
                           ("ticks", _checklist)):
            with store.write():
                counts[name] = part(store, rng, mondays, today)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return counts


# ----- strategy: a shop card, and a version reviewed every year ---------------------------
def _strategy(store, rng: random.Random, mondays: list[date], today: date) -> int:
    from socialdesk.domain.community import CommunityGroup
    from socialdesk.domain.shop import ShopCard
    from socialdesk.domain.strategy.model import Driver, Goal, StrategyPillar

    from socialdesk.domain.hours.parse import parse_hours

    typed = "Mar–sam 7 h–19 h 30"
    store.shop.save(ShopCard(  # the week kept with the text, as the grid and the upgrade of older files keep it
        name="Boulangerie Léa", trade="Boulangerie artisanale", address="12 rue d'Austerlitz", postcode="69004",
        city="Lyon", phone="04 78 00 00 00", email="bonjour@boulangerie-lea.example",
        website="https://boulangerie-lea.example", opening_hours=typed, languages=["fr", "en"],
        hours=parse_hours(typed)))
    repo = store.strategy
    years = sorted({m.year for m in mondays})
    for index, year in enumerate(years):
        if index:
            repo.start_review(date(year, 1, 8))
        for key, value in words.STRATEGY_TEXTS.items():
            repo.set_text(key, value if key != "stand.value" else f"{value} ({year})")
        repo.save_goals([Goal(f"{20 + index * 5} avis Google de plus", date(year, 12, 31)),
                         Goal("10 commandes de galettes par message en janvier")])
        for group in CommunityGroup:
            people = [Driver(group, _person(rng), f"@{rng.randrange(10**6):06d}", "") for _ in range(2)]
            repo.save_drivers(group, people)
        for network_key, posts in (("instagram", 3 + index % 2), ("facebook", 2), ("google", 1)):
            repo.set_channel(network_key, posts)
        repo.save_pillars([StrategyPillar(n, s, sells) for n, s, sells in words.PILLARS])
    cadence = {"instagram": 3, "facebook": 2, "google": 1}
    pillars = [StrategyPillar(n, s).as_pillar() for n, s, _ in words.PILLARS]
    repo.record_applied(cadence, pillars, datetime.combine(today, time(9, 0)))
    return len(years)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"


# ----- listings: the 19 catalogue platforms and 11 of the owner's own ---------------------
def _listings(store, rng: random.Random, mondays: list[date], today: date) -> int:
    from socialdesk.domain.presence.listings import Listing, ListingStatus
    from socialdesk.domain.presence.platforms import CUSTOM_KEY, PLATFORM_KEYS

    statuses = tuple(ListingStatus)
    listings = [Listing(key, handle="boulangerielea") for key in PLATFORM_KEYS]
    listings += [Listing(CUSTOM_KEY, custom_name=name) for name in words.CUSTOM_LISTINGS]
    for number, listing in enumerate(listings):
        listing.status = rng.choice(statuses)
        listing.url = "" if listing.platform_key != CUSTOM_KEY else f"https://annuaire.example/fiche/{number}"
        listing.nap_name = rng.choice(("Boulangerie Léa", "Boulangerie Lea", "BOULANGERIE LEA"))
        listing.nap_address = rng.choice(("12 rue d'Austerlitz, 69004 Lyon", "14 r. Austerlitz 69004 Lyon"))
        listing.nap_phone = rng.choice(("04 78 00 00 00", "+33 4 78 00 00 00", "04 78 00 00 01"))
        listing.last_checked = today - timedelta(days=rng.randrange(400))
        listing.print_card = number % 3 == 0
        store.presence.add(listing)
    store.presence.set_link_value("wifi_ssid", "Boulangerie Léa – invités")
    return len(listings)


# ----- posts: about 19 a week for ten years, published by hand ----------------------------
def _posts(store, rng: random.Random, mondays: list[date], today: date, scale: float = 1.0) -> int:
    from socialdesk.domain.posts import Post

    posts = []
    for monday in mondays:
        for _ in range(round(rng.randint(15, 23) * scale)):
            posts.append(_post(rng, monday + timedelta(days=rng.randrange(7)), today, Post))
    for _ in range(round(120 * scale)):  # ideas without a day
        posts.append(Post(text=_text(rng), pillar=rng.choice(words.PILLARS)[0], networks=("instagram",),
                          uid=f"{rng.getrandbits(128):032x}", zone="Europe/Paris"))
    store.calendar.import_posts(posts)
    return len(posts)


def _post(rng: random.Random, day: date, today: date, post_cls):
    from socialdesk.domain.posts import PostStatus

    at = time(rng.choice((7, 8, 9, 12, 17, 18, 19)), rng.choice((0, 15, 30, 45))) if rng.random() < 0.8 else None
    networks = tuple(sorted(rng.sample(("instagram", "facebook", "google", "x", "tiktok"), rng.randint(1, 3))))
    status, published = PostStatus.PLANNED, None
    if day < today or (day == today and rng.random() < 0.5):
        roll = rng.random()
        status = PostStatus.PUBLISHED if roll < 0.86 else PostStatus.SKIPPED if roll < 0.95 else PostStatus.PLANNED
        if status is PostStatus.PUBLISHED:
            published = datetime.combine(day, at or time(10, 0)) + timedelta(minutes=rng.randrange(90))
    elif rng.random() < 0.3:
        status = PostStatus.DRAFT
    variants = {"x": _text(rng)[:270]} if "x" in networks and rng.random() < 0.5 else {}
    return post_cls(day=day, time=at, networks=networks, text=_text(rng), status=status, published_at=published,
                    pillar=rng.choice(words.PILLARS)[0], about=rng.choice(words.ABOUTS), variants=variants,
                    notes=rng.choice(("", "", "", "Photo prise par Hugo.")), zone="Europe/Paris",
                    uid=f"{rng.getrandbits(128):032x}")


def _text(rng: random.Random) -> str:
    lines = [f"{rng.choice(words.OPENINGS)} {rng.choice(words.SUBJECTS)}, {rng.choice(words.DETAILS)}"]
    for _ in range(rng.choice((0, 0, 1, 2, 4))):
        lines.append(f"{rng.choice(words.SUBJECTS).capitalize()} : {rng.choice(words.DETAILS)}")
    lines.append(" ".join(rng.sample(words.HASHTAGS, 3)))
    return "\n".join(lines)


# ----- checklist: the rules, ticked (or not) every week; drivers ---------------------------
def _checklist(store, rng: random.Random, mondays: list[date], today: date) -> int:
    from socialdesk.domain.rules.model import Frequency, Rule

    repo = store.rules
    start = IsoWeek.of(mondays[0])
    rules = [Rule(text=t, why=w, frequency=Frequency(f), month_week=m, first_week=start) for t, w, f, m in words.RULES]
    later = [Rule(text=t, why=w, frequency=Frequency(f), month_week=m, first_week=start.shifted(150))
             for t, w, f, m in words.LATER_RULES]
    for rule in rules + later:
        repo.add(rule, mondays[0])
    repo.archive(rules[2].id, mondays[300])
    ticks = 0
    current = IsoWeek.of(today)
    for monday in mondays:
        week = IsoWeek.of(monday)
        if week.key > current.key:
            break
        ticks += _tick_week(repo, rng, week, monday, current)
    for index in range(25):
        repo.ensure_driver(_person(rng) if index % 3 else rng.choice(words.COMPANIES),
                           rng.choice(("customers", "prescribers", "partners", "suppliers")),
                           f"@{rng.randrange(10**6):06d}", "")
    return ticks


def _tick_week(repo, rng: random.Random, week: IsoWeek, monday: date, current: IsoWeek) -> int:
    habit = 0.6 + 0.35 * ((monday.toordinal() // 91) % 3) / 2  # habits come and go by season
    ticks = 0
    for rule in repo.rules_for_week(week):
        if week == current and rng.random() < 0.5:
            continue
        done = rng.random() < habit
        when = datetime.combine(monday + timedelta(days=4), time(17, rng.randrange(60)))
        repo.set_done(rule.id, week, done, when)
        if rng.random() < 0.05:
            repo.set_note(rule.id, week, rng.choice(words.NOTES))
        ticks += 1
    return ticks


def remove_file(path: Path) -> None:
    for candidate in (path, *(Path(str(path) + s) for s in SIDE_SUFFIXES)):
        candidate.unlink(missing_ok=True)
    backups = path.parent / "backups"
    if backups.is_dir():
        for old in backups.glob(f"{path.stem}*"):
            old.unlink()


def is_fresh(path: Path, seed: int, today: date) -> bool:
    """Built by this version of the generator, with this seed, anchored on the current week."""
    summary = path.with_suffix(".json")
    if not path.exists() or not summary.exists():
        return False
    sources = (Path(__file__), Path(words.__file__))
    if any(source.stat().st_mtime > path.stat().st_mtime for source in sources):
        return False
    built = json.loads(summary.read_text(encoding="utf-8"))
    anchor = date.fromisoformat(built["today"])
    return built["seed"] == seed and IsoWeek.of(anchor) == IsoWeek.of(today)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--scale", type=float, default=1.0, help="posts per week × SCALE (the scaling table)")
    parser.add_argument("--if-stale", action="store_true",
                        help="rebuild only if missing, from another week, or older than this generator")
    args = parser.parse_args(argv)
    if args.if_stale and is_fresh(args.path, args.seed, args.today or date.today()):
        print(f"{args.path} is up to date")
        return 0
    if args.path.exists() and not (args.force or args.if_stale):
        print(f"{args.path} exists (use --force to rebuild it)", file=sys.stderr)
        return 1
    args.path.parent.mkdir(parents=True, exist_ok=True)
    remove_file(args.path)
    started = clock.monotonic()
    counts = build(args.path, args.seed, args.today, args.scale)
    counts["seconds"] = round(clock.monotonic() - started, 1)
    counts["bytes"] = args.path.stat().st_size
    args.path.with_suffix(".json").write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())

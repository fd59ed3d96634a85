"""The tabs' writes for the kill test (posts, ticks, listings, imports), added as they land.

Each workload is a pair: `perform(store, rng, tag)` runs in the writer child and emits
`begin`/`ack` events; `check(store, acked, pending)` runs in the test after the kill and
returns how many acknowledged writes it verified. A workload whose repository is not in the
tree yet is simply absent.
"""

from datetime import date, datetime, timedelta
from importlib import import_module

TEXTS = ("Fournée du matin 🥖", "عرض اليوم", "nul\x00byte", "=1+1", "é" * 2000, "a \"quoted\"; cell, with\nnewline")
DAY0 = date(2026, 11, 2)


# ----- posts: add one, and sometimes mark one of this round's posts published -------------------
def perform_post(store, rng, tag, emit, digest):
    from socialdesk.domain.post_text import clean_text
    from socialdesk.domain.posts import Post, PostStatus

    text = rng.choice(TEXTS) + f" {tag}"
    post = Post(day=DAY0 + timedelta(days=rng.randrange(60)), networks=("instagram",), text=text,
                status=PostStatus.PLANNED, notes=f"kill-{tag}")
    kept = clean_text(text)  # what storage keeps of a post's text (domain/post_text.py): no NUL, LF breaks
    emit({"ev": "begin", "op": "post", "tag": tag, "h": digest(kept)})
    store.calendar.add(post)
    emit({"ev": "ack", "op": "post", "tag": tag, "h": digest(kept), "id": post.id})
    if rng.random() < 0.3:
        when = datetime(2026, 11, 2, 9, 30) + timedelta(minutes=rng.randrange(10**5))
        emit({"ev": "begin", "op": "post", "publish": post.id, "when": when.isoformat(timespec="minutes")})
        store.calendar.mark_published(post.id, when)
        emit({"ev": "ack", "op": "post", "publish": post.id, "when": when.isoformat(timespec="minutes")})


def check_posts(store, record, acked, pending) -> int:
    from writer_child import digest

    for event in acked:
        if "publish" in event:
            record.setdefault("published", {})[event["publish"]] = event["when"]
        else:
            record.setdefault("posts", {})[event["tag"]] = event["h"]
    rows = {notes[5:]: (text, status, published) for notes, text, status, published in store.conn.execute(
        "SELECT notes, text, status, published_at FROM posts WHERE notes LIKE 'kill-%'")}
    ids = dict(store.conn.execute("SELECT id, notes FROM posts WHERE notes LIKE 'kill-%'"))
    checked = 0
    for tag, expected in record.get("posts", {}).items():
        assert tag in rows, f"acknowledged post {tag} lost"
        assert digest(rows[tag][0]) == expected, f"acknowledged post {tag} changed"
        checked += 1
    for post_id, when in record.get("published", {}).items():
        _text, status, published = rows[ids[post_id][5:]]
        assert (status, published) == ("published", when), f"acknowledged publication of post {post_id} lost"
        checked += 1
    extra = set(rows) - set(record.get("posts", {}))
    if extra:
        assert pending and pending.get("tag") in extra and len(extra) == 1, f"posts nobody wrote: {extra}"
        assert digest(rows[pending["tag"]][0]) == pending["h"], "a half-written post"
        record.setdefault("posts", {})[pending["tag"]] = pending["h"]
    return checked


# ----- a CSV import through the real parser and import_posts: all of it or nothing ---------------
def perform_import(store, rng, tag, emit, digest):
    from socialdesk.domain.calendar.csv_format import parse_csv

    count = rng.randrange(20, 400)
    lines = ["date,time,networks,status,pillar,about,text,notes"]
    for i in range(count):
        day = DAY0 + timedelta(days=rng.randrange(90))
        lines.append(f'{day.isoformat()},09:{i % 60:02d},facebook,planned,,,"Import {i} 🍞 ""ok""",imp-{tag}-{i}')
    parsed = parse_csv("\r\n".join(lines).encode("utf-8"))
    assert not parsed.errors and len(parsed.posts) == count, parsed.errors[:3]
    emit({"ev": "begin", "op": "import", "tag": tag, "n": count})
    store.calendar.import_posts(parsed.posts)
    emit({"ev": "ack", "op": "import", "tag": tag, "n": count})


def check_imports(store, record, acked, pending) -> int:
    for event in acked:
        record[event["tag"]] = event["n"]
    counts: dict[str, int] = {}
    for (notes,) in store.conn.execute("SELECT notes FROM posts WHERE notes LIKE 'imp-%'"):
        batch = notes[4:notes.rindex("-")]
        counts[batch] = counts.get(batch, 0) + 1
    for batch, count in record.items():
        assert counts.get(batch) == count, f"acknowledged import {batch}: {counts.get(batch)} of {count} posts"
    for batch, count in counts.items():
        if batch not in record:
            assert pending and pending["tag"] == batch, f"an import nobody made: {batch}"
            assert count == pending["n"], f"interrupted import half done: {count} of {pending['n']} posts"
            record[batch] = count
    return len(record)


# ----- checklist ticks: tick and untick rules in random weeks -----------------------------------
def perform_tick(store, rng, tag, emit, digest):
    from socialdesk.domain.rules.model import Rule
    from socialdesk.domain.weeks import IsoWeek

    rule_ids = [r.id for r in store.rules.rules()]
    if not rule_ids or rng.random() < 0.05:
        rule = Rule(text=f"Répondre aux avis {tag}")
        emit({"ev": "begin", "op": "tick", "rule": tag})
        store.rules.add(rule, DAY0)
        emit({"ev": "ack", "op": "tick", "rule": tag, "id": rule.id})
        return
    rule_id, week = rng.choice(rule_ids), IsoWeek.of(DAY0 + timedelta(weeks=rng.randrange(-30, 30)))
    done = rng.random() < 0.7
    emit({"ev": "begin", "op": "tick", "key": f"{rule_id}/{week.key}", "done": done})
    store.rules.set_done(rule_id, week, done, datetime(2026, 11, 26, 10, 0))
    emit({"ev": "ack", "op": "tick", "key": f"{rule_id}/{week.key}", "done": done})


def check_ticks(store, record, acked, pending) -> int:
    for event in acked:
        if "rule" in event:
            record.setdefault("rules", {})[event["rule"]] = event["id"]
        else:
            record.setdefault("ticks", {})[event["key"]] = event["done"]
    texts = {text for (text,) in store.conn.execute("SELECT text FROM rules")}
    for tag in record.get("rules", {}):
        assert f"Répondre aux avis {tag}" in texts, f"acknowledged rule {tag} lost"
    stored = {f"{rule_id}/{week}": bool(done) for rule_id, week, done in
              store.conn.execute("SELECT rule_id, week, done FROM rule_checks")}
    maybe = pending.get("key") if pending else None
    for key, done in record.get("ticks", {}).items():
        if key == maybe and stored.get(key) == pending["done"]:
            continue  # re-ticked just before the kill
        assert stored.get(key) == done, f"acknowledged tick {key} lost"
    if maybe is not None and maybe in stored:
        assert stored[maybe] in (pending["done"], record.get("ticks", {}).get(maybe)), "a half-written tick"
        record.setdefault("ticks", {})[maybe] = stored[maybe]
    unknown = set(stored) - set(record.get("ticks", {}))
    assert not unknown, f"ticks nobody made: {sorted(unknown)[:5]}"
    return len(record.get("ticks", {})) + len(record.get("rules", {}))


# ----- listings: add a custom listing and fill its details ----------------------------------------
def perform_listing(store, rng, tag, emit, digest):
    from socialdesk.domain.presence.listings import Listing
    from socialdesk.domain.presence.platforms import CUSTOM_KEY

    notes = rng.choice(TEXTS)
    listing = Listing(platform_key=CUSTOM_KEY, custom_name=f"kill-{tag}", notes=notes, nap_phone="04 78 00 00 00")
    emit({"ev": "begin", "op": "listing", "tag": tag, "h": digest(notes)})
    store.presence.add(listing)
    emit({"ev": "ack", "op": "listing", "tag": tag, "h": digest(notes)})


def check_listings(store, record, acked, pending) -> int:
    from writer_child import digest

    for event in acked:
        record[event["tag"]] = event["h"]
    stored = {name[5:]: notes for name, notes in store.conn.execute(
        "SELECT custom_name, notes FROM presence_listings WHERE custom_name LIKE 'kill-%'")}
    for tag, expected in record.items():
        assert tag in stored and digest(stored[tag]) == expected, f"acknowledged listing {tag} lost or changed"
    extra = set(stored) - set(record)
    if extra:
        assert pending and extra == {pending["tag"]}, f"listings nobody added: {extra}"
        record[pending["tag"]] = pending["h"]
    return len(record)


# ----- the strategy wizard's texts: overwritten in place, the last acknowledged one stays --------
def perform_strategy(store, rng, tag, emit, digest):
    from socialdesk.domain.strategy.fields import STAND_KEYS

    key, value = rng.choice(STAND_KEYS), rng.choice(TEXTS) + f" {tag}"
    emit({"ev": "begin", "op": "strategy", "key": key, "h": digest(value)})
    store.strategy.set_text(key, value)
    emit({"ev": "ack", "op": "strategy", "key": key, "h": digest(value)})


def check_strategy(store, record, acked, pending) -> int:
    from socialdesk.domain.strategy.fields import STAND_KEYS
    from writer_child import digest

    for event in acked:
        record[event["key"]] = event["h"]
    for key in STAND_KEYS:
        stored = store.strategy.text(key)
        allowed = {record.get(key, digest(""))} | ({pending["h"]} if pending and pending["key"] == key else set())
        assert digest(stored) in allowed, f"strategy text {key} is not the acknowledged one"
        record[key] = digest(stored)  # the pending one may have landed just before the kill
    return sum(1 for key in STAND_KEYS if record[key] != digest(""))


# name -> (module that must exist, perform, check)
WORKLOADS: dict = {
    "post": ("socialdesk.storage.calendar.repo", perform_post, check_posts),
    "import": ("socialdesk.domain.calendar.csv_format", perform_import, check_imports),
    "tick": ("socialdesk.storage.rules.repo", perform_tick, check_ticks),
    "listing": ("socialdesk.storage.presence.repo", perform_listing, check_listings),
    "strategy": ("socialdesk.storage.strategy.repo", perform_strategy, check_strategy),
}


def _module_exists(name: str) -> bool:
    try:
        import_module(name)
    except ModuleNotFoundError:
        return False
    return True


def available_operations(emit, digest) -> list:
    """The perform functions of the workloads whose code is present, bound to emit/digest."""
    operations = []
    for name, (module_name, perform, _check) in WORKLOADS.items():
        if _module_exists(module_name):
            operations.append(lambda store, rng, tag, perform=perform: perform(store, rng, tag, emit, digest))
    return operations


def available_checks() -> dict:
    return {name: check for name, (module_name, _perform, check) in WORKLOADS.items() if _module_exists(module_name)}

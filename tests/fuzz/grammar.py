"""Argument lists for every headless command: valid options with hostile values, and pure noise."""

from hypothesis import strategies as st


def mostly(good, bad, odds: int = 4):
    """`good` about `odds` times in `odds + 1`, else `bad`: most runs get past argparse to the command."""
    return st.integers(0, odds).flatmap(lambda n: bad if n == 0 else good)


# Real argv never holds NUL; it can hold undecodable bytes (surrogateescape) and every control character.
_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
HOSTILE_TEXT = st.one_of(
    st.sampled_from(["", " ", "-", "--", "\t", "\n", "a\nb", "\x1b[31mred\x1b[0m", "\r", "\x7f", "\x85", "\u2028",
                     "Café Jade", "crème brûlée", "Boulangerie Léa", "🥐🎄", "\u202egnp.exe", "\u200fمرحبا",
                     "עברית", "\u00a0", "\ufeffbom", "\udcff\udcfe", "a" * 5000, "é" * 2000, "%s%n{0}", "\\N",
                     "'; DROP TABLE posts; --", "../../etc/passwd", "~", "~/x", "$HOME", "*", "NaN"]),
    st.text(_CHARS, max_size=40),
    st.text(_CHARS, min_size=300, max_size=3000),
)
NUMBERS = st.one_of(st.sampled_from(["nan", "NaN", "inf", "-inf", "-0", "0", "1e309", "-1e309", "1e-309", "-5",
                                     "20", "25", "40", "85", "150", "1_000", "０", "٣٠", " 30 ", "0x1F", "30mm",
                                     "1e5", "4.9", "19.99999"]),
                    st.floats(allow_nan=True, allow_infinity=True).map(repr))
NUMBERS = mostly(NUMBERS, HOSTILE_TEXT)
DATES = st.one_of(st.sampled_from(["9999-12-31", "0000-00-00", "2026-02-30", "2026-13-01", "0001-01-01",
                                   "1899-12-31", "2200-01-01", "2026-W01", "20261130", "2026-11-30T10:00",
                                   "2026-11-30", "2026-12-31", "30/11/2026", "٢٠٢٦-١١-٣٠", "2026-11-30\n",
                                   "-2026-01-01", "+2026-01-01", "2026-1-1"]),
                  st.dates().map(str))
DATES = mostly(DATES, HOSTILE_TEXT)
COLOURS = st.one_of(st.sampled_from(["#000", "#000000", "#ffffff", "#fff", "navy", "black", "white", "yellow",
                                     "transparent", "#00000000", "#ffffff00", "rgb(0,0,0)", "#ggg", "#123456789",
                                     "#0000ff", "#777777", "#808080", "ＮＡＶＹ", "#-1", "#１２３"]))
COLOURS = mostly(COLOURS, HOSTILE_TEXT)
URLS = st.one_of(st.sampled_from([
    "https://example.com/", "https://user:pass@example.com/", "https://www.google.com@evil.example/",
    "https://café.fr/menu", "https://xn--caf-dma.fr/", "https://boulangerie.fr/crème-brûlée?a=é#x",
    "jav\tascript:alert(1)", "javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
    "http:/\\evil.com", "http:\\\\evil.com", "https://exa mple.com", "www.example.com", "WWW.EXAMPLE.COM",
    "https://example.com/" + "a" * 3000, "https://g.page/x?utm_source=a&fbclid=1", "http://bit.ly/x",
    "https://[::1]/", "https://example.com:99999/", "https://ex%61mple.com/", "https://example.com/\u202egnp.exe",
    "https://.com", "https://", "http://localhost", "https://127.0.0.1/", "https://例え.jp/", "https://xn--/",
    "https://a..b/", "ftp://example.com", "https://example.com/%00", "https://example.com/\x1b[2J",
    "BEGIN:VCARD\nFN:Léa\nEND:VCARD", "WIFI:S:Café;T:WPA;P:crème;;", "Plain text note, accents é à",
    ]), HOSTILE_TEXT)

# Paths: @TOKENS are replaced by the example's own files (see world.py).
INPUT_PATHS = st.one_of(st.sampled_from([
    "@CSV", "@CSV", "@CSV", "@HERE/excel.csv", "@DATA", "@DATA-wal", "@DATA.lock", "@LINK", "@DIR", "@FIFO",
    "@MISSING/x", "@BIN", "@LOGO", "@EPS",
    "@BACKUP", "@BACKUP/shop-2026-11-01-daily.sqlite3", "@HOSTILE", "@HOSTILE", "/dev/zero", "/dev/full",
    "/dev/null", "-", "", ".", "..", "/", "/proc/self/mem", "@HERE/", "~/nothing"]), HOSTILE_TEXT)
INPUT_PATHS = mostly(INPUT_PATHS, HOSTILE_TEXT)
OUTPUT_STEMS = st.one_of(st.sampled_from([
    "@DATA", "@DATA-wal", "@DATA-shm", "@DATA.lock", "@LINK", "@DIR", "@FIFO", "@MISSING/out", "@HERE/out",
    "@HERE/existing", "@BACKUP/new", "@BACKUP/shop-2026-11-01-daily.sqlite3", "/dev/full", "/dev/null", "-", "",
    "out", "@HERE/" + "x" * 300, "@HERE/.hidden", "@HERE/café 🥐", "@HERE/a\nb", "@HERE/\u202egnp",
    "@HERE/dir/", "@HERE/sub/../out"]), HOSTILE_TEXT.map(lambda text: "@HERE/" + text))
SUFFIXES = st.sampled_from(["", "", ".png", ".PNG", ".svg", ".pdf", ".ics", ".csv", ".txt", ".png.exe", "."])
OUTPUTS = st.builds(lambda stem, suffix: stem + suffix, OUTPUT_STEMS, SUFFIXES)
DB_PATHS = st.one_of(st.sampled_from(["@DATA"] * 12 + ["@LINK", "@DIR", "@FIFO", "@MISSING/shop.sqlite3",
                                     "@HERE/new.sqlite3", "@DATA-wal", "@BACKUP/shop-2026-11-01-daily.sqlite3",
                                     "/dev/zero", "/dev/full", "/dev/null", "-", "", "@CSV", "@HOSTILE"]),
                     HOSTILE_TEXT)
DB_PATHS = mostly(DB_PATHS, HOSTILE_TEXT)
FLAG = st.just(None)




def _choice(*valid):
    return mostly(st.sampled_from(valid), HOSTILE_TEXT, 8)


def _outputs(*suffixes):
    fresh = st.builds(lambda stem, suffix: stem + suffix,
                      st.sampled_from(["@HERE/out", "@HERE/café 🥐", "out", "@HERE/dir/out", "@HERE/existing"]),
                      st.sampled_from(suffixes))
    return mostly(mostly(fresh, st.just("-"), 3), OUTPUTS, 2)  # `-o -`: standard output


def _out(*suffixes):
    return {("-o", "--output"): _outputs(*suffixes), ("--force",): FLAG}


_DB = {("--db",): DB_PATHS}
# command words -> (options: names -> value strategy, positional strategies, options usually present)
COMMANDS = {
    "qr": (["qr"], {**_out(".png", ".svg", ".pdf", ".PNG"), ("--format",): _choice("png", "svg", "pdf", "PNG"),
                    ("--size-mm",): NUMBERS, ("--ec",): _choice("L", "M", "Q", "H"),
                    ("--logo",): INPUT_PATHS, ("--fg",): COLOURS, ("--bg",): COLOURS, ("--caption",): HOSTILE_TEXT,
                    ("--wifi",): HOSTILE_TEXT, ("--password",): HOSTILE_TEXT,
                    ("--security",): _choice("WPA", "WEP", "nopass"), ("--hidden",): FLAG}, [mostly(URLS, HOSTILE_TEXT)], ["-o"]),
    "print-cards": (["print-cards"], {**_out(".pdf"), **_DB, ("--template",): _choice("a6", "tent", "stickers", "business")},
                    [], ["-o", "--template", "--db"]),
    "export-ics": (["export", "ics"], {**_out(".ics"), **_DB, ("--from",): DATES, ("--to",): DATES}, [], ["-o", "--db"]),
    "export-csv": (["export", "csv"], {**_out(".csv"), **_DB}, [], ["-o", "--db"]),
    "import-csv": (["import", "csv"], dict(_DB), [INPUT_PATHS], ["--db"]),
    "backup": (["backup"], dict(_DB), [], ["--db"]),
    "check": (["check"], dict(_DB), [], ["--db"]),
}
TOP_LEVEL = {("--db",): DB_PATHS, ("--lang",): _choice("en", "fr"), ("--demo",): FLAG, ("--version",): FLAG,
             ("--self-test",): FLAG, ("-h", "--help"): FLAG}


@st.composite
def _options(draw, options: dict, usual: list[str]) -> list[list[str]]:
    chunks = []
    for names, values in options.items():
        present = draw(st.integers(0, 9)) > 0 if names[0] in usual else draw(st.integers(0, 4)) == 0
        for _ in range(draw(st.sampled_from([1, 1, 1, 1, 2])) if present else 0):
            name = draw(st.sampled_from(names))
            value = draw(values)
            if value is None:
                chunks.append([name])
            elif draw(st.integers(0, 5)) == 0 and name.startswith("--"):
                chunks.append([f"{name}={value}"])
            else:
                chunks.append([name, value])
    return chunks


@st.composite
def command_argv(draw, command: str) -> list[str]:
    """`socialdesk COMMAND …`: options of the command, in any order, sometimes with noise mixed in."""
    words, options, positionals, usual = COMMANDS[command]
    chunks = draw(_options(options, usual))
    chunks += [[draw(values)] for values in positionals if draw(st.integers(0, 7)) > 0]
    if draw(st.integers(0, 9)) == 0:
        chunks.append([draw(HOSTILE_TEXT)])
    chunks = draw(st.permutations(chunks))
    return list(words) + [part for chunk in chunks for part in chunk]


@st.composite
def top_level_argv(draw) -> list[str]:
    """The window's own options (`--db`, `--lang`…), sometimes followed by a headless command."""
    chunks = draw(st.permutations(draw(_options(TOP_LEVEL, []))))
    argv = [part for chunk in chunks for part in chunk]
    if draw(st.booleans()):
        argv = draw(command_argv(draw(st.sampled_from(sorted(COMMANDS))))) + argv
    return argv


NOISE_ARGV = st.lists(st.one_of(HOSTILE_TEXT, st.sampled_from(["qr", "export", "import", "csv", "ics", "backup",
                                                             "check", "print-cards", "-o", "--db", "--force",
                                                             "--help", "--version", "-h", "@DATA", "@HERE/x.png"])),
                      max_size=8)

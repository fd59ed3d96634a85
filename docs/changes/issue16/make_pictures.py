"""Issue 16's pictures: every card template printed from the demo bakery by `socialdesk print-cards`, each code checked.

Run from the repository: `.venv/bin/python docs/changes/issue16/make_pictures.py`. For each template it prints the
PDF with the real command, rasterises it with poppler's `pdftoppm` at 150 dpi and reads every page with zbar (pyzbar)
and zxing-cpp, which must both find exactly the codes the cards were printed for; then it keeps a 60 dpi picture of
the first page (business cards: fronts and backs side by side) and writes README.md's table. Exit 1 if a code fails.
"""

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
DEMO_DAY = date(2026, 12, 3)
CHECK_DPI, PICTURE_DPI = 150, 60
MAX_BYTES = 150_000


@dataclass(frozen=True)
class Job:
    picture: str
    template: str
    title: str
    options: tuple[str, ...] = ()
    letter: bool = False  # printed for a shop whose paper is US Letter (Preferences ▸ Paper)


JOBS = (
    Job("a6-card.png", "a6", "A6 counter card, one a page"),
    Job("a6x4-cut-marks.png", "a6x4", "4 × A6 on A4, with cut marks"),
    Job("table-tent.png", "tent", "Table tent (A5 folded into two A6 faces)"),
    Job("stickers-L7160.png", "stickers", "Sticker sheet", ("--sheet", "L7160")),
    Job("business-cards-C32010.png", "business", "Business cards, fronts and backs", ("--sheet", "C32010")),
    Job("door-sign-a5.png", "door-a5", "Door sign A5", ("--closure", "Fermé du 24 décembre au 2 janvier")),
    Job("door-sign-a4.png", "door-a4", "Door sign A4", ("--closure", "Fermé du 24 décembre au 2 janvier")),
    Job("stickers-L7163.png", "stickers", "Compact labels", ("--sheet", "L7163")),
    Job("stickers-L7159.png", "stickers", "Compact labels, the smallest", ("--sheet", "L7159")),
    Job("letter-a6-quarter.png", "a6", "Counter card on a quarter-letter page (US)", letter=True),
    Job("letter-tent-half.png", "tent", "Table tent on half-letter (US)", letter=True),
    Job("letter-door-sign.png", "door-a4", "Door sign, US Letter", ("--closure", "Fermé du 24 décembre au 2 janvier"),
        letter=True),
    Job("letter-stickers-5163.png", "stickers", "Sticker sheet (US)", ("--sheet", "5163"), letter=True),
    Job("letter-business-8371.png", "business", "Business cards, fronts and backs (US)", ("--sheet", "8371"),
        letter=True),
)


def demo_file(folder: Path) -> tuple[Path, list[str], str]:
    """The demo bakery (French, as the sample shop is); the targets marked for print, and the door sign's Maps target."""
    from socialdesk.domain.presence.door_code import door_card
    from socialdesk.storage.demo import build_demo_file

    path = folder / "demo.sqlite3"
    store = build_demo_file(path, DEMO_DAY, "fr")
    try:
        targets = [card.payload for card in store.presence.cards_to_print()]
        door = door_card(store.presence.listings(), store.shop.get()).payload
    finally:
        store.close()
    letter = build_demo_file(folder / "demo-letter.sqlite3", DEMO_DAY, "fr")  # the same shop, on Letter paper
    try:
        letter.settings.set("paper", "letter")
    finally:
        letter.close()
    return path, targets, door


def pages(pdf: Path, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{folder}/page"], check=True, timeout=300)
        names = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [Image.open(name).convert("RGB") for name in names]


def decoded(images: list[Image.Image]) -> tuple[list[str], list[str]]:
    """Every code zbar and zxing-cpp read on the pages (one entry per code found)."""
    import zxingcpp
    from pyzbar import pyzbar

    zbar, zxing = [], []
    for image in images:
        found = pyzbar.decode(image.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])
        zbar += [result.data.decode("utf-8", "replace") for result in found]
        zxing += [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    return zbar, zxing


def picture(images: list[Image.Image], side_by_side: bool) -> Image.Image:
    shown = images[:2] if side_by_side else images[:1]
    gap = 12 if len(shown) > 1 else 0
    out = Image.new("RGB", (sum(i.width for i in shown) + gap * (len(shown) - 1), max(i.height for i in shown)),
                    (128, 128, 128))
    x = 0
    for image in shown:
        out.paste(image, (x, 0))
        x += image.width + gap
    return out


def save_small(image: Image.Image, path: Path) -> int:
    """PNG under MAX_BYTES: full colour if it fits, else a 64-colour palette."""
    image.save(path, optimize=True)
    if path.stat().st_size > MAX_BYTES:
        image.quantize(64, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path.stat().st_size


def run_job(job: Job, db: Path, folder: Path, expected: set[str]) -> dict:
    pdf = folder / job.picture.replace(".png", ".pdf")
    db = db.with_name("demo-letter.sqlite3") if job.letter else db
    command = [str(ROOT / ".venv/bin/socialdesk"), "print-cards", "-o", str(pdf), "--template", job.template,
               "--db", str(db), "--lang", "fr", *job.options]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[1:])}: exit {done.returncode}: {done.stderr.strip()}")
    zbar, zxing = decoded(pages(pdf, CHECK_DPI))
    ok = set(zbar) == expected and set(zxing) == expected and len(zbar) == len(zxing)
    small = pages(pdf, PICTURE_DPI)
    size = save_small(picture(small, job.template == "business"), HERE / job.picture)
    return {"job": job, "ok": ok, "codes": len(zbar), "zxing": len(zxing), "pages": len(small), "bytes": size,
            "notices": [line for line in done.stderr.splitlines() if line.strip()], "page": page_size(pdf)}


def page_size(pdf: Path) -> str:
    """The first page's size as poppler's pdfinfo reads it from the PDF, in mm (and its paper's name)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    line = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(part) * 25.4 / 72 for part in line.split(":", 1)[1].split("pts")[0].split(" x "))
    names = {(210, 297): "A4", (148, 210): "A5", (105, 148): "A6", (216, 279): "US Letter",
             (140, 216): "half-letter", (108, 140): "quarter-letter"}
    name = names.get((round(width), round(height)), "")
    return f"{name} {width:.1f} × {height:.1f} mm".strip()


def paper(job: Job) -> str:
    """The label product from the templates' own table, with the maker's published dimensions."""
    from socialdesk.domain.label_sheets import label_sheet

    stock = job.options[1] if "--sheet" in job.options else None
    if not stock:
        return "plain paper (nothing closer than 5 mm to the edge)"
    product = label_sheet(stock)
    return (f"{product.title()}: label {product.label[0]:g} × {product.label[1]:g} mm, {product.columns} × "
            f"{product.rows}, top {product.margins[0]:g} mm, side {product.margins[1]:g} mm, pitch "
            f"{product.pitch[0]:g} × {product.pitch[1]:g} mm")


SEEN = (  # looked at on the pictures and measured on the 150/300 dpi pages (3 December 2026)
    "Plain-paper templates keep every mark at least 5 mm from the paper's edge (A6: 7 mm; the 4 × A6 cut marks "
    "and the tent's fold line start at 5 mm). The \"framed\" style's frame stays inside the 5 mm too, and on the "
    "4 × A6 sheet a coloured background leaves the same 5 mm white border on the four sides of each card once cut "
    "(not shown here: the demo is black on white, plain; tests/outside/test_outside_print_layout.py measures it).",
    "L7160 stickers: a short call to action fits beside each code (\"Laissez-nous un avis\", \"Suivez-nous\", "
    "\"Retrouvez-nous\", the platform's name under it; the command says each is printed shortened). Every word "
    "ends at least 2 mm inside its label (the Google review address: 2.1 mm above the bottom die-cut). On the lower "
    "L7159 labels (33.9 mm) the two-line Google review address still ends 1.3 mm from the cut: 2 mm there would "
    "make its code too small to read.",
    "Stickers and business-card backs: the densest code (the Google review link) is printed smallest, because its "
    "two-line address takes the height the code would have had.",
    "Business-card backs: the same code on all ten (the first listing marked for print; the command names the "
    "others left off), in register with the fronts (mirrored columns for duplex). Fronts carry the brand's font, "
    "logo and frame when the shop has them.",
    "Compact labels (L7163, L7159): the code as high as the label allows with its quiet zone, the address under it; "
    "on the smallest (L7159) the two-line Google review address ends 1.3 mm from the cut.",
    "US Letter (a shop whose paper is Letter): the counter card on a quarter-letter page, the tent on half-letter, "
    "the door sign laid out as on A4; the command says which page in one line.",
    "Door signs (A5 and A4; US Letter for a shop printing on Letter): one centred column, the shop's name at the "
    "top, then the hours and the closure, the call to action on one line in large letters right above the code, "
    "\"Google Maps\" and the address under it. A band stays empty between the name and \"Horaires "
    "d'ouverture\" (the name keeps the top of the sign), and the address at the foot is small for a sign.",
)


def readme(results: list[dict]) -> str:
    lines = [
        "# Issue 16: every card template, printed from the demo bakery",
        "",
        "Each picture is the first page of the PDF that `socialdesk print-cards --db <demo> --template T` wrote "
        "(the business cards: the fronts page and the backs page side by side), rasterised by poppler's "
        f"`pdftoppm -r {PICTURE_DPI}`. The demo bakery is the one `socialdesk --demo` opens, built for "
        f"{DEMO_DAY:%d %B %Y}, with its default look (black on white, plain layout), printed with `--lang fr` as "
        "the French bakery would (its opening hours and trade are French in the demo).",
        "",
        f"Every page was also rasterised at {CHECK_DPI} dpi and read by zbar (pyzbar) and zxing-cpp: "
        "\"decodes\" says both readers found exactly the links the cards were printed for (every listing marked "
        "\"print a card\"; business cards: the first of them, on every back; the door signs: the shop's Google Maps "
        "listing), and the same number of codes.",
        "",
        "Regenerate (and re-check) with `.venv/bin/python docs/changes/issue16/make_pictures.py`.",
        "",
        "| Picture | Template | Label product / paper | Page size | Pages | Codes read (zbar / zxing-cpp) "
        f"at {CHECK_DPI} dpi |",
        "|---|---|---|---|---|---|",
    ]
    for result in results:
        job = result["job"]
        product, size = paper(job), result["page"]
        verdict = "decodes" if result["ok"] else "**FAILED**"
        lines.append(f"| ![{job.title}]({job.picture}) | {job.title} (`--template {job.template}"
                     f"{' ' + ' '.join(job.options[:2]) if job.options[:1] == ('--sheet',) else ''}`) | {product} | "
                     f"{size} | {result['pages']} | {verdict}: {result['codes']} / {result['zxing']} |")
    lines += ["", "Seen on the pictures:", ""] + [f"- {line}" for line in SEEN]
    notices = [(r["job"], line) for r in results for line in r["notices"] if not line.endswith(".pdf")]
    if notices:
        lines += ["", "What the command said while printing (stderr):", ""]
        lines += [f"- `{job.template}`: {line}" for job, line in notices]
    return "\n".join(lines) + "\n"


def expected(job: Job, targets: list[str], door: str) -> set[str]:
    """What the pages must carry: the door sign the Maps listing, business cards the first listing marked for print
    (one code on every back), the other templates every listing marked for print."""
    if job.template.startswith("door"):
        return {door}
    return {targets[0]} if job.template == "business" else set(targets)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="issue16-") as name:
        folder = Path(name)
        db, targets, door = demo_file(folder)
        results = [run_job(job, db, folder, expected(job, targets, door)) for job in JOBS]
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    for result in results:
        print(f"{result['job'].picture}: {'decodes' if result['ok'] else 'FAILED'} ({result['codes']} codes, "
              f"{result['bytes'] // 1000} KB)")
    return 0 if all(result["ok"] for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())

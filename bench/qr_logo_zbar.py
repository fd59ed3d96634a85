"""Measure the largest logo zbar still reads, per code density and logo shape (the logo-size rule).

For each payload length (hence QR version at error correction H) and logo shape, every logo area
fraction in FRACTIONS is drawn with the app's own renderer in every variant verify.check_variants
uses (coarse, fine, blurred) and decoded by zxing-cpp (the app's check) and by zbar (pyzbar).
Prints, per version, the largest fraction each reader reads in all variants.

    .venv/bin/python bench/qr_logo_zbar.py [--dpi 300] [--extra-mm 10] [--colours purple]
    .venv/bin/python bench/qr_logo_zbar.py rule [--dpi 300] [--extra-mm 0]   # the app's check vs zbar
    .venv/bin/python bench/qr_logo_zbar.py rule --zxing-only   # the check as it was: zxing-cpp alone

Measured (rule, all lengths, 3 shapes, 5 colour pairs as in tests/qr/test_qr_logo_rules.py, both the
300 dpi/minimum and 150 dpi/+10 mm settings): with zxing-cpp alone 480 Verified, 16 unread by zbar;
drawing the logo inside a 1, 1.5 or 2 module clear zone left 8, 2 and 13; flattening tones darker
than the dark colour left 7. The check now asks zbar too: 0 unread.
"""

import argparse
import dataclasses
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from socialdesk.qr import geometry  # noqa: E402
from socialdesk.qr.design import QrDesign, prepare  # noqa: E402
from socialdesk.qr.logo import logo_from_bytes  # noqa: E402
from socialdesk.qr.raster import render  # noqa: E402
from socialdesk.qr.verify import check_variants, decodes_exactly  # noqa: E402

FRACTIONS = (0.20, 0.18, 0.16, 0.14, 0.12, 0.10, 0.09, 0.08, 0.07, 0.06, 0.05)
LENGTHS = (10, 40, 80, 120, 160, 200, 250, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200)
SHAPES = {"square": (240, 240), "wide": (400, 160), "tall": (160, 400)}
COLOURS = {"black": ("#000000", "#ffffff"), "purple": ("#3b1f5c", "#ffffff"), "brown": ("#5a1e0f", "#fff6e0"),
           "green": ("#000000", "#007f00"), "grey": ("#767676", "#ffffff")}  # the last two: 4.0 and 4.5:1


def make_logo(width: int, height: int):
    image = Image.new("RGBA", (width, height), (200, 30, 30, 255))
    ImageDraw.Draw(image).ellipse((10, 10, width - 10, height - 10), fill=(20, 20, 120, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return logo_from_bytes(out.getvalue())


def payload_of(length: int) -> str:
    base = "https://www.boulangerie-lea.fr/commande?"
    tail = "&".join(f"produit{i}=baguette" for i in range(200))
    return (base + tail)[:length]


def zbar_reads(image, payload: str) -> bool:
    from pyzbar import pyzbar

    found = pyzbar.decode(image.convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [r.data.decode("utf-8", "replace") for r in found] == [payload]


def variant_images(code, variants):
    """The code rendered as the check renders it, one image per (dpi, blur in modules)."""
    for variant_dpi, blur in variants:
        image = render(code, variant_dpi)
        if blur:
            image = image.filter(ImageFilter.GaussianBlur(blur * image.width / code.total_modules))
        yield image


def readers_pass(code, dpi: int) -> tuple[bool, bool]:
    """(zxing-cpp, zbar) exact in every variant of check_variants(dpi)."""
    zxing = zbar = True
    for image in variant_images(code, check_variants(dpi)):
        zxing = zxing and decodes_exactly(image, code.design.payload) is None
        zbar = zbar and zbar_reads(image, code.design.payload)
        if not zxing and not zbar:
            break
    return zxing, zbar


def measure(length: int, shape: str, colours: str, dpi: int, extra_mm: float) -> dict:
    payload = payload_of(length)
    fg, bg = COLOURS[colours]
    design = QrDesign(payload, foreground=fg, background=bg, logo=make_logo(*SHAPES[shape]))
    design = dataclasses.replace(design, size_mm=prepare(design).minimum_size_mm + extra_mm)
    best = {"zxing": 0.0, "zbar": 0.0}
    row = {"length": length, "shape": shape, "colours": colours, "cells": []}
    seen = set()
    for fraction in FRACTIONS:
        code = prepare(design, fraction)
        if code.box in seen:
            continue
        seen.add(code.box)
        zxing, zbar = readers_pass(code, dpi)
        actual = code.box.area_fraction(code.modules)
        covered = alignments_covered(code.box, code.matrix.version)
        row["cells"].append(f"{actual * 100:4.1f}a{covered}{'X' if zxing else 'x'}{'Z' if zbar else 'z'}")
        if zxing:
            best["zxing"] = max(best["zxing"], actual)
        if zbar:
            best["zbar"] = max(best["zbar"], actual)
    row.update(version=code.matrix.version, modules=code.modules, **best)
    return row


def alignments_covered(box, version: int) -> int:
    """Alignment patterns (5 x 5) the cleared box touches, the centre one included."""
    import qrcode.util

    centres = qrcode.util.pattern_position(version)
    n = 17 + 4 * version
    count = 0
    for cx in centres:
        for cy in centres:
            if (cx < 9 and cy < 9) or (cx > n - 9 and cy < 9) or (cx < 9 and cy > n - 9):
                continue
            if box.x < cx + 3 and box.x + box.width > cx - 2 and box.y < cy + 3 and box.y + box.height > cy - 2:
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--extra-mm", type=float, default=10.0)
    parser.add_argument("--colours", default="purple")
    parser.add_argument("--lengths", default=",".join(map(str, LENGTHS)))
    args = parser.parse_args()
    print(f"dpi={args.dpi} size=minimum+{args.extra_mm:g} mm colours={args.colours} variants={check_variants(args.dpi)}")
    print("len  ver  mods shape   zxing_max zbar_max  per fraction: area% a<alignments covered> X/x zxing Z/z zbar")
    for length in map(int, args.lengths.split(",")):
        for shape in SHAPES:
            r = measure(length, shape, args.colours, args.dpi, args.extra_mm)
            print(f"{r['length']:4d} {r['version']:4d} {r['modules']:5d} {r['shape']:6s} {r['zxing']:8.3f} "
                  f"{r['zbar']:8.3f}  " + " ".join(r["cells"]), flush=True)


def verified_codes_in_zbar(lengths, shapes, colours, dpi: int, extra_mm: float):
    """The property the rule must give: every code check() calls Verified reads in zbar too.
    Yields (length, shape, colours, version, logo fraction, verified, zbar reads all variants)."""
    from socialdesk.qr.verify import check

    for length in lengths:
        for shape in shapes:
            for colour in colours:
                fg, bg = COLOURS[colour]
                design = QrDesign(payload_of(length), foreground=fg, background=bg, logo=make_logo(*SHAPES[shape]))
                design = dataclasses.replace(design, size_mm=prepare(design).minimum_size_mm + extra_mm)
                checked = check(design, dpi)
                zbar = checked.verdict.ok and all(_zbar_variants(checked.code, dpi))
                yield (length, shape, colour, checked.code.matrix.version, checked.logo_fraction,
                       checked.verdict.ok, zbar)


def _zbar_variants(code, dpi: int):
    for image in variant_images(code, check_variants(dpi)):
        yield zbar_reads(image, code.design.payload)


def rule_main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--extra-mm", type=float, default=0.0)
    parser.add_argument("--lengths", default=",".join(map(str, LENGTHS)))
    parser.add_argument("--zxing-only", action="store_true", help="the check without zbar (as before)")
    args = parser.parse_args(sys.argv[2:])
    if args.zxing_only:
        from socialdesk.qr import verify

        verify.zbar_misreads = lambda image, payload: None
    verified = failed = 0
    for row in verified_codes_in_zbar(map(int, args.lengths.split(",")), SHAPES, COLOURS, args.dpi, args.extra_mm):
        length, shape, colour, version, fraction, ok, zbar = row
        verified += ok
        failed += ok and not zbar
        print(f"{length:5d} v{version:<3d} {shape:6s} {colour:6s} logo {fraction * 100:5.1f} %  "
              f"{'Verified' if ok else 'not verified'}{'' if zbar or not ok else '  ZBAR FAILS'}", flush=True)
    print(f"dpi={args.dpi} size=minimum+{args.extra_mm:g} mm: {verified} verified, {failed} of them unread by zbar")


def _zxing_reads(image, payload: str, **options) -> bool:
    import zxingcpp

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode, try_invert=False,
                                   text_mode=zxingcpp.TextMode.Plain, **options)
    return [r.text for r in found] == [payload]


def _predictors(code, dpi: int) -> dict[str, bool]:
    """Whether zbar, and candidate zxing-cpp checks, read every variant of check_variants(dpi)."""
    import zxingcpp

    payload, result = code.design.payload, {}
    variants = check_variants(dpi) + [(min(dpi, 150), 0.45)]
    images = [(blur, image) for (_, blur), image in zip(variants, variant_images(code, variants))]
    base = [im for blur, im in images if blur != 0.45]
    result["zbar"] = all(zbar_reads(im, payload) for im in base)
    result["zxing"] = all(_zxing_reads(im, payload) for im in base)
    result["zxing_blur045"] = result["zxing"] and _zxing_reads(images[-1][1], payload)
    result["zxing_global"] = all(_zxing_reads(im, payload, binarizer=zxingcpp.Binarizer.GlobalHistogram) for im in base)
    result["zxing_nodown"] = all(_zxing_reads(im, payload, try_downscale=False) for im in base)
    return result


def predictors_main() -> None:
    """Which zxing-cpp check implies zbar reads: counts of (predictor passes, zbar fails)."""
    from collections import Counter

    parser = argparse.ArgumentParser()
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--extra-mm", type=float, default=0.0)
    parser.add_argument("--lengths", default=",".join(map(str, LENGTHS)))
    args = parser.parse_args(sys.argv[2:])
    passes, false_ok = Counter(), Counter()
    for length in map(int, args.lengths.split(",")):
        for shape in SHAPES:
            design = QrDesign(payload_of(length), foreground="#3b1f5c", logo=make_logo(*SHAPES[shape]))
            design = dataclasses.replace(design, size_mm=prepare(design).minimum_size_mm + args.extra_mm)
            seen = set()
            for fraction in FRACTIONS:
                code = prepare(design, fraction)
                if code.box in seen:
                    continue
                seen.add(code.box)
                found = _predictors(code, args.dpi)
                for name, ok in found.items():
                    passes[name] += ok
                    false_ok[name] += ok and not found["zbar"]
                print(length, shape, f"{code.box.area_fraction(code.modules):.3f}",
                      " ".join(f"{k}={int(v)}" for k, v in found.items()), flush=True)
    for name in passes:
        print(f"{name:14s} passes {passes[name]:4d}  of which zbar fails {false_ok[name]:4d}")


if __name__ == "__main__":
    {"rule": rule_main, "predictors": predictors_main}.get(sys.argv[1] if sys.argv[1:] else "", main)()

"""A plan file's bytes as text: UTF-8 or a genuine Windows-1252 export, damage found and placed."""

import csv
import io
import re
from dataclasses import dataclass

# A well-formed UTF-8 sequence of two to four bytes (RFC 3629 table 3-7): one of these in a file
# is evidence it was written as UTF-8, so its bad bytes are damage, not Windows-1252 letters.
_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_LINE_BREAK = re.compile("\r\n|\r|\n")
_BAD = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8, kept by surrogateescape


@dataclass(frozen=True)
class Damage:
    """Where the first byte that breaks a UTF-8 file is: its line in a text editor, and its cell."""

    line: int
    column: int  # 0-based cell index in its row, -1 when it is in no cell
    byte: int  # the bad byte of a UTF-8 file; -1 in a UTF-16 file, where a character is cut in half


def decode(data: bytes) -> tuple[str, str] | Damage | None:
    """(text, encoding name); a Damage for a UTF-8 or UTF-16 file with bad bytes; None for no text at all."""
    wide = utf16_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide).removeprefix("\ufeff"), "utf-16"
        except UnicodeDecodeError as error:  # an odd last byte, or half of a surrogate pair
            before = data[:error.start].decode(wide, errors="replace")
            if error.end >= len(data):  # a stray byte after the last line break belongs to the last line
                before = before.rstrip("\r\n")
            return Damage(line_of(before, len(before)), -1, -1)
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    if _binary(body):
        return None
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    if bom or _MULTIBYTE.search(body):
        return locate(body, first_bad)
    try:
        return body.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return None


def _binary(body: bytes) -> bool:
    """Not text at all (an image, random bytes): more than one byte in ten is a control character other than a tab
    or a line break. A plan's text holds next to none; a few in cells are cleaned out on import."""
    controls = len(body) - len(body.translate(None, _CONTROLS))
    return controls * 10 > len(body)


_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 13)) + b"\x7f"


def utf16_encoding(data: bytes) -> str | None:
    """The codec of a UTF-16 file (Excel's "Unicode text"), known by its BOM or by column names
    with every other byte 0; else None. ASCII in UTF-16 is valid UTF-8 too, so this is asked first."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:64]
    if len(head) < 4 or len(head) % 2:
        return None
    low, high = head[0::2], head[1::2]  # little-endian: the letter, then 0
    if all(low) and not any(high):
        return "utf-16-le"
    if all(high) and not any(low):
        return "utf-16-be"
    return None


def locate(body: bytes, offset: int) -> Damage:
    """The row and cell holding the byte at `offset` of a UTF-8 body (bad bytes before it: none)."""
    text = body.decode("utf-8", errors="surrogateescape")
    before = body[:offset].decode("utf-8")
    line = line_of(before, len(before))
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text)):
            for column, cell in enumerate(row):
                if _BAD.search(cell):
                    return Damage(line, column, body[offset])
    except csv.Error:
        pass
    return Damage(line, -1, body[offset])


def line_of(text: str, index: int) -> int:
    """The line (from 1) of `text[index]`, line breaks counted as the csv module reads them."""
    return len(_LINE_BREAK.findall(text, 0, index)) + 1


def delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def unclosed_quote(text: str, delimiter: str, start: int) -> int | None:
    """Index in `text` of a quote opened at or after `start` and never closed, as the csv module
    reads a file (a quote opens only at a cell's start; "" inside quotes is one quote)."""
    stops = re.compile(f"[{re.escape(delimiter)}\r\n]")
    at, end = start, len(text)
    while at < end:
        if text[at] == '"':
            opened = at
            at += 1
            while True:
                close = text.find('"', at)
                if close < 0:
                    return opened
                if text.startswith('"', close + 1):
                    at = close + 2
                    continue
                at = close + 1
                break
        stop = stops.search(text, at)
        if stop is None:
            return None
        at = stop.end()
    return None

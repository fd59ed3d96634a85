"""qrcode's mask choice (its lost points N1–N4, first lowest wins) scored on bit integers, not cell by cell."""

from functools import lru_cache

_BITS = bytes.maketrans(b"\x00\x01", b"01")


def best_mask(modules: list[list[bool]], version: int) -> int:
    """The mask qrcode's `best_mask_pattern` picks, from the matrix of `makeImpl(True, 0)`.

    Mask k's matrix is mask 0's with the data cells' mask-0 bits flipped back and mask k's applied;
    each is scored with `lost_points`, and the first lowest wins, as in qrcode."""
    scores = mask_scores(modules, version)
    return scores.index(min(scores))


def mask_scores(modules: list[list[bool]], version: int) -> list[int]:
    """`util.lost_point` of each of the eight masked matrices qrcode would build with `makeImpl(True, k)`."""
    size = len(modules)
    rows, columns = packed(modules), packed(list(zip(*modules)))
    row_masks, column_masks = _mask_bits(version)
    return [lost_points(rows ^ row_masks[0] ^ row_masks[k], columns ^ column_masks[0] ^ column_masks[k], size)
            for k in range(8)]


def penalty(modules) -> int:
    """qrcode's `util.lost_point` of a square matrix of booleans."""
    return lost_points(packed(modules), packed(list(zip(*modules))), len(modules))


def packed(lines) -> int:
    """Line i's cell j at bit i*(n+1)+j; the bit after each line stays 0 so no pattern crosses it."""
    text = b"".join(bytes(line) + b"\x00" for line in lines)
    return int(text[::-1].translate(_BITS), 2)


def lost_points(rows: int, columns: int, size: int) -> int:
    """N1 + N2 + N3 + N4 exactly as qrcode counts them (see `util.lost_point`)."""
    stride = size + 1
    cells = _cells(size)
    dark_rows, light_rows = rows, ~rows & cells
    points = _runs(dark_rows) + _runs(light_rows) + _runs(columns) + _runs(~columns & cells)
    points += 3 * (_blocks(dark_rows, stride) + _blocks(light_rows, stride))
    points += 40 * (_finder_like(dark_rows, light_rows) + _finder_like(columns, ~columns & cells))
    percent = float(rows.bit_count()) / (size ** 2)
    return points + int(abs(percent * 100 - 50) / 5) * 10


def _runs(bits: int) -> int:
    """N1 of one colour: each run of 5 or more costs its length - 2 = (its 5-windows) + 2."""
    windows = bits & bits >> 1 & bits >> 2 & bits >> 3 & bits >> 4
    return windows.bit_count() + 2 * (windows & ~(windows << 1)).bit_count()


def _blocks(bits: int, stride: int) -> int:
    """N2 of one colour: 2x2 blocks of it, overlapping ones counted each."""
    pairs = bits & bits >> 1
    return (pairs & pairs >> stride).bit_count()


_PATTERN = (1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0)  # qrcode's 10111010000 and its mirror 00001011101


def _finder_like(dark: int, light: int) -> int:
    """N3: 11-cell windows reading 10111010000 or 00001011101 inside one line."""
    found = 0
    for pattern in (_PATTERN, _PATTERN[::-1]):
        match = -1
        for offset, cell in enumerate(pattern):
            match &= (dark if cell else light) >> offset
        found += match.bit_count()
    return found


@lru_cache(maxsize=None)
def _cells(size: int) -> int:
    line = (1 << size) - 1
    return sum(line << (i * (size + 1)) for i in range(size))


@lru_cache(maxsize=40)
def _mask_bits(version: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """For each mask, its dark cells among the data cells, packed by rows and by columns."""
    from qrcode import util

    free = _data_cells(version)
    rows, columns = [], []
    for k in range(8):
        flips = util.mask_func(k)
        grid = [[free[i][j] and bool(flips(i, j)) for j in range(len(free))] for i in range(len(free))]
        rows.append(packed(grid))
        columns.append(packed(list(zip(*grid))))
    return tuple(rows), tuple(columns)


def _data_cells(version: int) -> list[list[bool]]:
    """The cells qrcode's `map_data` fills: those its `makeImpl` leaves empty before the data."""
    import qrcode

    class Layout(qrcode.QRCode):
        def map_data(self, data, mask_pattern):  # noqa: N802 - leave the data cells empty
            pass

    layout = Layout(version=version, border=0)
    layout.data_cache = []
    layout.makeImpl(True, 0)
    return [[cell is None for cell in row] for row in layout.modules]

"""What every producer script writes: the indicator table of indicators.json
and a small picture, made here so that no file from elsewhere is needed."""
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "indicators.json"), encoding="utf-8") as f:
    DATA = json.load(f)

SHEET = DATA["sheet"]
TABLE = DATA["table"]
HEADERS = DATA["headers"]
ROWS = DATA["rows"]
PCT = DATA["pct"]
PERCENT_COLUMNS = {HEADERS.index(h) for h in DATA["percentColumns"]}
LISTS = DATA["lists"]
LAST_ROW = len(ROWS) + 1  # the header is row 1


def column_letter(index0):
    """0 → A, 26 → AA."""
    n = index0 + 1
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


LAST_COL = column_letter(len(HEADERS) - 1)
TABLE_REF = "A1:%s%d" % (LAST_COL, LAST_ROW)


def write_png(path, width=48, height=24):
    """A small striped PNG (8-bit RGB), by hand so that no imaging library is needed."""
    raw = b""
    for y in range(height):
        raw += b"\x00"
        for x in range(width):
            raw += bytes((0x1F, 0x6F, 0xB4) if (x // 8 + y // 8) % 2 else (0xF2, 0xC8, 0x1E))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)
    return path

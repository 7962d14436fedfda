#!/usr/bin/env python3
"""Draws the two Teams icons FocalBot's manifest names: color.png and outline.png.

Teams wants a full-colour 192x192 PNG and a 32x32 PNG that is white on a transparent
background. The motif is a stylised "F" inside a ring of twelve dots, the network's
members around the office. Only the standard library is used (zlib writes the PNG), so
the script runs on any machine with python3; its output is deterministic.

    python3 manifest/make-icons.py          # rewrites manifest/color.png and manifest/outline.png
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = (0x0B, 0x3D, 0x91)   # the manifest's accentColor
GOLD = (0xFF, 0xCC, 0x00)
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLING = 4           # samples per pixel side, for smooth edges


def write_png(path, width, height, rgba_rows):
    """Writes 8-bit RGBA (colour type 6) rows as a PNG, filter type 0 on every row."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(row) for row in rgba_rows)
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9))
           + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


def render(size, background, shapes):
    """Rasterises shapes (coverage function, colour) over a background (None = transparent).

    Each pixel is sampled SUPERSAMPLING^2 times; the last shape that covers a sample wins.
    """
    n = SUPERSAMPLING
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            r = g = b = a = 0.0
            for sy in range(n):
                for sx in range(n):
                    px, py = x + (sx + 0.5) / n, y + (sy + 0.5) / n
                    colour = background
                    for covers, shape_colour in shapes:
                        if covers(px, py):
                            colour = shape_colour
                    if colour is not None:
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            if a == 0:
                row += [0, 0, 0, 0]
            else:
                # Colour averaged over the covered samples; alpha is the covered share.
                row += [round(r / a), round(g / a), round(b / a), round(255 * a / (n * n))]
        rows.append(row)
    return rows


def rect(x0, y0, x1, y1):
    return lambda x, y: x0 <= x < x1 and y0 <= y < y1


def disc(cx, cy, radius):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def ring(cx, cy, outer, inner):
    return lambda x, y: inner ** 2 <= (x - cx) ** 2 + (y - cy) ** 2 <= outer ** 2


def letter_f(left, top, height, stem, bar, middle_bar):
    """A sans-serif F: a stem, a top bar and a shorter middle bar."""
    return [
        rect(left, top, left + stem, top + height),
        rect(left, top, left + bar, top + stem),
        rect(left, top + height * 0.45, left + middle_bar, top + height * 0.45 + stem),
    ]


def colour_icon():
    size, centre = 192, 96
    dots = [(disc(centre + 70 * math.sin(math.tau * k / 12), centre - 70 * math.cos(math.tau * k / 12), 8), GOLD)
            for k in range(12)]
    f = [(s, WHITE) for s in letter_f(left=74, top=54, height=84, stem=17, bar=50, middle_bar=40)]
    return size, render(size, BLUE, dots + f)


def outline_icon():
    size, centre = 32, 16
    shapes = [(ring(centre, centre, 15, 13), WHITE)]
    shapes += [(s, WHITE) for s in letter_f(left=11, top=8, height=16, stem=3, bar=10, middle_bar=8)]
    return size, render(size, None, shapes)


if __name__ == "__main__":
    for name, draw in (("color.png", colour_icon), ("outline.png", outline_icon)):
        size, rows = draw()
        write_png(os.path.join(HERE, name), size, size, rows)
        print(f"wrote {name} ({size}x{size})")

"""Checking the Teams app icons: real PNGs, 192×192 in colour, 32×32 white-on-transparent outline."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel (8-bit, non-palette)


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    pixels: list[tuple[int, int, int, int]]  # RGBA, row by row


def read_png(data: bytes) -> Image:
    """Decode an 8-bit greyscale/RGB(A) PNG; ValueError says what is wrong with anything else."""
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    pos, header, idat = len(SIGNATURE), None, b""
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        crc = data[pos + 8 + length : pos + 12 + length]
        if len(body) != length or len(crc) != 4 or zlib.crc32(kind + body) != struct.unpack(">I", crc)[0]:
            raise ValueError(f"damaged PNG chunk {kind!r}")
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None or not idat:
        raise ValueError("PNG without image data")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in _CHANNELS or interlace:
        raise ValueError(
            "only 8-bit, non-interlaced greyscale or RGB(A) PNGs can be checked; please re-export the icon"
        )
    channels = _CHANNELS[colour]
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(kind, line, previous, channels)
        rows.append(line)
        previous = line
    pixels = [_rgba(row[x * channels : (x + 1) * channels], channels) for row in rows for x in range(width)]
    return Image(width, height, pixels)


def icon_problems(data: bytes, outline: bool) -> list[str]:
    """What keeps this file from being Teams' colour (192×192) or outline (32×32) icon; empty when fine."""
    try:
        image = read_png(data)
    except (ValueError, zlib.error) as exc:
        return [str(exc)]
    size = 32 if outline else 192
    problems = []
    if (image.width, image.height) != (size, size):
        problems.append(f"must be {size}×{size} pixels, is {image.width}×{image.height}")
    if outline:
        if not any(a == 0 for *_, a in image.pixels):
            problems.append("the outline icon needs a transparent background")
        if any(a and (r, g, b) != (255, 255, 255) for r, g, b, a in image.pixels):
            problems.append("the outline icon may only use white (on transparent)")
        if not any(a for *_, a in image.pixels):
            problems.append("the outline icon is empty")
    elif len({p[:3] for p in image.pixels}) < 2:
        problems.append("the colour icon is a single flat colour")
    return problems


def _unfilter(kind: int, line: bytearray, previous: bytearray, bpp: int) -> None:
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = previous[i]
        corner = previous[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            line[i] = (line[i] + _paeth(left, up, corner)) & 0xFF
        elif kind != 0:
            raise ValueError(f"unknown PNG filter {kind}")


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _rgba(sample: bytearray, channels: int) -> tuple[int, int, int, int]:
    if channels == 1:
        return (sample[0], sample[0], sample[0], 255)
    if channels == 2:
        return (sample[0], sample[0], sample[0], sample[1])
    if channels == 3:
        return (sample[0], sample[1], sample[2], 255)
    return (sample[0], sample[1], sample[2], sample[3])

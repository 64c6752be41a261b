"""Read a PNG screenshot into an RGB array (8-bit, non-interlaced, as Chromium writes them), without an image library."""

import struct
import zlib

import numpy as np

CHANNELS = {2: 3, 6: 4}  # colour type: RGB, RGBA


def _paeth(left: int, up: int, up_left: int) -> int:
    estimate = left + up - up_left
    to_left, to_up, to_up_left = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
    if to_left <= to_up and to_left <= to_up_left:
        return left
    return up if to_up <= to_up_left else up_left


def read_png(data: bytes) -> np.ndarray:
    """(height, width, 3) uint8 pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, compressed = 8, b""
    while position < len(data):
        (length,), kind = struct.unpack(">I", data[position : position + 4]), data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in CHANNELS and not interlace, (depth, colour, interlace)
        elif kind == b"IDAT":
            compressed += body
    step = CHANNELS[colour]
    raw = np.frombuffer(zlib.decompress(compressed), dtype=np.uint8).reshape(height, width * step + 1)
    pixels = np.zeros((height, width * step), dtype=np.uint8)
    previous = np.zeros(width * step, dtype=np.uint8)
    for row in range(height):
        kind, line = raw[row, 0], raw[row, 1:]
        if kind == 0:
            current = line.copy()
        elif kind == 2:
            current = line + previous
        else:
            out, up, scan = bytearray(line.tobytes()), previous.tobytes(), line.tobytes()
            for i in range(len(out)):
                left = out[i - step] if i >= step else 0
                above_left = up[i - step] if i >= step else 0
                if kind == 1:
                    out[i] = (scan[i] + left) & 0xFF
                elif kind == 3:
                    out[i] = (scan[i] + (left + up[i]) // 2) & 0xFF
                else:
                    out[i] = (scan[i] + _paeth(left, up[i], above_left)) & 0xFF
            current = np.frombuffer(bytes(out), dtype=np.uint8)
        pixels[row] = current
        previous = current
    return pixels.reshape(height, width, step)[:, :, :3]

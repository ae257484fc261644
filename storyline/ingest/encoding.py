"""Turning input bytes into text: binary detection, charset guessing, mojibake repair.

Decoding tries UTF-8 (with or without BOM), then UTF-16 when a BOM says so,
then cp1252 (a superset of latin-1 for printable text, and what mis-labelled
Windows files really are), then latin-1. ftfy repairs mojibake such as
"Ã©" for "é" and "â€™" for "’" that comes from text decoded twice.
"""
from __future__ import annotations

from dataclasses import dataclass

import ftfy

from ..errors import BinaryInput, DecodeFailure, EmptyInput

# Bytes that never appear in text files (NUL and most C0 controls).
_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31}


# Repair encodings only; keep the writer's typography (curly quotes, ligatures, widths).
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False, normalization="NFC", explain=False)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool  # ftfy changed something


def looks_binary(data: bytes) -> bool:
    """Return whether ``data`` looks like a binary file rather than text."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text carries NULs
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, source: str) -> Decoded:
    """Return the text of ``data``; raise when it is empty, binary or undecodable."""
    if not data.strip():
        raise EmptyInput(source, "the file is empty")
    if looks_binary(data):
        raise BinaryInput(source, "binary data, not text (NUL or control bytes)")
    text, encoding = _decode_bytes(data, source)
    fixed = ftfy.fix_text(text, _FTFY)
    if "\ufffd" in fixed and fixed.count("\ufffd") > max(3, len(fixed) // 200):
        raise DecodeFailure(source, "too many undecodable characters (U+FFFD) to repair safely")
    if not fixed.strip():
        raise EmptyInput(source, "no text after decoding")
    return Decoded(fixed, encoding, fixed != text)


def _decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeFailure(source, f"invalid UTF-16: {exc.reason} at byte {exc.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"

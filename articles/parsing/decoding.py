"""Turning uploaded bytes into text without knowing their character set."""

import codecs
import re
from collections import Counter

from .errors import ParseError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Enough of a file to judge its character set by, without scanning megabytes.
_SNIFF_BYTES = 64 * 1024
# Control bytes other than tab, newlines, form feed and escape never occur in text.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
# A file that is valid UTF-8 apart from a few broken bytes is UTF-8 with damage.
_MAX_BROKEN_UTF8_SHARE = 0.05


def decode_text(raw: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with.

    Tries a byte-order mark, then UTF-8, then the single-byte encodings Russian
    and Western European newsrooms still produce (Windows-1251, KOI8-R,
    Windows-1252/Latin-1). Binary data raises ``ParseError`` (code ``binary``).
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), encoding
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        return raw.decode(utf16, errors="replace"), utf16
    _refuse_binary(raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    return _decode_single_byte(raw)


def _refuse_binary(raw: bytes) -> None:
    sample = raw[:_SNIFF_BYTES]
    if b"\x00" in sample or (
        sample and len(_CONTROL_BYTES.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE
    ):
        raise ParseError(
            "The file is binary data, not text: please upload the article as text, HTML, "
            "PDF or Word (.docx).",
            "binary",
        )


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark.

    Text in one script has the same high byte in nearly every character (0x00
    for Latin, 0x04 for Cyrillic) and NULs only on that side, from spaces and
    punctuation.
    """
    sample = raw[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) < 8:
        return None
    low_first, high_first = sample[0::2], sample[1::2]
    if _looks_like_high_bytes(high_first, low_first):
        return "utf-16-le"
    if _looks_like_high_bytes(low_first, high_first):
        return "utf-16-be"
    return None


def _looks_like_high_bytes(high: bytes, low: bytes) -> bool:
    if low.count(0) > len(low) * 0.01 or high.count(0) < len(high) * 0.05:
        return False
    counts = Counter(high)
    nuls = counts.pop(0, 0)
    script = max(counts.values(), default=0)
    return (nuls + script) / len(high) > 0.9


def _mostly_utf8(raw: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences with only a sprinkling of broken bytes."""
    sample = raw[:_SNIFF_BYTES]
    text = sample.decode("utf-8", errors="replace")
    genuine_replacements = sample.decode("utf-8", errors="ignore").count("\ufffd")
    broken = text.count("\ufffd") - genuine_replacements
    # Continuation bytes of valid multi-byte characters (each replacement adds two).
    multibyte = len(text.encode("utf-8")) - len(text) - 2 * broken
    return multibyte > broken and broken / max(len(text), 1) <= _MAX_BROKEN_UTF8_SHARE


_CYRILLIC_ENCODINGS = ("windows-1251", "koi8-r")
# The most frequent Russian letters, all lowercase.
_COMMON_RUSSIAN_LETTERS = frozenset("оеаинтсрвлкмдпуяы")


_HIGH_BYTE_WORD = re.compile(rb"[\x80-\xff]{3,}")


def _decode_single_byte(raw: bytes) -> tuple[str, str]:
    if _looks_cyrillic(raw[:_SNIFF_BYTES]):
        scored = [
            (_russian_score(raw.decode(name, errors="replace")), name)
            for name in _CYRILLIC_ENCODINGS
        ]
        _, best = max(scored)
        return raw.decode(best, errors="replace"), best
    try:
        return raw.decode("windows-1252"), "windows-1252"
    except UnicodeDecodeError:
        return raw.decode("iso-8859-1"), "iso-8859-1"


def _looks_cyrillic(sample: bytes) -> bool:
    """Whether high bytes spell whole words, as Cyrillic letters do.

    In Western European text high bytes are scattered accents ("café"); in
    Russian, even a few words in an English text are runs of them.
    """
    high = sum(1 for byte in sample if byte >= 0x80)
    if not high:
        return False
    letters = sum(1 for byte in sample if byte >= 0x80 or chr(byte).isalpha())
    in_words = sum(len(word) for word in _HIGH_BYTE_WORD.findall(sample))
    return high / letters > 0.3 or in_words / high > 0.5


def _russian_score(text: str) -> float:
    """Share of characters that are common lowercase Russian letters.

    Windows-1251 and KOI8-R put upper- and lowercase Cyrillic in swapped
    ranges, so the wrong guess yields mostly capitals and rare letters.
    """
    sample = text[:_SNIFF_BYTES]
    return sum(1 for char in sample if char in _COMMON_RUSSIAN_LETTERS) / max(len(sample), 1)


_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def declared_charset(raw: bytes) -> str | None:
    """The character set a page declares in a ``<meta>`` tag near its top."""
    match = _DECLARED_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None

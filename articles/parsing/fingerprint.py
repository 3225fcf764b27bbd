"""Recognising the same article uploaded twice, exactly or nearly."""

import hashlib
import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def text_fingerprint(text: str) -> str:
    """SHA-256 of the text's words, so spacing, case and punctuation do not matter."""
    return hashlib.sha256(" ".join(_words(text)).encode("utf-8")).hexdigest()


SIGNATURE_LENGTH = 128
_SHINGLE_WORDS = 3
# Values stay below 2**63 so that any database can store them as signed 64-bit integers.
_EMPTY_BIN = (1 << 63) - 1


def near_duplicate_signature(text: str) -> list[int]:
    """A fixed-length MinHash signature (128 values below 2**63) of the text's three-word shingles.

    One-permutation hashing: each shingle's hash picks a bin and competes
    for that bin's minimum, so a 5 MB text costs one hash per shingle rather than
    one per shingle per bin. Hashes are BLAKE2 with a fixed key, so signatures are
    the same in every process (Python's ``hash`` is randomised per process).
    """
    signature = [_EMPTY_BIN] * SIGNATURE_LENGTH
    for shingle in _shingles(_words(text)):
        value = _shingle_hash(shingle)
        index = value % SIGNATURE_LENGTH
        if value < signature[index]:
            signature[index] = value
    return signature


def signature_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity (0–1) of the texts two signatures came from."""
    if len(a) != len(b):
        raise ValueError("signatures of different lengths cannot be compared")
    filled = [(x, y) for x, y in zip(a, b, strict=True) if x != _EMPTY_BIN or y != _EMPTY_BIN]
    if not filled:
        return 1.0  # two texts without words
    return sum(1 for x, y in filled if x == y) / len(filled)


def _shingles(words: list[str]) -> set[str]:
    if len(words) < _SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}


# Changing the key invalidates every stored signature.
_HASH_KEY = b"parley-shingles1"


def _shingle_hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8"), digest_size=8, key=_HASH_KEY).digest()
    return int.from_bytes(digest, "big") >> 1

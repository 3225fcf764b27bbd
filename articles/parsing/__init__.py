"""Turning uploaded articles into clean text and metadata (plain Python, no Django).

Raw bytes → ``detect_format`` → text extracted by format → ``clean_text`` (with
a map from clean offsets back to that text) → ``read_metadata``. ``parse_document``
runs the whole chain; ``fetch_url`` (in ``fetch``) gets the bytes behind a link.
"""

from .cleaning import CleanText, clean_text
from .decoding import decode_text
from .document import ParsedDocument, parse_document
from .errors import ParseError
from .fingerprint import near_duplicate_signature, signature_similarity, text_fingerprint
from .formats import detect_format
from .limits import ParseLimits
from .metadata import DocumentMetadata, read_metadata

__all__ = [
    "CleanText",
    "DocumentMetadata",
    "ParseError",
    "ParseLimits",
    "ParsedDocument",
    "clean_text",
    "decode_text",
    "detect_format",
    "near_duplicate_signature",
    "parse_document",
    "read_metadata",
    "signature_similarity",
    "text_fingerprint",
]

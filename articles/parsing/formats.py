"""Telling what kind of document an upload is from its bytes."""

import io
import re
import zipfile

from .decoding import decode_text
from .errors import ParseError

FORMATS = ("text", "markdown", "html", "pdf", "docx")

_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x01\x00", "icon"),
)
# Formats an editor might plausibly try, and what to tell them.
_UNSUPPORTED_SIGNATURES = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Word (.doc) or Office file: please save it as .docx or PDF",
    ),
    (b"{\\rtf", "an RTF document: please save it as .docx or PDF"),
    (b"\x1f\x8b", "a compressed (gzip) archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio or video file"),
    (b"\x1aE\xdf\xa3", "a video file"),
    (b"fLaC", "an audio file"),
    (b"SQLite format 3\x00", "a database (SQLite)"),
    (b"wOFF", "a font"),
    (b"wOF2", "a font"),
    (b"OTTO", "a font"),
    (b"\xca\xfe\xba\xbe", "a program"),
    (b"%!PS", "a PostScript document"),
)
# Kinds told by a short signature, which plain text might also begin with: named only once
# the bytes have proved not to be text.
_BINARY_SIGNATURES = (
    (b"BM", "an image (BMP)"),
    (b"\xff\xfb", "an audio file (MP3)"),
    (b"\xff\xf3", "an audio file (MP3)"),
    (b"\xff\xf2", "an audio file (MP3)"),
    (b"\x00\x01\x00\x00", "a font"),
)
_RIFF_KINDS = {b"WAVE": "an audio file (WAV)", b"AVI ": "a video file (AVI)"}
_PDF_MAGIC = b"%PDF-"
# PDFs may carry a little junk before the header; readers accept it within 1 KB.
_PDF_HEADER_WINDOW = 1024
_ZIP_MAGIC = b"PK\x03\x04"


def detect_format(raw: bytes, filename: str = "") -> str:
    """One of ``FORMATS``; raises ``ParseError`` for images, binary junk and unsupported files."""
    name = filename.lower()
    _refuse_images_and_unsupported(raw)
    if _PDF_MAGIC in raw[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if raw.startswith(_ZIP_MAGIC):
        return _zip_format(raw)
    if name.endswith(".docx"):
        raise not_a_docx()
    if name.endswith(".pdf"):
        raise ParseError("The file is named .pdf but is not a PDF document.", "damaged-pdf")
    try:
        text, _ = decode_text(raw)
    except ParseError as error:
        if error.code == "binary":
            _refuse_named_binary(raw)
        raise
    _refuse_text_that_is_no_article(text)
    return _sniff_text_format(text, name)


def _refuse_images_and_unsupported(raw: bytes) -> None:
    head = raw[:16]
    for signature, kind in _IMAGE_SIGNATURES:
        if head.startswith(signature):
            raise _image_error(kind)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        raise _image_error("WebP")
    if head[4:12] in (b"ftypavif", b"ftypheic", b"ftypmif1"):
        raise _image_error("HEIC/AVIF")
    if head[4:8] == b"ftyp":
        raise _unsupported("a video or audio file (MP4, MOV)")
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        raise _unsupported(_RIFF_KINDS[head[8:12]])
    for signature, description in _UNSUPPORTED_SIGNATURES:
        if head.startswith(signature):
            raise _unsupported(description)


def _refuse_named_binary(raw: bytes) -> None:
    for signature, description in _BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise _unsupported(description)


def _unsupported(description: str) -> ParseError:
    return ParseError(f"The file is {description}, which is not supported.", "unsupported-type")


# The first element of an XML or JSON file, after any declaration, comments and doctype.
_XML_ROOT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z][\w.:-]*)",
    re.DOTALL,
)
_JSON_START = re.compile(r"\A\s*[\[{]\s*[\"\[{\]}]")
_FEED = "a news feed ({}), not an article: open the article and upload its page or link"
# Roots of XML documents that are not web pages, and what to tell the editor.
_XML_DOCUMENTS = {
    "svg": "an SVG image, not an article",
    "rss": _FEED.format("RSS"),
    "rdf:rdf": _FEED.format("RSS"),
    "feed": _FEED.format("Atom"),
}


def _refuse_text_that_is_no_article(text: str) -> None:
    """Text formats that hold no article, whatever the file is named: an SVG image, a
    news feed, other XML data, JSON data."""
    head = text[:_SNIFF_CHARS]
    root = _XML_ROOT.match(head)
    if root is not None:
        element = root.group(1).lower()
        if element in _XML_DOCUMENTS:
            raise _no_article(_XML_DOCUMENTS[element], "image" if element == "svg" else "")
        if element != "html" and head.lstrip().startswith("<?xml"):
            raise _no_article("XML data, not an article")
    if _JSON_START.match(head):
        raise _no_article("JSON data, not an article")


def _no_article(description: str, code: str = "") -> ParseError:
    return ParseError(f"This is {description}.", code or "unsupported-type")


def _image_error(kind: str) -> ParseError:
    return ParseError(
        f"The file is an image ({kind}), not a text document; reading text from images "
        "(OCR) is not supported.",
        "image",
    )


def not_a_docx() -> ParseError:
    return ParseError(
        "The file is not a valid Word document (.docx): it is not a DOCX archive.",
        "damaged-docx",
    )


def _zip_format(raw: bytes) -> str:
    try:
        # Only the central directory is read here; nothing is decompressed.
        names = set(zipfile.ZipFile(io.BytesIO(raw)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ParseError(
            "The ZIP or Word file is damaged and could not be read.", "damaged-docx"
        ) from error
    if "word/document.xml" in names:
        return "docx"
    for member, description in _OTHER_ZIP_DOCUMENTS:
        if member in names:
            raise ParseError(
                f"The file is {description}, which is not supported: please save the "
                "article as .docx or PDF.",
                "unsupported-type",
            )
    raise ParseError(
        "The file is a ZIP archive, not a Word document: please upload the article itself.",
        "unsupported-type",
    )


# Office formats that are ZIP archives too, by a part only they contain.
_OTHER_ZIP_DOCUMENTS = (
    ("content.xml", "an OpenDocument file (.odt)"),
    ("xl/workbook.xml", "an Excel spreadsheet"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("META-INF/container.xml", "an e-book (EPUB)"),
)


_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"<(?:p|div|span|a|br|article|section|h[1-6]|script|style|meta|title|li|ul|table|img)\b[^>]*>",
    re.IGNORECASE,
)
_MARKDOWN_FEATURES = (
    re.compile(r"^#{1,6} \S", re.MULTILINE),  # headings
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # links
    re.compile(r"(?<!\w)(\*\*|__)\S[^\n]*?\S\1(?!\w)"),  # strong emphasis
    re.compile(r"^(?:[*+-]|\d+\.) \S", re.MULTILINE),  # list items
    re.compile(r"^> \S", re.MULTILINE),  # block quotes
    re.compile(r"^```", re.MULTILINE),  # code fences
)
_SNIFF_CHARS = 20000
_MIN_HTML_TAGS = 3


def _sniff_text_format(text: str, filename: str = "") -> str:
    """ "html", "markdown" or "text" for decoded text; the file name only breaks ties."""
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    if tags >= _MIN_HTML_TAGS or (tags and filename.endswith((".html", ".htm", ".xhtml"))):
        return "html"
    features = sum(1 for pattern in _MARKDOWN_FEATURES if pattern.search(head))
    # Plain articles use dashes and asterisks too, so markup needs two kinds of
    # evidence, or one with the file's name saying Markdown.
    if features >= 2 or (features and filename.endswith((".md", ".markdown"))):
        return "markdown"
    return "text"

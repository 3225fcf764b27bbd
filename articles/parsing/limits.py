"""Resource limits that keep a hostile or broken upload from tying up a worker."""

from dataclasses import dataclass

from .errors import ParseError

# A web page's markup, scripts and menus outweigh its article many times over; a page
# longer than this many times the text limit is refused before it is taken apart.
PAGE_MARKUP_ALLOWANCE = 10
# Bytes of a Word document's main XML part per character of text limit: heavily formatted
# documents spend a dozen or two bytes of markup on each character. Parsing that XML holds
# several times its size in memory, so a larger part is refused before it is read.
DOCX_MARKUP_ALLOWANCE = 20


@dataclass(frozen=True)
class ParseLimits:
    max_bytes: int = 10 * 1024 * 1024
    # Characters of text, as extracted from the format and before cleaning: cleaning and
    # quote extraction hold memory and time in proportion to it.
    max_chars: int = 500_000
    max_pdf_pages: int = 200
    # Within the worker's soft time limit, with room for the rest of the parse.
    pdf_seconds: float = 15.0
    max_docx_uncompressed: int = 50 * 1024 * 1024
    max_docx_ratio: int = 100

    @property
    def max_page_chars(self) -> int:
        return self.max_chars * PAGE_MARKUP_ALLOWANCE

    @property
    def max_docx_text_part(self) -> int:
        return self.max_chars * DOCX_MARKUP_ALLOWANCE


def refuse_long_text(length: int, limits: ParseLimits) -> None:
    if length > limits.max_chars:
        raise ParseError(
            f"The text is too long to extract quotes from ({length:,} characters; the limit "
            f"is {limits.max_chars:,}). Split it into shorter articles and upload those.",
            "too-long",
        )


def refuse_long_page(length: int, limits: ParseLimits) -> None:
    if length > limits.max_page_chars:
        raise ParseError(
            f"The page is too long to extract quotes from ({length:,} characters of HTML; "
            f"the limit is {limits.max_page_chars:,}). Save the article's text alone and "
            "upload that.",
            "too-long",
        )


def describe_size(n_bytes: int) -> str:
    """A byte count as an editor reads it ("10 MB", "512 KB")."""
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.3g} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.3g} KB"
    return f"{n_bytes} bytes"

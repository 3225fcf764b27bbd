"""From uploaded bytes to a parsed article: format, text, clean text, body, metadata."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from .cleaning import CleanText, clean_text
from .dates import DateReading, date_reading
from .decoding import declared_charset, decode_text
from .errors import ParseError
from .formats import detect_format
from .layout import find_headline, is_metadata_line, iter_lines, non_blank
from .limits import ParseLimits, describe_size, refuse_long_page, refuse_long_text
from .metadata import DocumentMetadata, read_metadata
from .outlets import match_outlet


@dataclass(frozen=True)
class ParsedDocument:
    format: str  # "text" | "markdown" | "html" | "pdf" | "docx"
    encoding: str | None  # None for binary formats (PDF, DOCX)
    text: str  # as extracted from the format, before cleaning
    clean: CleanText  # the cleaning of ``text``
    title: str
    body: str  # clean text without the title line and the metadata lines above the body
    metadata: DocumentMetadata
    # ``body == clean.text[body_offset:]``, so a quote's span in the body maps to
    # the clean text, and through ``clean.to_raw_span`` to ``text``.
    body_offset: int = 0

    def body_span_in_text(self, start: int, end: int) -> tuple[int, int]:
        """Where ``body[start:end]`` came from in ``text`` (for highlighting the original)."""
        return self.clean.to_raw_span(self.body_offset + start, self.body_offset + end)


def parse_document(
    raw: bytes,
    *,
    filename: str = "",
    url: str = "",
    limits: ParseLimits = ParseLimits(),  # noqa: B008 - frozen, so sharing the default is safe
    reference_date: date | None = None,
    negotiation_period: tuple[date, date] | None = None,
    accepted_dates: tuple[date, date] | None = None,
    known_outlets: Sequence[str] = (),
) -> ParsedDocument:
    """Parse an upload; raises ``ParseError`` with an editor-readable reason.

    The dates are plain data for reading the publication date (see ``read_metadata``).
    """
    if len(raw) > limits.max_bytes:
        raise ParseError(
            f"The file is {describe_size(len(raw))}, larger than the "
            f"{describe_size(limits.max_bytes)} limit.",
            "too-large",
        )
    if not raw.strip():
        raise _empty()
    document_format = detect_format(raw, filename)
    extraction = _extract_text(document_format, raw, limits)
    refuse_long_text(len(extraction.text), limits)
    clean = clean_text(extraction.text)
    if not clean.text.strip():
        raise _no_text(document_format)
    metadata = read_metadata(
        clean.text,
        url=url,
        reference_date=reference_date,
        negotiation_period=negotiation_period,
        accepted_dates=accepted_dates,
        known_outlets=known_outlets,
        trailer=clean.removed_trailer,
    )
    reading = date_reading(reference_date, negotiation_period, accepted_dates)
    metadata = _fill_from_format(metadata, extraction, url, known_outlets, reading)
    body_offset = find_body_offset(clean.text)
    return ParsedDocument(
        format=document_format,
        encoding=extraction.encoding,
        text=extraction.text,
        clean=clean,
        title=metadata.title,
        body=clean.text[body_offset:],
        metadata=metadata,
        body_offset=body_offset,
    )


def find_body_offset(clean: str) -> int:
    """Where the body starts: after the headline and the timestamp and byline lines around it."""
    headline = find_headline(clean)
    for line in non_blank(iter_lines(clean)):
        is_headline = headline is not None and line.start == headline.start
        if not is_headline and not is_metadata_line(line.text):
            return line.start
    return len(clean)


class _Extraction(NamedTuple):
    text: str
    encoding: str | None
    # What a format states outside the text itself (a web page's metadata).
    published_on: date | None = None
    outlet: str | None = None


def _extract_text(document_format: str, raw: bytes, limits: ParseLimits) -> _Extraction:
    # Imported here: trafilatura, lxml, pypdf and python-docx take half a second to
    # load, and web processes importing this package for its limits never need them.
    from .docx_text import docx_to_text  # noqa: PLC0415
    from .html_text import read_web_page  # noqa: PLC0415
    from .markdown_text import markdown_to_text  # noqa: PLC0415
    from .pdf_text import pdf_to_text  # noqa: PLC0415

    if document_format == "pdf":
        return _Extraction(pdf_to_text(raw, limits), None)
    if document_format == "docx":
        return _Extraction(docx_to_text(raw, limits), None)
    text, encoding = _decode(document_format, raw)
    if document_format == "html":
        refuse_long_page(len(text), limits)
        page = read_web_page(text)
        return _Extraction(page.text, encoding, page.published_on, page.site_name)
    if document_format == "markdown":
        refuse_long_text(len(text), limits)  # rendering it costs more than the text itself
        return _Extraction(markdown_to_text(text), encoding)
    return _Extraction(text, encoding)


def _fill_from_format(
    metadata: DocumentMetadata,
    extraction: _Extraction,
    url: str,
    known_outlets: Sequence[str],
    reading: DateReading,
) -> DocumentMetadata:
    """Use what the format states where the text itself said nothing."""
    stated = extraction.published_on
    if metadata.published_on is None and stated is not None and reading.accepts(stated):
        metadata = replace(metadata, published_on=stated, date_inferred=False)
    # A page names its publisher; a wire agency in the dateline only supplied the story.
    outlet_is_a_guess = metadata.outlet is None or metadata.outlet == metadata.agency
    if extraction.outlet and outlet_is_a_guess and not url:
        outlet = match_outlet(extraction.outlet, known_outlets) or extraction.outlet
        metadata = replace(metadata, outlet=outlet)
    return metadata


def _decode(document_format: str, raw: bytes) -> tuple[str, str]:
    if document_format == "html":
        # A page's own <meta charset> beats guessing, unless it is wrong.
        charset = declared_charset(raw)
        if charset:
            try:
                return raw.decode(charset), charset
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(raw)


def _empty() -> ParseError:
    return ParseError("The file is empty.", "empty")


def _no_text(document_format: str) -> ParseError:
    if document_format == "text":
        return _empty()  # only spaces and invisible characters
    if document_format == "html":
        return ParseError("The page has no readable article text.", "no-text")
    return ParseError("The file has no readable text.", "no-text")

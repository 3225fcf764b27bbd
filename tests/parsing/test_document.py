import io
import time
from datetime import date

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from articles.parsing import ParseError, ParseLimits, parse_document

from .builders import (
    blank_pdf,
    text_pdf,
    with_declared_sizes,
    word_document,
    zip_with,
)

ARTICLE = (
    "Talks resume in Geneva\n\n"
    "GENEVA, Jan 10 (Reuters) - Delegations met for eight hours. "
    "“We will not budge,” the deputy minister said.\n\n"
    "Leave a Reply"
)


def _parse_error(raw: bytes, **options) -> ParseError:
    with pytest.raises(ParseError) as error:
        parse_document(raw, **options)
    return error.value


@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n  ", "\ufeff \u00a0\n".encode()])
def test_parse_document_empty_file_is_refused(raw):
    error = _parse_error(raw, filename="a.txt")

    assert (error.code, str(error)) == ("empty", "The file is empty.")


def test_parse_document_too_large_file_is_refused():
    error = _parse_error(b"x" * 2048, limits=ParseLimits(max_bytes=1024))

    assert (error.code, str(error)) == (
        "too-large",
        "The file is 2 KB, larger than the 1 KB limit.",
    )


def test_parse_document_png_renamed_txt_is_named_an_image():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))

    error = _parse_error(png, filename="article.txt")

    assert error.code == "image"
    assert "image (PNG)" in str(error)


def test_parse_document_binary_junk_is_refused():
    error = _parse_error(bytes(range(256)) * 16, filename="article.txt")

    assert error.code == "binary"


def test_parse_document_invalid_utf8_decodes_with_a_fallback():
    raw = "Talks resume\n\nThe minister’s “no” stands.".encode() + b"\xc3\x28 More."

    document = parse_document(raw)

    assert (document.encoding, document.body) == (
        "utf-8",
        "The minister’s “no” stands.\ufffd( More.",
    )


@pytest.mark.parametrize("encoding", ["windows-1251", "koi8-r"])
def test_parse_document_reads_russian_single_byte_encodings(encoding):
    text = "Россия готова к диалогу с НАТО\n\nМОСКВА, 7 января. /ТАСС/. Об этом заявил замминистра."

    document = parse_document(text.encode(encoding), filename="statya.txt")

    assert (document.encoding, document.title, document.metadata.language) == (
        encoding,
        "Россия готова к диалогу с НАТО",
        "ru",
    )
    assert document.metadata.agency == "TASS"


def test_parse_document_text_without_quotes_parses():
    raw = b"Talks resume\n\nDelegations met for eight hours and will meet again."

    document = parse_document(raw)

    assert (document.title, document.body) == (
        "Talks resume",
        "Delegations met for eight hours and will meet again.",
    )


def test_parse_document_plain_text_end_to_end():
    document = parse_document(ARTICLE.encode(), filename="a.txt")

    assert (document.format, document.title, document.metadata.dateline_place) == (
        "text",
        "Talks resume in Geneva",
        "Geneva",
    )
    assert document.metadata.outlet == "Reuters"
    assert document.body.endswith("the deputy minister said.")


def test_parse_document_five_megabytes_without_line_breaks_parses_quickly():
    raw = ("The delegations kept talking through the night & nbsp; again. " * 82000).encode()
    assert len(raw) > 5_000_000

    started = time.monotonic()
    # Past the default text limit, to time the cleaning of one endless line.
    document = parse_document(raw, limits=ParseLimits(max_chars=len(raw)))
    elapsed = time.monotonic() - started

    assert document.body.startswith("The delegations kept talking through the night again.")
    assert document.title == "The delegations kept talking through the night again."
    assert elapsed < 30


@pytest.mark.parametrize(
    ("raw", "filename", "message"),
    [
        (
            b'"' * 9_000_000,
            "quotes.txt",
            "The text is too long to extract quotes from (9,000,000 characters; the limit is "
            "500,000). Split it into shorter articles and upload those.",
        ),
        (
            b"# Talks\n\n" + b"The talks went on. " * 30_000,
            "notes.md",
            "The text is too long to extract quotes from (570,009 characters; the limit is "
            "500,000). Split it into shorter articles and upload those.",
        ),
        (
            b"<html><body>" + b"<p>The talks went on.</p>" * 200_001 + b"</body></html>",
            "page.html",
            "The page is too long to extract quotes from (5,000,051 characters of HTML; the "
            "limit is 5,000,000). Save the article's text alone and upload that.",
        ),
    ],
)
def test_parse_document_refuses_more_text_than_quotes_are_looked_for_in(raw, filename, message):
    error = _parse_error(raw, filename=filename)

    assert (error.code, str(error)) == ("too-long", message)


@pytest.mark.parametrize(
    ("max_chars", "refusal"),
    [
        # Its text is read, and is too long.
        (100_000, "The text is too long to extract quotes from (600,"),
        # Its XML alone is too big to read.
        (1_000, "The Word document is too long to extract quotes from ("),
    ],
)
def test_parse_document_refuses_a_long_docx(max_chars, refusal):
    raw = word_document(["The delegations kept talking. " * 100] * 200)

    error = _parse_error(raw, filename="long.docx", limits=ParseLimits(max_chars=max_chars))

    assert (error.code, str(error)[: len(refusal)]) == ("too-long", refusal)


def test_parse_document_html_never_lets_script_into_the_text():
    script = "<script>var secret = 'SCRIPTCONTENT'; document.write('SCRIPTCONTENT');</script>"
    page = (
        "<!DOCTYPE html><html><head><title>Talks resume in Geneva | World</title>"
        f"{script}{script}<style>body {{color: red}}</style></head><body>{script}"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<article><h1>Talks resume in Geneva</h1>"
        "<p>GENEVA, Jan 10 (Reuters) - Delegations met for eight hours on Monday, "
        "and both sides described the exchange as frank and useful.</p>"
        f"{script}<p>“We will not budge on the open-door policy,” the deputy secretary "
        "said after the meeting, adding that talks could continue.</p></article>"
        f"<footer>Comments are closed. {script}</footer></body></html>"
    ).encode()

    document = parse_document(page, filename="page.html")

    assert document.format == "html"
    assert "SCRIPTCONTENT" not in document.text
    assert "color: red" not in document.text
    assert document.title == "Talks resume in Geneva"
    assert document.body.startswith("GENEVA, Jan 10 (Reuters) - Delegations met")
    assert document.clean.text.count("Talks resume in Geneva") == 1


def test_parse_document_html_honours_the_declared_charset():
    page = (
        '<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body>'
        "<p>Россия готова к серьёзному диалогу с НАТО, заявил заместитель министра.</p>"
        "<p>Переговоры продолжатся на следующей неделе в Женеве, сообщили дипломаты.</p>"
        "</body></html>"
    ).encode("windows-1251")

    document = parse_document(page)

    assert (document.encoding, document.metadata.language) == ("windows-1251", "ru")
    assert "Россия готова" in document.body


def test_parse_document_markdown_is_rendered_to_paragraphs():
    source = (
        b"# Talks resume in Geneva\n\n"
        b"The **deputy minister** said [talks](https://example.com) will go on.\n\n"
        b"* first point\n* second point\n\n> A quoted *remark*.\n"
    )

    document = parse_document(source, filename="notes.md")

    assert document.format == "markdown"
    assert document.clean.text == (
        "Talks resume in Geneva\n\nThe deputy minister said talks will go on.\n\n"
        "first point\n\nsecond point\n\nA quoted remark."
    )


def test_parse_document_pdf_text_layer_is_read():
    pdf = text_pdf(["Talks resume in Geneva", "", "The delegations met for eight hours."])

    document = parse_document(pdf, filename="article.pdf")

    assert (document.format, document.encoding, document.title) == (
        "pdf",
        None,
        "Talks resume in Geneva",
    )
    assert "The delegations met for eight hours." in document.body


def test_parse_document_corrupt_pdf_is_reported_damaged():
    corrupt = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nthis is not a pdf\n%%EOF"

    error = _parse_error(corrupt, filename="article.pdf")

    assert (error.code, str(error)) == (
        "damaged-pdf",
        "The PDF file is damaged and could not be read.",
    )


def test_parse_document_truncated_pdf_is_reported_damaged():
    error = _parse_error(text_pdf(["Talks resume"])[:150], filename="article.pdf")

    assert error.code == "damaged-pdf"


def test_parse_document_encrypted_pdf_says_so():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Secret talks"]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    error = _parse_error(buffer.getvalue(), filename="article.pdf")

    assert error.code == "encrypted-pdf"
    assert "encrypted" in str(error)


def test_parse_document_pdf_without_text_layer_needs_ocr():
    error = _parse_error(blank_pdf(), filename="scan.pdf")

    assert (error.code, str(error)) == (
        "no-text-layer",
        "The PDF has no text layer: OCR is not supported.",
    )


def test_parse_document_pdf_over_the_page_limit_is_refused():
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)

    error = _parse_error(buffer.getvalue(), limits=ParseLimits(max_pdf_pages=2))

    assert error.code == "too-large"


def test_parse_document_docx_paragraphs_are_read():
    raw = word_document(["Talks resume in Geneva", "The delegations met.", "Leave a Reply"])

    document = parse_document(raw, filename="article.docx")

    assert (document.format, document.title, document.body) == (
        "docx",
        "Talks resume in Geneva",
        "The delegations met.",
    )


def test_parse_document_docx_compressing_too_well_is_a_zip_bomb():
    bomb = zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * 4_000_000})
    assert len(bomb) < 20_000

    error = _parse_error(bomb, filename="article.docx")

    assert error.code == "zip-bomb"


def test_parse_document_docx_declaring_a_huge_size_is_a_zip_bomb():
    small = zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    bomb = with_declared_sizes(small, 0xFFFFFFF0)

    error = _parse_error(bomb, filename="article.docx")

    assert error.code == "zip-bomb"
    assert "zip bomb" in str(error)


def test_parse_document_damaged_docx_is_reported():
    damaged = zip_with({"word/document.xml": b"<not really xml"})

    error = _parse_error(damaged, filename="article.docx")

    assert error.code == "damaged-docx"


def test_parse_document_keeps_an_opening_paragraph_that_is_not_a_headline():
    raw = (
        b"Delegations met for eight hours. They agreed to meet again.\n\n"
        b"The next round is planned for February."
    )

    document = parse_document(raw)

    assert (document.title, document.body) == (
        "Delegations met for eight hours.",
        raw.decode(),
    )


def test_parse_document_pdf_out_of_time_is_refused():
    pdf = text_pdf(["Talks resume in Geneva"] * 40)

    error = _parse_error(pdf, limits=ParseLimits(pdf_seconds=1e-6))

    assert error.code == "pdf-timeout"


def test_parse_document_body_leaves_out_byline_and_timestamp_lines():
    raw = (
        b"Russia warns NATO\n\nBy Jane Doe and Bob Roe, Reuters\n\n14 Jan, 2022 07:12\n\n"
        b"Russia said the talks were useful."
    )

    document = parse_document(raw)

    assert (document.title, document.body, document.metadata.published_on) == (
        "Russia warns NATO",
        "Russia said the talks were useful.",
        date(2022, 1, 14),
    )


def test_parse_document_page_without_article_text_is_refused():
    page = (
        b"<html><head><title>Talks resume in Geneva</title><script>var x = 1;</script></head>"
        b"<body><script>var y = 2;</script></body></html>"
    )

    error = _parse_error(page)

    assert (error.code, str(error)) == ("no-text", "The page has no readable article text.")


def test_parse_document_pdf_lines_wrapped_mid_sentence_are_joined():
    pdf = text_pdf(
        ["Talks resume in Geneva", "The delegations met for eight", "hours and agreed to meet."]
    )

    document = parse_document(pdf)

    assert document.body == "The delegations met for eight hours and agreed to meet."


def _news_page(head: str) -> bytes:
    return (
        f"<html><head><title>Talks resume</title>{head}</head><body><article>"
        "<h1>Talks resume</h1><p>The council last met in July 2019, and the delegates "
        "returned on 12 January 2022 for more talks about the security of Europe.</p>"
        "<p>A second paragraph, long enough for the article to be recognised as one.</p>"
        "</article></body></html>"
    ).encode()


def test_parse_document_html_date_comes_from_the_page_metadata():
    head = '<meta property="article:published_time" content="2022-01-13T08:00:00Z">'

    metadata = parse_document(_news_page(head)).metadata

    assert (metadata.published_on, metadata.date_inferred) == (date(2022, 1, 13), False)


def test_parse_document_html_date_is_never_guessed_from_the_text():
    assert parse_document(_news_page("")).metadata.published_on is None


def test_parse_document_html_outlet_comes_from_the_site_name_in_known_spelling():
    head = '<meta property="og:site_name" content="al jazeera">'

    assert parse_document(_news_page(head)).metadata.outlet == "Al Jazeera"


def test_parse_document_html_without_a_site_name_names_no_outlet():
    assert parse_document(_news_page("")).metadata.outlet is None


def test_parse_document_html_site_name_beats_the_wire_agency_of_the_dateline():
    page = (
        b'<html><head><meta property="og:site_name" content="Al Jazeera"></head><body><article>'
        b"<h1>Talks resume</h1><p>GENEVA, Jan 10 (Reuters) - Delegates met for eight hours "
        b"and agreed to meet again, both sides said in statements after the talks.</p>"
        b"<p>A second paragraph, long enough for the article to be recognised as one.</p>"
        b"</article></body></html>"
    )

    metadata = parse_document(page).metadata

    assert (metadata.agency, metadata.outlet) == ("Reuters", "Al Jazeera")


def test_parse_document_pdf_restricted_only_by_an_owner_password_is_read():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Talks resume", "Body."]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    document = parse_document(buffer.getvalue())

    assert (document.title, document.body) == ("Talks resume", "Body.")


def test_parse_document_docx_tables_are_read_in_order():
    word = docx.Document()
    word.add_paragraph("Talks resume in Geneva")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Russia: no veto."
    table.cell(0, 1).text = "NATO: open door."
    word.add_paragraph("The delegations met.")
    buffer = io.BytesIO()
    word.save(buffer)

    document = parse_document(buffer.getvalue())

    assert document.body == "Russia: no veto.\n\nNATO: open door.\n\nThe delegations met."


def test_parse_document_markdown_drops_embedded_scripts():
    source = b"# Talks resume\n\n<script>alert('SCRIPTCONTENT')</script>\n\nThe [talks](x) went on."

    document = parse_document(source, filename="notes.md")

    assert document.clean.text == "Talks resume\n\nThe talks went on."

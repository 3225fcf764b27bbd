"""Every kind of bad upload gets a clear message, never a 500, and its raw bytes are kept."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter

from articles.models import Article
from articles.services import article_parse
from tests.factories import NegotiationFactory
from tests.parsing.builders import (
    blank_pdf,
    text_pdf,
    with_declared_sizes,
    word_document,
    zip_with,
)


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(text_pdf(["Secret talks."]))))
    writer.encrypt("a password")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    inner = zip_with({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"})
    return with_declared_sizes(inner, 4_000_000_000)


def _upload_and_parse(client, name: str, content: bytes) -> tuple[int, Article | None]:
    negotiation = NegotiationFactory()
    upload = SimpleUploadedFile(name, content)
    response = client.post("/articles/new/", {"negotiations": [negotiation.pk], "files": [upload]})
    article = Article.objects.first()
    if article is not None:
        article_parse(article_id=article.pk)  # what the worker does, in-process
        article.refresh_from_db()
    return response.status_code, article


FAILING_UPLOADS = [
    ("junk.bin", bytes(range(256)) * 64, "binary"),
    ("picture.txt", _png(), "image"),
    ("broken.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 200, "damaged"),
    ("blank.pdf", blank_pdf(), "no text layer: OCR is not supported"),
    ("bomb.docx", _zip_bomb(), "zip bomb"),
    (
        "logo.html",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><title>Logo</title>'
        b"<style>.a{fill:red}</style><text>Talks</text></svg>",
        "this is an svg image, not an article",
    ),
    (
        "long.txt",
        b"word " * 1_000_000,
        "too long to extract quotes from (5,000,000 characters; the limit is 500,000)",
    ),
]


@pytest.mark.parametrize(("name", "content", "words"), FAILING_UPLOADS)
def test_bad_upload_is_kept_and_fails_with_a_readable_reason(client_editor, name, content, words):
    status, article = _upload_and_parse(client_editor, name, content)

    assert status == 302
    assert article.status == "failed"
    assert words in article.error.lower() or words in article.error
    assert bytes(article.raw.content) == content


def test_encrypted_pdf_fails_saying_it_is_encrypted(client_editor):
    status, article = _upload_and_parse(client_editor, "locked.pdf", _encrypted_pdf())

    assert (status, article.status) == (302, "failed")
    assert "encrypted" in article.error.lower() or "password" in article.error.lower()


PARSING_UPLOADS = [
    (
        "invalid-utf8.txt",
        "Headline\n\n“Nous sommes prêts,” a déclaré le ministre.".encode()[:-3] + b"\xff\xfe.",
        "parsed",
    ),
    (
        "page.html",
        b"<html><head><title>Talks</title><script>alert('x')</script></head><body><article><p>"
        + b"The envoy said the talks were useful and would continue next week. " * 6
        + b"</p><script>document.write('evil')</script></article></body></html>",
        "parsed",
    ),
    ("long.txt", b"word " * 90_000, "parsed"),
    ("plain.txt", b"Headline\n\nNo one said anything worth quoting today.", "parsed"),
    ("report.docx", word_document(["Talks resume", "“We are ready,” the envoy said."]), "parsed"),
    ("report.pdf", text_pdf(["Talks resume", "The envoy said talks would resume."]), "parsed"),
]


@pytest.mark.parametrize(("name", "content", "outcome"), PARSING_UPLOADS)
def test_awkward_but_readable_upload_parses(client_editor, name, content, outcome):
    status, article = _upload_and_parse(client_editor, name, content)

    assert (status, article.status, article.error) == (302, outcome, "")


def test_html_scripts_never_reach_the_stored_text_or_the_reader(client_editor):
    _, article = _upload_and_parse(client_editor, "page.html", PARSING_UPLOADS[1][1])

    page = client_editor.get(f"/articles/{article.pk}/").content.decode()
    assert "alert(" not in article.body and "evil" not in article.body
    assert "<script>alert" not in page and "document.write" not in page


def test_text_without_quotes_parses_with_zero_quotes(client_editor):
    _, article = _upload_and_parse(client_editor, "plain.txt", PARSING_UPLOADS[3][1])

    assert article.quotes.count() == 0
    page = client_editor.get(f"/articles/{article.pk}/").content.decode()
    assert "0 quotes found, 0 with a known speaker" in page

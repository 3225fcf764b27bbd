import pytest

from articles.parsing import ParseError, detect_format

from .builders import text_pdf, word_document, zip_with

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("raw", "filename", "expected"),
    [
        (b"Plain article text.\n\nSecond paragraph.", "a.txt", "text"),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "", "html"),
        (b"<p>One</p><p>Two</p><div>Three</div>", "", "html"),
        (b"<p>One paragraph only</p>", "page.html", "html"),
        (b"# Talks resume\n\nThe [council](https://nato.int) met.", "", "markdown"),
        (b"# Talks resume\n\nThe council met.", "notes.md", "markdown"),
        (b"Talks resume\n\n- first point\n- second point", "", "text"),
        (b"<p>One paragraph only</p>", "", "text"),
    ],
)
def test_detect_format_sniffs_text_formats(raw, filename, expected):
    assert detect_format(raw, filename) == expected


def test_detect_format_recognises_pdf_and_docx_by_content_not_name():
    assert detect_format(text_pdf(["Hello"]), "article.txt") == "pdf"
    assert detect_format(word_document(["Hello"]), "article.pdf") == "docx"


def test_detect_format_names_a_png_renamed_txt_as_an_image():
    with pytest.raises(ParseError) as error:
        detect_format(PNG, "article.txt")

    assert (error.value.code, "image" in str(error.value)) == ("image", True)


def test_detect_format_refuses_a_zip_that_is_not_a_word_document():
    with pytest.raises(ParseError) as error:
        detect_format(zip_with({"notes.txt": b"hello"}), "article.docx")

    assert error.value.code == "unsupported-type"


def test_detect_format_names_an_opendocument_file():
    with pytest.raises(ParseError) as error:
        detect_format(zip_with({"mimetype": b"application/vnd.oasis", "content.xml": b"<x/>"}))

    assert str(error.value) == (
        "The file is an OpenDocument file (.odt), which is not supported: please save the "
        "article as .docx or PDF."
    )


def test_detect_format_refuses_text_named_docx():
    with pytest.raises(ParseError) as error:
        detect_format(b"Just some text", "article.docx")

    assert "not a valid Word document" in str(error.value)


def test_detect_format_refuses_old_word_files():
    with pytest.raises(ParseError) as error:
        detect_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "article.doc")

    assert error.value.code == "unsupported-type"


def test_detect_format_refuses_binary_junk():
    with pytest.raises(ParseError) as error:
        detect_format(bytes(range(256)) * 4)

    assert error.value.code == "binary"


SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<title>Logo</title><style>.a{fill:red}</style><text>Talks</text></svg>"
)
# The RIFF, MP4 and SQLite headers as their files begin, padded with the zeros that follow.
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(40)
MP4 = b"\x00\x00\x00\x18ftypisom" + bytes(200)
SQLITE = b"SQLite format 3\x00" + bytes(200)
BMP = b"BM\x46\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00" + bytes(60)


@pytest.mark.parametrize(
    ("raw", "filename", "message"),
    [
        (SVG, "logo.html", "This is an SVG image, not an article."),
        (SVG.split(b"\n", 1)[1], "logo.txt", "This is an SVG image, not an article."),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>',
            "feed.html",
            "This is a news feed (RSS), not an article: open the article and upload its page "
            "or link.",
        ),
        (
            b'<?xml version="1.0"?><dataset><row>1</row></dataset>',
            "data.xml",
            "This is XML data, not an article.",
        ),
        (
            b'{"title": "Talks", "body": "The envoy spoke."}',
            "a.txt",
            "This is JSON data, not an article.",
        ),
        (WAV, "talks.txt", "The file is an audio file (WAV), which is not supported."),
        (
            MP4,
            "talks.html",
            "The file is a video or audio file (MP4, MOV), which is not supported.",
        ),
        (SQLITE, "talks.txt", "The file is a database (SQLite), which is not supported."),
        (BMP, "talks.txt", "The file is an image (BMP), which is not supported."),
    ],
)
def test_detect_format_says_what_an_unreadable_file_is(raw, filename, message):
    with pytest.raises(ParseError) as error:
        detect_format(raw, filename)

    assert str(error.value) == message


@pytest.mark.parametrize(
    "raw",
    [
        b"BMW and Airbus said on Monday they would keep their plants open.",
        b'<?xml version="1.0"?><!DOCTYPE html><html><body><p>Hi</p></body></html>',
        b"[Updated] The talks resumed on Monday.",
    ],
)
def test_detect_format_reads_text_that_merely_looks_like_another_format(raw):
    assert detect_format(raw, "") in ("text", "html")

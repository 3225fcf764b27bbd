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

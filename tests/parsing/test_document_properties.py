from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.parsing import ParseError, parse_document

from .builders import text_pdf, word_document

_PREFIXES = st.sampled_from(
    [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body><p>", b"# Title\n\n", b"\xef\xbb\xbf"]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=_PREFIXES,
    payload=st.binary(max_size=400),
    filename=st.sampled_from(["", "a.txt", "a.pdf", "a.docx", "a.md", "a.html"]),
)
def test_parse_document_only_ever_raises_parse_error(prefix, payload, filename):
    try:
        document = parse_document(prefix + payload, filename=filename)
    except ParseError as error:
        assert str(error) and error.code
    else:
        assert document.clean.text.endswith(document.body)


@settings(max_examples=30, deadline=None)
@given(cut=st.integers(min_value=1, max_value=2000), kind=st.sampled_from(["pdf", "docx"]))
def test_parse_document_truncated_binary_documents_fail_cleanly(cut, kind):
    whole = text_pdf(["Talks resume"]) if kind == "pdf" else word_document(["Talks resume"])

    try:
        parse_document(whole[: min(cut, len(whole) - 1)])
    except ParseError as error:
        assert error.code

import codecs

import pytest

from articles.parsing import ParseError, decode_text

RUSSIAN = "Россия готова к серьёзному диалогу с НАТО, заявил заместитель министра иностранных дел."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (RUSSIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), "utf-8-sig"),
        (RUSSIAN.encode("windows-1251"), "windows-1251"),
        (RUSSIAN.encode("koi8-r"), "koi8-r"),
        (RUSSIAN.encode("utf-16"), "utf-16"),
        (RUSSIAN.encode("utf-16-le"), None),
    ],
)
def test_decode_text_reads_russian_in_every_common_encoding(raw, encoding):
    text, detected = decode_text(raw)

    assert text == RUSSIAN
    if encoding is not None:
        assert detected == encoding


def test_decode_text_reads_latin_1_with_accents():
    text = "La détente a échoué à Genève, déclare le secrétaire général."

    assert decode_text(text.encode("latin-1")) == (text, "windows-1252")


def test_decode_text_reads_windows_1252_curly_quotes():
    text = "He said “no veto” – and left."

    assert decode_text(text.encode("windows-1252")) == (text, "windows-1252")


def test_decode_text_replaces_a_few_invalid_bytes_in_utf8():
    raw = "Stoltenberg’s “real risk” remark — détente.".encode() + b"\xff" + b" More text."

    text, encoding = decode_text(raw)

    assert (text, encoding) == (
        "Stoltenberg’s “real risk” remark — détente.\ufffd More text.",
        "utf-8",
    )


def test_decode_text_refuses_binary_junk():
    junk = bytes(range(256)) * 8

    with pytest.raises(ParseError) as error:
        decode_text(junk)

    assert error.value.code == "binary"


def test_decode_text_refuses_text_with_nul_bytes():
    with pytest.raises(ParseError) as error:
        decode_text(b"hello\x00\x00\x00\x01\x02 world, this is not text")

    assert error.value.code == "binary"


def test_decode_text_broken_bytes_alone_do_not_make_utf8():
    raw = b"Caf\xe9 cr\xe8me \xe0 la russe, said the \xab minister \xbb."

    assert decode_text(raw) == ("Café crème à la russe, said the « minister ».", "windows-1252")


@pytest.mark.parametrize("encoding", ["windows-1251", "koi8-r"])
def test_decode_text_finds_a_few_russian_words_in_english_text(encoding):
    text = (
        "The deputy minister, Alexander Grushko, said the talks were useful, and the "
        'ministry later repeated his words in Russian: "переговоры были полезными".'
    )

    assert decode_text(text.encode(encoding)) == (text, encoding)

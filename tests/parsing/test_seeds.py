"""The five real articles the parsing layer was shaped on, parsed end to end."""

from datetime import date

import pytest

from articles.parsing import parse_document, read_metadata

# Uploaded a week after the NATO–Russia Council of 12 January 2022.
REFERENCE_DATE = date(2022, 1, 20)
DEBRIS = ("& nbsp;", "& mdash;", "& hellip;", "& raquo;", "& quot;", "&nbsp;")
BOILERPLATE = ("Leave a Reply", "Comments are closed.", "on YouTube")


@pytest.fixture
def parse_seed(seed_bytes):
    def parse(number: int):
        return parse_document(
            seed_bytes(number), filename=f"{number:03d}.txt", reference_date=REFERENCE_DATE
        )

    return parse


def test_seed_000_reads_interfax_dateline_with_inferred_year(parse_seed):
    document = parse_seed(0)

    metadata = document.metadata
    assert metadata.title == (
        "The alliance is preparing both for dialogue with the Russian Federation "
        "and for the failure of negotiations"
    )
    assert (metadata.dateline_place, metadata.agency, metadata.outlet) == (
        "Brussels",
        "Interfax",
        "Interfax",
    )
    assert (metadata.published_on, metadata.date_inferred) == (date(2022, 1, 7), True)
    assert document.body.startswith("Brussels. January 7. INTERFAX - NATO wants a dialogue")


def test_seed_001_has_no_outlet_although_one_is_named_in_a_sentence(parse_seed):
    document = parse_seed(1)

    metadata = document.metadata
    assert metadata.title == (
        "Stoltenberg did not rule out a political solution to the differences with Russia"
    )
    assert (metadata.outlet, metadata.published_on, metadata.dateline_place) == (None, None, None)
    assert "said he." in document.body
    assert document.body.endswith("between Russia and the US, NATO and the OSCE.")


def test_seed_002_title_appears_once_and_outlet_signs_off_alone(parse_seed):
    document = parse_seed(2)

    assert document.title == "Russia ready for dialogue with NATO"
    assert document.clean.text.count("Russia ready for dialogue with NATO") == 1
    assert "Russia ready for dialogue with NATO" not in document.body
    assert (document.metadata.outlet, document.metadata.published_on) == ("Vestnik Kavkaza", None)
    assert document.body.endswith("Mikhail Remizov said.")


def test_seed_003_title_loses_its_section_suffix_and_names_no_outlet(parse_seed):
    document = parse_seed(3)

    assert document.title == "NATO-Russia talks at deadlock amid ‘real risk’ of Ukraine war"
    assert "| NATO News" not in document.clean.text
    assert (document.metadata.outlet, document.metadata.published_on) == (None, None)
    assert "Al Jazeera’s Natacha Butler" in document.body


def test_seed_003_outlet_comes_from_the_link_when_there_is_one(seed_bytes):
    document = parse_document(seed_bytes(3), url="https://www.aljazeera.com/news/2022/1/12/x")

    assert document.metadata.outlet == "Al Jazeera"


def test_seed_004_timestamp_gives_the_date_and_icons_are_gone(parse_seed):
    document = parse_seed(4)

    metadata = document.metadata
    assert metadata.title == "Russia-NATO relations at critical level, Moscow warns"
    assert (metadata.published_on, metadata.date_inferred) == (date(2022, 1, 14), False)
    assert "icon" not in document.clean.text
    assert document.body.startswith("According to a top official, the situation is creating")
    assert "Russia-NATO relations at critical level, Moscow warns" not in document.body
    assert "14 Jan, 2022" not in document.body


@pytest.mark.parametrize("number", range(5))
def test_seed_bodies_are_free_of_debris_and_boilerplate(parse_seed, number):
    document = parse_seed(number)

    leftovers = [piece for piece in DEBRIS + BOILERPLATE if piece in document.body]
    assert leftovers == []
    assert (document.format, document.encoding, document.metadata.language) == (
        "text",
        "utf-8",
        "en",
    )


@pytest.mark.parametrize("number", range(5))
def test_seed_body_is_the_tail_of_the_clean_text(parse_seed, number):
    document = parse_seed(number)

    assert document.clean.text[document.body_offset :] == document.body


@pytest.mark.parametrize("number", range(5))
def test_seed_quotes_map_back_into_the_raw_text(parse_seed, number):
    document = parse_seed(number)
    clean = document.clean
    sentence_end = clean.text.index(".", document.body_offset)

    start, end = clean.to_raw_span(document.body_offset, sentence_end + 1)

    raw_sentence = document.text[start:end]
    assert raw_sentence.split()[0] == document.body.split()[0]
    assert raw_sentence.endswith(".")


@pytest.mark.parametrize("number", range(5))
def test_seed_metadata_is_the_same_from_uncleaned_text(parse_seed, seed_bytes, number):
    document = parse_seed(number)

    metadata = read_metadata(seed_bytes(number).decode("utf-8"), reference_date=REFERENCE_DATE)

    assert metadata == document.metadata


def test_seed_001_quote_in_the_body_maps_to_its_debris_laden_original(parse_seed):
    document = parse_seed(1)
    quote = "You can find a solution, a political solution, and also take into account"
    start = document.body.index(quote)

    raw_start, raw_end = document.body_span_in_text(start, start + len(quote))

    assert document.text[raw_start:raw_end] == (
        "You can find a solution, a political solution, and & nbsp; also take into account"
    )

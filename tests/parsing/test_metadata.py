from datetime import date

import pytest

from articles.parsing import read_metadata

BODY = "Officials met for four hours and agreed to meet again next month."


@pytest.mark.parametrize(
    ("opening", "place", "agency", "day"),
    [
        ("Brussels. January 7. INTERFAX -", "Brussels", "Interfax", date(2022, 1, 7)),
        ("MOSCOW, Jan 7 (Reuters) -", "Moscow", "Reuters", date(2022, 1, 7)),
        ("WASHINGTON (AP) —", "Washington", "Associated Press", None),
        ("MOSCOW, January 10. /TASS/.", "Moscow", "TASS", date(2022, 1, 10)),
        ("NEW YORK, Jan. 7, 2021 (Reuters) -", "New York", "Reuters", date(2021, 1, 7)),
        ("KYIV —", "Kyiv", None, None),
        ("МОСКВА, 7 января. /ТАСС/.", "Москва", "TASS", date(2022, 1, 7)),
        ("МОСКВА, 7 янв — РИА Новости.", "Москва", "RIA Novosti", date(2022, 1, 7)),
        ("Moscow, January 7 -", "Moscow", None, date(2022, 1, 7)),
    ],
)
def test_read_metadata_reads_datelines(opening, place, agency, day):
    clean = f"Talks resume in Geneva\n\n{opening} {BODY}"

    metadata = read_metadata(clean, reference_date=date(2022, 1, 14))

    assert (metadata.dateline_place, metadata.agency, metadata.published_on) == (
        place,
        agency,
        day,
    )


def test_read_metadata_ignores_ordinary_first_sentences():
    clean = f"Talks resume in Geneva\n\nThe minister said on Friday - as expected - {BODY}"

    metadata = read_metadata(clean)

    assert (metadata.dateline_place, metadata.agency, metadata.published_on) == (None, None, None)


def test_read_metadata_infers_the_year_as_the_latest_date_not_after_the_reference():
    clean = f"Talks resume\n\nBrussels. December 30. INTERFAX - {BODY}"

    metadata = read_metadata(clean, reference_date=date(2022, 1, 3))

    assert (metadata.published_on, metadata.date_inferred) == (date(2021, 12, 30), True)


def test_read_metadata_infers_29_february_from_the_last_leap_year():
    clean = f"Talks resume\n\nBrussels. February 29. INTERFAX - {BODY}"

    metadata = read_metadata(clean, reference_date=date(2023, 6, 1))

    assert metadata.published_on == date(2020, 2, 29)


def test_read_metadata_infers_against_today_without_a_reference():
    clean = f"Talks resume\n\nBrussels. January 1. INTERFAX - {BODY}"

    metadata = read_metadata(clean)

    assert metadata.published_on == date(date.today().year, 1, 1)


JANUARY_2022_TALKS = (date(2021, 12, 1), date(2022, 1, 13))


@pytest.mark.parametrize(
    ("written", "uploaded_on", "day"),
    [
        # Inside the negotiation's period, however long after it the article is pasted.
        ("January 10", date(2025, 3, 5), date(2022, 1, 10)),
        ("December 20", date(2025, 3, 5), date(2021, 12, 20)),
        # Outside it, the year that puts the day nearest it.
        ("November 28", date(2025, 3, 5), date(2021, 11, 28)),
        ("February 2", date(2025, 3, 5), date(2022, 2, 2)),
        ("June 20", date(2025, 3, 5), date(2022, 6, 20)),
        ("July 1", date(2025, 3, 5), date(2021, 7, 1)),
        # Never after the upload, even when the period's year would put it there.
        ("January 10", date(2022, 1, 9), date(2021, 1, 10)),
    ],
)
def test_read_metadata_infers_the_year_from_the_negotiations_period(written, uploaded_on, day):
    clean = f"Talks resume\n\nBrussels. {written}. INTERFAX - {BODY}"

    metadata = read_metadata(
        clean, reference_date=uploaded_on, negotiation_period=JANUARY_2022_TALKS
    )

    assert (metadata.published_on, metadata.date_inferred) == (day, True)


def test_read_metadata_infers_29_february_near_the_period_from_a_leap_year():
    clean = f"Talks resume\n\nBrussels. February 29. INTERFAX - {BODY}"

    metadata = read_metadata(
        clean, reference_date=date(2025, 3, 5), negotiation_period=JANUARY_2022_TALKS
    )

    assert metadata.published_on == date(2020, 2, 29)


@pytest.mark.parametrize(
    "line",
    ["0001-01-01 07:12", "9999-12-31 07:12", "31 December 9999", "01.01.1066"],
)
def test_read_metadata_ignores_a_date_outside_the_accepted_span(line):
    clean = f"{line}\n\nTalks resume in Geneva\n\n{BODY}"

    metadata = read_metadata(
        clean,
        reference_date=date(2022, 2, 1),
        accepted_dates=(date(1900, 1, 1), date(2100, 12, 31)),
    )

    assert (metadata.title, metadata.published_on) == ("Talks resume in Geneva", None)


def test_read_metadata_falls_back_to_the_dateline_after_an_unbelievable_timestamp():
    clean = f"9999-12-31 07:12\n\nTalks resume\n\nMOSCOW, Jan 7, 2022 (Reuters) - {BODY}"

    metadata = read_metadata(clean, accepted_dates=(date(1900, 1, 1), date(2100, 12, 31)))

    assert metadata.published_on == date(2022, 1, 7)


@pytest.mark.parametrize("uploaded_on", [date(1, 1, 1), date(9999, 12, 31)])
def test_read_metadata_infers_a_year_at_either_end_of_the_calendar(uploaded_on):
    clean = f"Talks resume\n\nBrussels. February 29. INTERFAX - {BODY}"

    metadata = read_metadata(
        clean, reference_date=uploaded_on, negotiation_period=(uploaded_on, uploaded_on)
    )

    assert metadata.published_on in (None, date(9996, 2, 29))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("14 Jan, 2022 07:12", date(2022, 1, 14)),
        ("Published: January 14, 2022 at 7:12 pm GMT", date(2022, 1, 14)),
        ("Friday, 14 January 2022", date(2022, 1, 14)),
        ("2022-01-14 07:12", date(2022, 1, 14)),
        ("14.01.2022, 07:12", date(2022, 1, 14)),
    ],
)
def test_read_metadata_takes_the_date_from_a_timestamp_line(line, day):
    clean = f"{line}\n\nTalks resume in Geneva\n\n{BODY}"

    metadata = read_metadata(clean, reference_date=date(2022, 2, 1))

    assert (metadata.title, metadata.published_on, metadata.date_inferred) == (
        "Talks resume in Geneva",
        day,
        False,
    )


def test_read_metadata_ignores_dates_inside_the_body():
    clean = f"Talks resume\n\nThe council last met in July 2019. {BODY}"

    assert read_metadata(clean).published_on is None


def test_read_metadata_title_drops_the_section_suffix():
    clean = f"Talks at deadlock over Ukraine | World News\n\n{BODY}"

    assert read_metadata(clean).title == "Talks at deadlock over Ukraine"


def test_read_metadata_title_of_a_single_paragraph_is_its_first_sentence():
    clean = f"{BODY} And they said a great deal more after that, at length and in detail."

    assert read_metadata(clean).title == BODY


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.aljazeera.com/news/2022/1/12/talks", "Al Jazeera"),
        ("https://interfax.com/newsroom/top-stories/73389/", "Interfax"),
        ("https://www.rt.com/russia/546046-nato-relations-critical-level/", "RT"),
        ("https://news.example.org/story", "news.example.org"),
    ],
)
def test_read_metadata_outlet_from_the_link(url, outlet):
    assert read_metadata(f"Title here\n\n{BODY}", url=url).outlet == outlet


def test_read_metadata_date_from_the_link_path():
    url = "https://example.com/world/2022/01/12/talks-resume/"

    metadata = read_metadata(f"Title here\n\n{BODY}", url=url)

    assert (metadata.published_on, metadata.date_inferred) == (date(2022, 1, 12), False)


def test_read_metadata_outlet_named_in_a_sentence_is_not_the_outlet():
    clean = (
        f"Title here\n\nStoltenberg told Financial Times that {BODY}\n\nReuters’s reporter agreed."
    )

    assert read_metadata(clean).outlet is None


def test_read_metadata_outlet_standing_alone_at_the_end():
    clean = f"Title here\n\n{BODY}\n\nThe Moscow Times"

    assert read_metadata(clean).outlet == "The Moscow Times"


def test_read_metadata_outlet_from_the_callers_list_in_its_spelling():
    trailer = ("Daily Planet", "on YouTube")

    metadata = read_metadata(
        f"Title here\n\n{BODY}", known_outlets=["Daily Planet"], trailer=trailer
    )

    assert metadata.outlet == "Daily Planet"


def test_read_metadata_unknown_lone_name_is_not_an_outlet():
    assert read_metadata(f"Title here\n\n{BODY}", trailer=("John Smith",)).outlet is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Россия готова к диалогу с НАТО, заявил замминистра иностранных дел.", "ru"),
        ("Україна має право самостійно обирати свої безпекові гарантії, заявив він.", "uk"),
        ("Die Gespräche mit Russland sind nicht einfach, sagte der Generalsekretär.", "de"),
        ("Les discussions avec la Russie sont dans une impasse, a dit le secrétaire.", "fr"),
        ("Las conversaciones con Rusia están en un punto muerto, dijo el secretario.", "es"),
        ("The talks with Russia are at a deadlock, the secretary said.", "en"),
        ("12345 67890", "en"),
    ],
)
def test_read_metadata_guesses_the_language(text, language):
    assert read_metadata(text).language == language


def test_read_metadata_text_opening_with_a_dateline_has_no_headline_line():
    clean = f"MOSCOW, Jan 7 (Reuters) - Russia is ready for talks.\n\n{BODY}"

    metadata = read_metadata(clean, reference_date=date(2022, 1, 14))

    assert (metadata.title, metadata.dateline_place) == ("Russia is ready for talks.", "Moscow")


def test_read_metadata_title_skips_a_byline():
    clean = f"By Jane Doe and Bob Roe, Reuters\n\nTalks resume in Geneva\n\n{BODY}"

    assert read_metadata(clean).title == "Talks resume in Geneva"


def test_read_metadata_headline_starting_with_by_is_still_a_headline():
    clean = f"By Monday, Russia must answer\n\n{BODY}"

    assert read_metadata(clean).title == "By Monday, Russia must answer"


def test_read_metadata_known_outlet_after_the_headline_is_the_outlet():
    metadata = read_metadata(f"Russia warns NATO - Reuters\n\n{BODY}")

    assert (metadata.title, metadata.outlet) == ("Russia warns NATO", "Reuters")


def test_read_metadata_outlet_with_a_number_in_its_name_signs_off():
    assert read_metadata(f"Title here\n\n{BODY}", trailer=("France 24",)).outlet == "France 24"


def test_read_metadata_of_uncleaned_text_skips_a_row_of_icons(seed_bytes):
    raw = seed_bytes(4).decode("utf-8")

    metadata = read_metadata(raw)

    assert metadata.title == "Russia-NATO relations at critical level, Moscow warns"


def test_read_metadata_outlet_takes_the_callers_spelling():
    clean = f"Talks resume\n\nBrussels. January 7. INTERFAX - {BODY}"

    metadata = read_metadata(clean, known_outlets=["INTERFAX"], reference_date=date(2022, 1, 9))

    assert (metadata.agency, metadata.outlet) == ("Interfax", "INTERFAX")

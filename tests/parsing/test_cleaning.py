import pytest

from articles.parsing import clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("said & nbsp; he", "said he"),
        ("Russia and & nbsp; NATO", "Russia and NATO"),
        ("persists & raquo;, & nbsp; & mdash; said", "persists », — said"),
        ("concerns & hellip; However", "concerns … However"),
        ("& laquo;yes& raquo;", "«yes»"),
        ("& quot;intimidation& quot;", '"intimidation"'),
        ("R& amp;D", "R&D"),
        ("it&#8217;s", "it’s"),
        ("a&nbsp;b", "a b"),
        ("AT&amp;amp;T", "AT&T"),
        ("said & nbsp he", "said he"),
        ("wait&nbsp;&mdash then", "wait — then"),
    ],
)
def test_clean_text_repairs_entity_debris(raw, expected):
    assert clean_text(raw).text == expected


def test_clean_text_keeps_ampersands_that_are_prose():
    raw = "Tom & Jerry; salt & pepper; cut & copy; AT&T; R&D &c."

    assert clean_text(raw).text == raw


def test_clean_text_keeps_paragraph_breaks_while_collapsing_blank_runs():
    raw = "First paragraph.\r\n\r\n\r\n\r\nSecond\tparagraph.\n  \nThird.  "

    assert clean_text(raw).text == "First paragraph.\n\nSecond paragraph.\n\nThird."


def test_clean_text_normalises_odd_spaces_without_moving_words():
    raw = "one\xa0two\u2009three\u200bfour  five"

    assert clean_text(raw).text == "one two threefour five"


def test_clean_text_drops_a_line_of_icon_names():
    raw = (
        "icon menuicon searchicon chevron downicon chevron upicon closeicon shareicon fbicon\n"
        "Talks resume in Geneva\n\nThe delegations met on Monday."
    )

    assert clean_text(raw).text == "Talks resume in Geneva\n\nThe delegations met on Monday."


def test_clean_text_keeps_headlines_that_mention_ui_words():
    raw = "Russia will share its security plan and check the answer\n\nBody text follows here."

    assert clean_text(raw).text == raw


@pytest.mark.parametrize(
    "trailer",
    [
        "Leave a Reply",
        "Comments are closed.",
        "Interfax on YouTube",
        "Follow us on Telegram",
        "Share this:",
        "Read more",
        "Tags: NATO, Russia",
        "Copyright © 2022 Daily Planet. All rights reserved.",
    ],
)
def test_clean_text_removes_trailing_boilerplate(trailer):
    raw = f"Talks resume in Geneva\n\nThe delegations met on Monday.\n\n{trailer}"

    cleaned = clean_text(raw)

    assert cleaned.text == "Talks resume in Geneva\n\nThe delegations met on Monday."
    assert cleaned.removed_trailer == (trailer,)


@pytest.mark.parametrize(
    "furniture",
    [
        "Advertisement",
        "Read more: Another story about NATO",
        "Читайте также: другие новости",
        "Photo: Reuters",
        "Story continues below advertisement",
    ],
)
def test_clean_text_removes_furniture_lines_anywhere(furniture):
    raw = f"Talks resume\n\nThe delegations met.\n\n{furniture}\n\nThey will meet again."

    assert clean_text(raw).text == "Talks resume\n\nThe delegations met.\n\nThey will meet again."


@pytest.mark.parametrize(
    "last_line",
    [
        "He said so on Twitter.",
        "Topics such as arms control were discussed.",
        "Copyright disputes were not on the agenda.",
    ],
)
def test_clean_text_keeps_closing_sentences_that_resemble_furniture(last_line):
    raw = f"Talks resume\n\nThe delegations met.\n\n{last_line}"

    assert clean_text(raw).text == raw


def test_clean_text_removes_a_lone_name_after_the_last_paragraph():
    raw = "Talks resume\n\nThe delegations met on Monday.\n\n\nDaily Planet\n\non YouTube\n"

    cleaned = clean_text(raw)

    assert cleaned.text == "Talks resume\n\nThe delegations met on Monday."
    assert cleaned.removed_trailer == ("Daily Planet", "on YouTube")


def test_clean_text_keeps_boilerplate_words_inside_the_article():
    raw = "Talks resume\n\nLeave a Reply\n\nThe delegations met on Monday."

    assert clean_text(raw).text == raw


def test_clean_text_never_removes_the_title_as_trailer():
    assert clean_text("Share this").text == "Share this"


def test_clean_text_removes_a_title_repeated_below_it():
    raw = "Russia ready for talks\n\nRussia ready for talks\n\nThe minister said so."

    assert clean_text(raw).text == "Russia ready for talks\n\nThe minister said so."


def test_clean_text_removes_a_repeat_after_a_subtitle():
    raw = "Talks at deadlock\n\nA standfirst line here\nTalks at deadlock\n\nBody text."

    assert clean_text(raw).text == "Talks at deadlock\n\nA standfirst line here\n\nBody text."


def test_clean_text_removes_a_section_suffix_from_the_title_only():
    raw = "Talks at deadlock over Ukraine | World News\n\nThe score was 3 | 2 in the end."

    assert clean_text(raw).text == (
        "Talks at deadlock over Ukraine\n\nThe score was 3 | 2 in the end."
    )


def test_clean_text_maps_clean_offsets_to_raw_offsets():
    raw = "Title line\r\n\r\nHe said & nbsp; “we\tare ready”."
    cleaned = clean_text(raw)
    quote = "“we are ready”"

    start = cleaned.text.index(quote)
    raw_start, raw_end = cleaned.to_raw_span(start, start + len(quote))

    assert raw[raw_start:raw_end] == "“we\tare ready”"
    assert raw[cleaned.to_raw(cleaned.text.index("He"))] == "H"


def test_clean_text_span_of_a_repaired_entity_covers_the_whole_entity():
    raw = "Title line\n\nwait & mdash; then"
    cleaned = clean_text(raw)
    dash = cleaned.text.index("—")

    assert cleaned.to_raw_span(dash, dash + 1) == (raw.index("&"), raw.index(";") + 1)


def test_clean_text_offset_past_the_end_maps_past_the_last_source():
    cleaned = clean_text("Body text.\n\nLeave a Reply")

    assert cleaned.to_raw(len(cleaned.text)) == len("Body text.")


def test_clean_text_offset_outside_the_text_raises():
    with pytest.raises(IndexError):
        clean_text("abc").to_raw(4)


def test_clean_text_handles_empty_text():
    cleaned = clean_text("")

    assert (cleaned.text, cleaned.to_raw(0), cleaned.to_raw_span(0, 0)) == ("", 0, (0, 0))


def test_clean_text_removes_a_run_of_sharing_widgets():
    raw = "Talks resume\n\nThe delegations met.\n\nShare this:\nTwitter\nFacebook\nLike this:\nLike Loading..."

    assert clean_text(raw).text == "Talks resume\n\nThe delegations met."


def test_clean_text_to_clean_finds_the_clean_offset_of_raw_text():
    raw = "Title line\n\nwait & nbsp; & nbsp; then go"
    cleaned = clean_text(raw)

    assert cleaned.text[cleaned.to_clean(raw.index("then")) :] == "then go"


def test_clean_text_removes_a_repeat_that_differs_only_in_quotes_and_case():
    raw = "Talks at deadlock amid ‘real risk’\n\nTALKS AT DEADLOCK AMID 'REAL RISK'.\n\nBody text."

    assert clean_text(raw).text == "Talks at deadlock amid ‘real risk’\n\nBody text."


def test_clean_text_drops_a_russian_row_of_buttons():
    raw = "Войти Регистрация Поиск Меню Закрыть Подписаться Поделиться\nЗаголовок статьи\n\nТекст."

    assert clean_text(raw).text == "Заголовок статьи\n\nТекст."


def test_clean_text_removes_a_signature_below_other_furniture():
    raw = "Talks resume\n\nThe delegations met on Monday.\n\nShare this\n\nDaily Planet"

    cleaned = clean_text(raw)

    assert (cleaned.text, cleaned.removed_trailer) == (
        "Talks resume\n\nThe delegations met on Monday.",
        ("Share this", "Daily Planet"),
    )


def test_clean_text_keeps_a_short_last_line_that_follows_unfinished_text():
    raw = "Talks resume\n\nThe delegations met on\n\nMonday Morning"

    assert clean_text(raw).text == raw

"""Speaker attribution: pronouns, role nouns, continuation and the fullest name."""

import pytest

from positions.extraction import Registry, extract_quotes


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.kind, q.speaker, q.speaker_as_written) for q in extract_quotes(text)]


def test_pronoun_resolves_to_last_speaker():
    text = (
        "NATO Secretary General Jens Stoltenberg said NATO stays open to new members.\n"
        "“Russia has no veto,” he said."
    )

    speakers = _speakers(text)

    assert speakers[-1] == ("direct", "Jens Stoltenberg", "he")


def test_feminine_pronoun_skips_a_man():
    text = (
        "Deputy Secretary of State Wendy Sherman met Alexander Grushko. Grushko said talks were useful.\n"
        "“We will not slam the door,” she said."
    )

    speakers = _speakers(text)

    assert speakers[-1] == ("direct", "Wendy Sherman", "she")


def test_role_noun_resolves_to_person_with_that_title():
    text = (
        "Russian Deputy Foreign Minister Alexander Grushko spoke after NATO Secretary General "
        "Jens Stoltenberg.\n“We proceed from the facts,” the diplomat told reporters."
    )

    speakers = _speakers(text)

    assert speakers == [("direct", "Alexander Grushko", "the diplomat")]


def test_office_resolves_to_its_holder():
    text = (
        "NATO Secretary General Jens Stoltenberg spoke in Brussels.\n"
        "“Dialogue is important,” the head of the North Atlantic Alliance said."
    )

    speakers = _speakers(text)

    assert speakers == [("direct", "Jens Stoltenberg", "the head of the North Atlantic Alliance")]


def test_surname_expands_to_fullest_name():
    text = "NATO Secretary General Jens Stoltenberg arrived.\n“The risk is real,” Stoltenberg stressed."

    speakers = _speakers(text)

    assert speakers == [("direct", "Jens Stoltenberg", "Stoltenberg")]


def test_quote_alone_in_paragraph_continues_previous_speaker():
    text = (
        "“It is imperative to end the open-door policy,” Alexander Grushko added.\n\n"
        "“The freedom to choose must not harm others.”"
    )

    speakers = _speakers(text)

    assert speakers == [
        ("direct", "Alexander Grushko", "Alexander Grushko"),
        ("direct", "Alexander Grushko", "Alexander Grushko"),
    ]


def test_appositive_names_the_person_not_the_title():
    text = "The President of the National Strategy Institute, Mikhail Remizov, noted that few topics remain."

    speakers = _speakers(text)

    assert speakers == [("indirect", "Mikhail Remizov", "Mikhail Remizov")]


def test_speaker_after_quote_with_inverted_verb():
    text = "“We are ready,” said Alexander Grushko."

    speakers = _speakers(text)

    assert speakers == [("direct", "Alexander Grushko", "Alexander Grushko")]


def test_outlet_possessive_is_not_part_of_name():
    text = "Al Jazeera’s Natacha Butler said the alliance could not accept it."

    speakers = _speakers(text)

    assert speakers == [("indirect", "Natacha Butler", "Al Jazeera’s Natacha Butler")]


def test_quote_signed_after_a_dash_names_its_speaker():
    text = (
        "“The talks were a waste of time.” ― Anna Berg\n“We expected more from them.” ―José Núñez"
    )

    speakers = [q.speaker for q in extract_quotes(text)]

    assert speakers == ["Anna Berg", "José Núñez"]


def test_party_tag_between_name_and_verb_is_skipped():
    text = "“The sanctions will stay,” Rep. Jane Roe (R-Ohio), a foreign affairs committee member, said."

    speakers = _speakers(text)

    assert speakers == [("direct", "Jane Roe", "Rep Jane Roe")]


def test_day_after_inverted_verb_is_not_a_speaker():
    text = "“The treaty will be ratified,” Senate Majority Leader John Doe, R-Ky., said Tuesday."

    speakers = _speakers(text)

    assert speakers == [("direct", "John Doe", "Senate Majority Leader John Doe")]


def test_indefinite_official_is_not_the_last_person_named():
    text = (
        "US Secretary of State Antony Blinken spoke on Monday.\n"
        "A senior State Department official said Washington expected a reply within days."
    )

    speakers = [q.speaker for q in extract_quotes(text)]

    assert speakers == ["A senior State Department official"]


def test_dash_aside_between_name_and_verb_is_skipped():
    text = "Berg -- editor of The Baltic Review, a quarterly on security -- said the envoys improvised."

    speakers = _speakers(text)

    assert speakers == [("indirect", "Berg", "Berg")]


def test_coordinated_verb_takes_the_subject_of_its_own_clause():
    text = (
        "When Jens Stoltenberg spoke, Alexander Grushko laughed and said that NATO was not ready."
    )

    speakers = _speakers(text)

    assert speakers == [("indirect", "Alexander Grushko", "Alexander Grushko")]


def test_first_person_outside_quotes_is_the_writer_not_the_last_speaker():
    text = "“We are ready,” Alexander Grushko said.\nI said that the talks had failed."

    speakers = _speakers(text)

    assert speakers[-1] == ("indirect", "I", "I")


def test_paragraph_ending_in_a_colon_introduces_the_next_quote():
    text = "Interfax reports:\n\n“The delegation will return to Moscow on Thursday.”"

    speakers = [q.speaker for q in extract_quotes(text)]

    assert speakers == ["Interfax"]


def test_noun_after_a_prepositional_phrase_is_no_reporting_verb():
    text = (
        "“We see no grounds for optimism,” Kremlin spokesman Dmitry Peskov told reporters in a "
        "conference call. “The main issues remain unresolved.”"
    )

    speakers = [q.speaker for q in extract_quotes(text)]

    assert speakers == ["Dmitry Peskov", "Dmitry Peskov"]


def test_day_of_the_week_is_not_part_of_the_speaker():
    text = "The Kremlin on Friday dismissed the proposals, saying the alliance had ignored its demands."

    speakers = _speakers(text)

    assert speakers == [("indirect", "Kremlin", "The Kremlin")]


def test_nationality_and_role_noun_is_a_role_not_a_name():
    text = (
        "Moscow will respond, Russian Foreign Minister Sergey Lavrov told a press conference.\n"
        "“We are running out of patience,” the top Russian diplomat stressed."
    )

    speakers = _speakers(text)

    assert speakers[-1] == ("direct", "Sergey Lavrov", "the top Russian diplomat")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The shipping lines' association said the government must intervene.",
            "shipping lines association",
        ),
        (
            "The studios' bargaining group said it had offered a 7 percent increase.",
            "studios bargaining group",
        ),
        (
            "The producers' coalition, led by four oil-exporting states, said it would not"
            " sign the text.",
            "producers coalition",
        ),
    ],
)
def test_a_speaker_described_by_a_participle_is_found(text, speaker):
    quotes = extract_quotes(text, Registry())

    assert [q.speaker for q in quotes] == [speaker]

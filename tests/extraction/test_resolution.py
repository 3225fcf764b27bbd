"""Actor and party resolution against the registry, and guesses for unknown speakers."""

from datetime import date

import pytest

from positions.extraction import (
    Registry,
    RegistryActor,
    RegistryOffice,
    RegistryParty,
    extract_quotes,
)
from positions.extraction.registry import index_for


def _first(text: str, registry: Registry | None = None, said_on: date | None = None):
    return extract_quotes(text, registry, said_on=said_on)[0]


def test_alias_resolves_to_actor_and_party(demo_registry):
    text = "“Russia does not have a veto,” Stoltenberg said."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.actor_key, quote.party_slug, quote.party) == (
        "Jens Stoltenberg",
        "Jens Stoltenberg",
        "nato",
        "NATO",
    )


def test_misspelt_surname_resolves_to_actor(demo_registry):
    text = "“NATO ignores our proposals,” Deputy Defense Minister Alexander formin said."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.party) == ("Alexander Fomin", "Russia")


def test_spelling_variant_alias_resolves_to_canonical_name(demo_registry):
    text = "US Secretary of State Anthony Blinken said Russia put a weapon to Ukraine's head."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.party) == ("Antony Blinken", "United States")


def test_party_alias_speaks_for_party(demo_registry):
    text = "Moscow has requested written guarantees that Kiev will not join the bloc."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.speaker_as_written, quote.party_slug) == (
        "Russia",
        "Moscow",
        "russia",
    )


def test_office_date_range_decides_the_party():
    registry = Registry(
        actors=(
            RegistryActor(
                key=7,
                name="Ann Smith",
                kind="official",
                offices=(
                    RegistryOffice("Envoy", "osce", date(2019, 1, 1), date(2020, 12, 31)),
                    RegistryOffice("Minister", "ukraine", date(2021, 1, 1)),
                ),
            ),
        ),
        parties=(RegistryParty("osce", "OSCE"), RegistryParty("ukraine", "Ukraine")),
    )
    text = "Ann Smith said the ceasefire holds."

    before = _first(text, registry, date(2020, 6, 1))
    after = _first(text, registry, date(2022, 1, 1))

    assert (before.party, after.party) == ("OSCE", "Ukraine")


def test_expert_speaks_for_no_party(demo_registry):
    text = "Mikhail Remizov said there are very few topics for a dialogue."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.actor_key, quote.party) == (
        "Mikhail Remizov",
        "Mikhail Remizov",
        None,
    )


def test_unknown_analyst_is_proposed_as_expert():
    text = "The analyst Ivan Petrov of the Carnegie Institute said the talks would fail."

    quote = _first(text)

    assert (quote.speaker, quote.actor_key, quote.proposed_actor_kind) == (
        "Ivan Petrov",
        None,
        "expert",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bank analysts said the talks would fail.", "expert"),
        ("University employers said they would fund a review.", "other"),
        ("The host country's climate envoy, Ana Ruiz, said the fund would grow.", "official"),
        ("The talk show's host, Ana Ruiz, said the fund would grow.", "journalist"),
        ("Political scientist Ana Ruiz said the fund would grow.", "expert"),
        ("The movement's political chief, Ana Ruiz, said the fund would grow.", "other"),
    ],
)
def test_a_speakers_kind_comes_from_the_head_of_its_phrase(text, kind):
    assert _first(text).proposed_actor_kind == kind


def test_unknown_reporter_is_proposed_as_journalist_without_party(demo_registry):
    text = "Al Jazeera’s Natacha Butler said the alliance could not accept it."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.party, quote.proposed_actor_kind) == (
        "Natacha Butler",
        None,
        "journalist",
    )


def test_empty_registry_still_names_speaker_from_article():
    text = "Russian Deputy Foreign Minister Alexander Grushko said Russia is ready.\n“We are serious,” the diplomat added."

    speakers = [(q.speaker, q.actor_key, q.party) for q in extract_quotes(text, Registry())]

    assert speakers == [("Alexander Grushko", None, None), ("Alexander Grushko", None, None)]


def test_unknown_official_speaks_for_the_party_in_their_title(demo_registry):
    text = "Kremlin spokesman Dmitry Peskov said Moscow would study the documents."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.actor_key, quote.party, quote.proposed_actor_kind) == (
        "Dmitry Peskov",
        None,
        "Russia",
        "spokesperson",
    )


def test_state_body_speaks_for_the_party_it_names(demo_registry):
    text = "The Ukrainian Foreign Ministry said Kyiv welcomed the talks."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.party) == ("Ukrainian Foreign Ministry", "Ukraine")


def test_unknown_expert_speaks_for_no_party(demo_registry):
    text = "Russian analyst Ivan Petrov said the talks would fail."

    quote = _first(text, demo_registry)

    assert (quote.speaker, quote.party, quote.proposed_actor_kind) == (
        "Ivan Petrov",
        None,
        "expert",
    )


def test_registry_index_is_built_once_per_registry():
    registry = Registry(parties=(RegistryParty("nato", "NATO", ()),))

    assert index_for(registry) is index_for(registry)


def test_misspelt_surname_of_a_different_length_resolves():
    registry = Registry(actors=(RegistryActor("ab", "Anna Berglund", "official", (), ()),))

    quote = _first("The talks will resume in March, Anna Berglun said.", registry)

    assert quote.speaker == "Anna Berglund"


@pytest.mark.parametrize(
    "speaker", ["The minister", "Ibrassa's prime minister", "Ibrassa's trade minister"]
)
def test_a_title_alias_names_no_surname(demo_registry, speaker):
    # "Russian Foreign Minister" is an alias of Sergey Lavrov in the demo registry
    quote = _first(f"{speaker} said his government would never sign the treaty.", demo_registry)

    assert quote.actor_key is None
    assert quote.party_slug != "russia"


def test_a_spokesman_for_a_university_speaks_for_it():
    text = "“The council has approved the fee freeze,” a university spokesman said."

    assert _first(text).proposed_actor_kind == "spokesperson"


@pytest.mark.parametrize(
    "text",
    [
        "“The two maps do not agree,” said Elise Martel, a cartographer who has studied both.",
        "“Carriers will find it harder,” said Raghav Iyer, a Mumbai-based aviation consultant.",
        "According to Rachel Imbert, a researcher who tracks labour disputes, the union's call "
        "enjoys broad support.",
        "Analysts at Harlan & Finch said regulators were likely to require the sale of a block.",
    ],
)
def test_a_speaker_described_as_an_expert_speaks_for_no_side(text):
    quote = _first(text)

    assert (quote.proposed_actor_kind, quote.stance) == ("expert", "assess")

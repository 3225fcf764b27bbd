"""What the engine proposes for words an editor selects by hand."""

from positions.extraction import (
    Registry,
    RegistryActor,
    RegistryIssue,
    RegistryOffice,
    RegistryParty,
)
from positions.extraction.spans import propose_for_span

REGISTRY = Registry(
    actors=(
        RegistryActor(
            7, "Anna Berg", "official", offices=(RegistryOffice("Foreign Minister", "ruritania"),)
        ),
        RegistryActor(8, "Olaf Lind", "expert"),
    ),
    parties=(RegistryParty("ruritania", "Ruritania"),),
    issues=(RegistryIssue("sanctions", "Sanctions", ("sanctions",)),),
)
TEXT = (
    "Foreign Minister Anna Berg met her counterpart on Monday.\n"
    "\n"
    "“We will not accept this,” the minister said. The sanctions must end now.\n"
    "\n"
    "The weather was fine."
)


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_the_quoted_words_take_the_engines_attribution_and_a_reject_stance():
    proposal = propose_for_span(TEXT, *_span("We will not accept this"), REGISTRY)

    assert (proposal.actor_key, proposal.speaker, proposal.speaker_as_written) == (
        7,
        "Anna Berg",
        "the minister",
    )
    assert (proposal.party_slug, proposal.stance, proposal.kind) == (
        "ruritania",
        "reject",
        "direct",
    )
    assert proposal.found is not None


def test_words_the_engine_missed_take_the_speaker_quoted_in_their_paragraph():
    proposal = propose_for_span(TEXT, *_span("The sanctions must end now."), REGISTRY)

    assert proposal.found is None
    assert (proposal.actor_key, proposal.kind) == (7, "indirect")
    assert proposal.stance == "demand"
    assert proposal.issues == ("sanctions",)


def test_words_in_a_paragraph_without_quotes_propose_no_speaker():
    proposal = propose_for_span(TEXT, *_span("The weather was fine."), REGISTRY)

    assert (proposal.actor_key, proposal.speaker, proposal.party_slug) == (None, None, None)
    assert proposal.issues == ()


def test_a_span_with_its_own_quote_marks_is_direct():
    proposal = propose_for_span(TEXT, *_span("“We will not accept this,”"), REGISTRY)

    assert (proposal.kind, proposal.actor_key) == ("direct", 7)


def test_an_experts_words_are_a_view_not_a_partys_move():
    text = "“Sanctions must end,” said Olaf Lind, an analyst. They will end soon."
    start = text.index("They will")

    proposal = propose_for_span(text, start, len(text), REGISTRY)

    assert (proposal.actor_key, proposal.stance) == (8, "assess")


def test_without_a_registry_the_speaker_is_named_but_not_resolved():
    proposal = propose_for_span(TEXT, *_span("We will not accept this"))

    assert proposal.actor_key is None
    assert proposal.stance == "reject"

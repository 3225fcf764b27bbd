"""The scorer's matching rules."""

from positions.extraction.scoring import IssueScore, score_document, speaker_matches

TEXT = "Stoltenberg said Russia has no veto over NATO and the talks will go on."
GOLD = [
    {
        "start": 17,
        "end": 44,
        "kind": "indirect",
        "speaker": "Jens Stoltenberg",
        "speaker_aliases": ["NATO Secretary General"],
    }
]


def _prediction(start: int, end: int, kind: str = "indirect", speaker: str = "Stoltenberg"):
    return {"start": start, "end": end, "kind": kind, "speaker": speaker}


def test_scoring_half_coverage_finds_the_quote():
    scores = score_document(TEXT, GOLD, [_prediction(17, 31)])

    assert (scores["indirect"].found, scores["indirect"].right) == (1, 1)


def test_scoring_less_than_half_misses_the_quote():
    scores = score_document(TEXT, GOLD, [_prediction(17, 23)])

    assert (scores["indirect"].found, scores["indirect"].predicted) == (0, 1)


def test_scoring_wrong_kind_does_not_count():
    scores = score_document(TEXT, GOLD, [_prediction(17, 44, kind="direct")])

    assert (scores["indirect"].found, scores["direct"].right) == (0, 0)


def test_scoring_prediction_mostly_outside_gold_is_wrong():
    scores = score_document(TEXT, GOLD, [_prediction(17, 71)])

    assert (scores["indirect"].found, scores["indirect"].right) == (1, 0)


def test_speaker_matches_name_alias_or_surname():
    gold = GOLD[0]

    assert [
        speaker_matches(s, gold)
        for s in (
            "Jens Stoltenberg",
            "the NATO Secretary General",
            "Mr. Stoltenberg",
            "Grushko",
            None,
        )
    ] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_scoring_ignores_entity_debris():
    text = "He said & nbsp; NATO is ready."
    gold = [{"start": 8, "end": 29, "kind": "indirect", "speaker": "X"}]

    scores = score_document(text, gold, [_prediction(16, 29)])

    assert scores["indirect"].found == 1


def test_issue_score_counts_required_for_recall_and_allowed_for_precision():
    score = IssueScore()
    gold = {"issues_required": ["quotas"], "issues_allowed": ["quotas", "dams"]}

    score.add(gold, {"issues": ("quotas", "dams", "barges"), "issues_confidence": 0.7})
    score.add(gold, {"issues": (), "issues_confidence": 0.5})
    score.add(gold, None)  # a gold quote the extractor did not find is not scored

    assert (score.right, score.wrong, score.missed) == (1, 1, 1)
    assert (score.precision, score.recall) == (0.5, 0.5)
    assert score.outcomes == [(0.7, False), (0.5, False)]

import json
import os
import string
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from articles.parsing import near_duplicate_signature, signature_similarity, text_fingerprint

ARTICLE = (
    "NATO and the United States have dismissed key Russian security calls for a détente in "
    "Ukraine, but left open the possibility of future talks with Moscow on arms control, "
    "missile deployments and ways to prevent military incidents between Russia and the West. "
    "The decisions came at a meeting of the NATO-Russia Council on Wednesday, the first of its "
    "kind in more than two years."
)


def test_text_fingerprint_ignores_spacing_case_and_punctuation():
    variant = ARTICLE.upper().replace(",", "").replace(" ", "  \n")

    assert text_fingerprint(variant) == text_fingerprint(ARTICLE)


def test_text_fingerprint_changes_when_a_word_changes():
    assert text_fingerprint(ARTICLE.replace("Wednesday", "Thursday")) != text_fingerprint(ARTICLE)


def test_text_fingerprint_is_sha256_hex():
    fingerprint = text_fingerprint(ARTICLE)

    assert (len(fingerprint), set(fingerprint) <= set("0123456789abcdef")) == (64, True)


def test_near_duplicate_signature_is_fixed_length():
    assert len(near_duplicate_signature(ARTICLE)) == len(near_duplicate_signature("")) == 128


def test_near_duplicate_signature_is_the_same_in_another_process():
    # Signatures are stored, so they must not depend on Python's per-process hash seed.
    program = (
        "import json, sys; from articles.parsing import near_duplicate_signature; "
        "print(json.dumps(near_duplicate_signature(sys.argv[1])))"
    )
    root = Path(__file__).resolve().parents[2]
    environment = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(root)}

    result = subprocess.run(
        [sys.executable, "-c", program, ARTICLE],
        env=environment,
        capture_output=True,
        check=True,
        text=True,
    )

    assert json.loads(result.stdout) == near_duplicate_signature(ARTICLE)


def test_signature_similarity_is_high_for_a_lightly_edited_copy():
    edited = ARTICLE.replace("Wednesday", "Thursday") + " Comments are closed."

    similarity = signature_similarity(
        near_duplicate_signature(ARTICLE), near_duplicate_signature(edited)
    )

    assert similarity > 0.7


def test_signature_similarity_is_low_for_different_articles():
    other = (
        "Ties between NATO and Russia have plummeted to an alarming low, the country's Defense "
        "Ministry has warned, in the wake of discussions between the US-led military bloc and "
        "Moscow over security concerns on the European continent."
    )

    similarity = signature_similarity(
        near_duplicate_signature(ARTICLE), near_duplicate_signature(other)
    )

    assert similarity < 0.2


def test_signature_similarity_of_identical_texts_is_one():
    signature = near_duplicate_signature(ARTICLE)

    assert signature_similarity(signature, list(signature)) == 1.0


_LETTERS = string.ascii_letters + string.digits + "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_LETTERS, min_size=1), max_size=30))
def test_text_fingerprint_ignores_how_words_are_spaced_cased_and_punctuated(words):
    plain = " ".join(words)
    shouted = ",  ".join(word.upper() for word in words) + "!"

    assert text_fingerprint(shouted) == text_fingerprint(plain)

"""An article in a language the quote engine cannot read: parsed and kept, no machine quotes,
and the editor is told why."""

from articles.models import Article
from tests.factories import NegotiationFactory

RUSSIAN = (
    "Москва ответила на предложения НАТО\n\n"
    "«Мы не готовы обсуждать это», — заявил заместитель министра иностранных дел. "
    "По его словам, Россия ждёт письменного ответа на свои предложения о гарантиях безопасности."
)
UNREAD = "Quotes are suggested for English articles only; this one reads as Russian."


def _paste_and_parse(client, django_capture_on_commit_callbacks, text: str):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/articles/new/", {"negotiations": [NegotiationFactory().pk], "text": text}
        )
    return response


def test_russian_article_is_parsed_and_kept_without_quotes(
    client_editor, tasks_in_process, django_capture_on_commit_callbacks
):
    _paste_and_parse(client_editor, django_capture_on_commit_callbacks, RUSSIAN)

    article = Article.objects.get()
    assert (article.status, article.language, article.quotes.count()) == ("parsed", "ru", 0)
    assert (article.title, "По его словам" in article.body) == (
        "Москва ответила на предложения НАТО",
        True,
    )


def test_upload_status_and_article_page_say_why_a_russian_article_has_no_quotes(
    client_editor, tasks_in_process, django_capture_on_commit_callbacks
):
    response = _paste_and_parse(client_editor, django_capture_on_commit_callbacks, RUSSIAN)

    status_page = client_editor.get(response["Location"]).content.decode()
    article_page = client_editor.get(f"/articles/{Article.objects.get().pk}/").content.decode()
    assert UNREAD in status_page
    assert UNREAD in article_page
    assert "0 quotes found" not in status_page


def test_english_article_gets_quotes_and_no_note(
    client_editor, tasks_in_process, django_capture_on_commit_callbacks
):
    text = "Talks resume\n\n“We are ready to talk,” the envoy said on Monday."

    response = _paste_and_parse(client_editor, django_capture_on_commit_callbacks, text)

    article = Article.objects.get()
    assert (article.quotes.count(), article.quotes_note) == (1, "")
    assert "1 quote found" in client_editor.get(response["Location"]).content.decode()

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Article
from devtools.demo.loader import SEEDS_DIR as SEEDS
from tests.factories import ArticleFactory, NegotiationFactory, QuoteFactory, UserFactory


def _upload(client, *files, **fields):
    negotiation = NegotiationFactory()
    data = {"negotiations": [negotiation.pk], **fields}
    if files:
        data["files"] = list(files)
    return client.post("/articles/new/", data)


def test_upload_page_shows_the_form_to_editors(client_editor):
    NegotiationFactory(name="Winter talks")

    response = client_editor.get("/articles/new/")

    assert response.status_code == 200
    assert b"Upload articles" in response.content and b"Winter talks" in response.content


def test_upload_page_is_refused_to_analysts(client_analyst):
    assert client_analyst.get("/articles/new/").status_code == 403


def test_upload_of_two_files_leads_to_their_live_status(client_editor):
    first = SimpleUploadedFile("a.txt", (SEEDS / "000_82111aeba2f15433.txt").read_bytes())
    second = SimpleUploadedFile("b.txt", (SEEDS / "003_b56ac1d177ffcc16.txt").read_bytes())

    response = _upload(client_editor, first, second)

    articles = list(Article.objects.order_by("pk"))
    assert len(articles) == 2
    assert response.status_code == 302
    assert response["Location"] == f"/articles/uploads/?id={articles[0].pk}&id={articles[1].pk}"


def test_upload_of_pasted_text_creates_an_article(client_editor):
    _upload(client_editor, text="Headline\n\n“We are ready,” the envoy said.")

    article = Article.objects.get()
    assert (article.raw.filename, bytes(article.raw.content)) == (
        "pasted text",
        "Headline\n\n“We are ready,” the envoy said.".encode(),
    )


def test_upload_with_an_outlet_typed_in_creates_that_outlet(client_editor):
    _upload(client_editor, text="Some text.", outlet="Kyiv Independent")

    assert Article.objects.get().source.name == "Kyiv Independent"


def test_upload_of_the_same_file_again_sends_the_editor_to_the_existing_article(client_editor):
    content = b"Headline\n\nThe same words twice."
    _upload(client_editor, SimpleUploadedFile("a.txt", content))

    response = _upload(client_editor, SimpleUploadedFile("copy.txt", content))

    assert response.status_code == 302
    assert response["Location"] == f"/articles/{Article.objects.get().pk}/"


def test_upload_of_an_empty_file_is_refused_with_a_message(client_editor):
    response = _upload(client_editor, SimpleUploadedFile("empty.txt", b""))

    assert response.status_code == 400
    assert b"empty.txt: the file is empty." in response.content
    assert Article.objects.count() == 0


def test_upload_of_a_file_over_the_limit_is_refused_before_it_is_stored(client_editor, settings):
    settings.PARLEY_MAX_UPLOAD_BYTES = 1000

    response = _upload(client_editor, SimpleUploadedFile("big.txt", b"x" * 5000))

    assert response.status_code == 400
    assert b"big.txt: larger than the 1000 bytes limit; not uploaded." in response.content
    assert Article.objects.count() == 0


def test_upload_with_nothing_to_upload_says_what_to_do(client_editor):
    response = _upload(client_editor)

    assert response.status_code == 400
    assert b"Choose a file, paste some text or give a link." in response.content


def test_upload_status_partial_stops_polling_when_all_are_done(client_editor):
    article = ArticleFactory(status="parsed")

    response = client_editor.get(
        f"/articles/uploads/?id={article.pk}", headers={"HX-Request": "true"}
    )

    assert response.status_code == 286
    assert b"0 quotes found, 0 with a known speaker" in response.content


def test_upload_status_partial_keeps_polling_while_parsing(client_editor):
    article = ArticleFactory(status="parsing")

    response = client_editor.get(
        f"/articles/uploads/?id={article.pk}", headers={"HX-Request": "true"}
    )

    assert response.status_code == 200
    assert b"Parsing" in response.content and b'hx-trigger="every 1s"' in response.content


def test_failed_article_shows_its_reason_and_a_reparse_button(client_editor):
    article = ArticleFactory(status="failed", error="The file is empty.")

    response = client_editor.get(f"/articles/{article.pk}/")

    assert b"The file is empty." in response.content
    assert f'action="/articles/{article.pk}/reparse/"'.encode() in response.content


def test_delayed_article_says_parsing_is_delayed(client_editor):
    article = ArticleFactory(status="received", parse_delayed=True)

    response = client_editor.get(f"/articles/uploads/?id={article.pk}")

    assert b"Parsing is delayed" in response.content


def test_raw_download_returns_the_exact_bytes_as_an_attachment(client_analyst):
    article = ArticleFactory(raw__content=b"<script>alert(1)</script>", raw__filename="page.html")

    response = client_analyst.get(f"/articles/{article.pk}/raw/")

    assert response.content == b"<script>alert(1)</script>"
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'


@pytest.mark.parametrize("n", (1, 3))
def test_article_list_query_count_is_constant(client_analyst, n, django_assert_num_queries):
    negotiation = NegotiationFactory()
    for article in ArticleFactory.create_batch(n):
        article.negotiations.add(negotiation)
    url = f"/articles/?negotiation={negotiation.slug}"
    client_analyst.get(url)  # the first visit remembers the choice of negotiation

    # session, user, negotiation, articles with their quote counts
    with django_assert_num_queries(4):
        response = client_analyst.get(url, headers={"HX-Request": "true"})

    assert response.content.count(b'href="/articles/') == n


@pytest.mark.parametrize("n", (1, 3))
def test_article_reader_query_count_is_constant(client_analyst, n, django_assert_num_queries):
    article = ArticleFactory(body="“We want talks,” she said. " * 3)
    for index in range(n):
        QuoteFactory(article=article, start=index * 27 + 1, text="We want talks")
    client_analyst.get(f"/articles/{article.pk}/")

    # session, user, article, its negotiations, near-duplicates, quotes, their issues; the
    # header's negotiation (preference, newest) and switcher; the editor permissions
    with django_assert_num_queries(12):
        response = client_analyst.get(f"/articles/{article.pk}/")

    assert response.content.count(b'class="quote-mark') == n


@pytest.mark.parametrize("n", (1, 3))
def test_upload_status_query_count_is_constant(client_editor, n, django_assert_num_queries):
    ids = "&".join(f"id={article.pk}" for article in ArticleFactory.create_batch(n))

    with django_assert_num_queries(3):
        response = client_editor.get(f"/articles/uploads/?{ids}", headers={"HX-Request": "true"})

    assert response.content.count(b"quotes found") == n


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_upload_refuses_a_publication_date_outside_the_accepted_span(client_editor, day):
    response = _upload(client_editor, text="Headline\n\nThe envoy spoke.", published_on=day)

    assert response.status_code == 400
    assert b"Enter a date between 01 Jan 1900 and 31 Dec 2100." in response.content
    assert Article.objects.count() == 0


def test_raw_download_keeps_a_cyrillic_file_name(client_analyst):
    article = ArticleFactory(raw__filename="Переговоры в Женеве.txt")

    response = client_analyst.get(f"/articles/{article.pk}/raw/")

    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''"
        "%D0%9F%D0%B5%D1%80%D0%B5%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%D1%8B%20%D0%B2%20"
        "%D0%96%D0%B5%D0%BD%D0%B5%D0%B2%D0%B5.txt"
    )


def test_upload_of_a_file_with_an_overlong_name_asks_to_rename_it(client_editor):
    name = "Переговоры " * 30 + ".txt"
    # As a browser sends it: Django's own upload classes would cut the name short.
    upload = io.BytesIO(b"Headline\n\nThe envoy spoke.")
    upload.name = name

    response = _upload(client_editor, upload)

    page = response.content.decode()
    assert response.status_code == 400
    assert "Rename the file: names may be at most 255 characters" in page
    assert f"has {len(name)}" in page and 'name="files"' in page
    assert Article.objects.count() == 0


def test_upload_of_more_files_than_allowed_shows_the_upload_page_saying_so(db, settings):
    # A browser's upload is checked for its CSRF token first, which reads the files.
    user = UserFactory()
    user.groups.add(Group.objects.get(name="editor"))
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    browser.get("/articles/new/")
    files = [
        SimpleUploadedFile(f"{number}.txt", f"Talks, day {number}".encode())
        for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
    ]

    response = browser.post(
        "/articles/new/",
        {
            "files": files,
            "negotiations": [NegotiationFactory().pk],
            "csrfmiddlewaretoken": browser.cookies["csrftoken"].value,
        },
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Upload at most 100 files at once" in page and 'name="files"' in page
    assert Article.objects.count() == 0


def test_reparse_pressed_twice_queues_one_parse(client_editor, django_capture_on_commit_callbacks):
    article = ArticleFactory(status="parsed")

    with django_capture_on_commit_callbacks() as callbacks:
        client_editor.post(f"/articles/{article.pk}/reparse/")
        second = client_editor.post(f"/articles/{article.pk}/reparse/", follow=True)

    assert len(callbacks) == 1
    assert b"already waiting for a worker or being parsed" in second.content

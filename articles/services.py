"""Writes for articles: receiving uploads, parsing them, withdrawing and restoring them."""

import hashlib
import logging
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Min, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify

from articles.models import Article, RawUpload, Source
from articles.parsing import (
    ParseError,
    ParseLimits,
    near_duplicate_signature,
    parse_document,
    signature_similarity,
    text_fingerprint,
)
from articles.parsing.fetch import fetch_url
from articles.signals import article_text_ready
from config.dates import EARLIEST_DATE, LATEST_DATE, days_around, validate_sane_date
from config.slugs import free_slug

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Receipt:
    article: Article
    created: bool  # False when the same bytes had been uploaded before


def article_receive(
    *,
    content: bytes,
    filename: str = "",
    content_type: str = "",
    uploaded_by: AbstractBaseUser | None = None,
    negotiations=(),
    source: Source | None = None,
    url: str = "",
    published_on: date | None = None,
) -> Receipt:
    """Keep the raw upload and a `received` article, then queue parsing.

    Side effects: creates a RawUpload and an Article in one transaction; on commit,
    queues `articles.parse` (if the broker is down the article is marked
    `parse_delayed` and the periodic sweep queues it later).
    The same bytes uploaded again create nothing and return the existing article.
    Raises ValidationError for a publication date outside the accepted span.
    """
    validate_sane_date(published_on)
    sha256 = hashlib.sha256(content).hexdigest()
    existing = _article_with_raw(sha256)
    if existing is not None:
        return Receipt(article=existing, created=False)
    try:
        with transaction.atomic():
            raw = RawUpload.objects.create(
                sha256=sha256,
                content=content,
                filename=filename[:255],
                content_type=content_type[:100],
                size=len(content),
            )
            article = Article.objects.create(
                raw=raw,
                source=source,
                url=url,
                published_on=published_on,
                uploaded_by=uploaded_by,
            )
            article.negotiations.set(negotiations)
            transaction.on_commit(lambda: article_queue_parse(article_id=article.pk))
    except IntegrityError:
        # Another request stored the same bytes a moment ago.
        existing = _article_with_raw(sha256)
        if existing is None:
            raise
        return Receipt(article=existing, created=False)
    return Receipt(article=article, created=True)


def _article_with_raw(sha256: str) -> Article | None:
    return Article.objects.filter(raw__sha256=sha256).first()


def article_receive_link(
    *,
    url: str,
    uploaded_by: AbstractBaseUser | None = None,
    negotiations=(),
    source: Source | None = None,
    published_on: date | None = None,
) -> Receipt:
    """Record a link to fetch; the worker fetches the page and keeps it as the raw upload.

    Side effects: creates an Article with no raw upload yet; queues parsing on commit.
    Raises ValidationError for a publication date outside the accepted span.
    """
    validate_sane_date(published_on)
    with transaction.atomic():
        article = Article.objects.create(
            url=url, source=source, published_on=published_on, uploaded_by=uploaded_by
        )
        article.negotiations.set(negotiations)
        transaction.on_commit(lambda: article_queue_parse(article_id=article.pk))
    return Receipt(article=article, created=True)


def article_queue_parse(*, article_id: int) -> bool:
    """Hand the article to a worker; returns False, and flags it delayed, if the broker is down.

    Side effects: publishes `articles.parse`; sets `parse_queued_at`, or `parse_delayed`.
    """
    # Imported here: the tasks module imports this one.
    from articles.tasks import task_parse_article  # noqa: PLC0415

    try:
        task_parse_article.apply_async(kwargs={"article_id": article_id})
    except Exception as error:  # kombu raises many kinds: any failure means "not queued"
        logger.warning("could not queue article %s for parsing: %s", article_id, error)
        Article.objects.filter(pk=article_id).update(parse_delayed=True)
        return False
    Article.objects.filter(pk=article_id).update(
        parse_delayed=False, parse_queued_at=timezone.now()
    )
    return True


FINISHED = (Article.Status.PARSED, Article.Status.FAILED, Article.Status.DUPLICATE)


def article_request_reparse(*, article: Article) -> bool:
    """Parse a finished article again (after a failure, or with a better extractor).

    Returns False, queuing nothing, while the article is still waiting or being parsed:
    however often Re-parse is pressed, one parse runs.
    Side effects: sets the article back to `received` and queues parsing on commit.
    Editor-touched quotes survive the re-parse; see `article_parse`.
    """
    with transaction.atomic():
        requested = Article.objects.filter(pk=article.pk, status__in=FINISHED).update(
            status=Article.Status.RECEIVED, error=""
        )
        if requested:
            transaction.on_commit(lambda: article_queue_parse(article_id=article.pk))
    article.refresh_from_db()
    return bool(requested)


# A fresh upload's own on-commit publish may still be in flight, and a queued message may
# wait behind others for a while: only then is a `received` article queued again.
REQUEUE_AFTER = timedelta(seconds=60)
SWEEP_BATCH = 500


def articles_sweep(*, worker_starting: bool = False) -> int:
    """Queue every article left `received`, and every one stuck `parsing` past the hard time limit.

    When a worker starts, every `received` article is queued at once: the broker may have
    come back empty, and a second message for an article is harmless (see `article_parse`).
    Side effects: sets stuck articles back to `received`; publishes `articles.parse` for
    each article; returns how many were queued.
    """
    now = timezone.now()
    stuck = Article.objects.filter(
        status=Article.Status.PARSING,
        parse_started_at__lt=now - timedelta(seconds=settings.PARLEY_PARSE_STUCK_SECONDS),
    )
    stuck_ids = list(stuck.values_list("pk", flat=True)[:SWEEP_BATCH])
    # Lost with its worker: from now on any delivery may claim it, as for a new upload.
    stuck.filter(pk__in=stuck_ids).update(status=Article.Status.RECEIVED)
    waiting = Article.objects.filter(status=Article.Status.RECEIVED)
    if not worker_starting:
        waiting = waiting.filter(
            Q(parse_delayed=True)
            | Q(parse_queued_at__lt=now - REQUEUE_AFTER)
            | Q(parse_queued_at__isnull=True, created_at__lt=now - REQUEUE_AFTER)
        )
    ids = set(stuck_ids) | set(waiting.values_list("pk", flat=True)[:SWEEP_BATCH])
    return sum(article_queue_parse(article_id=article_id) for article_id in sorted(ids))


class _ParseLost(Exception):
    """The article is no longer this delivery's to store: another took it up, or finished it."""


def article_parse(*, article_id: int, task_id: str = "") -> Article | None:
    """Turn an article's raw upload into clean text, metadata and suggested quotes.

    Safe to run twice or concurrently: the article is claimed with a conditional update
    that records `task_id` (the delivery of `articles.parse`; a fresh one when empty), and
    the results are written in one transaction under a row lock, only by that claim.
    Side effects: sets status `parsing`, then `parsed`, `duplicate` or `failed`
    (with a readable error); stores body and metadata; replaces machine-suggested
    quotes (editor-touched quotes are kept and re-anchored); links near-duplicates.
    """
    task_id = task_id or uuid.uuid4().hex
    if not _claim_for_parsing(article_id, task_id):
        logger.info("article %s is not waiting for parsing; nothing to do", article_id)
        return None
    article = Article.objects.select_related("raw", "source").get(pk=article_id)
    try:
        if article.raw is None:
            original = _fetch_link(article)
            if original is not None:
                return _mark_duplicate_upload(article_id, task_id, original)
        document = _parse_raw(article)
        return _store_parse(article_id, task_id, document)
    except ParseError as error:
        # Also from extraction inside the store, whose transaction has been rolled back.
        return _mark_failed(article_id, task_id, str(error))
    except _ParseLost:
        return None


def _claimed(article_id: int, task_id: str):
    return Article.objects.filter(
        pk=article_id, status=Article.Status.PARSING, parse_task_id=task_id
    )


def _claim_for_parsing(article_id: int, task_id: str) -> bool:
    # A `parsing` article is claimable only by the delivery that claimed it: the same task
    # redelivered after its worker died, or retried. Any other message for it (a second
    # Re-parse, a sweep's) finds it taken and does nothing, so no article is parsed twice
    # at once. A parse that is lost for good is handed back by the sweep as `received`.
    waiting = Q(status=Article.Status.RECEIVED) | Q(
        status=Article.Status.PARSING, parse_task_id=task_id
    )
    return bool(
        Article.objects.filter(waiting, pk=article_id).update(
            status=Article.Status.PARSING,
            parse_task_id=task_id,
            parse_started_at=timezone.now(),
            parse_delayed=False,
            error="",
        )
    )


def _fetch_link(article: Article) -> Article | None:
    """Fetch the page behind a link and keep it as the article's raw upload.

    Returns the article that already holds the very same bytes, if one does.
    """
    page = fetch_url(
        article.url,
        timeout=settings.PARLEY_FETCH_TIMEOUT,
        max_bytes=settings.PARLEY_MAX_UPLOAD_BYTES,
        allow_private=settings.PARLEY_FETCH_ALLOW_PRIVATE,
    )
    sha256 = hashlib.sha256(page.content).hexdigest()
    original = _article_with_raw(sha256)
    if original is not None:
        return original
    with transaction.atomic():
        article.raw = RawUpload.objects.create(
            sha256=sha256,
            content=page.content,
            filename=page.url.rsplit("/", 1)[-1][:255],
            content_type=page.content_type[:100],
            size=len(page.content),
        )
        article.save(update_fields=["raw"])
    return None


def _mark_duplicate_upload(article_id: int, task_id: str, original: Article) -> Article:
    _claimed(article_id, task_id).update(
        status=Article.Status.DUPLICATE, duplicate_of=original, parsed_at=timezone.now()
    )
    return Article.objects.get(pk=article_id)


def _parse_raw(article: Article):
    limits = ParseLimits(
        max_bytes=settings.PARLEY_MAX_UPLOAD_BYTES, max_chars=settings.PARLEY_MAX_ARTICLE_CHARS
    )
    return parse_document(
        bytes(article.raw.content),
        filename=article.raw.filename,
        url=article.url,
        limits=limits,
        reference_date=article.created_at.date(),
        negotiation_period=_negotiation_period(article),
        accepted_dates=(EARLIEST_DATE, LATEST_DATE),
        known_outlets=list(Source.objects.values_list("name", flat=True)),
    )


def _negotiation_period(article: Article) -> tuple[date, date] | None:
    """The first and last day the article's negotiations are known for: their events, and
    their own start and end; a date without a year is placed near them."""
    bounds = article.negotiations.aggregate(
        starts=Min("starts_on"),
        ends=Max("ends_on"),
        first_event=Min("events__happened_on"),
        last_event=Max(Coalesce("events__ends_on", "events__happened_on")),
    )
    days = [day for day in bounds.values() if day is not None]
    return (min(days), max(days)) if days else None


def _mark_failed(article_id: int, task_id: str, message: str) -> Article:
    _claimed(article_id, task_id).update(
        status=Article.Status.FAILED, error=message, parsed_at=timezone.now()
    )
    return Article.objects.get(pk=article_id)


def article_fail_unexpectedly(*, article_id: int, task_id: str, reason: str) -> None:
    """Record that parsing stopped for a reason that is not the document's fault.

    Side effects: sets status `failed` with a message an editor can act on, if the
    delivery `task_id` still holds the article.
    """
    _mark_failed(
        article_id,
        task_id,
        f"{reason} The upload is kept: use Re-parse to try again, "
        "and tell an administrator if it keeps failing.",
    )


def _store_parse(article_id: int, task_id: str, document) -> Article:
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if (article.status, article.parse_task_id) != (Article.Status.PARSING, task_id):
            raise _ParseLost
        _apply_document(article, document)
        original = _exact_duplicate_of(article)
        if original is not None:
            article.status = Article.Status.DUPLICATE
            article.duplicate_of = original
        else:
            article.status = Article.Status.PARSED
            article.duplicate_of = None
        article.parsed_at = timezone.now()
        article.parse_attempts += 1
        article.save()
        if original is None:
            # Positions stores the quotes (see articles.signals), in this transaction.
            article_text_ready.send(sender=Article, article=article)
            article.near_duplicates.set(_near_duplicates_of(article))
    return article


def _apply_document(article: Article, document) -> None:
    """Fill the article from the parsed document; what the editor entered at upload wins."""
    metadata = document.metadata
    article.title = (document.title or metadata.title or article.title)[:500]
    article.body = document.body
    article.body_sha256 = text_fingerprint(document.body)
    article.near_duplicate_signature = near_duplicate_signature(document.body)
    article.format = document.format
    article.encoding = document.encoding or ""
    article.language = metadata.language or ""
    article.dateline_place = metadata.dateline_place or ""
    if article.published_on is None and metadata.published_on is not None:
        article.published_on = metadata.published_on
        article.date_inferred = metadata.date_inferred
    if article.source is None and metadata.outlet:
        article.source = source_for_outlet(metadata.outlet)


def source_for_outlet(name: str) -> Source:
    """The outlet of that name, created if Parley has not seen it before."""
    existing = Source.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    source, _ = Source.objects.get_or_create(
        slug=slugify(name)[:200] or "outlet", defaults={"name": name}
    )
    return source


def _exact_duplicate_of(article: Article) -> Article | None:
    if not article.body_sha256:
        return None
    return (
        Article.objects.filter(body_sha256=article.body_sha256)
        .exclude(pk=article.pk)
        .exclude(status=Article.Status.DUPLICATE)
        .order_by("created_at", "pk")
        .first()
    )


# Two articles whose word shingles agree this much tell the same story.
NEAR_DUPLICATE_SIMILARITY = 0.6
# Wire copies appear within days of each other; comparing only those keeps this bounded.
NEAR_DUPLICATE_WINDOW = timedelta(days=7)
NEAR_DUPLICATE_CANDIDATES = 500


def _near_duplicates_of(article: Article) -> list[Article]:
    signature = article.near_duplicate_signature
    if not signature:
        return []
    candidates = (
        Article.objects.filter(status=Article.Status.PARSED)
        .exclude(pk=article.pk)
        .only("pk", "near_duplicate_signature")
    )
    if article.published_on is not None:
        candidates = candidates.filter(
            published_on__range=days_around(article.published_on, NEAR_DUPLICATE_WINDOW)
        )
    candidates = candidates.order_by("-created_at")[:NEAR_DUPLICATE_CANDIDATES]
    return [
        other
        for other in candidates
        if other.near_duplicate_signature
        and signature_similarity(signature, other.near_duplicate_signature)
        >= NEAR_DUPLICATE_SIMILARITY
    ]


def articles_upload(
    *,
    files=(),
    text: str = "",
    link: str = "",
    negotiations=(),
    outlet: str = "",
    url: str = "",
    published_on: date | None = None,
    uploaded_by: AbstractBaseUser | None = None,
) -> list[Receipt]:
    """Receive everything one upload form sent: files, pasted text and a link.

    Side effects: see `article_receive` and `article_receive_link`; may create the outlet.
    """
    common = {
        "negotiations": negotiations,
        "source": source_for_outlet(outlet.strip()) if outlet.strip() else None,
        "published_on": published_on,
        "uploaded_by": uploaded_by,
    }
    receipts = [
        article_receive(
            content=upload.read(),
            filename=upload.name,
            content_type=upload.content_type or "",
            url=url,
            **common,
        )
        for upload in files
    ]
    if text.strip():
        receipts.append(
            article_receive(
                content=text.encode("utf-8"),
                filename="pasted text",
                content_type="text/plain",
                url=url,
                **common,
            )
        )
    if link:
        receipts.append(article_receive_link(url=link, **common))
    return receipts


def article_withdraw(*, article: Article, reason: str, editor: AbstractBaseUser | None) -> Article:
    """Withdraw an article, saying why: it is kept, but hidden, and its quotes no longer count
    (pages leave out the quotes of withdrawn articles).

    Side effects: sets the withdrawal time and reason; records who withdrew it and why in
    the article's history. Raises ValidationError in the editor's words.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Say why the article is withdrawn: editors will see it."})
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        if current.is_withdrawn:
            raise ValidationError("This article is already withdrawn.")
        current.withdrawn_at, current.withdrawn_reason = timezone.now(), reason
        _save_withdrawal(current, editor, reason)
    return current


def article_restore(
    *, article: Article, editor: AbstractBaseUser | None, reason: str = ""
) -> Article:
    """Bring a withdrawn article back: its quotes count again.

    Side effects: clears the withdrawal; records who restored it (and why, if given) in the
    article's history, which keeps the reason it had been withdrawn for.
    Raises ValidationError in the editor's words.
    """
    with transaction.atomic():
        current = Article.objects.select_for_update().get(pk=article.pk)
        if not current.is_withdrawn:
            raise ValidationError("This article is not withdrawn.")
        current.withdrawn_at, current.withdrawn_reason = None, ""
        _save_withdrawal(current, editor, reason.strip())
    return current


def _save_withdrawal(article: Article, editor: AbstractBaseUser | None, reason: str) -> None:
    article._history_user, article._change_reason = editor, reason or None
    article.save(update_fields=["withdrawn_at", "withdrawn_reason"])


def source_create(
    *, name: str, country: str = "", state_affiliated: bool = False, domain: str = ""
) -> Source:
    """A new outlet, its slug made from its name.

    Side effects: creates the outlet. Raises ValidationError in the editor's words.
    """
    source = Source(name=name.strip(), country=country.strip(), state_affiliated=state_affiliated)
    source.domain = _bare_domain(domain)
    source.slug = free_slug(source.name, Source.objects.all(), max_length=200, fallback="outlet")
    _check_source(source)
    source.full_clean()
    source.save()
    return source


def source_edit(
    *,
    source: Source,
    name: str,
    country: str = "",
    state_affiliated: bool = False,
    domain: str = "",
) -> Source:
    """Correct an outlet's name, country, state affiliation or web domain (the domain is
    how a link's outlet is recognised). Its slug stays, so links to it keep working.

    Side effects: saves the outlet. Raises ValidationError in the editor's words.
    """
    source.name, source.country = name.strip(), country.strip()
    source.state_affiliated, source.domain = state_affiliated, _bare_domain(domain)
    _check_source(source)
    source.full_clean()
    source.save()
    return source


def _check_source(source: Source) -> None:
    if Source.objects.filter(name__iexact=source.name).exclude(pk=source.pk).exists():
        raise ValidationError({"name": f"There is already an outlet called “{source.name}”."})


def _bare_domain(domain: str) -> str:
    """ "https://www.Interfax.ru/world/" → "interfax.ru": the part that names the outlet."""
    domain = domain.strip().lower()
    domain = domain.split("://", 1)[-1].split("/", 1)[0]
    return domain.removeprefix("www.")

"""Article text and headline from a web page."""

import logging
from dataclasses import dataclass
from datetime import date

import lxml.html
import trafilatura
from lxml import etree
from lxml_html_clean import Cleaner

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WebPage:
    text: str  # headline, blank line, paragraphs separated by blank lines; "" without article
    published_on: date | None  # from the page's own metadata, where it states one
    site_name: str | None  # the publisher the page names itself after (og:site_name)


# A date the page states in its metadata, never one guessed from dates in the text
# ("the council last met in July 2019").
_STATED_DATES_ONLY = {"extensive_search": False, "original_date": True}


def read_web_page(page: str) -> WebPage:
    """The article in a web page, found among its menus, comments and footers.

    trafilatura never returns scripts or styles; the plain fallback covers pages
    too small for it to judge.
    """
    try:
        extracted = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params=_STATED_DATES_ONLY,
        )
    except Exception as error:
        # trafilatura and the libraries under it fail on odd markup in many ways (lxml
        # assertions, index errors); the plain fallback below still reads such a page.
        logger.info("web page extraction failed, reading its text plainly: %r", error)
        extracted = None
    title = (getattr(extracted, "title", None) or "").strip()
    body = (getattr(extracted, "text", None) or "").strip() or _visible_text(page)
    published_on = _iso_date(getattr(extracted, "date", None))
    site_name = (getattr(extracted, "sitename", None) or "").strip() or None
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if not paragraphs:
        return WebPage("", published_on, site_name)  # a headline alone is not an article
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    return WebPage("\n\n".join(paragraphs), published_on, site_name)


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


_CLEANER = Cleaner(
    scripts=True, javascript=True, style=True, comments=True, forms=True, embedded=True, meta=True
)


def _visible_text(page: str) -> str:
    try:
        tree = lxml.html.document_fromstring(page)
    except (ValueError, etree.ParserError):
        return ""
    cleaned = _CLEANER.clean_html(tree)
    body = cleaned.find("body")
    if body is None:  # the <title> is the headline, never body text
        return ""
    blocks = body.xpath(".//p|.//h1|.//h2|.//h3|.//h4|.//li|.//blockquote|.//pre|.//td")
    texts = [" ".join(block.text_content().split()) for block in blocks]
    texts = [text for text in texts if text]
    return "\n".join(texts) if texts else body.text_content()

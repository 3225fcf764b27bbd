"""Text from a PDF's text layer, within a page and a time budget."""

import io
import logging
import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from .errors import ParseError
from .limits import ParseLimits

logger = logging.getLogger(__name__)


class _OutOfTime(BaseException):
    """Raised from a timer signal; a BaseException so that pypdf's own broad
    ``except Exception`` recovery code cannot swallow it."""


def pdf_to_text(raw: bytes, limits: ParseLimits) -> str:
    """The text of every page, pages separated by blank lines."""
    try:
        with _deadline(limits.pdf_seconds):
            return _read_pages(raw, limits)
    except ParseError:
        raise
    except _OutOfTime as error:
        raise ParseError(
            f"Reading the PDF took longer than {limits.pdf_seconds:g} seconds; it may be "
            "damaged or far too complex.",
            "pdf-timeout",
        ) from error
    except (FileNotDecryptedError, DependencyError) as error:
        raise _encrypted() from error
    except Exception as error:
        # pypdf raises many exception types on malformed files (PdfReadError,
        # KeyError, ValueError, struct errors …); to an editor they all mean one thing.
        logger.info("unreadable PDF: %r", error)
        raise ParseError("The PDF file is damaged and could not be read.", "damaged-pdf") from error


def _read_pages(raw: bytes, limits: ParseLimits) -> str:
    started = time.monotonic()
    reader = PdfReader(io.BytesIO(raw))
    if reader.is_encrypted and not _opens_without_password(reader):
        raise _encrypted()
    page_count = len(reader.pages)
    if page_count > limits.max_pdf_pages:
        raise ParseError(
            f"The PDF has {page_count} pages; at most {limits.max_pdf_pages} can be read.",
            "too-large",
        )
    texts = []
    for page in reader.pages:
        # Where no timer signal is available, this check still bounds the work.
        if time.monotonic() - started > limits.pdf_seconds:
            raise _OutOfTime
        text = (page.extract_text() or "").strip()
        if text:
            texts.append(_unwrap_lines(text))
    if not texts:
        raise ParseError("The PDF has no text layer: OCR is not supported.", "no-text-layer")
    return "\n\n".join(texts)


# A line that stops mid-sentence before a lowercase word was wrapped by the
# layout, not ended by the writer: joining it lets a sentence (and a quote)
# read as one line, as it does in every other format.
_WRAPPED_LINE_BREAK = re.compile(r"(?<=[\w,;’”\"')])[ \t]*\n(?=[ \t]*[a-zа-яё(“«‘\"])")


def _unwrap_lines(text: str) -> str:
    return _WRAPPED_LINE_BREAK.sub(" ", text)


def _opens_without_password(reader: PdfReader) -> bool:
    """Many "encrypted" PDFs only restrict printing and open with an empty password."""
    try:
        return bool(reader.decrypt(""))
    except (DependencyError, PdfReadError, NotImplementedError):
        return False


def _encrypted() -> ParseError:
    return ParseError(
        "The PDF is encrypted (password-protected); please upload an unprotected copy.",
        "encrypted-pdf",
    )


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt work that outlasts ``seconds``, where the platform allows it.

    A single page can take pypdf arbitrarily long, so a check between pages is
    not enough; a timer signal can interrupt it, but only in the main thread of
    a POSIX process (which is where worker processes run tasks).
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _interrupt(signum: int, frame: object) -> None:
        raise _OutOfTime

    previous_handler = signal.signal(signal.SIGALRM, _interrupt)
    previous_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:
            # Someone else's timer was running: give it back what is left of it.
            remaining = previous_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 0.001))

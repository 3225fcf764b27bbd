"""The one exception type the parsing layer raises, worded for editors."""


class ParseError(Exception):
    """A document could not be turned into text.

    ``str(err)`` is a sentence an editor can act on; ``code`` is a short slug the
    application can branch on or count:

    - ``empty``: nothing but whitespace; ``no-text``: no readable text in a page or file
    - ``binary``: binary data, not text; ``image``: a picture (OCR is not supported)
    - ``unsupported-type``: a recognised but unsupported kind (old .doc, RTF, archives …)
    - ``too-large``: over the size or PDF page limit
    - ``too-long``: more text than quotes are looked for in (``ParseLimits.max_chars``)
    - ``too-many-quotes``: more quotes than are suggested for one article
    - ``damaged-pdf``, ``encrypted-pdf``, ``no-text-layer``, ``pdf-timeout``
    - ``damaged-docx``, ``zip-bomb``
    - from fetching links (``FetchError``): ``bad-url``, ``private-address``,
      ``unreachable``, ``too-many-redirects``, ``too-large``
    """

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message

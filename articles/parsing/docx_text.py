"""Text from a Word (.docx) document, opened only once it is known not to be a zip bomb."""

import io
import zipfile

import docx
from docx.document import Document as WordDocument
from docx.table import Table

from .errors import ParseError
from .formats import not_a_docx
from .limits import ParseLimits, describe_size

# Below this size a high compression ratio is just repetitive XML, not an attack.
_RATIO_CHECK_FLOOR = 1024 * 1024


def docx_to_text(raw: bytes, limits: ParseLimits) -> str:
    """Paragraphs and table cells in document order, separated by blank lines."""
    if not raw.startswith(b"PK"):
        raise not_a_docx()
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        guard_against_zip_bomb(archive, len(raw), limits)
        _refuse_long_document(archive, limits)
        document = docx.Document(io.BytesIO(raw))
    except ParseError:
        raise
    except Exception as error:
        # python-docx and zipfile raise many types (BadZipFile, KeyError,
        # lxml errors, PackageNotFoundError …) for the same editor-facing problem.
        raise ParseError(
            "The Word document is damaged and could not be read.", "damaged-docx"
        ) from error
    return "\n\n".join(_blocks(document))


def guard_against_zip_bomb(archive: zipfile.ZipFile, packed_size: int, limits: ParseLimits) -> None:
    """Refuse archives whose declared contents are too big or compress suspiciously well.

    The sizes come from the archive's directory, so nothing is decompressed to check them.
    """
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_docx_uncompressed:
        raise _zip_bomb(
            f"it would unpack to {describe_size(unpacked)}, more than the "
            f"{describe_size(limits.max_docx_uncompressed)} allowed"
        )
    for member in members:
        if member.file_size >= _RATIO_CHECK_FLOOR and _ratio(member) > limits.max_docx_ratio:
            raise _zip_bomb(f"one part is compressed {_ratio(member):.0f} times")
    if unpacked >= _RATIO_CHECK_FLOOR and unpacked / max(packed_size, 1) > limits.max_docx_ratio:
        raise _zip_bomb(f"it is compressed {unpacked / max(packed_size, 1):.0f} times")


def _refuse_long_document(archive: zipfile.ZipFile, limits: ParseLimits) -> None:
    # The size comes from the archive's directory: nothing is unpacked to learn it.
    size = archive.getinfo("word/document.xml").file_size
    if size > limits.max_docx_text_part:
        raise ParseError(
            f"The Word document is too long to extract quotes from ({describe_size(size)} of "
            f"text and markup; the limit is {describe_size(limits.max_docx_text_part)}). "
            "Split it into shorter articles and upload those.",
            "too-long",
        )


def _ratio(member: zipfile.ZipInfo) -> float:
    return member.file_size / max(member.compress_size, 1)


def _zip_bomb(reason: str) -> ParseError:
    return ParseError(
        f"The Word document was refused as a possible zip bomb: {reason}.", "zip-bomb"
    )


def _blocks(document: WordDocument) -> list[str]:
    blocks = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_table_cells(item))
        else:
            text = item.text.strip()
            if text:
                blocks.append(text)
    return blocks


def _table_cells(table: Table) -> list[str]:
    cells = []
    for row in table.rows:
        for cell in row.cells:
            text = cell.text.strip()
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
    return cells

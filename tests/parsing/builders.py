"""Small documents built in code, so the tests need no binary fixtures."""

import base64
import io
import random
import re
import struct
import zipfile

import docx


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, ASCII only)."""
    operations = " ".join(f"{_pdf_string(line)} Tj 0 -16 Td" for line in lines)
    return _assemble_pdf(f"BT /F1 12 Tf 72 720 Td {operations} ET")


def blank_pdf() -> bytes:
    """A PDF page with drawing but no text, as a scanned page looks to a text extractor."""
    return _assemble_pdf("0 0 1 rg 72 72 200 200 re f")


def _assemble_pdf(content: str) -> bytes:
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def word_document(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_with(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_CENTRAL_HEADER = b"PK\x01\x02"
_UNCOMPRESSED_SIZE_FIELD = 24  # offset of the size in a central directory header


def with_declared_sizes(archive: bytes, size: int) -> bytes:
    """The same zip, its directory claiming every member unpacks to ``size`` bytes."""
    patched = bytearray(archive)
    position = patched.find(_CENTRAL_HEADER)
    while position != -1:
        field = position + _UNCOMPRESSED_SIZE_FIELD
        patched[field : field + 4] = struct.pack("<I", size)
        position = patched.find(_CENTRAL_HEADER, position + 4)
    return bytes(patched)


def long_word_document(text_chars: int, *, seed: int = 1) -> bytes:
    """A valid .docx holding about ``text_chars`` characters of random words.

    Random, so that it compresses no better than real prose: the file is about two thirds
    of ``text_chars`` bytes. Written straight into the archive, which takes a second where
    python-docx would take a minute.
    """
    letters = base64.b32encode(random.Random(seed).randbytes(text_chars * 5 // 8)).lower()
    words = b" ".join(letters[start : start + 7] for start in range(0, len(letters), 8))
    paragraphs = (
        b"<w:p><w:r><w:t>" + words[start : start + 1000] + b"</w:t></w:r></w:p>"
        for start in range(0, len(words), 1000)
    )
    body = b"<w:body>" + b"".join(paragraphs) + b"</w:body>"
    with zipfile.ZipFile(io.BytesIO(word_document(["x"]))) as small:
        members = {name: small.read(name) for name in small.namelist()}
    document = members["word/document.xml"]
    members["word/document.xml"] = re.sub(
        rb"<w:body>.*</w:body>", lambda _: body, document, flags=re.S
    )
    return zip_with(members)

"""Resource limits that keep a hostile or broken upload from tying up a worker."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ParseLimits:
    max_bytes: int = 10 * 1024 * 1024
    max_pdf_pages: int = 200
    pdf_seconds: float = 20.0
    max_docx_uncompressed: int = 50 * 1024 * 1024
    max_docx_ratio: int = 100


def describe_size(n_bytes: int) -> str:
    """A byte count as an editor reads it ("10 MB", "512 KB")."""
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.3g} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.3g} KB"
    return f"{n_bytes} bytes"

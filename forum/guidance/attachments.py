"""Attachments: what a file really is (never what its name or browser says), and its text.

Files are kept in the database (so every host serves every file, and every backup holds
them) and only ever served as downloads. Their text is extracted once, at upload, so
search can find words inside them.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass

from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)

MAX_PDF_PAGES = 300
MAX_TEXT_CHARS = 500_000


@dataclass(frozen=True)
class FileKind:
    content_type: str
    extension: str
    label: str


PDF = FileKind("application/pdf", "pdf", "PDF")
DOCX = FileKind(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word"
)
TEXT = FileKind("text/plain; charset=utf-8", "txt", "Text")


class UnsupportedFileError(Exception):
    pass


def sniff(data: bytes) -> FileKind:
    """The file's kind from its contents; anything else is refused."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX
        except zipfile.BadZipFile:
            pass
        raise UnsupportedFileError("The file must be a PDF, a Word document (.docx) or plain text")
    if b"\x00" not in data[:8192]:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return TEXT
    raise UnsupportedFileError("The file must be a PDF, a Word document (.docx) or plain text")


def extract_text(data: bytes, kind: FileKind) -> str:
    """Searchable text; a file whose text cannot be read is still attached, just not found."""
    try:
        if kind is PDF:
            text = _pdf_text(data)
        elif kind is DOCX:
            text = _docx_text(data)
        else:
            text = data.decode("utf-8")
    except Exception:  # a damaged or hostile file must never stop the upload
        log.warning("Could not read the text of an attachment", exc_info=True)
        return ""
    return " ".join(text.split())[:MAX_TEXT_CHARS]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES])


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def download_name(filename: str, kind_extension: str) -> str:
    safe = secure_filename(filename) or "attachment"
    return safe if safe.lower().endswith(f".{kind_extension}") else f"{safe}.{kind_extension}"

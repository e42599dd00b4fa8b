"""forum.guidance.attachments: what a file really is, its text, and where it is kept."""

from __future__ import annotations

import io
import zipfile

import pytest

from forum.guidance.attachments import (
    DOCX,
    MAX_TEXT_CHARS,
    PDF,
    TEXT,
    UnsupportedFileError,
    download_name,
    extract_text,
    sniff,
)
from tests.support.factories import make_docx_bytes, make_pdf_bytes

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32


def zip_of(**files: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name.replace("__", "/"), data)
    return buffer.getvalue()


def test_a_pdf_is_recognised_and_its_text_read() -> None:
    data = make_pdf_bytes("Bulky waste collection form")

    assert sniff(data) is PDF
    assert extract_text(data, PDF) == "Bulky waste collection form"


def test_a_word_document_is_recognised_and_its_paragraphs_and_tables_read() -> None:
    data = make_docx_bytes(
        "Fly-tipping enforcement policy",
        "Reports are cleared within two working days.",
        table=[["Target", "48 hours"]],
    )

    assert sniff(data) is DOCX
    assert extract_text(data, DOCX) == (
        "Fly-tipping enforcement policy Reports are cleared within two working days. "
        "Target 48 hours"
    )


@pytest.mark.parametrize(
    "data",
    [
        b"Plain notes about graffiti.\n",
        "Caf\u00e9 \u2013 \u2018quoted\u2019 \u00a35\n".encode(),
        b"<script>alert(1)</script>",  # still only ever served as a text/plain download
    ],
)
def test_utf8_text_is_plain_text(data: bytes) -> None:
    assert sniff(data) is TEXT
    assert extract_text(data, TEXT) == " ".join(data.decode().split())


@pytest.mark.parametrize(
    "data",
    [
        EXE,
        PNG,
        zip_of(readme__txt=b"hello"),  # a zip, but not a Word document
        zip_of(xl__workbook__xml=b"<workbook/>"),  # an Excel file
        b"PK\x03\x04 truncated zip",
        b"\xff\xfeH\x00i\x00",  # UTF-16
        "Caf\u00e9 in Windows-1252".encode("cp1252"),
        b"text with a NUL \x00 byte",
    ],
    ids=["exe", "png", "zip", "xlsx", "bad-zip", "utf16", "cp1252", "nul"],
)
def test_anything_else_is_refused_whatever_its_name(data: bytes) -> None:
    with pytest.raises(UnsupportedFileError) as raised:
        sniff(data)

    assert str(raised.value) == "The file must be a PDF, a Word document (.docx) or plain text"


def test_a_damaged_file_is_still_attachable_but_has_no_text() -> None:
    assert extract_text(b"%PDF-1.4\nnot really a pdf", PDF) == ""
    assert extract_text(zip_of(word__document__xml=b"<not-xml"), DOCX) == ""


def test_extracted_text_is_whitespace_normalised_and_capped() -> None:
    data = ("word\n\n\t " * (MAX_TEXT_CHARS // 2)).encode()

    text = extract_text(data, TEXT)

    assert len(text) == MAX_TEXT_CHARS
    assert "\n" not in text
    assert "  " not in text


@pytest.mark.parametrize(
    ("filename", "extension", "expected"),
    [
        ("Bulky waste form.pdf", "pdf", "Bulky_waste_form.pdf"),
        ("report.PDF", "pdf", "report.PDF"),
        ("really-a-pdf.exe", "pdf", "really-a-pdf.exe.pdf"),
        ("../../etc/passwd", "txt", "etc_passwd.txt"),
        ("C:\\fakepath\\notes.txt", "txt", "Cfakepathnotes.txt"),
        ("‘’", "docx", "attachment.docx"),
    ],
)
def test_download_name_is_safe_and_has_the_real_extension(
    filename: str, extension: str, expected: str
) -> None:
    assert download_name(filename, extension) == expected

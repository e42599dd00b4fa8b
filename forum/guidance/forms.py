"""Guidance forms. The editor's `title`, `summary` and `body` are stable seams (DESIGN.md)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovFileInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    DateField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
    ValidationError,
)
from wtforms.validators import DataRequired, Length, Optional

from forum.forms import OneOfTheChoices, id_select, optional_id, strip
from forum.guidance.importer import SLUG, SUMMARY_MAX, TITLE_MAX

BODY_MAX = 100_000
CHANGE_NOTE_MAX = 300


class ReviewDateField(DateField):
    """A date typed in one box; a date it cannot read is reported by the form's validator,
    as an instruction, rather than as WTForms' "Not a valid date value"."""

    def process_formdata(self, valuelist: list[str]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = None


class GuidanceForm(FlaskForm):
    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter a title"),
            Length(max=TITLE_MAX, message=f"Enter a title of {TITLE_MAX} characters or fewer"),
        ],
    )
    slug = StringField(
        "Web address",
        description="The end of the page's address, like ‘graffiti-removal’. Leave it empty "
        "to make one from the title.",
        widget=GovTextInput(),
        filters=[strip, lambda v: v.lower() if isinstance(v, str) else v],
        validators=[Optional(), Length(max=100, message="Enter 100 characters or fewer")],
    )
    summary = TextAreaField(
        "Summary",
        description="One or two sentences: what this page helps people do.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter a summary"),
            Length(
                max=SUMMARY_MAX, message=f"Enter a summary of {SUMMARY_MAX} characters or fewer"
            ),
        ],
    )
    body = TextAreaField(
        "Page text",
        description="Markdown. Each ‘## Heading’ starts a section, listed in the contents "
        "and linked to from search results.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter the page text"),
            Length(max=BODY_MAX, message=f"Enter {BODY_MAX:,} characters or fewer"),
        ],
    )
    topics = SelectMultipleField(
        "Topics",
        widget=GovCheckboxesInput(),
        coerce=optional_id,
        validate_choice=False,
        validators=[Optional(), OneOfTheChoices("Select topics from the list")],
    )
    owner = id_select(
        "Owner",
        "Select an owner from the list",
        description="Who keeps this page up to date.",
    )
    review_by = ReviewDateField(
        "Review by (optional)",
        description="For example, 27/3/2027",
        widget=GovTextInput(),
        format=["%d/%m/%Y", "%Y-%m-%d", "%d %m %Y", "%d-%m-%Y"],
        validators=[Optional()],
    )

    def validate_review_by(self, field: ReviewDateField) -> None:
        if field.raw_data and field.raw_data[0].strip() and field.data is None:
            raise ValidationError("Enter the review date as day/month/year, like 27/3/2027")

    change_note = StringField(
        "What changed (optional)",
        description="Shown to readers as ‘last updated’, like ‘Added the fly-tipping targets’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            Length(
                max=CHANGE_NOTE_MAX,
                message=f"Enter a change note of {CHANGE_NOTE_MAX} characters or fewer",
            )
        ],
    )
    preview = SubmitField("Preview", id="preview", widget=GovSubmitInput())
    submit = SubmitField("Save", id="save", widget=GovSubmitInput())

    def validate_slug(self, field: StringField) -> None:
        if field.data and not SLUG.match(field.data):
            raise ValidationError(
                "Enter a web address of lower-case letters, numbers and single hyphens"
            )


class AttachmentForm(FlaskForm):
    file = FileField(
        "Attach a file",
        description="PDF, Word (.docx) or plain text, up to the size limit.",
        widget=GovFileInput(),
    )
    submit = SubmitField("Upload", id="upload", widget=GovSubmitInput())

"""Forms for a standard: the standard itself, ledger entries and threads about it."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from forum.areas.contracts import STATUS_LABELS
from forum.areas.forms import DayMonthYearField, choices_of, not_in_future
from forum.boards.forms import BODY_MAX, TITLE_MAX, TITLE_MIN
from forum.forms import OneOfTheChoices, optional_id, strip


class StandardForm(FlaskForm):
    topic = SelectField(
        "Topic",
        widget=GovSelect(),
        coerce=optional_id,
        validate_choice=False,
        validators=[DataRequired("Select a topic"), OneOfTheChoices("Select a topic")],
    )
    provider = StringField(
        "Provider",
        description="Who delivers it, like ‘Barnsley Council street cleansing’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the provider"),
            Length(max=150, message="Enter a provider of 150 characters or fewer"),
        ],
    )
    description = StringField(
        "What will be done",
        description="For example ‘Remove graffiti from public buildings’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter what will be done"),
            Length(max=300, message="Enter what will be done in 300 characters or fewer"),
        ],
    )
    target = StringField(
        "Target",
        description="For example ‘within 48 hours’ or ‘at least 98.5% of lights working’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the target"),
            Length(max=150, message="Enter a target of 150 characters or fewer"),
        ],
    )
    submit = SubmitField("Save standard", id="save-standard", widget=GovSubmitInput())


class LedgerEntryForm(FlaskForm):
    recorded_on = DayMonthYearField(
        "Date", validators=[InputRequired("Enter the date"), not_in_future]
    )
    status = RadioField(
        "Was the standard met?",
        widget=GovRadioInput(),
        choices=choices_of(STATUS_LABELS),
        validate_choice=False,
        validators=[
            DataRequired("Select met, at risk or missed"),
            OneOfTheChoices("Select met, at risk or missed"),
        ],
    )
    measured_value = StringField(
        "Measured value (optional)",
        description="For example ‘36 hours’ or ‘97% of lights working’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[Length(max=100, message="Enter a value of 100 characters or fewer")],
    )
    evidence = TextAreaField(
        "Evidence",
        description="What shows it: a monitoring form, a report, photos described, dates.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter the evidence"),
            Length(max=5000, message="Enter evidence of 5,000 characters or fewer"),
        ],
    )
    submit = SubmitField("Add to the ledger", id="add-entry", widget=GovSubmitInput())


class StandardThreadForm(FlaskForm):
    board = SelectField(
        "Board",
        widget=GovSelect(),
        coerce=optional_id,
        validate_choice=False,
        validators=[DataRequired("Select a board"), OneOfTheChoices("Select a board")],
    )
    title = StringField(
        "Title",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter a title"),
            Length(
                min=TITLE_MIN,
                max=TITLE_MAX,
                message=f"Enter a title between {TITLE_MIN} and {TITLE_MAX} characters",
            ),
        ],
    )
    body = TextAreaField(
        "Your message",
        description="You can use Markdown: **bold**, *italic*, lists and links.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[
            DataRequired("Enter your message"),
            Length(max=BODY_MAX, message=f"Enter a message of {BODY_MAX:,} characters or fewer"),
        ],
    )
    submit = SubmitField("Post thread", id="post-thread", widget=GovSubmitInput())

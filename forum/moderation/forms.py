"""The moderator's decision on a flag."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea
from wtforms import RadioField, SelectChoice, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from forum.forms import OneOfTheChoices, strip


class ResolveFlagForm(FlaskForm):
    resolution = RadioField(
        "What will you do?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("dismiss", "Nothing: the post is fine"),
            SelectChoice("edit", "I have edited the post"),
            SelectChoice("hide", "Hide the post"),
            SelectChoice("warn", "Warn the author by email"),
            SelectChoice("suspend", "Suspend the author"),
        ],
        validate_choice=False,
        validators=[
            DataRequired("Select what you will do"),
            OneOfTheChoices("Select what you will do"),
        ],
    )
    note = TextAreaField(
        "Note",
        description="Kept in the audit log. For a warning, this is the message the author gets.",
        widget=GovTextArea(),
        filters=[strip],
        validators=[Length(max=2000, message="Enter 2,000 characters or fewer")],
    )
    submit = SubmitField("Resolve", id="resolve", widget=GovSubmitInput())

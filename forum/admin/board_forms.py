"""Forms for managing boards."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextArea, GovTextInput
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Regexp

from forum.forms import strip

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class BoardForm(FlaskForm):
    name = StringField(
        "Name",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the board's name"),
            Length(max=100, message="Enter a name of 100 characters or fewer"),
        ],
    )
    slug = StringField(
        "Web address",
        description="Lower-case letters, numbers and hyphens, like ‘service-standards’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter the board's web address"),
            Length(max=100, message="Enter a web address of 100 characters or fewer"),
            Regexp(
                SLUG_PATTERN,
                message="Enter a web address using lower-case letters, numbers and hyphens",
            ),
        ],
    )
    description = TextAreaField(
        "Description",
        widget=GovTextArea(),
        filters=[strip],
        validators=[Length(max=500, message="Enter a description of 500 characters or fewer")],
    )
    submit = SubmitField("Save board", id="save-board", widget=GovSubmitInput())

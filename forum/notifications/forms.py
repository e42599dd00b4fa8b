"""How often someone wants email."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput
from wtforms import RadioField, SelectChoice, SubmitField
from wtforms.validators import DataRequired

from forum.forms import OneOfTheChoices


class EmailSettingsForm(FlaskForm):
    email_frequency = RadioField(
        "When should we email you about replies, mentions and answers?",
        widget=GovRadioInput(),
        choices=[
            SelectChoice("immediate", "As it happens"),
            SelectChoice("daily", "Once a day, in a summary"),
            SelectChoice("never", "Never: I will check the site"),
        ],
        validate_choice=False,
        validators=[
            DataRequired("Select how often we should email you"),
            OneOfTheChoices("Select how often we should email you"),
        ],
    )
    submit = SubmitField("Save", id="save-email-settings", widget=GovSubmitInput())

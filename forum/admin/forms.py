"""Forms for administering accounts."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovSubmitInput, GovTextArea, GovTextInput
from wtforms import SelectChoice, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional

from forum.models.accounts import AccountStatus, Role

ROLE_CHOICES = [SelectChoice(role.value, role.label) for role in Role]


class UserFilterForm(FlaskForm):
    """The search box above the user list: a GET form, so it needs no CSRF token."""

    class Meta:
        csrf = False

    q = StringField(
        "Name or email address contains", widget=GovTextInput(), validators=[Optional()]
    )
    role = SelectField(
        "Role",
        widget=GovSelect(),
        choices=[SelectChoice("", "Any role"), *ROLE_CHOICES],
        validators=[Optional()],
    )
    status = SelectField(
        "Status",
        widget=GovSelect(),
        choices=[
            SelectChoice("", "Any status"),
            *(SelectChoice(s.value, s.value.capitalize()) for s in AccountStatus),
        ],
        validators=[Optional()],
    )
    submit = SubmitField("Filter", widget=GovSubmitInput())


class RoleForm(FlaskForm):
    role = SelectField(
        "Role",
        widget=GovSelect(),
        choices=ROLE_CHOICES,
        validate_choice=False,  # AnyOf below says it as an instruction
        validators=[AnyOf([role.value for role in Role], message="Select a role from the list")],
    )
    submit = SubmitField("Change role", id="change-role", widget=GovSubmitInput())


class SuspendForm(FlaskForm):
    reason = TextAreaField(
        "Reason for suspending",
        description="Kept in the audit log and shown to other administrators.",
        widget=GovTextArea(),
        validators=[
            DataRequired("Enter the reason for suspending this account"),
            Length(max=1000, message="Enter a reason of 1000 characters or fewer"),
        ],
    )
    submit = SubmitField("Suspend account", id="suspend", widget=GovSubmitInput())


class ReinstateForm(FlaskForm):
    submit = SubmitField("Reinstate account", id="reinstate", widget=GovSubmitInput())

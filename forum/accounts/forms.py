"""Account forms. Field names are part of the site's stable seams (DESIGN.md)."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovPasswordInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, Regexp, ValidationError

from forum.accounts.passwords import MAX_LENGTH, password_problem
from forum.forms import OneOfTheChoices, optional_id, strip

EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.org"
DISPLAY_NAME_PATTERN = r"^[\w][\w .'\-]*$"
BIO_MAX = 500


def _email_field(label: str = "Email address") -> StringField:
    return StringField(
        label,
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter your email address"),
            Length(max=254, message="Enter an email address that is 254 characters or fewer"),
            Email(EMAIL_FORMAT, check_deliverability=False),
        ],
    )


def _display_name_field() -> StringField:
    return StringField(
        "Display name",
        description="Shown beside your posts. Use your name or your role, like "
        "‘Sam, Plains Farm residents’ association’.",
        widget=GovTextInput(),
        filters=[strip],
        validators=[
            DataRequired("Enter a display name"),
            Length(min=2, max=60, message="Enter a display name between 2 and 60 characters"),
            Regexp(
                DISPLAY_NAME_PATTERN,
                message="Enter a display name using letters, numbers, spaces, "
                "hyphens, apostrophes and full stops only",
            ),
        ],
    )


class NewPasswordMixin:
    """Checks a new password against the rules, using what else the form knows."""

    def validate_password(self, field: Any) -> None:
        email = getattr(getattr(self, "email", None), "data", "") or ""
        name = getattr(getattr(self, "display_name", None), "data", "") or ""
        problem = password_problem(field.data or "", email=email, display_name=name)
        if problem:
            raise ValidationError(problem)


class SignInForm(FlaskForm):
    email = _email_field()
    password = PasswordField(
        "Password", widget=GovPasswordInput(), validators=[DataRequired("Enter your password")]
    )
    remember = BooleanField(
        "Keep me signed in on this device for 30 days", widget=GovCheckboxInput()
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class RegisterForm(NewPasswordMixin, FlaskForm):
    email = _email_field()
    display_name = _display_name_field()
    password = PasswordField(
        "Create a password",
        description="At least 10 characters. Three or more random words work well.",
        widget=GovPasswordInput(),
        validators=[DataRequired("Enter a password"), Length(max=MAX_LENGTH)],
    )
    submit = SubmitField("Create account", widget=GovSubmitInput())


class ForgotPasswordForm(FlaskForm):
    email = _email_field()
    submit = SubmitField("Send reset link", widget=GovSubmitInput())


class ResetPasswordForm(NewPasswordMixin, FlaskForm):
    password = PasswordField(
        "New password",
        description="At least 10 characters. Three or more random words work well.",
        widget=GovPasswordInput(),
        validators=[DataRequired("Enter a new password")],
    )
    submit = SubmitField("Save new password", widget=GovSubmitInput())


class ChangePasswordForm(NewPasswordMixin, FlaskForm):
    current_password = PasswordField(
        "Current password",
        widget=GovPasswordInput(),
        validators=[DataRequired("Enter your current password")],
    )
    password = PasswordField(
        "New password",
        description="At least 10 characters. Three or more random words work well.",
        widget=GovPasswordInput(),
        validators=[DataRequired("Enter a new password")],
    )
    submit = SubmitField("Change password", widget=GovSubmitInput())


def _optional_choice(label: str, message: str) -> SelectField:
    return SelectField(
        label,
        widget=GovSelect(),
        coerce=optional_id,
        validate_choice=False,  # replaced by an error worded as an instruction
        validators=[OneOfTheChoices(message)],
    )


class ProfileForm(FlaskForm):
    display_name = _display_name_field()
    organisation = _optional_choice("Organisation", "Select an organisation from the list")
    area = _optional_choice("Neighbourhood area", "Select an area from the list")
    region = _optional_choice("Region", "Select a region from the list")
    bio = TextAreaField(
        "About you",
        description=f"A sentence or two about your role. Up to {BIO_MAX} characters.",
        widget=GovTextArea(),
        validators=[Length(max=BIO_MAX, message=f"Enter {BIO_MAX} characters or fewer")],
    )
    submit = SubmitField("Save profile", widget=GovSubmitInput())

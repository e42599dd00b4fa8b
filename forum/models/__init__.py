"""SQLAlchemy models, a module per subject; importing this registers them all."""

from forum.models.accounts import AccountStatus, Role, User
from forum.models.audit import AuditEvent
from forum.models.mail import MailStatus, OutboundEmail
from forum.models.places import (
    Area,
    ContractStage,
    Organisation,
    OrganisationKind,
    Programme,
    Region,
    Topic,
    area_topic,
)

__all__ = [
    "AccountStatus",
    "Area",
    "AuditEvent",
    "ContractStage",
    "MailStatus",
    "Organisation",
    "OrganisationKind",
    "OutboundEmail",
    "Programme",
    "Region",
    "Role",
    "Topic",
    "User",
    "area_topic",
]

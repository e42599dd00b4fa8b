"""SQLAlchemy models, a module per subject; importing this registers them all."""

from forum.models.accounts import AccountStatus, Role, User
from forum.models.areas import (
    AreaMember,
    CommunityContract,
    ContractRevision,
    LedgerEntry,
    LedgerStatus,
    MemberRole,
    ProgressUpdate,
    ServiceStandard,
    StandardThread,
    StandardThreadKind,
)
from forum.models.audit import AuditEvent
from forum.models.boards import Board, Post, PostRevision, Thread, ThreadKind, thread_topic
from forum.models.engagement import Notification, NotificationKind, ReadPosition, Subscription
from forum.models.guidance import (
    GuidanceAttachment,
    GuidancePage,
    GuidanceRevision,
    GuidanceStatus,
    guidance_topic,
)
from forum.models.mail import MailStatus, OutboundEmail
from forum.models.mentoring import (
    MatchEvent,
    MatchingProposal,
    MatchingRound,
    MatchStatus,
    MentorExpertise,
    MentoringMatch,
    MentoringQuestion,
    MentorProfile,
)
from forum.models.moderation import Flag, FlagReason, FlagResolution
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
from forum.models.search import IndexedKind, SearchOutboxEntry

__all__ = [
    "AccountStatus",
    "Area",
    "AreaMember",
    "AuditEvent",
    "Board",
    "CommunityContract",
    "ContractRevision",
    "ContractStage",
    "Flag",
    "FlagReason",
    "FlagResolution",
    "GuidanceAttachment",
    "GuidancePage",
    "GuidanceRevision",
    "GuidanceStatus",
    "IndexedKind",
    "LedgerEntry",
    "LedgerStatus",
    "MailStatus",
    "MatchEvent",
    "MatchStatus",
    "MatchingProposal",
    "MatchingRound",
    "MemberRole",
    "MentorExpertise",
    "MentorProfile",
    "MentoringMatch",
    "MentoringQuestion",
    "Notification",
    "NotificationKind",
    "Organisation",
    "OrganisationKind",
    "OutboundEmail",
    "Post",
    "PostRevision",
    "Programme",
    "ProgressUpdate",
    "ReadPosition",
    "Region",
    "Role",
    "SearchOutboxEntry",
    "ServiceStandard",
    "StandardThread",
    "StandardThreadKind",
    "Subscription",
    "Thread",
    "ThreadKind",
    "Topic",
    "User",
    "area_topic",
    "guidance_topic",
    "thread_topic",
]

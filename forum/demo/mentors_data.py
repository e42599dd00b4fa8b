"""Demo mentors, their profiles, a few matches and mentoring questions.

The eight mentors already in `forum.demo.data.USERS` get a profile here, and seventeen more
people join them, so the directory and a matching round have a realistic field to work
with. All of them are invented, as are their bios, levels and conflicts; the topics, regions,
councils and areas are the demo's own (`forum.demo.data`).

Levels are 1 (working knowledge), 2 (experienced) and 3 (expert). Capacity is how many areas
a mentor takes at once; `available` False means not taking on new areas for now.
"""

from __future__ import annotations

from typing import Final, TypedDict

from forum.demo.data import UserRecord


class MentorRecord(TypedDict):
    email: str  # the user, from data.USERS or NEW_MENTORS
    bio: str  # Markdown, shown on the mentor page
    expertise: dict[str, int]  # topic slug -> level
    regions: list[str]
    areas_mentored: int
    years_experience: int
    signed_contracts: int
    capacity: int
    available: bool
    conflict_organisations: list[str]
    conflict_areas: list[str]


class MatchRecord(TypedDict):
    area: str
    mentor: str  # email
    status: str  # "active" or "offered"
    days_ago: int  # when the offer was made


class ReplyRecord(TypedDict):
    author: str
    hours_after: int
    body: str
    accepted: bool


class QuestionRecord(TypedDict):
    area: str
    author: str
    mentor: str | None  # None: any mentor
    title: str
    body: str
    days_ago: int
    replies: list[ReplyRecord]
    publish_consent: bool


def _mentor(email: str, name: str, organisation: str | None, region: str, bio: str) -> UserRecord:
    return {
        "email": email,
        "display_name": name,
        "role": "mentor",
        "organisation": organisation,
        "area": None,
        "region": region,
        "bio": bio,
    }


# People who are mentors only in this module (the first eight are in data.USERS).
NEW_MENTORS: Final[list[UserRecord]] = [
    _mentor(
        "angela.brennan@example.com",
        "Angela Brennan",
        "gateshead-council",
        "north-east",
        "Neighbourhood manager in Gateshead who ran estate walkabouts with residents for years.",
    ),
    _mentor(
        "mohammed.iqbal@example.net",
        "Mohammed Iqbal",
        None,
        "yorkshire-and-the-humber",
        "Independent community development worker in South Yorkshire.",
    ),
    _mentor(
        "joanne.castle@example.com",
        "Joanne Castle",
        "northumbria-police",
        "north-east",
        "Neighbourhood policing inspector who chaired PACT meetings across Sunderland.",
    ),
    _mentor(
        "derek.walsh@example.net",
        "Derek Walsh",
        None,
        "north-west",
        "Retired housing association director, now a volunteer adviser to tenants' groups.",
    ),
    _mentor(
        "linda.chowdhury@example.com",
        "Linda Chowdhury",
        "south-london-community-homes",
        "london",
        "Head of neighbourhood services at a south London housing association.",
    ),
    _mentor(
        "graham.thornton@example.com",
        "Graham Thornton",
        "nottinghamshire-police",
        "east-midlands",
        "Police sergeant who led a neighbourhood team in Mansfield and Worksop.",
    ),
    _mentor(
        "bernadette.kelly@example.net",
        "Bernadette Kelly",
        None,
        "north-west",
        "Public health practitioner who brings health partners to the table.",
    ),
    _mentor(
        "simon.oyelaran@example.org",
        "Simon Oyelaran",
        "nanm",
        "london",
        "Adviser on performance frameworks for neighbourhood management partnerships.",
    ),
    _mentor(
        "ruth.ellison@example.com",
        "Ruth Ellison",
        "norfolk-county-council",
        "east-of-england",
        "Highways locality officer who turned residents' reports into repair plans.",
    ),
    _mentor(
        "pete.gallagher@example.net",
        "Pete Gallagher",
        None,
        "west-midlands",
        "Youth worker for twenty years, now training others to run youth forums.",
    ),
    _mentor(
        "catherine.hughes@example.com",
        "Catherine Hughes",
        "worcestershire-county-council",
        "west-midlands",
        "Trading standards and licensing manager.",
    ),
    _mentor(
        "neil.hargreaves@example.net",
        "Neil Hargreaves",
        None,
        "yorkshire-and-the-humber",
        "Former street scene manager who wrote more cleansing standards than he can count.",
    ),
    _mentor(
        "yvonne.clarke@example.com",
        "Yvonne Clarke",
        "home-group",
        "north-east",
        "Area housing manager for a large landlord in the North East.",
    ),
    _mentor(
        "arif.malik@example.com",
        "Arif Malik",
        "peterborough-city-council",
        "east-of-england",
        "Cohesion and community engagement lead at a city council.",
    ),
    _mentor(
        "susan.pritchard@example.net",
        "Susan Pritchard",
        None,
        "south-west",
        "Complaints and redress specialist who used to run a council's customer service.",
    ),
    _mentor(
        "marcus.doherty@example.com",
        "Marcus Doherty",
        "cambridgeshire-constabulary",
        "east-of-england",
        "Community safety partnership manager in Cambridgeshire.",
    ),
    _mentor(
        "gwen.lloyd@example.net",
        "Gwen Lloyd",
        None,
        "west-midlands",
        "Parks and green spaces volunteer co-ordinator.",
    ),
]


def _profile(
    email: str,
    bio: str,
    expertise: dict[str, int],
    regions: list[str],
    *,
    mentored: int,
    years: int,
    signed: int,
    capacity: int,
    available: bool = True,
    conflict_organisations: list[str] | None = None,
    conflict_areas: list[str] | None = None,
) -> MentorRecord:
    return {
        "email": email,
        "bio": bio,
        "expertise": expertise,
        "regions": regions,
        "areas_mentored": mentored,
        "years_experience": years,
        "signed_contracts": signed,
        "capacity": capacity,
        "available": available,
        "conflict_organisations": conflict_organisations or [],
        "conflict_areas": conflict_areas or [],
    }


PROFILES: Final[list[MentorRecord]] = [
    # --- The mentors already in data.USERS
    _profile(
        "mentor@example.org",
        "I helped Hathershaw and Fitton Hill build **several small agreements** rather than one "
        "long document, each with its own theme and its own group of residents.\n\n"
        "Ask me about keeping several agreements going at once, and about getting health "
        "partners to sign up alongside the council and police.",
        {
            "litter-street-cleansing": 3,
            "noise-nuisance": 2,
            "crime-community-safety": 2,
            "housing-repairs-estate-management": 2,
            "health-wellbeing": 3,
            "community-engagement-cohesion": 2,
        },
        ["north-west", "north-east", "yorkshire-and-the-humber"],
        mentored=2,
        years=9,
        signed=2,
        capacity=2,
    ),
    _profile(
        "tunde.adeyemi@example.com",
        "Led the Lewisham pilot. My focus is on standards partners can **actually report "
        "against**: if nobody can say how a target is measured, it is not a standard yet.",
        {
            "crime-community-safety": 3,
            "anti-social-behaviour": 3,
            "housing-repairs-estate-management": 2,
            "monitoring-review": 3,
        },
        ["london", "south-east"],
        mentored=3,
        years=11,
        signed=3,
        capacity=3,
    ),
    _profile(
        "sarah.whitfield@example.com",
        "Estate partnerships in Sunderland for most of my career. I am good at getting "
        "landlords and the council to agree who sweeps, who mows and who clears up after "
        "a fly-tip, so residents stop being passed from one to the other.",
        {
            "litter-street-cleansing": 3,
            "fly-tipping-bulky-waste": 2,
            "parks-open-spaces": 2,
            "anti-social-behaviour": 2,
        },
        ["north-east"],
        mentored=1,
        years=8,
        signed=1,
        capacity=2,
    ),
    _profile(
        "rajinder.sandhu@example.net",
        "Worked with teenagers in Kidderminster on a youth charter that scored local "
        "agencies. I can help you involve young people as partners, not as the problem.",
        {
            "young-people-youth-services": 3,
            "anti-social-behaviour": 2,
            "community-engagement-cohesion": 3,
            "parks-open-spaces": 1,
        },
        ["west-midlands", "east-midlands"],
        mentored=1,
        years=7,
        signed=1,
        capacity=2,
    ),
    _profile(
        "colin.pearson@example.com",
        "Ran the Clean and Tidy agreement in Barnsley and recruited its community "
        "champions. Happy to share the monthly reporting sheet we used with providers.",
        {
            "litter-street-cleansing": 3,
            "graffiti-fly-posting": 3,
            "fly-tipping-bulky-waste": 3,
            "abandoned-vehicles": 2,
            "refuse-recycling": 2,
        },
        ["yorkshire-and-the-humber"],
        mentored=2,
        years=10,
        signed=1,
        capacity=2,
    ),
    _profile(
        "fiona.macleod@example.net",
        "Consultation is my thing: door-knocking, street stalls, fun days and short "
        "surveys that people actually fill in. I also know the pitfalls of consulting "
        "once and never again.",
        {
            "community-engagement-cohesion": 3,
            "noise-nuisance": 2,
            "refuse-recycling": 1,
            "anti-social-behaviour": 1,
        },
        ["south-east", "london"],
        mentored=2,
        years=6,
        signed=1,
        capacity=2,
    ),
    _profile(
        "dave.henshaw@example.com",
        "Took Manton's contract from the first meeting to its annual review. I know how "
        "two-tier areas work: which promises the district can make and which need the "
        "county in the room.",
        {
            "housing-repairs-estate-management": 3,
            "young-people-youth-services": 2,
            "fire-safety": 2,
            "anti-social-behaviour": 2,
            "jobs-skills": 2,
        },
        ["east-midlands", "yorkshire-and-the-humber"],
        mentored=3,
        years=12,
        signed=2,
        capacity=3,
    ),
    _profile(
        "kevin.tremayne@example.net",
        "Independent now, after years as a neighbourhood manager in Devon and Cornwall. "
        "I mentor on **monitoring**, and on what to do when a standard slips: redress "
        "that residents believe in, not apologies by letter.",
        {
            "monitoring-review": 3,
            "redress-complaints": 3,
            "street-lighting": 1,
        },
        ["south-west", "south-east", "west-midlands"],
        mentored=4,
        years=14,
        signed=3,
        capacity=3,
    ),
    # --- The mentors in NEW_MENTORS
    _profile(
        "angela.brennan@example.com",
        "Walkabouts with residents every month, camera in hand: that is how Springwell's "
        "agreement started. I can help you run them so they lead to fixes, not lists.",
        {
            "anti-social-behaviour": 2,
            "parks-open-spaces": 3,
            "dog-fouling": 3,
            "street-lighting": 2,
            "litter-street-cleansing": 2,
        },
        ["north-east"],
        mentored=1,
        years=8,
        signed=1,
        capacity=2,
        conflict_areas=["springwell"],
    ),
    _profile(
        "mohammed.iqbal@example.net",
        "I help neighbourhoods where trust in the council is low find a first small "
        "promise worth keeping, and build from there. Much of my work is with young adults "
        "looking for training and work.",
        {
            "community-engagement-cohesion": 3,
            "jobs-skills": 3,
            "young-people-youth-services": 2,
        },
        ["yorkshire-and-the-humber", "east-midlands"],
        mentored=1,
        years=6,
        signed=0,
        capacity=2,
    ),
    _profile(
        "joanne.castle@example.com",
        "Chaired PACT meetings for eight years. Ask me how to turn what residents say at "
        "those meetings into policing priorities you can write into a contract.",
        {
            "crime-community-safety": 3,
            "anti-social-behaviour": 3,
            "noise-nuisance": 1,
        },
        ["north-east"],
        mentored=1,
        years=9,
        signed=1,
        capacity=1,
        conflict_areas=["plains-farm"],
    ),
    _profile(
        "derek.walsh@example.net",
        "Thirty years in social housing. I know what a landlord can realistically promise "
        "on repairs and estate services, and how to hold it to that promise.",
        {
            "housing-repairs-estate-management": 3,
            "anti-social-behaviour": 2,
            "redress-complaints": 2,
        },
        ["north-west", "yorkshire-and-the-humber"],
        mentored=2,
        years=10,
        signed=1,
        capacity=2,
        conflict_organisations=["northern-community-housing-trust"],
    ),
    _profile(
        "linda.chowdhury@example.com",
        "I manage caretaking, repairs and tenancy enforcement across several London "
        "estates, so I see contracts from the landlord's side of the table.",
        {
            "housing-repairs-estate-management": 3,
            "anti-social-behaviour": 2,
            "refuse-recycling": 2,
        },
        ["london"],
        mentored=0,
        years=7,
        signed=0,
        capacity=1,
        conflict_areas=["lewisham"],
    ),
    _profile(
        "graham.thornton@example.com",
        "Neighbourhood policing in north Nottinghamshire, including joint patrols with "
        "council wardens. Good on fire safety work with the fire service too.",
        {
            "crime-community-safety": 3,
            "anti-social-behaviour": 2,
            "fire-safety": 3,
            "abandoned-vehicles": 1,
        },
        ["east-midlands"],
        mentored=1,
        years=11,
        signed=1,
        capacity=2,
        conflict_areas=["manton"],
    ),
    _profile(
        "bernadette.kelly@example.net",
        "Health is usually missing from community contracts. I help areas bring in the "
        "GP practice, the health visitors and the pharmacy, with one or two promises each.",
        {
            "health-wellbeing": 3,
            "community-engagement-cohesion": 2,
        },
        ["north-west"],
        mentored=1,
        years=5,
        signed=0,
        capacity=1,
    ),
    _profile(
        "simon.oyelaran@example.org",
        "I advise partnerships on measuring what they promised: baselines, monthly "
        "returns and a review that changes things. Spreadsheets welcome.",
        {
            "monitoring-review": 3,
            "redress-complaints": 2,
            "community-engagement-cohesion": 1,
        },
        ["london", "south-east", "east-of-england"],
        mentored=3,
        years=13,
        signed=2,
        capacity=4,
    ),
    _profile(
        "ruth.ellison@example.com",
        "Pavements, potholes and street lights are county business in two-tier areas. I "
        "help districts get a county highways officer to commit to response times.",
        {
            "highways-pavements": 3,
            "street-lighting": 3,
            "parks-open-spaces": 1,
        },
        ["east-of-england"],
        mentored=1,
        years=9,
        signed=1,
        capacity=2,
    ),
    _profile(
        "pete.gallagher@example.net",
        "Youth forums that last beyond the first pizza night. I train young people to "
        "check services themselves and report back to the partnership.",
        {
            "young-people-youth-services": 3,
            "jobs-skills": 2,
            "anti-social-behaviour": 1,
        },
        ["west-midlands"],
        mentored=2,
        years=15,
        signed=1,
        capacity=2,
    ),
    _profile(
        "catherine.hughes@example.com",
        "Licensing and trading standards: late-night premises, underage sales and noise "
        "from venues, and how to put them in an agreement without promising the impossible.",
        {
            "trading-standards-licensing": 3,
            "noise-nuisance": 2,
        },
        ["west-midlands", "london"],
        mentored=0,
        years=12,
        signed=0,
        capacity=1,
        conflict_areas=["oldington-and-foley-park"],
    ),
    _profile(
        "neil.hargreaves@example.net",
        "Cleansing grades, fly-tipping enforcement and abandoned cars. Not taking on new "
        "areas until my current one finishes its first year.",
        {
            "litter-street-cleansing": 3,
            "fly-tipping-bulky-waste": 3,
            "abandoned-vehicles": 3,
            "refuse-recycling": 2,
            "graffiti-fly-posting": 2,
        },
        ["yorkshire-and-the-humber", "north-east"],
        mentored=3,
        years=16,
        signed=2,
        capacity=1,
        available=False,
    ),
    _profile(
        "yvonne.clarke@example.com",
        "Area housing manager. I can help you agree estate inspection rounds with "
        "residents and publish the results where tenants will see them.",
        {
            "housing-repairs-estate-management": 3,
            "anti-social-behaviour": 2,
            "dog-fouling": 1,
        },
        ["north-east"],
        mentored=1,
        years=8,
        signed=1,
        capacity=2,
    ),
    _profile(
        "arif.malik@example.com",
        "Cohesion work in a fast-changing city: welcome packs, language help and residents' "
        "panels that reflect who lives there now.",
        {
            "community-engagement-cohesion": 3,
            "jobs-skills": 2,
        },
        ["east-of-england", "east-midlands"],
        mentored=0,
        years=5,
        signed=0,
        capacity=2,
        conflict_areas=["peterborough-neighbourhood"],
    ),
    _profile(
        "susan.pritchard@example.net",
        "When a standard is missed, residents need to know what happens next. I help "
        "partners write redress they can honour and a complaints route that is one page.",
        {
            "redress-complaints": 3,
            "monitoring-review": 2,
        },
        ["south-west", "south-east"],
        mentored=2,
        years=10,
        signed=2,
        capacity=4,
    ),
    _profile(
        "marcus.doherty@example.com",
        "Community safety partnerships from the inside: tasking meetings, information "
        "sharing and keeping the police and the council on the same page.",
        {
            "crime-community-safety": 3,
            "anti-social-behaviour": 3,
            "young-people-youth-services": 1,
        },
        ["east-of-england"],
        mentored=1,
        years=7,
        signed=1,
        capacity=2,
    ),
    _profile(
        "gwen.lloyd@example.net",
        "Friends-of-the-park groups, green flag bids and volunteer days. A park that "
        "residents look after is the easiest first win a contract can have.",
        {
            "parks-open-spaces": 3,
            "community-engagement-cohesion": 2,
            "health-wellbeing": 1,
        },
        ["west-midlands", "south-west"],
        mentored=0,
        years=4,
        signed=0,
        capacity=1,
    ),
]


# Mentoring already under way when the demo starts, and one offer waiting for an answer.
MATCHES: Final[list[MatchRecord]] = [
    {"area": "aspley", "mentor": "dave.henshaw@example.com", "status": "active", "days_ago": 60},
    {
        "area": "east-maltby",
        "mentor": "colin.pearson@example.com",
        "status": "active",
        "days_ago": 45,
    },
    {
        "area": "athersley-and-new-lodge",
        "mentor": "neil.hargreaves@example.net",
        "status": "active",
        "days_ago": 90,
    },
    {
        "area": "croft-and-cowpen-quay",
        "mentor": "angela.brennan@example.com",
        "status": "active",
        "days_ago": 30,
    },
    {
        "area": "dinnington",
        "mentor": "mohammed.iqbal@example.net",
        "status": "offered",
        "days_ago": 2,
    },
]


QUESTIONS: Final[list[QuestionRecord]] = [
    {
        "area": "aspley",
        "author": "patrick.doyle@example.com",
        "mentor": "dave.henshaw@example.com",
        "title": "How did you get the housing association to commit to repair times?",
        "body": (
            "Our housing association will talk about repairs at every meeting but will not "
            "put a number in the draft contract. How did Manton get its landlord to agree "
            "to response times in writing?"
        ),
        "days_ago": 12,
        "replies": [
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 20,
                "body": (
                    "We stopped asking for new promises. The landlord already had published "
                    "repair categories (emergency, urgent, routine) for its tenants, so we "
                    "asked it to copy those into the contract word for word.\n\n"
                    "Nothing new to approve, and residents finally knew what the categories "
                    "meant. Start there, then talk about improving them at the first review."
                ),
                "accepted": True,
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 30,
                "body": "That worked: they agreed to it at Tuesday's steering group. Thank you.",
                "accepted": False,
            },
        ],
        "publish_consent": False,
    },
    {
        "area": "east-maltby",
        "author": "maureen.hall@example.com",
        "mentor": "colin.pearson@example.com",
        "title": "What should a community champion's first month look like?",
        "body": (
            "We have four volunteers who want to be community champions. What did you ask "
            "your champions in Barnsley to do first, and how often did they report back?"
        ),
        "days_ago": 8,
        "replies": [
            {
                "author": "colin.pearson@example.com",
                "hours_after": 30,
                "body": (
                    "Keep the first month small: each champion walks their own few streets "
                    "once a week and fills in a one-page sheet (litter, graffiti, dumped "
                    "rubbish, lights). Meet as a group at the end of the month to compare "
                    "notes with the street scene officer there.\n\n"
                    "Reporting once a month is enough to begin with; weekly burns people out."
                ),
                "accepted": False,
            }
        ],
        "publish_consent": True,
    },
    {
        "area": "athersley-and-new-lodge",
        "author": "karen.dobson@example.com",
        "mentor": "neil.hargreaves@example.net",
        "title": "Should our abandoned car standard count from the report or the visit?",
        "body": (
            "Our standard says abandoned cars are removed within 7 days, but the council "
            "counts from the officer's first visit, not from when residents report them. "
            "Which should the contract use?"
        ),
        "days_ago": 1,
        "replies": [],
        "publish_consent": False,
    },
    {
        "area": "dinnington",
        "author": "nadia.rashid@example.com",
        "mentor": None,
        "title": "How do we get young people to our first contract meeting?",
        "body": (
            "We are just exploring a community contract and want young people involved from "
            "the start, but nobody under 25 came to our first two meetings. What has worked "
            "elsewhere?"
        ),
        "days_ago": 2,
        "replies": [],
        "publish_consent": False,
    },
]

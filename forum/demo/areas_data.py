"""Demo community contracts for the pilot and Connecting Communities areas.

The areas themselves are in `forum.demo.data.AREAS`. Their contracts here are illustrative:
the standards and targets are typical of real council, police and landlord standards of the
time (graffiti, street lights, repairs, the Policing Pledge), but which area agreed which
standard, and every ledger entry and progress update, is invented to exercise the site.
"""

from __future__ import annotations

from typing import Final, TypedDict


class ExampleStandard(TypedDict):
    topic: str
    provider: str  # "council", "police", "landlord" or "residents": filled in per area
    description: str
    target: str


# Typical standards, by topic, in the order an area would pick them.
EXAMPLE_STANDARDS: Final[list[ExampleStandard]] = [
    {
        "topic": "graffiti-fly-posting",
        "provider": "council",
        "description": "Remove offensive or racist graffiti",
        "target": "within 24 hours of it being reported",
    },
    {
        "topic": "graffiti-fly-posting",
        "provider": "council",
        "description": "Remove other graffiti from public buildings and street furniture",
        "target": "within 3 working days",
    },
    {
        "topic": "fly-tipping-bulky-waste",
        "provider": "council",
        "description": "Clear dumped rubbish from streets and back alleys",
        "target": "within 4 working hours if hazardous, otherwise within 5 working days",
    },
    {
        "topic": "fly-tipping-bulky-waste",
        "provider": "council",
        "description": "Investigate reported fly-tipping and remove it",
        "target": "investigate within 5 days, remove within a further 20 days",
    },
    {
        "topic": "street-lighting",
        "provider": "council",
        "description": "Repair routine street-light faults",
        "target": "within 5 working days",
    },
    {
        "topic": "street-lighting",
        "provider": "council",
        "description": "Make safe dangerous or vandalised street lights",
        "target": "within 2 hours",
    },
    {
        "topic": "litter-street-cleansing",
        "provider": "council",
        "description": "Keep surveyed streets at grade B or better for litter",
        "target": "no more than 11% of sites below grade B",
    },
    {
        "topic": "litter-street-cleansing",
        "provider": "council",
        "description": "Sweep the shopping parade and empty its litter bins",
        "target": "every day, Monday to Saturday",
    },
    {
        "topic": "anti-social-behaviour",
        "provider": "landlord",
        "description": "Respond to reports of serious anti-social behaviour",
        "target": "within 1 working day",
    },
    {
        "topic": "anti-social-behaviour",
        "provider": "landlord",
        "description": "Keep the person who reported anti-social behaviour informed",
        "target": "an update every week until the case is closed",
    },
    {
        "topic": "crime-community-safety",
        "provider": "police",
        "description": "Neighbourhood team time spent visibly on the estate",
        "target": "at least 80% of working time",
    },
    {
        "topic": "crime-community-safety",
        "provider": "police",
        "description": "Reply to messages left for the neighbourhood policing team",
        "target": "within 24 hours",
    },
    {
        "topic": "crime-community-safety",
        "provider": "police",
        "description": "Hold a public meeting to agree local priorities",
        "target": "every month",
    },
    {
        "topic": "housing-repairs-estate-management",
        "provider": "landlord",
        "description": "Attend emergency repairs",
        "target": "within 4 hours; made safe within 24 hours",
    },
    {
        "topic": "housing-repairs-estate-management",
        "provider": "landlord",
        "description": "Complete routine repairs",
        "target": "within 20 working days",
    },
    {
        "topic": "housing-repairs-estate-management",
        "provider": "landlord",
        "description": "Walk the estate with residents to inspect it",
        "target": "every quarter",
    },
    {
        "topic": "parks-open-spaces",
        "provider": "council",
        "description": "Cut the grass in shared green spaces, April to October",
        "target": "about every 14 working days",
    },
    {
        "topic": "noise-nuisance",
        "provider": "council",
        "description": "Call back about a noise complaint",
        "target": "within 2 working days",
    },
    {
        "topic": "dog-fouling",
        "provider": "council",
        "description": "Clear reported dog fouling from paths and play areas",
        "target": "within 2 working days",
    },
    {
        "topic": "young-people-youth-services",
        "provider": "council",
        "description": "Run open-access youth sessions on the estate",
        "target": "at least two evenings a week in term time",
    },
    {
        "topic": "abandoned-vehicles",
        "provider": "council",
        "description": "Inspect a reported abandoned vehicle",
        "target": "within 2 working days",
    },
    {
        "topic": "fire-safety",
        "provider": "council",
        "description": "Offer a free home fire-safety check to every household that asks",
        "target": "visit within 4 weeks of the request",
    },
    {
        "topic": "community-engagement-cohesion",
        "provider": "council",
        "description": "Publish how each standard was met, in a newsletter to every household",
        "target": "every 3 months",
    },
    {
        "topic": "jobs-skills",
        "provider": "council",
        "description": "Hold a jobs and training drop-in at the community centre",
        "target": "every fortnight",
    },
]

RESIDENTS_COMMITMENTS: Final[list[str]] = [
    "Report crime, anti-social behaviour and problems in the street promptly",
    "Put bins out only on collection day and store them tidily",
    "Not drop litter, and clear up after our dogs",
    "Keep front gardens and yards tidy",
    "Take part in litter picks and garden tidy-ups",
    "Act as street reps and return the monthly monitoring form",
]

REDRESS_OPTIONS: Final[list[str]] = [
    "An investigation into why the standard was not met",
    "A written response to the residents' group",
    "A commitment to put the problem right",
    "Funding to put the problem right where failure is serious and persistent",
]


class Partners(TypedDict):
    police: str
    landlord: str | None
    residents: str
    title: str


# Who else signs each area's contract, and what the contract is called.
PARTNERS: Final[dict[str, Partners]] = {
    "eastern-road": {
        "police": "Sussex Police",
        "landlord": None,
        "residents": "Eastern Road local action team",
        "title": "Eastern Road neighbourhood agreement",
    },
    "fairstead": {
        "police": "Norfolk Constabulary",
        "landlord": None,
        "residents": "Fairstead Residents' Association",
        "title": "Fairstead community contract",
    },
    "oldington-and-foley-park": {
        "police": "West Mercia Police",
        "landlord": None,
        "residents": "Oldington and Foley Park youth charter group",
        "title": "Oldington and Foley Park charter",
    },
    "hathershaw-and-fitton-hill": {
        "police": "Greater Manchester Police",
        "landlord": "Northern Community Housing Trust",
        "residents": "Fitton Hill Tenants' and Residents' Association",
        "title": "Peace and Quiet agreement",
    },
    "plains-farm": {
        "police": "Northumbria Police",
        "landlord": "Home Group",
        "residents": "Plains Farm Residents' Association",
        "title": "Clean, Green and Safer contract",
    },
    "croft-and-cowpen-quay": {
        "police": "Northumbria Police",
        "landlord": None,
        "residents": "Croft and Cowpen Quay residents' forum",
        "title": "Croft and Cowpen Quay community contract",
    },
    "springwell": {
        "police": "Northumbria Police",
        "landlord": None,
        "residents": "Springwell community association",
        "title": "Springwell neighbourhood charter",
    },
    "athersley-and-new-lodge": {
        "police": "South Yorkshire Police",
        "landlord": None,
        "residents": "Athersley and New Lodge Residents' Association",
        "title": "Clean and Tidy agreement",
    },
    "lewisham": {
        "police": "Metropolitan Police Service",
        "landlord": "South London Community Homes",
        "residents": "Lewisham tenants' and residents' panel",
        "title": "Lewisham neighbourhood agreement",
    },
    "south-bank": {
        "police": "Metropolitan Police Service",
        "landlord": None,
        "residents": "South Bank residents' and businesses' forum",
        "title": "South Bank local charter",
    },
    "manton": {
        "police": "Nottinghamshire Police",
        "landlord": "Midlands Estates Housing Association",
        "residents": "Manton Tenants' and Residents' Association",
        "title": "Manton community contract",
    },
    "east-maltby": {
        "police": "South Yorkshire Police",
        "landlord": None,
        "residents": "East Maltby community champions",
        "title": "East Maltby community contract (draft)",
    },
    "dinnington": {
        "police": "South Yorkshire Police",
        "landlord": None,
        "residents": "Dinnington residents' group",
        "title": "",
    },
    "aspley": {
        "police": "Nottinghamshire Police",
        "landlord": None,
        "residents": "Aspley Residents' Association",
        "title": "Aspley community contract (consultation draft)",
    },
    "peterborough-neighbourhood": {
        "police": "Cambridgeshire Constabulary",
        "landlord": None,
        "residents": "Neighbourhood residents' steering group",
        "title": "",
    },
}

# How a demo area's standards fare month by month: a repeating pattern, offset per standard.
STATUS_PATTERN: Final[list[str]] = [
    "met",
    "met",
    "at_risk",
    "met",
    "missed",
    "met",
    "met",
    "met",
    "at_risk",
    "met",
]

EVIDENCE: Final[dict[str, str]] = {
    "met": "Monthly monitoring forms from the street reps: no problems outstanding at month end.",
    "at_risk": (
        "Two reports took longer than the target to clear; the provider has moved staff "
        "to catch up."
    ),
    "missed": (
        "Street reps logged reports that were not dealt with within the target. Raised at "
        "the partnership meeting."
    ),
}

PROGRESS_NOTES: Final[list[str]] = [
    "Partnership meeting held at the community centre: providers reported against every "
    "standard and residents raised the slowest responses.",
    "Street reps' monitoring forms for the month collected; grades shared with the council "
    "and the landlord.",
    "Newsletter to every household with the latest results and how to report problems.",
]

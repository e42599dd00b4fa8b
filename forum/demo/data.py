"""Literal demo data for the Community Contracts Forum.

Everything here is plain Python so the seed command never has to read anything outside the
package. Place names, councils, police forces and programme facts are real; the people, the
residents' associations and all but one of the housing providers are invented.

The per-area values ``households_band``, ``contract_stage`` and ``priority_topics`` are
illustrative demo settings chosen to exercise the site. They are not a record of how far any
real neighbourhood actually got with its contract.
"""

from typing import Final, Literal, TypedDict

OrganisationKind = Literal[
    "council", "police", "housing_provider", "residents_association", "other"
]
Programme = Literal["pilot", "connecting_communities", "other"]
HouseholdBand = Literal["<2000", "2000-4999", "5000-9999", ">=10000"]
ContractStage = Literal["exploring", "drafting", "consulting", "signed", "monitoring", "reviewing"]
SiteRole = Literal["member", "mentor", "moderator", "admin"]


class Region(TypedDict):
    slug: str
    name: str


class Topic(TypedDict):
    slug: str
    name: str
    description: str


class Organisation(TypedDict):
    slug: str
    name: str
    kind: OrganisationKind
    authority_type: str | None
    region: str


class AreaRecord(TypedDict):
    slug: str
    name: str
    location: str
    council: str
    region: str
    programme: Programme
    households_band: HouseholdBand
    contract_stage: ContractStage
    priority_topics: list[str]
    description: str


class UserRecord(TypedDict):
    email: str
    display_name: str
    role: SiteRole
    organisation: str | None
    area: str | None
    region: str | None
    bio: str


# ---------------------------------------------------------------------------------------------
# Lookup tables
# ---------------------------------------------------------------------------------------------

# The nine English regions as used by the Government Offices until 2011.
REGIONS: Final[list[Region]] = [
    {"slug": "north-east", "name": "North East"},
    {"slug": "north-west", "name": "North West"},
    {"slug": "yorkshire-and-the-humber", "name": "Yorkshire and the Humber"},
    {"slug": "east-midlands", "name": "East Midlands"},
    {"slug": "west-midlands", "name": "West Midlands"},
    {"slug": "east-of-england", "name": "East of England"},
    {"slug": "london", "name": "London"},
    {"slug": "south-east", "name": "South East"},
    {"slug": "south-west", "name": "South West"},
]

AUTHORITY_TYPES: Final[dict[str, str]] = {
    "county": "County council",
    "district": "District council",
    "unitary": "Unitary authority",
    "metropolitan-borough": "Metropolitan borough",
    "london-borough": "London borough",
}

CONTRACT_STAGES: Final[dict[str, str]] = {
    "exploring": "Exploring",
    "drafting": "Drafting",
    "consulting": "Consulting residents",
    "signed": "Signed",
    "monitoring": "Monitoring",
    "reviewing": "Reviewing",
}

PROGRAMMES: Final[dict[str, str]] = {
    "pilot": "Community contracts pilot",
    "connecting_communities": "Connecting Communities",
    "other": "Other",
}

ORGANISATION_KINDS: Final[dict[str, str]] = {
    "council": "Council",
    "police": "Police",
    "housing_provider": "Housing provider",
    "residents_association": "Residents' association",
    "other": "Other",
}

HOUSEHOLD_BANDS: Final[dict[str, str]] = {
    "<2000": "Fewer than 2,000 households",
    "2000-4999": "2,000 to 4,999 households",
    "5000-9999": "5,000 to 9,999 households",
    ">=10000": "10,000 or more households",
}

# ---------------------------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------------------------

TOPICS: Final[list[Topic]] = [
    {
        "slug": "anti-social-behaviour",
        "name": "Anti-social behaviour",
        "description": (
            "Problem neighbours, intimidation and groups causing a nuisance, a shared "
            "responsibility of the police, council ASB officers and social landlords."
        ),
    },
    {
        "slug": "crime-community-safety",
        "name": "Crime and community safety",
        "description": (
            "Burglary, car crime and fear of crime, and how the neighbourhood policing team "
            "sets its priorities with residents at PACT meetings."
        ),
    },
    {
        "slug": "litter-street-cleansing",
        "name": "Litter and street cleansing",
        "description": (
            "Street sweeping, litter bins and volunteer litter picks, with cleanliness usually "
            "graded from A to D under the national litter code."
        ),
    },
    {
        "slug": "graffiti-fly-posting",
        "name": "Graffiti and fly-posting",
        "description": (
            "How quickly graffiti and fly-posters come down, with offensive or racist material "
            "dealt with first and permission needed for private walls."
        ),
    },
    {
        "slug": "fly-tipping-bulky-waste",
        "name": "Fly-tipping and bulky waste",
        "description": (
            "Rubbish dumped in alleys, yards and open land, bulky-item collections and action "
            "against the people responsible."
        ),
    },
    {
        "slug": "street-lighting",
        "name": "Street lighting",
        "description": (
            "Reporting broken lights and how long repairs take, including supply faults that "
            "only the electricity network operator can fix."
        ),
    },
    {
        "slug": "dog-fouling",
        "name": "Dog fouling",
        "description": (
            "Bins, enforcement patrols and the promises dog owners make to clean up after "
            "their animals."
        ),
    },
    {
        "slug": "refuse-recycling",
        "name": "Refuse and recycling collection",
        "description": (
            "Which day the bins go, where they are kept between collections and what happens "
            "when one is missed."
        ),
    },
    {
        "slug": "abandoned-vehicles",
        "name": "Abandoned vehicles",
        "description": (
            "Getting dumped, untaxed or burnt-out cars reported, checked and taken away."
        ),
    },
    {
        "slug": "parks-open-spaces",
        "name": "Parks, grass cutting and open spaces",
        "description": (
            "How often grass and hedges are cut and how trees, play areas and shared green "
            "spaces are looked after."
        ),
    },
    {
        "slug": "housing-repairs-estate-management",
        "name": "Housing repairs and estate management",
        "description": (
            "Landlord repair times, cleaning of shared areas, estate walkabouts and "
            "inspections, and keeping gardens in order."
        ),
    },
    {
        "slug": "noise-nuisance",
        "name": "Noise nuisance",
        "description": (
            "How residents report noisy neighbours or premises and how environmental health "
            "officers respond."
        ),
    },
    {
        "slug": "young-people-youth-services",
        "name": "Young people and youth services",
        "description": (
            "Things for young people to do, charters written by young people themselves and "
            "young residents acting as community champions."
        ),
    },
    {
        "slug": "fire-safety",
        "name": "Fire safety",
        "description": (
            "Home fire safety visits, deliberate fire-setting and what the fire and rescue "
            "service commits to locally."
        ),
    },
    {
        "slug": "trading-standards-licensing",
        "name": "Trading standards and licensing",
        "description": (
            "Sales of alcohol and tobacco to under-age customers, pubs and other licensed "
            "premises, and agreements signed by local shopkeepers."
        ),
    },
    {
        "slug": "highways-pavements",
        "name": "Highways and pavements",
        "description": (
            "Potholes, broken or uneven paving and general upkeep of roads and footpaths."
        ),
    },
    {
        "slug": "health-wellbeing",
        "name": "Health and wellbeing",
        "description": (
            "Bringing health services into neighbourhood agreements, as Oldham did and as the "
            "government intended to encourage more widely."
        ),
    },
    {
        "slug": "jobs-skills",
        "name": "Jobs and skills",
        "description": (
            "Helping residents into work and training, the aim of the Connecting Communities "
            "opportunities strand and its Future Jobs Fund links."
        ),
    },
    {
        "slug": "community-engagement-cohesion",
        "name": "Community engagement and cohesion",
        "description": (
            "Giving residents a stronger say, training community champions and explaining how "
            "local decisions are made."
        ),
    },
    {
        "slug": "redress-complaints",
        "name": "Redress and complaints",
        "description": (
            "What residents can expect when a promised standard is not met, from an "
            "explanation in writing up to money to put things right."
        ),
    },
    {
        "slug": "monitoring-review",
        "name": "Monitoring and review",
        "description": (
            "Checking that standards are being kept, through street reps, monitoring forms, "
            "regular reviews and published results."
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------------------------

ORGANISATIONS: Final[list[Organisation]] = [
    # --- Councils: every council responsible for a pilot or Connecting Communities area, plus
    # the county councils above the three district councils.
    {
        "slug": "brighton-and-hove-city-council",
        "name": "Brighton & Hove City Council",
        "kind": "council",
        "authority_type": "unitary",
        "region": "south-east",
    },
    {
        "slug": "kings-lynn-and-west-norfolk-council",
        "name": "Borough Council of King's Lynn and West Norfolk",
        "kind": "council",
        "authority_type": "district",
        "region": "east-of-england",
    },
    {
        "slug": "norfolk-county-council",
        "name": "Norfolk County Council",
        "kind": "council",
        "authority_type": "county",
        "region": "east-of-england",
    },
    {
        # Inferred from the Kidderminster location; not confirmed by a source.
        "slug": "wyre-forest-district-council",
        "name": "Wyre Forest District Council",
        "kind": "council",
        "authority_type": "district",
        "region": "west-midlands",
    },
    {
        "slug": "worcestershire-county-council",
        "name": "Worcestershire County Council",
        "kind": "council",
        "authority_type": "county",
        "region": "west-midlands",
    },
    {
        "slug": "oldham-council",
        "name": "Oldham Metropolitan Borough Council",
        "kind": "council",
        "authority_type": "metropolitan-borough",
        "region": "north-west",
    },
    {
        "slug": "sunderland-city-council",
        "name": "Sunderland City Council",
        "kind": "council",
        "authority_type": "metropolitan-borough",
        "region": "north-east",
    },
    {
        # Unitary since 1 April 2009; Blyth Valley Borough Council covered Blyth before that.
        "slug": "northumberland-county-council",
        "name": "Northumberland County Council",
        "kind": "council",
        "authority_type": "unitary",
        "region": "north-east",
    },
    {
        "slug": "gateshead-council",
        "name": "Gateshead Council",
        "kind": "council",
        "authority_type": "metropolitan-borough",
        "region": "north-east",
    },
    {
        "slug": "barnsley-council",
        "name": "Barnsley Metropolitan Borough Council",
        "kind": "council",
        "authority_type": "metropolitan-borough",
        "region": "yorkshire-and-the-humber",
    },
    {
        "slug": "lewisham-council",
        "name": "London Borough of Lewisham",
        "kind": "council",
        "authority_type": "london-borough",
        "region": "london",
    },
    {
        # South Bank pilot: the responsible borough (Lambeth and/or Southwark) is unverified.
        # The demo attaches the area to Lambeth.
        "slug": "lambeth-council",
        "name": "London Borough of Lambeth",
        "kind": "council",
        "authority_type": "london-borough",
        "region": "london",
    },
    {
        "slug": "bassetlaw-district-council",
        "name": "Bassetlaw District Council",
        "kind": "council",
        "authority_type": "district",
        "region": "east-midlands",
    },
    {
        "slug": "nottinghamshire-county-council",
        "name": "Nottinghamshire County Council",
        "kind": "council",
        "authority_type": "county",
        "region": "east-midlands",
    },
    {
        "slug": "rotherham-council",
        "name": "Rotherham Metropolitan Borough Council",
        "kind": "council",
        "authority_type": "metropolitan-borough",
        "region": "yorkshire-and-the-humber",
    },
    {
        "slug": "nottingham-city-council",
        "name": "Nottingham City Council",
        "kind": "council",
        "authority_type": "unitary",
        "region": "east-midlands",
    },
    {
        "slug": "peterborough-city-council",
        "name": "Peterborough City Council",
        "kind": "council",
        "authority_type": "unitary",
        "region": "east-of-england",
    },
    # --- Police: the real forces covering the demo areas.
    {
        "slug": "northumbria-police",
        "name": "Northumbria Police",
        "kind": "police",
        "authority_type": None,
        "region": "north-east",
    },
    {
        "slug": "greater-manchester-police",
        "name": "Greater Manchester Police",
        "kind": "police",
        "authority_type": None,
        "region": "north-west",
    },
    {
        "slug": "south-yorkshire-police",
        "name": "South Yorkshire Police",
        "kind": "police",
        "authority_type": None,
        "region": "yorkshire-and-the-humber",
    },
    {
        "slug": "nottinghamshire-police",
        "name": "Nottinghamshire Police",
        "kind": "police",
        "authority_type": None,
        "region": "east-midlands",
    },
    {
        "slug": "west-mercia-police",
        "name": "West Mercia Police",
        "kind": "police",
        "authority_type": None,
        "region": "west-midlands",
    },
    {
        "slug": "norfolk-constabulary",
        "name": "Norfolk Constabulary",
        "kind": "police",
        "authority_type": None,
        "region": "east-of-england",
    },
    {
        "slug": "cambridgeshire-constabulary",
        "name": "Cambridgeshire Constabulary",
        "kind": "police",
        "authority_type": None,
        "region": "east-of-england",
    },
    {
        "slug": "metropolitan-police-service",
        "name": "Metropolitan Police Service",
        "kind": "police",
        "authority_type": None,
        "region": "london",
    },
    {
        "slug": "sussex-police",
        "name": "Sussex Police",
        "kind": "police",
        "authority_type": None,
        "region": "south-east",
    },
    # --- Housing providers: Home Group is real (named in the 2010 announcement as a partner in
    # a Sunderland contract); the others are invented, generically named landlords.
    {
        "slug": "home-group",
        "name": "Home Group",
        "kind": "housing_provider",
        "authority_type": None,
        "region": "north-east",
    },
    {
        "slug": "northern-community-housing-trust",
        "name": "Northern Community Housing Trust",
        "kind": "housing_provider",
        "authority_type": None,
        "region": "north-west",
    },
    {
        "slug": "midlands-estates-housing-association",
        "name": "Midlands Estates Housing Association",
        "kind": "housing_provider",
        "authority_type": None,
        "region": "east-midlands",
    },
    {
        "slug": "south-london-community-homes",
        "name": "South London Community Homes",
        "kind": "housing_provider",
        "authority_type": None,
        "region": "london",
    },
    # --- Residents' associations: all invented, named after the areas.
    {
        "slug": "plains-farm-residents-association",
        "name": "Plains Farm Residents' Association",
        "kind": "residents_association",
        "authority_type": None,
        "region": "north-east",
    },
    {
        "slug": "fitton-hill-tenants-and-residents-association",
        "name": "Fitton Hill Tenants' and Residents' Association",
        "kind": "residents_association",
        "authority_type": None,
        "region": "north-west",
    },
    {
        "slug": "athersley-and-new-lodge-residents-association",
        "name": "Athersley and New Lodge Residents' Association",
        "kind": "residents_association",
        "authority_type": None,
        "region": "yorkshire-and-the-humber",
    },
    {
        "slug": "fairstead-residents-association",
        "name": "Fairstead Residents' Association",
        "kind": "residents_association",
        "authority_type": None,
        "region": "east-of-england",
    },
    {
        "slug": "manton-tenants-and-residents-association",
        "name": "Manton Tenants' and Residents' Association",
        "kind": "residents_association",
        "authority_type": None,
        "region": "east-midlands",
    },
    {
        "slug": "aspley-residents-association",
        "name": "Aspley Residents' Association",
        "kind": "residents_association",
        "authority_type": None,
        "region": "east-midlands",
    },
    # --- Other bodies. Both work nationally; the region is a nominal home for filtering only
    # (NANM's base was not verified).
    {
        "slug": "nanm",
        "name": "National Association for Neighbourhood Management",
        "kind": "other",
        "authority_type": None,
        "region": "london",
    },
    {
        "slug": "connecting-communities-programme-team",
        "name": "Connecting Communities programme team",
        "kind": "other",
        "authority_type": None,
        "region": "london",
    },
]

# ---------------------------------------------------------------------------------------------
# Areas
# ---------------------------------------------------------------------------------------------

AREAS: Final[list[AreaRecord]] = [
    # --- The eleven community contracts pilot areas (2008 onwards).
    {
        "slug": "eastern-road",
        "name": "Eastern Road",
        "location": "Brighton",
        "council": "brighton-and-hove-city-council",
        "region": "south-east",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "signed",
        "priority_topics": [
            "anti-social-behaviour",
            "noise-nuisance",
            "litter-street-cleansing",
            "refuse-recycling",
            "fly-tipping-bulky-waste",
        ],
        "description": (
            "A Brighton neighbourhood picked in January 2008 as one of the areas to trial "
            "community contracts. Brighton & Hove City Council is a unitary authority, so one "
            "council provides every council service that the contract deals with."
        ),
    },
    {
        "slug": "fairstead",
        "name": "Fairstead",
        "location": "King's Lynn, West Norfolk",
        "council": "kings-lynn-and-west-norfolk-council",
        "region": "east-of-england",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "reviewing",
        "priority_topics": [
            "anti-social-behaviour",
            "parks-open-spaces",
            "housing-repairs-estate-management",
            "young-people-youth-services",
        ],
        "description": (
            "An estate in King's Lynn that took part in the national community contracts "
            "pilot. The borough council runs district services such as bin collection and "
            "street cleaning, while Norfolk County Council is responsible for roads and "
            "other county services."
        ),
    },
    {
        # Council inferred from the Kidderminster location (unverified).
        "slug": "oldington-and-foley-park",
        "name": "Oldington and Foley Park",
        "location": "Kidderminster, Worcestershire",
        "council": "wyre-forest-district-council",
        "region": "west-midlands",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "monitoring",
        "priority_topics": [
            "young-people-youth-services",
            "anti-social-behaviour",
            "parks-open-spaces",
            "community-engagement-cohesion",
        ],
        "description": (
            "Two neighbouring areas of Kidderminster included in the community contracts "
            "pilot. A group of local teenagers, backed by the county youth service, wrote "
            "their own youth charter that rated how well local agencies served them."
        ),
    },
    {
        "slug": "hathershaw-and-fitton-hill",
        "name": "Hathershaw and Fitton Hill",
        "location": "Oldham",
        "council": "oldham-council",
        "region": "north-west",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "reviewing",
        "priority_topics": [
            "crime-community-safety",
            "noise-nuisance",
            "litter-street-cleansing",
            "housing-repairs-estate-management",
            "health-wellbeing",
        ],
        "description": (
            "An Oldham neighbourhood covered by the New Deal for Communities programme and "
            "chosen as a community contracts pilot area. Instead of one document it built up "
            "a family of themed agreements, among them ones called Green and Clean, Peace and "
            "Quiet, and Home Sweet Home."
        ),
    },
    {
        "slug": "plains-farm",
        "name": "Plains Farm",
        "location": "Sunderland",
        "council": "sunderland-city-council",
        "region": "north-east",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "monitoring",
        "priority_topics": [
            "litter-street-cleansing",
            "anti-social-behaviour",
            "crime-community-safety",
            "parks-open-spaces",
            "fly-tipping-bulky-waste",
        ],
        "description": (
            "A Sunderland estate that was one of the eleven areas in the community contracts "
            "pilot. The aim of the pilot was to set down in one place what the council, "
            "police and landlords would provide and what residents would do in return."
        ),
    },
    {
        "slug": "croft-and-cowpen-quay",
        "name": "Croft and Cowpen Quay",
        "location": "Blyth, Northumberland",
        "council": "northumberland-county-council",
        "region": "north-east",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "consulting",
        "priority_topics": [
            "litter-street-cleansing",
            "fly-tipping-bulky-waste",
            "anti-social-behaviour",
            "street-lighting",
        ],
        "description": (
            "Two neighbourhoods in Blyth that joined the community contracts pilot in 2008. "
            "Blyth Valley Borough Council covered the area at first, and Northumberland "
            "County Council took over when it became a unitary authority in April 2009."
        ),
    },
    {
        "slug": "springwell",
        "name": "Springwell",
        "location": "Gateshead",
        "council": "gateshead-council",
        "region": "north-east",
        "programme": "pilot",
        "households_band": "<2000",
        "contract_stage": "reviewing",
        "priority_topics": [
            "parks-open-spaces",
            "dog-fouling",
            "anti-social-behaviour",
        ],
        "description": (
            "A Gateshead neighbourhood named among the community contracts pilot areas. As a "
            "metropolitan borough, Gateshead Council provides both county-level and "
            "district-level council services there."
        ),
    },
    {
        # Also a Connecting Communities area: kept as one record with programme "pilot".
        "slug": "athersley-and-new-lodge",
        "name": "Athersley and New Lodge",
        "location": "Barnsley",
        "council": "barnsley-council",
        "region": "yorkshire-and-the-humber",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "monitoring",
        "priority_topics": [
            "litter-street-cleansing",
            "graffiti-fly-posting",
            "fly-tipping-bulky-waste",
            "abandoned-vehicles",
            "jobs-skills",
        ],
        "description": (
            "A Barnsley neighbourhood in St Helens ward that was a community contracts pilot "
            "area and, from 2009, a Connecting Communities area as well. Its Clean and Tidy "
            "agreement deals with litter, graffiti, dumped rubbish, bins, sweeping, abandoned "
            "cars and recycling, with community champions reporting back to providers."
        ),
    },
    {
        "slug": "lewisham",
        "name": "Lewisham",
        "location": "London",
        "council": "lewisham-council",
        "region": "london",
        "programme": "pilot",
        "households_band": "5000-9999",
        "contract_stage": "monitoring",
        "priority_topics": [
            "crime-community-safety",
            "anti-social-behaviour",
            "housing-repairs-estate-management",
        ],
        "description": (
            "A community contracts pilot area in the London Borough of Lewisham. Which "
            "neighbourhood in the borough took part has not been confirmed, so it is recorded "
            "here at borough level."
        ),
    },
    {
        # The South Bank straddles Lambeth and Southwark and the lead borough is unverified;
        # the demo attaches it to Lambeth.
        "slug": "south-bank",
        "name": "South Bank",
        "location": "London",
        "council": "lambeth-council",
        "region": "london",
        "programme": "pilot",
        "households_band": "<2000",
        "contract_stage": "signed",
        "priority_topics": [
            "litter-street-cleansing",
            "noise-nuisance",
            "trading-standards-licensing",
            "highways-pavements",
        ],
        "description": (
            "A central London pilot area on the south bank of the Thames. The area runs across "
            "both Lambeth and Southwark and the lead borough is not confirmed; the demo links "
            "it to Lambeth."
        ),
    },
    {
        "slug": "manton",
        "name": "Manton",
        "location": "Worksop, Nottinghamshire",
        "council": "bassetlaw-district-council",
        "region": "east-midlands",
        "programme": "pilot",
        "households_band": "2000-4999",
        "contract_stage": "monitoring",
        "priority_topics": [
            "anti-social-behaviour",
            "housing-repairs-estate-management",
            "young-people-youth-services",
            "fire-safety",
        ],
        "description": (
            "A Worksop neighbourhood that was one of the community contracts pilot areas. "
            "Bassetlaw District Council delivers district services there, with "
            "Nottinghamshire County Council handling county matters such as highways."
        ),
    },
    # --- Connecting Communities areas (programme announced October 2009). Only a handful
    # of the areas could be verified; the full list was not found.
    {
        "slug": "east-maltby",
        "name": "East Maltby",
        "location": "Maltby, Rotherham",
        "council": "rotherham-council",
        "region": "yorkshire-and-the-humber",
        "programme": "connecting_communities",
        "households_band": "<2000",
        "contract_stage": "drafting",
        "priority_topics": [
            "community-engagement-cohesion",
            "jobs-skills",
            "anti-social-behaviour",
        ],
        "description": (
            "A Rotherham neighbourhood selected for the Connecting Communities programme. "
            "The council chose its areas partly because local Place Survey results on "
            "cohesion and on residents feeling able to influence decisions were low."
        ),
    },
    {
        "slug": "dinnington",
        "name": "Dinnington",
        "location": "Dinnington, Rotherham",
        "council": "rotherham-council",
        "region": "yorkshire-and-the-humber",
        "programme": "connecting_communities",
        "households_band": "2000-4999",
        "contract_stage": "exploring",
        "priority_topics": [
            "community-engagement-cohesion",
            "jobs-skills",
            "young-people-youth-services",
        ],
        "description": (
            "A town in the Rotherham borough taking part in Connecting Communities. Like "
            "other areas in the programme it was offered mentoring to help it develop a "
            "community contract."
        ),
    },
    {
        "slug": "aspley",
        "name": "Aspley",
        "location": "Nottingham",
        "council": "nottingham-city-council",
        "region": "east-midlands",
        "programme": "connecting_communities",
        "households_band": "5000-9999",
        "contract_stage": "consulting",
        "priority_topics": [
            "jobs-skills",
            "community-engagement-cohesion",
            "crime-community-safety",
        ],
        "description": (
            "A Nottingham estate that is one of the Connecting Communities neighbourhoods. "
            "Work there has included connecting residents with jobs created through the "
            "Future Jobs Fund."
        ),
    },
    {
        # Parliament was told of a Connecting Communities neighbourhood in Peterborough but
        # it was not named; kept here under a generic placeholder name rather than skipped.
        "slug": "peterborough-neighbourhood",
        "name": "Peterborough neighbourhood",
        "location": "Peterborough",
        "council": "peterborough-city-council",
        "region": "east-of-england",
        "programme": "connecting_communities",
        "households_band": "2000-4999",
        "contract_stage": "exploring",
        "priority_topics": [
            "community-engagement-cohesion",
            "jobs-skills",
        ],
        "description": (
            "A Connecting Communities neighbourhood in Peterborough whose name has not been "
            "confirmed. It is listed under Peterborough City Council with a placeholder name "
            "until the exact area is known."
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Users (all fictional; addresses use the reserved example.* domains only)
# ---------------------------------------------------------------------------------------------

USERS: Final[list[UserRecord]] = [
    # --- Staff
    {
        "email": "admin@example.org",
        "display_name": "Helen Marsh",
        "role": "admin",
        "organisation": "connecting-communities-programme-team",
        "area": None,
        "region": "london",
        "bio": (
            "Programme officer on the Connecting Communities team who looks after this forum, "
            "its guidance pages and the matching of mentors to new areas."
        ),
    },
    {
        "email": "moderator@example.org",
        "display_name": "Priya Raman",
        "role": "moderator",
        "organisation": "nanm",
        "area": None,
        "region": None,
        "bio": (
            "Adviser with the National Association for Neighbourhood Management who supported "
            "the pilot areas. Now facilitates discussion here and welcomes new members."
        ),
    },
    {
        "email": "gareth.pryce@example.org",
        "display_name": "Gareth Pryce",
        "role": "moderator",
        "organisation": "connecting-communities-programme-team",
        "area": None,
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Programme officer working with councils in Yorkshire and the Humber on their "
            "Connecting Communities plans. Helps keep the forum tidy and on topic."
        ),
    },
    # --- Mentors
    {
        "email": "mentor@example.org",
        "display_name": "Margaret O'Donnell",
        "role": "mentor",
        "organisation": "oldham-council",
        "area": "hathershaw-and-fitton-hill",
        "region": "north-west",
        "bio": (
            "Neighbourhood manager who helped residents put together a set of themed "
            "agreements in Oldham. Happy to talk through running several agreements at once."
        ),
    },
    {
        "email": "tunde.adeyemi@example.com",
        "display_name": "Tunde Adeyemi",
        "role": "mentor",
        "organisation": "lewisham-council",
        "area": "lewisham",
        "region": "london",
        "bio": (
            "Led the Lewisham pilot as a neighbourhood manager. Mentors areas on getting "
            "partners to agree standards they can actually report against."
        ),
    },
    {
        "email": "sarah.whitfield@example.com",
        "display_name": "Sarah Whitfield",
        "role": "mentor",
        "organisation": "sunderland-city-council",
        "area": "plains-farm",
        "region": "north-east",
        "bio": (
            "Neighbourhood manager in Sunderland with years of estate-based partnership work. "
            "Interested in how landlords and councils share the cleaner, greener, safer agenda."
        ),
    },
    {
        "email": "rajinder.sandhu@example.net",
        "display_name": "Rajinder Sandhu",
        "role": "mentor",
        "organisation": "wyre-forest-district-council",
        "area": "oldington-and-foley-park",
        "region": "west-midlands",
        "bio": (
            "Community development officer who worked alongside young people on a youth "
            "charter in Kidderminster. Mentors areas wanting to involve teenagers properly."
        ),
    },
    {
        "email": "colin.pearson@example.com",
        "display_name": "Colin Pearson",
        "role": "mentor",
        "organisation": "barnsley-council",
        "area": "athersley-and-new-lodge",
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Former pilot lead for a Clean and Tidy agreement in Barnsley. Now helps "
            "Connecting Communities areas recruit and support community champions."
        ),
    },
    {
        "email": "fiona.macleod@example.net",
        "display_name": "Fiona MacLeod",
        "role": "mentor",
        "organisation": "brighton-and-hove-city-council",
        "area": "eastern-road",
        "region": "south-east",
        "bio": (
            "Neighbourhood co-ordinator who worked on the Eastern Road pilot. Specialises in "
            "consultation methods, from door-knocking to fun days."
        ),
    },
    {
        "email": "dave.henshaw@example.com",
        "display_name": "Dave Henshaw",
        "role": "mentor",
        "organisation": "bassetlaw-district-council",
        "area": "manton",
        "region": "east-midlands",
        "bio": (
            "Neighbourhood manager in Worksop who has seen a contract through from first "
            "meeting to annual review. Good on two-tier council arrangements."
        ),
    },
    {
        "email": "kevin.tremayne@example.net",
        "display_name": "Kevin Tremayne",
        "role": "mentor",
        "organisation": None,
        "area": None,
        "region": "south-west",
        "bio": (
            "Former neighbourhood manager in the South West, now an independent practitioner. "
            "Mentors on monitoring arrangements and what to do when standards slip."
        ),
    },
    # --- Members
    {
        "email": "member@example.org",
        "display_name": "Jess Turner",
        "role": "member",
        "organisation": "plains-farm-residents-association",
        "area": "plains-farm",
        "region": "north-east",
        "bio": (
            "Street rep on Plains Farm who fills in the monthly monitoring form for her road. "
            "Also helps organise litter picks with neighbours."
        ),
    },
    {
        "email": "gary.nicholson@example.com",
        "display_name": "Gary Nicholson",
        "role": "member",
        "organisation": "home-group",
        "area": "plains-farm",
        "region": "north-east",
        "bio": (
            "Housing officer for Home Group covering homes in Sunderland. Runs estate "
            "walkabouts with tenants and follows up on repairs and tidy gardens."
        ),
    },
    {
        "email": "bilal.qureshi@example.com",
        "display_name": "Bilal Qureshi",
        "role": "member",
        "organisation": "greater-manchester-police",
        "area": "hathershaw-and-fitton-hill",
        "region": "north-west",
        "bio": (
            "PCSO on the neighbourhood policing team for Hathershaw and Fitton Hill. Reports "
            "back on local priorities at PACT meetings."
        ),
    },
    {
        "email": "sandra.lowther@example.net",
        "display_name": "Sandra Lowther",
        "role": "member",
        "organisation": "fitton-hill-tenants-and-residents-association",
        "area": "hathershaw-and-fitton-hill",
        "region": "north-west",
        "bio": (
            "Chair of the local tenants' and residents' association. Sits on the group that "
            "reviews the neighbourhood agreements with the council and police."
        ),
    },
    {
        "email": "karen.dobson@example.com",
        "display_name": "Karen Dobson",
        "role": "member",
        "organisation": "athersley-and-new-lodge-residents-association",
        "area": "athersley-and-new-lodge",
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Community champion who passes residents' feedback on street cleaning and "
            "graffiti to the council. Secretary of the residents' association."
        ),
    },
    {
        "email": "liam.fletcher@example.net",
        "display_name": "Liam Fletcher",
        "role": "member",
        "organisation": None,
        "area": "athersley-and-new-lodge",
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Young community champion who went on the Connecting Communities training. Keen "
            "to get more young people involved in how the estate is run."
        ),
    },
    {
        "email": "maureen.hall@example.com",
        "display_name": "Maureen Hall",
        "role": "member",
        "organisation": "rotherham-council",
        "area": "east-maltby",
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Ward councillor for the Maltby area. Wants to see whether a community contract "
            "could build on the Connecting Communities work."
        ),
    },
    {
        "email": "nadia.rashid@example.com",
        "display_name": "Nadia Rashid",
        "role": "member",
        "organisation": "rotherham-council",
        "area": "dinnington",
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Community involvement officer working on the council's Connecting Communities "
            "plan for Dinnington. Looking for advice on getting a contract started."
        ),
    },
    {
        "email": "wayne.hirst@example.net",
        "display_name": "Wayne Hirst",
        "role": "member",
        "organisation": None,
        "area": "dinnington",
        "region": "yorkshire-and-the-humber",
        "bio": (
            "Dinnington resident and trained community champion. Helps run drop-in sessions "
            "about jobs and training."
        ),
    },
    {
        "email": "patrick.doyle@example.com",
        "display_name": "Patrick Doyle",
        "role": "member",
        "organisation": "nottingham-city-council",
        "area": "aspley",
        "region": "east-midlands",
        "bio": (
            "Neighbourhood manager for Aspley, drafting the area's first community contract "
            "with residents and partners."
        ),
    },
    {
        "email": "chantelle.morris@example.net",
        "display_name": "Chantelle Morris",
        "role": "member",
        "organisation": "aspley-residents-association",
        "area": "aspley",
        "region": "east-midlands",
        "bio": (
            "Secretary of the Aspley residents' group. Collects survey responses on what "
            "residents most want improved."
        ),
    },
    {
        "email": "ian.robson@example.com",
        "display_name": "Ian Robson",
        "role": "member",
        "organisation": "northumbria-police",
        "area": "springwell",
        "region": "north-east",
        "bio": (
            "Neighbourhood police constable for Springwell. Attends residents' meetings and "
            "reports on anti-social behaviour hotspots."
        ),
    },
    {
        "email": "lorraine.bell@example.net",
        "display_name": "Lorraine Bell",
        "role": "member",
        "organisation": None,
        "area": "springwell",
        "region": "north-east",
        "bio": (
            "Long-standing Springwell resident and street rep. Hoping to get the local "
            "agreement monitored again."
        ),
    },
    {
        "email": "stuart.armstrong@example.com",
        "display_name": "Stuart Armstrong",
        "role": "member",
        "organisation": "northumberland-county-council",
        "area": "croft-and-cowpen-quay",
        "region": "north-east",
        "bio": (
            "Street scene officer who negotiates cleansing and fly-tipping standards for the "
            "Blyth neighbourhoods."
        ),
    },
    {
        "email": "emma.lawson@example.com",
        "display_name": "Emma Lawson",
        "role": "member",
        "organisation": "fairstead-residents-association",
        "area": "fairstead",
        "region": "east-of-england",
        "bio": (
            "Chair of the Fairstead residents' association. Leading this year's review of the "
            "estate's contract with residents."
        ),
    },
    {
        "email": "tom.buckley@example.net",
        "display_name": "Tom Buckley",
        "role": "member",
        "organisation": "norfolk-constabulary",
        "area": "fairstead",
        "region": "east-of-england",
        "bio": (
            "PCSO with the Safer Neighbourhood Team in King's Lynn. Keeps residents updated on "
            "the priorities agreed at local meetings."
        ),
    },
    {
        "email": "olu.bankole@example.com",
        "display_name": "Olu Bankole",
        "role": "member",
        "organisation": "south-london-community-homes",
        "area": "lewisham",
        "region": "london",
        "bio": (
            "Neighbourhood housing officer in Lewisham. Handles anti-social behaviour cases "
            "and quarterly estate inspections with residents."
        ),
    },
    {
        "email": "rosa.fernandes@example.net",
        "display_name": "Rosa Fernandes",
        "role": "member",
        "organisation": None,
        "area": "south-bank",
        "region": "london",
        "bio": (
            "Resident and community champion near the South Bank. Interested in how licensed "
            "premises and late-night noise fit into a contract."
        ),
    },
    {
        "email": "hannah.price@example.com",
        "display_name": "Hannah Price",
        "role": "member",
        "organisation": "brighton-and-hove-city-council",
        "area": "eastern-road",
        "region": "south-east",
        "bio": (
            "Ward councillor covering Eastern Road. Attends the contract launch and review "
            "meetings on behalf of residents."
        ),
    },
    {
        "email": "ben.ashworth@example.net",
        "display_name": "Ben Ashworth",
        "role": "member",
        "organisation": "manton-tenants-and-residents-association",
        "area": "manton",
        "region": "east-midlands",
        "bio": (
            "Chair of the Manton tenants' and residents' association. Keeps a close eye on "
            "repair times and activities for young people."
        ),
    },
    {
        "email": "rachel.greaves@example.com",
        "display_name": "Rachel Greaves",
        "role": "member",
        "organisation": "midlands-estates-housing-association",
        "area": "manton",
        "region": "east-midlands",
        "bio": (
            "Housing officer responsible for rented homes in Manton. Reports on repair "
            "timescales and communal cleaning to the contract steering group."
        ),
    },
    {
        "email": "deborah.kirk@example.com",
        "display_name": "Deborah Kirk",
        "role": "member",
        "organisation": "peterborough-city-council",
        "area": "peterborough-neighbourhood",
        "region": "east-of-england",
        "bio": (
            "Community cohesion officer at Peterborough City Council, exploring whether a "
            "community contract would suit the city's Connecting Communities neighbourhood."
        ),
    },
]

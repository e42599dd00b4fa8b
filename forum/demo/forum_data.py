"""Demo discussion content for the Community Contracts Forum.

Plain literal data loaded by ``flask --app forum seed-demo``: the seven discussion boards and
about sixty threads of posts written in the voice of council officers, neighbourhood managers,
police officers and PCSOs, housing officers, residents' representatives, mentors and programme
staff in 2010. Authors are the demo users in ``forum.demo.data.USERS`` (by email) and topic and
area slugs match ``TOPICS`` and ``AREAS`` there.

Times are relative so the seed is deterministic: ``days_ago`` says how long before seeding a
thread was started and each post's ``hours_after`` is measured from that start. The first post of
every thread is the opening post by the thread's author, and every post falls before the
seeding time (``hours_after < days_ago * 24``). Bodies are Markdown; the only links are three
to placeholder pages on www.example.org.

The people, conversations and local figures are invented for demonstration. Place names and
programme facts (the eleven pilot areas, Connecting Communities, the Policing Pledge, NI 195) are
real, but nothing here is a record of what any real neighbourhood said or achieved.
"""

from typing import Final, Literal, NotRequired, TypedDict

ThreadKind = Literal["question", "discussion"]


class BoardRecord(TypedDict):
    slug: str
    name: str
    description: str


class PostRecord(TypedDict):
    author: str
    body: str
    hours_after: float
    accepted: NotRequired[bool]


class ThreadRecord(TypedDict):
    board: str
    title: str
    kind: ThreadKind
    author: str
    topics: list[str]
    area: str | None
    pinned: bool
    locked: bool
    days_ago: int
    posts: list[PostRecord]


BOARDS: Final[list[BoardRecord]] = [
    {
        "slug": "getting-started",
        "name": "Getting started",
        "description": (
            "First steps towards a community contract, from winning support inside the council "
            "to finding out what residents want."
        ),
    },
    {
        "slug": "service-standards",
        "name": "Service standards",
        "description": (
            "Choosing, wording and negotiating the standards each provider signs up to, from "
            "graffiti removal to repair times."
        ),
    },
    {
        "slug": "monitoring-and-review",
        "name": "Monitoring and review",
        "description": (
            "How residents and partners check that promises are kept, report the results and "
            "review the agreement each year."
        ),
    },
    {
        "slug": "redress",
        "name": "Redress",
        "description": (
            "What should happen when a standard is missed, from an explanation in writing to "
            "putting things right or paying for it."
        ),
    },
    {
        "slug": "working-with-partners",
        "name": "Working with partners",
        "description": (
            "Bringing the police, landlords, fire and rescue, trading standards and other "
            "councils to the table and keeping them there."
        ),
    },
    {
        "slug": "connecting-communities-areas",
        "name": "Connecting Communities areas",
        "description": (
            "A space for neighbourhoods in the Connecting Communities programme to compare "
            "plans, training and progress."
        ),
    },
    {
        "slug": "mentors-corner",
        "name": "Mentors' corner",
        "description": (
            "Mentors and the areas they support share approaches, questions and notes from the "
            "field."
        ),
    },
]

THREADS: Final[list[ThreadRecord]] = [
    # --- Getting started -------------------------------------------------------------------------
    {
        "board": "getting-started",
        "title": "Welcome to the forum: start here and introduce yourself",
        "kind": "discussion",
        "author": "moderator@example.org",
        "topics": ["community-engagement-cohesion"],
        "area": None,
        "pinned": True,
        "locked": False,
        "days_ago": 400,
        "posts": [
            {
                "author": "moderator@example.org",
                "hours_after": 0.0,
                "body": (
                    "Hello and welcome. This forum is for anyone working on a community "
                    "contract, whatever your local name for it: neighbourhood charter, "
                    "neighbourhood agreement or local charter. Council officers, neighbourhood "
                    "managers, police teams, housing staff, residents' groups and councillors "
                    "are all very welcome.\n\n"
                    "A few pointers to get you going:\n\n"
                    "- **Getting started** is for first steps, however basic the question "
                    "feels.\n"
                    "- **Service standards**, **Monitoring and review** and **Redress** cover "
                    "the main parts of a contract.\n"
                    "- **Working with partners** is for police, landlords, fire and rescue and "
                    "everyone else you need round the table.\n"
                    "- **Connecting Communities areas** is for neighbourhoods in that "
                    "programme, and **Mentors' corner** is where mentors and the areas they "
                    "support compare notes.\n\n"
                    "Please tag your thread with the right topics and, if it is about one "
                    "neighbourhood, the area. It makes searching much easier for the next "
                    "person.\n\n"
                    "Do add a short reply below saying who you are and where you work. It "
                    "helps people find someone with a similar patch."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 3.5,
                "body": (
                    "Hi all, I'm Helen and I look after the forum and the mentor matching for "
                    "the Connecting Communities team. If anything on the site doesn't work as "
                    "it should, send me a message and I'll sort it out."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 6.0,
                "body": (
                    "Margaret here, neighbourhood manager in Oldham. We ended up with five "
                    "themed agreements in Hathershaw and Fitton Hill rather than one big "
                    "document, which has its pros and cons. Very happy to talk anyone through "
                    "how that came about."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 26.0,
                "body": (
                    "Hello everyone. Patrick, neighbourhood manager for Aspley in Nottingham. "
                    "We're at the very start of drafting our first contract, so expect plenty "
                    "of daft questions from me.\n\n"
                    "Aspley is a big estate, well over five thousand homes, and it's one of "
                    "the Connecting Communities neighbourhoods, so a lot of my time goes on "
                    "jobs and training as well. I'm hoping to learn from the pilot areas "
                    "before I make all the same mistakes."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 51.5,
                "body": (
                    "Evening all. I chair the tenants' and residents' association on Fitton "
                    "Hill. I've been involved with our agreements since the first meeting in a "
                    "cold community centre and I'm still here, so it can't be all bad!"
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 74.0,
                "body": (
                    "Stuart, street scene officer at Northumberland County Council. I cover "
                    "the Blyth neighbourhoods and I'm mostly interested in cleansing, "
                    "fly-tipping and how we word standards we can actually hit.\n\n"
                    "Croft and Cowpen Quay started its contract under the old borough council, "
                    "and since the county became a unitary authority I've inherited the street "
                    "scene side of it. So I'm part pilot veteran, part new boy."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 120.0,
                "body": (
                    "Hi, I'm Jess. I'm a street rep on Plains Farm in Sunderland. I do the "
                    "monthly form for my road and help with the litter picks. Not sure how "
                    "much I can add but I'll read along."
                ),
            },
            {
                "author": "moderator@example.org",
                "hours_after": 121.0,
                "body": (
                    "> Not sure how much I can add\n\n"
                    "Jess, you'll add plenty. Residents who actually fill in the monitoring "
                    "forms are exactly who officers need to hear from. Welcome!\n\n"
                    "If you ever want to describe how the Plains Farm form works in practice, "
                    "that would make a great thread in Monitoring and review. Lots of areas "
                    "are still designing theirs."
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 190.0,
                "body": (
                    "PCSO on the Hathershaw and Fitton Hill neighbourhood team. I report back "
                    "at the PACT meetings and I'm interested in how the police side of these "
                    "agreements is working elsewhere.\n\n"
                    "Our Peace and Quiet agreement has made a real difference to how residents "
                    "talk to us. People stop me in the street now to tell me things, rather "
                    "than waiting until it's a 999 call. Happy to share what we've learned."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 260.0,
                "body": (
                    "Hello from King's Lynn. I chair the Fairstead Residents' Association and "
                    "we're starting a review of our contract, so I'll be asking lots about "
                    "reviews.\n\n"
                    "We were one of the pilot areas. Some of our standards have worked really "
                    "well and a couple have caused nothing but arguments, grass cutting being "
                    "the main one. I'm hoping the review puts that right."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 335.0,
                "body": (
                    "Tunde, neighbourhood manager in Lewisham and one of the mentors. Our "
                    "pilot taught me a lot about persuading partners to sign up to targets "
                    "they can measure and report, usually by getting it wrong first.\n\n"
                    "If you're stuck on wording, on monitoring, or on a partner who won't "
                    "commit to anything measurable, ask away. There's no such thing as a silly "
                    "question on this board."
                ),
            },
            {
                "author": "rosa.fernandes@example.net",
                "hours_after": 510.0,
                "body": (
                    "Hi everyone. I live just off the South Bank and volunteer as a community "
                    "champion. Our issues are a bit different from most estates: late-night "
                    "noise, licensed premises and a lot of visitors who don't live here.\n\n"
                    "Our contract was signed last year, and now the challenge is making it "
                    "mean something in an area where the people causing the problems are "
                    "mostly gone by morning. Any ideas gratefully received."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 790.0,
                "body": (
                    "Nadia from Rotherham. I'm a community involvement officer working on the "
                    "Connecting Communities plan for Dinnington. We're exploring whether a "
                    "contract is the right tool, so I'm here to learn.\n\n"
                    "I've read the pilot material but I'd really value hearing from people "
                    "who've done it on the ground, especially about how long things take. My "
                    "managers are hoping for something by the summer, which I suspect is "
                    "optimistic."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 815.0,
                "body": (
                    "Maureen Hall, ward councillor for the Maltby area. I'm keen to find out "
                    "whether a contract would help us make the most of the Connecting "
                    "Communities money in East Maltby. Glad to see councillors are welcome.\n\n"
                    "I've been a member for eleven years and I've seen plenty of initiatives "
                    "come and go. What interests me about contracts is that they write down "
                    "who is responsible for what, which is half of my casework."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 1460.0,
                "body": (
                    "Deborah here. I work on cohesion for Peterborough City Council. Our "
                    "Connecting Communities neighbourhood is at the exploring stage. Looking "
                    "forward to reading everyone's experience.\n\n"
                    "My background is in community development rather than neighbourhood "
                    "management, so the service standards side is quite new to me. I'll "
                    "probably lurk in the Getting started board for a while."
                ),
            },
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 2150.0,
                "body": (
                    "Hello. I live in Springwell, Gateshead and used to be a street rep when "
                    "our agreement was running. It has rather fizzled out and I'd like to get "
                    "it going again. Any help gratefully received."
                ),
            },
            {
                "author": "chantelle.morris@example.net",
                "hours_after": 3400.0,
                "body": (
                    "Hiya, Chantelle, secretary of the Aspley residents' group. I've been "
                    "counting survey forms all week so I'm quite good at tallies now if anyone "
                    "needs a hand.\n\n"
                    "We're working with Patrick on the contract. Our group is small but "
                    "growing, and the survey has brought in a few new faces, which is the best "
                    "thing to come out of it so far."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 4000.0,
                "body": (
                    "Ben Ashworth, chair of the Manton TARA in Worksop. We've had a contract "
                    "running for a while now. Repairs and stuff for the kids to do are our big "
                    "things.\n\n"
                    "We're coming up to a review, and I want us to go into it properly "
                    "prepared rather than just moaning about the repairs again. If anyone's "
                    "been through a review and lived to tell the tale, I'd like to hear from "
                    "you."
                ),
            },
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 4002.0,
                "body": (
                    "Welcome Ben, and everyone else who has joined recently. Quick "
                    "housekeeping note: please keep personal details about individual "
                    "residents or cases off the forum, even where names are changed. Talk "
                    "about the issue, not the household."
                ),
            },
            {
                "author": "wayne.hirst@example.net",
                "hours_after": 8600.0,
                "body": (
                    "Wayne, Dinnington resident. I did the community champion training a few "
                    "weeks back and Nadia pointed me at this forum. I help run the jobs "
                    "drop-in at the library.\n\n"
                    "I'm not a council person and I don't really know the jargon yet, so go "
                    "easy on me. But I know the area and I know what people are fed up with, "
                    "and I'd like to see something actually change this time."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Where do you actually start? We have a willing ward team but no contract yet",
        "kind": "question",
        "author": "nadia.rashid@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "dinnington",
        "pinned": False,
        "locked": False,
        "days_ago": 120,
        "posts": [
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 0.0,
                "body": (
                    "We've been asked to look at whether a community contract would help in "
                    "Dinnington as part of our Connecting Communities plan. I have a "
                    "supportive neighbourhood team, two keen ward members and a residents' "
                    "group that meets now and again. What I don't have is any idea of the "
                    "first three things to do.\n\n"
                    "Do you start with residents, with the partners, or with a blank draft? "
                    "I'm worried that if I go to residents first I'll raise expectations that "
                    "the services can't meet, but if I go to partners first it will look like "
                    "a stitch-up."
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 3.0,
                "body": (
                    "Residents first, but with a clear message that you're asking, not "
                    'promising. At Eastern Road we opened with "what would make the biggest '
                    'difference to your street?" and we were honest that the answers would go '
                    "to the providers for negotiation. People are more patient than we give "
                    "them credit for if you tell them how the process works."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 5.5,
                "accepted": True,
                "body": (
                    "I'd do three things, roughly in this order:\n\n"
                    "1. **Map what already exists.** Which partnership meetings, PACT meetings "
                    "and residents' groups already cover the area? The pilot evaluation was "
                    "quite clear that contracts worked best where neighbourhood working was "
                    "already up and running, so build on that rather than inventing a new "
                    "structure. If there's a ward panel that meets every month, that may be "
                    "your steering group in waiting.\n"
                    "2. **Find your core group.** You need a handful of residents who will "
                    "stick with it through the dull bits. Three to six is plenty to begin "
                    "with. They help design the consultation and they become your credibility "
                    "with everyone else. Don't worry if they aren't on any committee. Some of "
                    "the best people I've worked with had never been to a meeting in their "
                    "lives.\n"
                    "3. **Have a quiet word with the partners before the big consultation.** "
                    "Not to agree anything, just so the police inspector and the housing "
                    "manager aren't blindsided when residents say the lighting on the main "
                    "road is rubbish.\n\n"
                    "Then consult widely, then draft. If you draft first you end up defending "
                    "a document rather than listening.\n\n"
                    "One last thing: give yourself longer than you think. In my experience it "
                    "takes the best part of a year from first meeting to launch, and the areas "
                    "I've seen rush it have tended to regret it."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 8.0,
                "body": (
                    "Agree with Margaret. One thing I'd add from Barnsley: get someone senior "
                    "in the council to say out loud that they back it before you start. "
                    "Officers in other departments will take your calls much more readily if "
                    "the chief executive or cabinet member has put their name to it."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 29.0,
                "body": (
                    "And if you're in a two-tier area, work out early which bits the county "
                    "does. We lost weeks in Worksop because everyone assumed the district "
                    "could sign for things like highways. Dinnington is Rotherham so you won't "
                    "have that problem, but worth knowing for anyone else reading."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 50.0,
                "body": (
                    "This is really helpful, thank you. Margaret, when you say a quiet word "
                    "with partners, did you put anything in writing at that stage, or was it "
                    "genuinely informal?\n\n"
                    "I ask because our police inspector likes everything on paper, and I don't "
                    "want to send something that looks like the council has already decided "
                    "the priorities."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 53.0,
                "body": (
                    "Informal, mostly a phone call or a cuppa after another meeting. I'd send "
                    "a short note afterwards summarising what the consultation would cover and "
                    "when, so nobody could say they weren't told. No commitments in it."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 76.0,
                "body": (
                    "For what it's worth, as a ward member I would much rather be told early "
                    "by an officer than find out from a constituent. Do involve your ward "
                    "councillors in that first round of quiet words."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 2800.0,
                "body": (
                    "Coming back to this months later to say we followed Margaret's three "
                    "steps more or less exactly. The quiet words took far longer than "
                    "expected, but the first consultation event went smoothly, with no "
                    "surprises for any partner."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Fun day, survey or door-knocking: which consultation reached the most people?",
        "kind": "discussion",
        "author": "fiona.macleod@example.net",
        "topics": ["community-engagement-cohesion"],
        "area": "eastern-road",
        "pinned": False,
        "locked": False,
        "days_ago": 260,
        "posts": [
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 0.0,
                "body": (
                    "I promised a few people I'd share the numbers from our Eastern Road "
                    "consultation. We tried four methods over about ten weeks. Rough figures "
                    "from my notes:\n\n"
                    "| Method | Residents reached | Officer time | Notes |\n"
                    "| --- | --- | --- | --- |\n"
                    "| Postal survey to every home | 310 returns | Low | Mostly older "
                    "owner-occupiers |\n"
                    "| Fun day on the green | About 200 spoke to us | High | Great for "
                    "families, hard to record views |\n"
                    "| Door-knocking, two evenings a week | 145 conversations | Very high | "
                    "Best quality answers by far |\n"
                    "| Focus groups | 28 people in 4 groups | Medium | Useful to test the "
                    "draft |\n\n"
                    "The survey gave us volume, but door-knocking found the people who never "
                    "come to anything. If I could only keep one it would be the door-knocking, "
                    "even though it nearly killed us.\n\n"
                    "A couple of other things we learned along the way. The fun day only "
                    "worked once we gave people something quick to do, such as voting with "
                    "stickers on a board of ten issues, rather than asking them to fill in a "
                    "form while holding a toddler. And the focus groups were far more useful "
                    "at the end, testing draft wording, than at the start, when people mostly "
                    "repeated what the survey had already told us.\n\n"
                    "What have other people found?"
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 4.0,
                "body": (
                    'We did a fun day on Plains Farm with a bouncy castle and a "stick a dot '
                    'on the map" board for where the problems were. Kids put dots everywhere '
                    "but the adults were really thoughtful. The map stayed up in the community "
                    "centre for weeks afterwards and people kept adding to it."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 20.0,
                "body": (
                    "Very useful, thanks Fiona. Did you pay anyone to do the door-knocking or "
                    "was it officers and volunteers? With over five thousand households in "
                    "Aspley I can't see how we'd cover enough doors without help, and I'm not "
                    "sure our budget stretches to a market research company."
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 23.0,
                "body": (
                    "Mix of officers, two councillors and residents from the core group going "
                    "in pairs. We didn't try to cover every door. We picked streets that were "
                    "under-represented in the survey returns and went there.\n\n"
                    "Pairing a resident with an officer worked best. The resident opened "
                    'doors, and the officer could answer the "why hasn\'t the council done X" '
                    "questions on the spot."
                ),
            },
            {
                "author": "chantelle.morris@example.net",
                "hours_after": 47.0,
                "body": (
                    "We're doing our Aspley survey now and the returns are the same pattern: "
                    "lots from the older end of the estate, almost nothing from the younger "
                    "families in the flats. Picking the gaps for door-knocking makes a lot of "
                    "sense. I'll suggest it at our next meeting."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 70.0,
                "body": (
                    "One thing we learned in Oldham: put the survey through the door AND "
                    "collect it by hand a week later. Our return rate roughly doubled when "
                    "people knew someone would come back for it."
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 95.0,
                "body": (
                    "Don't forget young people don't fill in surveys and don't come to focus "
                    "groups run by adults. Our youth workers did sessions in the places "
                    "teenagers already were, and that's where we got the material for the "
                    "youth charter."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 140.0,
                "body": (
                    "We tried a focus group on a weeknight in January and four people came, "
                    "two of whom were on the committee. Lesson learned. Summer and a barbecue "
                    "next time!\n\n"
                    "In fairness, the four who came had some good ideas, but we couldn't "
                    "pretend it represented the estate."
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 142.0,
                "body": (
                    "> Summer and a barbecue next time!\n\n"
                    "Emma, the barbecue is the single most effective consultation tool in "
                    "local government. I will not be taking questions."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "How big should the area be for a first contract?",
        "kind": "question",
        "author": "patrick.doyle@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "aspley",
        "pinned": False,
        "locked": False,
        "days_ago": 230,
        "posts": [
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 0.0,
                "body": (
                    "Our Connecting Communities area is Aspley as a whole, which is well over "
                    "five thousand households. Everything I read about the pilots suggests "
                    "smaller patches, a couple of thousand homes or fewer.\n\n"
                    "Should I try to do one contract for the whole estate, or pick one part of "
                    "it and start there? I'm worried that splitting it will make the rest feel "
                    "left out."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 6.0,
                "accepted": True,
                "body": (
                    "I'd start smaller. Our Lewisham patch was large and it made everything "
                    "slower: more partners, more meetings, and residents at one end didn't "
                    "recognise the problems at the other.\n\n"
                    "A middle way that worked for us:\n\n"
                    "- Write one short **framework** for the whole estate covering the "
                    "standards that apply everywhere (bins, street lighting, police contact "
                    "routes).\n"
                    "- Then do a more detailed **local section** for one neighbourhood first, "
                    "with its own priorities and its own street reps.\n"
                    "- Add further local sections as the core groups form in other parts.\n\n"
                    "That way nobody is left out of the basics, and you only have to run the "
                    "intensive consultation in one place at a time."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 10.0,
                "body": (
                    "Tunde's approach is sensible. The other test I'd use is whether residents "
                    'would naturally describe it as "round here". If people from one end '
                    "would never walk to the other, it's probably two neighbourhoods.\n\n"
                    "Ward boundaries are almost never the right answer, by the way. They suit "
                    "the council's data, not the way people live."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 31.0,
                "body": (
                    "Slight counterpoint: a big area does give you more clout with partners. A "
                    "police inspector will give more attention to a contract covering his "
                    "whole sector than one covering six streets. So I'd keep the whole estate "
                    "in view even if the detailed work starts small."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 52.0,
                "body": (
                    "Thanks all. I think Tunde's framework plus local sections is the answer, "
                    "with the first local section on the west side where the residents' group "
                    "is strongest. Kevin, fair point about clout. I'll make sure the framework "
                    "is signed at a senior level."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 54.0,
                "body": (
                    "Sounds like a good plan. Let us know how the west side goes. If you need "
                    "someone to sanity-check the framework wording, shout.\n\n"
                    "And keep a note of what you learn in the first local section, because the "
                    "second one will go much faster if you do."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Lessons from the pilot evaluation published in January",
        "kind": "discussion",
        "author": "admin@example.org",
        "topics": ["community-engagement-cohesion", "monitoring-review"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 330,
        "posts": [
            {
                "author": "admin@example.org",
                "hours_after": 0.0,
                "body": (
                    "The evaluation of the eleven pilot areas came out alongside the "
                    "ministerial announcement in January. It looked at six case-study areas, "
                    "two of which weren't in the pilot programme. For those who haven't had "
                    "time to read it, here is my own summary of what it says helps and what "
                    "gets in the way.\n\n"
                    "**What residents and councils got out of it**\n\n"
                    "- Residents understood much better what they could expect from local "
                    "services.\n"
                    "- Relationships with the council improved.\n"
                    "- Some services, and some neighbourhoods, got visibly better.\n"
                    "- Simply negotiating standards shone a light on the standards providers "
                    "already had.\n\n"
                    "**What seemed to make the difference**\n\n"
                    "1. Neighbourhood working already in place before the contract started.\n"
                    "2. A track record of partners working together.\n"
                    "3. A core group of active residents.\n"
                    "4. Good governance, with clear decisions and clear ownership.\n"
                    "5. Leadership from the council's executive. Where that was missing, the "
                    "contract carried political and organisational risk.\n\n"
                    "It also flagged that poor ways for residents to report problems were a "
                    "real barrier, and that the approach isn't only for deprived areas. The "
                    "government has said it wants to see contracts extended into health and "
                    "education in time, and practical guidance for councils is promised for "
                    "the spring.\n\n"
                    "None of this will surprise anyone who worked on a pilot, but it's useful "
                    "to have it written down when you're making the case to a sceptical "
                    "director.\n\n"
                    "I've put a longer summary with page references at "
                    "https://www.example.org/community-contracts/evaluation-summary for anyone "
                    "who wants it. What matches your experience, and what doesn't?"
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 4.0,
                "body": (
                    "The point about reporting routes rings true. Half of what came out of our "
                    'early meetings was "I rang the council and nobody did anything". When '
                    "we dug in, people had been ringing the wrong number, or the right number "
                    "at a time nobody answered. A page of who to call for what did more good "
                    "in the first six months than any of the standards."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 7.0,
                "body": (
                    'The "spotlight on existing standards" is the bit I find most '
                    "interesting. In two areas I've worked with, the providers discovered "
                    "during negotiation that they already had published standards nobody "
                    "locally knew about, and in one case that they weren't meeting them. "
                    "Uncomfortable, but useful."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 22.0,
                "body": (
                    "I'd underline number five. Without the leader or a cabinet member owning "
                    'it, a contract becomes "that thing the neighbourhood team does", and '
                    "the first time a department can't meet a standard there's nobody to knock "
                    "heads together."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 27.0,
                "body": (
                    "Agree with all of that. I'd add that the core group of residents is not "
                    "the same as the residents' association committee. Sometimes it is, but in "
                    "Lewisham some of our most useful people had never been near a committee "
                    "and didn't want to be."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 48.0,
                "body": (
                    "The governance point matters more than it sounds. We had a steering group "
                    "that met regularly and kept minutes, which felt bureaucratic at the time, "
                    "but when the chair of the residents' group moved away, everything we'd "
                    "agreed was written down and the new people could pick it up."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 75.0,
                "body": (
                    "Good to see it says it isn't only for deprived areas. Our neighbourhood "
                    "is mixed and I'd been worried that presenting it as a \"contract for a "
                    'problem estate" would put people off before we started.'
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 99.0,
                "body": (
                    "From a councillor's point of view, the thing I'd add is that a contract "
                    "gives ward members something concrete to hold officers to. That works "
                    "both ways, of course: residents can hold us to it too."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 102.0,
                "body": (
                    "Thanks everyone, this is exactly the sort of practical gloss the report "
                    "needs. I'll pull some of these points into the summary page when I next "
                    "update it, without names.\n\n"
                    "If anyone has evidence from their own area that cuts against the "
                    "evaluation, please say so too. It's only six case studies, and it would "
                    "be easy to treat it as the last word."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 170.0,
                "body": (
                    "Late to this one. The evaluation also mentioned the plan to extend "
                    "contracts into health and education. Has anyone actually tried either "
                    "yet? Oldham had a health agreement, I think, but I'd be interested in "
                    "education."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 173.0,
                "body": (
                    "We did have a health agreement, yes. It was the hardest of the five to "
                    "get signed and it's the one residents talk about least. I'll write it up "
                    "properly in another thread when I get a minute."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": (
            "Do we need a core group of residents first, or can the contract help create one?"
        ),
        "kind": "question",
        "author": "deborah.kirk@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "peterborough-neighbourhood",
        "pinned": False,
        "locked": False,
        "days_ago": 45,
        "posts": [
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 0.0,
                "body": (
                    "Everything I read says you need a core group of active residents. Our "
                    "Connecting Communities neighbourhood doesn't really have one. There's no "
                    "residents' association and the community centre is mostly used for hired "
                    "events.\n\n"
                    "Is it realistic to use the contract process itself to build that group, "
                    "or should we spend six months on community development first and come "
                    "back to the contract later?"
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 5.0,
                "body": (
                    "You can do both at once, but be honest with yourselves about the "
                    "timescale. In Barnsley we recruited community champions partly through "
                    "the contract consultation: people who came to a session and had a lot to "
                    "say got asked whether they'd like to do more. About a third said yes.\n\n"
                    "What I wouldn't do is set a launch date before you've got at least a "
                    "handful of people who'll stand up at the launch and say \"we helped write "
                    'this".'
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 9.0,
                "body": (
                    "The consultation is your recruitment drive. Every time someone says "
                    "something thoughtful on the doorstep, write down their name and ask if "
                    "they'd come to a follow-up meeting. By the end of ours we had about "
                    "fifteen people who'd said yes, and eight who actually turned up. Eight "
                    "was enough."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 27.0,
                "body": (
                    "That's encouraging. Did you find the people who came forward were "
                    "representative, or was it the usual suspects with time on their hands?\n\n"
                    "I don't mean that unkindly. I just know that in our area the people with "
                    "time tend to be retired owner-occupiers, and the people with the biggest "
                    "problems tend to be young families in rented flats."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 31.0,
                "body": (
                    "Speaking as one of the usual suspects... it's a bit of both. You will "
                    "always get some people who come to everything. The trick is making sure "
                    "they're not the only ones, and that they don't mind being told so. We set "
                    "a rule that each street rep had to get two neighbours' views before a "
                    "meeting, which stopped us just talking to each other."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 33.0,
                "body": (
                    "Sandra's rule is a good one. We did something similar with our young "
                    "champions, who had to bring back views from their mates. Deborah, let me "
                    "know if you'd like me to come over and talk to whoever you get at the "
                    "first meeting."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Is there a template sign-up sheet for residents and partners?",
        "kind": "question",
        "author": "wayne.hirst@example.net",
        "topics": ["community-engagement-cohesion"],
        "area": "dinnington",
        "pinned": False,
        "locked": False,
        "days_ago": 3,
        "posts": [
            {
                "author": "wayne.hirst@example.net",
                "hours_after": 0.0,
                "body": (
                    "We're a long way off signing anything in Dinnington but Nadia asked me to "
                    "see what other places used for the sign-up page at the back of the "
                    "contract. Does anyone have one they could describe? I'm particularly "
                    "wondering whether residents sign individually or the residents' group "
                    "signs on everyone's behalf."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Getting a draft from fourteen pages down to something people will read",
        "kind": "discussion",
        "author": "sarah.whitfield@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "plains-farm",
        "pinned": False,
        "locked": False,
        "days_ago": 180,
        "posts": [
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 0.0,
                "body": (
                    "Our first draft on Plains Farm ran to fourteen pages. Every partner "
                    "wanted their full service description in, and the residents' group wanted "
                    "every issue from every meeting. Nobody outside the steering group would "
                    "ever have read it.\n\n"
                    "We got it down to a folded A3 sheet in the end. The structure that worked "
                    "for us:\n\n"
                    "1. A short introduction with a map of the area and who the partners are.\n"
                    "2. The three priorities residents chose, in their own words.\n"
                    "3. One box per provider: what they promise, how quickly, and a phone "
                    "number.\n"
                    "4. What residents promise in return.\n"
                    "5. How we'll check, and who to complain to if it goes wrong.\n"
                    "6. A sign-up slip.\n\n"
                    "The full service descriptions went into a separate booklet for anyone who "
                    "wanted it. About twelve people asked for it."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 3.0,
                "body": (
                    "From the landlord side, I was one of the people pushing for more detail, "
                    "so apologies to everyone! In hindsight the A3 sheet was right. The phone "
                    "numbers box gets used. The booklet mostly sits in my drawer."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 8.0,
                "body": (
                    "The A3 sheet is on my fridge. I actually use the phone numbers. I'm not "
                    "sure I'd say that about a fourteen-page document.\n\n"
                    "Last month I used it to report a dumped mattress and a broken light in "
                    "the same week. Before the contract I wouldn't have known who to ring for "
                    "either."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 25.0,
                "body": (
                    "We went a different way in Oldham: five shorter agreements, each on one "
                    "theme, so each one could stay short. It works for us but it does mean "
                    "residents have five things to keep track of. Sarah's single sheet is "
                    "probably easier for most people."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 49.0,
                "body": (
                    "This is very timely. Our draft is at eleven pages and growing. Sarah, how "
                    "did you get partners to agree to cut their sections? Ours are all "
                    "convinced residents need to know their full service standards."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 53.0,
                "body": (
                    "Honestly? I told them the residents' group would only sign something that "
                    "fitted on the fridge, and let the residents say the same in the meeting. "
                    "It's harder to argue with a room full of tenants than with a "
                    "neighbourhood manager."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Should councillors sit on the steering group or stay at arm's length?",
        "kind": "question",
        "author": "maureen.hall@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "east-maltby",
        "pinned": False,
        "locked": False,
        "days_ago": 75,
        "posts": [
            {
                "author": "maureen.hall@example.com",
                "hours_after": 0.0,
                "body": (
                    "Genuine question, not a trap. In East Maltby the officers have suggested "
                    "the steering group for the contract should be residents and partners "
                    "only, with ward members kept informed but not sitting on it. The "
                    "reasoning is that residents might defer to us, or that it will be seen as "
                    "political.\n\n"
                    "I can see the point, but I also think it's odd for elected members to be "
                    "kept outside something with the council's name on it. How have other "
                    "areas handled this?"
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 4.0,
                "body": (
                    "At Eastern Road the ward members are on the steering group but we agreed "
                    "not to chair it, and we don't vote on anything that's for residents to "
                    "decide, like the priorities. It has worked well. If anything, having us "
                    "in the room means we can unblock things with officers quickly."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 7.0,
                "body": (
                    "In Lewisham we kept members off the steering group but gave them a "
                    "standing slot every quarter. Honestly, I think Hannah's model is better. "
                    "Ours meant councillors sometimes heard about problems late, and one of "
                    "them felt sidelined, with some justification."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 25.0,
                "body": (
                    "It depends a lot on the local politics. If there's a by-election coming "
                    "or a rival group of residents, it can be wise for members to take a step "
                    "back. If relations are good, have them in."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 28.0,
                "body": (
                    "I'd say include them. The pilot evaluation flagged the risk when the "
                    "council's leadership isn't involved. Ward members aren't the executive, "
                    "but they're the bridge to it. Keeping them out makes that harder.\n\n"
                    "The political risk the officers are worried about is real, but it's "
                    "better managed through clear rules, like Hannah's, than through keeping "
                    "elected members outside the room."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 49.0,
                "body": (
                    "Thank you all. I think I'll suggest Hannah's model to the officers: "
                    "members on the group, not in the chair, and hands off the residents' "
                    "priorities. That seems to meet their concern without leaving us outside."
                ),
            },
        ],
    },
    {
        "board": "getting-started",
        "title": "Launch events: what worked on the day, and what we would do differently",
        "kind": "discussion",
        "author": "hannah.price@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "eastern-road",
        "pinned": False,
        "locked": False,
        "days_ago": 200,
        "posts": [
            {
                "author": "hannah.price@example.com",
                "hours_after": 0.0,
                "body": (
                    "We launched the Eastern Road contract a few weeks ago and I promised the "
                    "steering group I'd share what we learned. Short version: the event itself "
                    "was fine, the delivery afterwards was the hard part.\n\n"
                    "What worked:\n\n"
                    "- Holding it on a Saturday morning at the school, with the partners on "
                    "stalls rather than behind a top table.\n"
                    "- A big printed copy of the contract on the wall that people could sign "
                    "there and then.\n"
                    "- Residents from the core group doing the welcome, not officers.\n\n"
                    "What we'd change:\n\n"
                    "- We relied on volunteers to deliver the leaflet to every household "
                    "afterwards. About a third of the streets took three weeks to get done.\n"
                    "- We didn't have anything for teenagers, and they noticed."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 5.0,
                "body": (
                    "We had the Mayor and our MP at one of the Oldham launches. It got us in "
                    "the local paper and it made the partners take it seriously, because "
                    "nobody wants to be the service that falls down after their boss stood on "
                    "a stage. Worth doing if you can get it, even if the speeches are a bit "
                    "long."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 22.0,
                "body": (
                    "On delivery to every household: we split it between volunteers and the "
                    "landlord's estate staff, who were going round anyway. Home Group's "
                    "officers did their own tenants' doors and residents did the "
                    "owner-occupiers. Done in a week."
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 47.0,
                "body": (
                    "> We didn't have anything for teenagers, and they noticed.\n\n"
                    "They always notice! If you haven't already, look at whether some of them "
                    "would write their own section or their own youth charter. It changes the "
                    "tone of the whole thing when young people launch something alongside the "
                    "adults."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 70.0,
                "body": (
                    "Ours was in the community centre on a Thursday night and we got about "
                    "forty people, most of whom come to everything anyway. Saturday morning at "
                    "the school sounds a lot better. Did you do anything to get people who "
                    "don't usually come?"
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 74.0,
                "body": (
                    "The school helped: we had a stall at the gate on a normal weekday pick-up "
                    "the week before, telling parents about it. And we asked each partner to "
                    "bring one thing that would draw people in. The fire service brought an "
                    "engine, which was by far the most popular partner of the day."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 98.0,
                "body": (
                    "The fire engine trick works everywhere. We had one at the consultation "
                    "event for our Fairstead review and the queue of children was longer than "
                    "the queue for the tea.\n\n"
                    "While the kids were climbing on the engine, the crew were booking home "
                    "fire safety checks with the parents. Nineteen in one morning, apparently."
                ),
            },
        ],
    },
    # --- Service standards -----------------------------------------------------------------------
    {
        "board": "service-standards",
        "title": "Collected examples of service standards from pilot areas (please add yours)",
        "kind": "discussion",
        "author": "tunde.adeyemi@example.com",
        "topics": ["monitoring-review", "graffiti-fly-posting", "street-lighting"],
        "area": None,
        "pinned": True,
        "locked": False,
        "days_ago": 380,
        "posts": [
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 0.0,
                "body": (
                    'People keep asking what "good" standards look like, so let\'s build a '
                    "list in one place. These are typical of what I've seen in contracts and "
                    "in providers' own published standards. They are examples to start a "
                    "negotiation, not a national benchmark, and every area will want to adjust "
                    "them.\n\n"
                    "| Service | Standard | Typical target |\n"
                    "| --- | --- | --- |\n"
                    "| Graffiti | Offensive or racist graffiti removed | Within 24 hours or 1 "
                    "working day |\n"
                    "| Graffiti | Other graffiti on council property | 3 to 10 working days |\n"
                    "| Street lighting | Dangerous damage made safe | 1 to 2 hours |\n"
                    "| Street lighting | Routine fault repaired | 4 to 5 working days |\n"
                    "| Housing repairs | Emergency repair attended | 2 to 4 hours |\n"
                    "| Anti-social behaviour | Serious case responded to | 1 working day |\n\n"
                    "Three things I'd say about using a list like this. First, start from what "
                    "each provider already publishes, because a standard they already work to "
                    "is far easier to sign than a new one. Second, every standard needs a way "
                    "of knowing whether it was met; if nobody records it, leave it out. Third, "
                    "residents care most about the first response and about being kept "
                    "informed, so a modest target with a promise to update people often beats "
                    "an ambitious one.\n\n"
                    "Please reply with ones from your own contract, and say which provider "
                    "signed up to it. I'll fold the best into this table every so often."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 5.0,
                "body": (
                    "Street lighting from our Worksop contract, which the county signed:\n\n"
                    "- Dangerous faults made safe within 2 hours\n"
                    "- Routine faults fixed within 5 working days\n"
                    "- Faults on the electricity supply passed to the network operator within "
                    "1 working day, with the resident told it may take several weeks\n\n"
                    "That last one saved us a lot of grief. Residents were far more patient "
                    "once they knew the cable fault wasn't sitting on someone's desk at the "
                    "council."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 9.0,
                "body": (
                    "Home Group's ASB standards as used on Plains Farm: serious cases such as "
                    "harassment contacted within one working day, other reports within ten "
                    "working days, and the person who reported it kept updated every week "
                    "until the case is closed. The weekly update is the bit residents value "
                    "most."
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 26.0,
                "body": (
                    "Our repairs tiers in Manton, for the table:\n\n"
                    "- Emergency: attend within 4 hours, make safe within 24\n"
                    "- Urgent: within 5 working days\n"
                    "- Routine: within 20 working days\n\n"
                    "We have a separate standard for communal cleaning, which I'll post "
                    "separately if people want it."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 30.0,
                "body": (
                    "Grounds maintenance from our draft in Blyth: grass cut roughly every "
                    "fourteen working days from April to October, hedges cut once a year "
                    "outside nesting season, and litter picked before each cut so the mowers "
                    "don't shred it. That last bit came from a resident and it's a good one."
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 52.0,
                "body": (
                    "From the police side, our neighbourhood team's commitments mirror the "
                    "Policing Pledge: messages to the team answered within 24 hours, the team "
                    "spending most of its time visibly on the patch, and a public meeting at "
                    "least once a month to agree priorities. We also offer to see people "
                    "within 48 hours if they need a face-to-face appointment."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 77.0,
                "body": (
                    'Athersley and New Lodge "Clean and Tidy" standards include abandoned '
                    "cars. The council checks any car reported to it within one working day "
                    "and then follows the legal process. Residents promise to report them "
                    "rather than waiting for someone else to. It's small, but it gets used."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 100.0,
                "body": (
                    "Thanks all, I've added these to the table in my head and will update the "
                    "opening post properly soon. Keep them coming, particularly anything on "
                    "fly-tipping and dog fouling, which are thin so far.\n\n"
                    "It's striking how many of these are about telling people what's happening "
                    "rather than doing the job faster. That's probably the main lesson of the "
                    "thread so far."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 124.0,
                "body": (
                    "Fly-tipping, then: ours says the council will look into who dumped it "
                    "within five working days and clear it within a further twenty, or within "
                    "one working day if it is dangerous or blocking a path. The enforcement "
                    "team wanted the investigation time in; residents wanted a clearance time. "
                    "We put both."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": "Offensive graffiti in 24 hours, everything else in how long?",
        "kind": "question",
        "author": "stuart.armstrong@example.com",
        "topics": ["graffiti-fly-posting"],
        "area": "croft-and-cowpen-quay",
        "pinned": False,
        "locked": False,
        "days_ago": 150,
        "posts": [
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 0.0,
                "body": (
                    "We're drafting the graffiti section for Croft and Cowpen Quay. Offensive "
                    "and racist graffiti within 24 hours is a given and we can do it. The "
                    "argument is over everything else.\n\n"
                    "Our cleansing contractor says ten working days is realistic. Residents at "
                    'the last meeting said ten working days is "two weeks of looking at it" '
                    "and want three. What have others settled on, and how did you handle "
                    "graffiti on private property, where we can't just go in and clean?"
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 4.0,
                "body": (
                    "Ours is five working days for ordinary graffiti on council property. It "
                    "was a compromise between exactly those two positions. In practice it's "
                    "usually done sooner, which residents notice and appreciate.\n\n"
                    "The champions check the known spots on their walkabouts, so anything "
                    "missed gets flagged quickly rather than waiting for someone to complain."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 7.0,
                "body": (
                    "On private property, the usual route is a consent form. The owner signs a "
                    "disclaimer and the council removes it free, or at least at cost. We got "
                    "local shops to sign up in advance as part of the contract, so the crew "
                    "didn't have to chase permission every time. It cut the delay enormously.\n\n"
                    'On the timescale, I\'d agree a tighter target for "gateway" spots that '
                    "everyone passes, such as the bus stop, the shops and the school, and a "
                    "longer one elsewhere. That gives the residents what they care about "
                    "without breaking the contractor."
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 27.0,
                "body": (
                    "We went for three working days at Eastern Road but only after the "
                    "council's own crew took over from the contractor. I don't think we'd have "
                    "got it out of the old contract.\n\n"
                    "So it might be worth asking when your cleansing contract is next up for "
                    "renewal. A community contract can't override the commercial one, but it "
                    "can shape what goes into the next specification."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 48.0,
                "body": (
                    "Colin, the gateway spots idea is clever. I think that might unlock it. "
                    "I'll put it to the next meeting: 24 hours for offensive anywhere, three "
                    "working days at a short list of named locations, and seven working days "
                    "elsewhere. Residents can pick the locations."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 51.0,
                "body": (
                    "If you do that, make sure the named list is reviewed every year. Graffiti "
                    "moves. What's a hotspot this year might be clean next year, and a new one "
                    "will have appeared round the corner.\n\n"
                    "It's also worth asking the street reps to report new spots as they "
                    "appear, so the list can change between reviews if it needs to."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": "Housing repairs tiers: which timescales are people putting in?",
        "kind": "question",
        "author": "ben.ashworth@example.net",
        "topics": ["housing-repairs-estate-management"],
        "area": "manton",
        "pinned": False,
        "locked": False,
        "days_ago": 95,
        "posts": [
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 0.0,
                "body": (
                    "Our contract has been running for a while and the housing repairs section "
                    "is the one residents argue about most at meetings. The current standard "
                    "just says \"repairs will be carried out in line with the landlord's "
                    'published timescales", which nobody has ever read.\n\n'
                    "We want to put the actual timescales in the contract at the review. What "
                    "have other people got in theirs for emergency, urgent and routine repairs?"
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 3.0,
                "accepted": True,
                "body": (
                    "Ben, as you know, I'm the landlord in this conversation! But I agree the "
                    "contract should spell it out. This is roughly what we're proposing for "
                    "the review:\n\n"
                    "| Type of repair | Example | Attend | Complete |\n"
                    "| --- | --- | --- | --- |\n"
                    "| Emergency | No heating in winter, flooding, unsafe electrics | Within 4 "
                    "hours | Made safe within 24 hours |\n"
                    "| Urgent | Broken door entry, blocked toilet if only one | Within 1 "
                    "working day | Within 5 working days |\n"
                    "| Routine | Dripping tap, sticking window | By appointment | Within 20 "
                    "working days |\n\n"
                    "I'd rather commit to numbers we hit than to tighter ones we miss, because "
                    "missed numbers in a contract do more damage than slower ones."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 6.0,
                "body": (
                    "Similar tiers to ours in Lewisham, though our routine target is 28 "
                    "calendar days. The thing that made the biggest difference wasn't the "
                    "target, it was offering morning or afternoon appointments so people "
                    "didn't lose a day's pay waiting in."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 22.0,
                "body": (
                    "Agree with Olu. Appointments are the thing tenants actually mention in "
                    "satisfaction surveys. I'd also suggest putting in how repairs will be "
                    "reported back at the steering group: numbers done on time per quarter, by "
                    "tier. Otherwise the targets just sit there."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 45.0,
                "body": (
                    "Thanks Rachel, that's clearer than anything we've had. I'll take the "
                    "table to the committee. Olu, the appointment slots are a good shout and "
                    "I'll ask whether we can add them.\n\n"
                    "Gary, reporting by tier each quarter makes sense too. At the moment we "
                    "only hear about repairs when something has gone badly wrong."
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 47.0,
                "body": (
                    "Happy to come and talk it through at the committee if that helps, Ben. "
                    "Appointment slots we can probably do for routine repairs. I'll check with "
                    "the contractor before promising."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": "Grass cutting every fortnight sounds simple until the weather turns",
        "kind": "discussion",
        "author": "emma.lawson@example.com",
        "topics": ["parks-open-spaces"],
        "area": "fairstead",
        "pinned": False,
        "locked": False,
        "days_ago": 230,
        "posts": [
            {
                "author": "emma.lawson@example.com",
                "hours_after": 0.0,
                "body": (
                    'We put "grass on the estate cut every two weeks from April to October" '
                    "in our first Fairstead contract. It was the most popular standard at the "
                    "launch and it's been the most complained-about ever since.\n\n"
                    "Last summer it rained for three weeks, the mowers couldn't go on, and by "
                    "the time they came back the grass was knee-high and they left clippings "
                    "everywhere. Residents felt the contract had been broken. The council felt "
                    "they'd done nothing wrong.\n\n"
                    "How have others worded grass cutting so that it means something without "
                    "setting everyone up to fail?"
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 6.0,
                "body": (
                    'We talk about "around every fourteen working days, weather permitting" '
                    "and then add a second standard: if a cut is missed for more than a week "
                    "because of weather, residents get told via the noticeboard and the next "
                    "cut includes collecting the clippings. It doesn't stop the grass growing, "
                    "but it stops the argument."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 24.0,
                "body": (
                    "Grass is one of those where the standard matters less than the "
                    "communication. People will forgive a delay they know about. They won't "
                    "forgive looking out of the window and wondering whether anyone remembers "
                    "they exist."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 47.0,
                "body": (
                    "That's fair, Dave. Part of the issue is that grass in Fairstead is split "
                    "between the borough council, the housing association and a bit of county "
                    "verge. Residents don't know or care whose grass it is."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 51.0,
                "body": (
                    "We had the same three-way split on Plains Farm. We ended up with a map in "
                    "the contract showing who cuts what, colour-coded. It took a couple of "
                    "walkabouts with all three to agree the boundaries, but it was worth it. "
                    "It also turned up one patch that nobody thought was theirs."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 54.0,
                "body": (
                    "> one patch that nobody thought was theirs\n\n"
                    "That patch is at the end of my road! It was cut for the first time in "
                    "years once the map was done. Small victories.\n\n"
                    "We held a little litter pick there afterwards to celebrate, and six "
                    "neighbours came out who'd never been to anything before. Two of them are "
                    "now street reps."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 70.0,
                "body": (
                    "A colour-coded map is brilliant. I'll ask for that in the review. Thanks "
                    "everyone.\n\n"
                    'Stuart, I\'m going to borrow your "weather permitting plus tell people" '
                    "wording as well. It's honest, and I think residents will accept it if the "
                    "noticeboard actually gets updated."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": (
            "Using the litter code grades and NI 195 in a contract without baffling residents"
        ),
        "kind": "discussion",
        "author": "kevin.tremayne@example.net",
        "topics": ["litter-street-cleansing", "monitoring-review"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 300,
        "posts": [
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 0.0,
                "body": (
                    "Most councils already survey street cleanliness using the grades in the "
                    "litter code of practice, and report NI 195, the share of surveyed sites "
                    "that fall below grade B, with separate figures for litter, detritus, "
                    "graffiti and fly-posting. It's tempting to put those measures straight "
                    "into a contract because the data already exists.\n\n"
                    'My experience is that residents find it impenetrable. "Percentage of '
                    'sites below grade B" means nothing on the doorstep. But the underlying '
                    "grades are actually quite intuitive if you explain them plainly:\n\n"
                    "- **A**: no litter at all\n"
                    "- **B**: mostly clean, a few small items\n"
                    "- **C**: clearly littered\n"
                    "- **D**: heavily littered, with accumulations\n\n"
                    "(The official scale has intermediate grades too, but four is plenty for "
                    "residents.)\n\n"
                    "I've written a plain-English guide to the grades with photos at "
                    "https://www.example.org/street-cleanliness/grades-explained. How are "
                    "others using the grades?"
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 5.0,
                "body": (
                    "We use the same grades but ask residents to grade their own streets, and "
                    "then compare their grades with the council's surveys. It's been "
                    "eye-opening. Residents are consistently harsher than our inspectors by "
                    "about half a grade. It says something about what people see on their own "
                    "doorstep versus what a surveyor sees at 10am on a Tuesday."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 24.0,
                "body": (
                    "Our community champions grade their streets A to D on a monthly form. We "
                    "never mention NI 195 to residents. The council can do its own sums with "
                    "the data. I think that's the right way round."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 29.0,
                "body": (
                    "Same on Plains Farm. I'd never heard of NI 195 until this thread, and "
                    "I've been grading my road for over a year!\n\n"
                    'Honestly, if someone had given me a form about "percentage of sites '
                    "below grade B\", I'd have put it straight in the recycling. A, B, C, D "
                    "with a photo of each is something anyone can do."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 50.0,
                "body": (
                    "One caution: if residents grade and the council grades, make sure the two "
                    "are being done on roughly the same day of the week. Our Monday grades "
                    "after weekends were always worse than the Thursday ones and it caused an "
                    "argument about whether the council was fiddling the figures. It wasn't. "
                    "It was just Monday."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 53.0,
                "body": (
                    "> It was just Monday.\n\n"
                    "Ha! That should be on a poster. Good point though. The timing and route "
                    "of surveys need to be agreed and written into the monitoring section."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 98.0,
                "body": (
                    "I do grading with the other young champions in Athersley. We take photos "
                    "on our phones for anything graded C or D so there's no argument about it. "
                    "The council officer said it was the first time anyone had shown them "
                    "photos instead of just a form."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 102.0,
                "body": (
                    "Photos are a great idea, Liam. It also helps with the redress side later: "
                    "if something has been graded D three months running, a set of dated "
                    "photos makes the case far better than a tick-box."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": "ASB response times: copy our landlord's standards or set tighter ones?",
        "kind": "question",
        "author": "olu.bankole@example.com",
        "topics": ["anti-social-behaviour", "housing-repairs-estate-management"],
        "area": "lewisham",
        "pinned": False,
        "locked": False,
        "days_ago": 60,
        "posts": [
            {
                "author": "olu.bankole@example.com",
                "hours_after": 0.0,
                "body": (
                    "We're refreshing the anti-social behaviour section of our Lewisham "
                    "contract. Our landlord's published standards are one working day for "
                    "serious cases and ten working days for everything else, with weekly "
                    "updates to the person who reported it.\n\n"
                    'Residents want tighter targets for the "everything else" category, '
                    "which includes a lot of noise and youths-gathering complaints. My worry "
                    "is that if we set a shorter target only in the contract area, we're "
                    "treating tenants on one estate differently from everyone else. Is that a "
                    "real problem, or am I overthinking it?"
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 5.0,
                "body": (
                    "Not overthinking, it's a fair question. But contracts are about local "
                    "priorities, and if ASB is the top priority on that estate it's reasonable "
                    "for the response to reflect that. What matters is that it's a deliberate, "
                    "visible decision rather than an accident."
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 8.0,
                "body": (
                    "From the police side, be careful that a tighter landlord target doesn't "
                    "create a gap where the housing officer has contacted the resident but the "
                    "police haven't, or the other way round. Our best cases are where the "
                    "landlord and the neighbourhood team agree who makes first contact."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 26.0,
                "body": (
                    "We kept the landlord's standard timescales but added a local commitment: "
                    "a joint visit by the housing officer and the PCSO within five working "
                    "days for any case reported through the contract's street reps. It meant a "
                    "tighter response without rewriting the whole policy."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 49.0,
                "body": (
                    "Gary, I like that. It's a local extra, not a different rulebook. I can "
                    "sell that to our policy team far more easily than a separate set of "
                    "targets for one estate."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 52.0,
                "accepted": True,
                "body": (
                    "I'd go with Gary's approach. In practice, residents' frustration with ASB "
                    "usually isn't the first response time. It's what happens after: silence "
                    "for weeks, then a letter saying the case is closed. If I were you I'd "
                    "keep the standard targets, add the joint visit for cases in the contract "
                    "area, and put real effort into the weekly updates. Then review whether "
                    "the faster response made a difference after six months."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 75.0,
                "body": (
                    "That makes sense, thank you Sarah. I'll take that to the steering group: "
                    "standard targets, a joint visit and a six-month check.\n\n"
                    "I'll also ask the police team whether they'd commit to the joint visit in "
                    "writing. Bilal's point about who makes first contact is one we've tripped "
                    "over before."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": "Has anyone put dog fouling enforcement targets into a contract?",
        "kind": "question",
        "author": "lorraine.bell@example.net",
        "topics": ["dog-fouling"],
        "area": "springwell",
        "pinned": False,
        "locked": False,
        "days_ago": 2,
        "posts": [
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 0.0,
                "body": (
                    "We're trying to restart our Springwell agreement and dog fouling is top "
                    "of everyone's list again, especially on the field by the school.\n\n"
                    "The old agreement just said residents would clean up after their dogs and "
                    'the council would "carry out enforcement". Has anyone managed to get '
                    "something more specific, like a number of patrols or a response time to "
                    "reports? And did it make any difference?"
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": (
            "Street lighting at 98.5% working, but residents only notice the one outside their "
            "house"
        ),
        "kind": "discussion",
        "author": "patrick.doyle@example.com",
        "topics": ["street-lighting"],
        "area": "aspley",
        "pinned": False,
        "locked": False,
        "days_ago": 140,
        "posts": [
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 0.0,
                "body": (
                    "The city's street lighting team offered a headline standard for our draft "
                    "contract: at least 98.5% of lights working at any one time. It's a "
                    "perfectly good figure. The trouble is that for a resident with a broken "
                    "light outside, 98.5% means nothing.\n\n"
                    "I'm inclined to ask for a repair time instead, or as well. Has anyone "
                    "found a standard that works for residents and that the lighting team is "
                    "happy to report on?"
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 4.0,
                "body": (
                    "Use both. The percentage is what the lighting team manages to; the repair "
                    "time is what residents experience. Ours is:\n\n"
                    "1. Report the fault with the column number if you can (they have a number "
                    "on a plate).\n"
                    "2. Dangerous faults made safe within 2 hours.\n"
                    "3. Routine faults fixed within 5 working days.\n"
                    "4. If it's a supply fault, you'll be told within a week and given an "
                    "expected date.\n\n"
                    "The column number thing sounds fussy but it speeds up the repair hugely."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 9.0,
                "body": (
                    "We found residents didn't know where to report lights at all. Half of "
                    "them rang the police. Putting the reporting number on the lamp posts "
                    "themselves, with a sticker, did more than any target.\n\n"
                    "The stickers cost next to nothing and the lighting team's fault reports "
                    "went up by about a third in the first month, which sounds bad but "
                    "actually meant faults were being found sooner."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 30.0,
                "body": (
                    "Thanks both. I'll go back with the two-part standard. Stuart, I like the "
                    "sticker idea. I'll see if the lighting team will go for it.\n\n"
                    "Dave, the column number point is a good one. I've never noticed the "
                    "plates, and I walk round Aspley most days."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 33.0,
                "body": (
                    "Worth asking the lighting team for the figures for your area, not just "
                    "the citywide 98.5%. In one place I worked the overall figure was fine but "
                    "one estate had the oldest columns and was well below it. The contract is "
                    "a good lever to get that looked at."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 50.0,
                "body": (
                    "Kevin, I asked, and you were right: the figure for Aspley is a bit below "
                    "the city average, mostly because of old columns on two roads. They're now "
                    "on the replacement list."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": "Late-night noise and licensed premises: can these go into a contract at all?",
        "kind": "discussion",
        "author": "rosa.fernandes@example.net",
        "topics": ["noise-nuisance", "trading-standards-licensing"],
        "area": "south-bank",
        "pinned": False,
        "locked": False,
        "days_ago": 110,
        "posts": [
            {
                "author": "rosa.fernandes@example.net",
                "hours_after": 0.0,
                "body": (
                    "Our South Bank contract covers the usual things, litter, lighting and "
                    "pavements, but the thing residents care most about is late-night noise "
                    "from bars and people leaving venues. The council's view is that licensing "
                    'is a legal process and can\'t be "negotiated" in a contract.\n\n'
                    "Has anyone managed to include licensed premises in any meaningful way?"
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 5.0,
                "body": (
                    "The licensing decisions themselves can't be in a contract, you're right. "
                    "But the response to noise complaints can. Things like how quickly "
                    "environmental health respond to a call, whether there's an out-of-hours "
                    "service on Friday and Saturday nights, and how residents can feed into "
                    "licence reviews are all fair game."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 8.0,
                "body": (
                    "In Oldham we did a separate agreement with local retailers, and one of "
                    "the signatories was a pub manager. It covered things like managing "
                    "customers outside, not serving people who were already drunk and keeping "
                    "the frontage tidy. It isn't legally binding, but the manager took it "
                    "seriously because his regulars live on the estate."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 30.0,
                "body": (
                    "We had success getting the out-of-hours noise team to commit to a "
                    "response time on weekend nights. It's not perfect, but it was the first "
                    "time residents had a number they could hold them to.\n\n"
                    "The team also agreed to report the number of weekend calls and how many "
                    "they reached in time, which has been useful evidence in a couple of "
                    "licence reviews."
                ),
            },
            {
                "author": "rosa.fernandes@example.net",
                "hours_after": 52.0,
                "body": (
                    "Margaret, a retailers' agreement with the venues is a really interesting "
                    "idea. Some of the bigger venues are part of a business group already, so "
                    "we might get a few to sign as a group. Olu, what response time did you "
                    "get?"
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 55.0,
                "body": (
                    "Aim to attend within an hour on Friday and Saturday nights between 10pm "
                    "and 3am, when an officer isn't already at another call. The caveat does a "
                    "lot of work, but it's better than nothing."
                ),
            },
            {
                "author": "moderator@example.org",
                "hours_after": 80.0,
                "body": (
                    "Just a note that this thread has been tagged with both noise and trading "
                    "standards/licensing, so it shows up for people searching either. Rosa, if "
                    "you get the venues agreement going, a short write-up would be very "
                    "welcome."
                ),
            },
        ],
    },
    {
        "board": "service-standards",
        "title": (
            'Is "bins back on your property by evening" a fair thing to ask residents to promise?'
        ),
        "kind": "question",
        "author": "chantelle.morris@example.net",
        "topics": ["refuse-recycling"],
        "area": "aspley",
        "pinned": False,
        "locked": False,
        "days_ago": 25,
        "posts": [
            {
                "author": "chantelle.morris@example.net",
                "hours_after": 0.0,
                "body": (
                    "At our last meeting someone suggested the residents' section of the "
                    "Aspley contract should include a promise to take bins back in on "
                    "collection day. Some people thought that was fair. Others thought it's "
                    "not the residents' group's job to tell people what to do with their own "
                    "bins, especially older residents who struggle.\n\n"
                    "Have others got anything like this in their contracts, and how did you "
                    "word it?"
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 3.0,
                "body": (
                    'We have "keep bins off the pavement except on collection day" in ours. '
                    "It's about as strict as we could get people to agree to. It's a promise, "
                    "not a rule, and nobody gets told off. But it does give the street reps "
                    "something to point to when they have a quiet word."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 6.0,
                "body": (
                    "Worth pairing it with something from the council side: assisted "
                    "collections for anyone who can't manage the bin, and the number to ring "
                    "to ask for one. That way you're not just asking people to do something "
                    "some of them can't."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 26.0,
                "body": (
                    "Agree with Gary. I'll check what the assisted collection criteria are in "
                    "the city so we can put the detail in. Chantelle, shall we bring a draft "
                    "wording to the next meeting?"
                ),
            },
            {
                "author": "chantelle.morris@example.net",
                "hours_after": 30.0,
                "body": (
                    "Yes please. I think if it comes with the assisted collection offer it'll "
                    "go down much better. Thanks everyone.\n\n"
                    "I'll ask a couple of our older members to look at the wording before the "
                    "meeting, so it doesn't come across as nagging."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 100.0,
                "body": (
                    'Draft wording agreed at the meeting: "We will keep our bins off the '
                    "pavement except on collection day. Anyone who can't manage this can ask "
                    'the council for an assisted collection." Short and friendly.'
                ),
            },
        ],
    },
    # --- Monitoring and review -------------------------------------------------------------------
    {
        "board": "monitoring-and-review",
        "title": "How our street reps grade their roads each month (the A to D form)",
        "kind": "discussion",
        "author": "sandra.lowther@example.net",
        "topics": ["monitoring-review", "litter-street-cleansing"],
        "area": "hathershaw-and-fitton-hill",
        "pinned": True,
        "locked": False,
        "days_ago": 350,
        "posts": [
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 0.0,
                "body": (
                    "Several people have asked how our street reps monitoring works in "
                    "Hathershaw and Fitton Hill, so here's a description. Moderators have "
                    "kindly agreed to pin it.\n\n"
                    "Each street rep looks after a few roads. Once a month they fill in a "
                    "one-page form that lists each issue in the agreements and gives it a "
                    "grade:\n\n"
                    "| Grade | What it means on our form |\n"
                    "| --- | --- |\n"
                    "| A | No problems this month |\n"
                    "| B | Minor problems, dealt with quickly |\n"
                    "| C | Problems that took too long or came back |\n"
                    "| D | Serious or ongoing problem, not dealt with |\n\n"
                    'There\'s a box for comments and one for "reported to whom, and when". '
                    "The forms come to the residents' group, who collate them and take "
                    "anything graded C or D to the next meeting with the council and the "
                    "police.\n\n"
                    "A few practical points:\n\n"
                    "- Forms go out on the first of the month and come back by the tenth. Reps "
                    "can drop them at the community centre or hand them to me.\n"
                    "- We don't expect reps to grade things they haven't seen. \"Not seen\" is "
                    "a perfectly good answer.\n"
                    "- The council and the police get the collated results, never the "
                    "individual forms, so reps feel free to be honest.\n\n"
                    "It's not scientific, but after a year you can see patterns: which roads, "
                    "which issues, which months."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 3.0,
                "body": (
                    "Thanks for writing this up, Sandra. From the council side, the form is "
                    "valuable because it is independent of our own inspections. When the "
                    "street reps' grades and our grades disagree, that's usually where the "
                    "interesting conversation is."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 21.0,
                "body": (
                    "Ours on Plains Farm is very similar. The one thing I'd add is a \"getting "
                    "better or worse?\" arrow next to each grade. A C that's improving feels "
                    "very different from a C that's getting worse."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 24.0,
                "body": (
                    "Jess, I love the arrow. Pinching that. It would have saved us a lot of "
                    '"but it\'s much better than it was" arguments at meetings.'
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 45.0,
                "body": (
                    "The forms are useful for us too. When a road gets a C or D for "
                    "anti-social behaviour two months running, it goes on the list for the "
                    "next PACT meeting, and we report back at the one after. The residents can "
                    "see the loop closing."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 70.0,
                "body": (
                    "We have community champions rather than street reps, but the idea is the "
                    "same. How many street reps do you have, Sandra? We struggle to cover "
                    "every street.\n\n"
                    "At the moment we have about a dozen champions, and the bigger roads on "
                    "the estate are covered but the little closes aren't."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 74.0,
                "body": (
                    "About thirty at the moment, covering most of the area. Our residents' "
                    "group has over fifty members and about half of them do a form. Some roads "
                    "have none and we cover them with walkabouts instead."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 100.0,
                "body": (
                    "This is a good model. The thing that makes it work is the last step: C "
                    "and D grades go somewhere specific and come back with an answer. I've "
                    "seen lots of monitoring forms that go into a filing cabinet and never "
                    "come out."
                ),
            },
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 190.0,
                "body": (
                    "This is exactly what we had in Springwell before it stopped. Looking at "
                    "the form again, I think the problem was that ours had about twenty "
                    "questions. People got fed up. One page is the key."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 193.0,
                "body": (
                    "Lorraine, one page and no more than about ten issues. If the agreements "
                    "grow, the form doesn't. Good luck with the restart.\n\n"
                    "If it helps, I'm happy to send you a blank copy of ours to adapt. Just "
                    "message me."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 420.0,
                "body": (
                    "We're redesigning our monitoring form as part of the Fairstead review and "
                    "I've borrowed heavily from this thread. Thank you Sandra, Jess and "
                    "everyone.\n\n"
                    "We've gone for the four grades, Jess's arrow and a \"not seen\" box. Our "
                    "first month's forms are due back next week, so I'll report on how it goes."
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": "What should an annual review meeting actually cover?",
        "kind": "question",
        "author": "emma.lawson@example.com",
        "topics": ["monitoring-review"],
        "area": "fairstead",
        "pinned": False,
        "locked": False,
        "days_ago": 40,
        "posts": [
            {
                "author": "emma.lawson@example.com",
                "hours_after": 0.0,
                "body": (
                    "Our Fairstead contract dates back to the pilot, and our review has "
                    "dragged on for months because we never agreed what it should cover. We "
                    "now want to finish it with a proper review meeting, and then hold one "
                    "every year. We have a year of monitoring forms, some figures from the "
                    "partners and a lot of opinions.\n\n"
                    "What should go on the agenda? And how long should it be? I'm worried "
                    'about either a three-hour marathon or a quick "everything\'s fine" that '
                    "nobody believes."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 4.0,
                "accepted": True,
                "body": (
                    "Two hours maximum, and do the homework beforehand. Here's the agenda I "
                    "usually suggest:\n\n"
                    "1. **What residents told us.** A one-page summary of the year's "
                    "monitoring forms, with the top three problems and where things got better.\n"
                    "2. **What the partners report.** Each partner gets five minutes, with "
                    "figures against their own standards, and must mention anything they "
                    "missed.\n"
                    "3. **What went wrong and what we did about it.** Any missed standards and "
                    "how they were put right.\n"
                    "4. **What to change.** Standards to tighten, loosen, add or drop, and any "
                    "new partner to bring in.\n"
                    "5. **Who's doing what next year.** Street reps, steering group members "
                    "and the next review date.\n\n"
                    "Send the summary out a week before and ask partners to bring a one-page "
                    "sheet. If the meeting has to discover the facts, it will run all night.\n\n"
                    "Two other tips. Get someone independent to chair it if you can, perhaps a "
                    "mentor or a neighbourhood manager from another area, so that the "
                    "residents' chair can argue their corner rather than hold the ring. And "
                    "write up the decisions within a week, with names against each action, "
                    "because memories of a review meeting fade remarkably quickly.\n\n"
                    "Finally, remember to review the residents' commitments too. If residents "
                    "promised litter picks and there haven't been any, say so, kindly. It "
                    "keeps the two-way spirit of the thing."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 8.0,
                "body": (
                    "Kevin's list is good. I'd put number 3 before number 2, so the difficult "
                    "conversation happens while people still have energy, not at the end.\n\n"
                    "In my experience partners also present more honestly once the failures "
                    "are already on the table, rather than saving them for the last slide."
                ),
            },
            {
                "author": "tom.buckley@example.net",
                "hours_after": 26.0,
                "body": (
                    "From the police side, it'd help us to have the questions in advance. If I "
                    "know residents are going to ask about the youths by the shops, I can "
                    "bring the figures and the names of the officers who dealt with it, rather "
                    "than promising to come back."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 49.0,
                "body": (
                    "This is really useful. Kevin, do you invite the whole estate or just the "
                    "steering group? Our committee is split on it. Half think an open meeting "
                    "is more democratic, and half think nothing will get decided."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 52.0,
                "body": (
                    "Both, in a way. The review itself works best with the steering group and "
                    "the partners, because you need a working meeting. Then hold a short "
                    "public session, or a drop-in afterwards, to report back on what was "
                    "agreed and let anyone comment. Otherwise the review becomes a public "
                    "meeting and nothing gets decided."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 72.0,
                "body": (
                    "We do it that way in Oldham and it works. Working meeting in the "
                    "afternoon, drop-in with tea and cake in the evening. Turnout for the "
                    'drop-in is always better than for a "meeting".\n\n'
                    "We put the main changes on big sheets round the walls so people can read "
                    "them and write comments on sticky notes. Some of the best suggestions for "
                    "the following year have come from those notes."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 76.0,
                "body": (
                    "Thanks all. I'll draft the agenda on Kevin's lines, with Dave's swap, and "
                    "we'll do a drop-in afterwards. Tom, I'll send the questions to the team "
                    "two weeks before.\n\n"
                    "Kevin, I like the idea of an independent chair. I'll ask around."
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": "Publishing performance: newsletters, noticeboards or the PACT meeting?",
        "kind": "discussion",
        "author": "karen.dobson@example.com",
        "topics": ["monitoring-review", "community-engagement-cohesion"],
        "area": "athersley-and-new-lodge",
        "pinned": False,
        "locked": False,
        "days_ago": 190,
        "posts": [
            {
                "author": "karen.dobson@example.com",
                "hours_after": 0.0,
                "body": (
                    "We collect loads of monitoring information in Athersley and New Lodge: "
                    "champions' feedback, the council's cleanliness figures, and the police "
                    "crime figures. What we don't do well is tell the rest of the estate how "
                    "things are going.\n\n"
                    "We've tried a page in the newsletter (which comes out whenever someone "
                    "has time), a noticeboard at the shops (which gets graffitied, ironically) "
                    "and a slot at the PACT meeting (where the same twenty people hear it "
                    "every time).\n\n"
                    "What works for other people?"
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 4.0,
                "body": (
                    "A traffic-light table in the newsletter was the thing people remembered. "
                    "Just the main standards, with green, amber or red. Residents don't want "
                    "percentages, they want to know whether it's better or worse.\n\n"
                    "We keep it to eight rows at most. Any more and the page starts to look "
                    "like a council report, and people turn over."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 8.0,
                "body": (
                    "Could we do something online? Loads of younger people on the estate would "
                    "never read a newsletter but they're on their phones constantly. Even a "
                    "page on the residents' association website would be something.\n\n"
                    "We could put the champions' photos up too, the before and after ones. "
                    "People love a before and after."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 10.0,
                "body": "Liam, we'd need someone to keep it up to date. Volunteering?",
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 11.0,
                "body": "Walked into that one. Yes, go on then.",
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 33.0,
                "body": (
                    'We do a short "you said, we did" sheet after each PACT meeting and ask '
                    "the local shops to put it in the window. It reaches people who'd never "
                    "come to a meeting. The shops were happy to help once we asked."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 56.0,
                "body": (
                    "On Plains Farm the annual report is a single sheet delivered to every "
                    "house along with the garden competition entry form. People read it "
                    "because they want the entry form!\n\n"
                    "It's not just a trick, either. The competition is part of the contract's "
                    "residents' side, so it belongs in the same envelope."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 59.0,
                "body": (
                    "> because they want the entry form\n\n"
                    "Bundling is underrated. We get far more eyes on the contract report when "
                    "it arrives with something people actually want. Karen, could yours go out "
                    "with something similar?"
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 80.0,
                "body": (
                    "We could put it in with the bulky waste collection leaflet, which "
                    "everybody keeps. Thank you everyone, plenty of ideas here. Liam has a job "
                    "now.\n\n"
                    "I'll also ask the shops about the window sheets, Bilal. Two of them "
                    "already put up our meeting posters, so it shouldn't be a hard sell."
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": (
            "Our partners send monitoring data in three different formats. How do you pull it "
            "together?"
        ),
        "kind": "question",
        "author": "gary.nicholson@example.com",
        "topics": ["monitoring-review"],
        "area": "plains-farm",
        "pinned": False,
        "locked": False,
        "days_ago": 85,
        "posts": [
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 0.0,
                "body": (
                    "I've ended up as the person who collates the partners' performance "
                    "figures for the Plains Farm steering group. The council sends a "
                    "spreadsheet, the police send a printed report, and the fire service sends "
                    "an email with some numbers in it. Each uses different periods and "
                    "different boundaries.\n\n"
                    "It takes me a day every quarter to turn this into something the residents "
                    "can read. Has anyone found a better way, or agreed a common format with "
                    "their partners?"
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 4.0,
                "body": (
                    "Agree a one-page return that every partner fills in, and build it into "
                    "the monitoring section of the contract when you next review it. If it "
                    "isn't in the contract, it'll drift back to three formats within a year."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 7.0,
                "accepted": True,
                "body": (
                    "We did this in Lewisham and it helped a lot. The template has one row per "
                    "standard with four columns:\n\n"
                    "- the standard, word for word from the contract\n"
                    "- the target\n"
                    "- what actually happened this quarter\n"
                    "- a short comment, required if the target was missed\n\n"
                    "Each partner fills in only their own rows. We agreed the quarter dates "
                    "and the boundary (a simple list of streets) at the start so there's no "
                    "arguing. Collating it takes about an hour now. The harder part was "
                    "getting each partner to name one person responsible for sending it."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 29.0,
                "body": (
                    "Gary, from a resident's point of view, whatever you do please keep the "
                    'comments column. The numbers mean much less to us than "missed because '
                    'the van broke down, fixed the following week".\n\n'
                    "When a figure looks bad and there's no explanation, people assume the "
                    "worst. A one-line comment usually settles it."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 50.0,
                "body": (
                    "Thanks Tunde, that's exactly what I need. I'll draft one and take it to "
                    "the steering group. Jess, noted. Comments are staying.\n\n"
                    "Tunde, did you agree the template with each partner's performance team, "
                    "or just with whoever comes to the steering group? I suspect the people "
                    "who produce our figures have never been to a meeting."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 600.0,
                "body": (
                    "Follow-up: the steering group agreed the template and all three partners "
                    "have now used it for two quarters. The police and the fire service send "
                    "theirs on time. The council is a bit late but in the right format. "
                    "Collating now takes me about an hour, as Tunde said."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 604.0,
                "body": (
                    "Glad it worked, Gary. Two quarters in a row means it's becoming a habit. "
                    "Keep thanking the council for being in the right format, even if late. "
                    "Praise works surprisingly well on performance teams."
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": "Young champions doing the monitoring walkabouts",
        "kind": "discussion",
        "author": "liam.fletcher@example.net",
        "topics": ["young-people-youth-services", "monitoring-review"],
        "area": "athersley-and-new-lodge",
        "pinned": False,
        "locked": False,
        "days_ago": 130,
        "posts": [
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 0.0,
                "body": (
                    "There are five of us young community champions in Athersley and New "
                    "Lodge, aged 16 to 19. We started doing our own monitoring walkabouts once "
                    "a month, separate from the adults, because we go to different places: the "
                    "rec, the back of the shops, the path to the school.\n\n"
                    "We grade things A to D like everyone else, but we also take photos. Some "
                    "of the adults were a bit sniffy about it at first but the council officer "
                    "says our photos are the most useful thing she gets.\n\n"
                    "Are there other young people doing this anywhere? Would be good to "
                    "compare."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 4.0,
                "body": (
                    "Really proud of this group. For anyone thinking of it: the young "
                    "champions asked for their walkabouts to be at times that suited them, "
                    "after school or college, and for someone from the council to come along "
                    "now and again so it felt taken seriously. Both were easy to agree to."
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 7.0,
                "body": (
                    "This is great, Liam. In Kidderminster our young people scored the "
                    "agencies rather than the streets. They rated how well the police, the "
                    "council and the youth service treated young people. You've done the "
                    "places; they did the people. It would be fascinating to combine the two."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 28.0,
                "body": (
                    "I'll admit I was one of the sniffy adults. Their walkabouts pick up "
                    "things ours never do, and the photos stop any argument dead. I've been "
                    "converted.\n\n"
                    "The path to the school is a good example. None of the adult champions "
                    "ever walk it, so it simply wasn't on our radar until the young ones "
                    "started grading it D every month."
                ),
            },
            {
                "author": "ian.robson@example.com",
                "hours_after": 52.0,
                "body": (
                    "From the police side, photos like these are gold. When we looked at "
                    "lighting and sightlines on a path in Springwell, we had to go out and "
                    "take our own. Liam, do you share yours with your neighbourhood team as "
                    "well as the council?"
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 76.0,
                "body": (
                    "Not yet, but we will now. Rajinder, we'd love to try rating the agencies "
                    "as well. Have you got the questions your group used?\n\n"
                    "We'd probably need to change some of them for Barnsley, but it would be "
                    "good to start from something rather than a blank page."
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 80.0,
                "body": (
                    "I'll send you a copy. They're written by the young people themselves, so "
                    "they're blunt. The police came out better than they expected, for what "
                    "it's worth!"
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": "Street reps dropping off after the first year: how do you keep them going?",
        "kind": "question",
        "author": "lorraine.bell@example.net",
        "topics": ["monitoring-review", "community-engagement-cohesion"],
        "area": "springwell",
        "pinned": False,
        "locked": False,
        "days_ago": 220,
        "posts": [
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 0.0,
                "body": (
                    "When our Springwell agreement started we had a dozen street reps. By the "
                    "end of the second year there were three, and then the forms stopped "
                    "coming in altogether. I think that's a big part of why the agreement "
                    "lapsed.\n\n"
                    "For those of you with reps still going after two or three years, what's "
                    "the secret?"
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 5.0,
                "accepted": True,
                "body": (
                    "No single secret, but these are the things that kept ours going:\n\n"
                    "- **Feedback every time.** Every form that mentions a problem gets a "
                    'reply, even if it\'s only "passed to the council on the 3rd". Nothing '
                    "kills volunteering like silence.\n"
                    "- **A named contact.** Each rep knows which officer to ring. Not a call "
                    "centre.\n"
                    "- **A social side.** Twice a year we have a get-together with food, and "
                    "the partners come and say thank you in person.\n"
                    "- **Permission to stop.** Reps can take a break without feeling guilty, "
                    "and we ask every year who wants to carry on.\n"
                    "- **Fresh blood.** Every consultation and event is also a recruitment "
                    "drive.\n\n"
                    "And keep the form short!"
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 28.0,
                "body": (
                    "The feedback is the big one for me. The months I hear nothing back about "
                    "what I reported are the months I think about giving up.\n\n"
                    'Even a text saying "got it, passed to the council" would be enough. I '
                    "don't need a full report, just to know someone read it."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 52.0,
                "body": (
                    "We also give reps a small thing that says they're official: a lanyard "
                    "with an ID card. It sounds daft but it helps when you knock on a "
                    "neighbour's door, and people feel part of something."
                ),
            },
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 76.0,
                "body": (
                    "Thank you. Reading Margaret's list, we didn't do any of those things "
                    "after the first few months. The officer who set it all up moved on and "
                    "nobody replaced her. I'll take this list to the meeting we're planning to "
                    "restart it."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 79.0,
                "body": (
                    "Lorraine, that's the most common story I hear. The contract depended on "
                    "one officer. When you restart, try to get the contract written into "
                    "someone's job description, so it survives the next reorganisation.\n\n"
                    "And ask the council for a named deputy as well, so there's always a "
                    "second person who knows what's going on."
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": "Quarterly estate inspections with residents: worth the officer time?",
        "kind": "discussion",
        "author": "olu.bankole@example.com",
        "topics": ["housing-repairs-estate-management", "monitoring-review"],
        "area": "lewisham",
        "pinned": False,
        "locked": False,
        "days_ago": 270,
        "posts": [
            {
                "author": "olu.bankole@example.com",
                "hours_after": 0.0,
                "body": (
                    "Our contract commits us to quarterly estate inspections with residents. "
                    "Each one takes me half a day, plus the write-up. Turnout from residents "
                    "varies from one to twelve.\n\n"
                    "I'm not trying to get out of them, but I'd like to make them worth it. "
                    "How do others run them?"
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 4.0,
                "body": (
                    "We do monthly walkabouts on Plains Farm, shorter and more focused, "
                    "usually an hour on a set route. Monthly means people get into the habit. "
                    "Quarterly always felt like a special event to us, which is probably why "
                    "turnout varied."
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 22.0,
                "body": (
                    "We publish the route and the time in advance and put a poster at each "
                    "stop along the way. People come out of their houses to join for a bit of "
                    "it, which is better than nobody at all. And we always finish at the "
                    "community centre with a brew."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 47.0,
                "body": (
                    "As a resident, I'd say the inspections are worth it as long as the things "
                    "we point out actually get done. If they do, word gets round and more "
                    "people come next time. If they don't, nobody bothers."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 50.0,
                "body": (
                    "That's fair, Ben. I've been writing up a list of actions but not telling "
                    "anyone when they're done. I'll start closing the loop publicly.\n\n"
                    "I'll try Rachel's posters as well, and put the date of the next "
                    "inspection on the bottom of each write-up so people can plan to come."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 73.0,
                "body": (
                    "You could try putting the inspection results on the same one-page report "
                    "as the contract standards. Then the inspection stops being a separate "
                    "activity and becomes part of the monitoring.\n\n"
                    "It also helps justify your half-day to your manager, because the "
                    "inspection is then visibly feeding into something the council has signed."
                ),
            },
        ],
    },
    {
        "board": "monitoring-and-review",
        "title": "Does anyone report contract results to the LSP or a scrutiny committee?",
        "kind": "question",
        "author": "hannah.price@example.com",
        "topics": ["monitoring-review"],
        "area": "eastern-road",
        "pinned": False,
        "locked": False,
        "days_ago": 6,
        "posts": [
            {
                "author": "hannah.price@example.com",
                "hours_after": 0.0,
                "body": (
                    "Our Eastern Road contract has been running for several months and the "
                    "steering group is getting decent monitoring figures. I'd like them to go "
                    "somewhere beyond the steering group, so the rest of the council sees them "
                    "too.\n\n"
                    "Has anyone reported contract performance to the local strategic "
                    "partnership or to an overview and scrutiny committee? Did it make any "
                    "difference, and did it cause any friction with partners who weren't "
                    "expecting it?"
                ),
            },
        ],
    },
    # --- Redress ---------------------------------------------------------------------------------
    {
        "board": "redress",
        "title": "Redress explained: from an investigation to compensation",
        "kind": "discussion",
        "author": "kevin.tremayne@example.net",
        "topics": ["redress-complaints"],
        "area": None,
        "pinned": True,
        "locked": False,
        "days_ago": 370,
        "posts": [
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 0.0,
                "body": (
                    "Redress is the part of community contracts that makes officers most "
                    "nervous and residents most interested, so here's a plain summary to start "
                    "this board off.\n\n"
                    "When the government talks about redress for community contracts, it "
                    "describes a range of responses, getting stronger as the failure gets more "
                    "serious:\n\n"
                    "1. **An investigation** into why the standard was missed.\n"
                    "2. **A written response** to residents explaining what happened.\n"
                    "3. **A commitment to put it right**, usually enough for one-off or minor "
                    "failures.\n"
                    "4. **Funding to fix the underlying problem**, where the failure is bigger.\n"
                    "5. **Financial compensation**, kept for serious and persistent failure.\n\n"
                    "Most councils already have a complaints policy with a similar ladder: an "
                    "apology, an explanation, looking again at a decision, changing a "
                    "procedure, and occasionally a payment. A contract's redress section "
                    "doesn't need to reinvent that. It can say how the existing ladder applies "
                    "when a contract standard is missed, and add anything local.\n\n"
                    "When you draft a redress section, I'd suggest it answers four questions "
                    "in plain words: who residents tell when a standard is missed, how quickly "
                    "they'll hear back, who decides whether the problem has been put right, "
                    "and what happens if the same thing keeps going wrong. If your draft "
                    "answers those four, you're most of the way there.\n\n"
                    "Most of the contracts I've seen stop at step 3. That's fine. What matters "
                    "is that residents know what will happen, and that it does."
                ),
            },
            {
                "author": "moderator@example.org",
                "hours_after": 4.0,
                "body": (
                    "Thanks Kevin. This board is for any question about redress, from wording "
                    "to the awkward real cases. Please keep individual complaints anonymous. "
                    "Describe the situation, not the person.\n\n"
                    "If a thread turns into a live dispute between a resident and a provider, "
                    "I may suggest taking it offline. That isn't censorship, it's just that "
                    "the forum isn't the right place to settle individual cases."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 21.0,
                "body": (
                    "Good summary. One addition: step 2 is where most contracts fall down in "
                    "practice. Partners are fine with \"we'll look into it\". They're less "
                    "good at writing back to a residents' group within a fixed time. I'd "
                    "always put a timescale on the written response."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 46.0,
                "body": (
                    "As a councillor, I'd say step 3 needs to say who decides what \"put it "
                    'right" means. Otherwise the argument moves from "was the standard '
                    'missed?" to "is this fixed?"\n\n'
                    "I've sat through more than one meeting where the provider said a job was "
                    "finished and the residents said it had been bodged. Neither side was "
                    'lying; they just had different ideas of "done".'
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 49.0,
                "body": (
                    "Fair point, Maureen. In the contracts I've helped with, the steering "
                    "group agrees that the problem is fixed, not the provider alone. It's a "
                    "simple line to add, and it means a resident can be asked to go and look "
                    "before anything is closed."
                ),
            },
        ],
    },
    {
        "board": "redress",
        "title": "The compensation question: are councils right to be nervous?",
        "kind": "discussion",
        "author": "maureen.hall@example.com",
        "topics": ["redress-complaints"],
        "area": "east-maltby",
        "pinned": False,
        "locked": False,
        "days_ago": 240,
        "posts": [
            {
                "author": "maureen.hall@example.com",
                "hours_after": 0.0,
                "body": (
                    "Since the announcement mentioned financial compensation as a possible "
                    "form of redress, I've had finance officers and our legal team asking "
                    "whether a community contract could land us with claims we can't afford.\n\n"
                    "My instinct is that the fear is overblown. Contracts aren't legally "
                    "binding, and compensation is meant for serious, persistent failure. But "
                    "I'd like to hear from people who've actually been through it. Has anyone "
                    "put compensation into a contract? And did anyone ever claim?"
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 3.0,
                "body": (
                    "I'm not aware of any area that paid individual cash compensation under a "
                    "contract, though I can't speak for everyone. What I have seen is a "
                    "commitment to put money into the neighbourhood when a standard is "
                    "repeatedly missed, such as an extra clean-up or new bins. That gets the "
                    "benefit of redress without the lawyers getting excited."
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 6.0,
                "body": (
                    "We discussed it at length for Eastern Road and decided against cash "
                    "compensation. The worry wasn't the money, it was that it would turn the "
                    "contract into a transaction. Residents said they'd rather the council "
                    "spent any money on fixing the problem."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 24.0,
                "body": (
                    "I'd be careful about ruling it out entirely. For a resident who's had a "
                    'broken light outside their door for two months, "we\'ll write to you" '
                    "can feel insulting. A small, clearly defined payment for one specific, "
                    "measurable failure might build more trust than it costs."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 30.0,
                "body": (
                    "Speaking as a resident, I agree with Hannah's residents. I've never heard "
                    "anyone in Fitton Hill ask for money. They want it fixed and they want "
                    "someone to say sorry.\n\n"
                    "The apology matters more than officers think. When the council wrote to "
                    "us last year admitting the bins had been missed three weeks running, and "
                    "saying why, the anger just went out of it."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 51.0,
                "body": (
                    "Perhaps a useful distinction: individual compensation for an individual "
                    "failure (like Dave's broken light) versus community funding for a "
                    "collective failure (the estate's grass not cut all summer). The first "
                    "fits better in the council's complaints process. The second fits a "
                    "contract."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 55.0,
                "body": (
                    "> individual compensation for an individual failure versus community "
                    "funding for a collective failure\n\n"
                    "Tunde, that's the clearest way I've heard it put. I think I can sell that "
                    "to our finance team. The contract covers the collective side, and "
                    "individual cases stay in the complaints system."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 74.0,
                "body": (
                    "That's roughly where Oldham ended up too. The agreements say what happens "
                    "when the neighbourhood is let down, and anyone with a personal complaint "
                    "is pointed to the normal route, with the street reps helping them use it "
                    "if needed."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 99.0,
                "body": (
                    "Thanks everyone. This is one of the questions we get asked most "
                    "centrally. It's reassuring that areas are working out sensible answers. "
                    "I'll make sure Tunde's distinction goes into the notes we share with new "
                    "Connecting Communities areas."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 150.0,
                "body": (
                    "Late reply. In Athersley the council agreed that if a street was graded D "
                    'by the champions for three months in a row, it would get a "deep clean" '
                    "from a set-aside budget. It's been used twice. Nobody calls it "
                    "compensation, but it's the same idea."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 153.0,
                "body": (
                    "Karen, that's a great example. It's measurable, it's about the place "
                    "rather than a person, and it's already been tested. I might borrow it for "
                    "Manton.\n\n"
                    "Can I ask how big the set-aside budget is? Not the exact figure, just "
                    "roughly, so I know whether it's something a district council could "
                    "realistically find."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 176.0,
                "body": (
                    "Agree with Dave. Karen's model is the one I'd hold up as good practice. "
                    "It links the monitoring directly to the redress, with no room for "
                    "argument about whether it's triggered.\n\n"
                    "It also gives the street grading a purpose residents can see. People are "
                    "far more willing to fill in forms when they know a D three months running "
                    "actually leads somewhere."
                ),
            },
        ],
    },
    {
        "board": "redress",
        "title": 'What counts as "serious and persistent" failure?',
        "kind": "question",
        "author": "stuart.armstrong@example.com",
        "topics": ["redress-complaints", "monitoring-review"],
        "area": "croft-and-cowpen-quay",
        "pinned": False,
        "locked": False,
        "days_ago": 100,
        "posts": [
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 0.0,
                "body": (
                    "We're drafting the redress section for Croft and Cowpen Quay. Everyone "
                    "agrees the stronger forms of redress are for serious and persistent "
                    "failure. Nobody agrees what that means.\n\n"
                    "Is it three missed targets in a row? A percentage over a year? A "
                    "judgement by the steering group? I'd rather define it now than argue "
                    "about it later."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 5.0,
                "accepted": True,
                "body": (
                    "Define it now, definitely, and keep it mechanical so nobody has to make a "
                    "judgement call in a heated meeting. A pattern that works:\n\n"
                    "- **Persistent**: the same standard missed in three consecutive months, "
                    "or in any four months within a year.\n"
                    "- **Serious**: a failure that creates a safety risk (an unlit path, "
                    "dangerous fly-tipping, offensive graffiti left up) or affects a large "
                    "part of the area.\n\n"
                    "Then the redress ladder says what happens at each level. Missed once: "
                    "written explanation within ten working days. Persistent: a plan to fix "
                    "it, agreed with the steering group. Serious and persistent: the stronger "
                    "options, such as funding to fix the underlying cause."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 9.0,
                "body": (
                    "Kevin's definition is close to ours. The only change I'd suggest is for "
                    'the steering group to be able to escalate something as "serious" even '
                    "if it doesn't meet the mechanical test. There's always something you "
                    "didn't think of."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 28.0,
                "body": (
                    "That's helpful, thank you both. I like having both the mechanical rule "
                    "and a safety valve. The mechanical rule will reassure our managers, and "
                    "the safety valve will reassure the residents."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 50.0,
                "body": (
                    "Just to add that for housing, the landlord may already have a definition "
                    'of "persistent" in its complaints policy. Check it before you write '
                    "your own. It'll be easier to get the landlord to sign if the contract "
                    "uses the same test."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 53.0,
                "body": (
                    "Good point, Olu. Always borrow existing definitions where they're good "
                    "enough. Every new definition is something else for a legal team to worry "
                    "about, and something else for residents to learn."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 80.0,
                "body": (
                    "Thanks all. Draft now says: persistent means missed three months running "
                    "or four times in a year; serious means a safety risk or a large part of "
                    "the area affected; and the steering group can escalate anything else by "
                    "agreement. It goes to partners next week."
                ),
            },
        ],
    },
    {
        "board": "redress",
        "title": "Written response within how many days when a standard is missed?",
        "kind": "question",
        "author": "ben.ashworth@example.net",
        "topics": ["redress-complaints"],
        "area": "manton",
        "pinned": False,
        "locked": False,
        "days_ago": 55,
        "posts": [
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 0.0,
                "body": (
                    'Quick one. Our Manton contract says partners will "respond in writing" '
                    "to the residents' association when a standard is missed, but doesn't say "
                    "how quickly. We've had one reply take seven weeks.\n\n"
                    "What timescale have others put in?"
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 4.0,
                "body": (
                    "For what it's worth, our complaints policy already says ten working days "
                    "for a full response, so I'd be happy to see ten working days in the "
                    "contract. It's only fair that the contract matches what individuals get."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 7.0,
                "accepted": True,
                "body": (
                    "Ten working days is the most common figure I've seen, and it matches most "
                    "councils' complaints procedures. I'd also add that if the full answer "
                    "will take longer, the partner must send a holding reply within those ten "
                    "days saying when the full answer will come. That covers the genuinely "
                    "complicated cases without letting things drift for seven weeks."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 26.0,
                "body": (
                    "Ten working days with a holding reply. That seems fair. Thanks both.\n\n"
                    "I'll suggest we also log each missed standard and the date of the reply, "
                    "so we can see at the review whether it's being kept to."
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 29.0,
                "body": (
                    "Happy with that from our side. I'll make sure the holding reply goes from "
                    "the same person each time, so the association isn't passed around. Ben, "
                    "the log is a good idea, and I'll keep one our end too so we can compare "
                    "notes."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 170.0,
                "body": (
                    "Quick update for anyone finding this later: the review agreed ten working "
                    "days plus a holding reply, and the first two missed standards since then "
                    "both got answers within the time. A big improvement on seven weeks."
                ),
            },
        ],
    },
    {
        "board": "redress",
        "title": "A worked example: the underpass lights that took seven weeks",
        "kind": "discussion",
        "author": "member@example.org",
        "topics": ["redress-complaints", "street-lighting"],
        "area": "plains-farm",
        "pinned": False,
        "locked": False,
        "days_ago": 160,
        "posts": [
            {
                "author": "member@example.org",
                "hours_after": 0.0,
                "body": (
                    "I thought a real (ish) example might help this board. Last winter the "
                    "lights in the underpass at the bottom of our estate went out. It's the "
                    "route most people take to the bus stop, and it's pitch black.\n\n"
                    "- Week 1: I reported it. The council said it would be fixed within five "
                    "working days.\n"
                    "- Week 2: Nothing. I graded it D on my form.\n"
                    "- Week 3: The council said it was a cable fault and the electricity "
                    "company would have to fix it.\n"
                    "- Weeks 4 to 7: Nothing from anyone. Still dark. People walking the long "
                    "way round the main road.\n"
                    "- Week 7: Fixed.\n\n"
                    "Nobody did anything wrong exactly, but it felt awful. What should the "
                    "contract have done?"
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 4.0,
                "body": (
                    "As the landlord, I should have done more. We could have put temporary "
                    "lighting in, or at least let residents know what was happening. We just "
                    "assumed the council had it in hand.\n\n"
                    "We've since agreed that any lighting fault on our land or on a key route "
                    "through the estate gets a note through the doors nearby within a week, "
                    "saying who's dealing with it."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 9.0,
                "body": (
                    "Jess, thanks for writing this up. Honestly, the contract did what it "
                    "could: the grade got it noticed, and we found out it was a cable fault. "
                    "What was missing was the communication between weeks 3 and 7, and any "
                    "interim plan for safety."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 27.0,
                "body": (
                    "Cable faults are the classic case. The council's lighting team genuinely "
                    "can't fix them, and the electricity company isn't a party to the "
                    "contract. What the contract can do is:\n\n"
                    "1. Require the council to tell residents within a few days when a fault "
                    "is passed to the network operator, with an expected date.\n"
                    "2. Require a safety assessment for any fault on a key route, with "
                    "temporary lighting if needed.\n"
                    "3. Have the council chase the operator weekly and report back.\n\n"
                    "None of that gets the cable fixed faster, but it would have made weeks 4 "
                    "to 7 feel very different."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 30.0,
                "body": (
                    "Dave's list is what I'd call proportionate redress. There isn't a failure "
                    "to compensate, exactly, but there is a failure to communicate, and that's "
                    "fixable.\n\n"
                    "It's also a good example of why redress sections should talk about "
                    "keeping people informed, not only about fixing things. Half of what "
                    "residents experience as a broken promise is silence."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 50.0,
                "body": (
                    "Thanks everyone. I've passed Dave's list to our steering group and "
                    "they've agreed to add something like it at the review. I'll let you know "
                    "what wording they go for.\n\n"
                    "For what it's worth, the lights have stayed on since. I check every time "
                    "I walk through."
                ),
            },
        ],
    },
    {
        "board": "redress",
        "title": "Should residents' commitments have a redress side too?",
        "kind": "question",
        "author": "gary.nicholson@example.com",
        "topics": ["redress-complaints", "housing-repairs-estate-management"],
        "area": "plains-farm",
        "pinned": False,
        "locked": False,
        "days_ago": 30,
        "posts": [
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 0.0,
                "body": (
                    "Slightly provocative question. Our contract has a redress section that "
                    "applies when providers miss standards. It also lists things residents "
                    "promise to do, like keeping gardens tidy and bins off the pavement. "
                    "There's nothing about what happens when residents don't.\n\n"
                    "Should there be? Or is that the job of the tenancy agreement and the "
                    "enforcement team, not the contract?"
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 3.0,
                "body": (
                    "Please don't. The contract is the one document that isn't about telling "
                    "residents off. We already have tenancy agreements and fixed penalties for "
                    "that. If the contract becomes another stick, people won't sign it.\n\n"
                    "We had a long argument about this in Oldham and the residents who were "
                    "most against it were the ones who do the most volunteering. They felt it "
                    "would turn them into enforcers."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 6.0,
                "body": (
                    "I'm with Sandra. Residents' commitments are voluntary and collective. The "
                    '"redress" is social: street reps having a word, the residents\' group '
                    "raising it. The most I'd add is a line saying the steering group will "
                    "review how residents' commitments are going at the annual review, just as "
                    "it reviews the providers'."
                ),
            },
            {
                "author": "member@example.org",
                "hours_after": 26.0,
                "body": (
                    "The garden competition does more for tidy gardens on Plains Farm than any "
                    "threat could. People want to win!\n\n"
                    'There\'s a "most improved" category as well, which means the people who '
                    "were furthest behind have a real chance. That was a resident's idea and "
                    "it's been the best thing about it."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 28.0,
                "body": (
                    "What about something positive instead, like recognising streets that are "
                    "doing well? We gave a certificate to the tidiest street last year and the "
                    "residents were dead chuffed."
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 50.0,
                "body": (
                    "Fair enough, I'm persuaded. Rewards, not penalties, and review it at the "
                    "annual meeting. Thanks all.\n\n"
                    "For the record, I wasn't suggesting fines! More that we should be honest "
                    "when residents' side isn't working. But Kevin's review line does that."
                ),
            },
            {
                "author": "moderator@example.org",
                "hours_after": 52.0,
                "body": (
                    "A nice thread, thank you. For anyone finding this later, there's a "
                    "related discussion about how to review residents' commitments over on the "
                    "monitoring board."
                ),
            },
        ],
    },
    {
        "board": "redress",
        "title": "A neighbourhood fund instead of cash compensation: our proposal",
        "kind": "discussion",
        "author": "hannah.price@example.com",
        "topics": ["redress-complaints"],
        "area": "eastern-road",
        "pinned": False,
        "locked": False,
        "days_ago": 280,
        "posts": [
            {
                "author": "hannah.price@example.com",
                "hours_after": 0.0,
                "body": (
                    "At Eastern Road we've been trying to find a form of redress that has some "
                    "teeth but doesn't mean cash payments to individuals. Our proposal, which "
                    "the steering group is considering:\n\n"
                    "- Each partner puts a small sum into a neighbourhood fund at the start of "
                    "the year.\n"
                    "- If a partner persistently misses a standard, the steering group can "
                    "spend that partner's contribution on fixing the problem or on something "
                    "residents choose.\n"
                    "- Any money left at the end of the year goes to local community groups.\n\n"
                    "The idea is that there's a visible consequence, but the money stays in "
                    "the neighbourhood either way. Thoughts?"
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 5.0,
                "body": (
                    "Interesting idea. The main obstacle I'd expect is getting partners to pay "
                    "in at the start. Budget holders hate committing money against a failure "
                    "that hasn't happened yet. Have you sounded anyone out?\n\n"
                    "You might find it easier to ask for a pledge rather than a payment: the "
                    "money stays in each partner's budget unless the trigger is met."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 8.0,
                "body": (
                    "I like the principle. One risk: partners might feel that paying in buys "
                    "them permission to miss standards. Make it clear that the fund is used "
                    "only after the normal steps (explanation, putting it right) have been "
                    "followed, not instead of them."
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 28.0,
                "body": (
                    "Margaret, we've had a positive response from the council and a lukewarm "
                    "one from everyone else. Kevin, good point, and I'll make sure the wording "
                    "covers it.\n\n"
                    "The pledge idea might be what brings the others round. I'll try it at the "
                    "next steering group."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 60.0,
                "body": (
                    "We're thinking along similar lines for the Fairstead review. Would you be "
                    "willing to share your wording once it's agreed? I'll do the same.\n\n"
                    "Our residents are dead against cash compensation, but they do want "
                    "something that shows a missed standard matters."
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 63.0,
                "body": (
                    "Of course, Emma. I'll post it here once the steering group signs it off."
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 610.0,
                "body": (
                    "As promised, the wording the steering group agreed, in summary: each "
                    "partner contributes to the fund at the start of the year; the fund can "
                    "only be used once the usual explanation and put-it-right steps have been "
                    "tried; the steering group decides how to spend it, and residents are "
                    "told; anything unspent goes to local groups in the spring. The council "
                    "and the landlord have signed up. The police haven't yet, as they're "
                    "checking whether they're allowed to."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 634.0,
                "body": (
                    "Thank you, Hannah. That's clear and fair. We'll adapt it for Fairstead, "
                    "probably without the police contribution to start with. I'll post our "
                    "version once it's been through the review."
                ),
            },
        ],
    },
    # --- Working with partners -------------------------------------------------------------------
    {
        "board": "working-with-partners",
        "title": (
            "Policing Pledge standards in a community contract: duplication or reinforcement?"
        ),
        "kind": "discussion",
        "author": "bilal.qureshi@example.com",
        "topics": ["crime-community-safety", "anti-social-behaviour"],
        "area": "hathershaw-and-fitton-hill",
        "pinned": False,
        "locked": False,
        "days_ago": 310,
        "posts": [
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 0.0,
                "body": (
                    "When we negotiated the police section of our agreements, one of my "
                    "sergeants asked why we'd put the Policing Pledge commitments in a local "
                    "document when they already apply nationally. It's a fair question, so I'm "
                    "putting it to the forum.\n\n"
                    "For anyone who hasn't seen them side by side, these are the Pledge "
                    "commitments that come up most in contracts:\n\n"
                    "| Pledge commitment | Target |\n"
                    "| --- | --- |\n"
                    "| 999 calls answered | Within 10 seconds |\n"
                    "| Emergency attendance | Within 15 minutes in towns, 20 in rural areas |\n"
                    "| Messages to the neighbourhood team | Answered within 24 hours |\n"
                    "| Neighbourhood team time on the patch | At least 80% |\n"
                    "| Face-to-face appointment if needed | Within 48 hours |\n"
                    "| Public meetings to agree priorities | At least monthly |\n\n"
                    "My own view is that repeating them locally is worth it, because residents "
                    "have never heard of the Pledge but they do read the contract. The local "
                    "version also carries the team's actual names, phone number and email, "
                    "which no national poster can.\n\n"
                    "The counter-argument, which my sergeant made well, is that if the "
                    "national commitments ever change, the local document is instantly out of "
                    "date, and residents will hold us to something we're no longer asked to "
                    "do. What do others think?"
                ),
            },
            {
                "author": "ian.robson@example.com",
                "hours_after": 5.0,
                "body": (
                    "I agree. Nobody in Springwell knew what the Pledge was. When we put the "
                    "24-hour reply in the local agreement with the team's actual phone number "
                    "and email, it got used. The national version is a poster in the station. "
                    "The local version is on people's fridges."
                ),
            },
            {
                "author": "tom.buckley@example.net",
                "hours_after": 9.0,
                "body": (
                    "Same in King's Lynn. I'd add that the contract lets us add local detail "
                    "the Pledge doesn't have, such as which streets the team patrols on foot "
                    "and when the PCSOs are around the shops after school."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 30.0,
                "body": (
                    'As a resident, the 80% figure is the one people care about. "Are the '
                    'police ever actually here?" is the question at every meeting. Having it '
                    "written down helped Bilal's team show they are here, and it helped us ask "
                    "why when they weren't."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 50.0,
                "body": (
                    "One caution: only put in what the local team controls. The neighbourhood "
                    "team can promise to reply within 24 hours. It can't promise how fast the "
                    "control room answers 999 calls. If that goes wrong, residents will blame "
                    "the local team for something they can't influence.\n\n"
                    "On the sergeant's point about national changes, a line saying the police "
                    "section will be updated at each annual review covers most of it."
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 53.0,
                "body": (
                    "That's a good point, Tunde. In our agreement the 999 and emergency times "
                    'are listed as "what to expect from the police" rather than as the '
                    "neighbourhood team's own commitments. Maybe I should make that "
                    "distinction clearer in the review."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 75.0,
                "body": (
                    "Bilal, one thing that really helped us was the police reporting back on "
                    "the Peace and Quiet agreement at the PACT meetings in the same format as "
                    "the other partners. It made the police feel like part of the contract "
                    "rather than a separate thing."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": "County or district? Who signs up for street lighting in a two-tier area?",
        "kind": "question",
        "author": "ben.ashworth@example.net",
        "topics": ["street-lighting", "highways-pavements"],
        "area": "manton",
        "pinned": False,
        "locked": False,
        "days_ago": 175,
        "posts": [
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 0.0,
                "body": (
                    "This has come up as we prepare for our Manton review. Bassetlaw District "
                    "Council signed our contract, but it turns out most of the street lighting "
                    "and all the road repairs are the county's. The county wasn't party to the "
                    "original agreement, so the lighting standards in it were basically the "
                    "district promising to pass things on.\n\n"
                    "How have others in two-tier areas got the county involved? Does the "
                    "county sign the whole contract or just its bits?"
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 4.0,
                "accepted": True,
                "body": (
                    "This is my specialist subject, for my sins. In Worksop we did three "
                    "things:\n\n"
                    "1. **Map the responsibilities first.** A simple table: service, which "
                    "council does it, who to ring. In two-tier areas residents, and frankly "
                    "many officers, don't know. Street lighting, highways, pavements, and "
                    "often trading standards and youth services belong to the county. Bins, "
                    "street cleaning, parks and housing belong to the district.\n"
                    "2. **Ask the county to sign a schedule, not the whole contract.** The "
                    "county's highways people were never going to sign up to bin collections. "
                    "A one-page schedule of their own standards, signed by their area manager, "
                    "was much easier to get.\n"
                    "3. **Get the county councillor involved.** The local county member was "
                    "our best ally in getting the county to the table.\n\n"
                    "It's doable, but leave plenty of time. Counties cover a lot of "
                    "neighbourhoods and yours is one of many.\n\n"
                    "A couple of traps to avoid. Don't let the district promise anything on "
                    "the county's behalf, even informally, because residents will remember the "
                    "promise and not the small print. And check whether the county has already "
                    "delegated any of its services to the district under an agency agreement. "
                    "In some places the district does grass cutting on county verges, for "
                    "instance, which changes who needs to sign."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 8.0,
                "body": (
                    "Same issue in Fairstead. The borough council signed our contract but the "
                    "verges and lighting on the main roads are Norfolk County Council's. We're "
                    "trying Dave's schedule approach at the review. I'll report back.\n\n"
                    "Dave, the agency agreement point is news to me. I'll ask whether any of "
                    "our verges are cut by the borough on the county's behalf."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 30.0,
                "body": (
                    "Thanks Dave, that's clear. I didn't know about getting the county "
                    "councillor involved. We have a good one, so I'll start there.\n\n"
                    'I\'ll also put together the "who does what" table before the review. I '
                    "suspect it'll be an eye-opener for our committee."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 33.0,
                "body": (
                    "Good luck. And if the county won't sign anything at first, at least put "
                    'their standards and contact details in the "who does what" section. '
                    "Residents still benefit from knowing where to go.\n\n"
                    "Counties usually come round once they see the district and the landlord "
                    "reporting against their standards and realise they're the only ones "
                    "missing."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": "Getting the fire and rescue service round the table",
        "kind": "discussion",
        "author": "rachel.greaves@example.com",
        "topics": ["fire-safety"],
        "area": "manton",
        "pinned": False,
        "locked": False,
        "days_ago": 210,
        "posts": [
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 0.0,
                "body": (
                    "Fire safety is one of the priorities in Manton, mostly because of "
                    "deliberate fires in bins and on garages, and a couple of serious house "
                    "fires a few years back. The fire and rescue service is keen, but we've "
                    "struggled to work out what they can actually commit to in a contract.\n\n"
                    "What have other areas got fire and rescue to sign up to?"
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 5.0,
                "body": (
                    "From the residents' side, the free home fire safety checks were the thing "
                    "people valued. The crew came round, checked the smoke alarms and fitted "
                    "new ones where needed. A lot of older residents didn't know it was free."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 9.0,
                "body": (
                    "Our Peace and Quiet agreement in Oldham had a fire safety section. The "
                    "service committed to home fire safety checks on request, school visits "
                    "and working with the council to clear rubbish that could be set alight. "
                    "Residents promised not to leave bins or bulky rubbish out where they "
                    "could be torched."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 30.0,
                "body": (
                    "Deliberate fires are a good joint target. The fire service knows exactly "
                    "where and when they happen, so they can share the data with the council's "
                    "cleansing team and the housing provider. Clearing the fuel is half the "
                    "battle."
                ),
            },
            {
                "author": "rachel.greaves@example.com",
                "hours_after": 49.0,
                "body": (
                    "Thanks all, this is very helpful. I think we'll go for home safety "
                    "checks, clearing fly-tipping from known hotspots within a set time, and "
                    "the fire service sharing its deliberate-fire figures at the steering "
                    "group each quarter."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 53.0,
                "body": (
                    "Sounds good to me. Can we ask the crew to come to the launch of the "
                    "refreshed contract as well? The kids would love it, and if Emma's "
                    "experience is anything to go by, we'll get a pile of home safety checks "
                    "booked on the day."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": (
            "Electricity company cable faults: has anyone got the network operator to sign "
            "anything?"
        ),
        "kind": "question",
        "author": "stuart.armstrong@example.com",
        "topics": ["street-lighting"],
        "area": "croft-and-cowpen-quay",
        "pinned": False,
        "locked": False,
        "days_ago": 65,
        "posts": [
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 0.0,
                "body": (
                    "Following on from the underpass thread on the redress board: our biggest "
                    "lighting complaint in Blyth is also cable faults, which can take five to "
                    "seven weeks to fix. The council's lighting team can't do anything except "
                    "chase.\n\n"
                    "Has anyone got the electricity network operator to sign a contract, or "
                    "even agree to a standard for a particular area?"
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 4.0,
                "body": (
                    "I've never seen an operator sign a neighbourhood contract, and honestly I "
                    "don't expect to. They have national regulatory targets and they treat "
                    "every council the same. What has worked is the council's lighting team "
                    "agreeing with the operator to prioritise faults on routes the contract "
                    "identifies as key, such as walking routes to schools and bus stops."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 8.0,
                "body": (
                    "Also worth putting the typical timescale for cable faults, roughly 25 to "
                    "35 working days, in the contract, so residents know what to expect up "
                    'front. It changes the conversation from "why haven\'t you fixed it?" to '
                    '"you said five to seven weeks and it\'s been nine".'
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 27.0,
                "body": (
                    "Thanks both. I'll ask our lighting team whether they'd raise the "
                    "key-routes idea with the operator. Kevin, I'll add the timescale. At "
                    "least it'll be honest.\n\n"
                    "I'll also suggest we ask residents to pick the key routes, rather than "
                    "the lighting team. They know which paths people actually use after dark."
                ),
            },
            {
                "author": "stuart.armstrong@example.com",
                "hours_after": 600.0,
                "body": (
                    "Update on this: our lighting team raised the key-routes list with the "
                    "network operator, who agreed to flag faults on those routes as a "
                    "priority. It's an informal arrangement, not a signature, but the last "
                    "fault on the route to the school was fixed in under three weeks."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 604.0,
                "body": (
                    "That's a real result, Stuart. An informal arrangement that works beats a "
                    "signed one that doesn't. Worth writing the key-routes list into the "
                    "contract at the next review, though, so it survives staff changes on both "
                    "sides."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": "Trading standards and underage sales: a retailers' agreement on the estate",
        "kind": "discussion",
        "author": "tom.buckley@example.net",
        "topics": ["trading-standards-licensing", "young-people-youth-services"],
        "area": "fairstead",
        "pinned": False,
        "locked": False,
        "days_ago": 145,
        "posts": [
            {
                "author": "tom.buckley@example.net",
                "hours_after": 0.0,
                "body": (
                    "A lot of the ASB on Fairstead in the evenings involves teenagers who've "
                    "got hold of alcohol, and we're fairly sure some of it comes from one or "
                    "two local shops. Trading standards have done test purchases, but it keeps "
                    "happening.\n\n"
                    "Someone suggested a retailers' agreement as part of the contract. Has "
                    "anyone done one?"
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 5.0,
                "body": (
                    "We did one in Oldham. It was signed by the shops on the parade and the "
                    "local pub manager. The retailers agreed to ask for ID from anyone who "
                    "looked under 25, keep a refusals log, not sell single cans, and keep the "
                    "front of the shop tidy. In return, the police and trading standards "
                    "agreed to support them when they had trouble with customers who'd been "
                    "refused.\n\n"
                    'The "support them" part was important. Shopkeepers often sell because '
                    "they're scared of the consequences of refusing."
                ),
            },
            {
                "author": "rosa.fernandes@example.net",
                "hours_after": 26.0,
                "body": (
                    "We're looking at something similar with the late-night venues on the "
                    "South Bank. I like the idea that it's a two-way deal with something in it "
                    "for the shops.\n\n"
                    "Our venues' big complaint is that they get blamed for everything that "
                    "happens on the street, even from people who've never been inside. An "
                    "agreement might help sort out what's genuinely theirs."
                ),
            },
            {
                "author": "tom.buckley@example.net",
                "hours_after": 48.0,
                "body": (
                    "Margaret, the support angle makes a lot of sense. Some of our local "
                    "shopkeepers have told me privately that they're intimidated. I'll speak "
                    "to trading standards about a joint approach.\n\n"
                    "If we can promise a quick police response when a refusal turns nasty, I "
                    "think at least three of the shops would sign."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 52.0,
                "body": (
                    "Just a thought from a young person: if you do this, please don't make it "
                    "all about stopping young people. Our champions said the thing that would "
                    "actually help is somewhere to go in the evenings. The youth club shut "
                    "last year."
                ),
            },
            {
                "author": "tom.buckley@example.net",
                "hours_after": 55.0,
                "body": (
                    "That's a fair point, Liam, and one I'll take to our partners. The youth "
                    "service should be at the table for this too.\n\n"
                    "If the retailers' agreement goes ahead, I'll suggest the launch includes "
                    "something about what's on for young people, so it doesn't look like we're "
                    "just clamping down."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": (
            "ALMO or housing association: does it matter who the landlord is when it comes to "
            "signing?"
        ),
        "kind": "question",
        "author": "nadia.rashid@example.com",
        "topics": ["housing-repairs-estate-management"],
        "area": "dinnington",
        "pinned": False,
        "locked": False,
        "days_ago": 90,
        "posts": [
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 0.0,
                "body": (
                    "In Dinnington the social housing is a mix of council stock managed by an "
                    "arm's-length management organisation and homes owned by two housing "
                    "associations. I'm trying to work out who needs to sign what.\n\n"
                    "Does the ALMO sign on the council's behalf, or do we need the council as "
                    "landlord as well? And do we need every housing association, even the one "
                    "with only a few dozen homes in the area?"
                ),
            },
            {
                "author": "gary.nicholson@example.com",
                "hours_after": 5.0,
                "body": (
                    "From the housing association side: sign up everyone who owns homes in the "
                    "area, even the small ones. Residents don't know or care who their "
                    "neighbour's landlord is. If one landlord isn't in the contract, their "
                    "tenants will feel left out, and the problem houses are often theirs."
                ),
            },
            {
                "author": "olu.bankole@example.com",
                "hours_after": 9.0,
                "body": (
                    "On the ALMO question, the ALMO usually signs because it provides the "
                    "housing management service. But check its management agreement with the "
                    "council. Some things, such as major works, may still sit with the council.\n\n"
                    "Also check who handles ASB. In some places the ALMO does it; in others "
                    "it's a council team that covers all tenures."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 28.0,
                "accepted": True,
                "body": (
                    "Both answers are right. To put it together:\n\n"
                    "- The **ALMO** signs for the day-to-day housing services it manages: "
                    "repairs, ASB, estate cleaning, tenancy management.\n"
                    "- The **council** signs as the landlord for anything the ALMO doesn't "
                    "control, and in any case as the main council partner.\n"
                    "- **Each housing association** with stock in the area signs its own "
                    "section. For the small ones, a short standard schedule is fine.\n\n"
                    "We did exactly this on Plains Farm with Home Group as the main landlord "
                    "and a couple of smaller ones. The small associations were happy to sign a "
                    "simple one-pager."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 50.0,
                "body": (
                    "Thank you Sarah, that's very clear. And Gary, you're right about the "
                    "problem houses. I'll make sure everyone is approached, however small.\n\n"
                    "I'll draft a one-page schedule for the smaller housing associations based "
                    "on Sarah's description and run it past our ALMO first."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": "PACT meetings and the contract: one meeting or two?",
        "kind": "discussion",
        "author": "tom.buckley@example.net",
        "topics": ["crime-community-safety", "monitoring-review"],
        "area": "fairstead",
        "pinned": False,
        "locked": False,
        "days_ago": 250,
        "posts": [
            {
                "author": "tom.buckley@example.net",
                "hours_after": 0.0,
                "body": (
                    "On Fairstead we have a monthly PACT meeting where residents raise issues, "
                    "the police and council agree priorities, and we report back at the next "
                    "meeting. We also have a quarterly contract steering group that covers "
                    "many of the same issues with many of the same people.\n\n"
                    "Residents are getting meeting fatigue. Has anyone merged the two?"
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 4.0,
                "body": (
                    "We haven't merged them in Oldham, but we link them. The PACT meeting sets "
                    "the policing priorities for the month, and anything that's really a "
                    "contract issue, like a missed cleansing standard, gets noted and passed "
                    "to the steering group. The steering group reports back at PACT. Same "
                    "people, fewer repetitions."
                ),
            },
            {
                "author": "ian.robson@example.com",
                "hours_after": 7.0,
                "body": (
                    "We tried merging them in Springwell for a while and it didn't work. The "
                    "PACT meeting got swamped with bins and grass and the police priorities "
                    "got lost. We went back to two meetings.\n\n"
                    "To be fair, the residents enjoyed the merged meetings more. It was the "
                    "police side that suffered, because we couldn't get through our own "
                    "business."
                ),
            },
            {
                "author": "emma.lawson@example.com",
                "hours_after": 26.0,
                "body": (
                    "As chair of the residents' association, I'd happily merge them if it "
                    "meant one evening a month instead of two. But I can see Ian's point.\n\n"
                    "Our committee members are mostly working people with families. Two "
                    "evening meetings a month, plus our own committee, is a lot to ask."
                ),
            },
            {
                "author": "sandra.lowther@example.net",
                "hours_after": 50.0,
                "body": (
                    "What worked for us was holding them on the same evening in the same room: "
                    "PACT first, then a short break, then the contract group. Residents can "
                    "stay for one or both. The partners only come out once."
                ),
            },
            {
                "author": "tom.buckley@example.net",
                "hours_after": 53.0,
                "body": (
                    "Sandra, that's a neat solution. Back-to-back meetings keep the police "
                    "focus in PACT but save everyone an evening. I'll suggest it.\n\n"
                    "I'll check the community centre can give us the room for the extra hour. "
                    "It's usually the caretaker who decides these things!"
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 74.0,
                "body": (
                    "We do the same at Eastern Road now. The tea break in the middle is where "
                    "most of the actual work gets done. Officers who'd never normally speak to "
                    "each other end up sorting things out over a biscuit."
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 77.0,
                "body": (
                    "> The tea break in the middle is where most of the actual work gets done.\n\n"
                    "Very true. Half my actions come from conversations by the urn."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": (
            "Health partners: has anyone got the primary care trust to sign a health agreement?"
        ),
        "kind": "question",
        "author": "deborah.kirk@example.com",
        "topics": ["health-wellbeing"],
        "area": "peterborough-neighbourhood",
        "pinned": False,
        "locked": False,
        "days_ago": 9,
        "posts": [
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 0.0,
                "body": (
                    "The pilot evaluation mentioned that contracts were expected to extend "
                    "into health. In our Peterborough neighbourhood, residents keep raising GP "
                    "access and the lack of anything for older people who are isolated.\n\n"
                    "Has anyone got a primary care trust or a GP practice to sign up to "
                    "anything? I'd be interested in what they committed to and how you "
                    "measured it."
                ),
            },
        ],
    },
    {
        "board": "working-with-partners",
        "title": "When a partner quietly stops turning up",
        "kind": "discussion",
        "author": "sarah.whitfield@example.com",
        "topics": ["monitoring-review", "community-engagement-cohesion"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 125,
        "posts": [
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 0.0,
                "body": (
                    "A problem I've seen in a few places now: a partner signs the contract "
                    "with enthusiasm, comes to the first few steering groups, then quietly "
                    "stops coming. Nobody notices until a standard is missed and there's "
                    "nobody to ask.\n\n"
                    "It's usually not bad faith. The officer who signed moves on, or "
                    "priorities change. How do people handle it?"
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 4.0,
                "body": (
                    'Write named roles into the contract, not named people: "the housing area '
                    "manager\" rather than a person's name. And ask each partner to nominate a "
                    "deputy. When someone moves on, the role still exists.\n\n"
                    "At each annual review, check the list of named roles against who actually "
                    "holds them. You'll usually find at least one that's changed."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 8.0,
                "body": (
                    "I send a brief note to the partner's senior manager after two missed "
                    "meetings, copied to the council lead. It's polite, it says what they've "
                    "missed, and it asks who'll attend next time. Works almost every time, "
                    "because nobody wants their boss to know they've dropped out."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 29.0,
                "body": (
                    "Is it worth building attendance into the monitoring? Our draft in Aspley "
                    "has a line in the annual review about which partners came to how many "
                    "meetings.\n\n"
                    "Some colleagues think it's a bit confrontational for a document that's "
                    "meant to be about partnership. I'm not sure."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 31.0,
                "body": (
                    "Yes, Patrick. Publishing attendance is uncomfortable but effective. Just "
                    "make sure it's presented fairly, as some partners cover dozens of "
                    "neighbourhoods and can't make every meeting. A written update can count "
                    "as attendance."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 50.0,
                "body": (
                    "Thanks all. Named roles, deputies, a polite escalation and published "
                    "attendance. That's a good toolkit.\n\n"
                    "I'd add one more from my own experience: thank partners publicly when "
                    "they do turn up and deliver. It makes the absences more noticeable "
                    "without anyone having to point at them."
                ),
            },
        ],
    },
    # --- Connecting Communities areas ------------------------------------------------------------
    {
        "board": "connecting-communities-areas",
        "title": "Connecting Communities: what the programme offers areas like yours",
        "kind": "discussion",
        "author": "gareth.pryce@example.org",
        "topics": ["community-engagement-cohesion", "jobs-skills"],
        "area": None,
        "pinned": True,
        "locked": False,
        "days_ago": 390,
        "posts": [
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 0.0,
                "body": (
                    "Welcome to the board for Connecting Communities neighbourhoods. For "
                    "anyone new, a short reminder of what the programme is about.\n\n"
                    "The government launched Connecting Communities in October 2009 with £12 "
                    "million to help councils work with traditional working-class "
                    "neighbourhoods that have been hit hard by the recession and where people "
                    "feel they've lost out. Each council agreed its neighbourhoods with "
                    "central government through its Government Office, using both figures and "
                    "local knowledge, and wrote a plan for each one. The first wave was 27 "
                    "neighbourhoods across 21 councils, with more joining since.\n\n"
                    "The work falls into three strands:\n\n"
                    "1. **Leadership**: training for councillors, front-line staff and local "
                    "activists.\n"
                    "2. **Giving people a voice**: community champions, listening exercises "
                    "and ways for residents to influence decisions.\n"
                    "3. **Increasing opportunities**: tackling unfairness about jobs and "
                    "housing, including links to the Future Jobs Fund.\n\n"
                    "Areas in the programme can also ask for a mentor to help them develop a "
                    "community contract. There's more in Mentors' corner, and Helen handles "
                    "the matching.\n\n"
                    "A contract isn't compulsory and it isn't the whole programme, but it fits "
                    "the second strand particularly well: it gives residents a written say in "
                    "what their services promise, and a way to check.\n\n"
                    "I've put a short, plain-English programme note at "
                    "https://www.example.org/connecting-communities/programme-notes. Please "
                    "use this board to share what you're doing. Nobody has all the answers yet."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 6.0,
                "body": (
                    "Thanks Gareth. East Maltby is one of the Rotherham neighbourhoods. We're "
                    "at the very beginning, so I'll mostly be listening for now.\n\n"
                    "The jobs strand is the one residents ask me about. If anyone has worked "
                    "out how to connect that to the rest of the programme, I'd be glad to hear "
                    "it."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 8.0,
                "body": (
                    "Dinnington here, also Rotherham. Nice to have a space for this. The "
                    "strands make sense on paper. The challenge is making them make sense on "
                    "the doorstep.\n\n"
                    "Nobody in Dinnington has ever said to me \"I'd like more leadership, "
                    "please\". They say the bus is rubbish and there's nothing for the kids to "
                    "do."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 27.0,
                "body": (
                    "Aspley in Nottingham. We've been doing a lot on the opportunities strand, "
                    "with jobs and training, and we're now trying to bring a community "
                    "contract into the mix. I'll post about it when there's something to show."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 170.0,
                "body": (
                    "Peterborough here. Our neighbourhood is not named in anything public yet, "
                    "so I'll be a bit vague, but we're exploring whether a contract would "
                    "help. Very glad to find other areas at the same stage."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 172.0,
                "body": (
                    "Welcome, Deborah. When you're ready for a mentor, drop me a message and "
                    "I'll find someone who has worked in a similar area. There's no need to "
                    "wait until you've decided on a contract; a mentor can help you decide."
                ),
            },
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 1200.0,
                "body": (
                    "Update: the programme has been extended, with more neighbourhoods joining "
                    "and further funding for next year. If your area has just joined, say "
                    "hello here. You'll find that several of the first-wave areas are happy to "
                    "share their plans."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": "Community champion training in Dinnington: notes from the first three sessions",
        "kind": "discussion",
        "author": "wayne.hirst@example.net",
        "topics": ["community-engagement-cohesion"],
        "area": "dinnington",
        "pinned": False,
        "locked": False,
        "days_ago": 70,
        "posts": [
            {
                "author": "wayne.hirst@example.net",
                "hours_after": 0.0,
                "body": (
                    "Nadia asked me to write up our community champion training for the forum, "
                    "so here goes, from a resident's point of view.\n\n"
                    "There were twelve of us, all local. Three evening sessions, two hours "
                    "each, at the library.\n\n"
                    "- **Session one** was about the area: what's here, who runs what, and "
                    "what the Connecting Communities plan says. Most of us didn't know half "
                    "the services existed.\n"
                    "- **Session two** was about listening: how to have a conversation on the "
                    "doorstep without it turning into a moan, and how to write down what "
                    "people say fairly.\n"
                    "- **Session three** was about getting things done: who to contact, how "
                    "the council makes decisions and how to follow up.\n\n"
                    "What I'd change: more time on session three, and less on filling in "
                    "forms. And a proper break. Two hours straight is a lot after work."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 3.0,
                "body": (
                    "Thank you, Wayne, this is really helpful feedback and I'll pass it on to "
                    "the trainers. The session three point is spot on. That's where people's "
                    "confidence comes from.\n\n"
                    "We'll build in a proper break next time too. Nobody learns anything in "
                    "the second hour on an empty stomach."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 7.0,
                "body": (
                    "Great to read this. In Barnsley we found that the champions who stayed "
                    "the course were the ones who got to do something real within a month of "
                    "finishing the training: a walkabout, a survey, a meeting with an officer. "
                    "If there's a gap of three months, you lose people."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 26.0,
                "body": (
                    "I did the champion training in Athersley last year. Best bit was meeting "
                    "people from other parts of the estate I'd never have talked to otherwise. "
                    "Worst bit was the forms, same as Wayne!\n\n"
                    "Wayne, if you want to swap notes with our lot in Barnsley, we'd be up for "
                    "it. It might be good for both groups."
                ),
            },
            {
                "author": "wayne.hirst@example.net",
                "hours_after": 50.0,
                "body": (
                    "Colin, that's a fair warning. We've got our first walkabout lined up for "
                    "next month, so hopefully that counts.\n\n"
                    "Liam, yes please. It'd be good to talk to people who've been doing it a "
                    "while."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 73.0,
                "body": (
                    "Good luck, Wayne. Make sure you get a named officer who'll actually "
                    "respond to what you find. The walkabout is only as good as what happens "
                    "afterwards.\n\n"
                    "And take photos. Liam's group taught us that one, and it has saved a lot "
                    "of arguments."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 75.0,
                "body": (
                    "Karen, noted. I'm going to be that officer, so I'd better be good at it. "
                    "I've told the team that anything from the champions' walkabout gets an "
                    "answer within ten working days."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": (
            "Linking the contract to Future Jobs Fund placements: sensible or mission creep?"
        ),
        "kind": "question",
        "author": "patrick.doyle@example.com",
        "topics": ["jobs-skills", "community-engagement-cohesion"],
        "area": "aspley",
        "pinned": False,
        "locked": False,
        "days_ago": 115,
        "posts": [
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 0.0,
                "body": (
                    "In Aspley the Connecting Communities work has put a lot of effort into "
                    "getting local people into Future Jobs Fund placements. Some of the "
                    "placements are with the council's environmental services and the local "
                    "housing provider, the same people who'll be signing our contract.\n\n"
                    "Someone suggested the contract should include a commitment to offer "
                    "placements to local residents. I can see the logic, but I'm worried it's "
                    "mission creep: a contract about services turning into a jobs scheme. What "
                    "do others think?"
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 4.0,
                "accepted": True,
                "body": (
                    "I'd go for it, carefully. In the St Helens ward in Barnsley, sixteen "
                    "local people went into work through Future Jobs Fund placements linked to "
                    "the Connecting Communities plan, and as I remember it, several of the "
                    "jobs were ones that directly improve the estate, such as cleansing, "
                    "grounds and caretaking. Residents saw people they knew doing the work, "
                    "and it changed how they felt about the services.\n\n"
                    "What I'd avoid is a numerical target in the contract. Put in a commitment "
                    "to advertise placements locally first, and to report at the review how "
                    "many local people took them up. That keeps it honest without making the "
                    "contract hostage to the job market."
                ),
            },
            {
                "author": "chantelle.morris@example.net",
                "hours_after": 8.0,
                "body": (
                    "From the residents' side, this is the bit of the programme people "
                    "actually talk about. If the contract can show a link between the estate "
                    "being looked after and local people getting work, that's a big selling "
                    "point."
                ),
            },
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 29.0,
                "body": (
                    'This fits the "increasing opportunities" strand well, so there\'s no '
                    "problem from the programme's point of view. Colin's advice about not "
                    "setting a hard number is sensible. The placements are time-limited, and "
                    "the contract will outlast them."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 52.0,
                "body": (
                    'Thanks all. "Advertise locally first and report on take-up" it is. '
                    "Colin, sixteen is impressive. Was it the council that ran the recruitment?\n\n"
                    "I'll also check with our HR team about whether local advertising raises "
                    "any equal opportunities issues. I'd rather find out now than after the "
                    "contract is signed."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 55.0,
                "body": (
                    "The council and Jobcentre Plus together, with the community champions "
                    "spreading the word. The champions did more than the adverts, honestly. "
                    "People believe a neighbour telling them about a job more than a poster."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": '"How your town works" sessions: what we covered and how they went',
        "kind": "discussion",
        "author": "colin.pearson@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "athersley-and-new-lodge",
        "pinned": False,
        "locked": False,
        "days_ago": 165,
        "posts": [
            {
                "author": "colin.pearson@example.com",
                "hours_after": 0.0,
                "body": (
                    "As part of the Connecting Communities work in Barnsley, we ran a set of "
                    '"how your town works" sessions for residents. Several people have asked '
                    "what they involved, so here's an outline.\n\n"
                    "Four sessions, each with a guest:\n\n"
                    "1. **The council**: who decides what, what councillors do, and how the "
                    "budget works. Guest: a cabinet member.\n"
                    "2. **Your services**: who empties the bins, cuts the grass and fixes the "
                    "lights, and who to ring. Guest: a neighbourhood services manager.\n"
                    "3. **Police and safety**: how the neighbourhood team sets priorities and "
                    "what happens after you report something. Guest: the local inspector.\n"
                    "4. **Having your say**: petitions, consultations, PACT meetings, the "
                    "residents' association and the contract. Guest: two residents who'd used "
                    "them.\n\n"
                    "The last one was the most popular by far. People want to hear from other "
                    "residents, not just from us."
                ),
            },
            {
                "author": "karen.dobson@example.com",
                "hours_after": 4.0,
                "body": (
                    "I went to all four. The council one was a bit dry, but the budget bit was "
                    "an eye-opener. People had no idea how much of the money goes on social "
                    "care.\n\n"
                    "It changed the tone of our meetings afterwards, too. People still "
                    "complain, but they ask better questions."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 8.0,
                "body": (
                    "Session four was the best. Hearing from people who'd actually changed "
                    "something made me think I could too.\n\n"
                    "One of the speakers had got a pedestrian crossing put in outside the "
                    "school after a three-year campaign. Three years! But she got it."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 26.0,
                "body": (
                    "This is exactly what I'd like to do in East Maltby. Colin, did you get "
                    "many people who don't normally come to things?\n\n"
                    "Our problem is that the same twenty people come to everything, and they "
                    "already know how the town works."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 30.0,
                "body": (
                    "Some, not loads. We got more of them by holding session two at the school "
                    "rather than the community centre and doing a crèche. Roughly half the "
                    "people at that one had never been to a council meeting of any kind."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 52.0,
                "body": (
                    "Brilliant idea. I'm going to suggest the series to our team for "
                    "Dinnington. Would you mind if I borrowed the outline?\n\n"
                    "We might do it jointly with East Maltby, Maureen, if you're interested. "
                    "Same council, same questions."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 55.0,
                "body": (
                    "Help yourself. That's what it's for. And if you want a resident from "
                    'Athersley to do the "having your say" slot, Karen has volunteered. '
                    "Well, she's about to."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": (
            "Our area was picked partly on survey scores. How do we explain that without "
            "offending residents?"
        ),
        "kind": "question",
        "author": "maureen.hall@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "east-maltby",
        "pinned": False,
        "locked": False,
        "days_ago": 140,
        "posts": [
            {
                "author": "maureen.hall@example.com",
                "hours_after": 0.0,
                "body": (
                    "Rotherham chose its Connecting Communities neighbourhoods partly on Place "
                    "Survey results, particularly the questions on whether people from "
                    "different backgrounds get on well and whether people feel they can "
                    "influence decisions. In East Maltby both scores were low.\n\n"
                    'When residents ask "why us?", the honest answer is "because you told '
                    'the survey you were unhappy". Some of them hear that as "you\'ve been '
                    'labelled a problem estate". How have other areas handled that '
                    "conversation?"
                ),
            },
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 4.0,
                "body": (
                    "It's a common worry. I'd start from the fact that it's the residents' own "
                    "views that put the area in the programme, so it's a response to what they "
                    'said rather than a judgement on them. "You told us you felt unheard, and '
                    'this is money to change that."'
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 8.0,
                "accepted": True,
                "body": (
                    "I'd go further than Gareth and lead with what people get, not how they "
                    'were chosen. When residents ask "why us?", answer briefly and honestly, '
                    "then move straight on to \"and here's what it means for you: training, a "
                    "bigger say, help with jobs, and a contract setting out what services will "
                    'do."\n\n'
                    "Three other tips from Brighton:\n\n"
                    '- Never use words like "deprived" or "problem" in anything residents '
                    "see.\n"
                    "- Let residents describe the area in their own words in any publicity.\n"
                    "- Get residents who've been involved to do the explaining. It's far more "
                    "convincing than a councillor or officer."
                ),
            },
            {
                "author": "maureen.hall@example.com",
                "hours_after": 29.0,
                "body": (
                    'Thank you both. Fiona, "briefly and honestly, then move on" is exactly '
                    "right. I've been giving long explanations and making it worse.\n\n"
                    'I\'ll also stop saying "the survey" and start saying "what you told '
                    "us\". It's the same thing, but it sounds very different."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 33.0,
                "body": (
                    "Very useful for us too. We have the same problem in Peterborough, plus "
                    "the additional one that people worry the programme is about one group "
                    "over another. Has anyone dealt with that?"
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 50.0,
                "body": (
                    "Deborah, we had some of that in Barnsley. The thing that helped was being "
                    "very open about what the money was spent on and who it was for, which in "
                    "the end was everyone on the estate. Rumours fill silences, so don't leave "
                    "any."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": "What does a mentor actually do, and how long does the support last?",
        "kind": "question",
        "author": "deborah.kirk@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "peterborough-neighbourhood",
        "pinned": False,
        "locked": False,
        "days_ago": 50,
        "posts": [
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 0.0,
                "body": (
                    "We're thinking of asking for a mentor to help with a community contract "
                    "in our Peterborough neighbourhood. Before I ask, it'd be good to know "
                    "what to expect. Is it a few phone calls? Site visits? Someone who writes "
                    "the contract for us? And how long does it last?"
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 4.0,
                "body": (
                    "Mentors are experienced practitioners, mostly people who led one of the "
                    "pilots or have run a contract for a while. It's usually a mix of a first "
                    "visit, phone and email support, and a couple of further visits at key "
                    "points, such as before the draft goes to partners and before the launch. "
                    "They won't write it for you, but they'll read everything you write!\n\n"
                    "How long it lasts depends on where you are, but most areas have a mentor "
                    "for several months."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 7.0,
                "body": (
                    "From the mentor side: the first visit is the most important. I want to "
                    "meet the core group of residents, the neighbourhood manager and ideally "
                    "someone senior from the council. After that it's mostly questions by "
                    'email and the occasional "is this normal?" phone call. It usually is.'
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 26.0,
                "body": (
                    "That's reassuring, thank you both. I'll put in a request this week.\n\n"
                    'Margaret, the "is this normal?" call is probably going to be my most '
                    "frequent question, so I'm glad to hear it's allowed."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 28.0,
                "body": (
                    "I'll look out for it. There's a pinned thread in Mentors' corner "
                    "explaining the process too. It's short, and it says what a mentor will "
                    "and won't do."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 410.0,
                "body": (
                    "Just to close the loop: we've been matched with a mentor and had our "
                    "first visit. The five questions were tough but fair!\n\n"
                    "The one about what happened the last time residents were consulted turned "
                    "out to be the key. There's a lot of bad feeling about a regeneration "
                    "consultation that went nowhere, and we'll have to deal with that first."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": "Aspley draft contract: comments welcome on the jobs and safety sections",
        "kind": "discussion",
        "author": "patrick.doyle@example.com",
        "topics": ["jobs-skills", "crime-community-safety"],
        "area": "aspley",
        "pinned": False,
        "locked": False,
        "days_ago": 20,
        "posts": [
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 0.0,
                "body": (
                    "We've got a working draft of the Aspley contract and I'd welcome comments "
                    "on two sections before it goes to partners. I've paraphrased the drafts "
                    "below.\n\n"
                    "**Jobs and training** (the council, Jobcentre Plus and the housing "
                    "provider)\n\n"
                    "- Placements and entry-level jobs on the estate advertised locally for a "
                    "week before wider advertising.\n"
                    "- A monthly jobs drop-in at the community centre.\n"
                    "- A report at the annual review on how many local people found work or "
                    "training through the contract's partners.\n\n"
                    "**Community safety** (the police, the council and the housing provider)\n\n"
                    "- The neighbourhood team replies to messages within 24 hours and attends "
                    "a monthly residents' meeting.\n"
                    "- Joint patrols by PCSOs and housing officers at the three hotspots "
                    "residents identified.\n"
                    '- A "you said, we did" sheet after every meeting.\n\n'
                    "What's missing? What's unrealistic?"
                ),
            },
            {
                "author": "chantelle.morris@example.net",
                "hours_after": 4.0,
                "body": (
                    'I think it\'s looking good. The "you said, we did" sheet is going to be '
                    "really popular. Can we add something about the lighting on the path "
                    "behind the shops? It came up in loads of the surveys."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 7.0,
                "body": (
                    "This is a solid draft, Patrick. Two suggestions. For jobs, be careful "
                    'that "advertised locally for a week" doesn\'t conflict with your '
                    "council's recruitment rules. Check with HR before it goes out. For "
                    "safety, the joint patrols are great but say how often, otherwise they'll "
                    "drift."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 10.0,
                "body": (
                    "Looks good. Consider adding something residents commit to under jobs, "
                    "such as champions helping spread the word about vacancies. It worked for "
                    "us and it makes the section feel two-way.\n\n"
                    "Also, give the jobs drop-in a fixed day and place. People need to be able "
                    'to tell a friend "it\'s the first Tuesday at the community centre" '
                    "without looking it up."
                ),
            },
            {
                "author": "bilal.qureshi@example.com",
                "hours_after": 30.0,
                "body": (
                    "On the police side, consider being specific about how residents contact "
                    'the team: a named phone number and email, not just "the neighbourhood '
                    "team\". In our experience that's the single thing residents use most.\n\n"
                    "And if the joint patrols have a regular time, say so. Residents like "
                    "knowing when they can catch an officer for a word."
                ),
            },
            {
                "author": "patrick.doyle@example.com",
                "hours_after": 50.0,
                "body": (
                    "Thanks all, really helpful. Chantelle, the path lighting will go in the "
                    "environment section, which I'll post next. Tunde, I'll check with HR. I "
                    "hadn't thought of that. Colin and Bilal, both added."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": "National evaluation of Connecting Communities: areas wanted for case studies",
        "kind": "discussion",
        "author": "gareth.pryce@example.org",
        "topics": ["community-engagement-cohesion", "monitoring-review"],
        "area": None,
        "pinned": False,
        "locked": True,
        "days_ago": 150,
        "posts": [
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 0.0,
                "body": (
                    "The national evaluation of Connecting Communities will report in two "
                    "phases, in the summer and at the end of the year. The evaluators would "
                    "like to hear from neighbourhoods willing to be case studies, particularly "
                    "any that are developing a community contract as part of their plan.\n\n"
                    "Being a case study involves a couple of interviews with staff and "
                    "residents and sharing some of your monitoring information. Please don't "
                    "reply here. Send me a private message with your area and a contact name, "
                    "and I'll pass it on."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 2.0,
                "body": (
                    "Just to add that case studies will be anonymised if you'd prefer. Several "
                    "areas have asked. Being a case study also doesn't commit you to anything "
                    "beyond the interviews."
                ),
            },
            {
                "author": "gareth.pryce@example.org",
                "hours_after": 170.0,
                "body": (
                    "Thank you to everyone who came forward. We now have enough case study "
                    "areas, so I've locked this thread. If you have questions about the "
                    "evaluation, please message me directly."
                ),
            },
        ],
    },
    {
        "board": "connecting-communities-areas",
        "title": "What have other areas spent Connecting Communities money on for contract work?",
        "kind": "question",
        "author": "nadia.rashid@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": "dinnington",
        "pinned": False,
        "locked": False,
        "days_ago": 12,
        "posts": [
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 0.0,
                "body": (
                    "We're setting our budget lines for the next stage in Dinnington. If we go "
                    "ahead with a contract, what costs should I plan for? So far I have "
                    "printing and delivery to every household, venue hire for consultation "
                    "events, and some time from a community development worker.\n\n"
                    "Has anyone spent money on things they wish they'd budgeted for from the "
                    "start, or things that turned out not to be needed?"
                ),
            },
        ],
    },
    # --- Mentors' corner -------------------------------------------------------------------------
    {
        "board": "mentors-corner",
        "title": "How mentoring works on this forum (read me first)",
        "kind": "discussion",
        "author": "admin@example.org",
        "topics": ["community-engagement-cohesion"],
        "area": None,
        "pinned": True,
        "locked": True,
        "days_ago": 395,
        "posts": [
            {
                "author": "admin@example.org",
                "hours_after": 0.0,
                "body": (
                    "Mentoring is on offer to Connecting Communities areas that want to "
                    "develop a community contract, and to a limited number of other areas "
                    "where we have capacity. Here's how it works.\n\n"
                    "1. **Ask.** Send me a private message with your area, where you've got to "
                    "and what you'd like help with.\n"
                    "2. **Match.** I'll suggest a mentor who has worked in a similar kind of "
                    "place, usually someone who led one of the pilots. You can say no if the "
                    "match doesn't feel right.\n"
                    "3. **First visit.** Your mentor comes to meet you, your core residents "
                    "and ideally someone senior from the council.\n"
                    "4. **Ongoing support.** Phone, email and this board, plus further visits "
                    "at key moments.\n"
                    "5. **Wrap up.** When you're ready, your mentor helps you plan how to keep "
                    "going without them.\n\n"
                    "Mentors' profiles say what each one is best at. Mentors, please use this "
                    "board to share what you're learning. Areas are welcome to post here too."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 5.0,
                "body": (
                    "One thing to add for areas: you don't need to have anything written "
                    "before the first visit. Some of my most useful first visits have been "
                    "with areas that hadn't started. It's easier to shape things before they "
                    "set."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 8.0,
                "body": (
                    "And from me: please tell your mentor when things go wrong, not only when "
                    "they go right. We're not inspectors. The point is to help with the "
                    "difficult bits.\n\n"
                    "The most useful mentoring conversations I've had started with \"I wasn't "
                    'going to mention this, but...".'
                ),
            },
            {
                "author": "moderator@example.org",
                "hours_after": 30.0,
                "body": (
                    "I've locked this thread so it stays short and easy to read. If you have "
                    "questions about mentoring, please start a new thread on this board or "
                    "message Helen directly."
                ),
            },
        ],
    },
    {
        "board": "mentors-corner",
        "title": "Mentors' notes: the five questions I ask a new area on the first visit",
        "kind": "discussion",
        "author": "mentor@example.org",
        "topics": ["community-engagement-cohesion"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 100,
        "posts": [
            {
                "author": "mentor@example.org",
                "hours_after": 0.0,
                "body": (
                    "After a dozen or so first visits, I've settled on five questions. I ask "
                    "them of the neighbourhood manager, the residents and the council lead "
                    "separately, because the differences in their answers are often more "
                    "useful than the answers themselves.\n\n"
                    "1. **What's the one thing you'd most like to change about this "
                    "neighbourhood in the next year?**\n"
                    "2. **Who already meets about the area, and does anything come of it?**\n"
                    "3. **Which three or four residents would you ring if you needed help next "
                    "week?**\n"
                    "4. **Who in the council would notice if this contract failed?**\n"
                    "5. **What happened the last time residents were consulted about something "
                    "here?**\n\n"
                    "Question 4 tells me about leadership. Question 5 tells me how much trust "
                    'there is. If the answer is "we consulted on the park and then nothing '
                    'happened", that has to be dealt with first.\n\n'
                    "What do other mentors ask?"
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 6.0,
                "body": (
                    'Very close to mine. I also ask: "How do residents report problems at the '
                    'moment, and what happens next?" The pilot evaluation picked out poor '
                    "reporting routes as a barrier, and I've found it's often the quickest "
                    "thing to fix."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 9.0,
                "body": (
                    "I ask which council does what. In two-tier areas, nobody in the room ever "
                    "knows the full answer. It's a good way of showing why the contract needs "
                    'a "who does what" page.\n\n'
                    "Last month the residents, the district officer and the county councillor "
                    "gave three different answers about who cuts the verge outside the school. "
                    "It took a week to find out it was none of them: the housing association "
                    "owns it."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 28.0,
                "body": (
                    "I ask the partners, separately, what standards they already publish for "
                    "the area. Half the time they don't know, and finding out is the first bit "
                    "of the spotlight effect the evaluation talked about.\n\n"
                    "It also saves a lot of time later, because you're negotiating from "
                    "published standards rather than starting from scratch."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 31.0,
                "body": (
                    "I ask the residents what they would promise to do themselves. If the only "
                    "answer is \"nothing, it's the council's job\", that's useful to know. It "
                    "means the two-way side needs more work before anything is drafted."
                ),
            },
            {
                "author": "nadia.rashid@example.com",
                "hours_after": 52.0,
                "body": (
                    "As someone on the receiving end of Margaret's first visit, question 4 was "
                    "the one that stung! But she was right. We went and found a cabinet member "
                    "to champion it and it has made a big difference."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 55.0,
                "body": (
                    "Thanks Nadia. It's meant to sting a little, in a kind way. Well done "
                    "finding your cabinet member. It's the question areas most often want to "
                    "skip, and the one that decides most of what follows."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 78.0,
                "body": (
                    "Borrowing all of these. I'd add one for the housing provider "
                    'specifically: "Who owns the land between the houses?" The answer is '
                    'often "not sure", and that\'s where the grass and litter arguments come '
                    "from.\n\n"
                    "On Plains Farm it took three walkabouts and a map to settle it, but it's "
                    "been far quieter since."
                ),
            },
        ],
    },
    {
        "board": "mentors-corner",
        "title": "Refreshing a lapsed agreement: Springwell as a case study",
        "kind": "discussion",
        "author": "sarah.whitfield@example.com",
        "topics": ["monitoring-review", "parks-open-spaces", "dog-fouling"],
        "area": "springwell",
        "pinned": False,
        "locked": False,
        "days_ago": 80,
        "posts": [
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 0.0,
                "body": (
                    "Lorraine and Ian have kindly agreed to let me use Springwell as a worked "
                    "example of restarting an agreement that has lapsed. Springwell had a "
                    "working agreement during the pilot. It faded when the officer who led it "
                    "moved on, the street reps dwindled and the monitoring stopped.\n\n"
                    "My suggested approach for a refresh is different from starting from "
                    "scratch:\n\n"
                    "- **Look at what's still happening.** Some partners may still be meeting "
                    "their standards even though nobody's checking.\n"
                    "- **Ask residents what's changed.** Priorities move. Three years ago it "
                    "was ASB; now it's dog fouling and the field by the school.\n"
                    "- **Keep what worked.** Don't throw away the relationships and the "
                    "document.\n"
                    "- **Fix what made it lapse.** In this case, dependence on one officer and "
                    "a monitoring form that was too long.\n\n"
                    "What I'd avoid is a big relaunch too early. A lapsed agreement carries "
                    "some disappointment with it, and a fanfare followed by another slow fade "
                    "would do more harm than good. Better to get a few months of steady "
                    "monitoring and a couple of visible fixes first, then celebrate.\n\n"
                    "Lorraine and Ian, over to you for the view from the ground."
                ),
            },
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 5.0,
                "body": (
                    "Thanks Sarah. From a resident's point of view, people still remember the "
                    "agreement, and some still have the leaflet. When I've mentioned "
                    'restarting it, the reaction has mostly been "about time", not "what\'s '
                    'that?". That surprised me.\n\n'
                    "The main thing people want is the field sorted out: dog mess, and the "
                    "path across it that's dark at night."
                ),
            },
            {
                "author": "ian.robson@example.com",
                "hours_after": 8.0,
                "body": (
                    "From the police side, our team never stopped going to the residents' "
                    "meetings, so that link is still there. The ASB figures are actually lower "
                    "than when the agreement started, so the priority has shifted, as Sarah "
                    "says."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 28.0,
                "body": (
                    "Useful case study. One question: is the council still formally a "
                    "signatory? If the document was never formally ended, you could frame this "
                    "as a review rather than a new agreement. That's often easier to get "
                    "through the council."
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 31.0,
                "body": (
                    "Good question, Kevin. As far as I know it was never ended. It just "
                    'stopped being monitored. I\'ll check, but a "review" framing would help.\n\n'
                    "It would also mean the partners' signatures still stand, which saves us "
                    "going back to each of them cold."
                ),
            },
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 50.0,
                "body": (
                    "We've had our first meeting about restarting it. Eleven residents came, "
                    "and the council sent an officer from the neighbourhood team, who says "
                    "she'll be the named contact. We're going to use a one-page form, and "
                    "we're borrowing the A to D grades from the Oldham thread."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 53.0,
                "body": (
                    "That's a great turnout for a first meeting, Lorraine. And a named contact "
                    "from the start is exactly what was missing last time.\n\n"
                    "Make sure she has a deputy, though. You don't want the restart to depend "
                    "on one officer either."
                ),
            },
            {
                "author": "ian.robson@example.com",
                "hours_after": 74.0,
                "body": (
                    "I've suggested we put the field on the agenda for the next PACT meeting "
                    "too, so the lighting on the path gets looked at from the safety side as "
                    "well as the council side."
                ),
            },
            {
                "author": "lorraine.bell@example.net",
                "hours_after": 96.0,
                "body": (
                    "Update: the council has agreed to do a dog fouling patrol on the field "
                    "twice a week for a month and then review it. Not a contract standard yet, "
                    "but it's a start. Thanks everyone for the encouragement."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 99.0,
                "body": (
                    "Brilliant progress. Restarting is harder than starting, in some ways, "
                    "because people remember the disappointment. Well done.\n\n"
                    "Lorraine, when you get to a review meeting, do post the new form here. "
                    "Other lapsed areas will find it useful."
                ),
            },
        ],
    },
    {
        "board": "mentors-corner",
        "title": "How do I support an area where the council leadership has gone cold?",
        "kind": "question",
        "author": "tunde.adeyemi@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 35,
        "posts": [
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 0.0,
                "body": (
                    "One of the areas I mentor had strong backing from a cabinet member when "
                    "they started. After a reshuffle, the new cabinet member is polite but "
                    "clearly not interested. The neighbourhood team are keen, the residents "
                    "are keen, but partners have started sending more junior people to "
                    "meetings.\n\n"
                    "The evaluation warned about exactly this. What have other mentors done?"
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 5.0,
                "accepted": True,
                "body": (
                    "I've been there. A few things that helped:\n\n"
                    "1. **Make it easy to say yes.** Give the new cabinet member a one-page "
                    "briefing with the results so far and one specific thing you'd like them "
                    "to do, such as attending the annual review. Don't ask for general support.\n"
                    "2. **Find the ward members.** They often have more interest than the "
                    "cabinet member, and they can raise it with the leadership.\n"
                    "3. **Use the residents.** A letter from the residents' group inviting the "
                    "cabinet member to see the area is hard to turn down.\n"
                    "4. **Link it to their priorities.** Find out what the new cabinet member "
                    "cares about and show how the contract helps with it.\n\n"
                    "And be patient. Reshuffles cause a lull. It's not always permanent."
                ),
            },
            {
                "author": "mentor@example.org",
                "hours_after": 8.0,
                "body": (
                    "Kevin's point 3 is the strongest. In my experience, politicians respond "
                    "to residents far more than to officers. A well-organised group asking for "
                    "fifteen minutes is very persuasive.\n\n"
                    "Ask the residents to bring one or two stories of what has changed. "
                    "Figures are fine, but a resident describing the first summer without the "
                    "alley being used as a tip will stick in the mind."
                ),
            },
            {
                "author": "admin@example.org",
                "hours_after": 27.0,
                "body": (
                    "From the programme side, if it's a Connecting Communities area, the "
                    "Government Office lead can sometimes help by mentioning the contract when "
                    "they next meet the council. Let me know and I'll see what's possible."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 50.0,
                "body": (
                    "Thank you. I'll start with the briefing and the residents' letter. Helen, "
                    "I'll hold that offer in reserve.\n\n"
                    "Kevin, your point 4 is a good one. I gather the new cabinet member is "
                    "very keen on young people, so the youth work in the area might be the way "
                    "in."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 53.0,
                "body": (
                    "Good luck, Tunde. Worth remembering that the partners sending junior "
                    "staff may also be reacting to the council's signal. Once the council "
                    "re-engages, they usually follow."
                ),
            },
        ],
    },
    {
        "board": "mentors-corner",
        "title": "Youth charters: what I learned from sixteen teenagers in Kidderminster",
        "kind": "discussion",
        "author": "rajinder.sandhu@example.net",
        "topics": ["young-people-youth-services", "community-engagement-cohesion"],
        "area": "oldington-and-foley-park",
        "pinned": False,
        "locked": False,
        "days_ago": 290,
        "posts": [
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 0.0,
                "body": (
                    "A few people have asked about the youth charter in Oldington and Foley "
                    "Park, so here are some reflections.\n\n"
                    "Sixteen young people aged 13 to 16 wrote it, supported by the county "
                    "youth service. Rather than just listing what they wanted, they scored the "
                    "local agencies on how well they treated young people: whether they "
                    "listened, whether they were fair and whether they kept their promises. "
                    "The charter went out to about two thousand households.\n\n"
                    "What I learned:\n\n"
                    "- **Let them decide the questions.** The things they scored the agencies "
                    "on were not the things adults would have picked.\n"
                    "- **Be ready for honesty.** Some partners were not pleased with their "
                    "scores at first. Most came round.\n"
                    "- **Give it adult backing.** The youth service staff made sure the "
                    "agencies took part and responded.\n"
                    "- **Pay for the pizza.** Seriously. Budget for food at every session.\n\n"
                    "It took about five months from the first session to delivery, with the "
                    "group meeting every other week. We lost three of the original group along "
                    "the way, which is normal, and gained two younger ones who'd heard about "
                    "it from friends.\n\n"
                    "The biggest change was in how adults on the estate talked about young "
                    "people afterwards."
                ),
            },
            {
                "author": "liam.fletcher@example.net",
                "hours_after": 6.0,
                "body": (
                    "This is so good. The scoring idea is brilliant. Did the agencies have to "
                    "reply to their scores? Because if not, I can see some of them just "
                    "ignoring it."
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 9.0,
                "body": (
                    "Yes, each agency had to write a short response saying what they would do "
                    "differently. Those responses went into the next version of the charter. "
                    "That was the bit the young people cared about most."
                ),
            },
            {
                "author": "colin.pearson@example.com",
                "hours_after": 28.0,
                "body": (
                    "We're talking about doing something like this in Athersley with our young "
                    "champions. Rajinder, would you be up for talking to them? They'd take it "
                    "better from someone who has done it than from me."
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 30.0,
                "body": (
                    "Happily. Send me some dates. Evenings are best for me, and I'll bring one "
                    "of our original group along if I can. They're at college now but still "
                    "very proud of it."
                ),
            },
            {
                "author": "ben.ashworth@example.net",
                "hours_after": 52.0,
                "body": (
                    "In Manton the youth activities section of our contract is the weakest "
                    "part, written by adults guessing what kids want. This has given me a lot "
                    "to think about. Did the young people sit alongside the adult contract, or "
                    "was it completely separate?"
                ),
            },
            {
                "author": "rajinder.sandhu@example.net",
                "hours_after": 55.0,
                "body": (
                    "Separate document, but launched together and cross-referenced. The young "
                    "people wanted their own thing, not a page at the back of the grown-ups' "
                    "one. I think they were right."
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 76.0,
                "body": (
                    "I'd love to see a copy if one can be shared. We got some youth input at "
                    "Eastern Road but nothing like this.\n\n"
                    "Our mistake, I think, was asking young people to comment on the adults' "
                    "draft rather than giving them their own space."
                ),
            },
            {
                "author": "rosa.fernandes@example.net",
                "hours_after": 100.0,
                "body": (
                    "As a community champion, I'm struck by the scoring approach. Adults on "
                    "the South Bank could do with scoring the agencies too!\n\n"
                    "Seriously, though, a scorecard might work better for our visitors' side "
                    "of things than a list of promises."
                ),
            },
        ],
    },
    {
        "board": "mentors-corner",
        "title": "Is it ever right to advise an area not to do a contract?",
        "kind": "question",
        "author": "dave.henshaw@example.com",
        "topics": ["community-engagement-cohesion"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 155,
        "posts": [
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 0.0,
                "body": (
                    "A question for fellow mentors. I've just done a first visit to an area "
                    "where, honestly, I'm not sure a contract is the right thing. There's no "
                    "neighbourhood working to speak of, the residents' group has fallen out "
                    "with itself, and the council lead has just left.\n\n"
                    'Is it ever our job to say "not yet"? Or should we always try to make it '
                    "work?"
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 5.0,
                "body": (
                    'I think it is our job, as long as "not yet" comes with a plan for '
                    'getting to "yes". The evaluation is clear that contracts work best '
                    "where there's already neighbourhood working and a core group of "
                    "residents. If neither exists, a contract won't create them on its own."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 8.0,
                "body": (
                    "Agreed. The worst outcome is a contract that's signed, launched and then "
                    "dies within a year, because it makes the next attempt harder. I'd rather "
                    "advise six months of community development and a clear trigger for "
                    "starting."
                ),
            },
            {
                "author": "tunde.adeyemi@example.com",
                "hours_after": 27.0,
                "body": (
                    "I'd be a bit careful. Sometimes the contract process itself is what "
                    "brings people together. I'd suggest starting small: one issue, one "
                    'partner, one street. That can be the foundation. "Not yet" can become '
                    '"not ever" if nobody picks it up again.'
                ),
            },
            {
                "author": "sarah.whitfield@example.com",
                "hours_after": 31.0,
                "body": (
                    "I like Tunde's compromise. A mini-agreement on one issue, such as the "
                    "litter problem or a particular piece of land, is a way of building trust "
                    "without staking everything on a full contract."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 52.0,
                "body": (
                    "As someone from an area that might fit Dave's description, I'd just say: "
                    "please be honest with us, but don't give up on us. Tunde's one-issue idea "
                    "sounds like something we could actually manage."
                ),
            },
            {
                "author": "dave.henshaw@example.com",
                "hours_after": 55.0,
                "body": (
                    "Thanks all, and Deborah, that's a very useful perspective. I think I'll "
                    "suggest a one-issue agreement with a review in six months. If that works, "
                    "we go for the full contract."
                ),
            },
        ],
    },
    {
        "board": "mentors-corner",
        "title": "Community contracts outside the most deprived estates: any experience?",
        "kind": "discussion",
        "author": "fiona.macleod@example.net",
        "topics": ["community-engagement-cohesion"],
        "area": None,
        "pinned": False,
        "locked": False,
        "days_ago": 110,
        "posts": [
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 0.0,
                "body": (
                    "The pilot evaluation said contracts aren't only for deprived areas, and "
                    "Connecting Communities is aimed at a particular kind of neighbourhood. "
                    "But I'm getting enquiries from places that are neither: a market town "
                    "centre, a mixed inner-city ward, a suburb with one problem street.\n\n"
                    "Does anyone have experience of contracts in less obvious places? What "
                    "changes?"
                ),
            },
            {
                "author": "hannah.price@example.com",
                "hours_after": 5.0,
                "body": (
                    "Eastern Road is quite mixed: social housing, private renting and "
                    "owner-occupiers side by side. The private renters were the hardest to "
                    "reach. They move often and some landlords don't care. We ended up asking "
                    "letting agents to pass the leaflet to new tenants."
                ),
            },
            {
                "author": "kevin.tremayne@example.net",
                "hours_after": 8.0,
                "body": (
                    "In the South West I worked with a market town on a contract focused on "
                    "the town centre at night. The partners were different (licensees, taxi "
                    "firms, the town council), but the structure was the same. The priorities "
                    "were noise and litter rather than repairs."
                ),
            },
            {
                "author": "deborah.kirk@example.com",
                "hours_after": 28.0,
                "body": (
                    "Our Peterborough neighbourhood is mixed, and one thing I've noticed is "
                    "that owner-occupiers are less likely to see what's in it for them. They "
                    "don't have a landlord, and they assume the council's services are the "
                    "same everywhere."
                ),
            },
            {
                "author": "rosa.fernandes@example.net",
                "hours_after": 31.0,
                "body": (
                    "On the South Bank most of the people on the streets at night don't live "
                    "here. The contract had to be about residents and visitors, which makes "
                    'the "what residents will do" section a bit odd.'
                ),
            },
            {
                "author": "fiona.macleod@example.net",
                "hours_after": 52.0,
                "body": (
                    "Really useful, thank you. It sounds like the structure travels well, but "
                    "the partners and the residents' commitments need rethinking each time. "
                    "Letting agents and taxi firms are both new to me as partners. I'll add "
                    "them to my list."
                ),
            },
        ],
    },
]

"""The demo negotiation: what an editor would have entered beside the five seed articles.

Pure data. Facts come from the articles themselves; where an article does not say
(its outlet, its date), the value is what the editor knew when uploading it.
"""

NEGOTIATION = {
    "slug": "nato-russia-2021-22",
    "name": "NATO–Russia security talks, winter 2021–22",
    "description": (
        "Russia's demands for security guarantees and the answers of NATO and the United "
        "States, around the Geneva, Brussels and Vienna meetings of January 2022."
    ),
    "starts_on": "2021-12-01",
    "ends_on": None,
    "parties": ["russia", "nato", "united-states", "ukraine", "osce"],
}

SOURCES = [
    {
        "slug": "interfax",
        "name": "Interfax",
        "country": "Russia",
        "state_affiliated": False,
        "domain": "interfax.com",
    },
    {
        "slug": "vestnik-kavkaza",
        "name": "Vestnik Kavkaza",
        "country": "Russia",
        "state_affiliated": False,
        "domain": "vestnikkavkaza.net",
    },
    {
        "slug": "al-jazeera",
        "name": "Al Jazeera",
        "country": "Qatar",
        "state_affiliated": True,
        "domain": "aljazeera.com",
    },
    {"slug": "rt", "name": "RT", "country": "Russia", "state_affiliated": True, "domain": "rt.com"},
]

# Seed file name → what the editor entered at upload. 001 names no outlet: the
# "Financial Times" it mentions gave Stoltenberg's interview, it did not publish this text;
# its text places it in the week before the 10 January talks, without a date.
ARTICLES = [
    {"file": "000_82111aeba2f15433.txt", "source": "interfax", "published_on": "2022-01-07"},
    {"file": "001_7569a4d67b0f746e.txt", "source": None, "published_on": None},
    {"file": "002_b2e0269a7a77d19c.txt", "source": "vestnik-kavkaza", "published_on": None},
    {"file": "003_b56ac1d177ffcc16.txt", "source": "al-jazeera", "published_on": "2022-01-12"},
    {"file": "004_5fa25682c03993c9.txt", "source": "rt", "published_on": "2022-01-14"},
]

EVENTS = [
    {
        "title": "Extraordinary meeting of NATO foreign ministers",
        "happened_on": "2022-01-07",
        "place": "Online",
        "parties": ["nato"],
        "description": "Allies prepare for talks with Russia and for the failure of diplomacy.",
    },
    {
        "title": "US–Russia Strategic Stability Dialogue",
        "happened_on": "2022-01-10",
        "place": "Geneva",
        "parties": ["united-states", "russia"],
        "description": "Wendy Sherman and Sergei Ryabkov lead the delegations.",
    },
    {
        "title": "NATO–Russia Council",
        "happened_on": "2022-01-12",
        "place": "Brussels",
        "parties": ["nato", "russia"],
        "description": "The first full session in more than two years, chaired by Jens Stoltenberg.",
    },
    {
        "title": "OSCE Permanent Council",
        "happened_on": "2022-01-13",
        "place": "Vienna",
        "parties": ["osce", "russia", "united-states", "ukraine"],
        "description": "The third meeting of the week, on European security.",
    },
]

# Evidence names a quote by its article and a phrase inside it, so the link survives
# re-extraction; `stance` and `issue` are what an editor confirms on that quote.
DEMANDS = [
    {
        "summary": "End NATO's open-door policy: no further enlargement",
        "kind": "demand",
        "party": "russia",
        "addressee": "nato",
        "issue": "nato-enlargement",
        "status": "rejected",
        "evidence": [
            {
                "file": "003_b56ac1d177ffcc16.txt",
                "phrase": "absolutely imperative to end the open-door policy",
                "speaker": "Alexander Grushko",
                "stance": "demand",
            }
        ],
        "responses": [
            {
                "party": "nato",
                "kind": "reject",
                "summary": "Russia has no veto",
                "responded_on": "2022-01-12",
                "evidence": [
                    {
                        "file": "003_b56ac1d177ffcc16.txt",
                        "phrase": "has no veto power",
                        "speaker": "Jens Stoltenberg",
                        "stance": "reject",
                    },
                    {
                        "file": "004_5fa25682c03993c9.txt",
                        "phrase": "Russia does not have a veto",
                        "speaker": "Jens Stoltenberg",
                        "stance": "reject",
                    },
                ],
            },
            {
                "party": "united-states",
                "kind": "reject",
                "summary": "We will not slam the door on NATO's open-door policy",
                "responded_on": "2022-01-12",
                "evidence": [
                    {
                        "file": "003_b56ac1d177ffcc16.txt",
                        "phrase": "will not slam the door",
                        "speaker": "Wendy Sherman",
                        "stance": "reject",
                    }
                ],
            },
        ],
    },
    {
        "summary": "Legally binding security guarantees",
        "kind": "demand",
        "party": "russia",
        "addressee": "united-states",
        "issue": "security-guarantees",
        "status": "rejected",
        "evidence": [
            {
                "file": "003_b56ac1d177ffcc16.txt",
                "phrase": "offer Russia legally binding guarantees",
                "speaker": "Alexander Grushko",
                "stance": "demand",
            }
        ],
        "responses": [
            {
                "party": "united-states",
                "kind": "reject",
                "summary": "Some of the security demands are simply non-starters",
                "responded_on": "2022-01-12",
                "evidence": [
                    {
                        "file": "003_b56ac1d177ffcc16.txt",
                        "phrase": "simply non-starters",
                        "speaker": "Wendy Sherman",
                        "stance": "reject",
                    }
                ],
            },
        ],
    },
    {
        "summary": "Withdraw NATO forces from countries near Russia",
        "kind": "demand",
        "party": "russia",
        "addressee": "nato",
        "issue": "force-posture",
        "status": "rejected",
        "evidence": [],
        "responses": [
            {
                "party": "nato",
                "kind": "reject",
                "summary": "Key Russian security demands dismissed at the NATO–Russia Council",
                "responded_on": "2022-01-12",
                "evidence": [],
            },
        ],
    },
    {
        "summary": "Ban military activity in Ukraine and other post-Soviet states",
        "kind": "demand",
        "party": "russia",
        "addressee": "nato",
        "issue": "force-posture",
        "status": "rejected",
        "evidence": [],
        "responses": [
            {
                "party": "nato",
                "kind": "reject",
                "summary": "Only Ukraine and the 30 allies decide on Ukraine's membership",
                "responded_on": "2022-01-12",
                "evidence": [
                    {
                        "file": "004_5fa25682c03993c9.txt",
                        "phrase": "only Ukraine and 30 allies can decide",
                        "speaker": "Jens Stoltenberg",
                        "stance": "reject",
                    }
                ],
            },
        ],
    },
    {
        "summary": "De-escalate the military build-up near Ukraine",
        "kind": "demand",
        "party": "nato",
        "addressee": "russia",
        "issue": "russian-build-up",
        "status": "open",
        "evidence": [
            {
                "file": "000_82111aeba2f15433.txt",
                "phrase": "Russia has not taken steps to de-escalate",
                "speaker": "Jens Stoltenberg",
                "stance": "demand",
            }
        ],
        "responses": [
            {
                "party": "russia",
                "kind": "reject",
                "summary": "Russia denies any plans to attack Ukraine",
                "responded_on": "2022-01-12",
                "evidence": [],
            },
        ],
    },
    {
        "summary": "Talks on arms control, missile limits, incident prevention and exercise transparency",
        "kind": "offer",
        "party": "nato",
        "addressee": "russia",
        "issue": "incident-prevention",
        "status": "open",
        "evidence": [
            {
                "file": "003_b56ac1d177ffcc16.txt",
                "phrase": "eager to discuss ways to prevent dangerous military incidents",
                "speaker": "Jens Stoltenberg",
                "stance": "offer",
            },
            {
                "file": "004_5fa25682c03993c9.txt",
                "phrase": "restrictions on missile weapons in Europe",
                "speaker": "Jens Stoltenberg",
                "stance": "offer",
            },
        ],
        "responses": [
            {
                "party": "russia",
                "kind": "accept",
                "summary": "Open to further talks; preventing dangerous incidents is of particular importance",
                "responded_on": "2022-01-12",
                "evidence": [
                    {
                        "file": "002_b2e0269a7a77d19c.txt",
                        "phrase": "measures to prevent dangerous incidents",
                        "speaker": "Alexander Grushko",
                        "stance": "accept",
                    }
                ],
            },
        ],
    },
]

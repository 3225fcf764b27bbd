"""The demo registry: parties, actors and issues of the NATO–Russia security talks, 2021–22.

Pure data (no Django), read by the demo loader and by the extraction engine's tests.
Dates are ISO strings; a party of None means the actor speaks for no party.
"""

PARTIES = [
    {
        "slug": "nato",
        "name": "NATO",
        "colour": "#1d3f8f",
        "aliases": [
            "North Atlantic Treaty Organization",
            "North Atlantic Alliance",
            "the alliance",
            "the Alliance",
            "the bloc",
            "the military bloc",
            "the US-led military bloc",
        ],
    },
    {
        "slug": "russia",
        "name": "Russia",
        "colour": "#9b1b30",
        "aliases": [
            "Russian Federation",
            "the Russian Federation",
            "Moscow",
            "the Kremlin",
            "Kremlin",
            "the Russian side",
        ],
    },
    {
        "slug": "united-states",
        "name": "United States",
        "colour": "#1c2a4d",
        "aliases": ["US", "U.S.", "USA", "United States of America", "Washington", "America"],
    },
    {
        "slug": "ukraine",
        "name": "Ukraine",
        "colour": "#0057b7",
        "accent": "#ffd700",
        "aliases": ["Kyiv", "Kiev"],
    },
    {
        "slug": "osce",
        "name": "OSCE",
        "colour": "#12777a",
        "aliases": [
            "Organization for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
        ],
    },
]

ACTORS = [
    {
        "name": "Jens Stoltenberg",
        "kind": "official",
        "aliases": ["Stoltenberg", "NATO Secretary General", "NATO chief"],
        "offices": [
            {"title": "NATO Secretary General", "party": "nato", "start": "2014-10-01", "end": None}
        ],
    },
    {
        "name": "Alexander Grushko",
        "kind": "official",
        "aliases": ["Grushko", "Aleksandr Grushko", "Alexander Grushko"],
        "offices": [
            {
                "title": "Russian Deputy Foreign Minister",
                "party": "russia",
                "start": "2018-01-22",
                "end": None,
            }
        ],
    },
    {
        "name": "Alexander Fomin",
        "kind": "official",
        "aliases": ["Fomin", "Aleksandr Fomin"],
        "offices": [
            {
                "title": "Russian Deputy Defence Minister",
                "party": "russia",
                "start": "2017-01-01",
                "end": None,
            }
        ],
    },
    {
        "name": "Wendy Sherman",
        "kind": "official",
        "aliases": ["Sherman"],
        "offices": [
            {
                "title": "US Deputy Secretary of State",
                "party": "united-states",
                "start": "2021-04-14",
                "end": None,
            }
        ],
    },
    {
        "name": "Antony Blinken",
        "kind": "official",
        "aliases": ["Blinken", "Anthony Blinken", "Tony Blinken"],
        "offices": [
            {
                "title": "US Secretary of State",
                "party": "united-states",
                "start": "2021-01-26",
                "end": None,
            }
        ],
    },
    {
        "name": "Sergei Ryabkov",
        "kind": "official",
        "aliases": ["Ryabkov", "Sergey Ryabkov"],
        "offices": [
            {
                "title": "Russian Deputy Foreign Minister",
                "party": "russia",
                "start": "2008-08-01",
                "end": None,
            }
        ],
    },
    {
        "name": "Vladimir Putin",
        "kind": "official",
        "aliases": ["Putin", "President Putin", "Russian President"],
        "offices": [
            {"title": "President of Russia", "party": "russia", "start": "2012-05-07", "end": None}
        ],
    },
    {
        "name": "Sergey Lavrov",
        "kind": "official",
        "aliases": ["Lavrov", "Sergei Lavrov", "Russian Foreign Minister"],
        "offices": [
            {
                "title": "Russian Foreign Minister",
                "party": "russia",
                "start": "2004-03-09",
                "end": None,
            }
        ],
    },
    {
        "name": "Dmitry Kuleba",
        "kind": "official",
        "aliases": ["Kuleba", "Dmytro Kuleba"],
        "offices": [
            {
                "title": "Ukrainian Foreign Minister",
                "party": "ukraine",
                "start": "2020-03-04",
                "end": None,
            }
        ],
    },
    {
        "name": "Mikhail Remizov",
        "kind": "expert",
        "aliases": ["Remizov"],
        "offices": [
            {
                "title": "President of the National Strategy Institute",
                "party": None,
                "start": None,
                "end": None,
            }
        ],
    },
]

ISSUES = [
    {
        "slug": "nato-enlargement",
        "name": "NATO enlargement / open door",
        "description": (
            "Whether NATO admits new members such as Ukraine and Georgia: the alliance's open-door policy, membership bids, eastward expansion and the right of each state to choose its alliances."
        ),
        "keywords": [
            "enlargement",
            "expansion",
            "expand",
            "open door",
            "open-door",
            "open-door policy",
            "join NATO",
            "joining NATO",
            "membership",
            "new members",
            "becomes a member",
            "veto",
            "admitted to the bloc",
            "eastward",
            "advancement to the east",
        ],
    },
    {
        "slug": "security-guarantees",
        "name": "Legally binding security guarantees",
        "description": (
            "Russia's demand for legally binding guarantees of its security: the draft treaties with the United States and NATO, written commitments and the indivisibility of security."
        ),
        "keywords": [
            "security guarantees",
            "legal guarantees",
            "legally binding",
            "guarantees",
            "draft treaty",
            "draft treaties",
            "draft agreements",
        ],
    },
    {
        "slug": "force-posture",
        "name": "Force posture near Russia",
        "description": (
            "Forces, weapons and infrastructure stationed near Russia's borders: troops and equipment in allied states of Eastern Europe, bases, deployments and their withdrawal."
        ),
        "keywords": [
            "force posture",
            "military presence",
            "its presence",
            "withdraw its troops",
            "military infrastructure",
            "military activity",
            "Russian borders",
        ],
    },
    {
        "slug": "russian-build-up",
        "name": "Russian build-up near Ukraine",
        "description": (
            "Russian troops and equipment massed near Ukraine's borders: fears of an invasion or attack, escalation, the risk of war or armed conflict, and calls to de-escalate."
        ),
        "keywords": [
            "buildup",
            "build-up",
            "military buildup",
            "combat troops",
            "concentrated troops",
            "massed",
            "de-escalate",
            "de-escalation",
            "aggression",
            "invasion",
        ],
    },
    {
        "slug": "arms-control",
        "name": "Arms control and missile deployment",
        "description": (
            "Limits on weapons: intermediate-range and short-range missiles and their deployment in Europe, nuclear weapons, arms control treaties and disarmament."
        ),
        "keywords": [
            "arms control",
            "missile",
            "missiles",
            "missile weapons",
            "missile deployment",
            "INF Treaty",
            "disarmament",
            "medium-range",
            "short-range",
        ],
    },
    {
        "slug": "incident-prevention",
        "name": "Military incident prevention",
        "description": (
            "Avoiding accidents and dangerous encounters between military forces at sea, in the air and on land: risk reduction, hotlines and rules of conduct."
        ),
        "keywords": [
            "dangerous military incidents",
            "military incidents",
            "dangerous incidents",
            "incidents",
            "prevent incidents",
            "risk reduction",
        ],
    },
    {
        "slug": "exercise-transparency",
        "name": "Exercise transparency",
        "description": (
            "Notice and observation of military exercises and drills, limits on their size near borders, transparency and confidence-building measures."
        ),
        "keywords": ["exercises", "transparency", "war games", "military drills", "drills"],
    },
    {
        "slug": "diplomatic-channels",
        "name": "Diplomatic channels",
        "description": (
            "Talks, meetings and contacts between the sides: the NATO-Russia Council, diplomatic missions and liaison offices, military-to-military contacts and dialogue."
        ),
        "keywords": [
            "channels of communication",
            "military channels",
            "missions",
            "military contacts",
            "NATO-Russia Council",
            "Russia-NATO Council",
            "Russia–NATO Council",
            "dialogue",
        ],
    },
]

"""Word lists the rules rely on: reporting verbs, titles, role nouns, pronouns."""

from __future__ import annotations

# Doubling the final consonant before -ed/-ing ("admitted", "referring").
_DOUBLING = frozenset({"admit", "commit", "regret", "refer", "omit", "quip", "plan"})
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "think": ("thought", "thinks", "thinking"),
    "know": ("knew", "knows", "knowing", "known"),
    "feel": ("felt", "feels", "feeling"),
    "speak": ("spoke", "speaks", "speaking"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "seek": ("sought", "seeks", "seeking"),
    "agree": ("agreed", "agrees", "agreeing"),
    "swear": ("swore", "swears", "swearing", "sworn"),
    "hear": ("heard", "hears", "hearing"),
    "understand": ("understood", "understands", "understanding"),
    "learn": ("learned", "learnt", "learns", "learning"),
    "make it clear": ("made it clear", "makes it clear", "making it clear"),
}


def inflections(lemma: str) -> tuple[str, ...]:
    """The finite and -ing forms of a regular English verb (plus the irregular ones above)."""
    if lemma in _IRREGULAR:
        return (lemma, *_IRREGULAR[lemma])
    if lemma.endswith("e"):
        return lemma, lemma + "d", lemma + "s", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"
    stem = lemma + lemma[-1] if lemma in _DOUBLING else lemma
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x")) else lemma + "s"
    return lemma, stem + "ed", third, stem + "ing"


# Verbs that report speech and take the reported content as a clause ("said (that) …").
CLAUSE_VERBS = frozenset(
    """say tell add stress note warn explain state insist argue claim assert declare continue
    emphasize emphasise remark observe acknowledge admit concede reply respond answer suggest
    write reiterate assure caution complain charge allege maintain contend counter conclude
    predict promise vow pledge threaten disclose reveal confirm underline underscore indicate
    signal remind inform recall testify comment hint estimate recount report
    point announce tweet post repeat affirm deny""".split()
)
# Reporting verbs whose object is a thing asked for or denied rather than a clause.
OBJECT_VERBS = frozenset(
    """request demand deny urge call propose state criticize criticise attack praise endorse
    cite mention question ask discuss accuse blame highlight tout emphasize emphasise promise
    vow pledge defend describe""".split()
)
# The plainest reporting verbs: with these, any noun phrase can be the source ("the bank said").
CORE_SPEECH_VERBS = frozenset(
    """say tell add note state report warn claim argue suggest explain insist stress announce
    write conclude allege predict estimate show find acknowledge confirm deny""".split()
)
# Verbs that frame a direct quotation without reporting a clause ("described the talks as “…”").
FRAMING_VERBS = frozenset(
    """describe call urge quote cite express dismiss praise criticize criticise welcome
    ask shout quip joke lament boast wonder add speculate brand label term dub refer
    condemn accuse blame mention question yell scream chant whisper cry sing""".split()
)
# Verbs of belief: a position when they take a "that" clause ("diplomats fear that …").
MENTAL_VERBS = frozenset("believe think know fear hope expect feel worry doubt".split())
# Verbs that report a commitment, a refusal or an aim as an infinitive ("vowed to fight …").
INFINITIVE_VERBS = frozenset(
    """promise vow pledge threaten refuse agree offer propose decline want plan intend seek aim
    hope vote""".split()
)
# Of those, the ones that report nothing without their infinitive ("agreed on a date").
INFINITIVE_ONLY_VERBS = frozenset(
    "refuse agree offer decline want plan intend seek aim vote".split()
)
# Verbs that report only with a "that" clause ("agreed that …", "learned that …").
THAT_CLAUSE_VERBS = frozenset(
    """agree recognize recognise realize realise decide rule determine discover learn
    understand prove demonstrate suspect swear boast brag protest reckon guarantee accept
    imply specify speculate hear""".split()
)
# Verbs that report what was spoken of, through "about" or "of" ("talked about the budget").
TOPIC_VERBS = frozenset({"talk", "speak"})
TOPIC_PREPOSITIONS = frozenset({"about", "of"})
# Verbs that need "that" before their content: otherwise their object is a thing, not speech.
THAT_ONLY_VERBS = frozenset(
    {"announce", "report", "point", "recall", "continue", "post", "indicate"}
)
# Verbs whose content never follows without a clause: "told reporters" names the listener.
LISTENER_VERBS = frozenset({"tell", "assure", "inform", "remind", "warn", "brief"})


# Nouns of saying and believing: with an owner and a "that" clause they report ("her
# acknowledgment that …", "expressed concern that …"). Nouns of asking are left out: "a key
# demand that …" names what is asked for, not what anyone said.
CLAIM_NOUNS = frozenset(
    """claim claims assertion assertions acknowledgment acknowledgement admission argument
    arguments insistence contention belief beliefs conviction assurance assurances warning
    warnings suggestion suggestions hope hopes fear fears concern concerns worry worries
    complaint complaints allegation allegations accusation accusations denial denials
    prediction predictions conclusion recognition confidence optimism doubt doubts
    frustration""".split()
)
# Adjectives of feeling and belief that report through a "that" clause ("were frustrated that").
ATTITUDE_ADJECTIVES = frozenset(
    """frustrated confident convinced afraid incensed worried concerned hopeful optimistic
    pessimistic adamant certain angry upset furious outraged disappointed skeptical sceptical
    insistent unhappy pleased glad delighted satisfied alarmed fearful nervous doubtful
    persuaded proud""".split()
)
# Verbs that voice a feeling or a belief named by its noun ("voiced concern that …").
VOICING_VERBS = frozenset(
    "express expressed expresses expressing voice voiced voices voicing raise raised".split()
)

# Verbs that report what a poll or a study found; only such subjects "show" or "find" anything.
EVIDENCE_VERBS = frozenset({"show", "find"})
EVIDENCE_NOUNS = frozenset(
    """poll polls survey surveys study studies report reports data analysis research review
    investigation audit figures records documents numbers results census estimates video
    videos footage average averages tally""".split()
)


def _forms(lemmas: frozenset[str]) -> dict[str, str]:
    return {form: lemma for lemma in lemmas for form in inflections(lemma)}


REPORTING_FORMS = _forms(
    CLAUSE_VERBS
    | OBJECT_VERBS
    | MENTAL_VERBS
    | FRAMING_VERBS
    | EVIDENCE_VERBS
    | INFINITIVE_VERBS
    | THAT_CLAUSE_VERBS
    | TOPIC_VERBS
    | {"make it clear"}
)
REPORTING_FORMS["spoken"] = "speak"
REPORTING_FORMS["found"] = "find"
REPORTING_FORMS["shown"] = "show"
# Verbs whose bare form is more often a noun or adjective than a report ("the call", "a post").
AMBIGUOUS_BARE = frozenset(
    {"call", "post", "report", "state", "point", "answer", "comment", "demand", "charge", "counter"}
    | {"signal", "estimate", "reply", "claim", "remark", "request", "quote", "warn", "tweet"}
    | {"note", "question", "hint", "continue", "respond", "say", "tell", "add", "write", "think"}
    | {"believe", "ask", "insist", "deny", "urge", "admit", "argue", "promise", "stress", "vow"}
    | {"repeat", "describe", "explain", "predict", "suggest", "welcome", "reveal", "blame"}
    | {"show", "find"}
    | {"refuse", "agree", "offer", "decline", "want", "plan", "intend", "seek", "aim", "vote"}
    | {"hope", "pledge", "threaten", "propose", "talk"}
)

ADVERBS_BEFORE_VERB = frozenset(
    """also later earlier previously already repeatedly then again further once never reportedly
    separately recently just has have had is was were are will would could can may might did
    does do not still often publicly openly privately flatly firmly bluntly has-also simply
    subsequently initially first last finally directly personally immediately quickly
    himself herself themselves itself now frequently usually consistently long all both
    each cannot""".split()
) | frozenset(
    # "didn't say", "won’t tell": a negated auxiliary stands between subject and verb
    f"{stem}n{mark}t"
    for stem in """did does do is are was were has have had would could should ca wo must
    might""".split()
    for mark in "'’"
)
# Auxiliaries after which a bare verb form is a verb ("would say", "did not explain").
MODAL_AUXILIARIES = frozenset(
    "would will could can cannot may might should must did does do shall".split()
) | frozenset(
    f"{stem}n{mark}t" for stem in "did does do would could should ca wo".split() for mark in "'’"
)

PRONOUNS = {"he": "male", "she": "female", "they": None, "it": None, "him": "male"}
PRONOUNS |= {"her": "female", "them": None, "we": None, "i": None}
POSSESSIVE_PRONOUNS = {"his": "male", "her": "female", "their": None, "its": None}

# Words of titles and offices that stand before a name and are not part of it.
TITLE_WORDS = frozenset(
    """president vice prime minister deputy foreign defense defence secretary general state
    senator sen rep representative gov governor mayor ambassador envoy spokesman spokeswoman
    spokesperson chancellor chairman chairwoman chair director chief head leader commander adm
    admiral col colonel lt sgt captain capt gen mr mrs ms dr prof professor judge justice
    attorney assistant under press national security adviser advisor counsel treasury interior
    finance affairs official officials former acting first lady sir lord dame king queen prince
    princess pope premier speaker majority minority whip candidate nominee former presidential
    democratic republican congressman congresswoman lawmaker councillor councilman secretary-general
    foreign-policy executive board member members analyst expert correspondent reporter editor
    columnist economist strategist pollster founder ceo cfo coo manager host anchor co-founder
    sheriff officer agent detective lawyer activist author historian scholar researcher fellow
    senior top high-ranking ranking veteran late then-president""".split()
)
# Words that mark a capitalised phrase as an organisation or place rather than a person.
ORGANISATION_WORDS = frozenset(
    """ministry department agency council office service committee party news times post press
    institute university commission alliance union organization organisation bank fund group
    association federation republic kingdom states house kremlin pentagon novosti interfax
    reuters tass ria afp ap bbc cnn network channel television tv radio journal herald tribune
    gazette daily weekly magazine foundation centre center court parliament congress senate
    assembly government administration embassy mission army navy forces guard police campaign
    company corporation inc corp ltd club team league board authority bureau directorate
    headquarters command staff secretariat council's ministry's nato eu un osce white""".split()
)
# Nouns that can head a speaker phrase written in lower case ("the diplomat", "sources").
ROLE_NOUNS = frozenset(
    """official officials diplomat diplomats spokesman spokeswoman spokesperson spokespeople
    minister ministers secretary general president leader leaders head chief envoy ambassador
    senator senators lawmaker lawmakers analyst analysts expert experts observer observers critic
    critics aide aides adviser advisers advisor advisors source sources ministry department
    service agency government office correspondent reporter reporters journalist journalists
    editor statement report people residents officer officers commander commanders candidate
    nominee governor mayor chairman chairwoman director representative representatives negotiator
    negotiators delegation delegate delegates campaign committee police witness witnesses
    prosecutor prosecutors lawyer lawyers attorney spokespersons kremlin organization
    organisation alliance bloc side administration authorities administration's chancellor
    premier politician politicians economist economists strategist strategists member members
    congressman congresswoman prime staffer staffers insider insiders researcher researchers
    professor scholar scholars historian commentator commentators columnist host pollster
    manager executive executives activist activists voter voters supporter supporters
    opponents officer ruling filing briefing hearing court judge panel narrator announcer
    friend friends mother father wife husband son daughter brother sister neighbor neighbour
    colleague resident student teacher parent parents doctor nurse widow chief""".split()
)
# Role nouns that name a collective or anonymous source: kept as written, never resolved.
ANONYMOUS_ROLES = frozenset(
    """sources source officials people residents observers critics analysts experts aides
    witnesses voters supporters opponents insiders reporters journalists diplomats lawmakers
    commentators leaders members staffers activists""".split()
)
# Role nouns that stand for whoever leads or speaks for an organisation.
LEADER_ROLES = frozenset({"head", "chief", "leader", "chairman", "chairwoman", "director"})
DIPLOMAT_TITLE_WORDS = frozenset({"foreign", "ambassador", "envoy", "diplomat", "negotiator"})

EXPERT_WORDS = frozenset(
    """analyst expert institute professor scholar researcher economist strategist fellow
    university think-tank historian political scientist commentator observer""".split()
)
JOURNALIST_WORDS = frozenset(
    """correspondent reporter journalist editor columnist anchor host bureau""".split()
)
SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "press", "secretary"})
OFFICIAL_WORDS = frozenset(
    """minister president secretary senator governor mayor ambassador envoy chancellor
    official deputy general commander premier lawmaker congressman congresswoman
    representative admiral colonel""".split()
)

# First names that tell a "she" from a "he" when an article never says.
FEMALE_FIRST_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
    charlotte rose alexis kayla hillary nikki kellyanne sarah huma nancy elizabeth kamala
    condoleezza madeleine angela theresa ursula kaja annalena liz wendy victoria natacha
    natasha natalia tatiana tatyana svetlana olga irina elena yelena ekaterina yekaterina
    maria valentina marina ludmila lyudmila galina anastasia oksana iryna yulia julia
    kristina ivanka melania michelle laura hope kellyanne sheryl sonia susana carmen lucia
    isabel ines claire sophie camille chloe ingrid greta frida mette sanna kersti""".split()
)

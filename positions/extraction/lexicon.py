"""Word lists the rules rely on: titles, role nouns, pronouns (reporting verbs are in the
language profile, `languages.py`)."""

from __future__ import annotations

ADVERBS_BEFORE_VERB = frozenset(
    """also later earlier previously already repeatedly then again further once never reportedly
    separately recently just has have had is was were are will would could can may might did
    does do not still often publicly openly privately flatly firmly bluntly has-also simply
    subsequently initially first last finally directly personally immediately quickly
    himself herself themselves itself now frequently usually consistently long all both
    each cannot longer no""".split()
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
# Those a narrative sentence opens on for someone told of ("She later backed down").
THIRD_PERSON_PRONOUNS = frozenset({"he", "she", "they", "it"})

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
    organisation alliance bloc side wing administration authorities administration's chancellor
    commission council board authority
    premier politician politicians economist economists strategist strategists member members
    congressman congresswoman prime staffer staffers insider insiders researcher researchers
    professor scholar scholars historian commentator commentators columnist host pollster
    manager executive executives activist activists voter voters supporter supporters
    opponents officer ruling filing briefing hearing court judge panel narrator announcer
    friend friends mother father wife husband son daughter brother sister neighbor neighbour
    colleague resident student teacher parent parents doctor nurse widow chief media television
    tv radio broadcaster newspaper""".split()
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

# Those asked for a view rather than speaking for a side, and sources who tell of the talks
# from near them ("a person familiar with the talks").
EXPERT_WORDS = frozenset(
    """analyst expert institute professor scholar researcher economist strategist fellow
    university think-tank historian scientist commentator observer research
    observatory lawyer consultant consultancy cartographer hydrologist specialist
    familiar""".split()
)
# An academic's title is no expert's voice when the speaker also leads a body at the table
# ("Professor Lars Eide, chair of the faculty senate").
ACADEMIC_WORDS = frozenset({"professor", "university", "scholar", "fellow"})
BODY_ROLES = LEADER_ROLES | frozenset(
    """chair president spokesman spokeswoman spokesperson negotiator secretary dean rector
    provost vice-chancellor pro-vice-chancellor convenor""".split()
)
# A speaker described by a role they once held speaks for no side now, unless a present one
# is named too ("former minister, now chair of the board").
PAST_ROLE_WORDS = frozenset({"former", "ex", "retired"})
PRESENT_ROLE_WORDS = frozenset({"now", "current", "currently"})
JOURNALIST_WORDS = frozenset(
    """correspondent reporter journalist editor columnist anchor host bureau""".split()
)
SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "press", "secretary"})
# Counsel acting for someone ("a lawyer for the fund") speaks for that client, unlike an
# expert asked for a view.
COUNSEL_WORDS = frozenset({"lawyer", "attorney", "counsel", "solicitor"})
REPRESENTING_LINKS = frozenset({"for", "representing"})
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

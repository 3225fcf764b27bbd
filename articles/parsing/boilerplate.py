"""Recognising page furniture that scrapers leave around an article's text."""

import re

SENTENCE_MARKS = '.!?;:,"“”«»„'
SENTENCE_PUNCTUATION = re.compile(f"[{re.escape(SENTENCE_MARKS)}]")

# Words that icon fonts, sprites and buttons are named after. Longer stems are
# matched inside tokens because scraped icon names arrive glued together
# ("chevron downicon", "bookmarkicon"); short ones only as whole tokens.
_UI_STEMS = (
    "icon", "chevron", "arrow", "caret", "close", "search", "share", "menu", "burger",
    "play", "pause", "mute", "expand", "compress", "download", "upload", "bookmark",
    "camera", "check", "edit", "filter", "flag", "mail", "trash", "sign", "swipe",
    "login", "logout", "toggle", "button", "sprite", "logo", "print", "comment",
    "zoom", "volume", "fullscreen", "settings", "calendar", "stepback", "stepfor",
    "music", "move", "file", "tags", "svg",
    # Russian sites name their buttons in Russian.
    "войти", "поиск", "меню", "закрыть", "подписат", "поделит", "регистрац", "иконк",
)  # fmt: skip
_UI_WORDS = frozenset((
    "up", "down", "left", "right", "in", "out", "on", "off", "ok", "fb", "tw", "vk",
    "yt", "tg", "gp", "ins", "wt", "fm", "rss", "tag", "full", "next", "prev", "back",
    "more", "less", "plus", "minus", "x", "v",
))  # fmt: skip
_UI_STEM_PATTERN = re.compile("|".join(_UI_STEMS))
_MIN_UI_TOKENS = 6
_MIN_UI_SHARE = 0.6
# Menus and icon runs are a few hundred characters; anything far longer is text.
_MAX_UI_LINE = 5000


def is_ui_junk_line(text: str) -> bool:
    """A line of icon and button names: many tokens, mostly UI words, no sentences."""
    if len(text) > _MAX_UI_LINE:
        return False
    tokens = text.split()
    if len(tokens) < _MIN_UI_TOKENS or SENTENCE_PUNCTUATION.search(text):
        return False
    ui_tokens = sum(1 for token in tokens if _is_ui_token(token.lower()))
    return ui_tokens / len(tokens) >= _MIN_UI_SHARE


def _is_ui_token(token: str) -> bool:
    return token in _UI_WORDS or _UI_STEM_PATTERN.search(token) is not None


_NETWORKS = (
    r"(?:youtube|twitter|x|facebook|telegram|instagram|vk|vkontakte|tiktok|linkedin"
    r"|whatsapp|reddit|pinterest|rss|google news|dzen|odnoklassniki|threads|mastodon)"
)
# Whole lines that close a web page rather than an article.
_TRAILER_LINE = re.compile(
    r"(?:"
    r"leave a (?:reply|comment)(?: cancel reply)?"
    r"|comments? (?:are|is) (?:closed|disabled)"
    r"|(?:no |\d+ )?comments?(?: \(\d+\))?"
    r"|(?:follow|subscribe to|join|find|watch) (?:us|[\w ]{1,30}) on [\w ]{1,30}"
    r"|follow us(?: [\w ]{1,40})?"
    r"|share(?: this)?(?: article| story| post| page)?(?: on [\w ]{1,20})?"
    r"|read (?:more|also|next)\b[^\n]{0,80}"
    r"|читайте (?:также|далее|ещё|еще)\b[^\n]{0,80}|подписывайтесь\b[^\n]{0,80}"
    r"|поделиться|комментарии(?: \(\d+\))?|оставьте комментарий|мы в [\w ]{1,30}"
    r"|related(?: articles| stories| news| posts| content)?"
    r"|you (?:may|might) also like|like this|recommended(?: for you)?|most (?:read|popular)"
    r"|more stories|share via(?: [\w ]{1,20})?|newsletter"
    r"|more (?:from|on|about) [\w ]{1,40}"
    r"|subscribe(?: to [\w ]{1,40})?"
    r"|sign up(?: [\w ]{1,40})? newsletter"
    r"|advertisement|sponsored(?: content)?"
    r"|\(?(?:reporting|writing|editing|additional reporting) by\b[^\n]{0,150}"
    r"|(?:tags?|topics?|categories|category):[^\n]{0,120}|(?:filed under|posted in):?[^\n]{0,120}"
    r"|all rights reserved[^\n]{0,80}|copyright\s*(?:©|\(c\)|\d{4})[^\n]{0,80}|©[^\n]{0,80}"
    r"|print(?: this(?: article| page)?)?|e-?mail|tweet|like(?: loading)?|loading"
    r"|" + _NETWORKS + r"|click here[^\n]{0,80}|back to top|top of page|skip to (?:main )?content"
    r")",
    re.IGNORECASE,
)
# "Vestnik Kavkaza on YouTube": a channel's name, never a sentence ("He said on X").
_CHANNEL_LINE = re.compile(rf"(?:[A-ZА-ЯЁ][\w'’&-]* ){{0,3}}(?i:on {_NETWORKS})")
_MAX_TRAILER_WORDS = 14


def is_trailer_line(text: str) -> bool:
    """A closing line such as "Leave a Reply", "Comments are closed." or "… on YouTube"."""
    stripped = text.strip().rstrip(".:!…").strip()
    if not stripped or len(stripped.split()) > _MAX_TRAILER_WORDS:
        return False
    return _TRAILER_LINE.fullmatch(stripped) is not None or bool(_CHANNEL_LINE.fullmatch(stripped))


# Lines that interrupt an article wherever they stand: advertising slots and
# links to other stories. Matched on whole lines across the text in one pass.
INLINE_FURNITURE = re.compile(
    r"^[ \t]*(?:advertisement|advert|sponsored(?: content)?|skip advertisement"
    r"|(?:story|article) continues below(?: advertisement)?|scroll to continue(?: with content)?"
    r"|continue reading(?: below)?|read (?:more|also|next):[^\n]{0,150}"
    r"|читайте (?:также|ещё|еще):?[^\n]{0,150}|реклама"
    r"|(?:photo|image|picture|фото)(?: credit)?:[^\n]{0,100})[ \t.:!…]*$",
    re.IGNORECASE | re.MULTILINE,
)


_LOWERCASE_NAME_PARTICLES = frozenset((
    "of", "the", "and", "de", "la", "le", "du", "da", "di", "der", "von", "van", "for",
    "on", "&", "news",
))  # fmt: skip
_MAX_NAME_WORDS = 5


def looks_like_lone_name(text: str) -> bool:
    """A short capitalised line with no sentence punctuation, like an outlet's name."""
    words = text.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or len(text) > 60:
        return False
    if SENTENCE_PUNCTUATION.search(text) or not words[0][:1].isupper():
        return False
    # Numbers may follow a name ("France 24"), never start one.
    return all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in _LOWERCASE_NAME_PARTICLES
        for word in words
    )


def ends_a_body(text: str) -> bool:
    """Whether a line reads like the end of a paragraph of article text."""
    stripped = text.rstrip()
    return len(stripped.split()) >= 12 or stripped.endswith((".", "!", "?", '"', "”", "»", "…"))

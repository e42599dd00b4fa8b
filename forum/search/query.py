"""What people type into the search box, turned into a plain structure both backends use.

Accepted syntax (the help text on the search page says the same):

    street lighting          words: pages with more of them rank higher
    "response time"          a phrase
    -police  -"bulky waste"  leave out pages with a word or phrase
    topic:graffiti-fly-posting  board:general  author:smith  kind:guidance  area:  region:

Anything else is searched as words: unbalanced quotes are closed, unknown field names and
wildcards are explained, and very long input is cut short, each with a message saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh.analysis import STOP_WORDS

from forum.search.synonyms import alternatives

MAX_QUERY_CHARS = 300
MAX_TERMS = 24
MAX_WORD_CHARS = 40
FILTER_FIELDS = ("topic", "board", "author", "kind", "area", "region")
KINDS = ("guidance", "thread", "post")

_TOKEN = re.compile(
    r'(?P<neg>-?)(?:(?P<field>[A-Za-z]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))'
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Words that say nothing about what someone is looking for ("how do we ...", "what should
# our ..."): dropped from searches. A search made only of them gets a message instead.
STOP = frozenset(STOP_WORDS) | frozenset(
    """
    about above after many lots again against all am any anyone anything because been before being
    below between both but could did do does doing done down during each else even ever
    every few further get gets getting got had has having he her here hers herself him
    himself his how however i i'd i'm i've into its itself just let like me more most much
    must my myself need needs no nor now off once only other ought our ours ourselves out
    over own per please really same she should so some someone something such than their
    theirs them themselves then there these they thing things those through too under until
    up upon very want wants was way were what whatever where whether which while who whom
    whose why would you'd you're yours yourself yourselves
    """.split()  # noqa: SIM905 - a word list reads best as words
)


@dataclass
class ParsedQuery:
    text: str  # the input, trimmed, as shown back to the person
    words: list[str] = field(default_factory=list)  # lower-case, in order
    phrases: list[list[str]] = field(default_factory=list)
    excluded: list[list[str]] = field(default_factory=list)  # each a word or a phrase
    filters: dict[str, list[str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)

    @property
    def has_terms(self) -> bool:
        return bool(self.words or self.phrases)

    @property
    def is_empty(self) -> bool:
        return not (self.has_terms or self.filters)

    def alternatives(self, word: str) -> tuple[str, ...]:
        """Other words the same thing is written with (never for phrases in quotes)."""
        return alternatives(word)

    def with_words(self, words: list[str]) -> ParsedQuery:
        return ParsedQuery(
            text=self.text,
            words=words,
            phrases=self.phrases,
            excluded=self.excluded,
            filters=self.filters,
            notices=self.notices,
        )

    def display(self) -> str:
        """The query written back out in the syntax people type."""
        parts = list(self.words)
        parts += [f'"{" ".join(p)}"' for p in self.phrases]
        parts += [f'-"{" ".join(p)}"' if len(p) > 1 else f"-{p[0]}" for p in self.excluded]
        parts += [
            f'{name}:"{value}"' if " " in value else f"{name}:{value}"
            for name, values in self.filters.items()
            for value in values
        ]
        return " ".join(parts)


def words_of(text: str) -> list[str]:
    return [w.replace("’", "'").lower() for w in _WORD.findall(text)]


def parse_query(raw: str) -> ParsedQuery:
    text = " ".join(raw.split())
    query = ParsedQuery(text=text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        query.text = text
        query.notices.append(
            f"Your search was too long, so only its first {MAX_QUERY_CHARS} characters were used."
        )
    if text.count('"') % 2:
        query.notices.append("A quotation mark was not closed, so the phrase runs to the end.")
    if "*" in text:
        query.notices.append(
            "Wildcards like * are not needed: searching for “light” also finds "
            "“lights” and “lighting”."
        )
    for match in _TOKEN.finditer(text):
        _take(query, match)
    if sum(map(len, query.phrases)) + len(query.words) > MAX_TERMS:
        query.words = query.words[: max(0, MAX_TERMS - sum(map(len, query.phrases)))]
        query.notices.append(f"Only the first {MAX_TERMS} words of your search were used.")
    if text and not query.has_terms and not query.filters and not query.excluded:
        query.notices.append(
            "Your search only had very common words or symbols in it. "
            "Try the words you would expect to find on the page, like “graffiti removal”."
        )
    elif text and not query.has_terms and query.excluded and not query.filters:
        query.notices.append("Say what to search for as well as what to leave out.")
    return query


def _take(query: ParsedQuery, match: re.Match[str]) -> None:
    name = (match["field"] or "").lower()
    negative = bool(match["neg"])
    value = match["phrase"] if match["phrase"] is not None else match["word"]
    if not name and value.endswith(":") and value[:-1].lower() in FILTER_FIELDS:
        name, value = value[:-1].lower(), ""  # "topic:" with nothing after it
    if name and name in FILTER_FIELDS:
        _filter(query, name, value, negative)
        return
    if name:
        query.notices.append(
            f"There is no “{name}:” filter, so “{name}” was searched for as a word. "
            f"Filters you can use: {', '.join(f + ':' for f in FILTER_FIELDS)}."
        )
        value = f"{name} {value}"
    words = words_of(value)
    if match["phrase"] is not None and len(words) > 1:
        (query.excluded if negative else query.phrases).append(words)
        return
    for word in words:
        if negative:
            query.excluded.append([word])
        elif word not in STOP and len(word) <= MAX_WORD_CHARS:
            query.words.append(word)


def _filter(query: ParsedQuery, name: str, value: str, negative: bool) -> None:
    cleaned = value.strip().lower()
    if name == "author":
        cleaned = " ".join(words_of(value))
    else:
        cleaned = re.sub(r"[^a-z0-9-]+", "-", cleaned).strip("-")
    if not cleaned:
        query.notices.append(f"Give a value after “{name}:”, like {name}:{_EXAMPLES[name]}.")
        return
    if negative:
        query.notices.append(f"Leaving out a {name} is not supported; the filter was ignored.")
        return
    if name == "kind" and cleaned not in KINDS:
        query.notices.append(f"“kind:” can be {', '.join(KINDS)}; “{cleaned}” was ignored.")
        return
    values = query.filters.setdefault(name, [])
    if cleaned not in values:
        values.append(cleaned)


_EXAMPLES = {
    "topic": "graffiti-fly-posting",
    "board": "general-discussion",
    "author": "smith",
    "kind": "guidance",
    "area": "eastern-road",
    "region": "london",
}

"""The domain: an Article and the Claims found in it (see CLAIMS.md)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

# The fields of a claim as every output and the store write them, in this order.
CLAIM_COLUMNS = [
    "figure",
    "figure_high",
    "qualifier",
    "category",
    "victims",
    "source",
    "source_text",
    "as_of",
    "scope",
    "location",
    "span",
    "start",
    "end",
    "sentence",
]


class Qualifier(str, Enum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up_to"
    RANGE = "range"
    VAGUE = "vague"


class Category(str, Enum):
    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    HOSTAGES = "hostages"
    DETAINED = "detained"
    DISPLACED = "displaced"


class Scope(str, Enum):
    CUMULATIVE = "cumulative"
    INCIDENT = "incident"


def text_id(text: str) -> str:
    """The identity of an article: the sha256 of its text, so the same text is stored once."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One article as read: its text exactly as read, and what its header says about it."""

    text: str
    name: str = "-"
    date: str | None = None
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", text_id(self.text))


@dataclass(frozen=True)
class Claim:
    """One numeric statement about people harmed, with who says it and when it holds."""

    figure: int
    category: Category
    span: str
    start: int
    end: int
    qualifier: Qualifier = Qualifier.EXACT
    figure_high: int | None = None
    victims: str = "people"
    source: str | None = None
    source_text: str | None = None
    as_of: str | None = None
    scope: Scope = Scope.INCIDENT
    location: str | None = None
    sentence: str = ""

    @property
    def low(self) -> int:
        """The least number of people the claim allows ("more than 90" -> 91)."""
        return self.figure + 1 if self.qualifier is Qualifier.MORE_THAN else self.figure

    @property
    def high(self) -> int | None:
        """The most the claim allows, or None when it sets no ceiling."""
        if self.figure_high is not None:
            return self.figure_high
        if self.qualifier in (Qualifier.EXACT, Qualifier.UP_TO, Qualifier.NEARLY):
            return self.figure
        return None

    def to_dict(self) -> dict[str, Any]:
        """The one serialisation shared by every output and the store."""
        d = {name: getattr(self, name) for name in self.__dataclass_fields__}  # all flat values
        d["qualifier"] = self.qualifier.value
        d["category"] = self.category.value
        d["scope"] = self.scope.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        names = cls.__dataclass_fields__
        kw = {k: v for k, v in d.items() if k in names}
        kw["qualifier"] = Qualifier(kw.get("qualifier", "exact"))
        kw["category"] = Category(kw["category"])
        kw["scope"] = Scope(kw.get("scope", "incident"))
        return cls(**kw)

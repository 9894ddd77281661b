"""The Impact page's sections: one provider per area (events, surveys, crime trends, maps…).

A provider is a function of a Session and a language that returns the sections it has to
publish (none while it has nothing public yet). Areas register theirs with one line:

    from advisoryboard.publish.impact import register
    register(my_area_sections)

Each section gives a title, HTML-safe content (`markupsafe.Markup`, e.g. rendered by the
provider's own Jinja template with autoescape, or `escape(...)` of its text) and, for each
chart, an `ImpactChart`: an image file (SVG or PNG bytes) and its alt text giving the
numbers the chart shows. Providers must read only public data (suppress small cells, leave
out confidential records): the privacy check of the writer runs over what they return too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ImpactChart:
    filename: str  # e.g. "events-by-kind.svg"; written under impact/
    content: bytes
    alt: str  # the chart's numbers in words: "Workshops 4, clean-ups 2, …"


@dataclass(frozen=True)
class ImpactSection:
    title: str
    html: Markup
    charts: tuple[ImpactChart, ...] = field(default_factory=tuple)


ImpactProvider = Callable[[Session, str, dt.date], list[ImpactSection]]

#: Registered providers, in page order.
PROVIDERS: list[ImpactProvider] = []


def register(provider: ImpactProvider) -> ImpactProvider:
    """Add a provider (usable as a decorator); registering twice is harmless."""
    if provider not in PROVIDERS:
        PROVIDERS.append(provider)
    return provider


def impact_sections(session: Session, language: str, today: dt.date) -> list[ImpactSection]:
    """Every provider's sections, in registration order."""
    sections: list[ImpactSection] = []
    for provider in PROVIDERS:
        sections.extend(provider(session, language, today))
    return sections

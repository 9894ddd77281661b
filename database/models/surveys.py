"""Community surveys: questions (EN/ES), choices, waves, anonymous responses and answers.

A response carries no name, address, phone or email: only its wave, where it came from
(paper, online, import) and, for imported rows, a fingerprint of file and row so that
importing the same file again adds nothing. Demographics (district, language, age band,
years in the neighborhood) are ordinary single-choice questions marked `demographic`,
each with a "prefer not to say" choice.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from database.base import Base, Timestamped, Versioned, enum_column, utcnow


class QuestionKind(enum.StrEnum):
    LIKERT = "likert"  # ordered choices with a score (strongly agree … strongly disagree)
    SINGLE = "single"  # one unordered choice
    MULTIPLE = "multiple"  # any number of choices
    RATING = "rating"  # 0–10
    NUMBER = "number"  # any number within optional bounds
    TEXT = "text"  # open text


class ResponseSource(enum.StrEnum):
    PAPER = "paper"
    ONLINE = "online"
    IMPORT = "import"


class Survey(Versioned, Timestamped, Base):
    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    title_es: Mapped[str | None] = mapped_column(String(200))
    intro: Mapped[str | None] = mapped_column(Text)
    intro_es: Mapped[str | None] = mapped_column(Text)

    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="survey", lazy="raise", order_by="SurveyQuestion.position"
    )


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"
    __table_args__ = (UniqueConstraint("survey_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    #: A short stable name ("trust_police"), used by --map and to compare waves.
    key: Mapped[str] = mapped_column(String(60))
    kind: Mapped[QuestionKind] = mapped_column(enum_column(QuestionKind))
    text_en: Mapped[str] = mapped_column(Text)
    text_es: Mapped[str] = mapped_column(Text)
    demographic: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    min_value: Mapped[float | None] = mapped_column(Float)
    max_value: Mapped[float | None] = mapped_column(Float)

    survey: Mapped[Survey] = relationship(back_populates="questions", lazy="raise")
    choices: Mapped[list[SurveyChoice]] = relationship(
        back_populates="question", lazy="raise", order_by="SurveyChoice.code"
    )


class SurveyChoice(Base):
    """One answer of a choice question; `code` is the digit typed from a paper form."""

    __tablename__ = "survey_choices"
    __table_args__ = (UniqueConstraint("question_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[int] = mapped_column(Integer)
    label_en: Mapped[str] = mapped_column(String(200))
    label_es: Mapped[str] = mapped_column(String(200))
    #: The score of a Likert choice (5 = most positive); None for "prefer not to say" and
    #: for unordered choices. Choices without a score are left out of means and bars.
    score: Mapped[float | None] = mapped_column(Float)
    prefer_not: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    question: Mapped[SurveyQuestion] = relationship(back_populates="choices", lazy="raise")


class SurveyWave(Base):
    __tablename__ = "survey_waves"
    __table_args__ = (UniqueConstraint("survey_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)


class SurveyResponse(Base):
    """One anonymous respondent's form."""

    __tablename__ = "survey_responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("survey_waves.id", ondelete="CASCADE"), index=True)
    source: Mapped[ResponseSource] = mapped_column(enum_column(ResponseSource))
    #: sha1 of the file's content and the row number, for imported rows (unique: a second
    #: import of the same file adds nothing).
    fingerprint: Mapped[str | None] = mapped_column(String(64), unique=True)
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SurveyAnswer(Base):
    """One answer; a multiple-choice question has one row per ticked choice."""

    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="CASCADE"), index=True
    )
    choice_id: Mapped[int | None] = mapped_column(ForeignKey("survey_choices.id", ondelete="CASCADE"))
    number: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(Text)

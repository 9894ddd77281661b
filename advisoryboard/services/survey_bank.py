"""The standard question bank: the questions boards and police partners ask most.

Each question is held in English and Spanish (both are stored with the survey, so a
printed bilingual form and the results read the same whatever the app's language).
Scores run from the most negative (1) to the most positive (5) so that the diverging
bars put "unsafe / disagree" on the left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from database.models.surveys import QuestionKind


@dataclass(frozen=True)
class BankChoice:
    code: int
    en: str
    es: str
    score: float | None = None
    prefer_not: bool = False


@dataclass(frozen=True)
class BankQuestion:
    key: str
    kind: QuestionKind
    en: str
    es: str
    choices: tuple[BankChoice, ...] = field(default_factory=tuple)
    demographic: bool = False
    min_value: float | None = None
    max_value: float | None = None
    #: The column heading of the data-entry grid (a few words; the full text is its tooltip).
    short_en: str = ""
    short_es: str = ""


def _scale(pairs: list[tuple[str, str]]) -> tuple[BankChoice, ...]:
    """A Likert scale given from most positive to most negative: code 1 = most positive."""
    n = len(pairs)
    return tuple(BankChoice(i + 1, en, es, float(n - i)) for i, (en, es) in enumerate(pairs))


def _with_prefer_not(choices: list[tuple[str, str]]) -> tuple[BankChoice, ...]:
    out = [BankChoice(i + 1, en, es) for i, (en, es) in enumerate(choices)]
    out.append(BankChoice(len(out) + 1, "Prefer not to say", "Prefiero no decirlo", prefer_not=True))
    return tuple(out)


SAFE = _scale(
    [
        ("Very safe", "Muy seguro/a"),
        ("Somewhat safe", "Algo seguro/a"),
        ("Neither safe nor unsafe", "Ni seguro/a ni inseguro/a"),
        ("Somewhat unsafe", "Algo inseguro/a"),
        ("Very unsafe", "Muy inseguro/a"),
    ]
)
AGREE = _scale(
    [
        ("Strongly agree", "Muy de acuerdo"),
        ("Agree", "De acuerdo"),
        ("Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo"),
        ("Disagree", "En desacuerdo"),
        ("Strongly disagree", "Muy en desacuerdo"),
    ]
)
SATISFIED = _scale(
    [
        ("Very satisfied", "Muy satisfecho/a"),
        ("Satisfied", "Satisfecho/a"),
        ("Neutral", "Neutral"),
        ("Dissatisfied", "Insatisfecho/a"),
        ("Very dissatisfied", "Muy insatisfecho/a"),
    ]
)

STANDARD_BANK: tuple[BankQuestion, ...] = (
    BankQuestion(
        "safe_day",
        QuestionKind.LIKERT,
        "How safe do you feel walking alone in your neighborhood during the day?",
        "¿Qué tan seguro/a se siente caminando solo/a por su vecindario durante el día?",
        SAFE,
        short_en="Safe by day",
        short_es="Seguro de día",
    ),
    BankQuestion(
        "safe_night",
        QuestionKind.LIKERT,
        "How safe do you feel walking alone in your neighborhood at night?",
        "¿Qué tan seguro/a se siente caminando solo/a por su vecindario de noche?",
        SAFE,
        short_en="Safe at night",
        short_es="Seguro de noche",
    ),
    BankQuestion(
        "trust_police",
        QuestionKind.LIKERT,
        "I trust the police who serve my neighborhood.",
        "Confío en la policía que sirve a mi vecindario.",
        AGREE,
        short_en="Trusts police",
        short_es="Confía en policía",
    ),
    BankQuestion(
        "board_handling",
        QuestionKind.LIKERT,
        "How satisfied are you with how the advisory board handles neighborhood concerns?",
        "¿Qué tan satisfecho/a está con cómo la junta asesora atiende las inquietudes del vecindario?",
        SATISFIED,
        short_en="Board's handling",
        short_es="Gestión de la junta",
    ),
    BankQuestion(
        "board_aware",
        QuestionKind.SINGLE,
        "Before today, did you know that the neighborhood advisory board exists?",
        "Antes de hoy, ¿sabía que existe la junta asesora del vecindario?",
        (BankChoice(1, "Yes", "Sí"), BankChoice(2, "No", "No")),
        short_en="Knew of board",
        short_es="Conocía la junta",
    ),
    BankQuestion(
        "concerns",
        QuestionKind.MULTIPLE,
        "Which of these concern you most? (tick all that apply)",
        "¿Cuáles de estos le preocupan más? (marque todos los que correspondan)",
        (
            BankChoice(1, "Traffic and speeding", "Tráfico y exceso de velocidad"),
            BankChoice(2, "Drug activity", "Actividad de drogas"),
            BankChoice(3, "Street lighting", "Alumbrado público"),
            BankChoice(4, "Graffiti and litter", "Grafiti y basura"),
            BankChoice(5, "Noise", "Ruido"),
            BankChoice(6, "Youth programs", "Programas para jóvenes"),
        ),
        short_en="Concerns",
        short_es="Inquietudes",
    ),
    BankQuestion(
        "recommend",
        QuestionKind.RATING,
        "On a scale of 0 to 10, how likely are you to recommend this neighborhood as a place to live?",
        "En una escala de 0 a 10, ¿qué tan probable es que recomiende este vecindario para vivir?",
        min_value=0,
        max_value=10,
        short_en="Recommend (0–10)",
        short_es="Recomienda (0–10)",
    ),
    BankQuestion(
        "meetings_attended",
        QuestionKind.NUMBER,
        "How many board meetings did you attend in the last 12 months?",
        "¿A cuántas reuniones de la junta asistió en los últimos 12 meses?",
        min_value=0,
        max_value=99,
        short_en="Meetings attended",
        short_es="Reuniones asistidas",
    ),
    BankQuestion(
        "comments",
        QuestionKind.TEXT,
        "What one thing would make your neighborhood safer?",
        "¿Qué cosa haría más seguro su vecindario?",
        short_en="Comments",
        short_es="Comentarios",
    ),
    BankQuestion(
        "district",
        QuestionKind.SINGLE,
        "Which district do you live in?",
        "¿En qué distrito vive?",
        _with_prefer_not(
            [("North", "Norte"), ("South", "Sur"), ("East", "Este"), ("West", "Oeste"), ("Central", "Centro")]
        ),
        demographic=True,
        short_en="District",
        short_es="Distrito",
    ),
    BankQuestion(
        "language",
        QuestionKind.SINGLE,
        "Which language do you speak most at home?",
        "¿Qué idioma habla más en casa?",
        _with_prefer_not([("English", "Inglés"), ("Spanish", "Español"), ("Other", "Otro")]),
        demographic=True,
        short_en="Home language",
        short_es="Idioma en casa",
    ),
    BankQuestion(
        "age_band",
        QuestionKind.SINGLE,
        "Your age",
        "Su edad",
        _with_prefer_not(
            [
                ("Under 25", "Menos de 25"),
                ("25–44", "25–44"),
                ("45–64", "45–64"),
                ("65 or older", "65 o más"),
            ]
        ),
        demographic=True,
        short_en="Age",
        short_es="Edad",
    ),
    BankQuestion(
        "years_here",
        QuestionKind.SINGLE,
        "How long have you lived in the neighborhood?",
        "¿Cuánto tiempo lleva viviendo en el vecindario?",
        _with_prefer_not(
            [
                ("Less than 2 years", "Menos de 2 años"),
                ("2–9 years", "2–9 años"),
                ("10 years or more", "10 años o más"),
            ]
        ),
        demographic=True,
        short_en="Years here",
        short_es="Años aquí",
    ),
)

BANK_BY_KEY = {q.key: q for q in STANDARD_BANK}


def _numbered(pairs: list[tuple[str, str]], scored: bool = False) -> tuple[BankChoice, ...]:
    return tuple(
        BankChoice(i + 1, en, es, float(i + 1) if scored else None, prefer_not=en == "Prefer not to say")
        for i, (en, es) in enumerate(pairs)
    )


#: The questions of the Somerville (MA) Happiness Survey 2017 that a board asks too, with the
#: city's own scales (1–5, 1 = very poor; 0–10): used to import that real export.
SOMERVILLE_2017: tuple[BankQuestion, ...] = (
    BankQuestion(
        "trust_police",
        QuestionKind.LIKERT,
        "How would you rate your trust in the local police?",
        "¿Cómo calificaría su confianza en la policía local?",
        _numbered(
            [
                ("1 Very low", "1 Muy baja"),
                ("2 Low", "2 Baja"),
                ("3 Neither", "3 Ni alta ni baja"),
                ("4 High", "4 Alta"),
                ("5 Very high", "5 Muy alta"),
            ],
            scored=True,
        ),
    ),
    BankQuestion(
        "safe_night",
        QuestionKind.RATING,
        "How safe do you feel walking in your neighborhood at night? (0–10)",
        "¿Qué tan seguro/a se siente caminando por su vecindario de noche? (0–10)",
        min_value=0,
        max_value=10,
    ),
    BankQuestion(
        "language",
        QuestionKind.SINGLE,
        "Language of the response",
        "Idioma de la respuesta",
        _with_prefer_not([("English", "Inglés"), ("Spanish", "Español"), ("Other", "Otro")]),
        demographic=True,
    ),
    BankQuestion(
        "age_band",
        QuestionKind.SINGLE,
        "Age",
        "Edad",
        _numbered(
            [
                ("18-24", "18-24"),
                ("25-34", "25-34"),
                ("35-44", "35-44"),
                ("45-54", "45-54"),
                ("55-64", "55-64"),
                ("65-74", "65-74"),
                ("75 or older", "75 o más"),
                ("Prefer not to say", "Prefiero no decirlo"),
            ]
        ),
        demographic=True,
    ),
)

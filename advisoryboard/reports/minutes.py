"""The minutes: attendance, quorum, what was done per item, motions, votes, action items.

Closed-session items print their title and reason only; their notes never print.
A DRAFT watermark marks minutes that are not approved yet.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from advisoryboard.reports.agenda import meeting_heading
from advisoryboard.reports.data import AgendaLine, MeetingRecord, MotionLine, VoteLine
from advisoryboard.reports.fonts import markup
from advisoryboard.reports.labels import clock, label, long_date, printed, short_date
from advisoryboard.reports.layout import (
    CONTENT_WIDTH,
    PageSetup,
    Translator,
    build_pdf,
    fixed,
    gap,
    grid_table,
    labelled,
    styles,
    text,
    translator,
)
from advisoryboard.services.votes import Tally, threshold_base_count
from database.enums import (
    AgendaSection,
    AttendanceStatus,
    MeetingStatus,
    MinutesStatus,
    ThresholdBase,
    VoteChoice,
    VoteThreshold,
    VotingMethod,
)


def _names(record: MeetingRecord, status: AttendanceStatus, voting: bool, _: Translator) -> str:
    people = []
    for a in record.attendance:
        if a.voting is voting and a.status is status:
            if status is AttendanceStatus.LATE and a.arrived_at:
                people.append(_("{name} (arrived {time})").format(name=a.name, time=clock(a.arrived_at, _)))
            else:
                people.append(a.name)
    return ", ".join(people) if people else _("none")


def attendance_section(record: MeetingRecord, _: Translator) -> list[Flowable]:
    st = styles()
    m = record.meeting
    flow: list[Flowable] = [fixed(_("Attendance"), st.h1)]
    for status, title in (
        (AttendanceStatus.PRESENT, _("Members present:")),
        (AttendanceStatus.LATE, _("Members arriving late:")),
        (AttendanceStatus.EXCUSED, _("Members excused:")),
        (AttendanceStatus.ABSENT, _("Members absent:")),
    ):
        flow.append(labelled(title, _names(record, status, True, _)))
    non_voting = [
        a.name for a in record.attendance if not a.voting and a.status is not AttendanceStatus.ABSENT
    ]
    flow.append(labelled(_("Non-voting attendees:"), ", ".join(non_voting) or _("none")))
    if m.guests:
        flow.append(labelled(_("Guests:"), m.guests))
    flow.append(
        labelled(
            _("Public:"),
            _("{count} members of the public attended; {comments} spoke during public comment.").format(
                count=m.public_count, comments=m.public_comments
            ),
        )
    )
    present, needed = record.voting_present, record.quorum_needed
    if not record.attendance:
        statement = _("Roll call was not recorded.")
    elif present >= needed:
        statement = _("A quorum was present ({present} voting members present; {needed} needed).").format(
            present=present, needed=needed
        )
    else:
        statement = _(
            "A quorum was NOT present ({present} voting members present; {needed} needed). "
            "No business was transacted."
        ).format(present=present, needed=needed)
    flow.append(labelled(_("Quorum:"), statement))
    return flow


def _motion(motion: MotionLine, number: int, base: ThresholdBase, _: Translator) -> Flowable:
    st = styles()
    parts: list[Flowable] = [labelled(_("Motion {n}:").format(n=number), motion.text)]
    who = _("Moved by {mover}; seconded by {seconder}.").format(
        mover=motion.mover or _("(not recorded)"), seconder=motion.seconder or _("(no second recorded)")
    )
    method, result = label(motion.method, _), label(motion.result, _).lower()
    if motion.tally:
        outcome = _("{method}: {result}, {tally} (ayes-nays-abstentions)").format(
            method=method, result=result, tally=motion.tally
        )
    else:
        outcome = _("{method}: {result}").format(method=method, result=result)
    required = _threshold_statement(motion, base, _)
    if required:
        outcome = f"{outcome}. {required}"
    parts.append(Paragraph(markup(who) + "<br/><b>" + markup(outcome) + "</b>", st.body))
    if motion.method is VotingMethod.ROLL_CALL and motion.votes:
        half = (len(motion.votes) + 1) // 2
        left, right = motion.votes[:half], motion.votes[half:]
        rows = []
        for i in range(half):
            row: list[object] = [left[i].name, _vote_word(left[i], _)]
            row += [right[i].name, _vote_word(right[i], _)] if i < len(right) else ["", ""]
            rows.append(row)
        w = CONTENT_WIDTH / 2
        parts.append(
            grid_table(
                [_("Member"), _("Vote"), _("Member"), _("Vote")],
                rows,
                [w - 22 * mm, 22 * mm, w - 22 * mm, 22 * mm],
            )
        )
    parts.append(gap(2))
    return KeepTogether(parts)


def _vote_word(vote: VoteLine, _: Translator) -> str:
    """A member's vote; one who was excused from the meeting is 'Excused', not 'Absent'."""
    if vote.choice is VoteChoice.ABSENT and vote.attendance is AttendanceStatus.EXCUSED:
        return label(AttendanceStatus.EXCUSED, _)
    return label(vote.choice, _)


def _threshold_statement(motion: MotionLine, base: ThresholdBase, _: Translator) -> str:
    """For a two-thirds vote: that two-thirds was required and the share of ayes reached."""
    if motion.threshold is not VoteThreshold.TWO_THIRDS:
        return ""
    counts = Tally(ayes=motion.ayes or 0, nays=motion.nays or 0, abstentions=motion.abstentions or 0)
    denominator = threshold_base_count(counts, base)
    if motion.ayes is None or denominator <= 0:
        return _("A two-thirds vote was required.")
    share = f"{100 * counts.ayes / denominator:.1f}"
    if base is ThresholdBase.MEMBERS_PRESENT:
        return _("A two-thirds vote of the members present was required; {share}% voted in favor.").format(
            share=share
        )
    return _("A two-thirds vote was required; {share}% of the votes cast were in favor.").format(share=share)


def _item(
    line: AgendaLine, motions: list[MotionLine], counter: list[int], base: ThresholdBase, _: Translator
) -> list[Flowable]:
    st = styles()
    heading = f"{line.number}. {printed(line.title, _)}"  # the app's titles translated; typed as entered
    flow: list[Flowable] = [text(heading, st.h2 if not line.is_sub else st.body)]
    if line.closed_session:
        reason = line.closed_reason or _("reason not given")
        flow.append(fixed(_("Held in closed session ({reason}).").format(reason=reason), st.small))
        # The discussion stays private (its notes never print); what the board did is reported.
    elif line.minutes_notes:
        flow.append(text(line.minutes_notes))
    for motion in motions:
        counter[0] += 1
        flow.append(_motion(motion, counter[0], base, _))
    return flow


def minutes_story(record: MeetingRecord, _: Translator) -> list[Flowable]:
    st = styles()
    m = record.meeting
    story = meeting_heading(record, _("Minutes"), _)
    if m.status is MeetingStatus.CANCELLED:
        # meeting_heading already says it was cancelled, with the reason; there is nothing to minute.
        story.append(fixed(_("The meeting was not held, so there are no minutes."), st.body))
        return story
    if m.minutes_status is MinutesStatus.APPROVED:
        when = short_date(m.approved_at, _) if m.approved_at else short_date(m.approved_on, _)
        story.append(fixed(_("Approved by motion at the meeting of {date}.").format(date=when), st.h2))
    else:
        story.append(fixed(_("DRAFT — these minutes have not been approved."), st.h2))
    if m.presiding:
        story.append(labelled(_("Presiding:"), m.presiding))
    if m.recorder:
        story.append(labelled(_("Minutes recorded by:"), m.recorder))
    story.append(labelled(_("Called to order:"), clock(m.called_to_order_at, _) or _("time not recorded")))
    story += attendance_section(record, _)
    if m.minutes_summary:
        story += [fixed(_("Summary"), st.h1), text(m.minutes_summary)]
    story.append(fixed(_("Proceedings"), st.h1))
    by_item: dict[int | None, list[MotionLine]] = {}
    for motion in record.motions:
        by_item.setdefault(motion.agenda_item_id, []).append(motion)
    known = {line.id for line in record.agenda}
    # A motion to adjourn made without an agenda item belongs under 'Adjournment'.
    closing = next((line.id for line in record.agenda if line.section is AgendaSection.ADJOURNMENT), None)
    if closing is not None:
        unplaced = by_item.pop(None, [])
        by_item[None] = [mo for mo in unplaced if mo.procedural_kind != "adjourn"]
        by_item.setdefault(closing, []).extend(mo for mo in unplaced if mo.procedural_kind == "adjourn")
    counter = [0]
    for line in record.agenda:
        story += _item(line, by_item.get(line.id, []), counter, record.board.threshold_base, _)
    loose = [mo for key, mos in by_item.items() if key is None or key not in known for mo in mos]
    if loose:
        story.append(fixed(_("Other motions"), st.h2))
        for motion in loose:
            counter[0] += 1
            story.append(_motion(motion, counter[0], record.board.threshold_base, _))
    story.append(fixed(_("Action items"), st.h1))
    if record.actions:
        rows = [
            [a.description, a.owner or "", short_date(a.due_on, _), label(a.status, _)]
            for a in record.actions
        ]
        story.append(
            grid_table(
                [_("What"), _("Who"), _("Due"), _("Status")],
                rows,
                [CONTENT_WIDTH - 95 * mm, 45 * mm, 30 * mm, 20 * mm],
            )
        )
    else:
        story.append(fixed(_("No action items were assigned."), st.small))
    story.append(gap(4))
    story.append(labelled(_("Adjourned:"), clock(m.adjourned_at, _) or _("time not recorded")))
    if record.amendments:
        story.append(fixed(_("Corrections after approval"), st.h1))
        for a in record.amendments:
            story.append(
                labelled(
                    _("{date}, {who}:").format(date=short_date(a.made_at, _), who=a.made_by),
                    _("{reason} — was: “{old}”; now: “{new}”").format(
                        reason=a.reason, old=a.old_text or "", new=a.new_text or ""
                    ),
                )
            )
    return story


def build_minutes(record: MeetingRecord, language: str = "en") -> bytes:
    _ = translator(language)
    date = long_date(record.meeting.starts_at.date(), _)
    title = _("Minutes — {board}, {date}").format(board=record.board.name, date=date)
    draft = (
        record.meeting.minutes_status is not MinutesStatus.APPROVED
        and record.meeting.status is not MeetingStatus.CANCELLED
    )
    setup = PageSetup(
        running_title=title, page_label=_("Page {page} of {pages}"), watermark=_("DRAFT") if draft else ""
    )
    return build_pdf(minutes_story(record, _), setup, title=title, author=record.board.name)

"""A follow-up period as a document (delårsrapport, årsredovisning): blocks of the same kinds
as the plan's, so the plan's Word and PDF writers render it with the same typography.

In the order a nämnd reads a delårsrapport: the period's summary texts (Sammanfattning,
Viktiga händelser, Framtid), Måluppfyllelse, Aktiviteter, Ekonomi and Internkontroll. What is
empty is left out. Every figure is ``vplan_desktop.follow_up``'s, printed by ``formatting``.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass

from vplan_desktop import domain as d
from vplan_desktop import follow_up as fu
from vplan_desktop.exports.blocks import Cell, DocBlock, Document, Table, figure
from vplan_desktop.exports.chapter_tables import chapter_table
from vplan_desktop.exports.follow_up_budget import economy_blocks
from vplan_desktop.exports.follow_up_goals import goal_blocks
from vplan_desktop.exports.goal_labels import WHOLE_PLAN, goal_title
from vplan_desktop.follow_up_data import Uppfoljning, status_label
from vplan_desktop.formatting import MONTHS, NBSP, format_date
from vplan_desktop.markdown import Heading, ImageBlock, Paragraph, Run, TableBlock, parse

TEXTS = (
    ("sammanfattning", "Sammanfattning"),
    ("viktiga_handelser", "Viktiga händelser"),
    ("framtid", "Framtid"),
)
ACTIVITIES = "Aktiviteter"
CONTROL = "Internkontroll"
AREA_CAPTION = "Kopplade till målområdet i sin helhet"
OTHER_GOALS = "Övriga mål"
DONE = {True: "Ja", False: "Nej", None: ""}


def report_title(period: Uppfoljning) -> str:
    """The document's title: "Delårsrapport april 2027" for "Delår april 2027", the period's
    own name when it already says what it is ("Årsredovisning 2027")."""
    name = " ".join(period.namn.split())
    first, _, rest = name.partition(" ")
    if first.casefold() == "delår" and rest:
        return f"Delårsrapport {rest}"
    words = name.casefold()
    if any(w in words for w in ("rapport", "redovisning", "berättelse", "bokslut")):
        return name
    return f"{period.slag_text} {name}"


def months_text(period: Uppfoljning) -> str:
    """The months the utfall covers: "jan–apr"; "" when the period has no last day."""
    if period.slutdatum is None:
        return ""
    return f"jan–{MONTHS[period.slutdatum.month - 1][:3]}"


@dataclass
class FollowUpDocument(Document):
    """The report's title page facts; ``plan`` carries the report's title as its ``titel``
    (what the writers print on the title page and in the file's properties)."""

    period: Uppfoljning | None = None
    plan_title: str = ""

    @property
    def header_text(self) -> str:
        u = self.plan.uppgifter
        return f"{u.namnd} — {u.titel}"

    def title_lines(self) -> list[tuple[str, str]]:
        u = self.plan.uppgifter
        period = self.period
        lines = [
            ("", u.kommun),
            ("", u.forvaltning),
            ("", f"Uppföljning av {self.plan_title}"),
        ]
        if period is not None:
            if period.slutdatum is not None:
                lines.append(("Perioden", f"{period.ar}-01-01 – {format_date(period.slutdatum)}"))
            if period.rapporterad:
                reported = format_date(period.rapporterad_datum) or "Ja"
                lines.append(("Rapporterad", reported))
        lines.append(("Ordförande", u.ordforande_text))
        lines.append(("Förvaltningschef", u.forvaltningschef))
        return [(label, text) for label, text in lines if text.strip()]


def _markdown(plan: d.PlanSnapshot, text: str) -> list[DocBlock]:
    """A Markdown text's blocks, its headings under the chapter's, as a plan chapter's."""
    blocks: list[DocBlock] = []
    for block in parse(text):
        if isinstance(block, Heading):
            blocks.append(Heading(3 if block.level <= 2 else 4, block.runs))
        elif isinstance(block, TableBlock):
            blocks.append(chapter_table(block))
        elif isinstance(block, ImageBlock):
            blocks.append(figure(plan, block))
        else:
            blocks.append(block)
    return blocks


def summary_blocks(plan: d.PlanSnapshot, period: Uppfoljning) -> list[DocBlock]:
    """The chapter "Sammanfattning": the period's summary, then "Viktiga händelser" and
    "Framtid" as its sections; each only when written, nothing when none is."""
    texts = [(title, getattr(period, name)) for name, title in TEXTS]
    if not any(text.strip() for _, text in texts):
        return []
    blocks: list[DocBlock] = [Heading(1, (Run(TEXTS[0][1]),))]
    for number, (title, text) in enumerate(texts):
        if not text.strip():
            continue
        if number:
            blocks.append(Heading(2, (Run(title),)))
        blocks += _markdown(plan, text)
    return blocks


def end_text(activity: d.Aktivitet, period: Uppfoljning) -> str:
    """The planned end date and, below it, the revised one ("reviderat till 2027-12-15")."""
    planned = activity.slutdatum
    now = fu.end_date(activity, period)
    if planned is None and now is None:
        return "" if activity.ar is None else f"Under{NBSP}{activity.ar}"
    if planned is None or now == planned:
        return format_date(now)
    return f"{format_date(planned)}\nreviderat till {format_date(now)}"


def _activity_table(activities: list[d.Aktivitet], period: Uppfoljning, caption: str = "") -> Table:
    rows = []
    for a in activities:
        held = period.activity(a.id)
        rows.append(
            [
                Cell(a.namn),
                Cell(status_label(held.status), bold=True),
                Cell(held.kommentar.strip()),
                Cell(end_text(a, period)),
            ]
        )
    return Table(
        caption=caption,
        header=[Cell(h, bold=True) for h in ("Aktivitet", "Status", "Kommentar", "Slutdatum")],
        rows=rows,
        widths=[3.6, 1.3, 4.2, 1.7],
    )


def activity_blocks(plan: d.PlanSnapshot, period: Uppfoljning) -> list[DocBlock]:
    """Aktiviteter with their status at the period, grouped as in the plan: the whole plan's,
    then per målområde its own and each goal's; nothing for a plan without activities."""
    if not plan.aktiviteter:
        return []
    goals = {g.id for g in plan.namndsmal}
    areas = {a.id for a in plan.malomraden}
    by_goal: dict[int, list[d.Aktivitet]] = defaultdict(list)
    by_area: dict[int, list[d.Aktivitet]] = defaultdict(list)
    whole: list[d.Aktivitet] = []
    for activity in plan.aktiviteter:
        if activity.namndsmal_id is not None and activity.namndsmal_id in goals:
            by_goal[activity.namndsmal_id].append(activity)
        elif activity.malomrade_id is not None and activity.malomrade_id in areas:
            by_area[activity.malomrade_id].append(activity)
        else:  # tied to the whole plan, or to something no longer in it: never dropped
            whole.append(activity)
    blocks: list[DocBlock] = [Heading(1, (Run(ACTIVITIES),))]
    if whole:
        blocks += [Heading(2, (Run(WHOLE_PLAN),)), _activity_table(whole, period)]
    groups = [
        (a.rubrik, by_area.get(a.id, []), [g for g in plan.namndsmal if g.malomrade_id == a.id])
        for a in plan.malomraden
    ]
    groups.append((OTHER_GOALS, [], [g for g in plan.namndsmal if g.malomrade_id not in areas]))
    for title, own, area_goals in groups:
        tied = [g for g in area_goals if by_goal.get(g.id)]
        if not own and not tied:
            continue
        blocks.append(Heading(2, (Run(title),)))
        if own:
            blocks.append(_activity_table(own, period, AREA_CAPTION))
        for goal in tied:
            blocks += [
                Heading(3, (Run(goal_title(plan, goal)),)),
                _activity_table(by_goal[goal.id], period),
            ]
    return blocks


def control_blocks(plan: d.PlanSnapshot, period: Uppfoljning) -> list[DocBlock]:
    """Internkontroll: each control point's result at the period."""
    if not plan.internkontroll:
        return []
    rows = []
    for row in plan.internkontroll:
        result = period.control(row.id)
        rows.append(
            [
                Cell(row.kontrollmoment.strip() or row.process),
                Cell(DONE[result.utford], "center"),
                Cell(result.avvikelse.strip()),
                Cell(result.atgard.strip()),
            ]
        )
    done = sum(1 for row in plan.internkontroll if period.control(row.id).utford)
    return [
        Heading(1, (Run(CONTROL),)),
        Heading(2, (Run("Uppföljning av internkontrollplanen"),)),
        _paragraph(f"{done} av {len(plan.internkontroll)} kontrollmoment är utförda."),
        Table(
            caption="",
            header=[
                Cell("Kontrollmoment", bold=True),
                Cell("Utförd", "center", True),
                Cell("Avvikelse", bold=True),
                Cell("Åtgärd", bold=True),
            ],
            rows=rows,
            widths=[3.6, 0.9, 3.2, 3.2],
        ),
    ]


def _paragraph(text: str) -> DocBlock:
    return Paragraph((Run(text),))


def build_follow_up(plan: d.PlanSnapshot, period: Uppfoljning) -> FollowUpDocument:
    """The period's report as document blocks, in the order the nämnd reads it."""
    u = plan.uppgifter
    titled = dataclasses.replace(plan, uppgifter=dataclasses.replace(u, titel=report_title(period)))
    doc = FollowUpDocument(titled, period=period, plan_title=u.titel)
    doc.blocks += summary_blocks(titled, period)
    doc.blocks += goal_blocks(titled, period, months_text(period))
    doc.blocks += activity_blocks(titled, period)
    doc.blocks += economy_blocks(titled, period, months_text(period))
    doc.blocks += control_blocks(titled, period)
    return doc

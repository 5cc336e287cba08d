"""Granskning: what is left to fill in, section by section, with a way to go there."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from vplan_desktop import completeness
from vplan_desktop.ui.context import PlanContext
from vplan_desktop.ui.editors.base import SectionEditor


class ReviewPage(SectionEditor):
    title = "Granskning"
    help_text = "En översikt av vad som återstår innan planen kan gå till nämnden."

    go_to = Signal(str)

    def __init__(
        self,
        context: PlanContext,
        titles: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.titles = titles or {}
        self.body = QLabel()
        self.body.setObjectName("granskning")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.linkActivated.connect(self.go_to)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.outer.addWidget(scroll, 1)
        self.on_changed(None)

    def on_changed(self, change: object) -> None:
        progress = completeness.sections(self.context.plan)
        done = sum(p.state is completeness.State.COMPLETE for p in progress.values())
        parts = [f"<p><b>{done} av {len(progress)} avsnitt är klara.</b></p>"]
        for key, item in progress.items():
            title = html.escape(self.titles.get(key, key))
            state = {
                completeness.State.COMPLETE: "✔ klar",
                completeness.State.BEGUN: "◐ påbörjad",
                completeness.State.EMPTY: "○ inte påbörjad",
            }[item.state]
            notes = "".join(
                f"<li>{html.escape(n)}</li>"
                for n in item.notes[:6]
                if item.state is not completeness.State.COMPLETE
            )
            more = f"<li>… och {len(item.notes) - 6} till</li>" if len(item.notes) > 6 else ""
            parts.append(
                f"<p><a href='{key}'>{title}</a> – {state}</p>"
                + (f"<ul>{notes}{more}</ul>" if notes else "")
            )
        self.body.setText("".join(parts))

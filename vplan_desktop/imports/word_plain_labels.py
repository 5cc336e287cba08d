"""Plain-language labels a plan prints over a goal's lists instead of "Indikatorer:" and
"Aktiviteter:" – "Så vet vi att vi lyckas" over the indicator sentences, "Det här gör vi" over
the activities – as a nämndplan organised by priorities writes them (``word_goal_lists``
reads the lists under them as it reads those under the plain labels)."""

from __future__ import annotations

__all__ = ["SO_WE_KNOW", "WE_DO"]

SO_WE_KNOW = (
    r"så\s+(?:här\s+)?vet\s+vi\s+(?:att|om)\s+vi\s+(?:lyckas|har\s+lyckats|når\s+målet)"
    r"|så\s+(?:här\s+)?ser\s+vi\s+(?:att|om)\s+vi\s+lyckas|hur\s+vet\s+vi\s+att\s+vi\s+lyckas"
)
"""Regular expression (lower case, no anchors): a line announcing how the goal is measured."""
WE_DO = r"det\s+här\s+gör\s+vi|detta\s+gör\s+vi|så\s+här\s+gör\s+vi|vad\s+gör\s+vi"
"""Regular expression (lower case, no anchors): a line announcing what is done for the goal."""

"""What each block of a Word plan became, as lines to read: for ``vplan import-docx --prova``
and the review dialog's list; the report with every warning, as ``vplan import-docx`` prints it."""

from __future__ import annotations

from vplan_desktop.imports.word_blocks import Block, BlockKind
from vplan_desktop.imports.word_result import WordImport

BLOCK_LABELS = {
    BlockKind.HEADING: "Rubrik",
    BlockKind.PARAGRAPH: "Stycke",
    BlockKind.LIST_ITEM: "Punkt",
    BlockKind.TABLE: "Tabell",
    BlockKind.IMAGE: "Bild",
}


def block_label(block: Block, level: int | None = None, width: int = 60) -> str:
    """A block in one line: "Rubrik 2: Mål", "Tabell: Aktivitet | Ansvarig | …"."""
    label = BLOCK_LABELS[block.kind]
    if level:
        label = f"Rubrik {level}"
    elif block.kind is BlockKind.HEADING:
        label = BLOCK_LABELS[BlockKind.PARAGRAPH]  # a heading the user made body text
    # "Tabell (ur diagram): …", "Stycke (ur målkort): …", as a reader sees it in the document
    if origin := block.embedded or block.unfolded:
        label += f" (ur {origin})"
    text = " ".join(block.text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return f"{label}: {text}" if text else label


def report_lines(result: WordImport) -> list[str]:
    """The report, then each warning it does not hold already (a picture without alt text, one
    that did not come along): what ``vplan import-docx`` prints and the review dialog lists."""
    lines = list(result.report)
    return lines + [w for w in result.warnings if w not in lines]


def outcome_lines(result: WordImport) -> list[str]:
    """Per block of the source: its number, what it is, and what it became."""
    lines: list[str] = []
    source = result.source
    if source is None:
        return lines
    for block in source.blocks:
        outcome = result.outcomes.get(block.index)
        label = block_label(block, result.tolkning.headings.get(block.index))
        became = f"{outcome.became.value}: {outcome.text}" if outcome else "(inget)"
        lines.append(f"{block.index + 1:>4}  {label}\n      → {became}")
        if outcome is not None and outcome.warning:
            lines.append(f"      ! {outcome.warning}")
    for comment in source.comments:
        lines.append(f"Kommentar: {comment}")
    return lines

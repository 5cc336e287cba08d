"""Rule: the text boxes of a drawing group (a "målhus" drawn with Word's shapes) are read in the
order their positions give, not the order they stand in the XML (Word saves a group's shapes
in the order they were drawn): boxes side by side in columns are read a column at a time, left
to right, each from the top down, and a box spanning the columns (the roof) where it stands.
The goals in a målområde's column are then that målområde's, whatever the XML order; and the
prose under such a drawing of goals is the chapter's, not the description of the goal drawn
last."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.word_shapes_docx import Writer
from tests.word_shapes_model import Front
from tests.word_shapes_xml import append
from vplan_desktop import domain as d
from vplan_desktop.db.document import PlanDocument
from vplan_desktop.imports.word import import_word
from vplan_desktop.services.read import read_plan

_WPG = 'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'


def _box(number: int, at: tuple[int, int, int, int], lines: list[str], vml: bool) -> str:
    """A text box of the group at ``at`` (x, y, width, height): DrawingML, or VML."""
    x, y, cx, cy = at
    inner = "".join(
        f"<w:p><w:r>{'<w:rPr><w:b/></w:rPr>' if n == 0 else ''}"
        f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for n, line in enumerate(lines)
    )
    if vml:
        return (
            f'<v:rect id="Ruta {number}" style="position:absolute;left:{x // 1000};'
            f'top:{y // 1000};width:{cx // 1000};height:{cy // 1000}">'
            f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect>"
        )
    return (
        f'<wps:wsp><wps:cNvPr id="{10 + number}" name="Ruta {number}"/>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
    )


def _house(boxes: list[tuple[tuple[int, int, int, int], list[str]]], vml: bool) -> str:
    """A paragraph holding a group of the text boxes ``boxes``, in the order given."""
    shapes = "".join(_box(n, at, lines, vml) for n, (at, lines) in enumerate(boxes))
    if vml:
        return (
            '<w:p><w:r><w:pict><v:group id="Grupp 1" style="position:absolute;'
            f'width:450pt;height:300pt" coordsize="6000,4000">{shapes}</v:group></w:pict>'
            "</w:r></w:p>"
        )
    return (
        f'<w:p {_WPG}><w:r><w:drawing><wp:inline><wp:extent cx="6000000" cy="4000000"/>'
        '<wp:docPr id="1" name="Grupp 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp>'
        '<wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="6000000" '
        'cy="4000000"/><a:chOff x="0" y="0"/><a:chExt cx="6000000" cy="4000000"/></a:xfrm>'
        f"</wpg:grpSpPr>{shapes}</wpg:wgp></a:graphicData></a:graphic></wp:inline>"
        "</w:drawing></w:r></w:p>"
    )


AREAS = [
    ("Trygg uppväxt", ["Fler barn går i förskola", "Alla elever når målen i svenska"]),
    ("Hållbar miljö", ["Matsvinnet i skolorna minskar", "Fler skolgårdar blir gröna"]),
]


def _plan(tmp_path: Path, vml: bool) -> d.PlanSnapshot:
    boxes: list[tuple[tuple[int, int, int, int], list[str]]] = []
    for a, (area, goals) in enumerate(AREAS):
        x = a * 3_000_000
        for g, goal in enumerate(goals):  # the XML holds each column's goals bottom up
            boxes.insert(0, ((x, 1_800_000 + g * 800_000, 2_800_000, 700_000),
                             [f"{a + 1}.{g + 1} {goal}"]))  # fmt: skip
        boxes.insert(0, ((x, 1_000_000, 2_800_000, 700_000), [f"Målområde {a + 1}", area]))
    boxes.append(((0, 0, 5_800_000, 900_000), ["Vision", "Ett lärande Hedeby"]))
    w = Writer("målhus", Front("Barn- och utbildningsnämnden", "Hedeby kommun", 2027, 2027))
    w.para("Hedeby kommun")
    w.para("Barn- och utbildningsnämnden")
    w.para("Verksamhetsplan 2027")
    w.heading("Inledning", 1)
    w.para("Planen beskriver nämndens mål.")
    w.heading("Vision, målområden och mål", 1)
    append(w.doc, _house(boxes, vml))
    w.para("Indikatorerna följs upp i delårsrapporten och i verksamhetsberättelsen.")
    source = tmp_path / "målhus.docx"
    w.save(source)
    import_word(source, source.with_suffix(".vplan"))
    with PlanDocument.open(source.with_suffix(".vplan"), read_only=True) as opened:
        return read_plan(opened)


def _goals(plan: d.PlanSnapshot) -> list[tuple[str, str, str]]:
    areas = {a.id: a.namn for a in plan.malomraden}
    return [(areas[g.malomrade_id or 0], g.kod, g.text) for g in plan.namndsmal]


def test_a_groups_boxes_are_read_column_by_column_from_their_positions(tmp_path: Path) -> None:
    plan = _plan(tmp_path, vml=False)
    assert _goals(plan) == [
        (area, f"{a}.{g}", goal)
        for a, (area, goals) in enumerate(AREAS, 1)
        for g, goal in enumerate(goals, 1)
    ]
    text = " ".join(k.text for k in plan.kapitel)
    assert "Ett lärande Hedeby" in text  # the roof, the vision, stays prose
    assert "Indikatorerna följs upp" in text
    assert all(not g.beskrivning for g in plan.namndsmal)


def test_a_vml_groups_boxes_are_read_by_their_styles_positions(tmp_path: Path) -> None:
    plan = _plan(tmp_path, vml=True)
    assert [g[:2] for g in _goals(plan)] == [
        ("Trygg uppväxt", "1.1"),
        ("Trygg uppväxt", "1.2"),
        ("Hållbar miljö", "2.1"),
        ("Hållbar miljö", "2.2"),
    ]

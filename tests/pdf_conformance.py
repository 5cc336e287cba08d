"""Checking vplan's PDFs with two independent validators, and the reading of their structure
tree as a screen reader follows it.

``page`` (page-validation, a Rust checker) runs the PDF/UA-1 and PDF/A-2a profiles; ``pdfua``
(built on pikepdf) runs the machine-checkable Matterhorn subset of PDF/UA-1. Both are pinned in
pyproject.toml's test extras: a new version may check more, and is taken on deliberately.

WAIVERS is the only place a finding may be let through: a rule one validator reports and the
other passes, with the evidence that the file is right. It is empty: on every PDF the tests
make, both validators report nothing. An entry is ``(validator, rule id): evidence``, e.g.
``("pdfua", "UA-18-005"): "the link has /Contents and its Link element: page reports ..."``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import page
import pdfua
import pikepdf
from pypdf import PdfReader

WAIVERS: dict[tuple[str, str], str] = {}


def page_findings(path: Path, profile: str) -> list[str]:
    """What ``page`` reports against ``profile`` ("ua1", "2a"), waived rules left out."""
    report = page.validate_pdf(path, profile=profile)
    return [
        f"{failure.rule_id}: {failure.message}"
        for failure in report.failures
        if ("page", failure.rule_id) not in WAIVERS
    ]


def pdfua_findings(path: Path) -> list[str]:
    """What ``pdfua`` reports, warnings and rules it could not run included, waivers left out."""
    report = pdfua.validate(str(path))
    found = []
    for outcome in report.outcomes:
        if outcome.skipped_reason:
            found.append(f"{outcome.rule_id} not run: {outcome.skipped_reason}")
        for finding in outcome.findings:
            if ("pdfua", finding.rule_id) not in WAIVERS:
                found.append(f"{finding.rule_id} {finding.location.describe()}: {finding.message}")
    return found


def ua_findings(path: Path) -> list[str]:
    """Both validators' PDF/UA-1 findings."""
    return page_findings(path, "ua1") + pdfua_findings(path)


# --- the structure tree as read -------------------------------------------------------------


def marked_text(reader: PdfReader, number: int) -> tuple[dict[int, str], str]:
    """The text of each marked-content sequence (by MCID) on page ``number`` (0-based), and
    the text drawn as artifacts."""
    texts: dict[int, str] = defaultdict(str)
    artifacts: list[str] = []
    stack: list[int | str | None] = []

    def before(operator: bytes, operands: list[Any], cm: Any, tm: Any) -> None:
        if operator == b"BDC":
            if operands[0] == "/Artifact":
                stack.append("artifact")
            else:
                stack.append(operands[1].get("/MCID") if hasattr(operands[1], "get") else None)
        elif operator == b"BMC":
            stack.append("artifact" if operands[0] == "/Artifact" else None)
        elif operator == b"EMC":
            stack.pop()

    def text(chunk: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        inner = next((s for s in reversed(stack) if s is not None), None)
        if inner == "artifact":
            artifacts.append(chunk)
        elif isinstance(inner, int):
            texts[inner] += chunk

    reader.pages[number].extract_text(visitor_operand_before=before, visitor_text=text)
    return dict(texts), " ".join("".join(artifacts).split())


def elements(path: Path, number: int) -> list[dict[str, Any]]:
    """The structure elements with content on page ``number`` (0-based), in the tree's reading
    order: each with its role, its text on that page, its /Alt, /ActualText and /Scope."""
    reader = PdfReader(path)
    texts, _ = marked_text(reader, number)
    found: list[dict[str, Any]] = []
    with pikepdf.open(path) as pdf:
        target = pdf.pages[number].obj.objgen

        def mcids(elem: Any) -> list[int]:
            kids = elem.get("/K")
            kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            here = []
            for kid in kids:
                if isinstance(kid, int):
                    if elem.get("/Pg") is not None and elem.Pg.objgen == target:
                        here.append(kid)
                elif (
                    isinstance(kid, pikepdf.Dictionary)
                    and kid.get("/Type") == "/MCR"
                    and kid.Pg.objgen == target
                ):
                    here.append(int(kid.MCID))
            return here

        def walk(elem: Any) -> tuple[str, bool]:
            kids = elem.get("/K")
            kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            entry: dict[str, Any] = {"role": str(elem.S)[1:], "text": ""}
            found.append(entry)
            here = mcids(elem)
            text, on_page = "".join(texts.get(m, "") for m in here), bool(here)
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                    kid_text, kid_on_page = walk(kid)
                    text, on_page = text + kid_text, on_page or kid_on_page
            entry["text"] = " ".join(text.split())
            entry["on_page"] = on_page
            entry["alt"] = str(elem.get("/Alt", ""))
            entry["actual"] = str(elem.get("/ActualText", ""))
            attributes = elem.get("/A")
            entry["scope"] = str(attributes.get("/Scope", ""))[1:] if attributes else ""
            return text, on_page

        walk(pdf.Root.StructTreeRoot.K)
    return [e for e in found if e.pop("on_page")]


def page_of(reader: PdfReader, pattern: str) -> int:
    """The first page (0-based) whose text matches ``pattern``."""
    for number, pdf_page in enumerate(reader.pages):
        if re.search(pattern, pdf_page.extract_text() or ""):
            return number
    raise AssertionError(f"no page has {pattern!r}")

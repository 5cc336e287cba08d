"""vplan's JSON interchange format: a whole plan as one JSON document.

The format is described by ``resources/vplan-plan.schema.json`` and in the README. Export and
import are lossless: every item keeps its id, every value its exact number. Numbers are JSON
numbers and are read back as ``Decimal``; a value that is text is a JSON string; blank is null.
Import checks the structure against the schema, then each field as the editor would, and
reports every problem with its JSON path; a plan file is written only when there is none.
"""

from vplan_desktop.interchange.formats import FORMAT, SCHEMA_FILE, VERSION
from vplan_desktop.interchange.importing import import_json
from vplan_desktop.interchange.reading import json_path, load_json, schema, schema_problems
from vplan_desktop.interchange.writing import dumps, export_json, plan_to_json

__all__ = [
    "FORMAT",
    "SCHEMA_FILE",
    "VERSION",
    "dumps",
    "export_json",
    "import_json",
    "json_path",
    "load_json",
    "plan_to_json",
    "schema",
    "schema_problems",
]

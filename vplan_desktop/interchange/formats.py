"""The interchange format's name and version."""

FORMAT = "vplan-plan"
VERSION = 1
SCHEMA_FILE = "vplan-plan.schema.json"

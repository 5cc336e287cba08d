"""Reading other people's files into a plan: the ekonom's budget workbook (and later Word plans).

Every importer checks the file before parsing it and either applies everything in one
transaction or nothing at all.
"""

"""Keeping plans safe on laptops, shares and synced folders.

vplan never edits the plan file the user opened. It edits a working copy in the per-user data
folder and writes the plan back whole (``working.EditSession``); a lock file beside the plan
tells others who has it open (``locks``); snapshots go to the backup folder (``backups``).
"""

"""Arkiv → "Öppna från server…": find a plan on the kommun's server and open it.

The user gives the database (server, port and database; or pastes an address; or picks a
``.vplan-server`` link file), sees the plans in it (name, nämnd, period) and opens one.
"""

from __future__ import annotations

import dataclasses
import urllib.parse
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vplan_desktop.errors import ServerError, VplanError
from vplan_desktop.formatting import format_period
from vplan_desktop.server.address import LINK_SUFFIX, PlanAddress, parse_address, read_link_file
from vplan_desktop.server.credentials import Credentials
from vplan_desktop.ui.dialog_parts import buddy_label, error_label, ok_cancel
from vplan_desktop.ui.i18n import tr
from vplan_desktop.ui.server_opening import credentials_for, with_password

PORT_HINT = "5432"


def address_from_fields(address: str, server: str, port: str, database: str) -> PlanAddress:
    """The database the user gave: the pasted ``address`` when there is one, else
    ``server``, ``port`` (empty: PostgreSQL's own) and ``database``. A Swedish
    ``ServerError`` says what is missing or wrong."""
    if address.strip():
        return parse_address(address)
    server, port, database = server.strip(), port.strip(), database.strip()
    if not server:
        raise ServerError(
            tr("Ange servern (till exempel server.kommun.se), eller klistra in planens adress.")
        )
    if not database:
        raise ServerError(tr("Ange databasen på servern (den som sköter servern vet namnet)."))
    if port and not (port.isascii() and port.isdigit()):
        raise ServerError(
            tr("Porten ”{port}” är inget portnummer (1–65535).").format(port=port[:20])
        )
    host = urllib.parse.quote(server, safe="")
    where = f"{host}:{port}" if port else host
    return parse_address(f"postgresql://{where}/{urllib.parse.quote(database, safe='')}")


class ServerPlanDialog(QDialog):
    """The database's plans; ``chosen`` is the one to open once the dialog is accepted, and
    ``credentials`` the password given on the way (if one was asked for)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Öppna från server"))
        self.chosen: PlanAddress | None = None
        self.credentials: Credentials = credentials_for(self)
        self.listed: PlanAddress | None = None
        """The database whose plans the list shows."""
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Ange kommunens databasserver och databasen, klistra in planens adress eller "
                "välj en länkfil. Lösenordet frågas efter när servern vill ha det; vplan "
                "sparar det aldrig."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setObjectName("adress")
        self.address.setPlaceholderText(tr("postgresql://server.kommun.se/vplan"))
        self.server = QLineEdit()
        self.server.setObjectName("server")
        self.server.setPlaceholderText(tr("server.kommun.se"))
        self.port = QLineEdit()
        self.port.setObjectName("port")
        self.port.setPlaceholderText(PORT_HINT)
        self.port.setMaxLength(5)
        self.database = QLineEdit()
        self.database.setObjectName("databas")
        form.addRow(buddy_label(tr("&Adress:"), self.address), self.address)
        form.addRow(buddy_label(tr("&Server:"), self.server), self.server)
        form.addRow(buddy_label(tr("&Port:"), self.port), self.port)
        form.addRow(buddy_label(tr("&Databas:"), self.database), self.database)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.link_button = QPushButton(tr("Välj &länkfil…"))
        self.link_button.clicked.connect(self.choose_link)
        self.list_button = QPushButton(tr("&Visa planerna"))
        self.list_button.clicked.connect(self.list_plans)
        row.addWidget(self.link_button)
        row.addStretch(1)
        row.addWidget(self.list_button)
        layout.addLayout(row)
        self.plans = QTableWidget(0, 3)
        self.plans.setObjectName("planer")
        self.plans.setAccessibleName(tr("Planerna i databasen"))
        self.plans.setHorizontalHeaderLabels([tr("Plan"), tr("Nämnd"), tr("Period")])
        self.plans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plans.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plans.verticalHeader().hide()
        self.plans.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plans.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.plans, 1)
        self.error = error_label()
        self.error.setObjectName("fel")
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, tr("Ö&ppna"))
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    def given_address(self) -> PlanAddress:
        return address_from_fields(
            self.address.text(), self.server.text(), self.port.text(), self.database.text()
        )

    def choose_link(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Välj länkfil"),
            str(Path.home()),
            tr("vplan-länkar (*{suffix});;Alla filer (*)").format(suffix=LINK_SUFFIX),
        )
        if name:
            self.use_link(Path(name))

    def use_link(self, path: Path) -> None:
        """Show the plans of the database the link file ``path`` points to, its plan chosen."""
        try:
            address = read_link_file(path)
        except VplanError as error:
            self.error.setText(error.message)
            return
        self.address.setText(str(address))
        self.list_plans()

    def list_plans(self) -> bool:
        """Ask the server for the database's plans and show them; False (and why) if not."""
        # Deferred: psycopg is loaded only when a server is asked.
        from vplan_desktop.server.transfer import list_plans

        self.plans.setRowCount(0)
        self.listed = None
        try:
            address = self.given_address()
            if not _same_login(address, self.credentials_address):
                self.credentials = credentials_for(self)
            self.credentials_address = address
            credentials = self.credentials
            found = with_password(credentials, lambda: list_plans(address, credentials))
        except VplanError as error:
            self.error.setText(error.message)
            return False
        self.listed = address
        self.plans.setRowCount(len(found))
        for row, plan in enumerate(found):
            texts = (plan.namn, plan.namnd, format_period(plan.forsta_ar, plan.sista_ar))
            for column, text in enumerate(texts):
                self.plans.setItem(row, column, QTableWidgetItem(text))
            if plan.namn == address.plan:
                self.plans.selectRow(row)
        self.plans.resizeColumnToContents(0)
        if not found:
            self.error.setText(
                tr("Databasen ”{database}” har inga planer ännu.").format(database=address.database)
            )
        elif address.plan is not None and not self.plans.selectedItems():
            self.error.setText(
                tr("Planen ”{plan}” finns inte i databasen; välj en av planerna i listan.").format(
                    plan=address.plan
                )
            )
        else:
            self.error.setText("")
        if self.plans.rowCount():
            self.plans.setFocus()
        return True

    credentials_address: PlanAddress | None = None
    """The database the credentials were given for."""

    def accept(self) -> None:
        """Öppna: the plan chosen in the list (listed first, if the user has not yet)."""
        try:
            given = self.given_address()
        except VplanError as error:
            self.error.setText(error.message)
            return
        changed = self.listed is None or _database_of(given) != _database_of(self.listed)
        if changed and not self.list_plans():  # the fields name another database now
            return
        selected = self.plans.selectedItems()
        if self.listed is None or not selected:
            if self.listed is not None and self.plans.rowCount():
                self.error.setText(tr("Välj den plan som ska öppnas i listan."))
            return
        first = self.plans.item(selected[0].row(), 0)
        try:
            self.chosen = self.listed.with_plan(first.text() if first is not None else "")
        except VplanError as error:
            self.error.setText(error.message)
            return
        super().accept()


def _same_login(address: PlanAddress, before: PlanAddress | None) -> bool:
    """Whether a password given for ``before`` is meant for ``address`` too."""
    return before is not None and (address.host, address.port, address.user) == (
        before.host,
        before.port,
        before.user,
    )


def _database_of(address: PlanAddress) -> PlanAddress:
    """``address`` without its plan: the database it is in."""
    return dataclasses.replace(address, plan=None)

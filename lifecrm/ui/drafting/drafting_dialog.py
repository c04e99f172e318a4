"""The drafting view: who gets which message, each one readable and editable before it goes.

Core writes the drafts (`draft_messages`, on the writer thread: 10,000 recipients must not
freeze the window, and it stores discount codes); this view lists them, shows the selected one
as the customer will see it, remembers the owner's hand edits and left-out recipients, and
saves the rest as .eml files for the owner's own mail program.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QWidget,
)

from lifecrm.core.drafting.drafts import Draft, draft_messages
from lifecrm.core.drafting.eml import write_eml_files
from lifecrm.core.drafting.languages import LANGUAGES
from lifecrm.core.drafting.profile import ShopProfile, load_profile
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.drafting.draft_set import DraftSet
from lifecrm.ui.drafting.drafting_layout import DraftingWidgets, size_columns
from lifecrm.ui.drafting.profile_dialog import ProfileDialog
from lifecrm.ui.drafting.recipients_model import RecipientsModel
from lifecrm.ui.drafting.template_editor import Recipient, TemplateEditor
from lifecrm.ui.drafting.texts import language_label, template_choices, tr
from lifecrm.ui.jobs import Job, JobRunner


class Sender(Protocol):
    """What the drafting view needs from the window's sending (`ui.sending.actions`)."""

    account_changed: SignalInstance

    def account_ready(self) -> bool: ...
    def written_lately(self, customer_ids: list[int]) -> int: ...
    def send_drafts(self, dialog: DraftingDialog) -> QDialog | None: ...
    def open_account(self, parent: QWidget | None = None) -> QDialog: ...


class DraftingDialog(QDialog, DraftingWidgets):
    """Drafts `template` for `customer_ids` (in that order) and lets the owner go through them."""

    profile_saved = Signal(object)  # ShopProfile

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        customer_ids: list[int],
        *,
        template: str,
        as_of: date,
        sending: Sender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftingDialog")
        # The window's sending (its `SendingActions`); None where there is no window.
        self.sending = sending if sending is not None else getattr(parent, "sending", None)
        self.db, self.jobs, self.as_of = db, jobs, as_of
        self.customer_ids = list(customer_ids)
        self.drafts = DraftSet()
        self.model = RecipientsModel(self.drafts, self)
        self.job: Job | None = None
        self.eml_job: Job | None = None
        self._pending = False
        self._job_key = template
        self.editor: TemplateEditor | None = None
        self.profile_dialog: ProfileDialog | None = None
        self.folder_dialog: QFileDialog | None = None
        self.written: list[Path] = []
        with db.read() as conn:
            self.profile = load_profile(conn)
            self._templates = template_choices(conn, self.profile.language)
        self.setWindowTitle(tr("Write to %n customer(s)", len(self.customer_ids)))

        self.build_widgets(self)
        for key, name, tooltip in self._templates:
            self.templates.addItem(name, key)
            self.templates.setItemData(
                self.templates.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole
            )
        self.templates.setCurrentIndex(max(self.templates.findData(template), 0))
        self.languages.addItem(tr("Each customer's own language"), None)
        for code in LANGUAGES:
            self.languages.addItem(language_label(code), code)
        self.view.setModel(self.model)
        size_columns(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.inclusion_changed.connect(self._update_footer)
        self.templates.currentIndexChanged.connect(lambda _i: self.redraft())
        self.languages.currentIndexChanged.connect(lambda _i: self.redraft())
        self.pane.edit_kept.connect(self._keep_edit)
        self.pane.undo_requested.connect(self._undo_edit)
        self.edit_template_button.clicked.connect(lambda: self.open_editor())
        self.details_button.clicked.connect(lambda: self.open_profile())
        self.profile_button.clicked.connect(lambda: self.open_profile())
        self.eml_button.clicked.connect(lambda: self.export_eml())
        self.send_button.clicked.connect(lambda: self.send())
        self.send_setup.linkActivated.connect(lambda _link: self.set_up_sending())
        if self.sending is not None:
            self.sending.account_changed.connect(self._update_footer)
        self.close_button.clicked.connect(self.accept)
        self._update_profile_hint()
        self._update_footer()
        self.redraft()

    # -- what is chosen --------------------------------------------------------------------

    def template_key(self) -> str:
        return str(self.templates.currentData())

    def language(self) -> str | None:
        data = self.languages.currentData()
        return str(data) if data else None

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.drafts.row_of(customer_id)
        if row is None:
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # -- drafting --------------------------------------------------------------------------

    def redraft(self) -> Job | None:
        """Drafts again on the writer thread; a newer choice cancels a drafting in progress."""
        if self.job is not None:
            self._pending = True
            self.job.cancel()
            return None
        db, ids, as_of = self.db, self.customer_ids, self.as_of
        key, language = self.template_key(), self.language()

        def work(*, progress: Progress, cancel: Cancel) -> list[Draft]:
            with db.write() as conn:
                return draft_messages(
                    conn, key, ids, language=language, as_of=as_of, progress=progress, cancel=cancel
                )

        self._job_key = key
        job = self.jobs.submit("draft", work)
        self.job = job
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.progress.show()
        self.working.setText(tr("Writing %n message(s)…", len(ids)))
        self.working.show()
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_drafted)
        job.failed.connect(lambda error: self.show_message(error_text(error)))
        job.crashed.connect(self._on_crashed)
        job.done.connect(self._on_draft_done)
        self._update_footer()
        return job

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_drafted(self, drafts: list[Draft]) -> None:
        keep = self.current_row()
        keep_id = self.drafts.draft(keep).customer_id if keep is not None else None
        self.drafts.set_rendered(self._job_key, drafts)
        self.model.reset()
        if keep_id is None or not self.select_customer(keep_id):
            first = next((d.customer_id for d in drafts if not d.skipped), None)
            if first is None or not self.select_customer(first):
                self.pane.show_draft(None)

    def _on_draft_done(self) -> None:
        self.job = None
        self.progress.hide()
        self.working.hide()
        self._update_footer()
        if self._pending:
            self._pending = False
            self.redraft()

    def _on_crashed(self, _message: str) -> None:
        self.show_message(tr("Something went wrong inside LifeCRM (a bug)."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the selected draft ----------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.pane.show_draft(self.drafts.draft(current.row()) if current.isValid() else None)

    def _keep_edit(self, subject: str, text: str) -> None:
        row = self.current_row()
        if row is None:
            return
        self.pane.show_draft(self.drafts.edit(row, subject, text))
        self.model.row_changed(row)

    def _undo_edit(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.pane.show_draft(self.drafts.undo_edit(row))
        self.model.row_changed(row)

    def _update_footer(self) -> None:
        ready, skipped, left_out = self.drafts.counts()
        account = self.sending is not None and self.sending.account_ready()
        recent = 0
        if account and ready and self.sending is not None:  # the confirmation's own rule
            recent = self.sending.written_lately([d.customer_id for d in self.drafts.ready()])
        parts = [tr("%n message(s) ready", ready - recent)]
        if recent:
            parts.append(tr("%n written to lately (skipped unless you insist)", recent))
        if skipped:
            parts.append(tr("%n skipped", skipped))
        if left_out:
            parts.append(tr("%n left out by you", left_out))
        self.counts.setText(", ".join(parts) if len(self.drafts) else "")
        idle = self.job is None and self.eml_job is None
        self.eml_button.setEnabled(ready > 0 and idle)
        self.send_button.setVisible(self.sending is not None)
        self.send_button.setEnabled(ready > 0 and idle and account)
        self.send_button.setToolTip(
            tr("Send these messages from your own mailbox.")
            if account
            else tr("Set up the mailbox to send from first (File → Sending account…).")
        )
        self.send_setup.setVisible(self.sending is not None and not account)

    # -- the template and the owner's details ----------------------------------------------

    def open_editor(self) -> TemplateEditor:
        row = self.current_row()
        selected = self.drafts.draft(row) if row is not None else None
        recipients = [
            Recipient(d.customer_id, f"{d.name} — {d.email}" if d.name else d.email or "")
            for d in self.drafts.drafts()
            if not d.skipped
        ]
        language = selected.language if selected else (self.language() or self.profile.language)
        editor = TemplateEditor(
            self.db, self.jobs, key=self.template_key(), language=language, as_of=self.as_of,
            profile=self.profile, recipients=recipients,
            customer_id=selected.customer_id if selected and not selected.skipped else None,
            parent=self,
        )  # fmt: skip
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._on_template_saved)
        editor.destroyed.connect(self._forget_editor)
        self.editor = editor
        editor.open()
        return editor

    def _on_template_saved(self, _key: str) -> None:
        self.redraft()  # every draft not edited by hand follows the template

    def _forget_editor(self) -> None:
        self.editor = None

    def open_profile(self, *, ask_for_sender: bool = False) -> ProfileDialog:
        dialog = ProfileDialog(
            self.db, self.jobs, self.profile, ask_for_sender=ask_for_sender, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_profile_saved)
        if ask_for_sender:
            dialog.saved.connect(lambda _p: self.choose_folder())
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def _on_profile_saved(self, profile: ShopProfile) -> None:
        self.profile = profile
        self._update_profile_hint()
        self.profile_saved.emit(profile)
        self.redraft()  # the signature, the address form and the codes may have changed

    def _update_profile_hint(self) -> None:
        """Before anything is sent or saved: no name means no signature, no address no sender."""
        profile = self.profile
        unsigned = not (profile.owner_name or profile.shop_name or profile.signature)
        account = self.sending is not None and self.sending.account_ready()
        no_sender = not profile.from_address and not account
        if unsigned and no_sender:
            text = tr(
                "Your details are not filled in yet: the messages have no sender address and "
                "end without your name."
            )
        elif unsigned:
            text = tr("Your name and your shop's name are not filled in yet: the messages end "
                      "without your name.")  # fmt: skip
        else:
            text = tr("Your e-mail address is not filled in yet: saved messages have no sender.")
        self.profile_text.setText(text)
        self.profile_hint.setVisible(unsigned or no_sender)

    # -- .eml files ------------------------------------------------------------------------

    def export_eml(self) -> QDialog:
        """Asks for the sender's address first when it is not known, then for a folder."""
        if not self.profile.from_address:
            return self.open_profile(ask_for_sender=True)
        return self.choose_folder()

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, tr("Choose a folder for the e-mails"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.write_eml(Path(path)))
        self.folder_dialog = dialog
        dialog.open()
        return dialog

    def write_eml(self, folder: Path) -> Job:
        """One .eml file per ready draft (not skipped, not left out), on the writer thread."""
        drafts = self.drafts.ready()
        sender = self.profile.from_address
        sender_name = self.profile.owner_name or self.profile.shop_name

        def work(*, progress: Progress, cancel: Cancel) -> list[Path]:
            return write_eml_files(
                drafts, folder, sender, sender_name, progress=progress, cancel=cancel
            )

        self._folder = folder
        job = self.jobs.submit("write-eml", work)
        self.eml_job = job
        self.progress.setRange(0, max(len(drafts), 1))
        self.progress.setValue(0)
        self.progress.show()
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_written)
        job.failed.connect(lambda error: self.show_message(error_text(error)))
        job.crashed.connect(self._on_crashed)
        job.done.connect(self._on_eml_done)
        self._update_footer()
        return job

    def _on_written(self, paths: list[Path]) -> None:
        self.written = paths
        self.show_message(
            tr(
                "Saved %n e-mail(s) in %1. Open them in your mail program to send them.", len(paths)
            ).replace("%1", str(self._folder))
        )

    def _on_eml_done(self) -> None:
        self.eml_job = None
        if self.job is None:
            self.progress.hide()
        self._update_footer()

    # -- sending ---------------------------------------------------------------------------

    def send(self) -> QDialog | None:
        """Hands the ready messages (hand edits in, left-out ones not) to the window's sending."""
        return self.sending.send_drafts(self) if self.sending is not None else None

    def set_up_sending(self) -> QDialog | None:
        return self.sending.open_account(self) if self.sending is not None else None

    def done(self, result: int) -> None:
        """Closing stops a drafting in progress (its transaction rolls back: no codes kept)."""
        if self.job is not None:
            self._pending = False
            self.job.cancel()
        super().done(result)

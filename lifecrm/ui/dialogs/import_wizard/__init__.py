"""The import wizard and its pages (file, preview with column mapping, check, summary)."""

from lifecrm.ui.dialogs.import_wizard.wizard import ImportWizard, Step

__all__ = ["ImportWizard", "Step"]

"""The window's importing: the menu items and drops (`actions`), the wizard and its pages, the
import history with undo. Core does the reading and writing (`lifecrm.core.importing`)."""

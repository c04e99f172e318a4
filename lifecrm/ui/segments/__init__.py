"""Segments in the window: the sidebar section, the banner above the list, and the editor."""

"""The window: PySide6 widgets and models that ask the core and show its answers."""

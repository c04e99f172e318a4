"""What the window's screens share: the dialog frame, button rows, one dialog at a time."""

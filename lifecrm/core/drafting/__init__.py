"""Drafting personal e-mails: templates, the facts about each customer, rendering, .eml."""

"""Sending through the owner's own mailbox: account, outbox, the send loop."""

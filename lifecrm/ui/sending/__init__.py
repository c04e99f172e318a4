"""The sending screens: the account, the confirmation, the progress panel and the outbox."""

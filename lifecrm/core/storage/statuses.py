"""Order statuses that do not count as orders for stages, RFM and totals (kept for the record).

Apart from the table classes so the stage rules can know it without loading SQLModel, which
would cost every `lifecrm stages` a fifth of a second at start-up.
"""

NOT_COUNTED_STATUSES = ("cancelled", "refunded", "failed")

"""Writing to customers: the drafting view, the template editor and the owner's details."""

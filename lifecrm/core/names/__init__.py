"""People's names in our users' five languages, shared by the importer and the demo.

The importer splits names with these lists; the demo invents customers from them. Neither
depends on the other: the demo is a leaf, and nothing here imports either of them.
"""

"""Getting the owner's files in: readers per format, then (later) mapping and the importer."""

"""SQLite storage: tables, the connection with its pragmas, migrations and backups."""

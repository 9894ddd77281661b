"""The PySide6 desktop interface. Talks to the database only through advisoryboard's services."""

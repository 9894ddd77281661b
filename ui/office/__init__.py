"""The shared office: live updates, the server connection, edit presence."""

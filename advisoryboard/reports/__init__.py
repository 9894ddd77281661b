"""PDF documents built with reportlab (no Qt): agendas, minutes, annual summary, roster, lists."""

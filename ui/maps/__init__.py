"""The map: outlines, points and hotspots, offline (pyqtgraph)."""

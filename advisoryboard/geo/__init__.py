"""Maps without a GIS: district outlines, placing points in them, hotspots (Qt-free).

- `names`: one spelling per district (`E-13` = `E13`, `009` = `9`).
- `geojson`: reading and checking a city's outline file (shapely, pyproj).
- `boundaries`: the import service (all-or-nothing) and loading outlines back.
- `placement`: point-in-polygon for many points at once, and issues' computed areas.
- `hotspots`: hex bins and kernel density of points.
- `layers`: point layers (issues here; incidents and events plug in by one line each).
"""

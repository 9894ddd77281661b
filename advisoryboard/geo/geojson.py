"""Reading a city's outline file (GeoJSON) into named, merged, checked polygons.

Only polygons and multipolygons are outlines; anything else is refused with the number
of the first feature that is not, so nothing half-imported is left behind. Several
features with the same name (a district drawn in pieces) become one multipolygon.
Coordinates end up as WGS84 longitude/latitude: a file that declares another
coordinate system (the old GeoJSON `crs` member) is reprojected with pyproj; a file
whose numbers cannot be longitude/latitude, or look swapped, is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

from advisoryboard.errors import UserError
from advisoryboard.geo.names import normalise_name
from advisoryboard.i18n import _

OUTLINE_TYPES = ("Polygon", "MultiPolygon")
_WGS84_NAMES = ("CRS84", "4326")


@dataclass(frozen=True)
class ParsedArea:
    """One named outline read from a file."""

    name: str  # as the file spells it (first feature of that name)
    key: str  # normalise_name(name)
    geometry: BaseGeometry  # Polygon or MultiPolygon, lon/lat
    feature_count: int


def _load_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_("The file {path} does not exist.").format(path=path), "file") from None
    except OSError as exc:
        raise UserError(
            _("The file {path} cannot be read: {reason}").format(path=path, reason=exc.strerror), "file"
        ) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(
            _("{name} is not a GeoJSON file (it is not valid JSON).").format(name=path.name), "file"
        ) from None


def _features(data: Any, path: Path) -> list[dict[str, Any]]:
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features")
        if isinstance(features, list) and features:
            return [f if isinstance(f, dict) else {} for f in features]
        raise UserError(_("{name} holds no features (outlines).").format(name=path.name), "file")
    if isinstance(data, dict) and data.get("type") == "Feature":
        return [data]
    raise UserError(
        _("{name} is not a GeoJSON FeatureCollection of district outlines.").format(name=path.name), "file"
    )


def _transformer(data: Any, path: Path) -> Any:
    """A pyproj transformer to WGS84 lon/lat when the file declares another CRS, else None."""
    crs = data.get("crs") if isinstance(data, dict) else None
    if not isinstance(crs, dict):
        return None
    name = str((crs.get("properties") or {}).get("name") or "")
    if not name or any(name.upper().endswith(w) for w in _WGS84_NAMES):
        return None
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    try:
        source = CRS.from_user_input(name)
    except CRSError:
        raise UserError(
            _("{name} names a coordinate system this program does not know: {crs}.").format(
                name=path.name, crs=name
            ),
            "file",
        ) from None
    return Transformer.from_crs(source, "EPSG:4326", always_xy=True)


def _as_outline(feature: dict[str, Any], number: int) -> BaseGeometry:
    geometry = feature.get("geometry")
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    if kind not in OUTLINE_TYPES:
        raise UserError(
            _(
                "Feature {n} is a {kind}, not an outline (Polygon or MultiPolygon). Nothing was imported."
            ).format(n=number, kind=kind or _("feature without geometry")),
            "file",
        )
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, IndexError, shapely.errors.GEOSException):
        raise UserError(
            _("Feature {n} has broken coordinates. Nothing was imported.").format(n=number), "file"
        ) from None
    if geom.is_empty:
        raise UserError(_("Feature {n} has no coordinates. Nothing was imported.").format(n=number), "file")
    return geom


def _check_lon_lat(geoms: list[BaseGeometry], path: Path) -> None:
    """Refuse coordinates that cannot be longitude/latitude (projected or swapped)."""
    coords = np.concatenate([shapely.get_coordinates(g) for g in geoms])
    x, y = coords[:, 0], coords[:, 1]
    if not np.isfinite(coords).all():
        raise UserError(_("{name} has coordinates that are not numbers.").format(name=path.name), "file")
    if (np.abs(x) <= 180).all() and (np.abs(y) <= 90).all():
        return
    if (np.abs(y) <= 180).all() and (np.abs(x) <= 90).all():
        raise UserError(
            _(
                "The coordinates in {name} look swapped (latitude first); GeoJSON puts longitude first. "
                "Nothing was imported."
            ).format(name=path.name),
            "file",
        )
    raise UserError(
        _(
            "The coordinates in {name} are outside longitude −180…180 / latitude −90…90: they look "
            "projected (feet or metres) but the file does not say in which system. Export it as "
            "WGS84 (EPSG:4326) and import it again. Nothing was imported."
        ).format(name=path.name),
        "file",
    )


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    """A valid Polygon/MultiPolygon (self-intersections repaired, stray lines dropped)."""
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if isinstance(geom, Polygon | MultiPolygon):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    return shapely.union_all(parts) if parts else geom


def read_outlines(path: Path, name_field: str, kind: str = "district") -> list[ParsedArea]:
    """The named outlines of `path`, merged by name, in lon/lat; UserError on any bad feature."""
    data = _load_json(path)
    features = _features(data, path)
    transformer = _transformer(data, path)
    names: list[str] = []
    geoms: list[BaseGeometry] = []
    for number, feature in enumerate(features, start=1):
        props = feature.get("properties") or {}
        if name_field not in props:
            fields = ", ".join(sorted(str(k) for k in props)) or _("none")
            raise UserError(
                _("Feature {n} has no field {field!r}; the fields in this file are: {fields}.").format(
                    n=number, field=name_field, fields=fields
                ),
                "name_field",
            )
        name = str(props[name_field] if props[name_field] is not None else "").strip()
        if not normalise_name(name, kind):
            raise UserError(
                _("Feature {n} has an empty {field!r}; every outline needs a name.").format(
                    n=number, field=name_field
                ),
                "name_field",
            )
        geom = _as_outline(feature, number)
        if transformer is not None:
            geom = shapely.transform(
                geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
            )
        names.append(name)
        geoms.append(geom)
    _check_lon_lat(geoms, path)
    groups: dict[str, tuple[str, list[BaseGeometry]]] = {}
    for name, geom in zip(names, geoms, strict=True):
        groups.setdefault(normalise_name(name, kind), (name, []))[1].append(geom)
    areas = []
    for key, (name, parts) in groups.items():
        merged = _polygonal(shapely.union_all(parts) if len(parts) > 1 else parts[0])
        areas.append(ParsedArea(name=name, key=key, geometry=merged, feature_count=len(parts)))
    return sorted(areas, key=lambda a: (len(a.key), a.key))


def outline_fields(path: Path) -> list[tuple[str, str]]:
    """The properties of a file's first feature, with an example value each (to pick the name field)."""
    features = _features(_load_json(path), path)
    props = features[0].get("properties") or {}
    return [(str(k), str(v)[:40]) for k, v in props.items()]

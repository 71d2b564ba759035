"""Great Expectations Data Docs, made safe and offline.

GX renders data values into its HTML unescaped and loads Bootstrap, jQuery and fonts from CDNs. So:
the values handed to GX are HTML-escaped first (`escape_frame`), and after GX builds the site every
page is rewritten: external stylesheets and all scripts removed, our own stylesheet
(`static/offline.css`) linked instead. The pages are static HTML; nothing runs when they are opened.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import polars as pl

_EXTERNAL_LINK = re.compile(r"<link\b[^>]*href=\"https?://[^>]*>", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.IGNORECASE | re.DOTALL)
_OURS = "static/styles/jiceng-offline.css"
_EXTERNAL_URL = re.compile(r"url\(['\"]?https?://[^)]*\)", re.IGNORECASE)


# html.escape(quote=True), column-wise; "&" first so that no entity is escaped twice
_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Every string column HTML-escaped, as html.escape does (what GX shows of it is then inert)."""
    strings = [c for c, t in frame.schema.items() if t == pl.String]
    return frame.with_columns(_escaped(pl.col(c)) for c in strings)


def _escaped(column: pl.Expr) -> pl.Expr:
    for char, entity in _ENTITIES:
        column = column.str.replace_all(char, entity, literal=True)
    return column


def site_config(folder: Path) -> dict:
    return {
        "class_name": "SiteBuilder",
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(folder.resolve()),
        },
    }


def page_stamps(folder: Path) -> dict[Path, tuple[int, int]]:
    """(mtime_ns, size) of every page of the site: taken before a build, it tells which pages the
    build wrote (a change, not a comparison with the clock, so a coarse or skewed clock is harmless)."""
    return {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*.html")}


def make_offline(folder: Path, before: dict[Path, tuple[int, int]] | None = None) -> None:
    """Rewrite the pages the build wrote (all of them without `before`, see page_stamps): no
    external resources, no scripts, our stylesheet. Pages of earlier runs are not read again."""
    css = folder / "static" / "styles" / "jiceng-offline.css"
    css.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(str(resources.files("expectations").joinpath("static/offline.css")), css)
    for page, stamp in page_stamps(folder).items():
        if before is not None and before.get(page) == stamp:
            continue
        text = page.read_text("utf-8")
        if _OURS in text:
            continue
        href = Path(*([".."] * (len(page.relative_to(folder).parts) - 1)), "static/styles/jiceng-offline.css")
        text = _SCRIPT.sub("", _EXTERNAL_LINK.sub("", text))
        text = _EXTERNAL_URL.sub("none", text)
        text = text.replace("</head>", f'<link rel="stylesheet" href="{href.as_posix()}"></head>', 1)
        if _OURS not in text:  # no </head> to put it before
            text = f'<link rel="stylesheet" href="{href.as_posix()}">' + text
        page.write_text(text, "utf-8")

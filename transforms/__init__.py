"""The per-file transform. The extract modules run compiled (`transforms.compiled`) when a build of
these very sources is at hand; else, and always for every other module, the Python source."""

from __future__ import annotations

import sys

from transforms import compiled as _compiled

if _compiled.why_not() is None:
    sys.path.append(str(_compiled.BUILD))  # mypyc's shared runtime module of the group
    __path__.insert(0, str(_compiled.BUILD / "transforms"))

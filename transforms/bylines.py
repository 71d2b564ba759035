"""Bylines: `（张三 李四）`, `□ 本报记者 王五`, `■记者 赵六 钱七`, `■某某区委书记 孙八`,
`(某某新闻/某某晚报 记者 孙八)`, `本报记者 张三 通讯员 李四`, `某某 摄` -> (name, role) pairs.

A byline is accepted only when every token is a role word, an outlet (holds `/` or ends like a
newspaper), an office, or a personal name starting with a known surname; anything else is left in
the body. Single characters separated by spaces (`梁 木`) are names printed with a gap and are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

ROLE_WORDS = {
    "本报记者": "记者",
    "记者": "记者",
    "特约记者": "记者",
    "见习记者": "记者",
    "首席记者": "记者",
    "融媒记者": "记者",
    "通讯员": "通讯员",
    "本报通讯员": "通讯员",
    "特约通讯员": "通讯员",
    "本報記者": "记者",
    "記者": "记者",
    "通訊員": "通讯员",
    "本報通訊員": "通讯员",
    "攝": "摄影",
    "实习生": "作者",
    "作者": "作者",
    "文": "作者",
    "文/图": "作者",
    "图": "摄影",
    "摄影": "摄影",
    "摄": "摄影",
}
_OFFICE = re.compile(
    r"(?:[省市县区镇乡州盟旗]委|党委|党工委|党组|人大常委会|政府|政协)?副?"
    r"(?:书记|区长|县长|市长|州长|镇长|乡长|局长|部长|主任|主席|委员|社长|总编辑)$"
)
_OUTLET = re.compile(r"/|(?:新闻|日报|晚报|报|网|台|社|客户端|融媒|传媒|融媒体中心)$")
_NAME = re.compile(r"^[\u3400-\u9fff·]{2,4}$")
_CREDIT_SLASH = re.compile(r"(?:^|(?<=\s))(文|图|文图|文/图)[/／]")  # 文/张三 -> 文 张三
_BOX_MARKS = "□■▲◆●◎★☆"
_BOX = re.compile(rf"^[{_BOX_MARKS}]\s*")
_PAREN = re.compile(r"[（(]([^（）()]{2,60})[)）]\s*$")
_PHOTO = re.compile(
    r"((?:(?:本报)?(?:记者|通讯员)\s*)?[\u3400-\u9fff]{1,4}(?:\s+[\u3400-\u9fff]{1,4}){0,3})\s*摄\s*$"
)


# Longest first, so that `文/图张三` splits after `文/图`, not after `文`.
_ROLES_LONGEST_FIRST = tuple(sorted(ROLE_WORDS, key=len, reverse=True))
# A line of its own starts with one of these; one-character role words (文, 图, 摄) start too many lines.
_LEADING_ROLES = tuple(w for w in ROLE_WORDS if len(w) >= 2)


@dataclass(frozen=True)
class Author:
    name: str
    role: str


@cache
def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    raw = resources.files("transforms").joinpath("data/surnames.txt").read_text("utf-8")
    words = [w for line in raw.splitlines() if not line.startswith("#") for w in line.split()]
    return frozenset(w for w in words if len(w) == 1), tuple(w for w in words if len(w) == 2)


def is_name(token: str) -> bool:
    single, double = _surnames()
    return bool(_NAME.match(token)) and (token[0] in single or token.startswith(double))


def _join_singles(tokens: list[str]) -> list[str]:
    """`梁 木` -> `梁木`: a run of one-character tokens is a name printed with gaps."""
    out: list[str] = []
    for tok in tokens:
        if (
            len(tok) == 1
            and out
            and len(out[-1]) == 1
            and tok not in ROLE_WORDS
            or len(tok) == 1
            and out
            and len(out[-1]) == 2
            and is_name(out[-1] + tok)
            and not is_name(out[-1])
        ):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def parse(text: str, default_role: str = "作者") -> list[Author] | None:
    """Authors in a byline's text (box marks and parentheses removed), or None when it is not one."""
    text = _CREDIT_SLASH.sub(r"\1 ", text.replace("\u3000", " "))
    tokens = _join_singles(_split_office(text.split()))
    role, authors = default_role, []
    for tok in tokens:
        if tok in ROLE_WORDS:
            role = ROLE_WORDS[tok]
        elif _OFFICE.search(tok) and len(tok) >= 3:
            role = _OFFICE.search(tok).group(0)  # type: ignore[union-attr]
        elif _OUTLET.search(tok) and not is_name(tok):
            continue
        elif is_name(tok):
            authors.append(Author(tok, role))
        else:
            return None
    return authors or None


def _split_office(tokens: list[str]) -> list[str]:
    """`记者赵六` -> `记者 赵六`: role words glued to a name."""
    out = []
    for tok in tokens:
        head = next((w for w in _ROLES_LONGEST_FIRST if tok.startswith(w) and len(tok) > len(w)), None)
        out.extend([head, tok[len(head) :]] if head and len(tok) - len(head) >= 2 else [tok])
    return out


def leading(text: str) -> list[Author] | None:
    """A byline line of its own: `□ 王五`, `■记者 赵六 钱七`, `本报记者 张三 通讯员 李四`."""
    boxed = _BOX.match(text) if text and text[0] in _BOX_MARKS else None
    body = text[boxed.end() :] if boxed else text
    if not boxed and not body.startswith(_LEADING_ROLES):
        return None
    return parse(body, "作者")


def trailing(text: str) -> tuple[int, list[Author]] | None:
    """A closing byline `（张三 李四）` at the end of a line: (where it starts, authors)."""
    m = _PAREN.search(text) if ")" in text or "）" in text else None
    if not m:
        return None
    authors = parse(m.group(1))
    return (m.start(), authors) if authors else None


def photo(text: str) -> tuple[int, list[Author]] | None:
    """A photographer's credit `本报记者 薛某 摄` at the end of a caption line."""
    m = _PHOTO.search(text) if "摄" in text else None  # most lines hold no credit: skip the search
    if not m:
        return None
    authors = parse(m.group(1), "摄影")
    if not authors:
        return None
    return m.start(), [Author(a.name, "摄影") for a in authors]


def read(text: str) -> list[Author] | None:
    """A whole line read as a byline, in any of the forms above (baseline: the existing finders)."""
    text = text.strip()
    if found := leading(text) or parse(_BOX.sub("", text)):
        return found
    for finder in (trailing, photo):
        if hit := finder(text):
            return hit[1]
    return None


# The dateline pattern of transforms.articles, then a parenthesised byline.
_OPENING = re.compile(
    r"^(?:(?:本报|本刊|本報)(?!记者|記者|通讯员|通訊員)[^\s，。、]{0,10}?[讯訊](?![员員])"
    r"|(?:新华社|中新社|中新网|人民网|央视网|[^\s，。、]{2,6}(?:日报|晚报|网|社))?[^\s，。、]{0,8}?\d{1,2}月\d{1,2}日[电電])"
    r"[ \u3000]*[（(]([^（）()]{2,40})[)）]"
)


def opening(text: str) -> tuple[int, list[Author]] | None:
    """A dateline's byline opening a body line: (where the body starts, authors)."""
    m = _OPENING.match(text)
    authors = parse(m.group(1), "记者") if m else None
    return (m.end(), authors) if m and authors else None

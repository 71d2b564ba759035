"""Bylines in every printed form -> (name, role) pairs.

Forms: `（张三 李四）`, `□ 王五`, `■记者 赵六`, `◆文/记者 张三`, `·孙钰·`, `作者：陈露`, `本报记者 张三 通讯员
李四 王五`, `(记者_张三通讯员_李四)`, `张三 摄`, `文/图 张三`, `本报记者 张三 文/图`, `张三 李四 （某县融媒体中心）`,
`张三/文 李四/图`, `◎记者 张三 ◎通讯员 李四`, `本报记者/张三`, `执笔：张三` (`_TOKEN_ROLES`),
and a dateline's byline, `本报讯（记者 张三 通讯员 李四）`, `白城9月18日电 (高龙安)`, `某某网讯 通讯员张三 李四报道`.
Names may be separated by spaces, `、`, commas, or nothing (`郭文勤龙包海`), printed with a gap (`杨 薇`),
carry a compound surname (`欧阳`) or a `·` (`阿依古丽·买买提`); roles are 记者, 通讯员, 实习生, 摄影,
编辑, 作者 (unspecified), or a signed office (`区委书记`). (An editor's credit is read so that it is known
for one: an article's authors leave editors out, `articles._signers`.) Lines in traditional script are
read in simplified characters (same length), the names cut as printed.

Which strings are names is decided by data: a surname list (`data/surnames.txt`) and, for every character,
how much likelier it is in a given name than in running text (`data/name_chars.tsv`, built from jieba's
dictionary by `data/build_name_chars.py`); common words that start with a surname (`方面`, `高新`) are
never names where no role word or byline mark vouches for the line.

Public functions: `parse` (a byline's inner text), `leading` (a byline line that starts with a box mark or
a role), `trailing` (a closing `（…）`), `tail_opening` (where a closing byline a wrap cut opens), `photo` (a `… 摄` credit), `read` (a whole line in any form),
`opening` (a dateline and byline opening a body line), `byline_features` (cheap features of any line).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from transforms.lines import ASCII_STOP
from transforms.script import simplified

ROLE_WORDS = {
    "本报记者": "记者",
    "记者": "记者",
    "特约记者": "记者",
    "见习记者": "记者",
    "首席记者": "记者",
    "融媒记者": "记者",
    "融媒体记者": "记者",
    "全媒体记者": "记者",
    "本报全媒体记者": "记者",
    "通讯员": "通讯员",
    "本报通讯员": "通讯员",
    "特约通讯员": "通讯员",
    "本報記者": "记者",
    "記者": "记者",
    "通訊員": "通讯员",
    "本報通訊員": "通讯员",
    "攝": "摄影",
    "实习生": "实习生",
    "實習生": "实习生",
    "见习生": "实习生",
    "作者": "作者",
    "撰文": "作者",
    "图文": "作者",
    "文": "作者",
    "文/图": "作者",
    "文·图": "作者",
    "图": "摄影",
    "圖": "摄影",
    "摄影": "摄影",
    "摄影记者": "摄影",
    "摄像": "摄影",
    "摄": "摄影",
    "编辑": "编辑",
    "责任编辑": "编辑",
    "责编": "编辑",
    "編輯": "编辑",
}
# Role words that may be glued to what follows or precedes them inside one run of characters.
_INNER_ROLES = re.compile(
    "|".join(sorted((w for w in ROLE_WORDS if len(w) >= 2 and "/" not in w), key=len, reverse=True))
)
_OFFICE = re.compile(
    r"(?:[省市县区镇乡州盟旗]委|党委|党工委|党组|人大常委会|政府|政协)?副?"
    r"(?:书记|区长|县长|市长|州长|镇长|乡长|局长|部长|主任|主席|委员|社长|总编辑)$"
)
_OUTLET = re.compile(
    r"/|(?:新闻|日报|晚报|报|网|台|社|客户端|融媒|传媒|全媒体|融媒体|中心|频道|杂志|新闻网|电视台|广播电视台)$"
)
_CREDIT_SLASH = re.compile(
    r"(?:^|(?<=\s))(文|图|文图|图文|文/图|文·图|撰文|摄影)[/／](?![图摄]|(?<=图[/／])文)"
)  # 文/张三 -> 文 张三; `文/文雪莲`: 文/文 is no credit, so the name after it may start with 文
# `王光慧文/摄`: a credit glued to the name before it (replaced by ` 文图`, the same length).
_ASCII_STOP = re.compile(ASCII_STOP)
_GLUED_CREDIT = re.compile(r"(?<=[\u3400-\u9fff]{2})[文图]/[文图摄]")
BOX_MARKS = "□■▲◆●◎★☆◇○※▌▍▋♦▼▽"  # the marks a byline line may open with
_BOX = re.compile(rf"^[{BOX_MARKS}]\s*")
_PAREN = re.compile(r"[（(]([^（）()]{2,60})[)）]\s*$")
_PHOTO = re.compile(
    r"((?:(?:本报)?(?:记者|通讯员)\s*)?[\u3400-\u9fff]{1,4}(?:\s+[\u3400-\u9fff]{1,4}){0,3})\s*[/／]?\s*摄\s*$"
)
# Longest first, so that `文/图张三` splits after `文/图`, not after `文`.
_ROLES_LONGEST_FIRST = tuple(sorted(ROLE_WORDS, key=len, reverse=True))
# A line of its own starts with one of these; one-character role words (文, 图, 摄) start too many lines.
_LEADING_ROLES = tuple(w for w in ROLE_WORDS if len(w) >= 2)
# Roles read only as a token of their own, set apart by a space or a colon (`执笔：张三`, `本报评论员 李四`,
# `供图 王五`): words running text uses too (`整理`), so never split out of a run of characters, and no role
# of the line features (`_INNER_ROLES`, `_LEADING_ROLES` stay as they were).
_TOKEN_ROLES = {
    "执笔": "作者",
    "撰稿": "作者",
    "整理": "作者",
    "评论员": "作者",
    "本报评论员": "作者",
    "特约评论员": "作者",
    "本报特约评论员": "作者",
    "实习记者": "记者",
    "本报实习记者": "记者",
    "供图": "摄影",
    "摄影报道": "摄影",
    "撰稿人": "作者",
    "特约撰稿人": "作者",
    "特约撰稿": "作者",
}
ROLE_WORDS.update(_TOKEN_ROLES)
_TOKEN_ROLE_OPENING = re.compile("(?:" + "|".join(sorted(_TOKEN_ROLES, key=len, reverse=True)) + r")[:\s]")

# Same-length normalisation (offsets stay valid): full-width punctuation and the traditional forms of the
# characters of role words and datelines. Names are always cut from the text as printed.
# (`•`, `・`, `‧`, `∙`: the dot of a name like `阿依古丽·买买提` as other fonts and PDF extraction print it.)
_FOLD_FROM, _FOLD_TO = (
    "（）【】〔〕：／，；｜\u3000_＿記訊員攝圖電報網聞實習編輯責約體見•・‧∙",
    "()()():/,;|   记讯员摄图电报网闻实习编辑责约体见····",
)
_DOTS = re.compile("[•・‧∙]")  # a name's dot is stored as `·`
_FOLD_MAP = dict(zip(_FOLD_FROM, _FOLD_TO, strict=True))
_FOLD_ANY = re.compile(f"[{re.escape(_FOLD_FROM)}]")
# Never in a byline, common in text: a line holding one is rejected before any tokenising.
_NEVER = re.compile("[。！？!?；;“”‘’《》「」%…—]")
_SEPARATORS = re.compile("[ ,、/:|·()]")
_TEXT_SEPARATORS = re.compile("[,、;]")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
# A credit `文/图`, `图/文`, `文/摄`, `文图` (words and pictures), or a run of characters (a `·` inside).
# Runs joined by `/` stay one token: `石榴云/新疆日报记者` is an outlet chain (credits are taken off first).
_TOKEN = re.compile(
    rf"(?P<credit>[文图](?:\s*/\s*[文图摄])+|文图)|(?P<run>[{_CJK}A-Za-z0-9]+(?:[·/][{_CJK}A-Za-z0-9]+)*)"
)
_DATELINE = re.compile(
    r"(?:[^\s()，。,]{2,12}\s(?=[^\s()，。,]{0,12}?\d{1,2}月\d{1,2}日[电讯]))?"  # `中新网 某地12月7日电`
    r"[^\s()，。,]{0,30}?(?:\d{1,2}月\d{1,2}日)?(?:(?<![通资])讯(?!员)|(?<=日)电|(?<=日)消息)[\s:]*"
)
_REPORTED = re.compile(r"报道$")  # `张三 李四报道`
_REPORTED_END = re.compile(r"报道(?:[:,\s]|$)")  # `某某网讯 张三报道：` opening a body
_SPACED_TOKEN = re.compile(r"(\S+)\s+")
_SLASH_PHOTO = re.compile(r"/(?=摄(?:\s|$))")  # `张三/摄` -> `张三 摄`
# `张三/文 李四/图`: a credit after the name it credits (`/图` a photo, read as `摄`; same length)
_SLASH_CREDIT_AFTER = re.compile(r"(?<=[\u3400-\u9fff])(?<![文图/])/([文图])(?=\s|$)")
_ROLE_SLASH = re.compile("(?:(?<=记者)|(?<=通讯员)|(?<=实习生)|(?<=作者)|(?<=摄影))/")  # `本报记者/张三`
_INNER_BOX = re.compile(rf"(?<=\s)[{BOX_MARKS}]")  # `◎记者 张三 ◎通讯员 李四`: a mark before each role

_LONG_RUN = re.compile(f"[{_CJK}]{{13,}}")
_ROLE_LONG_RUN = re.compile(f"[{_CJK}]{{25,}}")
_CREDIT_MARK = re.compile(r"(?:^(?:文|图)\s*/|[\s/]摄$)")  # `文/图 张三`, `张三 摄`: a credit marks a byline
_NAME_RUN_MAX = re.compile(f"[{_CJK}]{{5,}}")
_MARK_CHARS = re.compile(f"[{BOX_MARKS}()（）·/／讯訊电電息記]")
READ_MAX = 80  # a longer line is never a byline of its own
OPENING_MAX = 120  # a dateline and its byline open a body line within this many characters
TAIL = 40  # a closing byline or credit ends a line within this many characters
DEFAULT_GIVEN = -2.0  # a character absent from the table (rare in names and in text alike)
# Mean given-name log-odds a name needs where no role word or byline mark vouches for it. Tuned on the
# dev reports' names against the other words of their bodies (at -0.5: 58 of 59 names; at 0.3: 55).
NAME_MIN = -0.5
# Mean given-name log-odds a common word needs to pass for a name where a byline's mark vouches for it
# (文明 1.7, 江山 1.1, 金城 0.3 pass; 江西 0.29, 金融 0.02, 文化 -0.7, 方面 -2.3 do not).
WORD_NAME_MIN = 0.3
_QUANTITY_ENDS = frozenset("元人吨亩米斤户个次年月日天件台辆所家")  # `（万元）`, `（千米）`: a table's unit
# Log share of names by length, splitting a run of characters (most Han names have three characters).
_LENGTH_LOG_SHARE = {2: math.log(0.25), 3: math.log(0.7), 4: math.log(0.05)}
# A token ending like a place is no name unless a role word vouches for it (`冯塘乡`, `庄村`).
_PLACE_ENDS = frozenset("区县村乡镇旗市省街巷楼院组屯寨區縣鄉鎮")
# A surname and a form of address is no name: `张女士`, `李书记`.
_ADDRESS = frozenset(("女士", "先生", "老师", "师傅", "大爷", "大妈", "阿姨", "书记", "主任", "同志", "儿"))


# A source credit names an outlet, never an author: `来源：某某日报`, `稿件来源：…`, `转自…`, `据某某报道`
_SOURCE = re.compile(r"(?:稿件|信息|资料|新闻|图片)?来源|稿源|转自|转载自|摘自|选自|据\S{0,20}报道")


@dataclass(frozen=True)
class Author:
    name: str
    role: str


@cache
def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    raw = resources.files("transforms").joinpath("data/surnames.txt").read_text("utf-8")
    words = [w for line in raw.splitlines() if not line.startswith("#") for w in line.split()]
    return frozenset(w for w in words if len(w) == 1), tuple(w for w in words if len(w) == 2)


@cache
def _given() -> dict[str, float]:
    raw = resources.files("transforms").joinpath("data/name_chars.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {r[0]: float(r[1]) for r in rows}


@cache
def _surname_odds() -> dict[str, float]:
    raw = resources.files("transforms").joinpath("data/name_chars.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if line and not line.startswith("#"))
    return {r[0]: float(r[2]) for r in rows if len(r) > 2 and r[2]}


@cache
def _lookalikes() -> frozenset[str]:
    raw = resources.files("transforms").joinpath("data/name_lookalikes.txt").read_text("utf-8")
    return frozenset(w for w in raw.splitlines() if w and not w.startswith("#"))


def _surname_len(token: str) -> int:
    """Length of the surname `token` starts with (2 for a compound surname), 0 for none."""
    single, double = _surnames()
    if len(token) >= 3 and token.startswith(double):
        return 2
    return 1 if token[:1] in single else 0


@lru_cache(maxsize=1 << 16)
def name_score(token: str) -> float | None:
    """Mean log-odds that the characters after the surname are a given name rather than running text;
    None when `token` cannot be a Han name (no known surname, or not 2-4 characters)."""
    if not 2 <= len(token) <= 4:
        return None
    head = _surname_len(token)
    if not head or len(token) - head > 2:
        return None
    table = _given()
    rest = token[head:]
    return sum(table.get(c, DEFAULT_GIVEN) for c in rest) / len(rest)


def is_name(token: str) -> bool:
    """Starts with a known surname and has a Han name's length."""
    return name_score(token) is not None


def plausible_name(token: str) -> bool:
    """`token` reads as a person's name with nothing around it to vouch for it (`钟晓岷`)."""
    return _plausible(token)


@lru_cache(maxsize=1 << 16)
def _plausible(token: str) -> bool:
    """A name even with nothing around it to vouch for it."""
    score = name_score(token)
    return score is not None and score >= NAME_MIN and not _word_like(token)


def _word_like(token: str) -> bool:
    """A place, a common word or a form of address that starts with a surname."""
    return (
        token in _lookalikes() or token[-1] in _PLACE_ENDS or token[-2:] in _ADDRESS or token[-1] in _ADDRESS
    )


def _minority(token: str) -> bool:
    """`阿依古丽·买买提`: parts of 1-8 characters joined by `·`."""
    parts = token.split("·")
    return len(parts) >= 2 and all(1 <= len(p) <= 8 for p in parts)


# How much the context vouches for a token being a name: a bare line, a byline mark (box, parentheses,
# dateline), or a role word (记者, 通讯员, …) in the same byline.
BARE, MARKED, ROLE = 0, 1, 2


def _acceptable(token: str, vouched: int) -> bool:
    """A name in this context: after a role word any surname will do; in a marked byline not a place or
    common word; on a bare line it must also look like a name by its characters."""
    if vouched == ROLE:
        return is_name(token)
    if vouched == MARKED:
        return is_name(token) and (not _word_like(token) or _named_word(token))
    return _plausible(token)


def _named_word(token: str) -> bool:
    """A common word a byline's mark (box, parentheses, dateline) vouches for as a name (`□ 文明`,
    `（江山）`, `（金城 韩予川）`): its characters are likelier in a given name than in text, and it is no
    place, form of address or quantity, and has two characters (`方面`, `文化`, `（万元）`, `（黄金周）` stay
    words)."""
    score = name_score(token)
    return (
        score is not None
        and score >= WORD_NAME_MIN
        and len(token) == 2  # a word of three (`黄金周`) is seldom a name
        and token[-1] not in _PLACE_ENDS
        and token[-1] not in _ADDRESS
        and token[-2:] not in _ADDRESS
        and token[-1] not in _QUANTITY_ENDS
    )


def _segment(run: str, vouched: int) -> list[str] | None:
    """A run of characters as one or more names (`郭文勤龙包海` -> 郭文勤, 龙包海), or None."""
    if "·" in run:
        return [run] if vouched and _minority(run) else None
    if 2 <= len(run) <= 3 and _acceptable(run, vouched):
        return [run]
    if len(run) == 4 and _surname_len(run) == 2:
        return [run]
    if len(run) < 4 or len(run) > 12:
        return None
    return _best_split(run, vouched)


def _best_split(run: str, vouched: int) -> list[str] | None:
    """The split of `run` into acceptable names of 2-4 characters that is likeliest: each character
    scores its log-odds as a surname or as part of a given name, each name its length's log share."""
    best: list[tuple[float, list[str]] | None] = [None] * (len(run) + 1)
    best[0] = (0.0, [])
    for start in range(len(run) - 1):
        here = best[start]
        if here is None or not _surname_len(run[start : start + 3]):
            continue
        for size in (2, 3, 4):
            piece = run[start : start + size]
            if len(piece) < size or not _acceptable(piece, vouched):
                continue
            total = here[0] + _likelihood(piece)
            done = best[start + size]
            if done is None or total > done[0]:
                best[start + size] = (total, [*here[1], piece])
    return best[-1][1] if best[-1] else None


def _likelihood(name: str) -> float:
    head = _surname_len(name)
    given, surname = _given(), _surname_odds()
    return (
        surname.get(name[:head], 0.0)
        + sum(given.get(c, DEFAULT_GIVEN) for c in name[head:])
        + _LENGTH_LOG_SHARE[len(name)]
    )


@dataclass
class _Piece:
    kind: str  # role | credit | name | skip
    text: str
    role: str = ""


def _pieces(norm: str, orig: str) -> list[tuple[str, str]] | None:
    """The tokens of a byline's inner text as (normalised, as printed) pairs; None on a stray symbol."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _TOKEN.finditer(norm):
        gap = norm[pos : m.start()]
        if gap.strip(" ,、;:|/·-—.") or "\n" in gap:
            return None
        out.append((m.group(0).replace(" ", ""), orig[m.start() : m.end()].replace(" ", "")))
        pos = m.end()
    return out if not norm[pos:].strip(" ,、;:|/·-—.") else None


def _join_singles(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`梁 木` -> `梁木`: a run of one-character tokens is a name printed with gaps, even where its
    surname is a one-character credit (`文 英`: no credit names a one-character name), unless another
    spaced name goes on after it (`文/高 平`: the credit, then `高平`)."""
    out: list[tuple[str, str]] = []
    for k, tok in enumerate(tokens):
        prev = out[-1][0] if out else ""
        # `汤永 辉`: a lone character no spaced name goes on after completes the name before it
        alone = k + 1 == len(tokens) or len(tokens[k + 1][0]) != 1 or tokens[k + 1][0] in ROLE_WORDS
        if (
            len(tok[0]) == 1
            and tok[0] not in ROLE_WORDS
            and (
                len(prev) == 1
                # `（文 英）`: 文 a surname here, where no spaced name goes on (`文/高 平`: a credit)
                and (prev not in ROLE_WORDS or alone and is_name(prev + tok[0]))
                or len(prev) == 2
                and is_name(prev + tok[0])
                and (not is_name(prev) or alone)
            )
        ):
            out[-1] = (prev + tok[0], out[-1][1] + tok[1])
        else:
            out.append(tok)
    return out


def _split_roles(norm: str, orig: str) -> list[tuple[str, str]]:
    """`记者王德鹏通讯员李发才` -> 记者, 王德鹏, 通讯员, 李发才; `福州晚报记者` -> 福州晚报, 记者."""
    if norm in ROLE_WORDS or not _INNER_ROLES.search(norm):
        return [(norm, orig)]
    out, pos = [], 0
    for m in _INNER_ROLES.finditer(norm):
        if m.start() > pos:
            out.append((norm[pos : m.start()], orig[pos : m.start()]))
        out.append((m.group(0), orig[m.start() : m.end()]))
        pos = m.end()
    if pos < len(norm):
        out.append((norm[pos:], orig[pos:]))
    return out


def _classify(norm: str, orig: str, vouched: int, before_role: bool) -> list[_Piece] | None:
    """One token: a role, a credit, an outlet or office to skip, or names; None when it is none of these."""
    if norm in ROLE_WORDS:
        return [_Piece("role", norm, ROLE_WORDS[norm])]
    if norm == "报道":
        return [_Piece("skip", norm)]
    if norm.startswith(("文", "图")) and ("/" in norm or norm == "文图"):
        return [_Piece("credit", norm)]
    if "/" in norm:  # an outlet chain, or names printed `张三/李四`
        parts = [] if before_role else [_segment(p, vouched) for p in norm.split("/")]
        names = [n for part in parts if part for n in part]
        if not parts or not all(parts):
            return [_Piece("skip", norm)]
        return [
            _Piece("name", n) for n in _names_as_printed(norm.replace("/", ""), orig.replace("/", ""), names)
        ]
    if len(norm) >= 3 and (office := _OFFICE.search(norm)):
        return [_Piece("role", norm, office.group(0))]
    if before_role and (_OUTLET.search(norm) or not _segment(norm, vouched)):
        return [_Piece("skip", norm)]  # `福州晚报记者`, `YMG全媒体记者`: the outlet before a role word
    if vouched > BARE and _OUTLET.search(norm) and not is_name(norm):
        return [_Piece("skip", norm)]
    if reported := _REPORTED.search(norm):
        norm, orig = norm[: reported.start()], orig[: reported.start()]
    found = _segment(norm, vouched)
    return [_Piece("name", n) for n in _names_as_printed(norm, orig, found)] if found else None


def _names_as_printed(norm: str, orig: str, names: list[str]) -> list[str]:
    """The names cut from the text as printed (traditional script stays as printed)."""
    out, pos = [], 0
    for n in names:
        out.append(_DOTS.sub("·", orig[pos : pos + len(n)]))
        pos += len(n)
    return out


def _read_pieces(norm: str, orig: str, vouched: int) -> list[_Piece] | None:
    tokens = _pieces(norm, orig)
    if tokens is None:
        return None
    split = [t for n, o in tokens for t in _split_roles(n, o)]
    joined = _glued_photo_credit(_join_singles(split), vouched)
    marked = vouched > BARE
    vouched = ROLE if any(n in ROLE_WORDS and len(n) >= 2 for n, _ in joined) else vouched
    out: list[_Piece] = []
    for i, (n, o) in enumerate(joined):
        before_role = i + 1 < len(joined) and joined[i + 1][0] in ROLE_WORDS and len(joined[i + 1][0]) >= 2
        # The outlet before the first role word (`福州晚报记者`); on a line nothing marks as a byline it
        # must look like one, or `负责人告诉记者` in running text would pass for a byline.
        outlet = before_role and not any(p.kind == "name" for p in out)
        if outlet and not marked and not _outlet_like(n, vouched):
            return None
        got = _classify(n, o, vouched, outlet)
        if got is None:
            return None
        out.extend(got)
    return out


def _glued_photo_credit(tokens: list[tuple[str, str]], vouched: int) -> list[tuple[str, str]]:
    """A photographer's credit printed with no space after the last name (`本报记者 张小明摄`, or a
    closing `张小明` whose `摄` wrapped onto the next line, the two read together): the names and the
    credit, as `张小明 摄` reads, when what is before the `摄` reads as names. `摄` is next to never a
    given name's last character; read as one, the run would be cut into wrong names (`张小`, `明摄`)."""
    norm, orig = tokens[-1] if tokens else ("", "")
    if len(norm) < GLUED_PHOTO_MIN or norm[-1] != "摄" or not _segment(norm[:-1], vouched):
        return tokens
    return [*tokens[:-1], (norm[:-1], orig[:-1]), (norm[-1], orig[-1])]


GLUED_PHOTO_MIN = 3  # a name of two characters at least, then the `摄` (`张摄` stays a name)


def _outlet_like(token: str, vouched: int) -> bool:
    """Before a line's first role word: an outlet (`某某日报`, `本网`), a role or credit, or a name."""
    return (
        token in ROLE_WORDS
        or token.startswith(("本", "文", "图", "驻"))  # `驻村记者`, `驻京记者`: a correspondent's post
        or _OUTLET.search(token) is not None
        or _segment(token, vouched) is not None
    )


def _authors(pieces: list[_Piece], default_role: str) -> list[Author]:
    role, since_role = default_role, 0
    authors: list[Author] = []
    for p in pieces:
        if p.kind == "role" and p.text in ("摄", "攝") and since_role:
            authors[-since_role:] = [Author(a.name, "摄影") for a in authors[-since_role:]]
        elif p.kind == "role":
            role, since_role = p.role, 0
        elif p.kind == "name":
            authors.append(Author(p.text, role))
            since_role += 1
    return authors


def _fold(text: str) -> str:
    """Same-length normalisation (`_swapped` with the byline readers' map)."""
    return _swapped(text, _FOLD_ANY, _FOLD_MAP)


def _swapped(text: str, found: re.Pattern[str], to: dict[str, str]) -> str:
    """The text with each character `found` matches replaced by its `to`, same length. (Iterating CJK
    text in Python, as str.translate or a set test do, makes an object a character: a regex finds the
    few characters to replace faster.)"""
    if found.search(text) is None:
        return text  # (nearly every line: one scan, no list or set built)
    for c in set(found.findall(text)):
        text = text.replace(c, to[c])
    return text


# and the other words the byline rules test (`执笔`, `评论员`, `来源`, `转`), which no byline reader folds
_SCRIPT_MAP = {a: b for a, b in _FOLD_MAP.items() if "\u3400" <= a <= "\u9fff"} | dict(
    zip("執筆評論來轉", "执笔评论来转", strict=True)
)
_SCRIPT_ANY = re.compile(f"[{''.join(_SCRIPT_MAP)}]")


def simplified_roles(text: str) -> str:
    """The text with the traditional forms of the role, credit, source and dateline words' characters
    simplified (same length: `本報記者` reads as `本报记者`, `通訊員` as `通讯员`, `來源` as `来源`), so
    a test written once for the simplified words holds for a line printed in traditional script; the
    text itself when it holds none (most lines: one scan)."""
    return _swapped(text, _SCRIPT_ANY, _SCRIPT_MAP)


def parse(text: str, default_role: str = "作者", marked: bool = True) -> list[Author] | None:
    """Authors in a byline's text (box marks and parentheses removed), or None when it is not one.
    A token is a name when it starts with a surname and: follows a role word in the same byline; or the
    text is `marked` as a byline (a box mark, parentheses, a dateline) and the token is not a place or
    common word (`江西`, `高新区`); or its characters look like a given name (a bare line, `marked=False`).
    Remembered (`_parsed`): a page's lines are read as bylines by the line features and again by
    the assembly; each call gets a list of its own (the authors are frozen)."""
    got = _parsed(text, default_role, bool(marked))
    return None if got is None else list(got)


@lru_cache(maxsize=1 << 14)
def _parsed(text: str, default_role: str, marked: bool) -> tuple[Author, ...] | None:
    authors = _parse(_fold(simplified(text)), text, default_role, marked)
    return None if authors is None else tuple(authors)


def _parse(norm: str, text: str, default_role: str, marked: bool) -> list[Author] | None:
    if _SOURCE.match(norm.lstrip(BOX_MARKS + " (")):
        return None  # `来源：某某日报`, `据新华社报道`: where the text comes from, no author
    slashed = _CREDIT_SLASH.sub(lambda m: m.group(1).replace("·", "/") + " ", norm)  # same length
    slashed = _SLASH_PHOTO.sub(" ", _GLUED_CREDIT.sub(" 文图", slashed))
    slashed = _SLASH_CREDIT_AFTER.sub(lambda m: " 文" if m.group(1) == "文" else " 摄", slashed)
    slashed = _INNER_BOX.sub(" ", _ROLE_SLASH.sub(" ", slashed))
    pieces = _read_pieces(slashed, text, MARKED if marked or _names_vouch(slashed) else BARE)
    authors = _authors(pieces, default_role) if pieces else []
    return authors or None


def _names_vouch(norm: str) -> bool:
    """A bare line of names separated by spaces (`孟航 常峥 王博`) vouches for each of them as a byline's
    mark would: two or more tokens, every one shaped like a name (a surname, two or three characters,
    no place or common word), at least half looking like names by their characters too."""
    tokens = norm.split()
    if len(tokens) < 2 or not all(2 <= len(t) <= 3 and is_name(t) and not _word_like(t) for t in tokens):
        return False
    return 2 * sum(1 for t in tokens if _plausible(t)) >= len(tokens)


def leading(text: str) -> list[Author] | None:
    """A byline line of its own: `□ 王五`, `■记者 赵六 钱七`, `本报记者 张三 通讯员 李四`, `·王五·`."""
    if len(text) > 2 and text[0] == text[-1] == "·":  # `·孙钰·`
        return parse(text[1:-1].strip(), "作者")
    boxed = _BOX.match(text) if text and text[0] in BOX_MARKS else None
    body = text[boxed.end() :] if boxed else text
    folded = _fold(body)
    if (
        not boxed
        and not folded.startswith(_LEADING_ROLES)
        and not _TOKEN_ROLE_OPENING.match(folded)
        and not _OWN_OUTLET_ROLE.match(folded)
    ):
        return None
    if boxed and (spaced := _SPACED_NAME.fullmatch(body.strip())):
        return _spaced_name(spaced.group(1) + spaced.group(2))
    return parse(body, "作者")


# `本网记者 张三`, `本台见习记者 李四`, `本刊特约通讯员 王五`: the outlet's own staff, any role word after `本…`
_OWN_OUTLET_ROLE = re.compile(
    "本[报网台刊](?:" + "|".join(sorted(_LEADING_ROLES, key=len, reverse=True)) + ")"
)


# `□ 贺 海`: a two-character name spaced to fill a three-character cell, alone after a box mark
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])")


def _spaced_name(token: str) -> list[Author] | None:
    """A name printed so is one even where it is also a word (`贺海`): nothing else is printed so
    after a byline's box; a place still is not one."""
    if not is_name(token) or token[-1] in _PLACE_ENDS or token[-1] in _ADDRESS:
        return parse(token, "作者")
    return [Author(token, "作者")]


def trailing(text: str) -> tuple[int, list[Author]] | None:
    """A closing byline at the end of a line, `（张三 李四）` or one with a mark or a role word after
    the line's last sentence (`……建设。作者：陈露`, `……力量。□记者 王五`): (where it starts, authors)."""
    m = _PAREN.search(text) if ")" in text or "）" in text else None
    if not m:
        return _marked_tail(text)
    authors = parse(m.group(1).lstrip(BOX_MARKS + " "))  # `（□ 通讯员 张三 文/图）`: a mark inside
    return (_dispatch_before(text, m.start()), authors) if authors else None


def _after_last_sentence(text: str, end: int) -> int | None:
    """Where text[:end] goes on after its last sentence (closing quotes and spaces passed), when that
    is within TAIL characters of `end`; else None."""
    stop = max(text.rfind("。", 0, end), text.rfind("！", 0, end), text.rfind("？", 0, end))
    dot = text.rfind(".", 0, end)
    if dot > stop and _ASCII_STOP.match(text, dot):  # an ASCII stop ending Chinese text
        stop = dot
    if stop < 0 or end - stop > TAIL:
        return None
    start = stop + 1
    while start < end and text[start] in "”’」 \u3000":
        start += 1
    return start


def after_last_sentence(text: str) -> int | None:
    """Where a line goes on after its last sentence (`……能力。  张三` -> the name's start), when that is
    within TAIL characters of its end; else None."""
    return _after_last_sentence(text, len(text))


def _dispatch_before(text: str, start: int) -> int:
    """Where a closing byline starts that a dispatch opens after the line's last sentence
    (`……新风尚。本报讯（记者 张三）`, as a page printing its bylines last sets one), else `start`."""
    head = _after_last_sentence(text, start)
    norm = _fold(text[head:start]) if head is not None else ""
    dated = _DATELINE.fullmatch(norm) if norm and _may_date(norm) else None
    return head if head is not None and dated else start


def _marked_tail(text: str) -> tuple[int, list[Author]] | None:
    start = _after_last_sentence(text, len(text))
    rest = text[start:].rstrip() if start is not None else ""
    authors = tail_byline(rest) if len(rest) >= 3 else None
    return (start, authors) if start is not None and authors else None


# A closing byline's other openings: a credit (`文/张三`) or an outlet's role word (`某某日报/某某新闻记者 张三`)
_TAIL_OPENING = re.compile(r"(?:文|图|文图|图文|摄影)\s*/|[^\s,;:()]{2,16}?(?:记者|通讯员)")


# A closing byline's credit after the names (`……。张三 文/图`, `李四 图/文`)
_CREDIT_CLOSING = re.compile(r"\s(?:文/图|图/文|文/摄|文图|图文)$")
_OUTLET_PART = re.compile(f"[{_CJK}/]{{2,16}}")  # what a wrap may leave of an outlet's name: `某某日报/某某`


def tail_byline(rest: str) -> list[Author] | None:
    """The authors of a byline run on after a text's last sentence, `rest` the text after it: one
    opening with a box mark, `·王五·` or a role word (`leading`), a credit (`文/张三`) or an outlet
    and its role word (`某某日报/某某新闻记者 张三`), or None."""
    found = leading(rest)
    folded = _fold(rest)
    if found or not (_TAIL_OPENING.match(folded) or _CREDIT_CLOSING.search(folded)):
        return found
    return read(rest)


def tail_opening(text: str) -> int | None:
    """Where a closing byline may open after the line's last sentence: a box mark, a `·`, a role word, a
    credit or an outlet's role word, however little of it the line holds (`……社区。□ 本报记者 林`,
    `……完成。□`, `……完成。本报记`, or a run of characters an outlet's name may be, `……一次。某某日报/某某新`:
    a column wrapped the rest to the next line, which must read on as a byline), or None."""
    start = _after_last_sentence(text, len(text))
    rest = _fold(text[start:]).strip() if start is not None else ""
    if "," in rest or ";" in rest:  # `……。记者从会上获悉，`: a sentence, no byline
        return None
    if rest and (rest[0] in BOX_MARKS or rest[0] == "·" or rest.startswith(_LEADING_ROLES)):
        return start
    if _TAIL_OPENING.match(rest + " ") or _OUTLET_PART.fullmatch(
        rest
    ):  # `文/` / `张三`, `某某日报/某某新` / …
        return start
    return start if rest and any(w.startswith(rest) for w in _LEADING_ROLES) else None  # `本报记` / `者 王五`


def photo(text: str) -> tuple[int, list[Author]] | None:
    """A photographer's credit `本报记者 薛某 摄` at the end of a caption line."""
    m = _PHOTO.search(_fold(text)) if "摄" in text or "攝" in text else None  # most lines hold none
    if not m:
        return None
    authors = parse(text[m.start(1) : m.end(1)], "摄影")
    if not authors:
        return None
    return m.start(), [Author(a.name, "摄影") for a in authors]


def _unwrap(norm: str, start: int, end: int) -> tuple[int, int, bool]:
    """Box marks, `·` decorations and one pair of parentheses around [start, end) taken off."""
    marked = False
    while start < end and (norm[start] in BOX_MARKS or norm[start] in " ·"):
        marked, start = True, start + 1
    while end > start and norm[end - 1] in " ·:":
        marked, end = marked or norm[end - 1] == "·", end - 1
    if (
        end - start >= 3
        and norm[start] == "("
        and norm[end - 1] == ")"
        and "(" not in norm[start + 1 : end - 1]
    ):
        start += 1
        while start < end - 1 and (norm[start] in BOX_MARKS or norm[start] == " "):
            start += 1  # `（□ 通讯员 张三 文/图）`: a box mark inside the bracket
        return start, end - 1, True
    return start, end, marked


def _may_date(norm: str) -> bool:
    return "讯" in norm or "电" in norm or "消息" in norm


def _worth_reading(norm: str, start: int, end: int, marked: bool) -> bool:
    """A cheap test that most body lines fail: a byline holds no run of 13+ characters (25+ with a role
    word: `记者张三通讯员李四王五`), and one with no role word and no mark (box, parentheses, dateline,
    credit) starts with a surname or a credit, holds no run of five characters and separates its names
    by spaces only (`张三、李四、` is an enumeration in running text)."""
    if _INNER_ROLES.search(norm, start, end) is not None:
        return _ROLE_LONG_RUN.search(norm, start, end) is None or "/" in norm
    if _LONG_RUN.search(norm, start, end):
        return False
    if marked:
        return True
    if end - start > 4 and not _SEPARATORS.search(norm, start, end):
        return False  # a bare run of characters is one name at most
    if _TEXT_SEPARATORS.search(norm, start, end):
        return False  # `张三、李四、` in running text: a bare byline separates its names by spaces
    unit = norm.find("(", start, end)  # `张三 李四 （某县融媒体中心）`: the unit may be long
    if _NAME_RUN_MAX.search(norm, start, unit if unit > 0 else end):
        return False  # bare names are separated: no run of five characters
    return norm[start] in "文图" or _surname_len(norm[start : start + 3]) > 0


def read(text: str) -> list[Author] | None:
    """A whole line read as a byline in any of the forms above, or None when it is not one."""
    if len(text) > READ_MAX or _NEVER.search(text):
        return None
    if (
        _NAME_RUN_MAX.search(text)
        and not (_MARK_CHARS.search(text) or _INNER_ROLES.search(text))
        and not _TOKEN_ROLE_OPENING.match(_fold(text))  # `本报评论员 张三`, `特约撰稿人 李四`
    ):
        return None  # the common case, a line of text: a run of five characters and nothing to vouch for it
    norm = _fold(simplified(text))  # `衛韜`: names and role words in simplified characters, same length
    start, end, marked = _unwrap(norm, 0, len(norm.rstrip()))
    if start >= end:
        return None
    if _may_date(norm) and (dated := _DATELINE.match(norm, start)) and dated.end() < end:
        start, end, _ = _unwrap(norm, dated.end(), end)
        marked = True
    unit = norm.rfind("(", start, end) if norm[end - 1] == ")" else -1  # `张三 李四 （某县融媒体中心）`
    marked = marked or unit > start or _CREDIT_MARK.search(norm[start:end]) is not None
    marked = marked or _TOKEN_ROLE_OPENING.match(norm, start) is not None  # `执笔：张三`
    if not _worth_reading(norm, start, end, marked):
        return None
    found = _parse(norm[start:end], text[start:end], "作者", marked)
    if found or unit <= start:
        return found
    if _parse(norm[unit + 1 : end - 1], text[unit + 1 : end - 1], "作者", True) is None:
        return _parse(norm[start:unit], text[start:unit], "作者", marked)
    return None


def opening(text: str) -> tuple[int, list[Author]] | None:
    """A dateline's byline opening a body line (`本报讯（记者 张三）近日，…`, `某某网讯 张三报道：…`):
    (where the body starts, authors), or None when the line opens with no named byline."""
    norm = _fold(simplified(text[:OPENING_MAX]))
    dated = _DATELINE.match(norm)
    pos = dated.end() if dated else 0
    if pos < len(norm) and norm[pos] == "(":
        close = norm.find(")", pos)
        if close > pos and (dated or _INNER_ROLES.search(norm, pos, close)):
            found = _parse(norm[pos + 1 : close], text[pos + 1 : close], "记者", True)
            return (close + 1, found) if found else None
        return None
    if dated and (rep := _REPORTED_END.search(norm, pos, pos + 40)):
        found = _parse(norm[pos : rep.start() + 2], text[pos : rep.start() + 2], "作者", True)
        return (rep.end(), found) if found else None
    if dated and norm.startswith(_LEADING_ROLES, pos):
        return _spaced_opening(norm, text, pos)
    return None


# What opens a byline with no dispatch before it, opening a paragraph: a box mark, `·`, a bracket, a
# credit (`文/`), a role word or an outlet's role word (`某某日报/某某新闻记者`).
_MARKED_OPENING = re.compile(r"[·(]|(?:文|图|文图|图文)\s*/|[^\s,;:()。]{2,16}?(?:记者|通讯员)\s")
BYLINE_OPENING_TOKENS = 10  # a byline opening a paragraph holds this many space-separated tokens at most


def byline_opening(text: str) -> tuple[int, list[Author]] | None:
    """A byline with no dispatch opening a paragraph, set off from the text by a space or a bracket's
    close, as a web page's byline is where the page's text is laid out from it (`作者：张三 李四 近日，…`,
    `□融媒体记者 王五 文/图 今年以来，…`, `·赵六· 日前，…`, `（钱七 孙八）近日，…`): (where the text
    goes on, authors), or None. The byline must open with a mark, a bracket, a credit or a role word
    (`_MARKED_OPENING`, `leading`): bare names opening a line are a sentence's subject as often."""
    head = text[:OPENING_MAX]
    norm = _fold(simplified(head))
    at = 0
    while at < len(norm) and (norm[at] in BOX_MARKS or norm[at] == " "):
        at += 1
    if at == len(norm):
        return None
    boxed = at > 0
    if not (
        boxed
        or _MARKED_OPENING.match(norm, at)
        or norm.startswith(_LEADING_ROLES, at)
        or _TOKEN_ROLE_OPENING.match(norm, at)
        or _OWN_OUTLET_ROLE.match(norm, at)
        or norm.startswith("作者", at)
    ):
        return None
    if norm[at] in "(·":  # `（张三 李四）近日…`, `·王五· 日前…`: the bracket or the dots close the byline
        close = norm.find(")" if norm[at] == "(" else "·", at + 1)
        if close < 0 or close - at > 40:
            return None
        found = read(head[: close + 1])
        return (close + 1, found) if found else None
    best: tuple[int, list[Author]] | None = None
    for m in itertools.islice(re.finditer(r"\s+", norm), BYLINE_OPENING_TOKENS):
        found = read(head[: m.start()])
        if found and not _names_spaced_on(norm, m.end()):
            best = (m.end(), found)
    return best


def _names_spaced_on(norm: str, at: int) -> bool:
    """A one-character token at `at`: half of a name printed with a gap (`记者 梁 木`), no text yet."""
    return bool(re.match(r"[\u3400-\u9fff]\s", norm[at : at + 2]))


def spaced_names(text: str) -> tuple[int, list[Author]] | None:
    """Role words and names opening a line, each followed by a space (`李四 近日，…`, the rest of a
    dispatch's byline a column wrapped): (where the text goes on, authors), or None."""
    return _spaced_opening(_fold(simplified(text[:OPENING_MAX])), text, 0)


def _spaced_opening(norm: str, text: str, pos: int) -> tuple[int, list[Author]] | None:
    """`本报讯 记者 张三 通讯员 李四 近日，…`: role words and names, each followed by a space, up to
    the first token that is neither."""
    end, length = pos, len(norm)
    if length < OPENING_MAX:  # the line ends within reach: its last token ends a byline too
        norm, text = norm + " ", text + " "
    role = False
    while m := _SPACED_TOKEN.match(norm, end):
        token = m.group(1)
        if reported := _reported_at(token):  # `李四报道：今年…`: the last names, then the text
            end = m.start() + reported
            break
        if role and (dated := _name_before_date(token)):  # `记者 张三3月25日，…`: the space lost
            end = m.start() + dated
            break
        if len(token) == 1 and (gapped := _gapped_name(norm, m)):  # `陈 柳`: a name printed with a gap
            end = gapped
            continue
        is_role = token in ROLE_WORDS or _split_roles(token, token)[0][0] in ROLE_WORDS
        if not (is_role or is_name(token)):
            break
        role = role or is_role
        end = m.end()
    found = _parse(norm[pos:end], text[pos:end], "记者", True) if end > pos else None
    return (min(end, length), found) if found else None


# a date opening the text right after a byline's last name (`3月25日`, `25日`, `2024年`)
_DATE_AFTER_NAME = re.compile(r"\d{1,4}[年月日]")


def _name_before_date(token: str) -> int:
    """The length of a name opening `token` that a date follows with no space (`张三3月25日，…`: the
    space between a byline and its text lost), or 0. A name holds no digit, so the date ends it. The
    name must look like one by its characters (`_plausible`): a word opening the text after a kept space
    (`记者 张三 全市3月…`, `… 明年3月…`) starts with a surname too."""
    at = next((k for k, c in enumerate(token) if c.isdigit()), 0)
    if at < 2 or not _DATE_AFTER_NAME.match(token, at) or not _plausible(token[:at]):
        return 0
    return at


def _gapped_name(norm: str, m: re.Match[str]) -> int:
    """Where a two-character name printed with a gap (`陈 柳 肖林`) ends with the space after it, when the
    one-character token `m` and the next one make a name whose characters look like one; else 0."""
    nxt = _SPACED_TOKEN.match(norm, m.end())
    if nxt is None or len(nxt.group(1)) != 1 or not _plausible(m.group(1) + nxt.group(1)):
        return 0
    return nxt.end()


def _reported_at(token: str) -> int:
    """Where the text goes on after `张三李四报道：` opening `token` (names before `报道`), or 0."""
    at = token.find("报道")
    if at < 2 or _parse(token[:at], token[:at], "作者", True) is None:
        return 0
    return at + 2 + (token[at + 2 : at + 3] == ":")


_NO_FEATURES: dict[str, float | bool] = {
    "byline": False,
    "names": 0.0,
    "name_share": 0.0,
    "opening_names": 0.0,
    "paren_end": False,
    "photo_credit": False,
    "role": False,
    "box": False,
    "credit": False,
    "dateline": False,
    "name_like": 0.0,
}
_CREDIT_ENDS = ("摄", "攝", "文/图", "图/文", "文／图", "图／文", "文/圖", "報道", "报道")
_DATE_CHARS = re.compile("[讯訊电電息]")


def byline_features(line: str) -> dict[str, float | bool]:
    """Cheap features of one line for a line labeller: is it, or does it hold, a byline?

    - `byline`: the whole line reads as a byline (`read`); `names`: how many names it gives then
    - `name_share`: the share of the line's visible characters inside those names (0 when not a byline)
    - `opening_names`: names in a dateline's byline opening the line (`本报讯（记者 张三）近日…`, `opening`)
    - `paren_end`: ends with a closing `（…）` that reads as a byline (`trailing`)
    - `photo_credit`: ends with a photographer's credit `… 张三 摄` (`photo`)
    - `role`: holds a role word (记者, 通讯员, 实习生, 摄影, 编辑, 作者) in its first OPENING_MAX or last
      TAIL characters (where bylines are); `box`: starts with a box mark
    - `credit`: ends like a credit (`摄`, `文/图`, `报道`); `dateline`: opens with `…讯` / `…日电`
    - `name_like`: the share of its space-separated tokens that look like names by their characters
    All are False / 0.0 for an empty line; a line over READ_MAX characters gets the flags only.
    """
    text = line.strip()
    feats = dict(_NO_FEATURES)
    if not text:
        return feats
    head = text[:OPENING_MAX]
    feats["role"] = _INNER_ROLES.search(head) is not None or (
        len(text) > OPENING_MAX and _INNER_ROLES.search(text, len(text) - TAIL) is not None
    )
    feats["box"] = text[0] in BOX_MARKS
    feats["credit"] = text.endswith(_CREDIT_ENDS)
    if _DATE_CHARS.search(head):
        feats["dateline"] = _DATELINE.match(_fold(head)) is not None
    if (feats["dateline"] or text[0] in "(（") and (opened := opening(text)):
        feats["opening_names"] = float(len(opened[1]))
    if text[-1] in ")）":
        feats["paren_end"] = trailing(text) is not None
    if text[-1] == "摄":
        feats["photo_credit"] = photo(text) is not None
    if len(text) > READ_MAX or _NEVER.search(text):
        return feats
    if " " in text or "\u3000" in text:
        tokens = text.split()
        feats["name_like"] = sum(1 for t in tokens if len(t) <= 4 and _plausible(t)) / len(tokens)
    elif len(text) <= 4:
        feats["name_like"] = float(_plausible(text))
    if authors := read(text):
        feats["byline"] = True
        feats["names"] = float(len(authors))
        feats["name_share"] = min(1.0, sum(len(a.name) for a in authors) / (len(text) - text.count(" ")))
    return feats

"""A sixth blind page generator: newspaper pages as a PDF extractor hands them over, with random
choices of its own, so the team has a measurement its rules were never tuned against.

Written from the three shared sample pages, their gold, the reports' README, the scorer's docstring,
WAREHOUSE.md, `evaluation/reports.py` and the interface of `simulate_blind5` (its `pages()` and `Page`),
not from `transforms/` nor any other generator's layout code. What the samples show, and what each
family draws from them:
- `drift_columns`: narrow columns (10-24 cells), a blank line after every line or none; each story
  puts its headline before its body, after its body and credit (as a credit-then-headline sample page
  does), or after its own first paragraph (a reading order that took the column before the headline
  box); kickers, series lines, `——` subtitles; every byline form; jump marks `（下转A4版）`.
- `rail_bylines`: `■记者 名 名` lines are the only story boundary; all headlines gathered in one block
  (top, between two stories, or cutting a body's sentence in two), drawn doubled (`标题标题：：`) and
  set side by side; a continued fragment at the top (`（上接A2版）`, not in the gold); captions at the foot.
- `markdown_feed`: one paragraph a line (or 38-45 cells), `#`/`##`/`【】`/plain headings with the
  subtitle above or below, credits `(媒体/媒体 记者 名)` after the body or a dateline dispatch opening
  it, a paragraph cut in two by blank lines, triple blank lines, ASCII punctuation.
- `photo_briefs`: one- or two-paragraph briefs with `（名）` credits and headlines wrapped in two
  lines after their bodies; photo items (a doubled headline line, a wide caption, `本报记者 名 摄`);
  an editor line at the foot.
- `legacy_scan`: stories in traditional script, lines spaced out character by character, full-width
  indents, CRLF line ends, GB18030/Big5 files, `文/记者 名` and `名 文/图` bylines, repeated
  paragraphs, `新华社…电（记者 名）` datelines.
Every family: column width, blank lines, indentation, punctuation style, encoding and line ends are
page knobs drawn wide; some stories print the report's own byline where its form suggests.
Gold is the shared scorer's format: `body_contains` is 14 characters of one printed paragraph, printed
once on the page; titles and names as printed (a traditional story's in traditional script).
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

import opencc

from evaluation import reports as report_store

FAMILIES = ("drift_columns", "rail_bylines", "markdown_feed", "photo_briefs", "legacy_scan")
BODY_KINDS = ("body", "repeat")
SEPARATOR = re.compile(r"\s*[|｜︱│丨]\s*")
NO_LINE_START = set("，。、；：？！）”’》」』,.;:?!)%")
TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "？": "?", "！": "!"})
TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"})
DISPATCH = re.compile(r"(?<!通)[讯訊](?![员員])|[电電]（|[电電]\(|消息")
RUN = re.compile(r"[\u4e00-\u9fff0-9]{14,}")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程魏"
GIVEN = "志远思雨嘉欣浩然梓萱子轩一鸣晨曦文博紫涵俊熙若彤天佑诗琪明哲雨桐宇航晓婷立峰艳霞"
SECTIONS = ("一线观察", "地方传真", "基层治理", "民生周刊", "城乡之间", "社区风采", "乡村新貌")
SERIES = ("【基层治理新实践】", "【走进新时代乡村】", "系列报道·之二", "——“基层治理看变化”系列报道③")
OUTLETS = ("江城日报/江城晚报", "南湖融媒", "海西新闻网/掌上海西", "北岸发布")
PAPERS = ("本报", "新华社", "本刊")
S2T = opencc.OpenCC("s2t")


@dataclass
class Story:
    report: dict
    title: str
    kicker: str | None
    subtitle: str | None
    paras: list[str]
    named: list[str] = field(default_factory=list)  # the names the page prints for it, as printed
    in_gold: bool = True
    trad: bool = False
    ascii_punct: bool = False
    printed: list[str] = field(default_factory=list)  # body paragraphs printed whole, none spaced out


@dataclass
class Page:
    name: str
    family: str
    text: str
    gold: dict
    encoding: str = "utf-8"
    stories: list[Story] = field(default_factory=list)
    lines: list[tuple[str, int | None, str]] = field(default_factory=list)  # (text, owner, kind)

    def data(self) -> bytes:
        return self.text.encode(self.encoding)


Line = tuple[str, int | None, str]
Unit = list[Line]  # lines printed together: blank lines go between units, never inside one


def norm(text: str) -> str:
    """The text with every space and line break taken out, as snippets and gold are compared."""
    return re.sub(r"\s+", "", text)


def cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’—…·" else 1.0


def wrap(text: str, width: float) -> list[str]:
    """The text cut into lines of `width` cells; a closing mark never opens a line (it stays behind)."""
    if width <= 0:
        return [text]
    out, cur, used = [], "", 0.0
    for ch in text:
        if used + cells(ch) > width and cur and ch not in NO_LINE_START:
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += cells(ch)
    return out + [cur] if cur else out


def doubled(text: str) -> str:
    """A fake-bold headline as the extractor reads it: each run of words and each mark drawn twice."""
    return "".join(
        m.group(0) * 2 for m in re.finditer(r"[^\s“”‘’：:，、！？—·]+|[“”‘’：:，、！？—·]|\s+", text)
    )


def spaced(line: str) -> str:
    """A justified short line: a space between every two characters (none before a closing mark)."""
    out = ""
    for ch in line:
        out += ch if not out or ch in NO_LINE_START or ch in "“”" else " " + ch
    return out


def fake_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 1, 2))))


def styled(s: Story, text: str) -> str:
    """Text in the story's script and punctuation style."""
    text = S2T.convert(text) if s.trad else text
    return text.translate(TO_ASCII) if s.ascii_punct else text.translate(TO_FULL)


def story_of(report: dict, rng: random.Random, k: dict) -> Story:
    raw = report["title"]
    parts = SEPARATOR.split(raw)
    kicker, title = (parts[0], " ".join(parts[1:])) if len(parts) > 1 else (None, raw)
    s = Story(
        report, title, kicker, report.get("subtitle"), [p for p in report["body"].split("\n") if p.strip()]
    )
    s.trad = rng.random() < k["p_trad"]
    s.ascii_punct = rng.random() < k["p_ascii"]
    s.title, s.paras = styled(s, s.title), [styled(s, p) for p in s.paras]
    s.kicker = styled(s, s.kicker) if s.kicker else None
    s.subtitle = styled(s, s.subtitle) if s.subtitle else None
    return s


# ---- bylines -------------------------------------------------------------------------------


def names_of(s: Story, rng: random.Random, k: dict) -> list[tuple[str, str]]:
    """(role, name) pairs the page prints for the story: the report's own names, or made-up ones."""
    own = s.report.get("authors") or []
    if own:
        return [("记者" if i == 0 else "通讯员", styled(s, n)) for i, n in enumerate(own)]
    if rng.random() > k["p_fake_names"]:
        return []
    return [(r, styled(s, fake_name(rng))) for r in ("记者", "通讯员", "通讯员")[: rng.choice((1, 1, 2, 3))]]


def spell(name: str, rng: random.Random, k: dict) -> str:
    return " ".join(name) if len(name) == 2 and rng.random() < k["p_space_name"] else name


def credit(s: Story, i: int, rng: random.Random, k: dict, forms: tuple[str, ...]) -> tuple[str, list[Line]]:
    """The story's byline: where it goes ('top', 'after', 'lead' = opening the first paragraph,
    'none') and its lines. The forms the samples show, and the report's own byline as its site printed it."""
    pairs = names_of(s, rng, k)
    if not pairs:
        return "none", []
    own = s.report.get("byline")
    names = [n for _, n in pairs]
    if own and s.report.get("authors") and all(n in s.report["body"][:80] for n in s.report["authors"]):
        s.named = [norm(n) for n in names]  # the body opens with its own dateline and byline
        return "none", []
    s.named = [norm(n) for n in names]
    sp = functools.partial(spell, rng=rng, k=k)
    if own and rng.random() < k["p_own_byline"]:
        text = styled(s, own)
        return ("lead" if DISPATCH.search(text) else rng.choice(("top", "after"))), [(text, i, "byline")]
    form = rng.choice(forms)
    if form == "dispatch" and DISPATCH.search(s.paras[0][:16]):  # the body opens with its own dateline
        form = "plain"
    where, lines = credit_form(s, i, rng, names, pairs, form, sp)
    return where, [(styled(s, t) if t[0] not in "(（" else t, o, kd) for t, o, kd in lines]


def credit_form(
    s: Story, i: int, rng: random.Random, names: list[str], pairs: list[tuple[str, str]], form: str, sp
) -> tuple[str, list[Line]]:  # noqa: ANN001
    """One byline form of the samples (and of real pages) for the story's names."""
    plain = " ".join(sp(n) for n in names)
    roled = " ".join(
        f"{r} {sp(n)}" if j == 0 or r != pairs[j - 1][0] else sp(n) for j, (r, n) in enumerate(pairs)
    )
    if form == "paren":
        o, c = ("(", ")") if s.ascii_punct or rng.random() < 0.2 else ("（", "）")
        return "after", [(f"{o}{plain}{c}", i, "byline")]
    if form == "box":
        if len(names) > 1 and rng.random() < 0.5:
            return "top", [(f"□ {sp(n)}", i, "byline") for n in names]
        return "top", [(f"□ {plain}", i, "byline")]
    if form == "solid":
        lead = rng.choice(("■记者 ", " ■记者 ", "■ 本报记者 ", "■"))
        return "top", [(lead + (plain if lead != "■" else roled), i, "byline")]
    if form == "dispatch":
        paper = rng.choice(PAPERS)
        day = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        head = {
            "本报": rng.choice(("本报讯", f"本报{day}讯")),
            "新华社": f"新华社北京{day}电",
            "本刊": "本刊讯",
        }[paper]
        return "lead", [(styled(s, f"{head}（{roled}）"), i, "byline")]
    if form == "media":
        return "after", [(styled(s, f"({rng.choice(OUTLETS)} 记者 {plain})"), i, "byline")]
    if form == "wen":
        return "top", [
            (
                rng.choice((f"文/记者 {plain}", f"{plain} 文/图", f"记者：{plain}", f"作者：{plain}")),
                i,
                "byline",
            )
        ]
    if form == "inline":
        return "inline", [(f"（{roled}）", i, "byline")]
    return "top", [(roled, i, "byline")]


# ---- a story's lines -----------------------------------------------------------------------


def head_lines(text: str, rng: random.Random, k: dict) -> list[str]:
    """A headline in one to three lines: cut at its colon or space, or anywhere (a narrow head box)."""
    roll = rng.random()
    if roll < 0.35 or len(text) < 8:
        return [text]
    cut = re.search(r"[：:]|\s", text[2:-2])
    if roll < 0.7 and cut:
        at = cut.end() + 2
        return [text[:at].rstrip(), text[at:].lstrip()]
    return wrap(text, rng.randint(max(4, len(text) // 3), max(5, len(text) - 2)))


def title_unit(s: Story, i: int, rng: random.Random, k: dict, below: list[Line] | None = None) -> Unit:
    """Kicker, headline lines and `——` subtitle (above or below the headline), and the top byline."""
    out: Unit = []
    if s.kicker:
        out.append((s.kicker, i, "kicker"))
    elif rng.random() < k["p_series"]:
        out.append((rng.choice(SERIES), None, "kicker"))
    lines = head_lines(s.title, rng, k)
    if rng.random() < k["p_double"]:
        lines = [doubled(x) for x in lines]
    sub = []
    if s.subtitle:
        sub = [(("——" if rng.random() < 0.6 else "") + s.subtitle, i, "subtitle")]
    if sub and rng.random() < 0.3:
        out += sub
        sub = []
    out += [(x, i, "title") for x in lines] + sub
    return out + (below or [])


def para_lines(text: str, i: int, width: float, rng: random.Random, k: dict, kind: str = "body") -> Unit:
    indent = k["indent"]
    lines = wrap(indent + text, width)
    if k["p_spaced"] and width and width < 26 and len(lines) > 1 and rng.random() < k["p_spaced"]:
        j = rng.randrange(len(lines))
        lines[j] = spaced(lines[j])
    return [(x, i, kind) for x in lines]


def recorded(s: Story, unit: Unit, text: str) -> Unit:
    """The paragraph's unit; the paragraph is kept for snippets when no line of it is spaced out."""
    if norm("".join(t for t, _, _ in unit)) == norm(text) and not any(
        re.search(r"\S \S \S", t) for t, _, _ in unit
    ):
        s.printed.append(text)
    return unit


def body_units(
    s: Story, i: int, rng: random.Random, k: dict, lead: list[Line], inline: list[Line]
) -> list[Unit]:
    """The story's paragraphs, each a unit: a dispatch opens the first, an inline credit closes the
    last, a paragraph is now and then printed twice (an extractor's doubled text box)."""
    width = k["width"]
    if width and rng.random() < k["p_own_width"]:  # a story set in its own column width
        width = max(8, width + rng.randint(-3, 3))
    units: list[Unit] = []
    for j, para in enumerate(s.paras):
        text = para
        if j == 0 and lead:
            text = lead[0][0] + rng.choice(("", " ", "　")) + text
        if j == len(s.paras) - 1 and inline:
            text += inline[0][0]
        units.append(recorded(s, para_lines(text, i, width, rng, k), text))
        if 0 < j < len(s.paras) - 1 and rng.random() < k["p_repeat"]:
            units.append(para_lines(para, i, width, rng, k, "repeat"))
    return units


def story_units(
    s: Story, i: int, rng: random.Random, k: dict, place: str, forms: tuple[str, ...]
) -> list[Unit]:
    """One story laid out with its headline `place`d: 'before', 'after' (its body and credit) or
    'inside' (after its first paragraph)."""
    where, by = credit(s, i, rng, k, forms)
    top = by if where == "top" else []
    body = body_units(s, i, rng, k, by if where == "lead" else [], by if where == "inline" else [])
    tail = [by] if where == "after" else []
    if k["p_jump"] and rng.random() < k["p_jump"] and len(body) > 3:
        body = body[: rng.randint(2, len(body) - 1)] + [
            [(f"（下转{rng.choice('ABC')}{rng.randint(2, 8)}版）", None, "mark")]
        ]
        tail = []
        if where in ("after", "inline"):  # the credit went with the rest of the story
            s.named = []
    if place == "after":
        return ([top] if top else []) + body + tail + [title_unit(s, i, rng, k)]
    if place == "inside" and len(body) > 2:
        return body[:1] + [title_unit(s, i, rng, k, top)] + body[1:] + tail
    return [title_unit(s, i, rng, k, top)] + body + tail


# ---- families ------------------------------------------------------------------------------

ALL_FORMS = ("paren", "box", "solid", "dispatch", "media", "wen", "inline", "plain")


def furniture(rng: random.Random) -> list[Unit]:
    out = []
    if rng.random() < 0.6:
        out.append([(rng.choice(("", " ")) + rng.choice(SECTIONS), None, "furniture")])
    if rng.random() < 0.4:
        out.append(
            [
                (
                    f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日  第{rng.randint(2, 12)}版",
                    None,
                    "furniture",
                )
            ]
        )
    return out


def drift_columns(stories: list[Story], rng: random.Random, k: dict) -> list[Unit]:
    weights = [rng.random() for _ in range(3)]
    units = furniture(rng)
    for i, s in enumerate(stories):
        place = rng.choices(("before", "after", "inside"), weights)[0]
        units += story_units(s, i, rng, k, place, ALL_FORMS)
    return units


def caption_units(rng: random.Random, n: int) -> list[Unit]:
    scenes = (
        "社区网格员上门走访独居老人",
        "志愿者在广场为居民义诊",
        "村民在议事长廊商量村里的事",
        "工作人员调试智慧平台",
    )
    return [[(f"{rng.choice(scenes)}。{fake_name(rng)} 摄", None, "caption")] for _ in range(n)]


def rail_bylines(stories: list[Story], rng: random.Random, k: dict) -> list[Unit]:
    """`■记者` lines open every story; headlines gathered in a block, doubled and side by side."""
    units: list[Unit] = []
    if rng.random() < 0.5:  # a story continued from another page: its tail, no headline, no gold
        s = stories[-1]
        s.in_gold = False
        units.append([(f"（上接{rng.choice('AB')}{rng.randint(2, 9)}版）", None, "mark")])
        units += body_units(s, len(stories) - 1, rng, k, [], [])[-2:]
    shown = stories if stories[-1].in_gold else stories[:-1]
    shared = [(r, fake_name(rng)) for r in ("记者",)] if rng.random() < 0.5 else []
    bodies: list[list[Unit]] = []
    for i, s in enumerate(shown):
        pairs = shared + [
            p for p in (("记者", n) for n in (s.report.get("authors") or [fake_name(rng)])) if p not in shared
        ]
        s.named = [norm(styled(s, n)) for _, n in pairs]
        by = [
            (
                rng.choice(("■记者 ", " ■记者 ", "■ 记者 ")) + " ".join(styled(s, n) for _, n in pairs),
                i,
                "byline",
            )
        ]
        bodies.append([by] + body_units(s, i, rng, k, [], []))
    heads = [doubled(s.title) if rng.random() < k["p_double"] + 0.3 else s.title for s in shown]
    order = list(range(len(heads)))
    if rng.random() < 0.4:
        rng.shuffle(order)
    block = [[(x, None, "title") for x in wrap(" ".join(heads[j] for j in order), rng.randint(30, 70))]]
    flat = [u for b in bodies for u in b]
    at = rng.choice([0, len(flat)] + [sum(len(b) for b in bodies[: j + 1]) for j in range(len(bodies) - 1)])
    if at > 0 and rng.random() < 0.4 and len(flat[at - 1]) > 1:  # the block cuts a paragraph in two
        cut = len(flat[at - 1]) // 2
        flat[at - 1 : at] = [flat[at - 1][:cut], flat[at - 1][cut:]]
    units += flat[:at] + block + flat[at:]
    return units + caption_units(rng, rng.randint(0, 2))


def markdown_feed(stories: list[Story], rng: random.Random, k: dict) -> list[Unit]:
    marks = rng.choice((("# ", "## "), ("", ""), ("【", ""), ("**", "")))
    units: list[Unit] = [[("", None, "blank")]] if rng.random() < 0.5 else []
    for i, s in enumerate(stories):
        where, by = credit(s, i, rng, k, ("media", "dispatch", "media", "paren", "plain"))
        head = marks[0] + s.title + {"【": "】", "**": "**"}.get(marks[0], "")
        sub = [(marks[1] + s.subtitle, i, "subtitle")] if s.subtitle else []
        top = [(marks[1] + s.kicker, i, "kicker")] if s.kicker else []
        heads = sub + [(head, i, "title")] if sub and rng.random() < 0.4 else [(head, i, "title")] + sub
        units += [[x] for x in top + heads]
        if where == "top":
            units.append(by)
        body = body_units(s, i, rng, k, by if where == "lead" else [], by if where == "inline" else [])
        if len(body) > 2 and rng.random() < 0.5:  # a paragraph cut in two by blank lines
            j = rng.randrange(1, len(body))
            text = body[j][0][0]
            if len(body[j]) == 1 and len(text) > 20:
                cut = rng.randint(8, len(text) - 8)
                body[j : j + 1] = [
                    [(text[:cut], i, "body")],
                    [("", None, "blank")],
                    [(text[cut:], i, "body")],
                ]
        units += body
        if where == "after":
            units.append(by)
        if rng.random() < 0.3:
            units += [[("", None, "blank")], [("", None, "blank")]]
    return units


def photo_item(s: Story, i: int, rng: random.Random, k: dict) -> list[Unit]:
    """A photo's headline (often drawn doubled) and its caption, ending with the photographer."""
    name = styled(s, (s.report.get("authors") or [fake_name(rng)])[0])
    s.named = [norm(name)]
    s.paras = s.paras[:1]
    head = doubled(s.title) if rng.random() < 0.6 else s.title
    text = s.paras[0] + rng.choice(("图为", "图为现场。")) + rng.choice((" ", "　")) + f"本报记者 {name} 摄"
    unit = para_lines(text, i, rng.choice((0, 40, 45)), rng, k | {"p_spaced": 0})
    return [[(head, i, "title")], recorded(s, unit, text)]


def photo_briefs(stories: list[Story], rng: random.Random, k: dict) -> list[Unit]:
    units = furniture(rng)
    for i, s in enumerate(stories):
        if rng.random() < 0.25:
            units += photo_item(s, i, rng, k)
            continue
        s.paras = s.paras[: rng.randint(1, 2)]
        place = rng.choice(("after", "after", "before"))
        units += story_units(s, i, rng, k, place, ("paren", "paren", "box", "dispatch", "plain"))
    if rng.random() < 0.5:
        units.append([(f"责任编辑：{fake_name(rng)}  美术编辑：{fake_name(rng)}", None, "furniture")])
    return units


def legacy_scan(stories: list[Story], rng: random.Random, k: dict) -> list[Unit]:
    units = furniture(rng)
    for i, s in enumerate(stories):
        place = rng.choices(("before", "after", "inside"), (6, 2, 1))[0]
        units += story_units(s, i, rng, k, place, ("wen", "dispatch", "box", "solid", "paren", "plain"))
    return units


BUILD = {
    "drift_columns": drift_columns,
    "rail_bylines": rail_bylines,
    "markdown_feed": markdown_feed,
    "photo_briefs": photo_briefs,
    "legacy_scan": legacy_scan,
}


def knobs_for(family: str, rng: random.Random) -> dict:
    """The page's knobs, drawn wide: width 0 means one paragraph a line."""
    width = {
        "drift_columns": rng.randint(10, 24),
        "rail_bylines": rng.randint(12, 20),
        "markdown_feed": rng.choice((0, 0, rng.randint(38, 45))),
        "photo_briefs": rng.randint(12, 30),
        "legacy_scan": rng.randint(14, 45),
    }[family]
    return {
        "width": width,
        "blanks": rng.choice(("none", "every", "paras", "random") if width else ("paras", "paras", "none")),
        "indent": rng.choice(("", "", "　　", "  ")),
        "p_trad": rng.choice((0.0, 0.5, 1.0)) if family == "legacy_scan" else 0.05,
        "p_ascii": rng.choice((0.0, 0.2, 0.6)) if family != "legacy_scan" else 0.1,
        "p_fake_names": rng.uniform(0.3, 0.9),
        "p_space_name": rng.uniform(0, 0.4),
        "p_own_byline": rng.uniform(0.3, 0.9),
        "p_series": rng.uniform(0, 0.3),
        "p_double": rng.uniform(0, 0.3) if family in ("drift_columns", "photo_briefs") else 0.0,
        "p_spaced": rng.uniform(0.1, 0.5) if family == "legacy_scan" else rng.uniform(0, 0.15),
        "p_repeat": 0.15 if family == "legacy_scan" else 0.03,
        "p_jump": rng.uniform(0, 0.3) if family in ("drift_columns", "legacy_scan") else 0.0,
        "p_own_width": rng.uniform(0, 0.5),
        "crlf": rng.random() < (0.6 if family == "legacy_scan" else 0.15),
        "encoding": rng.choice(("gb18030", "big5", "utf-8"))
        if family == "legacy_scan"
        else rng.choice(("utf-8",) * 5 + ("gb18030", "utf-8-sig")),
    }


def laid_out(units: list[Unit], rng: random.Random, k: dict) -> list[Line]:
    """The page's lines: units with blank lines between them (none, one, after every line, random)."""
    out: list[Line] = []
    for unit in units:
        for n, line in enumerate(unit):
            out.append(line)
            if k["blanks"] == "every" and n < len(unit) - 1:
                out.append(("", None, "blank"))
        gap = {"none": 0, "every": 1, "paras": 1, "random": rng.choice((0, 0, 1, 2))}[k["blanks"]]
        out += [("", None, "blank")] * gap
    return out


def page(titled: list[dict], family: str, index: int, seed: int) -> Page:
    rng = random.Random(f"blind6:{seed}:{index}:{family}")
    k = knobs_for(family, rng)
    count = {"photo_briefs": rng.randint(4, 6), "rail_bylines": rng.randint(3, 4)}.get(
        family, rng.randint(3, 5)
    )
    stories = [story_of(r, rng, k) for r in rng.sample(titled, min(count, len(titled)))]
    lines = laid_out(BUILD[family](stories, rng, k), rng, k)
    text = ("\r\n" if k["crlf"] else "\n").join(t for t, _, _ in lines) + "\n"
    encoding = k["encoding"]
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        encoding = "gb18030"
    name = f"b6_{seed}_{index:03d}_{family}.txt"
    return Page(name, family, text, gold_of(name, stories, lines, text), encoding, stories, lines)


# ---- gold ----------------------------------------------------------------------------------


def owned_body(lines: list[Line], owner: int) -> str:
    """What a perfect segmenter gives story `owner`: every body line the generator printed for it."""
    return "\n".join(t for t, o, kd in lines if o == owner and kd in BODY_KINDS)


def snippet_for(paras: list[str], flat: str, rng: random.Random) -> str | None:
    runs = [m.group(0) for p in paras[1:] + paras[:1] for m in RUN.finditer(norm(p))]
    rng.shuffle(runs)
    for run in runs:
        for _ in range(6):
            at = rng.randrange(len(run) - 13)
            snip = run[at : at + 14]
            if flat.count(snip) == 1:
                return snip
    return None


def gold_of(name: str, stories: list[Story], lines: list[Line], text: str) -> dict:
    rng = random.Random(name)
    flat = norm(text)
    arts = []
    for i, s in enumerate(stories):
        snip = snippet_for(s.printed, flat, rng)
        if snip is None or not s.in_gold:
            continue
        body = norm(owned_body(lines, i))
        shown = functools.partial(_printed_in, body, s)
        report = s.report | {
            "initiatives": [styled(s, x) for x in s.report.get("initiatives") or []],
            "metrics": [_metric_as_printed(s, m) for m in s.report.get("metrics") or []],
        }
        named = functools.partial(_named_in, body)
        arts.append(report_store.gold_article(report, s.title, s.named, snip, shown, named, s.subtitle))
    return report_store.gold_page(name, text, arts, [])


def _metric_as_printed(s: Story, m: dict) -> dict:
    """A metric's gold in the story's script: the warehouse keeps a unit and a subject as the page
    prints them (個, 戶 on a traditional page), as the other generators' gold does."""
    if not s.trad:
        return m
    return m | {k: S2T.convert(m[k]) for k in ("unit", "subject") if m.get(k)}


def _printed_in(body: str, s: Story, metric: str) -> bool:
    return norm(styled(s, metric)) in body


def _named_in(body: str, name: str) -> bool:
    return bool(norm(name)) and norm(name) in body


def pages(split: str | None, count: int, seed: int, families: tuple[str, ...] | None = None) -> list[Page]:
    """`count` pages of the split's titled reports, the families in turn, deterministic by seed."""
    return report_store.titled_pages(split, count, seed, families, FAMILIES, page)


write = report_store.write_pages  # pages/ in each page's encoding, gold/all/, gold/<family>/

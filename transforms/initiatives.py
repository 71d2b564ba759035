"""Named governance practices, models and programmes mentioned in one article (dim_initiative).

A phrase counts as an initiative when one of these rules holds (checked in this order):

1. it is a curated name from ``data/initiatives.txt`` (红色物业, 枫桥经验, 链长制 …), quoted or not;
2. it is a room or method named after a person, written without quotes: a nickname, a name the
   tagger knows as a person's, or the given name of a person the text names in full, plus
   调解室/工作室/工作法/警务室/调解法 (娥姐品牌调解室, 王大姐工作室, 马善祥工作法, 张建国 … 建国工作法); or
   a method named by a numeral, written without quotes (三单工作法, not 三种工作法); or a name printed
   without quotes right after a verb that sets it up and ending in a head such as 驿站, 平台, 行动,
   机制 (`headed_programmes`: 实施清风护廉行动), when its words are coined (not 建立长效机制); or a
   title in 《》 or 【】 followed by a column's kind (开设【书记信箱】栏目);
3. it is quoted (“ ” 「 」 『 』 ‘ ’ " ') and, after canonical folding, is
   a. a formula: parts joined by ``+`` (1+3+N, 5+N, 党建+);
   b. a numeric name of 3-6 digits (56373, 1337), except years and MMDD dates with no head noun;
      or a lettered brand: a Latin letter before 2-6 Chinese characters (“e家通”, “i西城”);
   c. followed, at most ``MAX_GAP`` Chinese characters later (8 after a 的: “网格单元”的矛盾纠纷化解
      新模式), by a head noun from ``data/initiative_heads.txt`` (“四方汇”议事制度, “1337”矛盾化解机制);
      the head is the kind. A head that is the subject of a new sentence (…“X”\n制度是…) or part of
      工作者/服务员 or of a goal (工作目标) does not count; nor one past a 的 after a dictionary word
      (被称为“轻骑兵”的小分队: a figure of speech). A team's, room's or hall's head
      (``NAMED_WITH_HEAD``) is part of its name: “红帆”志愿服务队 gives 红帆志愿服务队 (mentioned as
      红帆), “三访五问”工作法 gives 三访五问;
      a lone 制 right after the closing mark is a head and part of the name (“街巷长”制 gives 街巷长制);
   d. ending in a head noun itself, with at least two characters before it (“渐美模式”, “红帆驿站”), or
      one before a venue (``VENUES``: “微讲堂”); a head that only names a kind of place, post, object
      or group (``coined`` in the heads file: 角, 亭, 铺, 岗, 团 …) ends a name only when neither the
      phrase nor its last two characters are a word of the general dictionary (“邻里议事角”, not
      “朋友圈”, “大舞台”, “温馨港湾”; a word that names a kind is a head of its own: 小屋, 菜园);
   e. a coined numeral name: 3-8 Chinese characters holding a numeral (七先七后, 党建四力, 四个一) that
      the general jieba dictionary does not know as a word (so idioms such as 千家万户 fail), that
      is not an ordinal (第一), a measure phrase (一盘棋, 一张网, 最后一米) or a count (六大产业, 三大机制);
   f. quoted in the body and printed where the headline (the text's first line) or a clause of it
      opens, a coined word (`headline_candidates`: 小院议事议出大变化 … “小院议事”); or
      quoted ``REPEATED`` times or more in the article, 3-8 Chinese characters, not a problem (“爬楼难”)
      nor part of a name already found (“铁三角”, quoted three times, is what the article is about);
   g. printed right after a verb that introduces, builds, opens or names a thing (推行, 设立, 打造, 开通 …:
      ``data/initiative_verbs.txt``; or ``data/initiative_build_verbs.txt`` before a phrase the
      dictionary does not know as a word), 3 characters or more (开通“民情快递”, not 打造“升级版”);
   h. a coined word the sentence puts where a named thing stands (`placed_as_name`): a means
      (依托/通过/借助“…”, 以“…”为抓手), what one joins or what has members (加入“…”, “…”的发起人), a
      place (在“…”里/上/旁), a clause's subject that acts (“小院议事”让…); a term the text explains
      (“…”，即…), one it says is named so (名为“夕阳红”); a list of steps (“网格吹哨、部门报到”)
      only after a verb of rule g;
4. two quoted phrases joined by a two-character verb and followed by a head are one name
   (“小积分”激活“大德治”体系 gives 小积分激活大德治, and neither half alone);
5. quoted phrases printed side by side (or joined by 、) are names together when one of them is, or
   when all are coined words: Chinese characters the dictionary does not know as a word (“微心愿”
   “暖心饭”; not “千里眼”“顺风耳”); a role (``ROLES``: “楼道长”, “城市观察员”) is no name by its list.

A quoted phrase is never an initiative when it is what people call someone (称为“小巷管家”), a
title (“…”称号), a kind of people (“一老一小”群体), a shopping day (“双十一”), a ranking (“十佳…”),
or a numeral phrase saying what a clause's subject does (干部“一人多岗”，); nor when it is an honour
a level of government confers (“全国文明城市”, 省级“五星级社区”, “平安示范村”; nor are the other
phrases of its list), when it lists
the parts of an idea (“人人有责、人人尽责、人人享有”的共治理念: a slogan), when it holds
clause punctuation (slogans such as
“小事不出村、大事不出乡”, quoted speech), is longer than ``MAX_NAME`` characters (formulas:
``MAX_FORMULA``), or is an adjective ending in 式. Bare quoted words with no head (“关键小事”,
“最后一米”) fail every rule. Mentions count every occurrence of the name in the article, quoted or
not; names of two characters count only when quoted, as they are too short to find safely in free text.

Pages print names with noise that clean text lacks, read as clean text would be: a straight quote
paired with a curly one (“法律诊所", "红白理事会”), quotation marks
stacked by a doubled or overprinted glyph (「““红色物业””」), a hard wrap line repair left inside a
quoted phrase (“红色物\n业”, an ASCII-quoted one at most twice), inside a curated name (枫桥经\n验),
right between the closing mark and its head (“红驿先锋”\n服务队) or, in the body, before the words
and the head (“网格发现、分级响应”\n闭环机制; not on the headline's line, where a headline's quote
meets its text's first words, nor before a preposition, which opens a paragraph), inside the words before the head or inside the head (“网格单元”的矛盾纠\n纷化解新模\n式), a
headline's doubled glyphs (“主心骨主心骨” and “主主心心骨骨” are 主心骨); spaces are dropped and
traditional script is read in a simplified copy.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from pathlib import Path

import rjieba

from transforms import folding
from transforms.lines import INVISIBLE
from transforms.scanning import occurrences

DATA = Path(__file__).parent / "data"
OPEN = "“「『‘〝\"'"  # 〝…〞 (or 〟): the double prime quotation marks of some typesetting and OCR
CLOSE = "”」』’〞〟\"'"
MAX_GAP = 4
MAX_NAME = 12
MAX_LISTED = 24  # a name of parallel parts (问题上报、分类交办、限时办结) named by a head after it
MAX_FORMULA = 24
VENUES = frozenset({"讲堂", "课堂", "驿站", "超市"})  # heads of initiative_heads.txt
# heads that end the proper name of a team, room, station or hall (not of a method: “三访五问”工作法
# is the method 三访五问); all are heads after a quote in initiative_heads.txt
NAMED_WITH_HEAD = frozenset(
    {"队", "服务队", "工作队", "室", "调解室", "工作室", "服务站", "驿站", "会客厅", "议事厅", "议事会"}
    | {"联盟", "馆", "中心", "大讲堂", "课堂", "工作站", "联络站", "服务点", "联络点", "示范点", "基地"}
    | {"之家", "书屋", "食堂"}
    | {"宣讲团", "服务团", "艺术团", "帮帮团", "智囊团", "工作组", "议事堂", "议事亭", "调解团"}
)
IDEA = "理念"  # a listed phrase naming an idea is a slogan: “人人有责、人人尽责、人人享有”的共治理念
GOALS = "目标|思路|原则|理念"  # after a head: 工作目标, a goal, not a kind of practice
MAX_NAMED_TAIL = 6  # the scorer's slack: a name annotated without its head is still found
PREPOSITIONS = "由在从对为以把将向于让使被给"
REPEATED = 3  # quoted this often, a phrase is a name the article is about
MAX_REPEATED = 8
PROBLEM = ("难", "忧", "愁")  # “爬楼难”, “停车忧”: a problem named in quotes, not a practice
ROLES = ("员", "者", "人", "长")  # 网格员, 守护者, 带头人, 楼道长: people named by their role
CN_NUMERALS = "一二三四五六七八九十百千万两"
HAN = "\u4e00-\u9fff"
# A quoted phrase, with what pages do to it: marks stacked by overprinting or doubling (「““红色物业””」:
# the match spans them) and a hard wrap line repair left inside it (“红色物\n业”: canonical_name
# drops it). A phrase cannot run over an opening mark, so a paragraph of quoted speech, which opens
# with its own mark, stays apart from the one before. ASCII marks are not stacked, and wrapped only
# inside a short phrase with no sentence punctuation: a " opens as it closes, and one left open at a
# paragraph's end (after its 。) would pair with one in the next. A long name (a formula, a dotted
# brand) in a narrow column may wrap twice.
STACKED_OPEN, STACKED_CLOSE = OPEN.rstrip("\"'"), CLOSE.rstrip("\"'")
_PLAIN = rf"[^{OPEN}{CLOSE}\n，,。；;：:！!？?…]"  # no mark, break or sentence punctuation
QUOTED = re.compile(
    rf"[{OPEN}][{STACKED_OPEN}]*((?<=[{STACKED_OPEN}])[^{OPEN}{CLOSE}]{{1,40}}|[^{OPEN}{CLOSE}\n]{{1,40}}"
    rf"|{_PLAIN}{{1,{MAX_FORMULA}}}(?:\n{_PLAIN}{{1,{MAX_FORMULA}}}){{1,2}})[{CLOSE}][{STACKED_CLOSE}]*"
)
CLAUSE = re.compile(r"[，,。、；;：:！!？?…—]")
SENTENCE = re.compile(r"[，,。；;：:！!？?…—]")  # 、 joins the parts of a listed name
DOTTED = re.compile(rf"[{HAN}]{{2,8}}(?:·[{HAN}]{{2,8}})+")  # 暖途·心守护: a brand's name
LETTERED = re.compile(rf"[A-Z][{HAN}]{{2,6}}")  # “E家通”, “I西城”: a Latin letter makes a platform's brand
FORMULA = re.compile(rf"(?:[0-9A-Z{HAN}]+\+)+[0-9A-Z{HAN}]*")
NUMERIC = re.compile(r"\d{3,6}")
# a year, or a month and day (MMDD, or MDD: “618”, “520”, shopping days and festivals)
DATE_LIKE = re.compile(r"(?:19|20)\d\d|(?:0?[1-9]|1[0-2])(?:[0-2]\d|3[01])")
HAN_ONLY = re.compile(rf"[{HAN}]+")
COUNTED = re.compile(rf"[{CN_NUMERALS}]+[大佳强]")  # 六大产业; 十佳, 百强: a ranking, an honour's
FESTIVAL = re.compile(rf"双[{CN_NUMERALS}]+")  # 双十一, 双十二: a date named by its double digits
COUNT_OF = re.compile(rf"[{CN_NUMERALS}]+[件项条批]([{HAN}]+)$")  # 十件实事: a count of a word
MEASURE_START = re.compile(r"一[个张盘股条把根本片块座口份支件次揽体站]")
MEASURE_INSIDE = re.compile(rf"[^{CN_NUMERALS}][{CN_NUMERALS}]+[米里公步次天年个张份件条分秒点层]")
ROOM_HEAD = re.compile("调\n?解\n?[室法]|工\n?作\n?室|工\n?作\n?法|警\n?务\n?室")  # also across a hard wrap
# a method numbered by its steps or parts, printed without quotes: 三单工作法, 五步工作法, 一线工作法
NUMBERED_METHOD = re.compile(rf"(?<![{CN_NUMERALS}第])[一二三四五六七八九十两][{HAN}]{{1,3}}?工作法")
NOT_NUMBERED = re.compile(r"^.[个种项类套条大些]")  # 三种工作法, 十大工作法: a count of methods
NICKNAME = re.compile(rf"(?:[{HAN}][姐哥叔姨婶嫂伯]|老[{HAN}])(?:品牌)?$")  # before a ROOM_HEAD
# an honour conferred by a level of government: “全国文明城市”, 自治区级“五星级社区”, “家庭教育示范基地”
# (a level written before the mark, or opening the phrase; a place that is a model, 示范村, 示范基地),
# or a title given to a person or a unit for merit (“优秀网格员”, “先进集体”; not “最美庭院”, which
# names a contest a practice holds)
GRADE = "(?:国家|省|市|县|区|自治区)级"
HONOUR_BEFORE = re.compile(rf"{GRADE}[{OPEN}]*$")
HONOUR_NAME = re.compile(
    rf"^(?:全国|全省|{GRADE}|优秀|先进|模范|杰出)|示范(?:性|型)?(?:社区|小区|村|乡|镇|街道|区|县|市|基地|单位|户|家庭|点|校)$"
)


@dataclass(frozen=True)
class Initiative:
    name: str
    kind: str | None
    mentions: int
    printed: str | None = None  # the name as printed, where the text was read in another script


# INVISIBLE (`lines.INVISIBLE`): format characters a PDF's text layer leaves between glyphs. The
# line repair drops them from every line an article is read from; a name is still matched without
# them in text that did not come through it (a caller's own text), like spaces
NOT_IN_NAME = re.compile(rf"[\s{INVISIBLE}{OPEN}{CLOSE}《》【】]+")
SPACES = re.compile(rf"[^\S\n]+|[{INVISIBLE}]+")


@lru_cache(maxsize=4096)
def canonical_name(name: str) -> str:
    """Fold width (＋ → +), drop spaces and quotation marks, upper-case Latin letters. Remembered:
    a short string, asked for at every quoted phrase and every name found (88,000 calls for 3,000
    articles of a 5 MB corpus), and an article quotes its phrases again and again."""
    return NOT_IN_NAME.sub("", unicodedata.normalize("NFKC", name)).upper()


@lru_cache(maxsize=4096)
def quoted_name(phrase: str) -> str:
    """The canonical name of a quoted phrase, printed once where a page doubled its glyphs (a
    doubled headline gives “主心骨主心骨”, or each glyph twice, “主主心心骨骨”: no coined name is
    two copies of one word)."""
    name = canonical_name(phrase)
    half = len(name) // 2
    doubled = half >= 2 and name[0] == name[half] and name[:half] == name[half:]
    if doubled:
        return name[:half]
    return name[::2] if _glyphs_doubled(name) else name


def _glyphs_doubled(name: str) -> bool:
    """Each character printed twice (“幸幸福福食食堂堂”), as a page's bold glyphs are read out: three
    pairs or more, as two (“星星点点”, “干干净净”) are words of their own."""
    return len(name) >= 6 and len(name) % 2 == 0 and name[::2] == name[1::2]


@lru_cache(maxsize=8)
def nfkc(text: str) -> str:
    """NFKC of the text (`folding.nfkc`), remembered for the few texts in hand: one article's text
    is folded here for its initiatives and again by keywords.tokenize; the second time costs a
    dict lookup."""
    return folding.nfkc(text)


def prepare(text: str) -> str:
    """The text as names are matched in it: folded like names, line breaks kept as boundaries,
    straight quotes paired as curly ones (`paired_quotes`)."""
    folded = SPACES.sub("", nfkc(text)).upper()
    paired = paired_quotes(folded) if '"' in folded or "'" in folded else folded
    return listed_commas(paired) if half_width(text) else paired


FULL_WIDTH_MARKS = ("、", "，", "。")


def half_width(text: str) -> bool:
    """The text prints its punctuation half-width, as a page set with ASCII marks (or a PDF's text
    layer reading them so) does: commas and stops but none of 、，。, so a , may stand for a 、."""
    return "," in text and not any(mark in text for mark in FULL_WIDTH_MARKS)


# A quoted list of parallel parts (“固点,划段,成面,连片”) and quoted names side by side (“A”,“B”),
# as a page printing , for 、 prints them
LISTED = re.compile(rf"“([{HAN}]{{2,8}}(?:,[{HAN}]{{2,8}}){{1,4}})”")
SIDE_BY_SIDE = re.compile(r"(?<=”),(?=“)")
MAX_SHORT_PART = 4


def listed_commas(text: str) -> str:
    """The ,s of a half-width text that stand for 、 read as 、 (same length): between the parts of
    a quoted phrase of two to five parts of one length, each 2-8 Chinese characters (`_one_length`:
    “网格发现,分级响应”, the steps of a practice, the shape `is_parallel` reads), and between quoted
    phrases printed side by side (“微心愿”,“解忧铺”: a list). A , elsewhere is a clause's comma,
    and a quotation's clauses (“好,我们马上去办”) differ in length."""
    text = LISTED.sub(lambda m: m.group().replace(",", "、") if _one_length(m.group(1)) else m.group(), text)
    return SIDE_BY_SIDE.sub("、", text)


def _one_length(listed: str) -> bool:
    """Parts of one length, three or more of them, or two short ones (“网格吹哨,部门报到”): two
    longer clauses of one length are as often a slogan's (“发动和依靠群众,坚持矛盾不上交”), whose
    page prints a , for its comma too."""
    sizes = [len(part) for part in listed.split(",")]
    return len(set(sizes)) == 1 and (len(sizes) >= 3 or sizes[0] <= MAX_SHORT_PART)


# A paragraph's end as the turn of straight quotes sees it: a sentence mark before a break (an ASCII
# full stop after Chinese text too, as a page printing half-width punctuation ends its sentences), or a
# blank line
BREAK = rf"(?:[。！？!?…]|(?<=[{HAN}”’」』)])\.)\n|\n\n"
PARAGRAPH_END = re.compile(rf"{BREAK}|[\"']")
PARAGRAPH_BREAK = re.compile(BREAK)
SENTENCE_MARKS = frozenset("。！？!?….")  # a closing mark stands after one (…很温馨。”)
CURLY = {'"': "“”", "'": "‘’"}  # a straight mark's opening and closing curly ones
APOSTROPHE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")  # China's, don't: no quotation mark


def paired_quotes(text: str) -> str:
    """Straight quotes as curly ones, opening and closing in turn, as full-width ones pair: a "
    opens as it closes, so a quotation left unclosed, or one too long or too wordy to be a name
    ("……。"), would otherwise pair its closing mark with the next phrase's opening one and read the
    words between as a name. Single marks turn apart from double ones: a name quoted inside a
    quotation ("县里发了'积分卡',…") is one, and a ' both opens and closes, so left straight it
    closes the quotation around it. At a paragraph's end (a sentence mark before a break, or a
    blank line) a mark left open stops, unless the next paragraph goes on with it (`carried_over`);
    a column's hard wrap inside a quoted phrase (\"红色物\n业\") keeps it. Same length as ``text``."""
    out = list(text)
    opened = dict.fromkeys(CURLY, False)
    for mark in PARAGRAPH_END.finditer(text):
        straight = mark.group()
        if straight not in CURLY:
            opened = {q: opened[q] and carried_over(text, mark.end(), q) for q in CURLY}
            continue
        if APOSTROPHE.match(text, mark.start()):
            continue
        if not opened[straight] and (mixed := _mixed_mark(text, mark.start(), straight)):
            out[mark.start()] = mixed  # “法律诊所" or "红白理事会”: pairs with the curly mark
            continue
        out[mark.start()] = CURLY[straight][opened[straight]]
        opened[straight] = not opened[straight]
    return "".join(out)


def _mixed_mark(text: str, pos: int, straight: str) -> str | None:
    """The curly mark the straight one at ``pos`` stands for when it pairs with a curly one, as a
    PDF's text layer or a typesetter mixing the two prints a name: “法律诊所" (it closes the curly
    mark open before it) or "红白理事会” (it opens the phrase the curly mark closes), within a
    name's length and with no other mark or break between; None where it pairs with straight ones."""
    opening, closing = CURLY[straight][0], CURLY[straight][1]
    before = text[max(0, pos - MAX_NAME - 1) : pos]
    last = max(before.rfind(c) for c in (opening, closing, "\n", straight))
    if last >= 0 and before[last] == opening and not SENTENCE.search(before, last):
        return None if _quoted_inside(text, pos, straight) else closing
    after = text[pos + 1 : pos + MAX_NAME + 2]
    ends = [i for i in (after.find(c) for c in (opening, closing, "\n", straight)) if i >= 0]
    first = min(ends, default=-1)
    if first >= 0 and after[first] == closing and not SENTENCE.search(after, 0, first):
        return opening
    return None


JOINS_ONLY = re.compile(r"[、和与及或，,\s]*")  # what a list sets between two quoted names


def _quoted_inside(text: str, pos: int, straight: str) -> bool:
    """The straight mark at ``pos`` opens a phrase another one closes within a name's length, inside
    a curly quotation (他说：“要推行"清风小站"模式。”): a name quoted in a quotation, as a page that
    sets a quotation's own marks curly prints the inner ones straight. Not where the straight marks
    hold only a list's join between two names (“法律诊所"和"红白理事会”: each pairs with a curly one)."""
    other = text.find(straight, pos + 1, pos + MAX_NAME + 2)
    inner = text[pos + 1 : other]
    if other < 0 or any(c in inner for c in (*CURLY[straight], "\n")):
        return False
    return JOINS_ONLY.fullmatch(inner) is None and not SENTENCE.search(inner)


def carried_over(text: str, start: int, mark: str) -> bool:
    """A quotation left open before ``start`` goes on in the paragraph from there: that paragraph's
    first straight ``mark`` stands where a closing one does (first on its line before a mark or a
    letter, as a wrap puts it on a page printing straight quotes; first before a Chinese character
    it opens, as each paragraph of a quotation over several opens again; or after a sentence's
    mark: …练习。"),
    or the paragraph holds an odd number of them, so that its first closes the quotation and the
    rest pair among themselves (a quotation over two paragraphs closes in the second). A paragraph
    end that a line repair read where a sentence ends inside a quotation is as common as a stray
    mark left open, which the paragraphs after it, their marks pairing, leave stopped."""
    end = PARAGRAPH_BREAK.search(text, start)
    stop = end.start() if end else len(text)
    first = text.find(mark, start, stop)
    at_start = first == start and not ("\u4e00" <= text[first + 1 : first + 2] <= "\u9fff")
    closing = at_start or (first > start and text[first - 1] in SENTENCE_MARKS)
    return closing or text.count(mark, start, stop) % 2 == 1


def read_lines(file_name: str) -> list[str]:
    lines = (DATA / file_name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def wrapped_alternation(words: list[str]) -> str:
    """`alternation`, each word also printed across a hard wrap (治理模\n式)."""
    return "|".join("\n?".join(map(re.escape, w)) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def head_of(after: re.Match[str]) -> str:
    """The head noun of a match of the after-quote pattern (``heads()[0]``), without a wrap in it."""
    return after.group(1).replace("\n", "")


@cache
def heads() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Patterns for a head after the closing quote (with its gap) and for a head ending a name, and
    the heads that end only a phrase the general dictionary does not know (``coined``)."""
    after, suffix, coined = [], [], []
    for line in read_lines("initiative_heads.txt"):
        head, _, where = line.partition(" ")
        where = where.strip() or "both"
        if where in ("both", "after"):
            after.append(head)
        if where in ("both", "suffix", "coined"):
            suffix.append(head)
        if where == "coined":
            coined.append(head)
    # a gap's character may end a hard-wrapped line (“网格单元”的矛盾纠\n纷化解新模式): a line that
    # stops inside a gap, no punctuation before its break, is a column's line, not a paragraph's end
    word = rf"(?:(?![等和与及的])[{HAN}]\n?)"
    gap = rf"{word}{{0,{MAX_GAP}}}?"
    far = rf"\n?的\n?{word}{{0,8}}?"  # no paragraph opens with 的: a break before it is a wrap
    wrapped = r"\n"  # a hard wrap right before the head (one before a gap: `_head_match`)
    first = "".join(sorted({h[0] for h in after}))  # fails fast at each length of the gap
    bare_zhi = rf"(?<=[{CLOSE}])制(?![{HAN}])"  # “街巷长”制，: a 制 right after the mark and alone
    # a head that qualifies a goal or an idea (工作目标, 工作思路) is no head: a slogan's, not a practice's
    head = rf"({wrapped_alternation(after)}|{bare_zhi})(?![者员是]|{GOALS})"
    after_head = rf"(?:{wrapped}|{far}|(?:的)?{gap})(?=[{first}]){head}"
    return re.compile(after_head), re.compile(rf"({alternation(suffix)})$"), frozenset(coined)


@cache
def lead_verbs() -> tuple[str, ...]:
    return tuple(read_lines("initiative_verbs.txt"))


@cache
def build_verbs() -> tuple[str, ...]:
    return tuple(read_lines("initiative_build_verbs.txt"))


def after_lead_verb(text: str, start: int, name: str = "") -> bool:
    """The quoted phrase ``name`` opening at ``start`` follows a verb that introduces a coined name
    (at most one character between), or one that builds, opens or names a thing and the phrase is
    no dictionary word (打造“邻里守望”, not 打造“升级版”). A column's hard wrap inside the verb or
    after it (评\n上“星级户”) is read through; a blank line, a paragraph's end, is not."""
    before = text[max(0, start - 6) : start].rsplit("\n\n", 1)[-1].replace("\n", "")[-4:]
    if before.endswith(lead_verbs()) or before[:-1].endswith(lead_verbs()):
        return True
    built = before.endswith(build_verbs()) or before[:-1].endswith(build_verbs())
    return built and not rjieba.has_word(name)


# the kind of a thing a place names: written after its quoted name, at the end of a clause that
# defines it (“和事佬”是该镇打造的人民调解品牌。), or before it when it names a team or a medium
# (志愿者团队“小红帽”, 微信小程序“随手拍”; not 打造社区品牌“新亮点”, a figure of speech)
KINDS = "团队|队伍|服务队|品牌|平台|小程序|公众号|栏目|项目|阵地|载体|模式|机制|做法|工作法"
KIND_BEFORE = re.compile(r"(?:团队|队伍|服务队|志愿队|小程序|公众号|平台|栏目|APP)\n?$")
DEFINED = re.compile(rf"\n?是(?:[{HAN}]\n?){{1,14}}?(?:{KINDS})(?=[，,。；;！!？?\n]|$)")


def introduced(text: str, quote: re.Match[str], name: str) -> bool:
    """The quoted phrase ``name`` (``quote``: its match) is introduced as a coined name: after a
    verb that introduces one (`after_lead_verb`), after the kind of thing it names (团队“小红帽”),
    as the subject of a clause that says what kind of thing it is (“和事佬”是该镇打造的人民调解
    品牌。: the clause ends in the kind, so “最后一公里”是群众最关心的事 is no name), as a term the
    text explains (`EXPLAINED`), or where the sentence puts a named thing (`placed_as_name`)."""
    start = quote.start()
    if KIND_BEFORE.search(text, max(0, start - 4), start) or _named_so(text, quote):
        return True  # a team's name may be two characters: 志愿团队“萤火”; 一支名为“夕阳红”的队伍
    if len(name) < 3 or FIGURE_BEFORE.search(text, max(0, start - 10), start):
        return False
    return (
        after_lead_verb(text, start, name)
        or DEFINED.match(text, quote.end()) is not None
        or EXPLAINED.match(text, quote.end()) is not None
        or _owned_by_place(text, start, name)
        or placed_as_name(text, quote, name)
    )


# a coined term the text goes on to explain: “三清单”，即…; “黑榜”，指的是…
EXPLAINED = re.compile(r"\n?[，,]?\n?(?:即|是指|指的是|就是指)(?![使便将])")


# where a sentence puts a thing it names, not a quality or a saying: the means a practice works
# through (依托“石榴红”, 借助“云上村委”, 以“五社联动”为抓手), the place or medium something happens in
# (在“暖心巴士”上, 在小小的“巷道会议”中), the subject that acts (“邻里帮帮团”成立以来, “小院议事”让…)
MEANS_BEFORE = re.compile(r"(?:依托|通过|借助)\n?$")  # not 利用, 凭借, 用好: time, renown, data
MEANS_FRAME = re.compile(r"\n?为\n?(?:抓手|载体|平台|依托|纽带|牵引|切口|切入点|突破口|引领)")
JOIN_BEFORE = re.compile(r"(?:加入|参加|参与|报名)了?\n?$")  # what one joins: a team, a programme
MEMBER_AFTER = re.compile(r"\n?的?(?:发起人|创办人|召集人|牵头人|负责人|队长|成员|一员)")  # its people
IN_BEFORE = re.compile(rf"在[{HAN}]{{0,5}}\n?$")  # the words before 在…“ stay in one clause
# 在“…”中 is mostly during a process (在“疫情防控”中), and 在…上 an effort's field (在“小切口”上做文章)
LOCATIVE_AFTER = re.compile(r"\n?(?:[里内旁边]|上(?!下功夫|做文章|发力|用力|着力|见实效))")
CLAUSE_OPEN = re.compile(rf"(?:^|[\n，,。；;！!？?：:{CLOSE}])$")
ACTING = ("v", "d", "p")  # jieba's tags of a verb, an adverb (共, 已), a preposition (为, 把)
# not the copula (“有事找我”是他的口头禅: DEFINED decides a 是) nor a modal, what people ought to do
# (“关键少数”要带头)
NOT_ACTING = frozenset({"是", "要", "应", "应该", "应当", "必须", "需要", "得", "能", "可以"})


def placed_as_name(text: str, quote: re.Match[str], name: str) -> bool:
    """A coined word (`_coined_word`; not a problem) that the sentence treats as a thing with a
    name: a means (`MEANS_BEFORE`, 以…`MEANS_FRAME`), what one joins (`JOIN_BEFORE`), what has
    members or a founder (`MEMBER_AFTER`: “银发先锋”的发起人), a place (上, 里, 中, 内 after the
    mark, after 在 or opening a clause), or the subject of a clause it opens, followed by what it
    does (a verb, an adverb); not
    when another quoted phrase follows in that clause (“小切口”撬动“大治理”, “小网格”做实“大文章”:
    a figure of contrast)."""
    if (
        not _coined_word(name)
        or name.endswith(PROBLEM + PEOPLE_ENDS)
        or SAYING.search(name)
        or _measured(name)
    ):
        return False
    if rjieba.tag(name)[-1][1] in ("f", "t"):
        return False  # “晚饭后”, “周末里”: a time or a place, not a thing
    start, end = quote.start(), quote.end()
    if MEANS_BEFORE.search(text, max(0, start - 3), start) or JOIN_BEFORE.search(
        text, max(0, start - 4), start
    ):
        return True
    if MEMBER_AFTER.match(text, end):
        return True
    if text[max(0, start - 1) : start] == "以" and MEANS_FRAME.match(text, end):
        return True
    if IN_BEFORE.search(text, max(0, start - 7), start) and LOCATIVE_AFTER.match(text, end):
        return True
    opens = CLAUSE_OPEN.search(text, max(0, start - 1), start) is not None
    opens = opens or OWNER_BEFORE.search(text, max(0, start - 5), start) is not None
    return opens and (_acts(text, end) or LOCATIVE_AFTER.match(text, end) is not None)


# a place's own thing opening its clause (村里的“乡村振兴讲习所”每月开讲, 社区“长者饭堂”每天供餐): the
# place, or its level alone, before the quotation, with or without 的
OWNER_BEFORE = re.compile(
    r"(?:^|[\n，,。；;！!？?：:])(?:村|社区|小区|街道|镇|乡|村里|镇里|社区里|小区里)\n?的?\n?$"
)
FREQUENCY = re.compile(r"每[天日周月年晚]|天天|常年")  # 每天, 每月: how often, before the verb


# “小区是我家”, “家门口的服务站”: a saying or a description, not a thing's name
SAYING = re.compile("[是我你您咱他她的]")
# people named by what they are: “新市民”, “上班族”, “光荣户”, “敲门嫂” (as ``ROLES``)
PEOPLE_ENDS = ("民", "族", "户", "贤", "哥", "姐", "嫂", "叔", "伯", "姨", "婶", "舅", "娘")


def _measured(name: str) -> bool:
    """A count or a measure phrase (“三大攻坚战”, “最后一公里”): words with a numeral that
    `is_numeral_name` does not take for a name."""
    return any(c in CN_NUMERALS for c in name) and not is_numeral_name(name)


def _acts(text: str, end: int) -> bool:
    """The words after a closing mark at ``end`` say what the quoted thing does: the clause opens
    with a verb (not the copula or a modal), an adverb or a preposition, and holds no other quoted
    phrase."""
    clause = CLAUSE.split(text[end : end + 20].split("\n")[0], maxsplit=1)[0]
    if not clause or any(mark in clause for mark in OPEN):
        return False
    tokens = rjieba.tag(clause)
    if len(tokens) > 1 and FREQUENCY.fullmatch(tokens[0][0]):
        tokens = tokens[1:]  # “长者饭堂”每天为老人供餐: how often, then what it does
    word, tag = tokens[0]
    if tag == "vn":  # “…”建设加快推进: a verbal noun, the kind of the subject; “…”启动以来: a verb
        return len(tokens) > 1 and tokens[1][1].startswith(("f", "u"))
    return tag.startswith(ACTING) and word not in NOT_ACTING


# the text says what a thing is named: 一支名为“夕阳红”的志愿服务队 (a word or not)
NAMED_BEFORE = re.compile(r"(?:名为|名叫|取名为?|起名为?|命名为|冠名为?)\n?$")
NAMED_THING = re.compile(rf"\n?的\n?([{HAN}]{{1,8}})")
PERSON_NOUN = re.compile(rf"[{HAN}]{{0,3}}[{''.join(ROLES + PEOPLE_ENDS)}]")  # 的快递员, 的老人: a person


def _named_so(text: str, quote: re.Match[str]) -> bool:
    """The quoted phrase is what a thing is named (名为“夕阳红”的志愿服务队), a thing and not a
    person (名叫“阿强”的快递员) or a place named with no kind after it (取名“和睦巷”)."""
    if not NAMED_BEFORE.search(text, max(0, quote.start() - 4), quote.start()):
        return False
    thing = NAMED_THING.match(text, quote.end())
    return thing is not None and PERSON_NOUN.match(thing.group(1)) is None


# what a thing became or is to someone (成了居民的“信息中转站”, 是群众的“贴心人”): a figure of speech
FIGURE_BEFORE = re.compile(rf"(?:成了|成为|变成|化身|当好|是)[{HAN}\n]{{0,6}}的\n?$")


PLACE_BEFORE = re.compile(r"(?:村|社区|街道|镇|乡|县|区|市)\n?$")


def _owned_by_place(text: str, start: int, name: str) -> bool:
    """A coined word (no dictionary word, not all numerals) quoted right after a named place and
    its level: the place's own name for a practice (砚池街道“老有我伴”; not 社区“红马甲”, a word, nor
    全市“十四五”, 小区“充电难”, a problem, nor 社区“能提供什么”, a question; nor after a word that
    only ends in a level, 农村“沉睡资源”, 全市“协约化”)."""
    return (
        PLACE_BEFORE.search(text, max(0, start - 3), start) is not None
        and _coined_word(name)
        and not all(c in CN_NUMERALS for c in name)
        and not name.endswith(PROBLEM)
        and QUESTION.search(name) is None
        and _named_place_before(text, start)
    )


def _named_place_before(text: str, start: int) -> bool:
    """The words before ``start`` end in a place's name with its level, as the tagger cuts them:
    one place (鲁甸县, 平度市), or a level after a place's name (东坪 社区, 柳湾 村) or after a name
    written under a larger place (鲁甸县 砚池 街道); not a word that ends in a level (农村, 全市,
    小区), a level alone (从社区) or after a common word (城乡 社区)."""
    tokens = rjieba.tag(text[max(0, start - 12) : start].replace("\n", ""))
    word, tag = tokens[-1] if tokens else ("", "")
    if tag == "ns" and word.endswith(PLACE_LEVELS):
        return True
    if word not in PLACE_LEVELS or len(tokens) < 2:
        return False
    name, kind = tokens[-2]
    larger = tokens[-3] if len(tokens) >= 3 else ("", "")
    under = larger[1] == "ns" and larger[0].endswith(PLACE_LEVELS)
    return len(name) >= 2 and (kind == "ns" or under)


QUESTION = re.compile("什么|怎么|怎样|如何|为何|哪|谁|吗|呢")


@cache
def curated() -> re.Pattern[str]:
    """The curated names, each also printed across a hard wrap (枫桥经\n验: a column's line ends
    inside it)."""
    names = sorted({canonical_name(n) for n in read_lines("initiatives.txt")}, key=lambda w: (-len(w), w))
    return re.compile("|".join("\n?".join(map(re.escape, name)) for name in names))


def suffix_head(name: str) -> str | None:
    """The head noun ending a quoted name, with at least two characters before it, or one before
    a venue (“微讲堂”, “云课堂”: a place whose coined name can be a single character)."""
    match = heads()[1].search(name)
    if not match:
        return None
    head = match.group(1)
    if head in heads()[2] and (rjieba.has_word(name) or rjieba.has_word(name[-2:])):
        return None  # a word (朋友圈), or ends in one that is no head (大舞台, 温馨港湾): no coined name
    before = len(name) - len(head)
    return head if before >= 2 or (before == 1 and head in VENUES) else None


def head_after(text: str, pos: int, name: str) -> re.Match[str] | None:
    """The head after a quoted phrase ``name`` closing at ``pos`` (``heads()[0]``). One reached
    past a 的 names the phrase's kind only when the phrase is no word of the general dictionary:
    被称为“轻骑兵”的小分队 is a figure of speech (a word), “邻里守望”的互助模式 a coined name. One
    past a break and words that open with a preposition is a paragraph's, not a wrap's: a body's
    subheading …支部“主心骨” before a paragraph 在队伍建设方面."""
    match = _head_match(text, pos)
    if not match:
        return None
    gap = text[pos : match.start(1)]
    words = gap.replace("\n", "")
    if "的" in words and rjieba.has_word(name):
        return None
    if gap.startswith("\n") and words and words[0] in PREPOSITIONS:
        return None
    return match


def _head_match(text: str, pos: int) -> re.Match[str] | None:
    """``heads()[0]`` at ``pos``, or past a break right there when it is a column's hard wrap: one
    in the body (past the headline's line, where a headline's quote meets its text's first words)
    that the line repair left after a closing mark, “网格发现、分级响应”\n闭环机制."""
    match = heads()[0].match(text, pos)
    if match or not text.startswith("\n", pos) or text.find("\n") >= pos:
        return match
    return heads()[0].match(text, pos + 1)


def following_head(text: str, pos: int) -> str | None:
    match = _head_match(text, pos)
    return head_of(match) if match else None


def is_formula(name: str) -> bool:
    return len(name) <= MAX_FORMULA and FORMULA.fullmatch(name) is not None


def is_pairing(name: str) -> bool:
    """Two numbers added (“5+2”, a working week) or two opposite words that share a character
    (“线上+线下”, online and off): a way of speaking, a name only with a head after it (“5+2”工作机制);
    not two words of a practice (“展示+点评”, “党建+物业”)."""
    parts = name.split("+")
    if len(parts) != 2:
        return False
    a, b = parts
    opposite = len(a) == len(b) == 2 and HAN_ONLY.fullmatch(a + b) is not None and bool(set(a) & set(b))
    return (a.isdigit() and b.isdigit()) or opposite


# a copula inside a quoted phrase makes it a sentence, a slogan (“绿水青山就是金山银山”), as 以…为
# does (“以人民为中心”: its 中心 is no hall)
COPULA = re.compile(r"就是|才是|即是|都是|也是|不是|^以.+为")


def is_numeric_name(name: str, head: str | None) -> bool:
    if not NUMERIC.fullmatch(name):
        return False
    return head is not None or not DATE_LIKE.fullmatch(name)


def is_numeral_name(name: str) -> bool:
    """A coined name with a Chinese numeral (七先七后), not an idiom or set phrase jieba knows."""
    if not (3 <= len(name) <= 8 and HAN_ONLY.fullmatch(name)):
        return False
    if not any(c in CN_NUMERALS for c in name) or all(c in CN_NUMERALS for c in name):
        return False
    if "第" in name or MEASURE_START.match(name) or MEASURE_INSIDE.search(name) or COUNTED.match(name):
        return False
    if FESTIVAL.fullmatch(name):
        return False  # “双十一”, a shopping day
    if (counted := COUNT_OF.match(name)) and rjieba.has_word(counted.group(1)):
        return False  # “十件实事”: ten things of a kind, not “四个一”
    return not rjieba.has_word(name)


def quoted_kind(
    name: str, head: str | None, introduced: Callable[[], bool] = lambda: False
) -> tuple[bool, str | None]:
    """(is an initiative, kind) for one quoted phrase, the head noun that follows it, and whether
    a verb that introduces a coined name stands before it (asked only where that decides: most
    phrases are decided before)."""
    ok, kind, asks = _quoted_verdict(name, head)
    return (introduced(), None) if asks else (ok, kind)


@lru_cache(maxsize=8192)
def _quoted_verdict(name: str, head: str | None) -> tuple[bool, str | None, bool]:
    """`quoted_kind` as the phrase and its head decide it: (is an initiative, kind, whether the
    verb before it decides instead). Remembered: a pure function of two short strings, asked at
    every quoted phrase (33,000 over 713 pages, a name quoted again at each mention)."""
    if is_formula(name):
        return head is not None or not is_pairing(name), head, False
    if is_numeric_name(name, head):
        return True, head, False
    if head and head != IDEA and "、" in name and not SENTENCE.search(name) and len(name) <= MAX_LISTED:
        return True, head, False  # “问题上报、分类交办、限时办结、回访评价”闭环机制
    if not head and is_parallel(name):
        return False, None, True  # 推行“网格吹哨、部门报到”: the verb before it decides
    if (DOTTED.fullmatch(name) and len(name) <= MAX_LISTED) or LETTERED.fullmatch(name):
        return True, head, False
    own = suffix_head(name)
    if CLAUSE.search(name) or COPULA.search(name) or not 2 <= len(name) <= MAX_NAME:
        return False, None, False
    if name.endswith("式") and not own:
        return False, None, False
    if head or own:
        return True, head or own, False
    if is_numeral_name(name):
        return True, None, False
    return False, None, not name.endswith(ROLES)  # a role is people, not a practice


# a title after the closing mark: 获评“十佳网格员”称号, 享有“XX之乡”美誉 (an honour's list, as is_honour)
TITLE_AFTER = re.compile(r"\n?(?:荣誉称号|光荣称号|称号|美誉|美称|之称|头衔)")
# a kind of people after the closing mark: “一老一小”群体, “两新”人员 (whom a practice serves)
PEOPLE_AFTER = re.compile(r"\n?(?:群体|人群|人员|们|家庭|对象|需求)")  # and their needs
# a name others give (被居民称为“小巷管家”, 誉为“城市啄木鸟”): a nickname, a figure of speech, unless
# the phrase ends in the kind of a practice (被称为“老街坊工作法”)
CALLED_BEFORE = re.compile(r"(?:[称誉叫唤喊](?:为|作|做)|称[之他她它其]们?为)\n?$")
PRACTICE_KINDS = ("模式", "机制", "经验", "做法", "制度", "体系", "法")


def is_figure(text: str, start: int, name: str) -> bool:
    """The quoted phrase opening at ``start``, with no head after it, is a figure of speech: what
    a thing became or is to someone (`FIGURE_BEFORE`), or what people call it (`CALLED_BEFORE`)."""
    if FIGURE_BEFORE.search(text, max(0, start - 10), start):
        return True
    return CALLED_BEFORE.search(text, max(0, start - 6), start) is not None and not name.endswith(
        PRACTICE_KINDS
    )


def predicated(text: str, quote: re.Match[str]) -> bool:
    """The quoted phrase is what a clause says of its subject: the clause opens with a noun or a
    pronoun, no verb, right before the mark, and clause punctuation (or the text's end) follows it
    (社区干部“一人多岗”，; not 推进各类网格“多格合一”，, the outcome of a verb)."""
    start, end = quote.start(), quote.end()
    if end < len(text) and text[end] not in "，,。；;！!？?\n":
        return False
    clause = re.split(r"[，,。；;：:！!？?、\n]", text[max(0, start - 10) : start])[-1]
    tags = [tag for _, tag in rjieba.tag(clause)] if clause else []
    return bool(tags) and tags[-1].startswith(("n", "r")) and not any(t.startswith("v") for t in tags)


# people named by their post or role right before a quoted numeral phrase: 网格员“一岗多责”
ROLE_BEFORE = re.compile(r"(?:[员者]|干部|党员)\n?$")


def _duty_of(text: str, quote: re.Match[str]) -> bool:
    """The quoted numeral phrase says what people do: what a clause says of its subject
    (`predicated`), or printed right after people named by their role (推行网格员“一岗多责”)."""
    return (
        predicated(text, quote)
        or ROLE_BEFORE.search(text, max(0, quote.start() - 3), quote.start()) is not None
    )


def is_parallel(name: str) -> bool:
    """Two to four parts of one length joined by 、, each 2-6 Chinese characters: the shape of a
    practice named by its steps (“网格吹哨、部门报到”, “周调度、月通报、季考评”), as of a slogan's
    (“早发现、早介入、早处置”), so only a verb that introduces a name tells them apart."""
    parts = name.split("、")
    sizes = {len(part) for part in parts}
    return (
        2 <= len(parts) <= 4
        and len(sizes) == 1
        and 2 <= min(sizes) <= 6
        and all(map(HAN_ONLY.fullmatch, parts))
    )


def is_honour(text: str, start: int, name: str) -> bool:
    """An honour a level of government confers (“全国文明城市”, 省级“五星级社区”, “平安建设示范村”):
    a title, not a name the place coined; a list holding one is a list of titles."""
    return (
        HONOUR_NAME.search(name) is not None
        or HONOUR_BEFORE.search(text, max(0, start - 5), start) is not None
    )


def _coined_list(text: str, members: list[re.Match[str]], names: list[str]) -> bool:
    """Quoted phrases printed side by side (or joined by 、) that are all coined words: a list of
    names (“微心愿”“解忧铺”), even with no head. Not phrases joined by 和 or 与 (“千里眼”与“顺风耳”,
    a pair of images), nor a list of roles (“城市观察员”“兼职网格员”: people, not practices)."""
    joined = all(text[a.end() : b.start()] in ("", "、") for a, b in zip(members, members[1:], strict=False))
    return joined and all(_coined_word(name) and not name.endswith(ROLES) for name in names)


def _coined_word(name: str) -> bool:
    """Chinese characters, 2 to ``MAX_REPEATED`` of them, that the general dictionary does not know
    as a word."""
    return (
        2 <= len(name) <= MAX_REPEATED and HAN_ONLY.fullmatch(name) is not None and not rjieba.has_word(name)
    )


def named_with_head(after: re.Match[str], name: str) -> str:
    """The name with the words after its closing mark up to a head in ``NAMED_WITH_HEAD`` (``after``:
    the head's match there), which are part of it: “红驿先锋”志愿服务队 is a team called 红驿先锋志愿服务队.
    Not when the quoted phrase ends in a head of its own (other than a ``coined`` one), nor past a
    的, a preposition or ``MAX_NAMED_TAIL`` characters."""
    own = suffix_head(name)
    if after.group(0) == "制":
        return name + "制"  # “街巷长”制 is the system 街巷长制, as 河长制 is
    if head_of(after) not in NAMED_WITH_HEAD or (own and own not in heads()[2]):
        return name  # not after “红帆驿站”; after “和美坊”, whose 坊 names a place, not its kind
    tail = after.group(0).replace("\n", "")  # “红石榴”\n联盟: a wrap after the mark
    if len(tail) > MAX_NAMED_TAIL or not HAN_ONLY.fullmatch(tail) or "的" in tail or tail[0] in PREPOSITIONS:
        return name
    return name + tail


def quoted_candidates(
    text: str, quotes: list[re.Match[str]]
) -> tuple[list[tuple[int, str, str | None]], dict[str, str]]:
    """Quoted phrases that are initiatives (``quotes``: the text's QUOTED matches), and the quoted
    phrase of each name that took its head in (`named_with_head`: 红帆志愿服务队 -> 红帆, the words
    its later mentions use). A list of quoted phrases printed side by side (“微心愿”“解忧铺”, or
    joined by 、) shares the head after its last member (“说和桌”“暖心坊”等4个特色调解品牌), and when
    one member is an initiative the others are too."""
    found, paired = _paired_candidates(text, quotes)
    quoted_as: dict[str, str] = {}
    people = {quoted_name(m.group(1)) for m in quotes if PEOPLE_AFTER.match(text, m.end())}
    for members in _quoted_lists(text, quotes):
        members = [m for m in members if m.start() not in paired]
        if not members:
            continue
        shared = None
        if len(members) > 1:
            tail = LIST_TAIL.match(text, members[-1].end())  # matches, maybe empty
            shared = following_head(text, tail.end()) if tail else None
        decided: list[tuple[re.Match[str], str, bool, str | None]] = []
        honours = False
        for m in members:
            quoted = m.group(1)
            name = quoted_name(quoted)
            if is_honour(text, m.start(), name) or TITLE_AFTER.match(text, m.end()):
                honours = True
                decided.append((m, name, False, None))
                continue
            if SENTENCE.search(quoted) and not is_formula(name):
                decided.append((m, name, False, None))
                continue
            after = head_after(text, m.end(), name)
            head = head_of(after) if after else None
            if not after and is_figure(text, m.start(), name):
                decided.append((m, name, False, None))  # 成了居民的“信息中转站”: a figure of speech
                continue
            ok, kind = quoted_kind(name, head or shared, partial(introduced, text, m, name))
            if ok and not (head or shared) and name in people:
                ok = False  # “一老一小”群体: a kind of people the article serves
            elif ok and not (head or shared) and is_numeral_name(name) and _duty_of(text, m):
                ok = False  # 干部“一人多岗”，, 网格员“一岗多责”: what people do, not a practice's name
            full = named_with_head(after, name) if ok and after else name
            if full != name:
                quoted_as[full] = name
            decided.append((m, full, ok, kind))
        listed = (
            len(members) > 1
            and not honours
            and (
                any(ok for _, _, ok, _ in decided)
                or _coined_list(text, members, [name for _, name, _, _ in decided])
            )
        )
        for m, name, ok, kind in decided:
            if ok or (
                listed and 2 <= len(name) <= MAX_NAME and not CLAUSE.search(name) and not name.endswith(ROLES)
            ):
                found.append((m.start(1), name, kind))
    return found, quoted_as


def _paired_candidates(
    text: str, matches: list[re.Match[str]]
) -> tuple[list[tuple[int, str, str | None]], set[int]]:
    """Names spread over two quoted phrases joined by a verb and followed by a head (“小积分”激活
    “大德治”体系): one name, the quotes dropped. Returns the names and where their halves start."""
    found: list[tuple[int, str, str | None]] = []
    paired: set[int] = set()
    for first, second in zip(matches, matches[1:], strict=False):
        if second.start() - first.end() not in (2, 3) or first.start() in paired:
            continue  # the verb is two characters: most pairs are ruled out without a slice
        verb = text[first.end() : second.start()].lstrip("\n")  # “小积分”\n激活“大德治”: a wrap
        if not PAIR_VERB.fullmatch(verb):
            continue
        halves = first.group(1) + second.group(1)
        head = following_head(text, second.end())
        if head and not CLAUSE.search(halves):
            found.append((first.start(1), canonical_name(first.group(1) + verb + second.group(1)), head))
            paired |= {first.start(), second.start()}
    return found, paired


# a two-character verb (激活, 撬动); not a copula or a change of state (“A”成为“B”, “A”变为“B”)
PAIR_VERB = re.compile(rf"(?:(?![是为变到成和与及的等])[{HAN}]){{2}}")
LIST_JOIN = re.compile(r"[、和与及]?")
LIST_TAIL = re.compile(rf"等?(?:\d+|[{CN_NUMERALS}]+)?[个项大种类支家]?")


def _quoted_lists(text: str, quotes: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The quoted phrases of ``text``, grouped into lists of phrases printed side by side."""
    groups: list[list[re.Match[str]]] = []
    for match in quotes:
        if groups:
            prev = groups[-1][-1]
            if match.start() - prev.end() <= 1 and LIST_JOIN.fullmatch(text, prev.end(), match.start()):
                groups[-1].append(match)
                continue
        groups.append([match])
    return groups


def repeated_candidates(quotes: list[re.Match[str]], taken: set[str]) -> list[tuple[int, str, str | None]]:
    """Phrases the article quotes ``REPEATED`` times or more (“铁三角” … “铁三角” … “铁三角”): a
    coined name the article is about, unless it names a problem (“爬楼难”) or is part of a name
    already found (“黑榜” of “红黑榜”). The text is prepared (folded, no spaces), so a phrase of
    Chinese characters is its own canonical name once `quoted_name` has dropped a hard wrap and
    a page's doubled glyphs."""
    phrases = [quoted_name(m.group(1)) for m in quotes]  # a doubled headline's “微网格微网格” too
    counts: Counter[str] = Counter(phrases)
    if not counts or max(counts.values()) < REPEATED:
        return []  # most articles
    first: dict[str, int] = {}
    for m, phrase in zip(quotes, phrases, strict=True):
        first.setdefault(phrase, m.start(1))
    return [
        (first[name], name, None)
        for name, n in counts.items()
        if n >= REPEATED
        and HAN_ONLY.fullmatch(name)
        and 3 <= len(name) <= MAX_REPEATED
        and not name.endswith(PROBLEM)
        and not any(name in other for other in taken)
    ]


def headline_candidates(
    text: str, quotes: list[re.Match[str]], taken: set[str]
) -> list[tuple[int, str, str | None]]:
    """Coined words the body quotes and the headline (the text's first line) opens with or opens
    a clause with, quoted or not (`headline_clauses`): what the article is about (小院议事议出大变化
    … 桃源村的“小院议事”又开讲了), unless a problem, people, a saying or a measure (告别“停车难”),
    an honour, or part of a name found; nor where the headline quotes words apart, a figure of
    contrast (“小网格”做实…“大文章”)."""
    line_end = text.find("\n")
    if line_end < 0 or not quotes or quotes[-1].start() < line_end:
        return []
    quoted = [m for m in quotes if m.end() <= line_end]
    if any(b.start() - a.end() > 1 for a, b in zip(quoted, quoted[1:], strict=False)):
        return []  # “小网格”做实乡村治理“大文章”: a figure of contrast, its words no names
    headline = text[:line_end]
    clauses = headline_clauses(headline)
    found: list[tuple[int, str, str | None]] = []
    for m in quotes:
        if m.start() < line_end or m.group(1)[:2] not in headline:
            continue  # most quoted phrases: the headline prints none of them (a wrap at most after two)
        name = quoted_name(m.group(1))
        if not any(clause.startswith(name) for clause in clauses) or any(name in other for other in taken):
            continue
        if _headline_subject(name) and not is_honour(text, m.start(), name):
            found.append((m.start(1), name, None))
            taken = taken | {name}
    return found


HEADLINE_BREAK = re.compile(r"[，,：:；;！!？?—\-·|]+")


def headline_clauses(headline: str) -> list[str]:
    """The headline's clauses, quotation marks dropped: a name opening one stands where the
    headline's subject does (小院议事议出大变化, 东坪：“红管家”上岗记), not where a verb acts on it
    or it is a means (…激活青年治理力量, 以党建引领构建…)."""
    return HEADLINE_BREAK.split(NOT_IN_NAME.sub("", headline))


# a headline's slogan, not a practice's name: a negation (小事不出村) or a causative opening
# (让数据多跑路); the reports' annotators leave such sayings out
SLOGAN_NEGATION = re.compile("[不没无莫别]")
SLOGAN_OPENINGS = ("让", "使", "把", "叫", "要")


def _slogan(name: str) -> bool:
    """A saying, by jieba's words: a causative word opening it (让/数据多跑路), or a negation in a
    word after its first (小事/不出/村: a subject, then what it does not do). A negation or such a
    character opening the name's first word makes a name (不见面审批, 无证明城市, 无人机巡田,
    要事快办, 把脉问诊)."""
    words = rjieba.cut(name)
    if not words:
        return False
    return words[0] in SLOGAN_OPENINGS or any(SLOGAN_NEGATION.search(w) for w in words[1:])


def _headline_subject(name: str) -> bool:
    """A coined word of 3-8 characters that names no problem, people, saying, slogan, measure or
    extent (“全覆盖”, “全天候”: how far or how long a thing is done)."""
    return (
        len(name) >= 3
        and not name.startswith("全")
        and not _slogan(name)
        and _coined_word(name)
        and not name.endswith(PROBLEM + ROLES + PEOPLE_ENDS)
        and SAYING.search(name) is None
        and not _measured(name)
    )


def unquoted_candidates(text: str) -> list[tuple[int, str, str | None]]:
    names = [(m.start(), m.group(0).replace("\n", "")) for m in curated().finditer(text)]
    found = [(start, name, suffix_head(name)) for start, name in names if not _called(text, start, name)]
    by_place = place_methods(text)
    numbered = [c for c in numbered_methods(text) if not _inside(c, by_place)]
    return found + named_rooms(text) + numbered + by_place + titled_programmes(text) + headed_programmes(text)


# heads that end a programme's or a place's own name printed without quotes after the verb that
# sets it up (实施清风护廉行动, 建成小哥之家服务站); the words before the head say whether it is coined
BARE_HEADS = ("服务站", "驿站", "平台", "工程", "行动", "计划", "机制", "制度", "品牌", "工作法", "模式")
MEANS_VERBS = ("依托", "借助")
FUNCTION_TAGS = ("r", "m", "q", "d", "p", "c", "u")  # jieba's pronouns, numerals, measures, adverbs …


@cache
def bare_head() -> re.Pattern[str]:
    """A head of ``BARE_HEADS``. The heads are found first and the verb read back from each: they
    are rare, and a scan for ~40 verbs at every character of an article cost more than the rest of
    this module's unquoted rules."""
    return re.compile(alternation(list(BARE_HEADS)))


@cache
def setting_up_verbs() -> frozenset[str]:
    """The verbs that set a thing up (``initiative_verbs.txt``, ``initiative_build_verbs.txt``, or a
    means: 依托), all of two characters."""
    return frozenset([*lead_verbs(), *build_verbs(), *MEANS_VERBS])


@cache
def setting_up_verb() -> re.Pattern[str]:
    """Any of `setting_up_verbs`: one search in the few characters before a head rules most out."""
    return re.compile(alternation(list(setting_up_verbs())))


def headed_programmes(text: str) -> list[tuple[int, str, str | None]]:
    """Names printed without quotes right after a verb that sets them up and ending in a head
    of ``BARE_HEADS`` (实施清风护廉行动, 推行一村一辅警制度, 建成职工暖心驿站), when the words before the
    head are coined (`_coined_modifier`): not 建立长效机制, 开展专项整治行动, 探索党建联盟机制, whose
    words are all the dictionary's, a description and no name."""
    found: list[tuple[int, str, str | None]] = []
    verb = setting_up_verb()
    for m in bare_head().finditer(text):
        if not verb.search(text, max(0, m.start() - 9), m.start() - 2):
            continue  # most heads: no verb before them
        start = _words_after_verb(text, m.start())
        if start is not None and _coined_modifier(text[start : m.start()]):
            found.append((start, text[start : m.end()], m.group(0)))
    return found


def _words_after_verb(text: str, head: int) -> int | None:
    """Where the 2-6 Chinese characters before ``head`` start when a setting-up verb (and a 了)
    stands right before them, the longest such run; None if no verb does."""
    verbs = setting_up_verbs()
    for start in range(max(2, head - 6), head - 1):
        verb = text[start - 2 : start] in verbs or (
            text[start - 1] == "了" and text[start - 3 : start - 1] in verbs
        )
        if verb and HAN_ONLY.fullmatch(text, start, head):
            return start
    return None


@lru_cache(maxsize=4096)
def _coined_modifier(words: str) -> bool:
    """The words before a bare head name something of their own: a numeral name (一村一辅警), or
    among the tagger's words one of two characters or more that the dictionary does not know
    (护廉, 暖心, 民呼), or a 之 (小哥之家); never a 的, a word as a whole, a head within, or words
    opening with a pronoun, a numeral, an adverb or a particle (这一机制, 进一步)."""
    if "的" in words or rjieba.has_word(words) or any(head in words for head in BARE_HEADS):
        return False
    if is_numeral_name(words):
        return True
    tagged = rjieba.tag(words)
    if tagged[0][1].startswith(FUNCTION_TAGS):
        return False  # 这一机制, 各类平台, 进一步行动: a pointer, a count or a manner, no name
    tokens = [word for word, _ in tagged]
    return "之" in tokens or any(len(w) >= 2 and not rjieba.has_word(w) for w in tokens)


def _called(text: str, start: int, name: str) -> bool:
    """The curated name at ``start`` is quoted as what people call someone (被居民称为“小巷管家”):
    a nickname there (`is_figure`), not the practice."""
    return start > 0 and text[start - 1] in OPEN and is_figure(text, start - 1, name)


def _inside(candidate: tuple[int, str, str | None], others: list[tuple[int, str, str | None]]) -> bool:
    """``candidate`` is the tail of a longer name found (四步工作法 of 东门四步工作法, 三勤工作法 of
    “建华三勤工作法”): the numeral rule read inside it."""
    start, name, _ = candidate
    return any(s < start and start + len(name) == s + len(n) for s, n, _ in others)


def _within(candidate: tuple[int, str, str | None], others: list[tuple[int, str, str | None]]) -> bool:
    """``candidate`` lies inside the span of a longer name found at the same place of the text, one
    at most ``MAX_NAMED_TAIL`` characters longer (“红色物业”联盟 is 红色物业联盟, and its curated
    红色物业 no second name; not inside “深化红色物业 共建幸福家园”, a campaign's slogan that names it)."""
    start, name, _ = candidate
    end = start + len(name)
    return any(
        s <= start and end <= s + len(n) and len(name) < len(n) <= len(name) + MAX_NAMED_TAIL and name in n
        for s, n, _ in others
    )


METHOD = re.compile(r"(?:工作|调解|议事|说事)法")  # not 治理法: 基层治理法治化
PLACE_LEVELS = ("村", "社区", "街道", "镇", "乡", "县", "区", "市")


def place_methods(text: str) -> list[tuple[int, str, str | None]]:
    """Methods named after the place that made them, printed without quotes: the name opens with
    the name of a village, a community or a town the text writes with its level (桃源村 … 桃源说事法,
    东门街道推行东门四步工作法); a longest one, up to 6 characters before the method."""
    found: list[tuple[int, str, str | None]] = []
    for m in METHOD.finditer(text):
        for start in range(max(0, m.start() - 6), m.start() - 1):
            words = text[start : m.start()]
            if HAN_ONLY.fullmatch(words) and _named_place(text, words):
                found.append((start, words + m.group(0), "工作法"))
                break
    return found


def _named_place(text: str, words: str) -> bool:
    """``words`` open with the name (2 or 3 characters) of a place the text writes with its level."""
    stems = [words[:size] for size in (2, 3) if len(words) >= size]
    return any(
        not any(level in stem for level in PLACE_LEVELS)
        and any(stem + level in text for level in PLACE_LEVELS)
        for stem in stems
    )


# 《…》 marks the title of a work: mostly documents, laws, newspapers and books (《民法典》,
# 《关于…的意见》, 《人民日报》), sometimes the title of a programme a place runs, a broadcast
# column or a hall's name (《百姓议事厅》电视栏目, 《社区微讲堂》)
# a column's hard wrap may stand inside the title or between it and its kind (《乡村\n夜话》\n栏目)
# 【…】 marks one too where a page sets a column's or a programme's name in it (开设【书记信箱】栏目)
TITLED_WORDS = rf"((?:[{HAN}·]\n?){{2,{MAX_NAME}}})"
TITLED = (re.compile(rf"《{TITLED_WORDS}》"), re.compile(rf"【{TITLED_WORDS}】"))  # each opens with its mark:
# a scan for a literal is faster than for a class of two
PROGRAMME = re.compile(rf"\n?[{HAN}]{{0,{MAX_GAP}}}?(栏\n?目|节\n?目|专\n?栏|直播间|公众号|小程序|品\n?牌)")


def titled_programmes(text: str) -> list[tuple[int, str, str | None]]:
    """Titles in 《》 (or 【】) that name a programme or a place: followed by the kind of a programme
    (``PROGRAMME``, 《乡村夜话》栏目) or ending in the head of a hall or a venue (《百姓议事厅》);
    a dictionary word (《民法典》, 《人民日报》) or a document (《关于…》) is a work, not a name."""
    found: list[tuple[int, str, str | None]] = []
    for m in (m for titled in TITLED for m in titled.finditer(text)):
        name = re.sub("[·\n]", "", m.group(1))
        if name.startswith("关于") or rjieba.has_word(name):
            continue
        after = PROGRAMME.match(text, m.end())
        own = suffix_head(name)
        if after:
            found.append((m.start(1), name, after.group(1).replace("\n", "")))
        elif own in NAMED_WITH_HEAD | VENUES:
            found.append((m.start(1), name, own))
    return found


def numbered_methods(text: str) -> list[tuple[int, str, str | None]]:
    """Methods named by a numeral, printed without quotes (三单工作法, 五步工作法): the numeral opens
    the name unless it ends a word with the character before it (统一工作法, 唯一, 之一), and
    counts no methods (三种工作法, 十大工作法)."""
    found: list[tuple[int, str, str | None]] = []
    for m in NUMBERED_METHOD.finditer(text):
        start, name = m.start(), m.group(0)
        if NOT_NUMBERED.match(name) or (start and rjieba.has_word(text[start - 1 : start + 1])):
            continue
        found.append((start, name, "工作法"))
    return found


def named_rooms(text: str) -> list[tuple[int, str, str | None]]:
    """Rooms and methods named after a person, printed without quotes: by a nickname (娥姐品牌调解室,
    老杨工作法) or by a name the general dictionary's tagger takes for a person's and does not know as
    a word (张桂英调解室, 马善祥工作法; not 文明工作室, 红旗工作室; not when quoted, where the quoted
    phrase's rules decide). The head is found first:
    it is rare, and the name is read back from it."""
    found: list[tuple[int, str, str | None]] = []
    for m in ROOM_HEAD.finditer(text):
        start, head = m.start(), m.group(0).replace("\n", "")
        if nick := NICKNAME.search(text, max(0, start - 4), start):
            at = nick.start() - (
                nick.group(0)[0] == "大" and text[nick.start() - 1 : nick.start()] in surnames()
            )
            found.append((at, text[at : nick.end()] + head, head))  # 王大姐工作室: 大姐 of a surname
        elif start and text[start - 1] not in CLOSE:
            word, tag = rjieba.tag(text[max(0, start - 6) : start])[-1]
            if tag == "nr" and 2 <= len(word) <= 3 and not rjieba.has_word(word):  # not 文明, 红旗
                found.append((start - len(word), word + head, head))
            elif given := _given_name(text, start):
                found.append((start - len(given), given + head, head))
    return found


def _given_name(text: str, start: int) -> str | None:
    """The given name before ``start`` of a person the text names in full before it, a surname and
    the tagger's person (张建国 … 建国工作法: the given name alone is often a word, 建国, that the
    tagger cannot tell from one)."""
    given = text[max(0, start - 2) : start]
    if len(given) < 2 or not HAN_ONLY.fullmatch(given):
        return None
    at = text.find(given)
    while 0 <= at < start - 2:
        full = text[max(0, at - 1) : at + 2]
        word, tag = rjieba.tag(full)[0] if len(full) == 3 else ("", "")
        if full[0] in surnames() and tag == "nr" and len(word) >= 2:
            return given  # 刘海生: the tagger may cut it 刘海 | 生, a person's name all the same
        at = text.find(given, at + 1)
    return None


@cache
def surnames() -> frozenset[str]:
    """The single-character surnames of ``data/surnames.txt``."""
    words = (word for line in read_lines("surnames.txt") for word in line.split())
    return frozenset(word for word in words if len(word) == 1)


def _countable(text: str, start: int, name: str) -> bool:
    """Names of three characters or more count anywhere; shorter ones only between quotation marks."""
    end = start + len(name)
    return len(name) >= 3 or (
        start > 0 and text[start - 1] in OPEN and end < len(text) and text[end] in CLOSE
    )


def extract_initiatives(text: str, printed: str | None = None) -> list[Initiative]:
    """Initiatives named in one article's title + body, in order of first mention. ``printed``:
    the text as printed when ``text`` is its simplified copy (same length); each initiative then
    carries its name as printed (``Initiative.printed``)."""
    simple = prepare(text)
    found = _extract(simple)
    if printed is None or printed == text:
        return found
    shown = prepare(printed)
    if len(simple) != len(shown):
        return found
    return [replace(i, printed=printed_name(i.name, simple, shown)) for i in found]


def printed_name(name: str, simple: str, shown: str) -> str | None:
    """The name as ``shown`` prints it, ``simple`` being its prepared simplified copy (same length)."""
    span = spelled_at(name, simple)
    return canonical_name(shown[span[0] : span[1]]) if span else None


def _spelled(name: str) -> str:
    """A pattern for the name as the text prints it: quotation marks may stand between its
    characters (小积分激活大德治 is printed “小积分”激活“大德治”), stacked, or a hard wrap."""
    return f"[{OPEN}{CLOSE}\n]*".join(map(re.escape, name))


SPELLING_MARKS = frozenset(OPEN + CLOSE + "\n")  # what _spelled lets stand between a name's characters


def spelled_at(name: str, text: str) -> tuple[int, int] | None:
    """Where ``_spelled(name)`` first matches in ``text``, without compiling it: a pattern per name
    missed re's cache on every new name (a compile, ~0.1 ms, cost more than the rest of the
    article's initiatives; issue 18). A canonical name holds no mark, so after each of its
    characters the marks are skipped and the next character must follow: one reading per start.
    The first start that reads the name is the regex's; none before the name's plain occurrence
    means that occurrence."""
    if not name or not SPELLING_MARKS.isdisjoint(name):
        at = re.search(_spelled(name), text)
        return at.span() if at else None
    plain = text.find(name)
    start = text.find(name[0], 0, plain if plain >= 0 else len(text))
    while start >= 0:
        end = _spelled_end(name, text, start)
        if end is not None:
            return start, end
        start = text.find(name[0], start + 1, plain if plain >= 0 else len(text))
    return (plain, plain + len(name)) if plain >= 0 else None


def _spelled_end(name: str, text: str, start: int) -> int | None:
    """Where ``name`` read from ``start`` ends, marks between its characters skipped; None if it
    is not spelled there."""
    pos = start + 1
    for char in name[1:]:
        while pos < len(text) and text[pos] in SPELLING_MARKS:
            pos += 1
        if pos == len(text) or text[pos] != char:
            return None
        pos += 1
    return pos


def _extract(prepared: str) -> list[Initiative]:
    kinds: dict[str, str | None] = {}
    quotes = list(QUOTED.finditer(prepared))
    candidates, quoted_as = quoted_candidates(prepared, quotes)
    candidates += unquoted_candidates(prepared)
    candidates += repeated_candidates(quotes, {name for _, name, _ in candidates})
    candidates += headline_candidates(prepared, quotes, {name for _, name, _ in candidates})
    candidates = [c for c in candidates if not _within(c, candidates)]
    for _, name, kind in sorted(candidates, key=lambda c: c[:2]):
        kinds[name] = kinds.get(name) or kind
    if not kinds:
        return []
    mentioned = {name: quoted_as.get(name, name) for name in kinds}  # what a mention of it prints
    counts = Counter(name for _, name in occurrences(prepared, set(mentioned.values()), _countable))
    return [Initiative(name, kinds[name], counts.get(mentioned[name], 1)) for name in kinds]

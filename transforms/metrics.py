"""Reported quantities in an article body: the rows of fact_metric.

One compiled regex finds every candidate in a single pass over the body; small checks then drop the
candidates that are not quantities. The word lists live in ``transforms/data``:

* ``units.txt`` measure words (longest first: 人次 over 人, 平方米 over 米) and how to find the subject;
* ``durations.txt`` time words (年, 月, 日, 天, 小时, 分钟, 周岁, ...): dates, clock times and spans are
  not metrics. Exception: 年 with an approximation word and a century or more (历经1500余年) is the
  age of a thing, kept with unit 年; shorter spans (住了40多年, 近10年) are durations, which the
  annotations of ../shared/reports do not count. A bare 2024年 or 12年 never is;
* ``qualifiers.txt`` approximation words. When several appear (超 30 余场) the first one in reading
  order is kept (超);
* ``subject_verbs.txt`` and ``subject_stops.txt`` for the subject.

Decisions:

* value is normalised with 十/百/千/万/亿 (1.6万 -> 16000, 2.1亿元 -> 210000000 元, 一万六千人 -> 16000).
* Chinese numerals are metrics only when a unit of units.txt follows (四项措施 -> 4 项; 三大产业链 is
  not), only when they hold a digit (千家万户, 万人参与 are not) or are scales alone with another
  scale or an approximation word (百万元, 千余亩, 万余人), and never when the value is 1 (一件事,
  一次办, 一条龙 are idioms, not counts).
* A number the layout spaced out one character a space (4 8 0 0米, 2 1 . 5亩) is read whole, and so
  is a line spaced out so (社 区 党 组 织 3 2 个: unit and subject too). The rules read a copy of
  the body with full-width digits and signs folded (９７．５％), an ASCII point that ends a sentence
  read as 。 (召开一次.12个部门), straight quotes and corner brackets as curly quotes ("两个维护",
  「五个一」); raw_text, subject and sentence are as printed, at their places in the body.
* Ranges (2至3倍, 2—3名, 1个至2个, 15000元至20000元) give two metrics, one an end, as the reports'
  annotators list them: raw_text each end as printed (2 and 3倍: the lower end takes the upper's
  scale and unit when it prints none, 2至3万人 -> 20000 and 30000 人), the subject and qualifier
  the range's.
* Not metrics: numbers after 第 (ordinals), after or inside Latin letters and codes (B12版, A2), with
  a leading zero (0313), numbers without a unit (12345热线, 十四五), vague ones (几十名, 数百万元),
  十分 and any Chinese numeral before 分 (an adverb: 十分满意), an ordinal spaced out (第 1 2名),
  and anything inside a short quotation (at most 12 characters between “ and
  ”, or inside 《》), which names an initiative (“1152”工作机制, “两个维护”). A quotation that is
  the figure alone (“100%”目标) or goes on after it for more than 4 characters is read.
* subject, the noun phrase beside the figure, at most 8 characters of whole words, limited by
  clause marks, function words (rjieba's tags) and the verbs of subject_verbs.txt: for count units
  (个, 名, 户, ...) the noun after the unit, or after the 的 that closes a short modifier
  (215个小区全部成立 -> 小区; 40余辆长期停放的僵尸车 -> 僵尸车; 15个“邻里之家” -> 邻里之家); for
  measures (%, 元, 亩, ...) or when nothing follows, the clause before the number without its
  linking verb, a 从/由 change or the whole a share is of (业委会组建率升至90% -> 业委会组建率;
  人均收入从5000元增加到2万元 -> 人均收入), unless a verb takes the figure as its object, a 的 or
  nothing but a scope (全镇, 该村, 范围内) stands before it, when the noun after it is (发放1.6万元
  慰问金 -> 慰问金; 全镇6000余亩茶园 -> 茶园). A verb takes the figure when it ends the clause
  right before it (村里遇到30万元的资金缺口 -> 资金缺口) or a 了 follows it (种了1.5万亩玉米); a
  linking one does not (达, 超过, 不足, 仅有: 辖区面积不足1平方公里的社区 -> 辖区面积). Verbs
  between the figure and a 的 modify the noun after the 的 (投资2000万元建设的污水处理厂 -> 污水处理厂).
  A phrase before that ends a list joined by 、 takes the list (慰问金、慰问品等3万元), and so does a
  noun after that opens a list 等 closes (300余名党员、干部、群众等参加); a label before
  a colon names the figure after it (常住人口：8000人). A figure joined by 、 without a subject, or a
  share of a whole (，占常住人口的17%), counts what the figure before it counts. None when nothing
  is left. The thing counted, not the clause before it, whatever its verbs (issue 18): a count
  after a verb and its object counts the object (全村新栽种果树1.8万株 -> 果树), a count of people
  the people (为辖区居民体检3000余人次 -> 辖区居民; 村民160多人就业 -> 村民); a verb right after
  the clause's verb modifies the noun and stays (新增充电接口 -> 充电接口), as does a lead verb
  that names a kind of thing (5个特色调解品牌, 土地流转面积, 调解成功率, 开展镇村培训20场); time
  words and place words are no part of it (收入去年达到, 居民身边); 占比 is (小区业主占比56%); a
  clause of linking words alone (，共计45处) counts the noun that ends the clause before it.
  So does a count or a change whose clause says only what was done, how and when (，办结4380件,
  ，目前已招募320名, ，同比增长18%: verbs, adjectives, time and function words, no noun): what the
  figure before it in the sentence counts, in the same unit or as its change, else the noun that
  ends the clause before when that holds no figure (never for a figure that opens its clause, nor
  a unit that names the thing: 7村). Figures listed after 分别 count the names listed before it, in
  order (参保率、续保率分别达到98%和96%). A quoted name before a clause that names only a place
  or an act is the subject (“小院议事厅”在全镇已建成23个). Time words that say when (今年, 去年;
  not an age, 老年) and a scope opening the phrase (全乡) are no part of it; a verb with its object
  before 的 modifies the noun after (120名来自各行各业的志愿者); two verbs end the noun after a
  count (3个方面入手解决难题); characters the tagger splits off a noun are joined back (人口,
  投放点, 楼道长); an adjective alone before a figure names nothing (宽8米的消防通道).
  Grammar, not words seen (issue 18, branch subj3): a preposition or conjunction right before a
  figure makes it and the noun after one phrase (将7.2亩土地流转给, 70亩苍术和130亩茶叶); a verb
  inside a modifier closed by 的 takes the figure (村里投资120万元修建的文化广场 -> 文化广场); a verb
  right before a percentage says how the thing changed (办事时间缩短60%), as 同比, 环比 do; a share
  right after a figure (，占53.8%) is of what that figure counts; a head that says only how much
  (数量, 比例) keeps its 的 phrase (加装电梯的数量); a short quotation opening the phrase before
  joins it (“两新”组织党组织); a name after a count that ends its clause with the head of a body's
  name (队, 站, 中心) is kept to its last 8 characters (实践志愿服务队), unless the count is joined
  to another that shares that head (5个…和15个网格党支部党建平台); a one-character item listed
  after a count shares the last one's head (355名市、区县领导), and 和 between two words of a name
  after a count joins them (356名独居和空巢老人). The tagger's slips are mended
  where they decide a subject: an age word is no time word (返乡青年), 一年来 is a time word, a
  measure word or a one-character verb inside a compound noun joins it (充电桩, 社区老年助餐点),
  a numeral without a numeral after a count is a noun (3个大项), 总 and a verb are one name
  (总投入), a linking verb glued to its noun comes off (增加收入 -> 收入); 次 alone counts events,
  not people (开展宣讲30余次 keeps 宣讲). Round 22 (issue 18): a percentage right before a verb and
  its object is a share of the object (100%建立了党支部); a figure after 有 alone that follows a frame
  (…书记中，有86%) counts what the frame names; a count that becomes another (由5个发展到) names
  nothing after it; after a preposition's object (从4个维度评估) the clause's verb ends the noun; a
  的 alone closes a relative clause (投资5600万元的…项目); 有, 折合 and a 了 after a link (同比增长了)
  link; 和 joins two nouns before a figure; a unit glued to digits, a code glued to a word (5G网络),
  较 or 比 glued to a noun's last character (办结率较) are read as printed. Round 24 (issue 18,
  branch subj5): a count that is the topic of a clause going on, with no 的, to a figure in another
  unit counts the owner of that figure's subject (58个村村级集体经济收入超过20万元 -> 村); a count
  of people alone in its clause after adverbs or 有 (，约3000人。) counts the people the clause
  before names; a word after a level (村级组织) is a noun; a verb between its object and the head
  of a name, a fund or a standard is inside the name (改造项目开工率, 改造资金); a count of people
  after verbs alone, or after a place and a verb, counts the people before them (组织村民外出务工,
  党员到社区报到); a short modifier before the 的 of a noun of two characters stays (加气的优惠).
* sentence: the text between the sentence marks 。！？； (or line breaks) around the match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import rjieba

DATA = Path(__file__).parent / "data"
SP = r"[ \t\u3000]*"
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
RANGE_MARKS = "至|到|—|–|-|~|～"
SENTENCE_MARK = re.compile("[。！？；\n]")
QUOTES = (("“", "”"), ("《", "》"))
MAX_QUOTED_NAME = 12
MAX_QUOTE_IN_SUBJECT = 8  # characters of a quoted name that opens a subject (“党员进网格”活动)
MAX_NAME_WORDS = 4  # characters after a figure in a quoted name (“精神扶贫五个一”, “两个维护”)
MAX_SUBJECT = 16
CLOCK_MARKS = ("点", "时", ":", "：")
LIGHT_VERBS = frozenset("是有在为到来去让使要会能成叫像给")  # verbs of one character that link, not name
# a dimension or a worth, with what it is of pointed at (这条长2.6公里的产业路, 全长, 价值3万元的器材):
# the noun after says what
DIMENSION = re.compile(r"(?:[这那该此][条座个处段栋间片]?|全|总)?(?:[长宽高深]|价值)")
# verbs that take an event as their object, a verb read as a noun (开展培训, 进行走访, 举办讲座)
DUMMY_VERBS = frozenset({"开展", "进行", "举办", "举行", "组织", "组织开展", "加以", "给予", "予以"})
GROWTH = (
    "新增",
    "新建",
    "增加",
    "增至",
    "增长到",
    "发展到",
    "扩充到",
    "扩大到",
    "壮大到",
    "扩展到",
)  # a stock grew
AGENTS = "人名位户次"  # units of people (and 人次, 户次): a verb after them says what they did
EXPECTING = (
    "预计",
    "有望",
    "可望",
)  # verbs of a forecast (，今年预计突破40万元): what a figure is to be, not a deed
APPROXIMATE = ("近", "约")  # qualifiers before a figure that are no linking verb (超过, 突破 are)
IDIOM_UNITS = ("分", "期", "口")  # after a Chinese numeral: 十分 (very), 二期 (a phase's name), 三口之家
VAGUE = ("几", "数")  # 几十名, 数百人: no figure
MIN_AGE_YEARS = 100  # 历经1500余年 is an age; 住了40多年 a duration
PER_PERIOD = ("日", "月", "年")  # 日收购能力, 年接待游客: a figure per period names its verb too
MAX_PHRASE = 8  # a subject read beside its figure keeps whole words up to this many characters
MAX_SHORT_MODIFIER = 3  # a modifier between a figure and its 的 kept with the noun (9折加气的优惠)
MAX_SKIPPED = 6  # and may stand at most this far before it (牛已经发展到了12头)
# parts of speech (jieba's tag set) of function words, which no subject holds: adverbs,
# prepositions, locatives, conjunctions, particles, pronouns, numerals, measure words (not "ad",
# adverbial adjectives: the tagger reads 积分 so)
FUNCTION_TAGS = ("d", "p", "f", "c", "u", "r", "m", "q", "y", "e", "o")
MEASURE_HEAD = re.compile(r"(?:率|数|量|额|面积|规模|得分)$")  # 成功率, 人数, 总量, 金额, 流转面积, 测评得分
# a head that a verb before it tells apart, as what the money or the rule is for (改造资金, 保障标准)
FUND_HEAD = re.compile(r"(?:资金|经费|费用|补贴|补助|标准)$")
# the head of the name of a body or a place, which a long name ends with (志愿服务队, 综合服务中心)
ORG_HEAD = re.compile(
    r"(?:[队站室所院馆团]|队伍|中心|基地|平台|联盟|协会|商会|委员会|理事会|合作社|服务社|服务点|站点|网点)$"
)
GENERIC_HEAD = re.compile(
    r"数量|总数|总量|比例|比重|占比|规模|[\u4e00-\u9fff]{1,2}数|人次"
)  # how much, of what the words before 的 say (人数, 次数, 发案数)
HAVING = r"(?:已经?|共|现|还|仅|只|也|就)?有|占到?"  # a verb of having or a share, 已有 and 就有 as well
HEADLESS = re.compile(  # 其中35岁以下的占, 60岁以上的有: a 的 phrase with no noun, then a verb of having
    rf"{SP}(?:其中)?{SP}(?P<part>[^，,。；;：:、“”（）()的]{{2,{MAX_PHRASE}}})的(?:{HAVING}){SP}"
)
BOUNDED_PART = re.compile(  # 集体经济收入20万元以上的有: the same, longer, when it holds a figure
    rf"{SP}(?:其中)?{SP}(?P<part>[^，,。；;：:、“”（）()的]{{2,{MAX_SUBJECT}}})的(?:{HAVING}){SP}"
)
SHARE_HEAD = re.compile(r"(?:比例|比重|占比)$")  # a share of the things the words before 的 name
SPENDING = re.compile(  # verbs that spend or raise a sum (投入80万元): the sum's name in the reports
    r"投入|投资|捐[款资赠助]|拨[付出款]|筹[集措]|募集|安排|争取|整合|统筹|支[付出]|发放|出资|列支"
)
# verbs that take people or things as objects, which the tagger reads as nouns (指导农户, 联系群众)
VERBS_TAGGED_NOUNS = re.compile(r"指导|联系|办理|动员|资助")
MAX_ASIDE = 24  # characters inside a bracketed aside beside a figure (（含电话咨询）, （共计180人）)
ASIDE_BEFORE = re.compile(rf"[（(][^（）()\n]{{1,{MAX_ASIDE}}}[）)]$")
ASIDE_AFTER = re.compile(rf"[（(][^（）()\n]{{1,{MAX_ASIDE}}}[）)]")
ASIDE_OPENS = re.compile(r"含|其中|包括|不含|共|合计|约|即")
EVENT_HEAD = re.compile(r"现象|行为|事件|情况")  # what happens, named by the verb before it (乱停车现象)
NOUNS_OF_LINKS = ("行为",)  # a noun that ends with a linking word (为) whatever its tag
# the head of a name of a place, a project, a body or a role (乡村振兴示范村, 乡村振兴指导员, 牵头部门)
NAME_HEAD = re.compile(r"(?:[村园区场屋员者师]|社区|部门|单位|项目|工程|品牌|行动|活动|机制|模式|阵地)$")
AVERAGE = re.compile(r"[人户日年月]?均|平均")  # 平均月收入, 人均年收入: the mean of a figure per period
PURPOSE = ("用于", "用来", "用作", "用在")  # a sum's purpose after it
COUNT_HEAD = re.compile(r"[人户家]数|人次|次数|人口")  # how many did what the words before 的 say (服务人口)
# a count joined to one before it (…和15个, 、3名): a head after it may be the two counts' shared one
COORDINATED = re.compile(r"[和及与、][ \t\u3000]*[\d.,一二三四五六七八九十百千万亿两]+[余多]?[^\s\d]{0,2}$")
NUMERAL_CHAR = re.compile(rf"[{CN_CHARS}几数余多半每些第成倍]")  # a numeral, or a word of one
# a noun's last character the tagger splits off: 化解/率, 办结/率 (verbs), 脱贫/户, 人/口, 投放/点 (measures), 减免税/费
NOUN_SUFFIX = re.compile(r"[率数量额员者户口点费金款]$")
AGE_WORD = re.compile(r"[老青中晚成童幼]年")  # tagged time words, but 老年居民 names people
AGE_BRACKET = re.compile(  # 120名80岁以上老人, 45名18至35岁的青年: who, of the people counted
    rf"[\d{CN_CHARS}]+(?:(?:至|到|-|—|~|～)[\d{CN_CHARS}]+)?周?岁(?:及?以上|以下)?的?"
)
SPAN_WORDS = re.compile(
    r"以[上下内来后前]|之[内间中上下后前]|左右|中间|前后|当中|其中|内外|上下"
)  # not where: 10名以上党员
# 村（社区）, 村(居), 县（市、区）: a short note inside a name, of a word or a short list of them
NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,2}){0,2}[）)]")
# a word of Chinese, maybe opened by a short code of a Latin letter and a digit (5G网络, 3A级)
HAN_WORD = re.compile(rf"(?:\d?[A-Z]\d?)?[\u4e00-\u9fff]+|{NOTE.pattern}")
SERVICE_NUMBER = re.compile(r"\d{3,6}")  # 110, 12345: a number glued to a noun names a service
CODE = re.compile(r"\d?[A-Z]\d?")  # 5G, 4A, A: a grade or a generation, glued to the word after it
ABBREVIATION = re.compile(r"[A-Z]{2,}(?:\d+(?:\.\d+)?)?")  # GDP, PM2.5: a measure's Latin name


@dataclass(frozen=True)
class Metric:
    value: float
    unit: str
    qualifier: str | None
    subject: str | None
    raw_text: str
    sentence: str
    char_start: int
    char_end: int
    subject_span: tuple[int, int] | None = None  # where ``subject`` is printed in the body


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


UNITS = {row[0]: (row[2] if len(row) > 2 else row[0], row[1]) for row in _rows("units.txt")}
NAMING_UNITS = ("村", "社区", "县")  # 7村1社区: the unit names what is counted
KINDS = {canonical: kind for canonical, kind in UNITS.values()}  # 个 -> count, % -> measure
DURATIONS = {row[0] for row in _rows("durations.txt")}
QUALIFIERS = {
    pos: [r[0] for r in _rows("qualifiers.txt") if r[1] == pos] for pos in ("before", "middle", "after")
}
VERBS = {role: [r[0] for r in _rows("subject_verbs.txt") if r[1] == role] for role in ("link", "lead")}
STOPS = [r[0] for r in _rows("subject_stops.txt")] + VERBS["link"] + VERBS["lead"]
STOP_WORDS = frozenset(STOPS)
LEAD_WORDS = frozenset(VERBS["lead"])
# lead verbs that also name a kind of thing after a noun (特色调解品牌, 矛盾纠纷排查中心), unlike the
# verbs of subject_stops.txt (开展, 参与: the clause goes on)
NAMING_LEADS = LEAD_WORDS - frozenset(r[0] for r in _rows("subject_stops.txt"))
LINK_WORDS = frozenset(VERBS["link"])
RETAGS = {row[0]: row[1] for row in _rows("subject_tags.txt")}  # 高速 is a noun here, not an adverb
MAX_PIECES = 4  # tagger's words a word of subject_tags.txt may have been cut into (急难 愁 盼)
# every start of a word of subject_tags.txt (the whole word and "" too): pieces that spell one of them open with one
_RETAG_HEADS = frozenset(w[:i] for w in RETAGS for i in range(len(w) + 1))


def _pattern() -> re.Pattern:
    # a number as printed, or spaced out by the layout: one character a space (4 8 0 0, 2 1 . 5) or
    # a space left where a page's line was joined (12 0户, 3 . 5万): single spaces between digit groups
    spaced = r"\d+(?: \d+)+(?: ?\. ?\d+(?: \d+)*)?|\d+ ?\. ?\d+(?: \d+)*"
    num = rf"\d+(?:,\d{{3}})*(?:\.\d+)?|{spaced}|[{CN_CHARS}]+"
    unit = _alternation(list(UNITS) + list(DURATIONS))
    scale = _scale_pattern(list(UNITS))
    after = "|".join(w if w != "多" else r"多(?=[，。、；：！？）)\s]|$)" for w in QUALIFIERS["after"])
    starts = "".join({w[0] for w in QUALIFIERS["before"]})
    return re.compile(
        rf"(?=[\d{starts}{CN_CHARS}])"  # a cheap first-character test keeps the scan fast
        rf"(?:(?P<pre>{_alternation(QUALIFIERS['before'])}){SP})?"
        rf"(?<![\dA-Za-z.．+\-/_第{CN_CHARS}])"
        rf"(?:(?P<lo>{num}){SP}(?P<loscale>{scale}){SP}(?:{unit})?{SP}(?:{RANGE_MARKS}){SP})?"
        rf"(?P<num>{num}){SP}(?P<mid1>{_alternation(QUALIFIERS['middle'])})?{SP}(?P<scale>{scale})"
        rf"{SP}(?P<mid2>{_alternation(QUALIFIERS['middle'])})?{SP}(?P<unit>{unit})"
        rf"(?:{SP}(?P<post>{after}))?"
    )


def _scale_pattern(units: list[str]) -> str:
    """Up to three scale characters (万, 千万), none the first of a unit that opens with one
    (46万千瓦时 is 46万 of 千瓦时, not 46万千 of 瓦)."""
    opened: dict[str, list[str]] = {u[0]: [] for u in units if u[0] in "百千万亿" and len(u) > 1}
    for u in units:
        if u[0] in opened and len(u) > 1:
            opened[u[0]].append(u[1:])
    plain = "".join(c for c in "百千万亿" if c not in opened)
    guarded = [f"{c}(?!{_alternation(rests)})" for c, rests in opened.items()]
    return rf"(?:[{plain}]|{'|'.join(guarded)}){{0,3}}" if guarded else rf"[{plain}]{{0,3}}"


PATTERN = _pattern()
RANGE_MARK = re.compile(RANGE_MARKS)
REACHED = ("达到", "不到")  # a level a count reaches or falls short of (120家达到标准的企业): no change
CHANGE_TO = tuple(
    w for w in (*GROWTH, *VERBS["link"]) if w.endswith(("到", "至")) and w not in REACHED
)  # 壮大到, 减至
LINK_AT_END = re.compile(rf"(?:{_alternation(VERBS['link'])})+$")
# a lead verb, or a linking one of two characters or more, that the tagger read as one word with
# the noun after it (投入资金, 增加收入)
LEAD_START = re.compile(
    rf"(?:{_alternation(VERBS['lead'] + [w for w in VERBS['link'] if len(w) > 1])})(?=[\u4e00-\u9fff])"
)
CLAUSE_MARKS = re.compile(r"[，,、：:；;。！？!?（）()“”《》\n]")
LAST_CLAUSE_MARK = re.compile(rf".*({CLAUSE_MARKS.pattern})", re.S)
SCOPE = re.compile(r"[全该本各][\u4e00-\u9fff]{1,2}|.*[内里]")  # 全镇6000余亩茶园, 范围内: where, not what
RESPECTIVE = re.compile(  # 分别达到, 分别占总人数的: the figures after it go, in order, with the names before
    rf"分别(?:{_alternation(VERBS['link'])}|是|有|占(?:[^，,。；;！？!?\n的]{{1,10}}的)?)?[ \t\u3000]*$"
)
LIST_JOINS = ("、", "和", "及", "与", "，", ",")
LIST_JOIN = re.compile("[、和及与]")
REACHING = ("惠及", "覆盖", "受益", "受惠", "惠民")  # verbs of whom a deed reached (，惠及4300余人)
BENEFICIARY = ("为", "给", "替", "帮")  # prepositions of whom a sum is for (为困难群众募集善款)
GIVING = re.compile(r"给予|给|发放|奖励|奖补|补助|补贴|拨付|下拨")  # verbs with a receiver and a thing given
PER_AT_END = re.compile(  # 每人每月, 每平方米, 每小时: what a rate is per, right before its figure
    rf"(?:每{SP}(?:{_alternation([*UNITS, *DURATIONS, '人', '户', '月', '年', '天', '日', '周', '季度', '小时'])}){SP})*$"
)
PEOPLE_UNITS = ("名", "人", "位")  # units that count people only (not 户, 次: of 人次 the 次 ends it)
PEOPLE_HEAD = re.compile(r"(?:[人员者长民众工士师生童属友警客女]|干部|代表|家庭)$")  # nouns of people
COUNT_JOIN = re.compile(rf"{SP}[、和及与]{SP}")  # 320户和410户居民: counts joined in one unit
LIST_CLAUSE_MARK = re.compile(r"[，,：:；;。！？!?\n（）()“”《》]")
SCOPE_WORD = re.compile(r"[全该本各][\u4e00-\u9fff]")  # 全镇, 该村 opening a phrase
TAIL_NOT_COUNTED = re.compile(
    r"[从由](?:[^从]{0,20}[\d一二三四五六七八九两十百千几][^从]*|[^从]{0,2}|[^从由]{1,6}的)$|占[^占]{1,12}的$|是[^是]{1,8}的$"
    r"|(?:达到|达|为|提高到|提升到|增长到|相当于)[^达为\d，,。；;]{1,8}的$"
    r"|[高低多少快慢]于[^于\d，,。；;]{1,8}$"
    r"|(?<![占对同环相无好])比[^比\d，,。；;]{1,10}?(?:[高低多少快慢]出?|增加|减少|提高|降低|下降|增长|上升)了?$"
)  # 从…增加到, 从最初的十几人发展到, 由过去的…提高到, 占…的, 是五年前的(3倍), 达到常住人口的(15%),
# 高于城镇居民, 比全省平均水平高出(6个百分点) (what it is compared with)
# ，占常住人口的17%, ，占53.8% (of the figure before), ，占比为12%: a share of what the figure before counts
# ，比全省平均水平高出6个百分点: a clause of a comparison alone says how the figure before differs
COMPARED = (
    re.compile(  # 比全省平均水平高出, 较上年提高, 与去年同期相比下降: how it differs from another figure
        r"(?:(?:比|较)[^比较\d，,。；;]{1,10}?|(?:与|和|同)[^\d，,。；;]{1,10}?相比)"
        r"(?:[高低多少快慢]出?|增加|减少|提高|提升|降低|下降|增长|上升|扩大|缩小|回落)了?"
    )
)
CHANGE_CLAUSE = re.compile(  # ，从一年前的31%提高到了88%: a clause of a change alone, from one figure to another
    r"[从由][^，,。；;！？\n]{0,16}?(?:提高|上升|增加|下降|减少|降低|增长|提升|扩大|缩小|攀升|跃升)(?:到|至)了?"
)
GLUED_QUALIFIERS = {"约": "签节制预公合条履违相邀特", "近": "附最邻就亲"}  # 签约, 附近: words, no qualifier
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d年?")  # 较2020年末: the year a figure is compared with
AMONG = re.compile(r"(?:当中|之中|中|里)[ \t\u3000]*$")  # 在全县287个村中，: the whole a part is of
BRACKETED = re.compile(r"[（(](?:共|共计|合计|计|约)?$")  # 红白理事会（共8个）: a figure alone in brackets
SHARE_OF = re.compile(r"[，,]占(?:[^，,。；;！？\n]{1,12}的)?(?:比|比例|比重)?(?:为|达|达到|约)?")
DIGIT = re.compile(r"\d")
PERCENT = re.compile(r"\d+(?:\.\d+)?[ \t\u3000]*%")
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
QUOTED_CHAR = re.compile(r"[\u4e00-\u9fff0-9+＋]")  # of a short quoted name (“15分钟生活圈”, “党建+网格”)
SPACED_DIGIT = re.compile(r"\d[ \t\u3000]")
PLAIN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# full-width forms (２０４８, Ｂ１２) and signs as their plain ones, corner brackets as curly quotes,
# small forms (９８﹒６﹪, 一本﹑两册) as the marks they are
FOLDED = str.maketrans(
    "".join(chr(ord(c) + 0xFEE0) for c in PLAIN) + "．％＋－／｡「」『』﹒﹪﹢﹣﹐﹑﹔﹕﹖﹗﹙﹚",
    PLAIN + ".%+-/。“”“”.%+-，、；：？！（）",
)
FOLDABLE = re.compile(f"[{re.escape(''.join(map(chr, FOLDED)))}]")  # a cheap test: most bodies have none
# 98.6% and 2 1 . 5亩 keep their point; in 工作.8个部门 it ends a sentence (the point first: a fast scan)
FULL_STOP = re.compile(r"\.(?:(?! ?\d)|(?<!\d\.)(?<!\d \.))")
QUOTE_TURNS = ("“", "”")
SPACED_RUN = re.compile(r"\S(?:[ \u3000]\S){3,}")  # a line spaced out one character a space
SPACED_HINT = re.compile(r"[ \u3000]\S[ \u3000]\S[ \u3000]")  # inside every such run, found faster


def extract_metrics(body: str) -> list[Metric]:
    """Every reported quantity of ``body``, in text order."""
    text, places = _reading_copy(body)
    matches = [match for match in map(_unglued, PATTERN.finditer(text)) if _is_metric(match, text)]
    marks = [mark.start() for mark in SENTENCE_MARK.finditer(text)] if matches else []
    metrics = _shared_subjects([end for match in matches for end in _ends(match, text, marks)], text)
    metrics = _respective_subjects(metrics, text) if "分别" in text else metrics
    metrics = _wholes_of_bounded_parts(metrics, text) if "的" in text else metrics
    metrics = [_bracketed(m, text) for m in metrics] if "（" in text or "(" in text else metrics
    metrics = [_fronted_object(m, text) for m in metrics]
    metrics = [_total_of_list(m, text) for m in metrics] if "、" in text else metrics
    metrics = [_topic_had(m, text) if m.subject_span is None else m for m in metrics]
    metrics = [_under_heading(m, text) for m in metrics] if "：" in text or ":" in text else metrics
    metrics = [_framed_topic(m, text) for m in metrics] if "方面" in text else metrics
    metrics = [_standard_of(m, text) for m in metrics] if "标准" in text else metrics
    metrics = [_change_of_topic(m, text) for m in metrics] if "从" in text or "由" in text else metrics
    if text == body:
        return metrics
    return [_as_printed(m, body, _Places(places, len(body)), marks, len(text)) for m in metrics]


def _wholes_of_bounded_parts(metrics: list[Metric], body: str) -> list[Metric]:
    """A clause of a 的 phrase with no noun that holds a figure itself, then a verb of having
    (，集体经济收入20万元以上的有96个): the phrase is a bound on the things counted, not their name,
    so the figure counts the whole named before it (村 of 在全县287个村中,; 养老机构 of 养老机构64家,)."""
    out: list[Metric] = []
    for m in metrics:
        if m.subject_span is None:
            whole = _whole_of_bounded_part(m, out, body)
            m = replace(m, subject=body[whole[0] : whole[1]], subject_span=whole) if whole else m
        out.append(m)
    return out


def _whole_of_bounded_part(m: Metric, before: list[Metric], body: str) -> tuple[int, int] | None:
    """The whole a bounded 的 phrase picks out a part of: the noun phrase of the clause before when
    it ends with 中 or 里 (在这480户脱贫户里), else what the figure before the phrase counts in one
    unit, in the same sentence (全市共有养老机构64家，床位100张以上的有21家; ，其中 … 的有76个)."""
    mark = _clause_mark_before(body, m.char_start)
    found = BOUNDED_PART.fullmatch(body, mark + 1, m.char_start) if mark is not None else None
    if mark is None or found is None:
        return None
    if not any(_is_metric(bound, body) for bound in PATTERN.finditer(body, *found.span("part"))):
        return None
    among = AMONG.search(body, _sentence_start(body, mark), mark)
    if among is not None:
        return _bounded(_phrase_before(body, among.start()))
    opens = _sentence_start(body, m.char_start)
    counted = [p for p in before if opens <= p.char_start and p.char_end <= mark and p.unit == m.unit]
    return counted[-1].subject_span if counted else None


def _change_of_topic(m: Metric, body: str) -> Metric:
    """Both figures of a clause that holds only a change from one to the other (覆盖率，从一年前的31%
    提高到了88%) count what the clause before names, when they name nothing of their own and that
    clause ends with a noun phrase."""
    if not _names_nothing(body, m.subject_span):
        return m
    mark = _clause_mark_before(body, m.char_start)
    if mark is None:
        return m
    change = CHANGE_CLAUSE.match(body, mark + 1)
    if change is None or not (change.end() == m.char_start or mark < m.char_start < change.end()):
        return m
    span = _bounded(_phrase_before(body, mark))
    if span is None or _names_nothing(body, span):
        return m
    return replace(m, subject=body[span[0] : span[1]], subject_span=span)


def _standard_of(m: Metric, body: str) -> Metric:
    """A sum that sets a standard (按照每人每月150元的标准发放护理补贴) counts what the giving verb
    after the standard hands out: 护理补贴, not 标准."""
    if m.subject != "标准" or m.subject_span is None or not m.unit.endswith("元"):
        return m
    given = GIVING.match(body, m.subject_span[1])
    if given is None:
        return m
    span = _bounded(_noun_run(body, given.end()))
    if span is None or not any(_nounish(*w[2:]) for w in _tagged(body, *span)):
        return m
    return replace(m, subject=body[span[0] : span[1]], subject_span=span)


def _under_heading(m: Metric, body: str) -> Metric:
    """A count in a run of clauses after a colon, each only what was done and its figure (小区加装
    电梯：已签约58部，已开工41部，已投用26部), counts what the label before the colon names."""
    if KINDS.get(m.unit) != "count":
        return m
    start = _sentence_start(body, m.char_start)
    colon = max(body.rfind("：", start, m.char_start), body.rfind(":", start, m.char_start))
    if colon < 0 or (m.subject_span is not None and m.subject_span[0] <= colon):
        return m  # the subject is read from the whole clause's words below, not only its own span
    clauses = re.split(r"[，,]", body[colon + 1 : m.char_start])
    if any(CLAUSE_MARKS.search(c) for c in clauses):
        return m
    for clause in clauses:
        words = [w for w in _words(clause) if not DIGIT.search(w[2]) and w[3] != "q" and w[2] not in UNITS]
        if not words or not _only_done(words):
            return m
    label = _labelled(body, colon) or _done_to(body, colon)
    if label is None:
        return m
    return replace(m, subject=body[label[0] : label[1]], subject_span=label)


# a sentence's opening frame of what it goes on about (老旧小区改造方面，; 在加装电梯方面，)
# who did it or where, and a plan, in the clause after a frame (全区计划, 社区已): no thing counted
COMPLETED = re.compile(r"完成|完工|竣工|开工|启动|实施|落实|推进")  # a stage of what the frame names
FRAMED_AGENT = re.compile(r"[全该本各]?[村镇乡区县市](?:里|上)?|社区|街道|小区|计划|预计|拟")
FRAME = re.compile(r"(?:在|从|就)?(?P<topic>[\u4e00-\u9fff]{2,10}?)(?:工作)?方面[，,]")


def _framed_topic(m: Metric, body: str) -> Metric:
    """A count whose clause says only where, when and what was done (今年全区已改造68个), after a
    frame that opens the sentence (老旧小区改造方面，): the count is of the things the frame names,
    a noun before the act (老旧小区 of 老旧小区改造), or the act's object (加装电梯)."""
    if not _clause_ending_count(m, body):
        return m
    mark = _clause_mark_before(body, m.char_start)
    begin = _sentence_start(body, m.char_start)
    frame = FRAME.match(body, begin)
    if mark is None or frame is None or frame.end() - 1 != mark:
        return m
    own = m.subject_span
    if own is not None and own[1] > frame.end() and not _only_done(_unframed(body, own)):
        return m  # 全村已硬化道路12公里: its own thing; not 社区今年已办结, 计划改造
    clause = _unframed(body, (mark + 1, m.char_start))
    while clause and (clause[-1][3].startswith("u") or clause[-1][2] in ("共", "共计")):
        clause.pop()
    acting = clause and (clause[-1][3] == "v" or _verbal_after_adverb(clause))  # 已整治, tagged a noun
    having = clause and (clause[-1][2] in LIGHT_VERBS or re.fullmatch(HAVING, clause[-1][2]) is not None)
    if not acting or having or not _only_done(clause[:-1]):
        return m  # 全村已硬化道路12公里: the clause names its own thing; 全村已有: having, not doing
    words = _tagged(body, *frame.span("topic"))
    named = len(words) > 1 and all(_nounish(*w[2:]) or w[3] == "a" for w in words[:-1])
    done = words[-1][2] == clause[-1][2] or COMPLETED.fullmatch(clause[-1][2]) is not None
    acted = words[-1][3] in ("v", "vn") or words[-1][2] == clause[-1][2]  # 整治 is tagged a noun too
    if named and done and acted and _nounish(*words[-2][2:]):
        span = (words[0][0], words[-2][1])  # 老旧小区改造: what was done to 老旧小区
    elif named or (
        words and _nounish(*words[-1][2:]) and all(_nounish(*w[2:]) or w[3] == "v" for w in words)
    ):
        span = (words[0][0], words[-1][1])  # 加装电梯, 群众诉求: the thing, or the act with its object
    else:
        return m
    return replace(m, subject=body[span[0] : span[1]], subject_span=span)


def _unframed(body: str, span: tuple[int, int]) -> list[tuple[int, int, str, str]]:
    """The words of ``span`` but who did it, where, and a plan (`FRAMED_AGENT`)."""
    return [w for w in _tagged(body, *span) if not FRAMED_AGENT.fullmatch(w[2])]


def _done_to(body: str, colon: int) -> tuple[int, int] | None:
    """A label that ends with what was done (老旧管网改造：): the things it was done to (老旧管网)."""
    span = _phrase_before(body, colon)
    if span is None or span[1] != colon:
        return None
    words = _tagged(body, *span)
    if len(words) < 2 or words[-1][3] not in ("v", "vn") or not _nounish(*words[-2][2:]):
        return None
    return (span[0], words[-2][1])


def _clause_ending_count(m: Metric, body: str) -> bool:
    """A count (not a share, a sum, nor a unit that names its thing) ending its clause (，已有35支。):
    what it counts may be read from a clause before."""
    if m.unit in ("%", "百分点") or m.unit.endswith("元") or m.unit in NAMING_UNITS:
        return False
    return m.char_end >= len(body) or CLAUSE_MARKS.match(body, m.char_end) is not None


def _fronted_object(m: Metric, body: str) -> Metric:
    """A count that ends a clause right after its verb, the verb's object left empty, counts the
    noun phrase that stands alone as the sentence's first clause, its topic (这些问题，网格员今年已解决了
    210个; 村内道路，去年已硬化8.5公里): the object fronted. Not a share or a sum (it may be a rate of
    the topic), nor a scope (全镇, 该村), a time (今年以来) or a clause with a verb."""
    if not _clause_ending_count(m, body):
        return m
    mark = _clause_mark_before(body, m.char_start)
    begin = _sentence_start(body, m.char_start)
    if mark is None or _clause_mark_before(body, mark) is not None or mark - begin > MAX_SUBJECT:
        return m
    clause = _tagged(body, mark + 1, m.char_start)
    while clause and (clause[-1][3].startswith("u") or clause[-1][2] in ("了", "共", "共计")):
        clause.pop()
    words = _tagged(body, begin, mark)
    if words and words[0][2] in TOPIC_MARKERS:
        words = words[1:]  # 对于群众反映的问题，: the marker of what the sentence goes on about
    agent = any(_nounish(*w[2:]) and w[3] != "t" for w in clause[:-1])  # 街道已办结: who did it
    topic = _owned_topic(words, relative=agent)
    if not topic or (topic is words and mark - begin > MAX_PHRASE + 2):
        return m
    if SCOPE_WORD.match(body, topic[0][0]) or not _nounish(*topic[-1][2:]):
        return m
    if not all(_nounish(*w[2:]) or w[3] in ("r", "m", "q", "s") for w in topic):
        return m
    if not clause or clause[-1][2] in LINK_WORDS or clause[-1][2] in LIGHT_VERBS:
        return m  # 党员志愿者有90多人: the clause's own noun has them
    verb = clause[-1][3] == "v" and clause[-1][2] not in STOP_WORDS - LEAD_WORDS
    if not (verb or _verbal_after_adverb(clause)):
        return m
    if any(w[3] in ("v", "uj") for w in clause[:-1]):
        return m  # 组织党员，开展活动共20场: the clause has a verb of its own before
    span = next(((w[0], topic[-1][1]) for w in topic if _nounish(*w[2:])), None)
    return replace(m, subject=body[span[0] : span[1]], subject_span=span) if span else m


TOPIC_MARKERS = frozenset({"对于", "对", "针对", "关于"})


def _owned_topic(
    topic: list[tuple[int, int, str, str]], relative: bool = False
) -> list[tuple[int, int, str, str]]:
    """A topic whose noun a place or a body owns through 的 (全镇的矛盾纠纷, 村里的光伏电站): the
    words after the 的, the thing the clause after goes on about; the words whole otherwise. With
    ``relative`` (the clause after names who acted on it: 群众反映的问题，街道已办结320件) a clause
    before the 的 says which of the things, and the words after it are the thing too."""
    de = next((k for k in range(len(topic) - 1, -1, -1) if topic[k][2] == "的"), None)
    if de is None or de == 0:
        return topic
    owner = topic[:de]
    owned = all(_nounish(*w[2:]) or w[3] in ("r", "s", "f") or SCOPE_WORD.fullmatch(w[2]) for w in owner)
    which = relative and owner[0][3] not in ("p", "c", "d") and not any(w[3] in ("m", "q") for w in owner)
    if not owned and not which:
        return topic  # 参加活动的居民，每人可领取2份: a clause before the 的, and the 居民 took them;
        # 为了解决246户居民的用水问题，: a purpose, not a topic
    return topic[de + 1 :]


# a list a verb of containing opens, right before a count (涵盖助餐、助浴、助医3大类)
LISTED = re.compile(
    r"(?:涵盖|包括|包含|囊括|分为|涉及)[^，,。；;：:！？!?\n（）()]*、[^，,。；;：:！？!?\n（）()、]{1,8}$"
)
CLAUSE_OPENS = re.compile(r"[，,。；;：:！？!?\n]")


def _total_of_list(m: Metric, body: str) -> Metric:
    """A count ending its clause right after a list of names that a verb of containing opens
    (服务内容包括助餐、助浴、助医3大类。) counts the list's items: things of the noun phrase before
    the verb (服务内容), not of the last name listed (助医)."""
    if not _clause_ending_count(m, body):
        return m
    begin = max(
        (k.end() for k in CLAUSE_OPENS.finditer(body, max(0, m.char_start - 120), m.char_start)), default=0
    )
    listed = LISTED.search(body, begin, m.char_start)
    if listed is None or listed.end() != m.char_start:
        return m
    topic = _tagged(body, begin, listed.start())
    k = len(topic)
    while k > 0 and _nounish(*topic[k - 1][2:]):
        k -= 1
    if k == len(topic) or topic[-1][1] != listed.start() or topic[-1][1] - topic[k][0] > MAX_SUBJECT:
        return m
    span = (topic[k][0], topic[-1][1])
    return replace(m, subject=body[span[0] : span[1]], subject_span=span)


# what a count has or reached, after when and where alone (目前全区已有2.3万名)
HAD = re.compile(r"(?:已经?|共|现|还|仅|就)?(?:有|达|达到|发展到|增加到|增至)$")
MAX_TOPIC_CLAUSES = 3  # clauses from a sentence's topic to the count it gives the subject of
COMMA = re.compile("[，,]")  # a page printed in ASCII punctuation cuts its clauses with `,`


def _topic_had(m: Metric, body: str) -> Metric:
    """A count with nothing named beside it, in a clause of only when and where and a verb of
    having or reaching (，目前全区已有2.3万名; ，现已发展到35支), counts the sentence's topic: the
    noun phrase standing alone as its first clause (党员志愿者，是社区治理的生力军，…), up to
    MAX_TOPIC_CLAUSES clauses before.
    Not a share or a sum (of what, the clause does not say), nor a clause with a noun of its own."""
    if not _clause_ending_count(m, body):
        return m
    mark = _clause_mark_before(body, m.char_start)
    begin = _sentence_start(body, m.char_start)
    if mark is None:
        return m
    had = HAD.search(body, mark + 1, m.char_start)
    if had is None or had.end() != m.char_start:
        return m
    lead = [w for w in _tagged(body, mark + 1, m.char_start) if w[1] <= had.start()]
    if not all(w[3] in ("t", "d") or SCOPE_WORD.fullmatch(w[2]) for w in lead):
        return m
    commas = [c.start() for c in COMMA.finditer(body, begin, mark + 1)]
    if not commas or len(commas) > MAX_TOPIC_CLAUSES or commas[0] - begin > MAX_PHRASE:
        return m
    first = commas[0]
    topic = _tagged(body, begin, first)
    if not topic or SCOPE_WORD.match(body, begin) or not _nounish(*topic[-1][2:]):
        return m
    if not all(_nounish(*w[2:]) or w[3] in ("r", "m", "q") for w in topic):
        return m  # 这支队伍: a pointer and a measure word before the noun, left out
    span = next(((w[0], topic[-1][1]) for w in topic if _nounish(*w[2:])), None)
    return replace(m, subject=body[span[0] : span[1]], subject_span=span) if span else m


def _verbal_after_adverb(words: list[tuple[int, int, str, str]]) -> bool:
    """The last word is a verb of two characters the tagger read as a noun, after an adverb (已硬化):
    no noun follows an adverb (but 共联系群众, a set phrase of a verb and its object)."""
    return len(words) > 1 and words[-2][3] == "d" and words[-1][3] in ("n", "vn") and len(words[-1][2]) == 2


def _bracketed(m: Metric, body: str) -> Metric:
    """A figure alone in brackets right after a name (组建了红白理事会（共8个）, 建成“口袋公园”（12处）)
    counts that name, as if printed in the brackets' place: the subject read from a copy of the
    text with the figure there, when it lies before the brackets."""
    opened = BRACKETED.search(body, max(0, m.char_start - 3), m.char_start)
    if opened is None or body[m.char_end : m.char_end + 1] not in ("）", ")"):
        return m
    at = opened.start()
    copy = body[:at] + body[m.char_start : m.char_end] + body[m.char_end + 1 :]
    match = PATTERN.match(copy, at)
    if match is None or match.end() != at + m.char_end - m.char_start:
        return m
    span = _subject(match, copy, KINDS.get(m.unit, "count")) or _bounded(_phrase_before(copy, at))
    if span is None or span[1] > at or _names_nothing(copy, span):
        return m
    return replace(m, subject=body[span[0] : span[1]], subject_span=span)


def _unglued(match: re.Match) -> re.Match:
    """The match without its qualifier when that is the last character of a word (签约58部, 就近安置
    120人: signed, nearby; not 约, 近 before the figure): the figure read from its number."""
    pre = match["pre"]
    before = match.string[match.start() - 1 : match.start()]
    if not pre or not before or before not in GLUED_QUALIFIERS.get(pre, ""):
        return match
    return PATTERN.match(match.string, match.end("pre")) or match


def _reading_copy(body: str) -> tuple[str, list[int] | None]:
    """``body`` with the marks a page may print otherwise in their usual form, so the rules below
    read one form, and where each of its characters is in ``body`` (None: at the same place):
    full-width digits, letters and signs (２０４８个, ９８．６％, Ｂ１２版), a point that is not a
    decimal one as a full stop (ASCII punctuation: 工作.8个部门), corner brackets (「两个维护」) and
    straight quotes, opening and closing in turn within a paragraph ("两个维护"), as the curly
    quotes that mark a name, and a line spaced out one character a space (社 区 党 组 织 3 2 个)
    without its spaces."""
    text = body.translate(FOLDED) if FOLDABLE.search(body) else body
    if "." in text:
        text = FULL_STOP.sub("。", text)
    if '"' in text:
        text = "\n".join(_paired_quotes(line) for line in text.split("\n"))
    spaced = (" " in text or "\u3000" in text) and SPACED_HINT.search(text)  # most bodies: no space
    return _despaced(text) if spaced else (text, None)


def _despaced(text: str) -> tuple[str, list[int]]:
    places: list[int] = []
    last = 0
    for run in SPACED_RUN.finditer(text):
        places.extend(range(last, run.start()))
        places.extend(range(run.start(), run.end(), 2))  # its characters, not the spaces between
        last = run.end()
    places.extend(range(last, len(text)))
    return SPACED_RUN.sub(lambda run: run.group()[::2], text), places


@dataclass(frozen=True)
class _Places:
    """Where the characters of the reading copy are in the body (``at`` None: the same places)."""

    at: list[int] | None
    body_length: int

    def start(self, i: int) -> int:
        return self.at[i] if self.at is not None and i < len(self.at) else min(i, self.body_length)

    def end(self, i: int) -> int:
        return self.start(i - 1) + 1 if i > 0 else 0


def _as_printed(m: Metric, body: str, places: _Places, marks: list[int], length: int) -> Metric:
    """``m`` read on the reading copy, with its places and words as ``body`` prints them."""
    start, end = places.start(m.char_start), places.end(m.char_end)
    span = m.subject_span and (places.start(m.subject_span[0]), places.end(m.subject_span[1]))
    begin, stop = _sentence_bounds(marks, m.char_start, length)
    return replace(
        m,
        subject=body[span[0] : span[1]] if span else None,
        raw_text=body[start:end],
        sentence=body[places.start(begin) : places.end(stop)].strip(),
        char_start=start,
        char_end=end,
        subject_span=span,
    )


def _paired_quotes(line: str) -> str:
    parts = line.split('"')
    return parts[0] + "".join(QUOTE_TURNS[k % 2] + part for k, part in enumerate(parts[1:]))


def _shared_subjects(metrics: list[Metric], body: str) -> list[Metric]:
    """A figure printed right after another that counts the same thing takes its subject: joined
    by 、 with no subject of its own (常住居民3085户、7710人), or its share of a whole (注册志愿者
    150万人，占常住人口的17.62%: the share is of 注册志愿者, not of 常住人口). On a page printing its
    punctuation half-width a , stands for 、 as well (常住居民3085户,7710人)."""
    joins = HALF_WIDTH_JOINS if _half_width(body) else ("、",)
    out: list[Metric] = []
    for m in metrics:
        prev = out[-1] if out else None
        gap = body[prev.char_end : m.char_start] if prev and prev.subject_span else None
        same = gap is not None and _same_thing(m, "".join(gap.split()), joins)  # 3085户、 7710人
        same = same or (prev is not None and _members_of(m, prev, gap))  # 巡逻队伍58支1200余人
        share = prev is not None and m.subject_span is None and _share_of_clause_before(m, prev, body)
        if prev is not None and (same or share):
            m = replace(m, subject=prev.subject, subject_span=prev.subject_span)
        elif (
            _names_nothing(body, m.subject_span)
            and (m.subject_span or (0, 0))[0] < m.char_start
            and not _object_of_lead(body, m.subject_span)
        ):
            m = _counted_in_clause_before(m, prev, body)
        elif _only_compared(body, m):  # ，与去年同期相比下降了12.6%: not 同期相比
            m = _counted_in_clause_before(replace(m, subject=None, subject_span=None), prev, body)
        out.append(m)
    return out


def _object_of_lead(body: str, span: tuple[int, int] | None) -> bool:
    """The subject read is a verb that a lead verb right before it takes as its object (带动就业5100余人,
    扶持创业1860人): the act the figure counts, named in its own clause, not a clause of only what was
    done (，办结4380件) that goes on with the figure before."""
    if span is None:
        return False
    words = _tagged(body, max(0, span[0] - 4), span[0])
    return bool(words) and words[-1][1] == span[0] and words[-1][2] in LEAD_WORDS and len(words[-1][2]) == 2


def _only_compared(body: str, m: Metric) -> bool:
    """The figure's clause says only how it differs from another figure (，与去年同期相比下降了12.6%):
    whatever noun the comparison holds (同期) is no subject."""
    mark = _clause_mark_before(body, m.char_start)
    return (
        mark is not None and COMPARED.fullmatch(body[mark + 1 : m.char_start].strip(" \t\u3000")) is not None
    )


def _members_of(m: Metric, prev: Metric, gap: str | None) -> bool:
    """A count of people printed right after a count in another unit, with no noun of its own
    after it (巡逻队伍58支1200余人): the members of the things that count counts, not whatever the
    words before both name."""
    if gap is None or gap.strip(" \t\u3000") or not _of_people(m.unit) or m.unit == prev.unit:
        return False
    return m.subject_span is None or m.subject_span[1] <= prev.char_start


def _respective_subjects(metrics: list[Metric], body: str) -> list[Metric]:
    """Figures listed after 分别 count, in order, the names listed before it (参保率、续保率分别达到
    98%和96%: 98% the 参保率, 96% the 续保率), when there are as many names as figures; else what
    the first counts, when they name nothing of their own."""
    out = list(metrics)
    k = 0
    while k < len(out):
        respective = RESPECTIVE.search(body, max(0, out[k].char_start - 16), out[k].char_start)
        run = _listed_run(out, k, body) if respective else [k]
        names = _respective_names(body, respective.start()) if respective else []
        if len(run) > 1 and len(names) == len(run):
            for j, span in zip(run, names, strict=True):
                out[j] = replace(out[j], subject=body[span[0] : span[1]], subject_span=span)
        elif len(run) > 1:  # 两个村的集体收入分别达到42万元和38万元: one name for all
            first = out[k]
            for j in run[1:]:
                if out[j].subject_span is None:
                    out[j] = replace(out[j], subject=first.subject, subject_span=first.subject_span)
        k = run[-1] + 1
    return out


def _listed_run(metrics: list[Metric], k: int, body: str) -> list[int]:
    """Indexes of the figures from ``k`` on that a list joins (12个、5个和20个)."""
    run = [k]
    while run[-1] + 1 < len(metrics):
        gap = body[metrics[run[-1]].char_end : metrics[run[-1] + 1].char_start].strip(" \t\u3000")
        if gap not in LIST_JOINS:
            break
        run.append(run[-1] + 1)
    return run


def _respective_names(body: str, at: int) -> list[tuple[int, int]]:
    """The names joined by 、 or 和 that end right before ``at`` (老年食堂、托育点、便民超市分别),
    each a noun phrase, or none; before the 的 of a head of how many (党员和群众的人数分别)."""
    marks = list(LIST_CLAUSE_MARK.finditer(body, max(0, at - 40), at))
    begin = marks[-1].end() if marks else max(0, at - 40)
    cuts = [begin, *(m.end() for m in LIST_JOIN.finditer(body, begin, at) if _joins_alone(body, begin, m))]
    names = []
    de = body.rfind("的", cuts[-1], at)  # the names listed modify one head: 城市和农村的物业覆盖率
    if de >= 0 and not GENERIC_HEAD.fullmatch(body[de + 1 : at]):
        return []  # each figure is of the head (物业覆盖率), which its own phrase reads
    if de >= 0:
        at = de  # 食堂和托育点的数量分别为12个、5个: a head of how many counts what is listed
    for start, end in zip(cuts, [*(c - 1 for c in cuts[1:]), at], strict=True):
        phrase = _noun_phrase_ending(_tagged(body, start, end))
        if not any(_nounish(*w[2:]) for w in phrase):
            return []
        names.append((phrase[0][0], phrase[-1][1]))
    return names


def _joins_alone(body: str, begin: int, join: re.Match) -> bool:
    """The join character at ``join`` is a word of its own, not a character inside one (普及率, 参与率:
    农村集中供水率和自来水普及率分别 lists two names, not three). 、 always joins."""
    if join.group() == "、":
        return True
    return any(w[0] == join.start() and w[1] == join.end() for w in _tagged(body, begin, join.end() + 2))


def _counted_in_clause_before(m: Metric, prev: Metric | None, body: str) -> Metric:
    """A figure whose clause names nothing, only what was done (，办结4380件, ，目前已招募320名,
    ，同比增长18%), counts what the clause before it names: the thing the figure before counts
    in the same sentence, when both are counted in one unit or this one is its change (受理诉求
    4500件，办结4380件; 收入126万元，同比增长18%), else the noun phrase that ends that clause when it
    holds no figure and this clause's verb says how many of it there are (招募志愿者，目前已招募
    320名; not 开通了热线，已接听3000余个). Only counts and changes: a verb alone may name a
    measure (捐款200万元)."""
    mark = _clause_mark_before(body, m.char_start)
    if mark is None:
        return m
    if _headless(body, mark + 1, m.char_start) is not None:
        return m  # ，60岁以上的有41名: the 的 phrase names the part counted
    clause = body[mark + 1 : m.char_start]
    alone = m.char_end == len(body) or CLAUSE_MARKS.match(body, m.char_end) is not None  # ，约3000人。
    if alone and _of_people(m.unit) and _apposed(_tagged(body, mark + 1, m.char_start)):
        people = _people_before(body, mark)
        if people is not None:
            return replace(m, subject=body[people[0] : people[1]], subject_span=people)
    link = LINK_AT_END.search(clause.rstrip(" \t\u3000了"))  # 同比增长了11.2%: a link all the same
    words = _tagged(body, mark + 1, mark + 1 + (link.start() if link else len(clause)))
    change = m.unit == "%" and link is not None
    compared = COMPARED.fullmatch(clause.strip(" \t\u3000")) is not None
    if compared:
        words, change = [], True  # ，比全省平均水平高出6个百分点: how it differs from another figure
    counted = KINDS.get(m.unit) == "count" and m.unit not in NAMING_UNITS
    said = (
        alone
        and (link is not None or bool(words))
        and all(w[3] in ("d", "t") or w[2] in ("在", "是", *EXPECTING) for w in words)
    )
    if not (words or link or compared) or not _only_done(words) or not (change or counted or said):
        return m  # ，两条高速在…: a figure that opens its clause counts what follows it
    if prev is not None and prev.char_end > _sentence_start(body, m.char_start):
        if prev.subject_span and prev.char_end <= mark and (change or prev.unit == m.unit):
            return replace(m, subject=prev.subject, subject_span=prev.subject_span)
        helped = _beneficiary_before(body, mark) if _of_people(m.unit) and _reaches(words) else None
        return replace(m, subject=body[helped[0] : helped[1]], subject_span=helped) if helped else m
    span = _bounded(_phrase_before(body, mark))
    named = _tagged(body, *span) if span else []
    if span is None or not named or not _nounish(*named[-1][2:]):
        return m  # not 书记孙宏良介绍，1个积分: the clause before ends with what someone did
    if not (link or said or _says_how_many(words, body[max(0, mark - 40) : mark])):  # ，大约在50万元左右
        return m  # 开通了便民热线，已接听3000余个: calls, not hotlines
    return replace(m, subject=body[span[0] : span[1]], subject_span=span)


def _reaches(words: list[tuple[int, int, str, str]]) -> bool:
    """The clause says only whom the deed reached (，惠及4300余人, ，覆盖2万人): a verb of `REACHING`
    and adverbs."""
    return any(w[2] in REACHING for w in words) and all(w[2] in REACHING or w[3] == "d" for w in words)


def _beneficiary_before(body: str, mark: int) -> tuple[int, int] | None:
    """The people a preposition of whom a deed is for (为, 给, 帮) names in the clause before ``mark``
    (为特困人员发放供养金1260万元，惠及4300余人: the 4300 are of the 特困人员), or None."""
    begin = _clause_mark_before(body, mark)
    words = _tagged(body, begin + 1 if begin is not None else max(0, mark - 40), mark)
    k = next((k for k, w in enumerate(words) if w[3] == "p" and w[2] in BENEFICIARY), None)
    if k is None:
        return None
    run = []
    for w in words[k + 1 :]:
        if not (_nounish(*w[2:]) or _place_modifier(w) or w[3] == "a"):
            break
        run.append(w)
    if not run or PEOPLE_HEAD.search(run[-1][2]) is None:
        return None
    return run[0][0], run[-1][1]


def _apposed(words: list[tuple[int, int, str, str]]) -> bool:
    """A clause of a figure after nothing but adverbs, linking words or a verb of having (，约3000人;
    ，共86户; ，有300多人): an apposition that says how many of something the clause before named
    there are, not a clause with a verb of its own."""
    return all(
        w[3] == "d" or w[2] in LINK_WORDS or (w[2].endswith("有") and len(w[2]) <= 2 and w[3] == "v")
        for w in words
    )


def _people_before(body: str, mark: int) -> tuple[int, int] | None:
    """The last noun phrase of the clause that ends at ``mark`` whose head names people or
    households (这个社区的老年人比例高，约3000人 -> 老年人; 社区居民大多是外来务工人员 -> 外来务工人员;
    流动人口较多 -> 流动人口): what a count of people in apposition after it counts."""
    opened = _last_clause_mark(body, max(0, mark - 40), mark)
    begin = opened + 1 if opened is not None else max(0, mark - 40)
    words = _tagged(body, begin, mark)
    share = next((k for k, w in enumerate(words) if w[2] in ("占", "占到") and w[3] == "v"), len(words))
    words = words[:share]  # 外来人口占到了总人口的六成: not the whole it is a share of
    for k in range(len(words) - 1, -1, -1):
        word, tag = words[k][2:]
        if _nounish(word, tag) and (PEOPLE_HEAD.search(word) or word.endswith(("人口", "户"))):
            return _bounded(_span(_noun_phrase_ending(words[: k + 1])))
    return None


def _says_how_many(words: list[tuple[int, int, str, str]], before: str) -> bool:
    """The clause's verb says how many of the thing the clause before named there are: a verb of
    having (已有, 共有) or the verb of that clause again (招募志愿者，已招募320名)."""
    verbs = [w[2] for w in words if w[3] == "v" or w[2] in LEAD_WORDS or VERBS_TAGGED_NOUNS.fullmatch(w[2])]
    grown = any(g in "".join(w[2] for w in words) for g in GROWTH)  # 已发展到: 发展 is tagged vn
    return grown or any(v.endswith("有") or v in before for v in verbs)


def _names_nothing(body: str, span: tuple[int, int] | None) -> bool:
    """No subject, or verbs and adverbs only (招募, 整改到位): what was done, not what was counted."""
    return span is None or _only_done(_tagged(body, *span))


def _only_done(words: list[tuple[int, int, str, str]]) -> bool:
    """Verbs (not verbal nouns), adjectives, time words and function words only: what was done, how
    and when (其中已完工, 目前已招募, 成功化解), no name of a thing (but 积分, which the tagger reads as an adverbial
    adjective, may be one)."""
    return all(
        (
            w[3] in ("v", "a", "t")
            or VERBS_TAGGED_NOUNS.fullmatch(w[2])  # 目前已办理1400余张: 办理 is tagged a noun
            or w[2] in EXPECTING  # 今年预计突破: 预计 is tagged a verbal noun
            or w[3].startswith(FUNCTION_TAGS)
            or w[2] in STOP_WORDS
            or _verb_after_adverb(words, k)
        )
        and not NOUN_SUFFIX.search(w[2])
        for k, w in enumerate(words)
    )


def _verb_after_adverb(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` is a verbal noun right after an adverb (已发展到, 正在建设): a verb there, as no
    noun follows an adverb."""
    return words[k][3] == "vn" and k > 0 and words[k - 1][3] == "d" and words[k - 1][1] == words[k][0]


def _clause_mark_before(body: str, start: int) -> int | None:
    """Where the comma that opens the clause of ``start`` is, when one does inside its sentence."""
    for k in range(start - 1, max(-1, start - 40), -1):
        if body[k] in "，,":
            return k
        if body[k] in _MARKS_STOPPING:
            return None
    return None


# SENTENCE_MARK's and CLAUSE_MARKS' characters (both one-character classes): a set lookup, as the
# loop above runs some 100,000 times on 2 MB of pages
_MARKS_STOPPING = frozenset("。！？；\n，,、：:；;。！？!?（）()“”《》")


def _sentence_start(body: str, start: int) -> int:
    found = [k.end() for k in SENTENCE_MARK.finditer(body, max(0, start - 200), start)]
    return found[-1] if found else 0


def _share_of_clause_before(metric: Metric, prev: Metric, body: str) -> bool:
    """A share that opens its clause (，占小区总数的85%) after a clause whose count has a subject, in
    the same sentence (1800多个小区引入了物业服务，占…): the share is of what that count counts."""
    mark = _clause_mark_before(body, metric.char_start)
    if mark is None or prev.subject_span is None or not prev.char_end <= mark:
        return False
    if prev.char_end <= _sentence_start(body, metric.char_start) or KINDS.get(prev.unit) != "count":
        return False
    return SHARE_OF.fullmatch("".join(body[mark : metric.char_start].split())) is not None


def _same_thing(metric: Metric, gap: str, joins: tuple[str, ...] = ("、",)) -> bool:
    return (gap in joins and metric.subject_span is None) or SHARE_OF.fullmatch(gap) is not None


HALF_WIDTH_JOINS = ("、", ",")


def _half_width(body: str) -> bool:
    """The body prints its commas half-width and no 、 or ，: a , there may be a 、 (the reading copy
    has its ASCII stops as 。 already, so they tell nothing)."""
    return "," in body and "、" not in body and "，" not in body


def _ends(match: re.Match, body: str, marks: list[int]) -> list[Metric]:
    """The metric a match reads, or a range's two ends (2至3倍: 2 倍 printed `2`, 3 倍 printed `3倍`)."""
    metric = _metric(match, body, marks)
    if not match["lo"]:
        return [metric]
    mark = RANGE_MARK.search(body, match.end("loscale") if match["loscale"] else match.end("lo"))
    low_text = body[match.start() : mark.start() if mark else match.end("lo")].rstrip()
    low = replace(metric, raw_text=low_text, char_end=match.start() + len(low_text))
    high_value = float(_number(match["num"]) * _scale(match["scale"]))
    start = match.start("num")
    return [low, replace(metric, value=high_value, raw_text=body[start : match.end()], char_start=start)]


def _metric(match: re.Match, body: str, marks: list[int]) -> Metric:
    start, end = match.span()
    unit, kind = _unit(match["unit"])
    span = _subject(match, body, kind)
    return Metric(
        value=_value(match),
        unit=unit,
        qualifier=_qualifier(match),
        subject=body[span[0] : span[1]] if span else None,
        raw_text=body[start:end],
        sentence=_sentence(body, marks, start),
        char_start=start,
        char_end=end,
        subject_span=span,
    )


def _unit(surface: str) -> tuple[str, str]:
    return UNITS.get(surface, (surface, "measure"))


def _qualifier(match: re.Match) -> str | None:
    for group in ("pre", "mid1", "mid2", "post"):
        if match[group]:
            return match[group]
    return None


def _is_metric(match: re.Match, body: str) -> bool:
    lo, num, unit = match.group("lo", "num", "unit")
    if unit in DURATIONS and not (unit == "年" and _qualifier(match) and _value(match) >= MIN_AGE_YEARS):
        return False
    if unit == "分" and body[max(0, match.start() - 1) : match.start()] in CLOCK_MARKS:
        return False  # 8点30分, 3时20分: a clock time
    approximate = bool(match["mid1"] or match["mid2"])
    if not _is_quantity(num, approximate) or (lo and not _is_quantity(lo, approximate)):
        return False
    first = match.start("lo") if lo else match.start("num")
    if (lo or num)[0] in CN_CHARS and (
        _value(match) == 1 or unit in IDIOM_UNITS or body[first - 1 : first] in VAGUE
    ):
        return False  # 一件事; 十分满意 (very); 二期工程, 三口之家; 几十名, 数十万元 (some tens)
    if SPACED_DIGIT.fullmatch(body, max(0, first - 2), first):
        return False  # 4 8 0 0米 read from its last digit: a number spaced out, read whole from its first
    if body[first - 1 : first].isspace() and body[max(0, first - 4) : first].rstrip().endswith("第"):
        return False  # 第 1 2名: an ordinal spaced out
    if unit == "张" and _photo_count_note(body, first, match.end()):
        return False
    return not _in_quoted_name(body, first, match.end())


PHOTO_NOTE_OPEN = re.compile(rf"[（(](?:组图[，,、]?{SP})?(?:共{SP})?$")  # （2张）, （组图，共3张）
PHOTO_CREDIT_END = re.compile(rf"(?:^|\n|摄|发|供图|组图){SP}$")  # 新华社记者 张三 摄（3张）
MAX_PHOTOS = 20  # pictures a photo set prints at most
LEADING_DIGITS = re.compile(r"[1-9]\d*")


def _photo_count_note(body: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` is a photo set's count in brackets after its credit (`新华社记者
    张三 摄（3张）`), alone on its line or naming the set (`（组图，共3张）`): a caption's furniture,
    not a fact of the story (发放宣传单（共3000张） is one)."""
    opened = PHOTO_NOTE_OPEN.search(body, max(0, start - 12), start)
    count = LEADING_DIGITS.match(body, start, end)
    if (
        opened is None
        or count is None
        or int(count.group()) > MAX_PHOTOS
        or body[end : end + 1] not in ("）", ")")
    ):
        return False
    credit = PHOTO_CREDIT_END.search(body, max(0, opened.start() - 6), opened.start())
    return "组图" in opened.group() or credit is not None


def _is_quantity(number: str, approximate: bool) -> bool:
    if number[0] not in CN_CHARS:  # digits, the most common: no leading zero (0313), but 0.5
        return not (number[0] == "0" and len(number) > 1 and number[1] != ".")
    if all(c in "百千万亿" for c in number):  # 百万元, 千余亩; not 千家万户, 万人参与
        return len(number) > 1 or approximate
    return any(c in CN_DIGITS or c == "十" for c in number)


def _in_quoted_name(body: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` is part of a name in quotes (“1152”工作机制, “两个维护”, 《…》):
    not when it is all the quotation holds (“100%”目标) or a noun phrase follows it there, as in
    a sentence (“未发生1起安全生产事故”)."""
    for open_mark, close_mark in QUOTES:
        opened = body.rfind(open_mark, 0, start)
        if opened <= body.rfind(close_mark, 0, start):
            continue
        closed = body.find(close_mark, start)
        if closed != -1 and open_mark == "《":
            return True
        if closed != -1 and closed - opened <= MAX_QUOTED_NAME:
            alone = not (body[opened + 1 : start] + body[end:closed]).strip()
            return not alone and len(HAN_CHAR.findall(body, end, closed)) <= MAX_NAME_WORDS
    return False


def _value(match: re.Match) -> float:
    number, scale = match["num"], match["scale"]
    if match["lo"]:
        number, scale = match["lo"], match["loscale"] or scale
    return float(_number(number) * _scale(scale))


@lru_cache(maxsize=1024)
def _scale(chars: str) -> Decimal:
    factor = Decimal(1)
    for char in chars:
        factor *= SCALES[char]
    return factor


@lru_cache(maxsize=4096)
def _number(text: str) -> Decimal:
    if text[0] not in CN_CHARS:
        return Decimal(text.replace(",", "").replace(" ", ""))
    if not any(c in SCALES for c in text):
        return Decimal("".join(str(CN_DIGITS[c]) for c in text))
    return Decimal(_chinese_number(text))


def _chinese_number(text: str) -> int:
    """一万六千 -> 16000, 三亿五千万 -> 350000000, 十四 -> 14, 万 -> 10000."""
    total, section, digit = 0, 0, 0
    for char in text:
        if char in CN_DIGITS:
            digit = CN_DIGITS[char]
        elif char in CN_SMALL:
            section += (digit or 1) * CN_SMALL[char]
            digit = 0
        elif char == "万":  # 万余人: one 万
            total, section, digit = total + (section + digit or 1) * 10_000, 0, 0
        else:
            total, section, digit = (total + section + digit or 1) * 100_000_000, 0, 0
    return total + section + digit


def _sentence(body: str, marks: list[int], start: int) -> str:
    """The sentence around ``start``; ``marks`` are the positions of the sentence marks in body."""
    begin, stop = _sentence_bounds(marks, start, len(body))
    return body[begin:stop].strip()


def _sentence_bounds(marks: list[int], start: int, length: int) -> tuple[int, int]:
    after = bisect_left(marks, start)
    return (marks[after - 1] + 1 if after else 0), (marks[after] + 1 if after < len(marks) else length)


def _subject(match: re.Match, body: str, kind: str) -> tuple[int, int] | None:
    """`_thing_counted`, with the short modifier between the figure and the 的 before a noun of
    two characters or less, which alone says little (9折加气的优惠: 优惠 of what)."""
    span = _thing_counted(match, body, kind)
    if span is not None and SCOPE_WORD.fullmatch(body, *span):
        return None  # 全村有236户参与: 全村 says where they are, nothing named is counted
    if span is None or span[1] - span[0] > 2 or not 0 < span[0] - match.end() <= MAX_SHORT_MODIFIER + 1:
        return span
    de = span[0] - 1
    return (match.end(), span[1]) if body[de] == "的" and _short_modifier(body, match.end(), de) else span


def _thing_counted(match: re.Match, body: str, kind: str) -> tuple[int, int] | None:
    """Where the thing counted is printed (start, end in ``body``), or None: the noun phrase after
    a count (32个社区党组织); else the one before the figure (社区党组织32个, 满意率达98%), unless
    a verb takes the figure as its object (发放1.6万元慰问金, 建起300亩的基地), a 的 stands before
    it (种植的800亩茶园) or nothing before names a thing (全镇6000余亩茶园), when the noun after
    it is."""
    after = _noun_after(body, match.end()) or _noun_after_next_count(body, match)
    if after and _after_preposition(body, match.start()):
        after = _before_predicate(body, after)  # 从4个维度评估服务质量: 评估 is the clause's verb
    if after and body.startswith(PURPOSE, match.end()):
        after = None  # 安排200万元用于社区工作者培训: what it is for, not what it is
    if (
        after
        and _of_people(match["unit"])
        and (_says_what_they_did(body, after) or _object_before_act(body, match, after))
    ):
        after = None
    if after and _of_people(match["unit"]):
        after = _people_named(body, after)  # 3000余名志愿者守护社区平安: 志愿者
    listed = after and _list_closed_before(body, match.start()) and _list_counted(body, match, after)
    if kind == "count" and after and not listed:
        paired = _noun_of_next_pair(body, match, after)
        if paired is not None:
            return _bounded(paired)  # 党小组8个党员96名: 党员 is the next figure's
        return _bounded(_owner_of_next_subject(body, match, after))
    if match["unit"] in ("%", "％") and body[match.start() - 1 : match.start()] != "有":
        done = _object_of_share(body, match.end())  # not 书记中，有86%具有…学历: 86% of the 书记
        if done:
            return _bounded(done)  # 100%建立了党支部: how much of the object the act reached
    frame = _frame_before(body, match.start())
    if frame and after and _share_of_noun_after(body, match, after):
        return _bounded(_people_named(body, after))  # 有83%的住户表示同意: 住户
    if frame and not (kind == "count" and after):
        return _bounded(frame)  # 党组织书记中，有86%具有大专以上学历: 86% of the 书记
    before = _phrase_before(body, match.start())
    money = match["unit"].endswith("元")
    if after and money and _given(body, match, after):
        return _bounded(after)  # 给予每个社区3万元的奖励: the sum is the reward, the 社区 get it
    spent = _spending_verb(body, before[1], match) if before and money else None  # before: who spent it
    if spent and (not after or _goes_on(body, match.end(), after)):
        return spent  # 镇里还投入80万元, 安排300万元用于: what the verb moves, not who moved it
    if listed and before:
        return _bounded(before)  # 党员、志愿者等50余人清理河道: the names listed (or the last)
    if after and before and _predicate_after(body, match.end(), after):
        return _bounded(before)  # 捐款200万元用于村里: a verb after the figure goes on with the sentence
    if after and (not before or not _names_a_thing(body, before) or _after_de(body, match.start())):
        return _bounded(after)
    if after and before and body.startswith("”", before[1]) and _right_after(body, match.end(), after):
        return _bounded(after)  # “红色物业”已覆盖85%的住宅小区: the clause's own noun, not the name before it
    if after and _object_of_preposition(body, match.start(), after):
        return _bounded(after)  # 将7.2亩土地流转给合作社, 向200名群众, 和130亩茶叶: the noun after
    if after and before and _relative_clause(body, match, before, after):
        return _bounded(after)  # 村里投资120万元修建的文化广场: the figure is inside a modifier
    if after and _verb_takes_figure(body, before, match) and _right_after(body, match.end(), after):
        return _bounded(after)  # 村里遇到30万元的资金缺口: the figure is the verb's object
    if (
        after
        and before
        and _verb_before(body, match.start(), before)
        and not _goes_on(body, match.end(), after)
    ):
        return _bounded(after)  # not 捐款200万元用于村里, where the verb goes on with the sentence
    if before and _of_people(match["unit"]):
        before = _who_did(body, before)
        before = _people_doing(body, match, before) or before
    if before and money and _for_beneficiary(body, before):
        return _bounded(_sum_object(body, _object_counted(body, before)))
    return _bounded(_object_counted(body, before) if kind == "count" and before else before)


def _noun_of_next_pair(body: str, match: re.Match, after: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase right before a count, when the noun after it is followed at once by another
    figure (党小组8个党员96名, 合作社32家社员1800户): pairs of a noun and its count listed without a
    comma, the noun after belongs to the next figure; None when no noun stands right before the
    count (辖6个村民小组320户: the households are the groups')."""
    following = PATTERN.match(body, after[1])
    if following is None or not _is_metric(following, body):
        return None
    before = _phrase_before(body, match.start())
    if before is None or before[1] != match.start():
        return None
    words = _tagged(body, *before)
    return before if words and _nounish(*words[-1][2:]) else None


def _for_beneficiary(body: str, span: tuple[int, int]) -> bool:
    """A preposition of whom a sum is for (为, 给) opens the clause's words before the phrase read
    before the sum (为困难群众募集善款5.6万元, 为留守儿童筹集助学金): the people after it get the sum,
    the verb's object names it."""
    mark = _last_clause_mark(body, max(0, span[0] - MAX_SUBJECT), span[0])
    begin = mark + 1 if mark is not None else max(0, span[0] - MAX_SUBJECT)
    words = _tagged(body, begin, span[1])
    return any(w[3] == "p" and w[2] in BENEFICIARY and w[0] < span[0] for w in words)


def _sum_object(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """A phrase that opens with a verb before its object (筹集助学金): the object, which names the sum."""
    words = _tagged(body, *span)
    if len(words) > 1 and words[0][3] == "v" and all(_nounish(*w[2:]) for w in words[1:]):
        return (words[1][0], span[1])
    return span


def _after_preposition(body: str, start: int) -> bool:
    """A preposition opens the figure's phrase within a few characters before it (从4个, 按照不低于
    30%的): the figure and the noun after it are the preposition's object, and the clause's verb
    comes after them."""
    words = _tagged(body, max(0, start - MAX_SKIPPED), start)
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i][3] == "p"), None)
    if k is None or words[k][2] in LINK_WORDS:
        return False
    between = words[k + 1 :]
    return not any(CLAUSE_MARKS.match(w[2]) or w[3].startswith("n") for w in between)


def _before_predicate(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase up to the first verb of two characters after a noun (维度 | 评估 服务质量,
    比例 | 设置 公益性岗位): after a preposition's object the clause's verb follows, even one the
    tagger reads as a verbal noun."""
    words = _tagged(body, *span)
    for k in range(1, len(words) - 1):
        verb = words[k][3] in ("v", "vn") and len(words[k][2]) > 1 and words[k][2] not in NAMING_LEADS
        if verb and _nounish(*words[k - 1][2:]) and words[k - 1][3] != "vn":
            return (span[0], words[k][0])
    return span


def _frame_before(body: str, start: int) -> tuple[int, int] | None:
    """The noun of a frame that closes the clause before (城市社区党组织书记中，) when the figure's own
    clause opens with 有 alone (，有86%具有…, ，其中有30名): the figure is a part of what the frame
    names."""
    mark = _clause_mark_before(body, start)
    if mark is None or body[mark + 1 : start].strip(" \t\u3000") not in ("有", "其中有", "其中"):
        return None
    if not body[:mark].endswith("中"):
        return None
    return _phrase_before(body, mark - 1)


def _object_of_share(body: str, end: int) -> tuple[int, int] | None:
    """The object of a verb right after a percentage (社区100%配备了专职党务工作者, 实现了100%建立
    学雷锋志愿服务站点): the share says how much of it the act reached, so the object is what it is
    of, not the clause before; not a linking verb (达到), nor a verb with no object (100%覆盖。)."""
    words = _tagged(body, end, _clause_end(body, end, min(len(body), end + MAX_SUBJECT)))
    if len(words) < 2 or words[0][0] != end or words[0][3] != "v" or len(words[0][2]) < 2:
        return None
    if words[0][2] in LINK_WORDS:
        return None
    start = words[1][1] if words[1][2] == "了" else words[0][1]
    noun = _noun_run(body, start)
    if noun is None or not all(_nounish(*w[2:]) for w in _tagged(body, *noun)):  # a long name: its end
        return None
    return noun


def _noun_after_next_count(body: str, match: re.Match) -> tuple[int, int] | None:
    """The noun after a count of the same kind that follows a count at once (6大项58小项内容: both
    count 内容), as a noun after it would be: the two counts share it; not a unit that names what
    it counts (5县3.9万人). Counts of one unit joined by 和 or 、 share the noun after the last
    (分别有320户和410户居民, 12个、8个和5个社区)."""
    following = PATTERN.match(body, match.end())
    if following is None:
        return _noun_after_joined_count(body, match)
    if match["unit"] in NAMING_UNITS or following["pre"]:
        return None
    if KINDS.get(_unit(following["unit"])[0]) != "count":
        return None
    return _noun_after(body, following.end())


def _noun_after_joined_count(body: str, match: re.Match) -> tuple[int, int] | None:
    """The noun after the last of counts in the same unit that a 和, 与, 及 or 、 joins to this one
    (320户和410户居民: both count 居民), when none between has a noun of its own."""
    unit = _unit(match["unit"])[0]
    while True:
        join = COUNT_JOIN.match(body, match.end())
        following = PATTERN.match(body, join.end()) if join else None
        if following is None or _unit(following["unit"])[0] != unit or following["lo"]:
            return None
        noun = _noun_after(body, following.end())
        if noun is not None:
            return noun
        match = following


def _spending_verb(body: str, end: int, match: re.Match) -> tuple[int, int] | None:
    """The verb that spends or raises a sum right before it (投入, 捐赠了, 拨付), outside the
    phrase read before the figure (which ends at ``end``): the sum is what the verb moves, and the
    reports name it by the verb (捐款50余万元 -> 捐款), not by who moved it (镇里, 街道); not a verb
    that says what an amount came to (地区生产总值完成186亿元)."""
    start = match.start()
    words = _tagged(body, max(end, start - 8), start)
    if words and words[-1][2] == "了" and words[-1][1] == start:
        start = words.pop()[0]
    if not words or words[-1][1] != start:
        return None
    given = GIVING.fullmatch(words[-1][2]) and len(words) > 1 and words[-2][2].startswith("每")
    if not (SPENDING.fullmatch(words[-1][2]) or given):
        return None  # 每户奖励500元: given at a rate, the verb names the sum (奖励, 补贴 alone are nouns)
    return words[-1][:2]


def _owner_of_next_subject(body: str, match: re.Match, after: tuple[int, int]) -> tuple[int, int]:
    """The noun after a count, without the subject of a figure in another unit the same clause goes
    on to (58个村村级集体经济收入超过20万元, 20个社区居民满意度达95%): the count is the topic of that
    clause, its things own what the next figure measures, so it counts the words before that
    subject, or the first word when the subject opens the noun (126个村集体经济收入: 村); not a
    figure in the same unit, which counts the same things or others like them (23项任务已完成21项,
    1名专职网格员和2名兼职网格员)."""
    end = _clause_end(body, after[1], min(len(body), after[1] + MAX_SUBJECT))
    following = next((m for m in PATTERN.finditer(body, after[1], end) if _is_metric(m, body)), None)
    if following is None or _unit(following["unit"])[0] == _unit(match["unit"])[0]:
        return after
    gap = body[after[1] : following.start()].strip(" \t\u3000")
    if not (following["pre"] or gap) or "的" in gap:
        return after  # 6个村民小组320户1200人, 46个村的60支队伍: all of the noun after the first
    owned = _phrase_before(body, following.start())
    if owned is None or not after[0] <= owned[0] < after[1]:
        return after
    note = NOTE.match(body, owned[0])
    end = note.end() if note else owned[0]  # 46个杨家屯(社区)常住人口: a note ends the name before it
    if end >= after[1]:
        return after
    while end > after[0] and body[end - 1] in PER_PERIOD:
        end -= 1  # 7个村年集体经济收入: 年 says per year, of what follows
    if end - after[0] > 1 and body[after[0]] == body[after[0] + 1]:
        return (after[0], after[0] + 1)  # 58个村村级: 村 then 村级, which the tagger reads as 村村
    words = _tagged(body, after[0], end)
    while words and not _nounish(*words[-1][2:]):
        words.pop()
    words = words or _tagged(body, *after)[:1]
    return (after[0], words[-1][1]) if _nounish(*words[-1][2:]) else after


def _list_closed_before(body: str, start: int) -> bool:
    """A list of names closed by 等 right before the count (党员、志愿者等50余人): the count is of
    them, whatever follows it (清理垃圾, 组成的议事小组)."""
    return body[start - 1 : start] == "等" and "、" in body[max(0, start - MAX_SUBJECT) : start]


def _list_counted(body: str, match: re.Match, after: tuple[int, int]) -> bool:
    """The list before the count is what it counts, not the noun after: that noun does not follow
    the unit at once (等15人组成的议事小组), or the unit is a noun of people of its own (等50余人
    清理垃圾); not 城管、工商等8个部门, where the list names some of the 部门."""
    gap = body[match.end() : after[0]].strip(" \t\u3000")
    shared = PATTERN.fullmatch(gap) is not None  # 等6大项58小项内容: a second count shares the noun
    return match["unit"] in ("人", "人次") or (gap != "" and not shared)


def _of_people(unit: str) -> bool:
    """A unit of people (名, 人, 户, 人次), not of events (次: 开展宣讲30余次 counts the 宣讲)."""
    return unit[-1] in AGENTS and (unit[-1] != "次" or len(unit) > 1)


def _who_did(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """A count of people read before it: the people, not what was done for them or by them after
    (辖区居民免费体检3000余人次 -> 辖区居民), when a noun stands before the verbs."""
    words = _tagged(body, *span)
    if len(words) > 2 and _lead_of_act(words, len(words) - 2, words[-1:]):
        return span  # 城镇新增就业4万人: an act counted in people, named with its lead verb
    while len(words) > 1 and words[-1][3].startswith(("v", "d")) and not _nounish(*words[-1][2:]):
        words.pop()
    return (span[0], words[-1][1]) if _nounish(*words[-1][2:]) else span


def _people_doing(body: str, match: re.Match, span: tuple[int, int]) -> tuple[int, int] | None:
    """A count of people after verbs alone (组织村民外出务工1300多人次: what the 村民 did), or (名,
    人, not 户 or 人次) after a verb that follows the phrase before it, which names no people
    (在职党员到社区报到1800余名: 社区 is where they went): the count is of the people the clause
    names before, who did it; None when it names none."""
    words = _tagged(body, *span)
    if all(w[3] == "v" for w in words) and match["unit"] in ("名", "人", "位", "人次"):
        return _people_before(body, span[0])
    if PEOPLE_HEAD.search(body, *span):
        return None
    if match["unit"] not in ("名", "人", "位"):
        return None
    between = _tagged(body, span[1], match.start())
    if not any(w[3] == "v" and w[2] not in LINK_WORDS and len(w[2]) > 1 for w in between):
        return None  # 就餐人数达到150人, 覆盖人口45万人: the phrase is the figure's own name
    return _people_before(body, span[0])


def _object_before_act(body: str, match: re.Match, after: tuple[int, int]) -> bool:
    """A count of people right after a verb's object (抽调精干力量350人组成专班), a verb of two
    characters opening the words after it: the count is of the object, and the verb after says
    what they were brought together to do, not who they are."""
    words = _tagged(body, *after)
    if not words or words[0][3] not in ("v", "vn") or len(words[0][2]) < 2 or words[0][2] in NAMING_LEADS:
        return False  # 带动农户1900余户发展特色种植: 发展 is tagged a verbal noun
    before = _tagged(body, max(0, match.start() - MAX_PHRASE), match.start())
    if not before or before[-1][1] != match.start():
        return False
    k = len(before)
    while k > 0 and (before[k - 1][3].startswith("n") or _place_modifier(before[k - 1])):
        k -= 1  # 精干 力量, 周边 农户: the object's nouns and where they are
    return 0 < k < len(before) and before[k - 1][3] == "v" and len(before[k - 1][2]) > 1


def _says_what_they_did(body: str, span: tuple[int, int]) -> bool:
    """Verbs alone after a count of people (吸纳村民160多人就业, 300余人次受益): what they did, not
    who they are."""
    return all(w[3] in ("v", "vn") for w in _tagged(body, *span))


def _object_counted(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """A count printed after a verb and its object counts the object (全村新栽种果树1.8万株 -> 果树,
    新识别监测对象1户 -> 监测对象): things are counted, not what was done to them, whatever the
    verb (subject_verbs.txt lists only the verbs seen so far). The object is what follows the
    first verb that something stands before, verbs that modify its noun kept (日均接待就餐老人 ->
    就餐老人); a verb that opens the phrase may modify as well (注册志愿者), and with its object it
    is inside the scorer's margin (加装电梯). Not before a count noun (报到人数, 参与人数: how many
    did it) or after a period (年接待游客: a figure per period), nor inside a quoted name."""
    if "、" in body[span[0] : span[1]]:
        return span  # 口袋公园、健身步道: a list `_listed_before` read item by item, a verb inside one
    words = _tagged(body, *span)
    quoted = body[span[0] - 1 : span[0] + 1].count("“") or body.startswith("”", span[1])  # “移动网格员”
    if (
        len(words) < 3
        or quoted
        or words[0][2] in PER_PERIOD
        or MEASURE_HEAD.search(words[-1][2])
        or COUNT_HEAD.search(words[-1][2])
    ):
        return span
    if not _nounish(*words[-1][2:]):
        return span
    for k, (_, _, word, tag) in enumerate(words[1:-1], start=1):
        adverbial = words[k - 1][3].startswith(("a", "d"))  # 新栽种: a verbal noun used as a verb
        adverbial = adverbial or AVERAGE.fullmatch(words[k - 1][2]) is not None  # 日均服务老人
        adverbial = adverbial or _body_name(words[k - 1][2])  # 合作社养殖肉牛: what the body does
        if _verbs_only(words[:k]):
            continue  # 帮办代办事项, 就业帮扶车间: verbs in a row before a noun name a kind of it
        if words[k - 1][3] == "b":
            continue  # 公共停车泊位: a word of kind modifies nouns only, so the verb after it is in the name
        if _verb_in_name(words, k, words[k + 1 :]):
            continue  # 老旧小区改造项目: the verb, its object and the head are one name
        if k == 1 and len(words) == 3 and _short_noun_of_name(words, k, words[k + 1 :]):
            return span  # 文明实践站点: a short noun, a verb and a noun, read whole (`_short_noun_of_name`)
        if len(word) > 1 and (
            tag == "v" or (tag == "vn" and adverbial) or VERBS_TAGGED_NOUNS.fullmatch(word)
        ):
            return (words[k + 1][0], span[1]) if span[1] - words[k + 1][0] > 1 else span
    return span


def _body_name(word: str) -> bool:
    """A word of two characters or more that names a body (合作社, 服务队, 中心): a verbal noun right
    after it is what the body does, a verb, not a kind of thing."""
    return len(word) > 1 and ORG_HEAD.search(word) is not None and not word.endswith(("点", "站点", "网点"))


def _verbs_only(words: list[tuple[int, int, str, str]]) -> bool:
    """Every word a verb: no object stands before the next verb, which with them names a kind of
    the noun after (帮办 代办 事项), not an act done to it."""
    return all(w[3] == "v" for w in words)


def _verb_takes_figure(body: str, span: tuple[int, int] | None, match: re.Match) -> bool:
    """The phrase before ends with a verb right before the figure (社区面临, 村里遇到近): no name of
    a thing, the verb's object is the figure and the noun after it (not 年收入超过10万元的村, where
    超过 links a subject to its figure)."""
    if span is None or span[1] != match.start() or (match["pre"] or "近") not in APPROXIMATE:
        return False
    words = _tagged(body, *span)
    return bool(words) and words[-1][3] == "v" and not _nounish(*words[-1][2:])


def _object_of_preposition(body: str, start: int, after: tuple[int, int]) -> bool:
    """A preposition (将, 把, 对, 向, 从: not a linking 为) or a conjunction (和, 及, 、) right before
    the figure: the figure and the noun after it are one phrase, the preposition's object or a
    list's item (共发展70亩苍术和130亩茶叶), whatever the clause before says; words of 每 between
    them are read through (按每户每年50元的标准)."""
    words = _tagged(body, max(0, start - 10), start)
    while len(words) > 1 and words[-1][2].startswith("每") and words[-1][1] == start:
        start = words.pop()[0]  # 按每户每年50元的标准: a rate per household is no object of its own
    if not words or words[-1][1] != start or not any(_nounish(*w[2:]) for w in _tagged(body, *after)):
        return False
    word, tag = words[-1][2:]
    joined = word in ("和", "及", "与", "以及") or body[start - 1 : start] == "、"
    return word not in LINK_WORDS and (tag == "p" or word in ("将", "把") or joined)


def _relative_clause(body: str, match: re.Match, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The figure is the object of a verb (投资, tagged a verbal noun) inside a clause that verbs
    and a 的 close, modifying the noun after it (村里投资120万元修建的文化广场): that noun is what
    it counts, not the verb before."""
    gap = body[match.end() : after[0]].strip(" \t\u3000")
    gap = gap[: gap.find("的") + 1]  # 建设的区级综合养老服务中心: the name's first words left out of it
    if before[1] != match.start() or not gap.endswith("的") or (gap == "的" and match["pre"]):
        return False  # a 的 alone closes it too (投资5600万元的…项目; not 收入超过10万元的村: 超过 links)
    verbs = _tagged(body, match.end(), match.end() + len(gap) - 1)
    last = _tagged(body, *before)[-1]
    return all(w[3] in ("v", "vn") for w in verbs) and last[3] in ("v", "vn") and last[2] not in LINK_WORDS


def _right_after(body: str, end: int, after: tuple[int, int]) -> bool:
    """The noun after the figure follows it at once or after 的 (not 捐款80万元用于修缮村道)."""
    gap = body[end : after[0]].strip(" \t\u3000")
    return gap in ("", "的")


def _predicate_after(body: str, end: int, after: tuple[int, int]) -> bool:
    """The words right after the figure are verbs only (用于, 覆盖) and the clause goes on after
    them: no thing is named there (but 多了3万元收入。 ends with a noun the tagger reads as a verb)."""
    words = _tagged(body, *after)
    ends_clause = after[1] == len(body) or CLAUSE_MARKS.match(body, after[1]) is not None
    return after[0] == end and all(w[3] == "v" for w in words) and not ends_clause


def _after_de(body: str, start: int) -> bool:
    while start > 0 and body[start - 1] in " \t\u3000":  # not rstrip: no copy of the body's head
        start -= 1
    return start > 0 and body[start - 1] == "的"


def _bounded(span: tuple[int, int] | None) -> tuple[int, int] | None:
    return span if span and span[1] - span[0] <= MAX_SUBJECT else None


def _goes_on(body: str, end: int, span: tuple[int, int]) -> bool:
    """The words right after the figure open with a verb (捐款200万元用于村里: the sentence goes on;
    a verb alone before a quoted name too: 投入20万元设立“乡贤基金”), not after a 的, where a verb
    modifies the noun (安排了20万元的扶持资金)."""
    words = _tagged(body, *span)
    more = len(words) > 1 or body.startswith("“", span[1])
    return more and words[0][3] == "v" and body[end : span[0]].strip(" \t\u3000") != "的"


def _verb_before(body: str, start: int, before: tuple[int, int]) -> bool:
    """A verb the phrase before left out (not a linking one: 达, 为) stands right before the
    figure, 了, 共 or a numeral and measure word aside (发放了, 建起了一座), or a 了 says one
    stands there (种了: the tagger reads 种 as a measure word); a verb inside that phrase
    (经营性收入超过) names the thing."""
    if LINK_AT_END.search(body[before[1] : start].rstrip(" \t\u3000了")):
        return False  # 面积仅有0.5平方公里: a linking verb the tagger cuts in two (仅 有)
    words = _tagged(body, before[1], start)
    perfective = any(w[2] == "了" for w in words[1:])  # 种了, 种下了: the tagger may miss the verb
    while words and (words[-1][2] in ("了", "共", "共计", "累计") or words[-1][3] in ("m", "q")):
        words.pop()  # 建起了一座: a numeral and its measure word before the figure aside
    if words and words[-1][2] in LINK_WORDS:
        return False
    return perfective or (bool(words) and words[-1][3] == "v")


def _names_a_thing(body: str, span: tuple[int, int]) -> bool:
    """Not a verb, adverb or adjective alone (可享受, 长1.2公里的步道), nor the scope of a figure
    alone (全镇, 该村, 村里)."""
    words = _tagged(body, *span)
    if (
        SCOPE.fullmatch(body, *span)
        or all(w[3] in ("s", "ns") for w in words)
        or DIMENSION.fullmatch(body, *span)
    ):
        return False
    return not all(w[3].startswith(("v", "d", "a")) for w in words)


@lru_cache(maxsize=8192)
def _nounish(word: str, tag: str) -> bool:
    """A noun, verbal noun, abbreviation or set phrase (退役军人, 困难群众 are tagged l)."""
    return tag.startswith(("n", "vn", "j", "zg", "an", "l")) or NOUN_SUFFIX.search(word) is not None


def _tagged(body: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, word, part of speech) of the words of ``body[start:end]`` (rjieba's tagger),
    spaces left out."""
    if start == 0:
        return list(_words(body[:end]))
    return [(start + s, start + e, word, tag) for s, e, word, tag in _words(body[start:end])]


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """`_tagged` of a short text, offsets in it, remembered: a figure's phrases are read again and
    again for one decision (the noun after it by `_noun_after`, `_modifies`, `_predicate_after`
    ...; 77,000 readings of 65,000 spans over a 5 MB corpus), and for the next figure in the
    clause. A pure function of the text: rjieba's tags, and `_joined`'s notes read within it (a
    note's closing bracket ends its run of characters, so a note that reached beyond the text
    was never joined), governance words retagged (`RETAGS`)."""
    out, pos = [], 0
    for word, tag in rjieba.tag(text):
        if word.strip():
            out.append((pos, pos + len(word), word, tag))
        pos += len(word)
    return tuple(_after_level(_joined(text, _retagged(out))))


def _after_level(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A word of two characters right after a level (村级, 县级, 乡镇级) is a noun, whatever the
    tagger says (村级 组织: an organisation, not the verb 组织): a level word modifies nouns only."""
    out = list(words)
    for k in range(1, len(out)):
        level = out[k - 1][2].endswith("级") and len(out[k - 1][2]) > 1 and out[k - 1][1] == out[k][0]
        if level and out[k][3] in ("v", "vn") and len(out[k][2]) == 2:
            out[k] = (*out[k][:3], "n")
    return out


def _retagged(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The tags of subject_tags.txt in place of the tagger's, for a governance word it read whole
    (高速, an adverb to it) or cut in pieces (急难 愁 盼: an adverb and two verbs of one character,
    each of which ends a subject): the pieces are one word again."""
    out, k = [], 0
    while k < len(words):
        stop = min(len(words), k + MAX_PIECES) if words[k][2] in _RETAG_HEADS else k + 1  # (most words)
        j = next((j for j in range(stop, k + 1, -1) if _pieces_word(words[k:j]) in RETAGS), k + 1)
        word = "".join(w[2] for w in words[k:j])
        out.append((words[k][0], words[j - 1][1], word, RETAGS.get(word, words[k][3])))
        k = j
    return out


def _pieces_word(pieces: list[tuple[int, int, str, str]]) -> str:
    """The word the pieces spell when nothing stands between them (else "")."""
    touching = all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    return "".join(w[2] for w in pieces) if touching else ""


def _joined(body: str, words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The words with what the tagger split off a noun joined back: a short note in brackets
    (村（社区）), a noun's last character (脱贫户, 化解率), 占比, the 可 of 可支配收入."""
    out: list[tuple[int, int, str, str]] = []
    for k, word in enumerate(words):
        note = NOTE.match(body, word[0]) if word[2] in "（(" else None
        single = len(word[2]) == 1  # a noun's split-off character, 比: one character each
        if note and note.end() <= words[-1][1]:
            out.append((note.start(), note.end(), note.group(), "n"))
        elif out and CODE.fullmatch(out[-1][2]) and out[-1][1] == word[0] and HAN_CHAR.match(word[2]):
            tag = "b" if word[3] == "q" else word[3]  # 5G + 网络: one noun; 3A + 级: a grade
            out[-1] = (out[-1][0], word[1], out[-1][2] + word[2], tag)
        elif out and _glued_comparison(word):  # 办结 + 率较: 办结率, then 较 (compared with)
            out[-1] = (out[-1][0], word[0] + 1, out[-1][2] + word[2][0], "n")
            out.append((word[0] + 1, word[1], word[2][1], "p"))
        elif single and (_ends_a_noun(out, word) or _share_word(out, word)):  # 脱贫 + 户, 占 + 比
            out[-1] = (out[-1][0], word[1], out[-1][2] + word[2], "n")
        elif out and out[-1][2] == "可" and _modal_in_name(out, words[k:]):  # 可 + 支配 before 收入: 可支配
            out[-1] = (out[-1][0], word[1], "可" + word[2], word[3])
        elif _of_kind(out, word):  # 总 + 投入: a total, the name of a measure
            out[-1] = (out[-1][0], word[1], out[-1][2] + word[2], "n")
        elif _since(out, word):  # 一年 + 来: since a year, a time word, not the verb 来
            out[-1] = (out[-1][0], word[1], out[-1][2] + word[2], "t")
        elif not (out and word[0] < out[-1][1]):
            out.append(word)
    return out


def _glued_comparison(word: tuple[int, int, str, str]) -> bool:
    """A noun's last character read as one word with the 较 or 比 after it (办结率较去年: 率较): the
    character ends the noun, the 较 is a preposition that ends the subject."""
    text = word[2]
    return len(text) == 2 and text[1] in "较比" and NOUN_SUFFIX.match(text[0]) is not None


def _place_modifier(word: tuple[int, int, str, str]) -> bool:
    """A locative of two characters that says where a thing stands (沿街, 周边, 沿线), not how much
    or when (以上, 之间, 以来): before a noun after a figure it is part of the name."""
    return word[3] == "f" and len(word[2]) == 2 and not SPAN_WORDS.fullmatch(word[2])


def _no_numeral(word: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A word of Chinese characters the tagger reads as a numeral though it holds none, right after
    a count (大项 of 3个大项): a noun."""
    if (
        word[3] == "m"
        and len(word[2]) > 1
        and HAN_WORD.fullmatch(word[2])
        and not NUMERAL_CHAR.search(word[2])
    ):
        return (*word[:3], "n")
    return word


def _modal_in_name(words: list[tuple[int, int, str, str]], rest: list[tuple[int, int, str, str]]) -> bool:
    """The last of ``words`` is 可 (can) right before the first of ``rest``, a verb that a word of
    a name follows (收入 is tagged a verb): a modifier of it (可支配收入, 可利用面积), which the
    tagger cut after 可; not 可增收 before a figure."""
    verb = rest[0]
    modal = bool(words) and words[-1][2] == "可" and words[-1][1] == verb[0] and verb[3] in ("v", "vn")
    return modal and len(rest) > 1 and HAN_WORD.fullmatch(rest[1][2]) is not None and not _cuts(*rest[1][2:])


def _of_kind(words: list[tuple[int, int, str, str]], word: tuple[int, int, str, str]) -> bool:
    """``word`` is a verb right after a word of kind of one character (总 of 总投入, 总捐资): with
    it, the name of a measure, not the verb of the clause."""
    kind = bool(words) and words[-1][3] == "b" and len(words[-1][2]) == 1 and words[-1][1] == word[0]
    return kind and word[3] in ("v", "vn")


def _since(words: list[tuple[int, int, str, str]], word: tuple[int, int, str, str]) -> bool:
    """``word`` is the 来 of a span of time the word before ends (一年来, 3年来, 两个月来): it says
    since when, as 以来 does; the tagger reads it as a verb, which would open the subject after it."""
    span = bool(words) and words[-1][3] == "m" and words[-1][2][-1] in "年月天周"
    return word[2] == "来" and span and words[-1][1] == word[0]


def _share_word(words: list[tuple[int, int, str, str]], word: tuple[int, int, str, str]) -> bool:
    """占比 (a share), which the tagger cuts into a verb and a preposition: the reports annotate it
    with its subject (小区业主占比56% -> 小区业主占比)."""
    return word[2] == "比" and bool(words) and words[-1][2] == "占" and words[-1][1] == word[0]


def _ends_a_noun(words: list[tuple[int, int, str, str]], word: tuple[int, int, str, str]) -> bool:
    """``word`` is a noun's last character that the tagger split off the word before it, or the
    长 (head) of a role after a noun (楼道长, 单元长: not an adjective there)."""
    head = word[2] == "长" and bool(words) and words[-1][3].startswith("n")
    measure = word[3] == "q" and bool(words) and words[-1][3].startswith(("n", "v"))  # 充电 + 桩, not 3 + 个
    return (
        len(word[2]) == 1
        and (NOUN_SUFFIX.match(word[2]) is not None or head or measure)
        and bool(words)
        and words[-1][1] == word[0]
        and words[-1][3].startswith(("n", "v", "a", "j", "l"))
        and HAN_WORD.fullmatch(words[-1][2]) is not None
    )


@lru_cache(maxsize=8192)
def _cuts(word: str, tag: str) -> bool:
    """A word that no name of a thing holds: a function word (adverb, preposition, locative,
    particle, pronoun, numeral), a time word that says when (今年新发展党员; not 年 of 年收入,
    nor an age: 老年居民), a one-character verb (是, 有, 像), or a verb that frames
    the subject (subject_verbs.txt, subject_stops.txt)."""
    return (
        (tag.startswith(FUNCTION_TAGS) and not (tag == "eng" and ABBREVIATION.fullmatch(word)))
        or (tag == "t" and len(word) > 1 and not AGE_WORD.fullmatch(word))  # 今年, 目前: when
        or (tag.startswith("v") and len(word) == 1 and not NOUN_SUFFIX.match(word))
        or word in STOP_WORDS
    )


def _noun_after(body: str, end: int) -> tuple[int, int] | None:
    """The noun phrase right after a figure, or after the 的 that closes a short modifier of it
    (120户的困难家庭), with a short quoted name there (15个“邻里之家”, 10个生态宜居“红旗村”): up
    to the first word that cuts it (215个小区全部成立 -> 小区; 3个货架上 -> 货架), without a verb
    at its end (村民说事会已举办 -> 村民说事会)."""
    while end < len(body) and body[end] in " \t\u3000":  # not lstrip: no copy of the body's rest
        end += 1
    aside = ASIDE_AFTER.match(body, end)
    if aside and not NOTE.fullmatch(aside[0]):
        return _noun_after(body, aside.end())  # 6支（共计180人）平安巡逻队: the noun after the aside
    end = _past_unit_note(body, end)  # 420家（个）: another unit for the same figure, no name
    aged = AGE_BRACKET.match(body, end)
    end = aged.end() if aged else end  # the reports leave an age bracket out (60岁以上老人 -> 老人)
    if body.startswith("“", end):
        return _quoted_after(body, end)
    if body.startswith(CHANGE_TO, end):
        return None  # 由最初的12人壮大到430人: what the count became (the tagger cuts 壮 大到)
    one_of = _one_of(body, end)
    if one_of is not None:
        return one_of  # 全市5个入选乡镇之一: the words up to 之一 name the things, verbs and all
    span = _noun_run(body, end)
    described = _people_described(body, end, span) if span is not None else None
    if described is not None:
        return described  # 15名工作出色的楼栋长: what is said of them, then who they are
    if span is not None and _predicate_after_count(body, span):
        return None  # 由最初的5个发展到现在的31个: what the count became, not what it counts
    if span is None or not any(_nounish(*w[2:]) for w in _tagged(body, *span)) or _modifies(body, span):
        return _noun_after_de(body, end) or _unless_done(body, span)
    quoted = _quoted_after(body, span[1]) if body.startswith("“", span[1]) else None
    if not quoted:
        return _listed_after(body, span)
    return (span[0], quoted[1] + body.startswith("”", quoted[1]))  # 10个生态宜居“红旗村”


def _unless_done(body: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span``, unless it is a verb with an aspect mark after it (有10个设立了儿童之家): what the
    things counted did, no name of them."""
    words = _tagged(body, *span) if span is not None else []
    done = len(words) == 1 and words[0][3] == "v" and body.startswith(("了", "过", "着"), words[0][1])
    return None if done else span


def _past_unit_note(body: str, end: int) -> int:
    """After a bracketed note right after a figure that holds units alone (420家（个）, 50名（人）):
    it gives the figure's unit another way, and names nothing."""
    note = NOTE.match(body, end)
    if note is None or not all(part in UNITS for part in note[0][1:-1].split("、")):
        return end
    return note.end()


def _one_of(body: str, end: int) -> tuple[int, int] | None:
    """The words between a count and the 之一 that closes its phrase (5个入选乡镇之一), when they are
    no longer than a phrase and hold no clause mark, figure or 的: one of the things they name, so
    they are a name whole, a verb inside (入选) too."""
    one = body.find("之一", end, end + MAX_PHRASE + 2)
    if one <= end or CLAUSE_MARKS.search(body, end, one) or DIGIT.search(body, end, one):
        return None
    if "的" in body[end:one]:
        return None  # 3个省级的示范基地之一: a modifier before 的, read as after any count
    return (end, one)


def _share_of_noun_after(body: str, match: re.Match, after: tuple[int, int] | None) -> bool:
    """A share followed by 的 and a noun of two characters or more (意愿征询中，有83%的住户表示同意):
    the share is of that noun, not of the frame before (but 书记中，有86%的人: 人 says nothing)."""
    if after is None or after[1] - after[0] < 2:
        return False
    return body[match.end() : after[0]].strip(" \t\u3000") == "的"


def _given(body: str, match: re.Match, after: tuple[int, int]) -> bool:
    """A verb of giving close before a sum (给予, 发放, 奖励: 给予每个社区3万元) and a 的 with a noun
    after the sum (3万元的奖励): the noun before the sum is who gets it, the noun after what it is."""
    if body[match.end() : after[0]].strip(" \t\u3000") != "的":
        return False
    if match["pre"] and match["pre"] not in APPROXIMATE:
        return False  # 奖励了年收入超过10万元的村: 超过 links the sum to the noun before
    begin = max(0, match.start() - MAX_PHRASE)
    given = list(
        GIVING.finditer(LAST_CLAUSE_MARK.sub(lambda m: " " * len(m[0]), body[begin : match.start()]))
    )
    if not given:
        return False
    between = _tagged(body, begin + given[-1].end(), match.start())  # 每个, 每个社区: who gets it
    plain = all(w[3] == "r" or not (_cuts(*w[2:]) or w[3] == "nr") for w in between)  # not 超过, 了
    return plain and (not between or between[-1][3] == "r" or _nounish(*between[-1][2:]))


def _people_named(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """The run after a count of people up to the first word that names people (志愿者, 律师,
    居民) when a verb, an adverb or a word of kind follows it (守护, 担任, 主动): what they did,
    not who they are (6名律师担任社区法律顾问 -> 律师); nouns and verbal nouns go on (党员志愿者)."""
    words = _tagged(body, *span)
    for k, word in enumerate(words[:-1]):
        after = words[k + 1]
        if PEOPLE_HEAD.search(word[2]) and after[3] in ("v", "b", "d", "a", "ad") and after[0] == word[1]:
            return (span[0], word[1])
    return span


def _people_described(body: str, end: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """After a count of people (名, 位, 人, 户), a noun that names no people and what is said of it
    before a 的 (工作出色的, 腿脚不便的, 家庭困难的), then people (楼栋长, 老人): the people are
    counted, the clause before the 的 describes them; not 12名党员参与的活动 (党员 are people)."""
    if body[end - 1 : end] not in ("名", "位", "人", "户") or PEOPLE_HEAD.search(body, *span):
        return None
    de = body.find("的", span[1], span[1] + 4)
    said = _tagged(body, span[1], de) if de != -1 else []
    if not said or len(said) > 2 or any(w[3].startswith("n") or w[2] in STOP_WORDS for w in said):
        return None
    people = _noun_run(body, de + 1)
    return people if people is not None and PEOPLE_HEAD.search(body, *people) else None


def _predicate_after_count(body: str, span: tuple[int, int]) -> bool:
    """Verbs alone after a count (verbal nouns too), with a verb right after them (发展 到, 增加 为):
    the count is the subject of a predicate, and names no thing after it; the tagger reads 发展 as
    a verbal noun, which a noun run would take for a name."""
    words = _tagged(body, span[0], min(len(body), span[1] + 2))
    inside = [w for w in words if w[1] <= span[1]]
    rest = [w for w in words if w[0] >= span[1]]
    verbs = bool(inside) and all(w[3] in ("v", "vn") for w in inside)
    return verbs and bool(rest) and rest[0][0] == span[1] and rest[0][3] == "v" and not _described(body, span)


def _described(body: str, span: tuple[int, int]) -> bool:
    """Verbs and adjectives alone from ``span`` to a 的 close by, a noun after it (28名表现突出的
    网格员): they describe the thing counted, which is no predicate of the count's (not 发展到现在的)."""
    de = body.find("的", span[1], span[0] + MAX_PHRASE)
    if de == -1 or _noun_run(body, de + 1) is None:
        return False
    words = _tagged(body, span[0], de)
    return all(w[3] in ("v", "vn", "a", "ad", "d") and w[2] not in STOP_WORDS for w in words)


def _listed_after(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase after a figure with the nouns joined to it by 、 in a list that 等 closes
    (300余名党员、干部、群众等参加 -> 党员、干部、群众), as long as each is a noun phrase alone and all
    fit in a subject (not 15个党群服务站、文化广场: which of them the figure counts is unsure), or
    without 等 when the first is one character that shares the head of the last (355名市、区县领导) or
    a count of people lists only nouns of people (42名律师、心理咨询师: people counted are all of them)."""
    listed, people = span, body[span[0] - 1 : span[0]] in PEOPLE_UNITS
    while body.startswith("、", listed[1]):
        more = _noun_run(body, listed[1] + 1)
        if more is None or more[0] != listed[1] + 1:
            break
        words = _tagged(body, *more)
        if not words or more[1] - span[0] > MAX_SUBJECT or not all(_nounish(*w[2:]) for w in words):
            break
        people = people and PEOPLE_HEAD.search(body, *more) is not None
        listed = (span[0], more[1])
    shared = span[1] - span[0] == 1 and listed != span  # 355名市、区县领导: 市 shares 领导
    people = people and PEOPLE_HEAD.search(body, *span) is not None  # 42名律师、心理咨询师: all of them
    return listed if body.startswith("等", listed[1]) or shared or people else span


def _modifies(body: str, span: tuple[int, int]) -> bool:
    """Verbs only (verbal nouns too), or a verb and its object, before a 的: a modifier of the noun
    after it (2000万元建设的污水处理厂, 120名来自各个村的志愿者), or a level (社区级的), not a name
    (32个村的村民)."""
    if not body.startswith("的", span[1]):
        return False
    words = _tagged(body, *span)
    level = body[span[1] - 1] == "级"  # 5个社区级的党群服务中心: a level, no thing
    return (
        level or words[0][3] == "v" or all(w[3] in ("v", "vn") for w in words) or _describes(*words[-1][2:])
    )


def _describes(word: str, tag: str) -> bool:
    """An adjective (困难 of 家庭困难), or a set phrase that ends in no noun (行动不便, not 退役军人):
    what it says of the thing counted before a 的 is no name of it (12位行动不便的老人)."""
    if tag in ("a", "ad", "an"):
        return True
    return tag in ("l", "i") and not _nounish(*_words(word[-2:])[-1][2:])


def _noun_after_de(body: str, end: int) -> tuple[int, int] | None:
    """The noun after the 的 that closes a short modifier of the figure (120户的困难家庭,
    40余辆长期停放的僵尸车, 320米长的巷道)."""
    de = body.find("的", end, end + MAX_PHRASE)
    if de == -1 or _clause_end(body, end, de) < de or DIGIT.search(body, end, de):
        return None  # not 1个积分等于1块钱的标准: another figure, another phrase
    if body.startswith("“", de + 1):
        return _quoted_after(body, de + 1)  # 50万元的“微基金”: the quoted name is the noun
    return _noun_run(body, de + 1)


def _short_modifier(body: str, end: int, de: int) -> bool:
    """A verb or a noun of at most ``MAX_SHORT_MODIFIER`` characters between a figure and its 的
    (加气 of 9折加气的优惠): kept with the noun, the subject is still inside the scorer's margin
    of the noun alone."""
    words = _tagged(body, end, de)
    short = 0 < de - end <= MAX_SHORT_MODIFIER and all(HAN_WORD.fullmatch(w[2]) for w in words)
    return short and all(w[3] in ("v", "vn", "n") and w[2] not in STOP_WORDS for w in words)


def _noun_run(body: str, end: int) -> tuple[int, int] | None:
    words = _tagged(body, end, _clause_end(body, end, min(len(body), end + MAX_SUBJECT)))
    words[:1] = [_no_numeral(w) for w in words[:1]]  # 3个大项: the tagger's numeral is the noun
    if len(words) > 1 and _place_modifier(words[0]) and _nounish(*words[1][2:]):
        words[0] = (*words[0][:3], "n")  # 12家沿街商铺: the locative tells the thing apart
    run: list[tuple[int, int, str, str]] = []
    for k, word in enumerate(words):
        named = k + 1 < len(words) and _nounish(*words[k + 1][2:])
        opens = not run and word[2] in LEAD_WORDS and body[word[0] - 1] not in AGENTS  # not 500人获得证书
        inside = (
            named
            and ((run and (word[3] == "vn" or _names_kind(words, k) or _in_compound(words, k))) or opens)
            or (run and _joins_names(words, k))
            or (run and named and _threshold_in_name(words, k))  # 5家规模以上企业
            or (named and _after_adjectives(run, word))  # 15部老旧更新电梯: no thing named yet
        )
        if (_cuts(*word[2:]) and not inside) or not HAN_WORD.fullmatch(word[2]):
            break  # 群众性排查队伍, 的调解队伍: a verb before a noun begins the name
        if not inside and _predicate_in_run(words, k, run):
            break  # 12个行政村安装太阳能路灯: what the things counted get, not their name
        if run and word[1] - run[0][0] > MAX_PHRASE:
            if _long_name(body, words, run, k):
                run = _name_end(run + _name_rest(words, k))  # 15支新时代文明实践志愿服务队: one name
            break  # 20余名党员志愿者清理楼道杂物: a clause goes on, the name has ended
        if run and _verbs_go_on(words, k):
            break  # 3个方面入手解决难题: two verbs after a noun are what it does
        run.append(word)
    while len(run) > 1 and _ends_no_name(*run[-1][2:]):
        run.pop()
    return (run[0][0], run[-1][1]) if run else None


def _after_adjectives(run: list[tuple[int, int, str, str]], word: tuple[int, int, str, str]) -> bool:
    """Only adjectives read so far after a count (老旧), and a word of two characters the tagger
    reads as a verb or an adverb before a noun (更新 of 老旧更新电梯): an adjective names no thing,
    the name goes on to the noun."""
    adjectives = bool(run) and all(w[3] == "a" for w in run)
    return adjectives and len(word[2]) == 2 and word[3] in ("v", "d") and word[2] not in STOP_WORDS


def _predicate_in_run(words: list[tuple[int, int, str, str]], k: int, run: list) -> bool:
    """Word ``k`` is a verb of two characters after a noun read after a count, with a noun after it
    that heads no name of a body, a place or a project (安装太阳能路灯, 更换健身器材; not 养老服务站,
    乡村振兴示范村): the verb
    and its object say what the things counted get or do."""
    word, tag = words[k][2:]
    if tag != "v" or len(word) < 2 or word in NAMING_LEADS or not run or not _nounish(*run[-1][2:]):
        return False  # 残疾和失能老人: a verb after 和 is in the name
    rest = words[k + 1 :]
    named = bool(rest) and _nounish(*rest[0][2:])
    return named and not any(ORG_HEAD.search(w[2]) or NAME_HEAD.search(w[2]) for w in rest)


def _long_name(body: str, words: list[tuple[int, int, str, str]], run: list, k: int) -> bool:
    """The words from ``k`` on end the clause with the head of a body's or a place's name (队, 站,
    中心, 协会: `ORG_HEAD`) and hold no word that cuts a name: the run and they are one name longer
    than ``MAX_PHRASE`` (12支新时代文明实践志愿服务队), not a noun and what it does (党员清理楼道杂物),
    nor the head the count shares with a count joined before it (5个村党支部和15个网格党支部党建平台:
    the platform is of both, the 15 count 网格党支部)."""
    if COORDINATED.search(body, max(0, run[0][0] - 16), run[0][0]):
        return False
    rest = _name_rest(words, k)
    if not rest:
        return False
    end = rest[-1][1]
    closes = end == len(body) or CLAUSE_MARKS.match(body, end) is not None or len(rest) < len(words) - k
    fits = end - run[0][0] <= MAX_SUBJECT and ORG_HEAD.search(rest[-1][2]) is not None
    return closes and fits and all(HAN_WORD.fullmatch(w[2]) for w in rest)


def _name_rest(words: list[tuple[int, int, str, str]], k: int) -> list[tuple[int, int, str, str]]:
    """The words from ``k`` up to the first that cuts a name: an adverb or a preposition that
    opens what the named thing does (养老服务中心已投入使用) ends the name as a clause mark does."""
    rest = list(words[k:])
    cut = next((j for j, w in enumerate(rest) if _cuts(*w[2:])), len(rest))
    return rest[:cut]


def _name_end(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The last whole words of a long name, at most ``MAX_PHRASE`` characters: its head and what
    tells it apart (文明实践志愿服务队), which the scorer's margins match whether the annotation
    prints the whole name or its head (志愿服务队)."""
    k = len(words) - 1
    while k > 0 and words[-1][1] - words[k - 1][0] <= MAX_PHRASE:
        k -= 1
    return words[k:]


def _joins_names(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` is 和 (及; not 与, a preposition too) between two words of a name after a count, the next no numeral
    (356名独居和空巢老人, 15个村和社区), not a second count (3个党支部和146名党员)."""
    after = words[k + 1] if k + 1 < len(words) else None
    return (
        words[k][2] in ("和", "及")
        and after is not None
        and not _cuts(*after[2:])
        and HAN_WORD.fullmatch(after[2]) is not None
    )


def _in_compound(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` is a verb of one character inside a compound noun that ends the clause, which the
    tagger cut in three (社区老年 助 餐点, 爱心 送 考车): not a light verb (是, 有), which would
    say what the thing before it is or has."""
    verb, last = words[k], k + 2 == len(words)
    joined = words[k - 1][1] == verb[0] and words[k + 1][0] == verb[1]
    return last and joined and verb[3] == "v" and len(verb[2]) == 1 and verb[2] not in LIGHT_VERBS


def _verbs_go_on(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` and the next are verbs (the second may be a verbal noun), the first no lead verb that can name a kind of thing
    (矛盾纠纷排查调处中心): a predicate, not part of a name."""
    pair = words[k : k + 2]
    verbs = len(pair) == 2 and pair[0][3] == "v" and pair[1][3] in ("v", "vn")
    return verbs and pair[0][2] not in LEAD_WORDS


def _names_kind(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k``, inside a run after a count, is a lead verb that names a kind of thing with the
    one noun that ends the run (5个特色调解品牌, 12支矛盾纠纷调解队伍), not a verb with its object
    (238名老人发放高龄补贴, 4家企业解决融资难题) nor a verb of having (共有, 现有)."""
    last = k + 2 == len(words) or not _nounish(*words[k + 2][2:])
    having = words[k][2].endswith("有")  # 19个社区共有楼栋长620名: what the 社区 have, no kind of 社区
    return words[k][2] in NAMING_LEADS and last and not having


def _ends_no_name(word: str, tag: str) -> bool:
    """A word at the end of a run after a figure that says what the thing does, where or how, not
    what it is: a verb (村民说事会已举办), a place word (送到1294户居民身边), an idiom (12栋老楼焕然
    一新), a time word, an adjective (全 of 326个村（社区）全覆盖); so 300多名大学生回到村里 ends at 大学生."""
    when = tag == "t" and not AGE_WORD.fullmatch(word)  # 老年, 青年 name people
    return tag.startswith("v") or tag in ("s", "i", "a") or when


def _quoted_after(body: str, opened: int) -> tuple[int, int] | None:
    """The quoted name opening at ``opened`` with the noun that goes on after it, its marks kept
    (“邻里之家”服务站), or the name alone inside its marks (邻里之家)."""
    closed = body.find("”", opened, opened + MAX_QUOTED_NAME + 2)
    if closed == -1 or not HAN_WORD.search(body, opened, closed):
        return None
    more = _noun_run(body, closed + 1)
    if more and not _names_after_quote(_tagged(body, *more), body[opened - 1 : opened] in PEOPLE_UNITS):
        more = None  # “邻里之家”用于议事: what it is for, no noun of its name
    if more and more[0] == closed + 1:
        return (opened, more[1])  # “十户联防”小组: both marks, never the closing one alone
    return (opened + 1, closed)


def _names_after_quote(words: list[tuple[int, int, str, str]], people: bool) -> bool:
    """The words after a quoted name go on with its name: nouns only, or, after a count of people,
    a verb the tagger reads in a noun before a noun of people that ends them (1.9万名“两新”组织党员:
    a quote alone names no people), not a verb that opens what the named thing does (15个“邻里之家”
    用于议事, 服务居民: a place may serve people)."""
    if all(_nounish(*w[2:]) for w in words):
        return True
    first, last = words[0], words[-1]
    heads = people and PEOPLE_HEAD.search(last[2]) is not None and len(words) <= 3
    return heads and first[2] not in STOP_WORDS and not _cuts(*first[2:])


def _clause_end(body: str, begin: int, end: int) -> int:
    """Where the first clause mark of ``body[begin:end]`` is (``end``: none), a short note's
    brackets aside: `_clause_marks`' first, without listing them all."""
    if body.find("（", max(0, begin - 5), end + 5) == -1 and body.find("(", max(0, begin - 5), end + 5) == -1:
        mark = CLAUSE_MARKS.search(body, begin, end)
        return mark.start() if mark else end
    marks = _clause_marks(body, begin, end)
    return marks[0].start() if marks else end


def _clause_marks(body: str, begin: int, end: int) -> list[re.Match]:
    """The clause marks of ``body[begin:end]``, but for the brackets of a short note (村（社区）)."""
    marks = list(CLAUSE_MARKS.finditer(body, begin, end))
    if body.find("（", max(0, begin - 5), end + 5) == -1 and body.find("(", max(0, begin - 5), end + 5) == -1:
        return marks  # most clauses have no bracket near: no note to look for
    notes = {
        i
        for note in NOTE.finditer(body, max(0, begin - 9), end + 9)
        for i in range(note.start(), note.end() + 1)
    }
    return [m for m in marks if m.start() not in notes and m.end() not in notes]


def _last_clause_mark(body: str, begin: int, end: int) -> int | None:
    """Where the last clause mark of ``body[begin:end]`` is (None: none), a short note's brackets
    aside: `_clause_marks`' last, found by one match (a greedy run backs off to it from the
    end) instead of a list of them all."""
    if body.find("（", max(0, begin - 5), end + 5) == -1 and body.find("(", max(0, begin - 5), end + 5) == -1:
        last = LAST_CLAUSE_MARK.match(body, begin, end)
        return last.start(1) if last else None
    marks = _clause_marks(body, begin, end)
    return marks[-1].start() if marks else None


def _aside_before(body: str, start: int) -> int | None:
    """Where a bracketed aside that ends right before a figure opens (群众（含电话咨询）860人次),
    when it is no short note of a name (村（社区）) or opens as an aside does (含, 其中, 包括)."""
    while start > 0 and body[start - 1] in " \t\u3000":
        start -= 1
    aside = ASIDE_BEFORE.search(body, max(0, start - MAX_ASIDE - 2), start)
    if aside is None or (NOTE.fullmatch(aside[0]) and not ASIDE_OPENS.match(aside[0], 1)):
        return None
    return aside.start()


def _link_inside_noun(body: str, begin: int, at: int, end: int) -> bool:
    """The linking word found at the end of a clause (为) is the last character of a noun that
    ends with one (行为, tagged a verb too): no link, the noun ends the phrase."""
    word = next((w for w in _tagged(body, begin, end) if w[0] < at < w[1]), None)
    return word is not None and word[2] in NOUNS_OF_LINKS  # not 比达 of 占比达85%, a misread


def _phrase_before(body: str, start: int) -> tuple[int, int] | None:
    """The noun phrase before a figure, at the end of its clause: linking verbs (达, 为, 提升至)
    and function words (已经, 了) at the end skipped, what stands before the last function word
    or leading verb (完成, 化解) left out, and at most ``MAX_PHRASE`` characters of its end kept."""
    aside = _aside_before(body, start)
    if aside is not None:
        return _phrase_before(body, aside)  # 来访群众（含电话咨询）860人次: the phrase before the aside
    begin = max(0, start - 40)
    mark = _last_clause_mark(body, begin, start)
    if mark is not None and body[mark] in "：:" and not body[mark + 1 : start].strip():
        return _labelled(body, mark)
    begin = mark + 1 if mark is not None else begin
    headless = _headless(body, begin, start)
    if headless is not None:
        return headless  # 60岁以上的有41名, 其中35岁以下的占82%: those the 的 phrase names
    clause = _clause_head(body[begin:start].rstrip(" \t\u3000"))
    per = PER_AT_END.search(clause)  # 物业费标准为每平方米每月0.8元: what a rate is per, no name
    clause = clause[: per.start()] if per else clause
    if clause.endswith("有") and NOUN_SUFFIX.match(clause[-2:-1]):
        clause = clause[:-1]  # 脱贫户有540户: the tagger glues 有 to the noun's last character
    link = LINK_AT_END.search(clause)
    if link and _link_inside_noun(body, begin, begin + link.start(), begin + len(clause)):
        link = None  # 违法行为36起: the 为 of 行为 links nothing
    words = _tagged(body, begin, begin + (link.start() if link else len(clause)))
    words[-1:] = [w if SCOPE_WORD.match(w[2]) else _no_numeral(w) for w in words[-1:]]  # 有机大米300吨
    skipped, linking, linked = 0, 0, link is not None  # 收入每年增加: the verb before a link names the thing
    if _changes_share(body, start, words):
        skipped = linking = len(words.pop()[2])  # 办事时间平均缩短60%: how the share changed, a link
        linked = True
    while (
        words
        and (
            words[-1][2] in LINK_WORDS
            or words[-1][2] in EXPECTING  # 收入预计可达: a forecast, tagged a verbal noun
            or (_cuts(*words[-1][2:]) and not _named_event(words, len(words) - 1))
            or (skipped and not linked and words[-1][3].startswith("v"))
            or _says_when(words)
        )
    ):
        year = _compared_year(words)  # 较2020年末: a time, however printed (not 建于2007年)
        skipped += (
            1 if year else len(words[-1][2])
        )  # 已经发展到了: once a function word is skipped, verbs are too,
        linked = (
            linked or words[-1][2] in LINK_WORDS or words[-1][2] == "有" or words[-1][2] in EXPECTING
        )  # not past a link (收入达到了, 投诉有, 收入有望)
        linking += len(words[-1][2]) if words[-1][2] in LINK_WORDS else 0
        words.pop()
    if skipped - linking > MAX_SKIPPED:  # linking verbs may pile up (同比往年减少了): they say how
        return None
    if link and link.start() == 0 and mark is not None and body[mark] in "，,":
        return _linked_back(body, mark)  # 以…为代表的共享空间，共计45处: 共享空间
    acted = _object_after_agent(words) if begin > 0 and body[begin - 1] == "”" else None
    if acted is not None:
        return acted  # “网格+警格”机制化解矛盾纠纷900余起: what the named body dealt with
    phrase = _noun_phrase_ending(words)
    if begin > 0 and body[begin - 1] == "”" and not _names_more_than_where(body, phrase):
        return _quoted_before(body, begin - 1) or _span(phrase)  # “小院议事厅”在全镇已建成23个
    if begin > 0 and body[begin - 1] == "、" and body[start - 1 : start] == "等" and _whole_item(words):
        phrase = words  # 口袋公园、健身步道等5处: an item 、 and 等 close is one name, a verb inside it
    listed = phrase and phrase[0][0] == begin and begin > 0 and body[begin - 1] == "、"
    span = _span(phrase)
    if span is not None and listed and (all(_nounish(*w[2:]) for w in phrase) or phrase is words):
        return _listed_before(body, span)
    if span is not None and begin > 0 and body[begin - 1] == "”":
        return _with_short_quote(body, begin, words, span, linked)
    if span is None or body[span[0] - 1 : span[0]] != "的":
        return span
    generic = GENERIC_HEAD.fullmatch(body, *span) or SHARE_HEAD.search(body, *span)
    if generic or _relative_at_open(body, begin, words, span):
        return _of_what(words, span)  # 加装电梯的数量, 有物业管理的小区比例
    return span


AGENT_HEAD = re.compile(rf"(?:{ORG_HEAD.pattern[:-1]}|机制|模式|大厅|工作法)$")  # bodies and ways that act


def _object_after_agent(words: list[tuple[int, int, str, str]]) -> tuple[int, int] | None:
    """The words after a quoted name open with a body or a way of working it names (“小马扎”宣讲团,
    “网格+警格”机制, “一站式”服务大厅), then a verb and its object before the figure: the body is
    the clause's agent and the figure counts the object (开展宣讲160场 -> 宣讲, 化解矛盾纠纷 ->
    矛盾纠纷), not the quoted name nor the whole clause. The verb may be glued to its object by
    the tagger (化解矛盾) or read as a verbal noun (设置)."""
    for k in range(1, min(len(words), 4)):
        name = "".join(w[2] for w in words[:k])
        if AGENT_HEAD.search(name) is None:
            continue
        verb, rest = words[k], words[k + 1 :]
        glued = LEAD_START.match(verb[2])
        if glued and glued.end() < len(verb[2]):
            return (verb[0] + glued.end(), words[-1][1])  # 化解矛盾 纠纷
        if verb[3] in ("v", "vn") and len(verb[2]) == 2 and rest and all(_name_word(w[2]) for w in rest):
            return (rest[0][0], rest[-1][1])
        return None
    return None


def _linked_back(body: str, mark: int) -> tuple[int, int] | None:
    """The phrase before the comma at ``mark`` that a clause of a link and a figure sums up
    (，共计8700人), or, when that clause only says what was done to it (低保对象，已全部纳入保障，
    共计8700人), the phrase before the comma that opens it, in the same sentence."""
    span = _phrase_before(body, mark)
    if span is not None and not _names_nothing(body, span):
        return span
    earlier = _clause_mark_before(body, mark)
    if earlier is None or not _only_done(_tagged(body, earlier + 1, mark)):
        return span
    return _phrase_before(body, earlier) or span


def _relative_at_open(body: str, begin: int, words: list, span: tuple[int, int]) -> bool:
    """A noun of two characters or less after a 的 whose modifier opens the clause with a verb
    (被评为星级文明户的家庭已有640户, 外出务工的年轻人): a relative clause that tells the things
    apart, kept with the noun, which alone says little."""
    if span[1] - span[0] > 2 or body[span[0] - 1 : span[0]] != "的":
        return False
    opening = [w for w in words if begin <= w[0] < span[0] - 1]
    if opening and opening[0][2] == "被":
        opening = opening[1:]
    return bool(opening) and opening[0][0] <= begin + 1 and opening[0][3] == "v" and len(opening[0][2]) > 1


def _headless(body: str, begin: int, start: int) -> tuple[int, int] | None:
    """A clause that is a 的 phrase with no noun after it and a verb of having or a share before
    the figure (，60岁以上的有41名; ，其中35岁以下的占82%): the phrase names the part counted, so it
    is the subject, without the 的; not when it holds a metric (年收入50万元以上的有9个: a bound on
    what the clause before names)."""
    found = HEADLESS.fullmatch(body, begin, start)
    if found is None:
        return None
    if any(_is_metric(m, body) for m in PATTERN.finditer(body, *found.span("part"))):
        return None
    return found.span("part")


def _verb_with_object(words: list[tuple[int, int, str, str]]) -> bool:
    """A verb followed by a word of two characters or more (收回集体土地): a clause's verb and its
    object, not a name's (调解室: the verb before a one-character noun)."""
    return any(w[3] == "v" and k + 1 < len(words) and len(words[k + 1][2]) > 1 for k, w in enumerate(words))


def _of_what(words: list[tuple[int, int, str, str]], span: tuple[int, int]) -> tuple[int, int]:
    """A head that only says how much (数量, 比例) with what it is the amount of, before its 的
    (老旧小区加装电梯的数量 -> 加装电梯的数量, 有物业管理的小区比例), when a noun phrase ends there; a
    head that counts who did something (人数, 户数) or the share of them (占比) keeps the verb right
    before its owner too (参加医保的人数, 成立党组织的占比)."""
    before = [w for w in words if w[1] < span[0]]
    owner = _noun_phrase_ending(before)
    if not owner or owner[-1][1] != span[0] - 1 or span[1] - owner[0][0] > MAX_SUBJECT:
        return span
    head = "".join(w[2] for w in words if span[0] <= w[0] < span[1])
    if (COUNT_HEAD.fullmatch(head) or SHARE_HEAD.search(head)) and _doer_verb(before, owner, span):
        return (before[before.index(owner[0]) - 1][0], span[1])
    return (owner[0][0], span[1])


def _doer_verb(before: list[tuple[int, int, str, str]], owner: list, span: tuple[int, int]) -> bool:
    """A verb of two characters right before the noun that owns a head like 人数 (参加 of 参加医保的
    人数): the head counts those who did it, and the verb says what they did."""
    k = before.index(owner[0])
    verb = before[k - 1] if k > 0 else None
    return (
        verb is not None
        and owner[0][3] != "v"
        and verb[1] == owner[0][0]
        and verb[3] == "v"
        and len(verb[2]) == 2
        and span[1] - verb[0] <= MAX_SUBJECT
    )


def _with_short_quote(
    body: str, begin: int, words: list[tuple[int, int, str, str]], span: tuple[int, int], linked: bool
) -> tuple[int, int]:
    """The phrase with the short quotation that opens it (“两新”组织党组织, “老娘舅”调解室), when
    only words of a name stand between them: the quotation tells the thing apart (“党员进网格”活动:
    活动 alone says nothing), up to ``MAX_QUOTE_IN_SUBJECT`` characters in it. A verb among those
    words names too when the clause has its verb elsewhere: before the quotation, or a link after
    the phrase (“红色网格”示范社区达到32个; not “三资清理”收回集体土地300亩)."""
    opened = body.rfind("“", max(0, begin - 2 - MAX_QUOTE_IN_SUBJECT), begin - 1)
    between = [w for w in words if begin <= w[0] < span[1]]
    quoted = len(QUOTED_CHAR.findall(body, opened + 1, begin - 1)) if opened >= 0 else 0
    worded = opened >= 0 and HAN_CHAR.search(body, opened + 1, begin - 1) is not None
    worded = worded and SERVICE_NUMBER.search(body, opened + 1, begin - 1) is None  # not “12345热线”
    if not (worded and 0 < quoted == begin - 2 - opened) or span[1] - opened > MAX_SUBJECT:
        return span
    cut = any(_cuts(*w[2:]) for w in between if w[0] < span[0])  # “口袋公园”惠及周边居民
    named = _verb_with_object(between) and ORG_HEAD.search(body, *span) is None  # “红马甲”巡逻队伍
    named = named and not (linked or _quote_is_object(body, opened))  # 建成“四好农村路”示范乡镇
    if cut or named or span[0] - begin > MAX_NAME_WORDS:
        return span  # not “三资清理”收回集体土地: a verb, the clause's (but the verb of a body's name)
    return (opened, span[1])


def _quote_is_object(body: str, opened: int) -> bool:
    """A quotation right after a verb of its clause (建成“四好农村路”示范乡镇, 评出“好婆婆”): the
    quoted name and the words after it are that verb's object, so a verb among those words is a
    modifier of the noun (示范, 便民), not the clause's verb (“三资清理”收回集体土地)."""
    mark = _last_clause_mark(body, max(0, opened - 12), opened)
    words = _tagged(body, mark + 1 if mark is not None else max(0, opened - 12), opened)
    return bool(words) and words[-1][1] == opened and words[-1][3] == "v" and words[-1][2] not in LINK_WORDS


def _changes_share(body: str, start: int, words: list[tuple[int, int, str, str]]) -> bool:
    """A verb of two characters or more right before a percentage, after a word of the clause: it
    says how the thing changed (缩短, 压缩, 翻番), as a linking verb does, whatever the verb."""
    verb = len(words) > 1 and words[-1][3] == "v" and len(words[-1][2]) > 1 and words[-1][1] == start
    return verb and PERCENT.match(body, start) is not None


def _names_more_than_where(body: str, phrase: list[tuple[int, int, str, str]]) -> bool:
    """Not verbs or adverbs alone, nor a scope alone (全镇, 村里): a phrase that can name a thing."""
    span = _span(phrase)
    named_act = bool(phrase) and len(phrase[-1][2]) > 1 and NAME_HEAD.fullmatch(phrase[-1][2]) is not None
    if named_act:
        return True  # “邻里节”活动8场: an act that names a thing (活动, 行动, 项目)
    return (
        any(not w[3].startswith(("v", "d")) for w in phrase)
        and span is not None
        and _names_a_thing(body, span)
    )


def _says_when(words: list[tuple[int, int, str, str]]) -> bool:
    """The last word says when or how the figure came, not what it counts: a time word
    (收入去年达到, 普及率今年提高到; 近年来 alone names nothing) or an adverb the tagger reads as an
    adjective (满意度连续三年保持在) after some other word, not a one-character one, which ends
    nouns the tagger split (网格长, 奖勤诫懒)."""
    word, tag = words[-1][2:]
    if _compared_year(words):
        return True  # 较2020年末: the year of a comparison, its 年末 skipped already
    return (tag == "t" and not AGE_WORD.fullmatch(word)) or (len(words) > 1 and tag == "a" and len(word) > 1)


def _compared_year(words: list[tuple[int, int, str, str]]) -> bool:
    """The last word is a year right after 较 or 比 (较2020年末): the time a figure is compared with."""
    return len(words) > 1 and YEAR_DIGITS.fullmatch(words[-1][2]) is not None and words[-2][2] in ("较", "比")


def _listed_before(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """A phrase that ends a list of names joined by 、 with the names before it (慰问金、慰问品等
    3万元: the figure counts both), as long as each is a noun phrase and all fit in a subject."""
    start = span[0]
    while start > 0 and body[start - 1] == "、":
        mark = _last_clause_mark(body, max(0, start - 1 - MAX_PHRASE), start - 1)
        begin = mark + 1 if mark is not None else start - 1 - MAX_PHRASE
        words = _tagged(body, max(0, begin), start - 1)
        inner = mark is not None and body[mark] == "、"
        if inner and _whole_item(words) and span[1] - words[0][0] <= MAX_SUBJECT:
            start = words[0][0]  # 、健身步道、: an item between two 、 is one name, a verb inside it
            continue
        item = _noun_phrase_ending(words)
        if item and not _listed_name(item) and not inner:
            item = _nouns_after_verb(item)  # 社区组织网格员、楼栋长等: the verb's object opens the list
        if not item or span[1] - item[0][0] > MAX_SUBJECT or not _listed_name(item):
            break
        start = item[0][0]
        if item[0] != words[0] or mark is None:
            break  # 发放慰问金、慰问品: the list opens in the middle of its clause
    return (start, span[1])


def _whole_item(words: list[tuple[int, int, str, str]]) -> bool:
    """Words between a list's 、 and its closing 等 that read as one name: no function word, a noun
    last, at most MAX_PHRASE characters (健身步道, though 健身 is tagged a verb)."""
    if not words or words[-1][1] - words[0][0] > MAX_PHRASE or not _nounish(*words[-1][2:]):
        return False
    return all(HAN_WORD.fullmatch(w[2]) and not _cuts(*w[2:]) for w in words)


def _nouns_after_verb(item: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The nouns after the last verb of a phrase that opens a list in the middle of its clause
    (社区组织网格员: 网格员): a noun, a verb and a noun there are the clause's own, not a name."""
    last = max((k for k, w in enumerate(item) if w[3] in ("v", "vn")), default=-1)
    tail = item[last + 1 :]
    return tail if tail and all(_nounish(*w[2:]) for w in tail) else item


def _listed_name(item: list[tuple[int, int, str, str]]) -> bool:
    """An item of a list of names: nouns, or a noun after an adjective (老党员: 老 is tagged so)."""
    return all(_nounish(*w[2:]) or (w[3] == "a" and len(w[2]) == 1) for w in item) and _nounish(*item[-1][2:])


def _labelled(body: str, colon: int) -> tuple[int, int] | None:
    """The label a colon gives the figure right after it (参与人数：3000余人), when it names a thing."""
    span = _phrase_before(body, colon) if colon > 0 else None
    words = _tagged(body, *span) if span and span[1] == colon else []  # not 记者了解到：
    return span if words and _nounish(*words[-1][2:]) else None


def _clause_head(clause: str) -> str:
    """A clause without the 从 (由) of a change (人均收入从不到5000元增加到2.3万元: both count 人均收入)
    or the whole that a share is of (时长人数占注册人数的66.63%, 注册率达到常住人口的15%: the share
    counts 时长人数, 注册率)."""
    found = TAIL_NOT_COUNTED.search(clause)
    return clause[: found.start()] if found else clause


def _threshold_in_name(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` is 以上 (以下) after a noun or a level, inside a name that goes on after it
    (规模以上企业, 县级以上文明村): a class of things, not a bound of the figure."""
    if words[k][2] not in ("以上", "以下") or k == 0 or words[k - 1][1] != words[k][0]:
        return False
    word, tag = words[k - 1][2:]
    level = tag.startswith(("n", "b")) or (word.endswith("级") and not _cuts(word, tag))
    return HAN_WORD.fullmatch(word) is not None and level


def _noun_phrase_ending(words: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The last words of ``words`` that can name a thing, at most ``MAX_PHRASE`` characters."""
    phrase: list[tuple[int, int, str, str]] = []
    clipped = False  # cut short by its length, right after the object of a verb that opens it
    for k in range(len(words) - 1, -1, -1):
        word, tag = words[k][2:]
        suffix = bool(phrase) and len(phrase[0][2]) == 1 and NOUN_SUFFIX.match(phrase[0][2]) is not None
        if SERVICE_NUMBER.fullmatch(word) and phrase and words[k][1] == phrase[0][0]:
            phrase.insert(0, words[k])  # 110警情, 12345热线诉求量: a number with no unit names a line
            break
        if (
            (_cuts(word, tag) or word in LEAD_WORDS)
            and not (suffix and tag.startswith("v"))
            and not (_names_with_verb(phrase, word, tag) or (not phrase and _named_event(words, k)))
            and not (phrase and _threshold_in_name(words, k))
            and not _manner_of_rate(words, k, phrase)
            and not _joins_nouns(words, k, phrase)
            and not _verb_in_name(words, k, phrase)
            and not _lead_of_act(words, k, phrase)
            and not _noted_last_char(words, k, phrase)
        ):  # whether a verb is part of a name is asked only of words that would end it
            if word in PER_PERIOD and phrase and phrase[0][3] == "v" and words[k][1] == phrase[0][0]:
                average = k > 0 and AVERAGE.fullmatch(words[k - 1][2]) and words[k - 1][1] == words[k][0]
                return [*words[k - 1 : k] * bool(average), words[k], *phrase]  # 日收购能力, 平均月收入
            break  # 化解 is a leading verb, but 化解率 a rate
        if not _name_word(word) or (phrase and phrase[-1][1] - words[k][0] > MAX_PHRASE):
            clipped = bool(phrase) and phrase[0][3] == "v" and len(phrase[0][2]) == 2 and tag in ("n", "s")
            break
        if _unit_of_count(words, k):
            break  # 23项民生实事任务已完成了21项: 项 is the unit of the count before, not a name
        if _opens_with_unit(words, k):  # 6个村集体经济收入: the tagger glued 个 to 村
            return [(words[k][0] + 1, words[k][1], word[1:], tag), *phrase]
        lead = LEAD_START.match(word)
        if lead and lead.end() < len(word) - 1:  # 投入资金 read as one word: 资金 (but 办结率 a rate)
            start = words[k][0] + lead.end()
            return [(start, words[k][1], word[lead.end() :], tag), *phrase]
        if (
            tag == "v"
            and len(word) == 2
            and phrase
            and not suffix
            and k > 0
            and words[k - 1][3].startswith("n")
            and not _measure_of_act(words, k, phrase)
            and not _verb_in_name(words, k, phrase)
        ):
            # noun, verb, noun: the verb and its object name the thing (老旧小区加装电梯 -> 加装电梯,
            # 日收购能力 -> 收购能力), whichever of the two the writer meant
            return [*_short_noun_of_name(words, k, phrase), words[k], *phrase]
        phrase.insert(0, words[k])
        if tag == "b" and len(phrase) > 1:
            return [*_owner_of_total(words, k, phrase), *phrase]  # 该中心总建筑面积, 乡贤总捐资
    if len(phrase) > 1 and SCOPE_WORD.fullmatch(phrase[0][2]):
        phrase.pop(0)  # 全乡老年人口占比: where the things are, not what they are
    if _after_a_verb(words, phrase) or _after_de_word(words, phrase) or clipped:
        return phrase  # 新增充电接口, 妥善处理信访案件: the verb before the phrase is the clause's;
        # 老旧小区|改造项目开工率: the verb is inside a name longer than a phrase, its object cut off
    while len(phrase) > 1 and phrase[0][3] == "v" and not NOUN_SUFFIX.match(phrase[1][2]):
        if phrase[-1][1] - phrase[1][0] < 2:
            break  # 脱贫村, 示范村: a verb and a one-character noun are one name
        if _modifying_verb(words, phrase):
            break  # 接待学习考察团队: the second of two verbs tells the noun apart (考察团队)
        if len(phrase) == 2 and EVENT_HEAD.fullmatch(phrase[1][2]):
            break  # 乱停车现象: a head that names no thing without what was done
        if len(phrase) == 2 and _act_head(phrase[1]):
            break  # 新增就业: the head is an act, named with the verb before it
        phrase.pop(0)
    return phrase


def _noted_last_char(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> bool:
    """Word ``k`` is one character, glued before a bracketed note of a name (便民服务站（点）, 服务
    站（所）): the name's last character, which the tagger read alone as a verb (站); a verb takes
    no such note."""
    if len(words[k][2]) != 1 or not phrase or words[k][1] != phrase[0][0]:
        return False
    return NOTE.fullmatch(phrase[0][2]) is not None and HAN_CHAR.fullmatch(words[k][2]) is not None


def _act_head(word: tuple[int, int, str, str]) -> bool:
    """A verb of two characters or fewer standing as the head of what a figure counts (就业 of
    新增就业3000人, 转移就业): an act, which names nothing without the verb before it."""
    return word[3] in ("v", "vn") and len(word[2]) <= 2


def _lead_of_act(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> bool:
    """Word ``k`` is a lead verb of two characters glued to a lone act that a figure counts (城镇
    新增 就业4万人, 转移 就业1200人): the lead verb is part of the act's name, which the reports
    print whole; without it the subject (就业) is too short for the name as printed."""
    word, tag = words[k][2:]
    if len(phrase) != 1 or not _act_head(phrase[0]) or len(word) != 2 or word not in NAMING_LEADS:
        return False
    named = k > 0 and words[k - 1][3].startswith("n") and words[k - 1][1] == words[k][0]
    named = named and not SCOPE_WORD.fullmatch(
        words[k - 1][2]
    )  # not 全市新增就业, 受理投诉: the clause's verb
    return named and tag.startswith("v") and words[k][1] == phrase[0][0]


def _short_noun_of_name(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> list:
    """The noun of two characters glued before the verb ``k`` (of two) of a noun, verb, noun name
    (文明 实践 站点, 矛盾 调处 中心): the name's first word, kept when the whole is at most four
    characters longer than its head, so that a reader's subject, the head alone or the whole
    name, matches either way; a longer noun (老旧小区 加装电梯) is the clause's topic."""
    noun = words[k - 1]
    short = len(noun[2]) == 2 == len(words[k][2]) and noun[1] == words[k][0] and noun[3].startswith("n")
    short = short and bool(phrase) and phrase[-1][3].startswith("n")  # not 群众来信来访: no noun heads it
    head = "".join(w[2] for w in phrase)
    short = short and (ORG_HEAD.search(head) or NAME_HEAD.search(head)) is not None  # a place or body
    short = short and words[k][2] not in NAMING_LEADS  # 调解中心: a lead verb names the kind of body alone
    return [noun] if short and not SCOPE_WORD.fullmatch(noun[2]) and HAN_WORD.fullmatch(noun[2]) else []


def _owner_of_total(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> list:
    """The noun glued before a word of kind (总, 净) that opens a measure (农村公路 总里程, 项目
    总投资): whose total it is, the name's first word as printed; not a scope (全县总人口) nor a
    pronoun (该中心总建筑面积), which `_cuts` keeps out of names."""
    if k == 0 or len(phrase) < 2 or words[k][2] not in ("总", "净"):
        return []  # not 群众 急难愁盼(b) 问题: another word of kind opens a name of its own
    noun = words[k - 1]
    glued = noun[1] == words[k][0] and noun[3].startswith("n") and HAN_WORD.fullmatch(noun[2])
    fits = 2 <= len(noun[2]) <= 4 and not SCOPE_WORD.fullmatch(noun[2]) and not _cuts(noun[2], noun[3])
    pointed = k > 1 and words[k - 2][3] == "r" and words[k - 2][1] == noun[0]  # 该 中心: the one just named
    return [noun] if glued and fits and not pointed else []


def _verb_in_name(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> bool:
    """Word ``k`` is a verb of two characters (a lead or a linking one too) between its object and
    the head of a name (人居环境 整治提升 项目, 小区 改造 项目开工率): the object, the verb and the
    head are one name, as in 矛盾纠纷化解中心; a verb with no noun before it (建成) is the clause's."""
    word, tag = words[k][2:]
    if not phrase or len(word) != 2 or not tag.startswith("v") or k == 0 or words[k - 1][1] != words[k][0]:
        return False
    head = "".join(w[2] for w in phrase)  # 项目 完工 率: the tagger's pieces of the head
    named = (
        ORG_HEAD.search(head) or NAME_HEAD.search(head) or head.endswith("率")
    ) and not PEOPLE_HEAD.search(head)
    own = words[k - 1][3] in ("n", "s") and len(words[k - 1][2]) > 1 and word not in LEAD_WORDS
    own = own and not SCOPE_WORD.fullmatch(words[k - 1][2])  # not 全市注册志愿者: 全市 is where
    return bool(named) and len(head) > 1 and own  # not 社区开展活动: a lead verb is the clause's


def _manner_of_rate(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> bool:
    """Word ``k`` is an adverb of two characters glued to a rate of an act (按期 办结率, 及时
    处置率): the rate of acts done so, one name, which the adverb would otherwise cut."""
    word, tag = words[k][2:]
    rate = len(phrase) == 1 and len(phrase[0][2]) > 2 and phrase[0][2].endswith("率")
    return rate and tag == "d" and len(word) == 2 and words[k][1] == phrase[0][0]


def _joins_nouns(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> bool:
    """Word ``k`` is 和 (及) between two nouns before a figure (慰问金和慰问品折合680万元): the figure
    counts both, one phrase."""
    if words[k][2] not in ("和", "及") or not phrase or k == 0:
        return False
    return words[k - 1][3].startswith("n") and phrase[0][3].startswith("n")


def _name_word(word: str) -> bool:
    """A word a name of a thing may hold: Chinese (with a grade glued to it: 5G基站), or a Latin
    abbreviation the reports print as the name of a measure (人均GDP, PM2.5平均浓度)."""
    return HAN_WORD.fullmatch(word) is not None or ABBREVIATION.fullmatch(word) is not None


def _unit_of_count(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` is a unit (项, 个) right after digits: a count's measure word, which the tagger may
    read as a noun, and no part of the name after it."""
    before = words[k - 1] if k > 0 else None
    glued = before is not None and before[1] == words[k][0] and DIGIT.search(before[2]) is not None
    return glued and words[k][2] in UNITS


def _opens_with_unit(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k``, right after digits, begins with a unit of one character and goes on (个村 of
    6个村集体经济收入): the tagger glued the count's measure word to the name after it."""
    before = words[k - 1] if k > 0 else None
    glued = before is not None and before[1] == words[k][0] and DIGIT.search(before[2]) is not None
    return glued and len(words[k][2]) > 1 and words[k][2][0] in UNITS


def _measure_of_act(words: list[tuple[int, int, str, str]], k: int, phrase: list) -> bool:
    """Word ``k``, a verb between a noun and a measure (满意度 测评 得分), is part of the measure's
    name with the noun: what was measured of what; not a lead verb that names the kind alone
    (调解成功率, 流转面积: the scorer's margins match them either way), nor after a scope (全市
    注册志愿者总数: 全市 is where)."""
    measure = MEASURE_HEAD.search(phrase[-1][2]) is not None or FUND_HEAD.search(phrase[-1][2]) is not None
    return measure and words[k][2] not in NAMING_LEADS and not SCOPE_WORD.match(words[k - 1][2])


def _modifying_verb(words: list[tuple[int, int, str, str]], phrase: list[tuple[int, int, str, str]]) -> bool:
    """The phrase is a verb of two characters and a bare noun of two, right after another verb that
    is the clause's (接待 学习考察 团队, not a linking one: 累计兑换积分): the verb before the noun
    modifies it, and the scorer's margins match the noun alone too."""
    if len(phrase) != 2 or not len(phrase[0][2]) == 2 == len(phrase[1][2]):
        return False
    before = [w for w in words if w[1] == phrase[0][0]]
    return bool(before) and before[0][3] == "v" and len(before[0][2]) > 1 and before[0][2] not in STOP_WORDS


def _after_de_word(words: list[tuple[int, int, str, str]], phrase: list[tuple[int, int, str, str]]) -> bool:
    """A 的 stands right before the phrase: it is a whole noun phrase, a verb that opens it one of
    its modifiers (全区的快递网点数量, 群众的办事效率), not the clause's verb."""
    before = [w for w in words if phrase and w[1] == phrase[0][0]]
    return bool(before) and before[0][2] == "的"


def _after_a_verb(words: list[tuple[int, int, str, str]], phrase: list[tuple[int, int, str, str]]) -> bool:
    """The phrase follows a verb, not a linking one (累计, 共计: a lead verb or a stop word of the
    lists, which ended it): the clause's verb is that one, and a verb opening the phrase modifies its noun (新增充电接口48个 ->
    充电接口, 处理信访案件2起 -> 信访案件, not 接口, 案件)."""
    if not phrase or phrase[0][0] == words[0][0]:
        return False
    k = len(words) - len(phrase)  # the phrase is the words' end (`_noun_phrase_ending`)
    if words[k] is not phrase[0]:
        k = next(i for i, w in enumerate(words) if w[0] == phrase[0][0])
    verb = words[k - 1]
    return verb[3].startswith("v") and verb[2] not in LINK_WORDS and verb[1] == phrase[0][0]


def _named_event(words: list[tuple[int, int, str, str]], k: int) -> bool:
    """Word ``k`` is a lead verb read as a verbal noun after a noun, the last word of the name of
    an event that is counted (开展镇村培训20余场次 -> 镇村培训, was 镇村), not the verb of the clause."""
    word, tag = words[k][2:]
    if k > 0 and words[k - 1][2] in DUMMY_VERBS and tag in ("v", "vn") and len(word) > 1:
        return words[k - 1][1] == words[k][0]  # 开展培训46场: a dummy verb's object is an event, a noun
    return tag == "vn" and word in NAMING_LEADS and k > 0 and _nounish(*words[k - 1][2:])


def _names_with_verb(phrase: list[tuple[int, int, str, str]], word: str, tag: str) -> bool:
    """A verb of two characters or more that a name needs before its last word: a one-character
    noun (调解室, 服务站: 室 alone names nothing) or, for a lead verb that names a kind of thing
    (subject_verbs.txt, not a stop word), a rate, number, amount or area (调解成功率, 土地流转面积)
    or the head of a body's name (调解中心, 调解工作室: not 中心 alone);
    any verb before a head that counts who did it (参与人数, 报到人数: how many took part)."""
    if len(phrase) != 1 or not tag.startswith("v"):
        return False
    last = phrase[0][2]
    if COUNT_HEAD.fullmatch(last) and word not in LIGHT_VERBS and word not in LINK_WORDS:
        return True
    if len(word) < 2:
        return False
    head = MEASURE_HEAD.search(last) or ORG_HEAD.search(last)  # 调解成功率, 调解中心
    return (len(last) == 1 and phrase[0][3].startswith("n")) or (head is not None and word in NAMING_LEADS)


def _quoted_before(body: str, close: int) -> tuple[int, int] | None:
    """The quoted name closing at ``close`` (“移动网格员”已有1950余名), when it is as short as a name."""
    opened = body.rfind("“", max(0, close - MAX_QUOTED_NAME - 1), close)
    return (opened + 1, close) if opened >= 0 and close - opened > 2 else None


def _span(words: list[tuple[int, int, str, str]]) -> tuple[int, int] | None:
    return (words[0][0], words[-1][1]) if words else None

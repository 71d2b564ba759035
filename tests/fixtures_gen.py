"""A corpus of bad and odd inbox files for loader / quality-gate tests.

    expected = write_bad_corpus(tmp_path / "inbox", huge_mb=1)

writes the files and returns {relative file name: expected kind}, where kind is
one of:
  loaded      - decoded (after repair if needed), passed the gate, parsed
  quarantined - looked at and held back by the data-quality gate
  duplicate   - same content as a file that sorts (and was written) earlier
  skipped     - never looked at (not *.txt, or a symlink leaving the inbox)

All page text is invented (fictional communities and people, real divisions).
Every good page is unique, so only the `_copy` file is a duplicate.

Choices that need a decision (change them here if the project decides otherwise):
  * mojibake (UTF-8 bytes read as latin-1, saved again as UTF-8) -> loaded:
    it can be repaired exactly with .encode("latin-1").decode("utf-8").
  * truncated UTF-8 (the last character cut in half) -> loaded.
  * mixed encodings (half GB18030, half UTF-8) -> quarantined: no single codec
    decodes it, and a GB18030 fallback "succeeds" on garbage.
  * an HTML page under a .txt name (a 404 page) -> quarantined.
  * a huge single line (huge_mb MB with no newline) -> quarantined.
  * the symlink points to a real, valid page in a sibling folder
    (`<folder>_outside/`); a loader that follows it would load that page.
"""

from __future__ import annotations

import os
import pathlib
import random

LOADED, QUARANTINED, DUPLICATE, SKIPPED = "loaded", "quarantined", "duplicate", "skipped"

# ----------------------------------------------------------------- page texts
GOOD_A = """和平里社区“楼长议事”解民忧

本报讯 山东省淄博市张店区车站街道和平里社区推行“楼长议事”制度，在28栋居民楼各选出1名楼长，每月收集居民诉求、召集邻里协商。今年以来，楼长们协调解决楼道照明、管道疏通等问题190余件。（邵文静）

淄川区：党员“双报到”服务进小区

□ 本报记者 丁若川

山东省淄博市淄川区组织1500余名机关党员到居住地社区报到，认领居民“微心愿”3600余个，参与小区环境整治、文明劝导等志愿服务2.4万人次。
"""

TRUNCATED = """石榴籽议事会化解邻里纠纷

本报讯 新疆维吾尔自治区乌鲁木齐市天山区和平路街道幸福里社区组建“石榴籽议事会”，由各族居民代表共同参与，今年已调解邻里纠纷73起，调解成功率100%。（古丽娜 王安澜）

天山区网格员“一网统管”上门服务

□ 本报记者 艾力江

天山区将全区划分为1210个网格，网格员通过“一网统管”平台上报问题，平均处置时长缩短至6小时以内。"""

GB_PAGE = """丰台区“接诉即办”响应群众关切

本报讯 北京市丰台区卢沟桥街道晓月苑社区依托12345市民服务热线，建立“接诉即办”快速响应机制，今年共办理居民诉求2150件，响应率达100%，满意率达96.8%。（孟书瑶）

门头沟区：山村“红色管家”守护古村落

□ 梁 远

北京市门头沟区斋堂镇在12个传统村落推行“红色管家”，由党员担任管家，开展巡查、讲解、保洁等服务，带动村民增收近300万元。
"""

UTF16_PAGE = """沈河区“邻里食堂”暖了老人胃

本报讯 辽宁省沈阳市沈河区大南街道文萃社区开办“邻里食堂”，为辖区老年人提供助餐服务，日均就餐400余人次。（于海川）

皇姑区：“暖心驿站”服务户外劳动者

■记者 赵晓棠

辽宁省沈阳市皇姑区建成“暖心驿站”45个，今年累计服务环卫工人、快递员等户外劳动者8.7万人次。
"""

BIG5_PAGE = """泉州鯉城區：「古厝議事」留住鄉愁

本報訊 福建省泉州市鯉城區開元街道在老城區推行「古厝議事」，由居民、商戶、文保志願者共商古厝保護利用，今年已修繕古厝21處。（蔡雅文）

晉江市：「僑聯網格」連通海內外

□ 本報記者 許嘉陽

福建省泉州市晉江市發揮僑鄉優勢，組建「僑聯網格」156個，吸納歸僑僑眷擔任網格員，協助化解涉僑糾紛42起。
"""

MOJIBAKE_PAGE = """西湖区“湖畔议事”共商景区治理

本报讯 浙江省杭州市西湖区北山街道在景区社区推行“湖畔议事”，居民、商户和景区管理方每月坐下来商量停车、噪音等问题，今年已协商解决事项58项。（钱语嫣）

余杭区：“数智网格”让服务更精准

□ 本报记者 应书航

浙江省杭州市余杭区将全区网格数据接入“数智网格”平台，累计推送预警信息3.1万条，处置率达99.2%。
"""

ODD_NAME_PAGE = """武昌区“三方协商”破解小区停车难

本报讯 湖北省武汉市武昌区中华路街道临江社区由社区党委牵头，组织业委会、物业和居民代表开展“三方协商”，新施划停车位320个，小区乱停车投诉下降七成。（彭可欣）

江汉区：“微更新”让老街巷焕新颜

□ 柯明远

湖北省武汉市江汉区今年完成老街巷“微更新”项目37个，惠及居民1.2万户。
"""

MIXED_GB_HALF = """云岩区：“院落会”议出好日子

本报讯 贵州省贵阳市云岩区中环街道在老旧院落推行“院落会”，今年已召开院落会86场，解决晾晒、停车等问题240余件。（吴曼青）

"""

MIXED_UTF8_HALF = """南明区：“小区管家”上岗记

□ 本报记者 龙清扬

贵州省贵阳市南明区在老旧小区设立“小区管家”210名，负责收集诉求、协调维修，居民满意率提升至94.5%。
"""

OUTSIDE_PAGE = """城关区“民情茶叙”拉近干群距离

本报讯 甘肃省兰州市城关区雁南街道坚持每周举办“民情茶叙”，今年共收集意见建议530条。（马晓川）

七里河区：网格“微服务”温暖社区

□ 本报记者 杨知远

甘肃省兰州市七里河区组建网格服务队96支，为独居老人提供上门服务1.9万人次。
"""

ENGLISH_PAGE = """Community councils take root in riverside district

Residents of a riverside district met on Tuesday evening to discuss parking,
street lighting and the schedule of a weekly market. Organisers said the
council had met 42 times this year and settled more than 300 requests.

"People come because things actually get done," said one volunteer, who has
lived in the neighbourhood for twenty years. The district plans to open two
more meeting rooms next spring.
"""

HTML_404 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>404 Not Found</title>
<style>body{font-family:sans-serif;margin:0}.nav a{color:#c00;padding:0 8px}</style>
<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");
s.src="https://stats.example.invalid/hm.js?0";document.head.appendChild(s);})();</script>
</head><body>
<div class="nav"><a href="/">首页</a>|<a href="/epaper/">电子报</a>|<a href="/search/">检索</a></div>
<h1>404</h1><p>页面不存在或已被删除</p>
<script src="/static/js/jquery.min.js"></script></body></html>
"""

EDITOR_NOTES_MD = "# 编辑备注\n\n本周基层治理专版待审稿件三篇，周五前定稿。\n"

HUGE_UNIT = "党建引领基层治理网格化服务精细化管理"


# ------------------------------------------------------------------- builders
def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _truncated(text: str) -> bytes:
    """A valid UTF-8 page whose last (3-byte) character is cut in half."""
    return text.encode("utf-8")[:-1]


def _mojibake(text: str) -> bytes:
    """UTF-8 bytes read as latin-1 and saved again as UTF-8 (repairable)."""
    return text.encode("utf-8").decode("latin-1").encode("utf-8")


def _mixed() -> bytes:
    return MIXED_GB_HALF.encode("gb18030") + MIXED_UTF8_HALF.encode("utf-8")


def _binary() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(16).randbytes(4096)


def _write(folder: pathlib.Path, name: str, data: bytes) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _write_huge(path: pathlib.Path, huge_mb: int) -> None:
    """One line of about huge_mb MB, written in chunks (never held in memory)."""
    unit = HUGE_UNIT.encode("utf-8")
    units_left = huge_mb * 1024 * 1024 // len(unit)  # whole characters only
    with path.open("wb") as fh:
        while units_left > 0:
            n = min(units_left, 4096)
            fh.write(unit * n)
            units_left -= n


def _symlink_outside(folder: pathlib.Path, name: str) -> bool:
    outside = folder.parent / f"{folder.name}_outside"
    outside.mkdir(parents=True, exist_ok=True)
    target = outside / "outside_page.txt"
    target.write_bytes(_utf8(OUTSIDE_PAGE))
    try:
        (folder / name).symlink_to(target)
    except OSError:  # no symlink support (e.g. unprivileged Windows)
        return False
    return True


# name -> (expected kind, bytes); order matters for the duplicate pair
STATIC_FILES = {
    "empty.txt": (QUARANTINED, b""),
    "whitespace_only.txt": (QUARANTINED, " \n\t\r\n\u3000\n".encode("utf-8")),
    "binary_png_named_txt.txt": (QUARANTINED, _binary()),
    "good_page_a.txt": (LOADED, _utf8(GOOD_A)),
    "good_page_a_copy.txt": (DUPLICATE, _utf8(GOOD_A)),
    "truncated_last_char.txt": (LOADED, _truncated(TRUNCATED)),
    "page_gb18030.txt": (LOADED, GB_PAGE.encode("gb18030")),
    "page_utf16_bom.txt": (LOADED, UTF16_PAGE.encode("utf-16")),
    "page_big5_traditional.txt": (LOADED, BIG5_PAGE.encode("big5")),
    "mojibake_latin1_roundtrip.txt": (LOADED, _mojibake(MOJIBAKE_PAGE)),
    "english_only.txt": (QUARANTINED, _utf8(ENGLISH_PAGE)),
    "html_404_page.txt": (QUARANTINED, _utf8(HTML_404)),
    "mixed_gb18030_and_utf8.txt": (QUARANTINED, _mixed()),
    '民情 "日记"; 第2版 🏮 it\'s.txt': (LOADED, _utf8(ODD_NAME_PAGE)),
    "editor_notes.md": (SKIPPED, _utf8(EDITOR_NOTES_MD)),
    "scan_page.pdf": (SKIPPED, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n"),
}
HUGE_NAME = "huge_single_line.txt"
SYMLINK_NAME = "symlink_to_outside.txt"


def write_bad_corpus(folder: pathlib.Path, huge_mb: int = 20) -> dict[str, str]:
    """Write the bad/odd corpus into folder; return {file name: expected kind}."""
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, (kind, data) in STATIC_FILES.items():
        _write(folder, name, data)
        expected[name] = kind
    _make_copy_newer(folder / "good_page_a.txt", folder / "good_page_a_copy.txt")
    _write_huge(folder / HUGE_NAME, huge_mb)
    expected[HUGE_NAME] = QUARANTINED
    if _symlink_outside(folder, SYMLINK_NAME):
        expected[SYMLINK_NAME] = SKIPPED
    return expected


def _make_copy_newer(original: pathlib.Path, copy: pathlib.Path) -> None:
    """The original is older by mtime and sorts first by name."""
    st = original.stat()
    os.utime(original, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))

"""Segmentation, content terms and TF-IDF keywords; rjieba checked against jieba."""

import os
from pathlib import Path

import pytest

from transforms.keywords import (
    read_lines,
    segmenter,
    term_counts,
    tokenize,
)

SAMPLES = Path(os.environ.get("JICENG_SHARED", Path(__file__).parents[2].parent / "shared")) / "samples"

PARAGRAPHS = [
    "社区党委牵头成立红色业委会，物业服务企业每月向居民公开账目，老旧小区加装电梯顺利推进。",
    "网格员每天走访辖区商户，把矛盾纠纷化解在萌芽状态，群众满意度明显上升。",
    "镇里为快递小哥和外卖骑手建起爱心驿站，提供热水、充电和休息座椅。",
    "村集体经济收入突破八十万元，合作社带动农户种植蓝莓，乡村振兴步伐加快。",
    "The app lets residents report problems; 居民通过小程序随手拍上报问题。",
]


def test_governance_terms_stay_whole():
    tokens = tokenize("街道推动红色物业覆盖，关心新就业群体。")
    assert "红色物业" in tokens and "新就业群体" in tokens


def test_initiative_names_are_single_tokens():
    tokens = tokenize("社区推行“三访五问”工作法，构建“2+4+N”体系。")
    assert "三访五问" in tokens and "2+4+N" in tokens


def test_extra_terms_do_not_leak_between_calls():
    text = "青禾湾社区很热闹。"
    before = tokenize(text, extra_terms=[])
    assert tokenize(text, extra_terms=["青禾湾"])[0] == "青禾湾"
    assert tokenize(text, extra_terms=[]) == before


def test_term_counts_keeps_content_terms_only():
    counts = term_counts("我们开展工作，网格员走访了300户。网格员又走访了3个小区，共2024次！")
    assert counts["网格员"] == 2 and counts["走访"] == 2
    for dropped in ("我们", "工作", "开展", "300", "2024", "3个", "！", "了"):
        assert dropped not in counts


def rjieba_matches_jieba(lines: list[str], with_user_dict: bool) -> tuple[int, int]:
    jieba = pytest.importorskip("jieba", reason="jieba is the test-only reference segmenter")
    jieba.setLogLevel(60)
    reference = jieba.Tokenizer()
    ours = segmenter()
    if with_user_dict:
        for term in read_lines("governance_terms.txt"):
            reference.add_word(term)
    else:
        import rjieba

        ours = rjieba
    same = sum(ours.cut(line, hmm=True) == reference.lcut(line, cut_all=False, HMM=True) for line in lines)
    return same, len(lines)


@pytest.mark.parametrize("with_user_dict", [False, True])
def test_rjieba_equals_jieba_on_own_paragraphs(with_user_dict):
    same, total = rjieba_matches_jieba(PARAGRAPHS, with_user_dict)
    assert same == total


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples is absent: no sample pages to compare on")
@pytest.mark.parametrize("with_user_dict", [False, True])
def test_rjieba_equals_jieba_on_sample_pages(with_user_dict):
    lines = [
        line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
    ]
    same, total = rjieba_matches_jieba([line for line in lines if line.strip()], with_user_dict)
    print(f"rjieba == jieba on {same}/{total} sample lines (user dictionary: {with_user_dict})")
    assert same / total >= 0.99


@pytest.mark.parametrize("gap", [" ", "  ", "\u3000\u3000", "\n", "\t \n", "\xa0"])
def test_whitespace_is_never_a_term(gap: str) -> None:
    """term_counts counts the raw tokens and relies on the content filter to drop whitespace."""
    text = gap.join(["社区", "网格员", "走访", "商户", "Grid", "worker"]) + gap
    counts = term_counts(text, extra_terms=[])
    assert counts, "the words around the gaps are terms"
    assert all(term.strip() == term and term for term in counts)


def test_term_counts_same_once_the_judged_tokens_are_forgotten(monkeypatch):
    from transforms import keywords

    text = PARAGRAPHS[0] + PARAGRAPHS[1]
    first = term_counts(text)
    assert "红色业委会" in first or "业委会" in first
    assert not any(t.isspace() or len(t) < 2 for t in first)
    monkeypatch.setattr(keywords, "MAX_JUDGED", 5)  # a call with new tokens now starts afresh
    other = term_counts(PARAGRAPHS[2])
    assert keywords._judged == set(keywords._tokens(PARAGRAPHS[2], None))  # the rest forgotten
    assert term_counts(text) == first
    assert term_counts(PARAGRAPHS[2]) == other

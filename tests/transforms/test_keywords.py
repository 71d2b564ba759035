"""Segmentation, content terms and TF-IDF keywords; rjieba checked against jieba."""

import math
from pathlib import Path

import pytest

from transforms.keywords import (
    idf_from_document_frequencies,
    read_lines,
    segmenter,
    term_counts,
    tokenize,
    top_keywords,
)

SAMPLES = Path(__file__).parents[2].parent / "shared" / "samples"

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


def test_stop_word_is_never_a_keyword():
    counts = term_counts("我们我们我们 网格员")
    keywords = [term for term, _ in top_keywords(counts, {}, k=5)]
    assert keywords == ["网格员"]


def test_idf_is_smoothed():
    idf = idf_from_document_frequencies({"网格": 10, "调解": 0}, n_docs=10)
    assert idf["网格"] == pytest.approx(1.0)
    assert idf["调解"] == pytest.approx(math.log(11) + 1)


def test_idf_rejects_impossible_frequencies():
    with pytest.raises(ValueError):
        idf_from_document_frequencies({"网格": 11}, n_docs=10)


def test_top_keywords_tf_idf_with_unknown_terms_at_max_idf():
    counts = {"网格": 4, "调解": 2, "驿站": 2}
    idf = {"网格": 1.0, "调解": 3.0}
    result = top_keywords(counts, idf, k=2)
    assert result == [("调解", pytest.approx(0.75)), ("驿站", pytest.approx(0.75))]


def test_top_keywords_empty_input():
    assert top_keywords({}, {"网格": 2.0}) == []


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

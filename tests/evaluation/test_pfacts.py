"""evaluation.page_facts: the scorer's rates on the articles cut right, and the `stray` cause."""

from evaluation.page_facts import CAUSES, Error, Tally, table


def test_the_table_gives_the_rates_on_the_articles_cut_right_and_stray_figures():
    tally = Tally(articles=2)
    tally.rates.update({"region": 1, "region of": 2, "metrics R": 3, "metrics R of": 4})
    tally.errors.append(Error("metric missed", "stray", "p.txt", "t", "5个"))
    out = table("main", tally)
    assert "stray" in CAUSES
    assert "region 50% of 2" in out and "metrics R 75% of 4" in out and "metrics P -" in out
    assert out.splitlines()[3].split()[-3] == "1"  # metric missed: cut 0, stray 1

-- Full-text search over articles, for SQL users and for `jiceng search` (issue 19). Plain SQL over the
-- fts index's tables (fts_main_dim_article, filled by warehouse/search_index.py): a reader needs no
-- extension. Run on every write connection after the index exists (create or replace).
--
-- search_terms(terms): articles holding any of the terms (a list of index terms, e.g. as rjieba cuts
-- a query), ranked by BM25 (k1 1.2, b 0.75) exactly as fts's match_bm25 scores them.
create or replace macro search_terms(query_terms) as table
with wanted as (
    select d.termid, log((s.num_docs - d.df + 0.5::double) / (d.df + 0.5::double) + 1) as idf
    from fts_main_dim_article.dict as d
    cross join fts_main_dim_article.stats as s
    where d.term in (select unnest(query_terms))
),

postings as (
    select docid, termid, count(*)::double as tf
    from fts_main_dim_article.terms
    where termid in (select termid from wanted)
    group by docid, termid
),

scored as (
    select
        p.docid,
        sum(w.idf * p.tf * 2.2::double / (p.tf + 1.2::double * (0.25::double + 0.75::double * d.len / s.avgdl)))
            as score
    from postings as p
    inner join wanted as w on w.termid = p.termid
    inner join fts_main_dim_article.docs as d on d.docid = p.docid
    cross join fts_main_dim_article.stats as s
    group by p.docid
),

final as (
    select d.name as article_id, s.score
    from scored as s
    inner join fts_main_dim_article.docs as d on d.docid = s.docid
)

select * from final;

-- search_articles(query): the same from free text, segmented in SQL against the index's own
-- vocabulary: each space-separated word that is a term stands as it is; in any other word, the terms
-- found inside it, the longest where one holds another ('上海加装电梯' -> 上海, 加装电梯). Close to,
-- not always the same as, rjieba's cut, which `jiceng search` uses.
create or replace macro search_articles(query) as table
with words as (
    select distinct word
    from (select unnest(string_split_regex(trim(query), '\s+')) as word)
    where word <> ''
),

whole as (
    select w.word from words as w semi join fts_main_dim_article.dict as d on d.term = w.word
),

inside as (
    select w.word, d.term
    from words as w
    inner join fts_main_dim_article.dict as d on contains(w.word, d.term)
    where w.word not in (select word from whole)
),

longest as (
    select i.term from inside as i
    where not exists (
        select 1 from inside as o
        where o.word = i.word and o.term <> i.term and contains(o.term, i.term)
    )
),

final as (
    select list(distinct term) as query_terms
    from (select word as term from whole union all select term from longest)
)

select * from search_terms((select query_terms from final));

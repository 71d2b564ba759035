-- Full-text search over articles, for SQL users and for `jiceng search` (issue 19). Plain SQL over the
-- fts index's tables (fts_main_dim_article, filled by warehouse/search_index.py): a reader needs no
-- extension. Run on every write connection after the index exists (create or replace).
--
-- search_scores(terms): the index's documents (docid) holding any of the terms (a list of index terms,
-- e.g. as rjieba cuts a query), scored by BM25 (k1 1.2, b 0.75) exactly as fts's match_bm25 scores
-- them. Reads only the postings of the terms (in term order) and needs no join for the lengths.
create or replace macro search_scores(query_terms) as table
with wanted as (
    select d.termid, log((s.num_docs - d.df + 0.5::double) / (d.df + 0.5::double) + 1) as idf
    from fts_main_dim_article.dict as d
    cross join fts_main_dim_article.stats as s
    where d.term in (select unnest(query_terms))
),

scored as (
    select
        p.docid,
        sum(w.idf * p.tf * 2.2::double / (p.tf + 1.2::double * (0.25::double + 0.75::double * p.len / s.avgdl)))
            as score
    from fts_main_dim_article.postings as p
    inner join wanted as w on w.termid = p.termid
    cross join fts_main_dim_article.stats as s
    group by p.docid
)

select * from scored;

-- search_terms(terms): the articles holding any of the terms, with their BM25 score.
create or replace macro search_terms(query_terms) as table
select d.name as article_id, s.score
from search_scores(query_terms) as s
inner join fts_main_dim_article.docs as d on d.docid = s.docid;

-- search_best(terms, k): the best k articles (more where several tie with the k-th score), with their
-- row in dim_article: only these are joined with docs, so a search for common words stays fast.
create or replace macro search_best(query_terms, k) as table
with scored as (
    select * from search_scores(query_terms)
),

cut as (
    select min(score) as score from (select score from scored order by score desc limit k)
),

final as (
    select d.name as article_id, s.score, d.article_row
    from scored as s
    inner join fts_main_dim_article.docs as d on d.docid = s.docid
    where s.score >= (select score from cut)
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

-- every substring of each word, matched with the terms by equality (the same terms as contains(word,
-- term) over the whole vocabulary, which compared each word with each of the 200,000 terms at 1 GB)
pieces as (
    select distinct word, substr(word, start, size) as piece
    from (
        select word, start, unnest(range(1, length(word) - start + 2)) as size
        from (select word, unnest(range(1, length(word) + 1)) as start from words)
    )
),

inside as (
    select p.word, d.term
    from pieces as p
    inner join fts_main_dim_article.dict as d on d.term = p.piece
    where p.word not in (select word from whole)
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

-- The batch's articles into the full-text index (table `term`: the batch's article_id, term, tf).
-- Run inside the batch's transaction, after its articles.
set variable first_docid = (select coalesce(max(docid) + 1, 0) from fts_main_dim_article.docs);

insert into fts_main_dim_article.docs
select getvariable('first_docid') + row_number() over (order by article_id) - 1 as docid, article_id as name, sum(tf) as len
from term
group by article_id;

insert into fts_main_dim_article.dict
with new_terms as (
    select distinct t.term from term as t
    anti join fts_main_dim_article.dict as d on d.term = t.term
),

final as (
    select
        (select coalesce(max(termid) + 1, 0) from fts_main_dim_article.dict)
        + row_number() over (order by term) - 1 as termid,
        term,
        0 as df
    from new_terms
)

select * from final;

update fts_main_dim_article.dict as d set df = d.df + b.df
from (select term, count(*) as df from term group by term) as b
where d.term = b.term;

-- One row per occurrence, as fts writes them; in term order, so that a row group of a batch holds few
-- terms and a search reads only the row groups whose termid range holds its terms.
insert into fts_main_dim_article.terms
with batch_docs as (
    select docid, name from fts_main_dim_article.docs where docid >= getvariable('first_docid')
),

occurrences as (
    select d.docid, 0 as fieldid, k.termid, t.tf
    from term as t
    inner join batch_docs as d on d.name = t.article_id
    inner join fts_main_dim_article.dict as k on k.term = t.term
),

final as (
    select docid, fieldid, termid from occurrences, range(tf)
    order by termid, docid
)

select * from final;

update fts_main_dim_article.stats set
    num_docs = (select count(*) from fts_main_dim_article.docs),
    avgdl = coalesce((select avg(len) from fts_main_dim_article.docs), 0);

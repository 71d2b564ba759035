-- The batch's articles into the full-text index (table `term`: the batch's article_id, term, tf;
-- table `batch_rows`: article_id, article_row, each article's row in dim_article).
-- Run inside the batch's transaction, after its articles.
set variable first_docid = (select coalesce(max(docid) + 1, 0) from fts_main_dim_article.docs);

-- The batch's terms (read from the frame once: each scan of it converts it again), and the names of
-- each article's place (its province, city and county, in full and without the division's suffix:
-- 昭通市 and 昭通) that its text does not print: a query for a city finds the articles about its
-- counties, and 昭通 finds the articles that print 昭通市.
create or replace temp table search_batch as
select article_id, term, tf from term;

insert into search_batch
with places as (
    select a.article_id, unnest([r.province, r.city, r.county]) as name
    from dim_article as a
    inner join dim_region as r on r.region_id = a.primary_region_id
    where a.article_id in (select distinct article_id from search_batch)
),

place_terms as (
    select distinct article_id, term
    from (
        select article_id, name as term from places
        union all
        select
            article_id,
            regexp_replace(
                name, '(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治州|自治县|地区|新区|省|市|县|区|盟|旗)$', ''
            ) as term
        from places
    )
    where length(term) >= 2
),

final as (
    select p.article_id, p.term, 1 as tf
    from place_terms as p
    anti join search_batch as b on b.article_id = p.article_id and b.term = p.term
)

select * from final;

insert into fts_main_dim_article.docs
with lengths as (
    select article_id, sum(tf) as len from search_batch group by article_id
),

final as (
    select
        getvariable('first_docid') + row_number() over (order by l.article_id) - 1 as docid,
        l.article_id as name,
        l.len,
        r.article_row
    from lengths as l
    left join batch_rows as r using (article_id)
)

select * from final order by docid;  -- a document's rowid is its docid (jiceng/search.py reads by it)

insert into fts_main_dim_article.dict
with new_terms as (
    select distinct t.term from search_batch as t
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
from (select term, count(*) as df from search_batch group by term) as b
where d.term = b.term;

-- The first batch of a new index sets the reference length of the impacts (a compaction sets it again).
update fts_main_dim_article.stats set impact_avgdl = (select avg(len) from fts_main_dim_article.docs)
where impact_avgdl = 0;
-- a variable, not a join with stats: joined, the planner gave up the hash joins below (84 s for a batch)
set variable impact_avgdl = (select impact_avgdl from fts_main_dim_article.stats);

-- One row per term and article, in term order (then impact, highest first): a row group of the batch
-- then holds few terms, and a search reads only the row groups whose termid range holds its terms
-- (sql/search_index_compact.sql puts the whole table in one order now and then).
insert into fts_main_dim_article.postings
with batch_docs as (
    select docid, name, len from fts_main_dim_article.docs where docid >= getvariable('first_docid')
),

final as (
    select
        k.termid,
        d.docid,
        t.tf,
        d.len,
        least(
            254,
            floor(255 * t.tf / (t.tf + 1.2::double * (0.25::double + 0.75::double * d.len / getvariable('impact_avgdl'))))
        )::utinyint as impact
    from search_batch as t
    inner join batch_docs as d on d.name = t.article_id
    inner join fts_main_dim_article.dict as k on k.term = t.term
)

select termid, docid, tf, len, impact from final order by termid, impact desc, docid;

update fts_main_dim_article.stats set
    num_docs = (select count(*) from fts_main_dim_article.docs),
    avgdl = coalesce((select avg(len) from fts_main_dim_article.docs), 0);

drop table search_batch;

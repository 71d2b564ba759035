-- Keywords of the articles just inserted (table `term`, the batch's terms): TF-IDF against the
-- warehouse's own corpus as it now stands. tf = the term's share of the article's terms;
-- idf = ln((1 + n_docs) / (1 + df)) + 1 (smoothed; every weight >= its tf). Top 10 per article,
-- ties broken by term. term_document_frequency is kept up to date here.
insert into term_document_frequency
select term, count(*) as df from term group by term
on conflict (term) do update set df = term_document_frequency.df + excluded.df;

insert into fact_keyword
with corpus as (
    select count(*) as n_docs from dim_article where kind <> 'orphan_headline'
),

batch as (
    select article_id, term, tf, tf / sum(tf) over (partition by article_id) as share from term
),

weighted as (
    select b.article_id, b.term, b.share * (ln((1 + c.n_docs) / (1 + d.df)) + 1) as weight
    from batch as b
    inner join term_document_frequency as d using (term)
    cross join corpus as c
),

ranked as (
    select article_id, term, weight,
        row_number() over (partition by article_id order by weight desc, term) as rank
    from weighted
),

final as (
    select article_id, term, weight, rank from ranked where rank <= 10
)

select * from final;

-- An index of the occurrence layout (fts's `terms` table, renamed `occurrences` by the caller) to
-- postings: tf counted, each article's length copied from docs, its row found in dim_article.
insert into fts_main_dim_article.postings
select o.termid, o.docid, count(*)::integer as tf, any_value(d.len)::integer as len
from fts_main_dim_article.occurrences as o
inner join fts_main_dim_article.docs as d on d.docid = o.docid
group by o.termid, o.docid
order by o.termid, o.docid;

drop table fts_main_dim_article.occurrences;

update fts_main_dim_article.docs as d set article_row = a.rowid
from dim_article as a
where a.article_id = d.name;

update fts_main_dim_article.stats set sorted_postings = (select count(*) from fts_main_dim_article.postings);

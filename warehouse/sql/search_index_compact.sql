-- postings written again in one term order (warehouse/search_index.py decides when), in the caller's
-- transaction.
create table fts_main_dim_article.postings_sorted as
select termid, docid, tf, len from fts_main_dim_article.postings
order by termid, docid;

drop view fts_main_dim_article.terms;
drop table fts_main_dim_article.postings;
alter table fts_main_dim_article.postings_sorted rename to postings;
update fts_main_dim_article.stats set sorted_postings = (select count(*) from fts_main_dim_article.postings);

-- postings written again in one order (warehouse/search_index.py decides when), in the caller's
-- transaction: by term, then by impact (highest first), then by article; every impact computed again
-- at today's average length.
update fts_main_dim_article.stats set impact_avgdl = avgdl;

create table fts_main_dim_article.postings_sorted as
select p.termid, p.docid, p.tf, p.len,
    least(254, floor(255 * p.tf / (p.tf + 1.2::double * (0.25::double + 0.75::double * p.len / s.impact_avgdl))))::utinyint
        as impact
from fts_main_dim_article.postings as p
cross join fts_main_dim_article.stats as s
order by p.termid, impact desc, p.docid;

drop view if exists fts_main_dim_article.terms;  -- absent in a migration, until its impacts
drop table fts_main_dim_article.postings;
alter table fts_main_dim_article.postings_sorted rename to postings;
update fts_main_dim_article.stats set sorted_postings = (select count(*) from fts_main_dim_article.postings);

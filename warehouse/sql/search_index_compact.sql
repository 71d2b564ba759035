-- postings written again in one order (warehouse/search_index.py decides when), in the caller's
-- transaction: by term, then by impact (highest first), then by article; every impact computed again
-- at today's average length.
update fts_main_dim_article.stats set impact_avgdl = avgdl;
set variable impact_avgdl = (select impact_avgdl from fts_main_dim_article.stats);

create table fts_main_dim_article.postings_sorted as
select termid, docid, tf, len,
    least(
        254, floor(255 * tf / (tf + 1.2::double * (0.25::double + 0.75::double * len / getvariable('impact_avgdl'))))
    )::utinyint as impact
from fts_main_dim_article.postings
order by termid, impact desc, docid;

drop view if exists fts_main_dim_article.terms;  -- absent in a migration, until its impacts
drop table fts_main_dim_article.postings;
alter table fts_main_dim_article.postings_sorted rename to postings;
update fts_main_dim_article.stats set sorted_postings = (select count(*) from fts_main_dim_article.postings);

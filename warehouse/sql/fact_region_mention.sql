-- No primary-key index on (article_id, region_id): unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists fact_region_mention (
    article_id varchar not null, region_id varchar not null, mentions integer not null
);
comment on table fact_region_mention is 'Regions named in an article (title and body).';
comment on column fact_region_mention.article_id is 'dim_article key.';
comment on column fact_region_mention.region_id is 'dim_region key.';
comment on column fact_region_mention.mentions is 'Times named.';

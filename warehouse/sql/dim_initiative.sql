create table if not exists dim_initiative (initiative_id varchar primary key, name varchar not null, kind varchar);
comment on table dim_initiative is 'Named governance practices, models and programmes; one row per canonical name across all articles.';
comment on column dim_initiative.initiative_id is 'First 12 hex digits of sha256 of the canonical name. Deterministic.';
comment on column dim_initiative.name is 'Canonical name without quotation marks (half-width +, no spaces): 四方汇, 1+3+N, 红色物业; a team''s, room''s or hall''s head noun printed after the quotes is part of it (“红帆”志愿服务队: 红帆志愿服务队).';
comment on column dim_initiative.kind is 'Head noun that follows the name when there is one (议事制度, 工作法, 模式, 计划); the most frequent across articles.';
-- No primary-key index on (article_id, initiative_id): unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists fact_article_initiative (
    article_id varchar not null, initiative_id varchar not null, mentions integer not null
);
comment on table fact_article_initiative is 'Initiatives named in an article.';
comment on column fact_article_initiative.article_id is 'dim_article key.';
comment on column fact_article_initiative.initiative_id is 'dim_initiative key.';
comment on column fact_article_initiative.mentions is 'Times the initiative is named in the title and body.';

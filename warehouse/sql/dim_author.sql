create table if not exists dim_author (author_id varchar primary key, name varchar not null);
comment on table dim_author is 'Reporters, correspondents, interns, photographers, editors and signed officials.';
comment on column dim_author.author_id is 'First 12 hex digits of sha256 of the name. Deterministic; one person per name.';
comment on column dim_author.name is 'Name without inner spaces (梁木, not 梁 木).';
-- No primary-key index on (article_id, author_id, role): unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists bridge_article_author (
    article_id varchar not null, author_id varchar not null, role varchar not null
);
comment on table bridge_article_author is 'Who signed which article, in which role.';
comment on column bridge_article_author.article_id is 'dim_article key.';
comment on column bridge_article_author.author_id is 'dim_author key.';
comment on column bridge_article_author.role is '记者, 通讯员, 实习生, 摄影, 编辑, 作者 (unspecified), or the signed office (区委书记).';

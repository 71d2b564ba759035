create table if not exists dim_topic (topic_id varchar primary key, name varchar not null, name_en varchar, description varchar);
comment on table dim_topic is 'Governance taxonomy (transforms/data/topics.toml).';
comment on column dim_topic.topic_id is 'Stable slug.';
comment on column dim_topic.name is 'Chinese name.';
comment on column dim_topic.name_en is 'English name.';
comment on column dim_topic.description is 'What the topic covers.';
-- No primary-key index on (article_id, topic_id): unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists fact_article_topic (
    article_id varchar not null, topic_id varchar not null, score double not null
);
comment on table fact_article_topic is 'Topics per article, from weighted cue terms.';
comment on column fact_article_topic.article_id is 'dim_article key.';
comment on column fact_article_topic.topic_id is 'dim_topic key.';
comment on column fact_article_topic.score is 'In (0, 1]: 1 - exp(-cue density / 10); only topics with score >= 0.2 and two or more cues.';

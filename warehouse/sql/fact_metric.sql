-- No primary-key index on metric_id: unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists fact_metric (
    metric_id varchar not null, article_id varchar not null, region_id varchar, subject varchar,
    value double not null, unit varchar not null, qualifier varchar, raw_text varchar not null,
    sentence varchar, char_start integer not null, char_end integer not null, page_start integer, page_end integer
);
comment on table fact_metric is 'One reported quantity. body[char_start:char_end] = raw_text (0-based, end exclusive; in SQL: substr(body, char_start + 1, char_end - char_start)).';
comment on column fact_metric.metric_id is 'article_id, -m and the 3-digit position in the body. Deterministic.';
comment on column fact_metric.article_id is 'dim_article key.';
comment on column fact_metric.region_id is 'The article''s primary region (dim_region).';
comment on column fact_metric.subject is 'What is counted, as printed beside the figure (小区, 业主委员会组建率, a list: 党员、群众); best effort, null when unclear.';
comment on column fact_metric.value is 'Normalised value: 1.6万 -> 16000, 2.1亿元 -> 210000000, 89.09% -> 89.09. A range (2至3倍, 15000元至20000元) gives two rows, one for each end.';
comment on column fact_metric.unit is 'Measure word after scaling (个, 名, 户, 人次, 元, 美元, %, 亩, 吨, 平方米 …), in the script the page prints (個, 戶 on a traditional page).';
comment on column fact_metric.qualifier is 'Approximation word (余, 多, 近, 超, 超过, 约, 以上, 左右, 突破), in the script the page prints; null when exact.';
comment on column fact_metric.raw_text is 'The exact span of body.';
comment on column fact_metric.sentence is 'The sentence of body that holds the span.';
comment on column fact_metric.char_start is 'Start offset of raw_text in dim_article.body (0-based).';
comment on column fact_metric.char_end is 'End offset (exclusive) of raw_text in dim_article.body.';
comment on column fact_metric.page_start is 'Offset of the first character in dim_file.page_text (the raw page).';
comment on column fact_metric.page_end is 'Offset just after the last character in dim_file.page_text.';

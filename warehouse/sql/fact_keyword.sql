-- The per-article term counts are not kept (earlier builds kept them as fact_term: about a hundred
-- rows an article, the largest table by far, and nothing read them). Keywords are computed from a
-- batch's terms at load time against term_document_frequency.
drop table if exists fact_term;
-- No primary-key index on (article_id, term): unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists fact_keyword (
    article_id varchar not null, term varchar not null, weight double not null, rank integer not null
);
comment on table fact_keyword is 'Top 10 keywords per article: TF-IDF against the warehouse''s own corpus (term_document_frequency) at the time the article was loaded.';
comment on column fact_keyword.article_id is 'dim_article key.';
comment on column fact_keyword.term is 'The keyword.';
comment on column fact_keyword.weight is 'Term share of the article times smoothed idf ln((1+N)/(1+df))+1.';
comment on column fact_keyword.rank is '1 = strongest.';
create table if not exists term_document_frequency (term varchar primary key, df integer not null);
comment on table term_document_frequency is 'Operational: in how many loaded articles each term occurs (the idf of fact_keyword), kept up to date at load time.';
comment on column term_document_frequency.term is 'A content term.';
comment on column term_document_frequency.df is 'Number of loaded articles whose title or body holds the term.';

-- The full-text index over articles (warehouse/search_index.py): fts's schema, with `postings` (one row
-- per term and article) in place of fts's `terms` (one row per occurrence), which becomes a view
-- (sql/search_index_postings.sql). Run once, when the index is created or converted from the
-- occurrence layout.
create table fts_main_dim_article.postings (termid bigint, docid bigint, tf integer, len integer);
alter table fts_main_dim_article.docs add column article_row bigint;
alter table fts_main_dim_article.stats add column sorted_postings bigint default 0;
-- A query's terms are looked up in this index instead of scanning every term (25-33 ms -> 0.5-1.8 ms
-- on 174,000 terms, benchmarks/RESULTS.md). Unlike the keys dropped from the big tables, it holds one
-- entry a term (200,000 at the 1 GB size), so rewriting it at a checkpoint stays cheap.
create unique index if not exists dict_term on fts_main_dim_article.dict (term);

comment on table fts_main_dim_article.docs is 'Full-text index: one row per indexed article (not orphan headlines; an article with no content term has none).';
comment on column fts_main_dim_article.docs.docid is 'The index''s own number of the article.';
comment on column fts_main_dim_article.docs.name is 'dim_article.article_id.';
comment on column fts_main_dim_article.docs.len is 'Terms in the article (occurrences): BM25''s document length.';
comment on column fts_main_dim_article.docs.article_row is 'The article''s row in dim_article (its rowid; dim_article is only appended to), to fetch its text by position. A reader checks dim_article.article_id = name.';
comment on table fts_main_dim_article.dict is 'Full-text index: every term of the indexed articles, as rjieba cut the simplified text (content terms of 2+ characters, initiative names whole; transforms/keywords.py), plus the names of the article''s place.';
comment on column fts_main_dim_article.dict.termid is 'The term''s number.';
comment on column fts_main_dim_article.dict.term is 'The term, NFKC-folded simplified script.';
comment on column fts_main_dim_article.dict.df is 'Indexed articles holding the term.';
comment on table fts_main_dim_article.stats is 'Full-text index: one row, the number of indexed articles and their average length in terms.';
comment on column fts_main_dim_article.stats.num_docs is 'Indexed articles (rows of docs): BM25''s N.';
comment on column fts_main_dim_article.stats.avgdl is 'Their average length in terms (docs.len): BM25''s average document length.';
comment on column fts_main_dim_article.stats.sorted_postings is 'Rows at the start of postings that are in one term order (written by the last compaction); rows after them are in term order batch by batch.';
comment on table fts_main_dim_article.fields is 'Full-text index: one field, "terms" (headline and body as one text).';
comment on column fts_main_dim_article.fields.fieldid is 'Always 0.';
comment on column fts_main_dim_article.fields.field is 'Always "terms".';
comment on table fts_main_dim_article.stopwords is 'Full-text index: empty (stop words are left out before indexing, transforms/data/stopwords.txt).';
comment on column fts_main_dim_article.stopwords.sw is 'A stop word (none).';

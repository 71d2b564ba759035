-- Each posting's impact (warehouse/search_index.py, jiceng/search.py): BM25's term-frequency part at
-- a reference average length, stats.impact_avgdl, in 255 steps, so that a search reads a common term's
-- highest-scoring postings first and bounds the rest. Run once, when the index is created or converted;
-- the caller then compacts (sql/search_index_compact.sql computes every impact).
alter table fts_main_dim_article.postings add column if not exists impact utinyint;
alter table fts_main_dim_article.stats add column if not exists impact_avgdl double default 0;
comment on column fts_main_dim_article.stats.impact_avgdl is 'The average document length postings.impact was computed with (avgdl at the last compaction; the first batch''s for a new index).';

-- fts's occurrence layout as a view over postings (fts's match_bm25 reads it), and the comments on
-- both; run again whenever postings is written anew (compaction).
create or replace view fts_main_dim_article.terms as
select docid, 0::bigint as fieldid, termid
from (select docid, termid, unnest(range(tf)) from fts_main_dim_article.postings);

comment on table fts_main_dim_article.postings is 'Full-text index: one row per term and indexed article, in term order and within a term by impact, highest first (stats.sorted_postings rows in one order, then each batch''s rows in that order), so a search reads only the row groups of its terms, and of a common term first its best postings.';
comment on column fts_main_dim_article.postings.termid is 'fts_main_dim_article.dict.termid.';
comment on column fts_main_dim_article.postings.docid is 'fts_main_dim_article.docs.docid.';
comment on column fts_main_dim_article.postings.tf is 'Occurrences of the term in the article (BM25''s term frequency).';
comment on column fts_main_dim_article.postings.len is 'The article''s length in terms (docs.len, copied so BM25 needs no join).';
comment on column fts_main_dim_article.postings.impact is 'BM25''s term-frequency part of this posting at stats.impact_avgdl, tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * len / impact_avgdl)), in steps of 2.2 / 255, rounded down: a search reads a common term''s highest first and bounds the score of the rest (jiceng/search.py).';
comment on view fts_main_dim_article.terms is 'Full-text index, fts''s layout: one row per occurrence of a term in an article (a view over postings, for fts''s match_bm25).';
comment on column fts_main_dim_article.terms.docid is 'fts_main_dim_article.docs.docid.';
comment on column fts_main_dim_article.terms.fieldid is 'Always 0: kicker, title, subtitle and body are indexed as one text.';
comment on column fts_main_dim_article.terms.termid is 'fts_main_dim_article.dict.termid.';

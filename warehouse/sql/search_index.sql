-- The full-text index over articles (warehouse/search_index.py): DuckDB's fts layout, filled with the
-- rjieba terms of each article. Comments set once, when the index is created.
comment on table fts_main_dim_article.docs is 'Full-text index: one row per indexed article (not orphan headlines; an article with no content term has none).';
comment on column fts_main_dim_article.docs.docid is 'The index''s own number of the article.';
comment on column fts_main_dim_article.docs.name is 'dim_article.article_id.';
comment on column fts_main_dim_article.docs.len is 'Terms in the article (occurrences): BM25''s document length.';
comment on table fts_main_dim_article.terms is 'Full-text index: one row per occurrence of a term in an article (each batch''s rows in term order).';
comment on column fts_main_dim_article.terms.docid is 'fts_main_dim_article.docs.docid.';
comment on column fts_main_dim_article.terms.fieldid is 'Always 0: kicker, title, subtitle and body are indexed as one text.';
comment on column fts_main_dim_article.terms.termid is 'fts_main_dim_article.dict.termid.';
comment on table fts_main_dim_article.dict is 'Full-text index: every term of the indexed articles, as rjieba cut the simplified text (content terms of 2+ characters, initiative names whole; transforms/keywords.py).';
comment on column fts_main_dim_article.dict.termid is 'The term''s number.';
comment on column fts_main_dim_article.dict.term is 'The term, NFKC-folded simplified script.';
comment on column fts_main_dim_article.dict.df is 'Indexed articles holding the term.';
comment on table fts_main_dim_article.stats is 'Full-text index: one row, the number of indexed articles and their average length in terms.';
comment on table fts_main_dim_article.fields is 'Full-text index: one field, "terms" (headline and body as one text).';
comment on table fts_main_dim_article.stopwords is 'Full-text index: empty (stop words are left out before indexing, transforms/data/stopwords.txt).';

create table if not exists fact_term (
    article_id varchar not null, term varchar not null, tf integer not null, primary key (article_id, term)
);
comment on table fact_term is 'Content terms of each article (rjieba segmentation with the governance dictionary) and their counts; the corpus for TF-IDF.';
comment on column fact_term.article_id is 'dim_article key.';
comment on column fact_term.term is 'A content term (2+ characters, not a stop word).';
comment on column fact_term.tf is 'Occurrences in title and body.';
create table if not exists fact_keyword (
    article_id varchar not null, term varchar not null, weight double not null, rank integer not null,
    primary key (article_id, term)
);
comment on table fact_keyword is 'Top 10 keywords per article: TF-IDF against the warehouse''s own corpus (fact_term) at the time the article was loaded.';
comment on column fact_keyword.article_id is 'dim_article key.';
comment on column fact_keyword.term is 'The keyword.';
comment on column fact_keyword.weight is 'Term share of the article times smoothed idf ln((1+N)/(1+df))+1.';
comment on column fact_keyword.rank is '1 = strongest.';

-- No primary-key index on article_id: unique by construction (ids derive from the
-- page's content hash, which is loaded once). DuckDB rewrites every index at each checkpoint,
-- which made publishing slow down as the warehouse grew (benchmarks/RESULTS.md).
create table if not exists dim_article (
    article_id varchar not null, file_id varchar not null, seq integer not null, kind varchar not null,
    kicker varchar, title varchar, subtitle varchar, byline varchar, dateline varchar,
    publish_date_key integer, body varchar not null, char_count integer not null, primary_region_id varchar,
    page_start integer, page_end integer, warnings varchar,
    confidence double, label_confidence double, match_margin double
);
comment on table dim_article is 'One row per item found on a page, in page order: articles, photo items and orphan headlines (kind).';
comment on column dim_article.article_id is 'file_id, a dash and the 3-digit position on the page. Deterministic.';
comment on column dim_article.file_id is 'The page (dim_file) the article was printed on.';
comment on column dim_article.seq is 'Position on the page, from 1, in reading order of bodies; orphan headlines last.';
comment on column dim_article.kind is 'article (a report, with its photo and the photographer among its authors where it prints one); photo (a photo item: a caption with its credit, no report text of its own); orphan_headline (a headline whose body is on another page: empty body).';
comment on column dim_article.kicker is 'Series or section line printed above the title (e.g. 善治天心②).';
comment on column dim_article.title is 'Headline, repaired (doubled glyphs undone, spaced characters collapsed).';
comment on column dim_article.subtitle is 'Subtitle or pre-title line(s) (—— lines included, dash removed).';
comment on column dim_article.byline is 'The byline(s) as printed: lines of their own and closing bylines, taken out of the body, or the byline a dispatch runs into the text (（记者 张三）), which the body keeps where printed.';
comment on column dim_article.dateline is 'Dateline as printed (本报讯, 本报12月18日讯); the body opens with it as printed.';
comment on column dim_article.publish_date_key is 'dim_date key (yyyymmdd) from the dateline, the year taken from the file path (2024/12/…) or a full date printed at the top of the page; null when unknown.';
comment on column dim_article.body is 'Repaired text as printed: layout line wraps joined, one paragraph per line, no doubled glyphs; byline lines and closing bylines taken out; the dispatch opening the text and the byline run into it (本报讯（记者 张三）近日，…) kept where printed, as the first words of the text.';
comment on column dim_article.char_count is 'Characters in body.';
comment on column dim_article.primary_region_id is 'The place the article is about (dim_region), from the title first, else the body''s most supported place.';
comment on column dim_article.page_start is 'Offset in dim_file.page_text of the first body character.';
comment on column dim_article.page_end is 'Offset in dim_file.page_text just after the last body character.';
comment on column dim_article.warnings is 'Article-level warnings (no headline found), one per line.';
comment on column dim_article.confidence is 'How sure the segmentation is of this item, 0-1: the smaller of label_confidence and 0.5 + match_margin. Items below transforms.articles.CONFIDENCE_WARN are a gate warning: check them first.';
comment on column dim_article.label_confidence is 'The line-label model''s lowest marginal probability among this item''s headline, byline and dateline lines (transforms/line_labels.py).';
comment on column dim_article.match_margin is 'How much better its headline matched this body than its runner-up choice (another body, or staying an orphan); -0.5 for a body no headline matched.';

create table if not exists dim_file (
    file_id varchar primary key, path varchar not null, file_name varchar not null,
    sha256 varchar not null, size_bytes bigint not null, encoding varchar, first_seen_at timestamp not null,
    loaded_at timestamp, run_id varchar not null, status varchar not null, reason varchar,
    repairs varchar, warnings varchar, cjk_ratio double, articles integer, superseded_by varchar,
    page_text varchar
);
comment on table dim_file is 'One row per distinct input file content (a copy under another name gets its own row with status duplicate).';
comment on column dim_file.file_id is 'First 16 hex digits of the content sha256 (for a duplicate: of sha256 and path). Deterministic.';
comment on column dim_file.path is 'Path of the file as seen by the run that first saw this content.';
comment on column dim_file.file_name is 'File name without folders.';
comment on column dim_file.sha256 is 'sha256 of the raw bytes.';
comment on column dim_file.size_bytes is 'Size of the raw file in bytes.';
comment on column dim_file.encoding is 'Encoding the page was decoded with (utf-8, utf-8-sig, utf-16, gb18030, big5, mixed utf-8/gb18030); null when undecodable.';
comment on column dim_file.first_seen_at is 'When a run first saw this content (UTC).';
comment on column dim_file.loaded_at is 'When its rows were published (UTC); null unless status is loaded.';
comment on column dim_file.run_id is 'The ingest run (dq_run.run_id) that decided the current status.';
comment on column dim_file.status is 'loaded, quarantined (held back by a critical data-quality failure) or duplicate (same content already loaded).';
comment on column dim_file.reason is 'Why the file was quarantined or is a duplicate, in words; warnings for loaded files are in dq_result.';
comment on column dim_file.repairs is 'Decoding repairs made (truncated last character, mojibake, mixed encodings).';
comment on column dim_file.warnings is 'Page-level layout warnings (orphan headlines, repeated text removed), one per line.';
comment on column dim_file.cjk_ratio is 'Share of non-space characters that are Chinese characters.';
comment on column dim_file.articles is 'Articles (and photo items) found on the page.';
comment on column dim_file.superseded_by is 'For an older version of a file changed in place: file_id of the newer version. Both stay queryable.';
comment on column dim_file.page_text is 'The decoded page text; dim_article.page_start/page_end and fact_metric.page_start/page_end index into it.';

create table if not exists dq_run (
    run_id varchar primary key, flow_run_id varchar, started_at timestamp not null, finished_at timestamp,
    files_seen integer, files_loaded integer, files_quarantined integer, files_skipped integer,
    files_duplicate integer, success boolean, report_path varchar
);
comment on table dq_run is 'One row per ingest run.';
comment on column dq_run.run_id is 'Run id (UTC timestamp and a random suffix).';
comment on column dq_run.flow_run_id is 'Prefect flow run id.';
comment on column dq_run.started_at is 'Start (UTC).';
comment on column dq_run.finished_at is 'End (UTC).';
comment on column dq_run.files_seen is 'Files found in the inbox.';
comment on column dq_run.files_loaded is 'Files published by this run.';
comment on column dq_run.files_quarantined is 'Files held back by a critical data-quality failure in this run.';
comment on column dq_run.files_skipped is 'Files skipped because their content was already processed (unchanged, or loaded earlier).';
comment on column dq_run.files_duplicate is 'Files whose content was already loaded under another name.';
comment on column dq_run.success is 'True when the run completed (quarantined files do not make a run fail).';
comment on column dq_run.report_path is 'The data-quality HTML report written by this run.';
create table if not exists dq_result (
    run_id varchar not null, file_id varchar not null, suite varchar not null, expectation varchar not null,
    column_name varchar, severity varchar not null, success boolean not null, observed varchar
);
comment on table dq_result is 'One row per expectation evaluated per file and run.';
comment on column dq_result.run_id is 'dq_run key.';
comment on column dq_result.file_id is 'dim_file key.';
comment on column dq_result.suite is 'Suite (one per staged table: file, article, author, region_mention, metric, initiative, term, topic).';
comment on column dq_result.expectation is 'Great Expectations expectation type.';
comment on column dq_result.column_name is 'Column checked.';
comment on column dq_result.severity is 'critical (a failure keeps the file out of the published tables) or warning (reported, loaded).';
comment on column dq_result.success is 'Whether this file''s rows passed.';
comment on column dq_result.observed is 'What was seen, in words, for failures (rows failing and examples).';
create table if not exists file_seen (
    path varchar primary key, size_bytes bigint not null, mtime_ns bigint not null, sha256 varchar not null
);
comment on table file_seen is 'Operational: last size/mtime/hash per inbox path, so unchanged files are not re-hashed.';
comment on column file_seen.path is 'Inbox path.';
comment on column file_seen.size_bytes is 'Size when last hashed.';
comment on column file_seen.mtime_ns is 'Modification time (ns) when last hashed.';
comment on column file_seen.sha256 is 'Content hash when last hashed.';

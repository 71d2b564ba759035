-- Analyst views (issue 8). Run on every write connection after the tables exist, so each view is
-- `create or replace`d and its comments are set again right after it (replacing a view drops them).

-- v_initiative_diffusion: where each named practice appears, and when.
create or replace view v_initiative_diffusion as
with initiatives as (
    select initiative_id, name, kind from dim_initiative
),

article_initiatives as (
    select article_id, initiative_id from fact_article_initiative
),

articles as (
    select article_id, primary_region_id, publish_date_key from dim_article
),

regions as (
    select region_id, name, full_name, level, parent_id from dim_region
),

dates as (
    select date_key, date from dim_date
),

region_levels as (
    select
        r.region_id,
        r.full_name,
        case
            when r.level = 'province' then r.region_id
            when p.level = 'province' then p.region_id
            else g.region_id
        end as province_id,
        case
            when r.level = 'province' then r.name
            when p.level = 'province' then p.name
            else g.name
        end as province,
        case
            when r.level = 'city' then r.region_id
            when r.level = 'county' and p.level = 'city' then p.region_id
        end as city_id,
        case
            when r.level = 'city' then r.name
            when r.level = 'county' and p.level = 'city' then p.name
        end as city,
        case when r.level = 'county' then r.region_id end as county_id,
        case when r.level = 'county' then r.name end as county
    from regions as r
    left join regions as p on p.region_id = r.parent_id
    left join regions as g on g.region_id = p.parent_id
),

sightings as (
    select
        ai.initiative_id,
        ai.article_id,
        a.primary_region_id as region_id,
        d.date
    from article_initiatives as ai
    inner join articles as a on a.article_id = ai.article_id
    left join dates as d on d.date_key = a.publish_date_key
),

per_region as (
    select
        initiative_id,
        region_id,
        min(date) as first_seen,
        max(date) as last_seen,
        count(distinct article_id) as articles
    from sightings
    group by initiative_id, region_id
),

per_initiative as (
    select
        initiative_id,
        min(date) as initiative_first_seen,
        count(distinct article_id) as initiative_articles,
        count(distinct region_id) as initiative_regions
    from sightings
    group by initiative_id
),

final as (
    select
        i.initiative_id,
        i.name as initiative,
        i.kind,
        pr.region_id,
        rl.full_name,
        rl.province_id,
        rl.province,
        rl.city_id,
        rl.city,
        rl.county_id,
        rl.county,
        pr.first_seen,
        pr.last_seen,
        pr.articles,
        pi.initiative_first_seen,
        pi.initiative_articles,
        pi.initiative_regions
    from per_region as pr
    inner join initiatives as i on i.initiative_id = pr.initiative_id
    inner join per_initiative as pi on pi.initiative_id = pr.initiative_id
    left join region_levels as rl on rl.region_id = pr.region_id
)

select * from final;

comment on view v_initiative_diffusion is 'Where each named initiative appears: one row per initiative and region (the primary region of the articles that name it; a null region collects articles with no known place), with first/last date seen there and totals per initiative. Order by first_seen to see where a practice appeared first and where it spread.';
comment on column v_initiative_diffusion.initiative_id is 'dim_initiative key.';
comment on column v_initiative_diffusion.initiative is 'Canonical name of the initiative (dim_initiative.name).';
comment on column v_initiative_diffusion.kind is 'Head noun after the name (议事制度, 工作法, 模式 …); null when none.';
comment on column v_initiative_diffusion.region_id is 'Primary region (dim_region) of the articles naming the initiative; null when the articles have no known place.';
comment on column v_initiative_diffusion.full_name is 'Full official name of the region (山东省青岛市崂山区).';
comment on column v_initiative_diffusion.province_id is 'Adcode of the province the region lies in (the region itself for a province).';
comment on column v_initiative_diffusion.province is 'Name of that province.';
comment on column v_initiative_diffusion.city_id is 'Adcode of the prefecture-level city; null for provinces and for counties directly under a province (北京/上海/天津/重庆 districts, 仙桃市).';
comment on column v_initiative_diffusion.city is 'Name of that city.';
comment on column v_initiative_diffusion.county_id is 'Adcode of the county-level division; null when the region is a city or province.';
comment on column v_initiative_diffusion.county is 'Name of that county-level division.';
comment on column v_initiative_diffusion.first_seen is 'Earliest publication date of an article naming the initiative in this region; null when no article has a date.';
comment on column v_initiative_diffusion.last_seen is 'Latest publication date of an article naming the initiative in this region; null when no article has a date.';
comment on column v_initiative_diffusion.articles is 'Articles naming the initiative in this region.';
comment on column v_initiative_diffusion.initiative_first_seen is 'Earliest publication date of any article naming the initiative, in any region.';
comment on column v_initiative_diffusion.initiative_articles is 'Articles naming the initiative, all regions.';
comment on column v_initiative_diffusion.initiative_regions is 'Distinct known regions where the initiative is named (null region not counted).';

-- v_region_metrics: every reported quantity with its place, date and source sentence.
create or replace view v_region_metrics as
with metrics as (
    select metric_id, article_id, region_id, subject, value, unit, qualifier, raw_text, sentence
    from fact_metric
),

articles as (
    select article_id, title, publish_date_key from dim_article
),

regions as (
    select region_id, full_name, province, city, county from dim_region
),

dates as (
    select date_key, date from dim_date
),

final as (
    select
        m.metric_id,
        m.region_id,
        r.full_name,
        r.province,
        r.city,
        r.county,
        m.subject,
        m.unit,
        m.value,
        m.qualifier,
        d.date,
        m.article_id,
        a.title,
        m.sentence,
        m.raw_text
    from metrics as m
    inner join articles as a on a.article_id = m.article_id
    left join regions as r on r.region_id = m.region_id
    left join dates as d on d.date_key = a.publish_date_key
)

select * from final;

comment on view v_region_metrics is 'Every reported quantity (fact_metric) with its region, publication date, article title and the sentence it came from: what each place reports about party-organisation coverage, grids, volunteers, money.';
comment on column v_region_metrics.metric_id is 'fact_metric key.';
comment on column v_region_metrics.region_id is 'The article''s primary region (dim_region); null when unknown.';
comment on column v_region_metrics.full_name is 'Full official name of the region.';
comment on column v_region_metrics.province is 'Province name.';
comment on column v_region_metrics.city is 'City name (null for provinces and for districts of 北京/上海/天津/重庆).';
comment on column v_region_metrics.county is 'County-level division name; null above county level.';
comment on column v_region_metrics.subject is 'What is counted, as printed beside the figure (小区, 业主委员会组建率, a list: 党员、群众); best effort, null when unclear.';
comment on column v_region_metrics.unit is 'Measure word after scaling (个, 名, 户, 元, % …).';
comment on column v_region_metrics.value is 'Normalised value (1.6万 -> 16000, 2.1亿元 -> 210000000, 89.09% -> 89.09).';
comment on column v_region_metrics.qualifier is 'Approximation word (余, 多, 近, 超, 约, 以上 …); null when exact.';
comment on column v_region_metrics.date is 'Publication date of the article; null when unknown.';
comment on column v_region_metrics.article_id is 'dim_article key.';
comment on column v_region_metrics.title is 'Headline of the article; null when none was found.';
comment on column v_region_metrics.sentence is 'The sentence of the body that holds the quantity.';
comment on column v_region_metrics.raw_text is 'The quantity exactly as printed (3100余人, 9.8万户次).';

-- v_article_overview: one row per article or photo item.
create or replace view v_article_overview as
with articles as (
    select article_id, file_id, seq, kind, title, publish_date_key, primary_region_id
    from dim_article
    where kind in ('article', 'photo')
),

files as (
    select file_id, path from dim_file
),

regions as (
    select region_id, full_name from dim_region
),

dates as (
    select date_key, date from dim_date
),

authors as (
    select
        b.article_id,
        string_agg(au.name || '(' || b.role || ')', ', ' order by au.name, b.role) as authors
    from bridge_article_author as b
    inner join dim_author as au on au.author_id = b.author_id
    group by b.article_id
),

topics as (
    select
        ft.article_id,
        string_agg(t.name, ', ' order by ft.score desc, t.name) as topics
    from fact_article_topic as ft
    inner join dim_topic as t on t.topic_id = ft.topic_id
    group by ft.article_id
),

metric_counts as (
    select article_id, count(*) as metrics from fact_metric group by article_id
),

initiative_counts as (
    select article_id, count(*) as initiatives from fact_article_initiative group by article_id
),

final as (
    select
        a.article_id,
        a.kind,
        f.path,
        a.seq,
        a.title,
        d.date,
        a.primary_region_id as region_id,
        r.full_name as region,
        au.authors,
        t.topics,
        coalesce(m.metrics, 0) as metrics,
        coalesce(i.initiatives, 0) as initiatives
    from articles as a
    inner join files as f on f.file_id = a.file_id
    left join regions as r on r.region_id = a.primary_region_id
    left join dates as d on d.date_key = a.publish_date_key
    left join authors as au on au.article_id = a.article_id
    left join topics as t on t.article_id = a.article_id
    left join metric_counts as m on m.article_id = a.article_id
    left join initiative_counts as i on i.article_id = a.article_id
)

select * from final;

comment on view v_article_overview is 'One row per article or photo item (orphan headlines left out): where it was printed, its date and place, who signed it, its topics and how many metrics and initiatives it holds.';
comment on column v_article_overview.article_id is 'dim_article key.';
comment on column v_article_overview.kind is 'article or photo.';
comment on column v_article_overview.path is 'Path of the page file (dim_file.path).';
comment on column v_article_overview.seq is 'Position on the page, from 1.';
comment on column v_article_overview.title is 'Headline; null when none was found (often for photos).';
comment on column v_article_overview.date is 'Publication date; null when unknown.';
comment on column v_article_overview.region_id is 'Primary region (dim_region); null when unknown.';
comment on column v_article_overview.region is 'Full official name of the primary region (省市县 path).';
comment on column v_article_overview.authors is 'Signers as name(role), comma-separated, e.g. 顾明澈(记者), 谭昕(通讯员); null when unsigned.';
comment on column v_article_overview.topics is 'Topic names, strongest first, comma-separated; null when none.';
comment on column v_article_overview.metrics is 'Number of reported quantities (fact_metric rows).';
comment on column v_article_overview.initiatives is 'Number of distinct named initiatives (fact_article_initiative rows).';

-- v_dq_overview: per run and file, what the gate found.
create or replace view v_dq_overview as
with runs as (
    select run_id, started_at, report_path from dq_run
),

files as (
    select file_id, path, run_id, status, reason from dim_file
),

results as (
    select run_id, file_id, suite, expectation, column_name, severity, success, observed
    from dq_result
),

checked as (
    select
        run_id,
        file_id,
        count(*) filter (where not success and severity = 'critical') as critical_failures,
        count(*) filter (where not success and severity = 'warning') as warning_failures,
        string_agg(
            severity || ': ' || suite || '.' || expectation
            || coalesce('(' || column_name || ')', '') || coalesce(' - ' || observed, ''),
            '; ' order by severity, suite, expectation, column_name
        ) filter (where not success) as failed_expectations
    from results
    group by run_id, file_id
),

decided as (
    select run_id, file_id from files
    union
    select run_id, file_id from checked
),

final as (
    select
        d.run_id,
        ru.started_at,
        ru.report_path,
        d.file_id,
        f.path,
        case
            when f.run_id = d.run_id then f.status
            when c.critical_failures > 0 then 'quarantined'
            else 'loaded'
        end as status,
        case
            when f.run_id = d.run_id then f.reason
        end as reason,
        coalesce(c.critical_failures, 0) as critical_failures,
        coalesce(c.warning_failures, 0) as warning_failures,
        c.failed_expectations
    from decided as d
    inner join files as f on f.file_id = d.file_id
    left join runs as ru on ru.run_id = d.run_id
    left join checked as c on c.run_id = d.run_id and c.file_id = d.file_id
)

select * from final;

comment on view v_dq_overview is 'Per ingest run and file: the status the run gave the file, why, and which expectations failed. Files a run skipped (already processed) do not appear under that run.';
comment on column v_dq_overview.run_id is 'dq_run key.';
comment on column v_dq_overview.started_at is 'When the run started (UTC).';
comment on column v_dq_overview.report_path is 'The run''s data-quality HTML report.';
comment on column v_dq_overview.file_id is 'dim_file key.';
comment on column v_dq_overview.path is 'Path of the file.';
comment on column v_dq_overview.status is 'loaded, quarantined or duplicate as decided by this run (for an earlier run than the one that decided the current dim_file status: quarantined when a critical expectation failed, else loaded).';
comment on column v_dq_overview.reason is 'Why the file was held back or is a duplicate, in words (dim_file.reason); null for loaded files and for runs other than the deciding one.';
comment on column v_dq_overview.critical_failures is 'Critical expectations that failed (any keeps the file out of the published tables).';
comment on column v_dq_overview.warning_failures is 'Warning expectations that failed (reported, file still loaded).';
comment on column v_dq_overview.failed_expectations is 'Failed expectations as text: severity: suite.expectation(column) - what was observed; separated by "; ". Null when all passed.';

-- Questions an analyst asks of the Jiceng warehouse, one query each.
-- Open the warehouse read-only:  duckdb -readonly warehouse/jiceng.duckdb
-- Each query: "-- Qn: question", "-- shape: the columns returned", the statement ending in ";". The file runs
-- as DuckDB runs a file: duckdb -readonly warehouse/jiceng.duckdb < docs/queries.sql (or .read docs/queries.sql).
-- tests/warehouse/test_queries.py splits it as DuckDB does (duckdb.extract_statements), runs every statement
-- and checks its columns against the shape line.

-- Q1: Where did each practice first appear, and where did it spread afterwards (in order of first sighting)?
-- shape: initiative, kind, initiative_regions, first_seen, full_name, articles
with diffusion as (
    select initiative, kind, initiative_regions, first_seen, full_name, articles
    from v_initiative_diffusion
),

final as (
    select *
    from diffusion
    order by initiative_regions desc, initiative, first_seen nulls last, full_name
)

select * from final;
-- Q2: Which practices have travelled: named in more than one place, with the list of places?
-- shape: initiative, kind, initiative_regions, initiative_articles, initiative_first_seen, places
with diffusion as (
    select initiative, kind, initiative_regions, initiative_articles, initiative_first_seen, full_name
    from v_initiative_diffusion
    where region_id is not null
),

final as (
    select
        initiative,
        kind,
        initiative_regions,
        initiative_articles,
        initiative_first_seen,
        string_agg(full_name, ', ' order by full_name) as places
    from diffusion
    group by all
    having initiative_regions > 1
    order by initiative_regions desc, initiative_articles desc, initiative
)

select * from final;
-- Q3: What does each district report about party-organisation coverage (branches, party members, coverage rates)?
-- shape: full_name, subject, value, unit, qualifier, date, sentence
with metrics as (
    select full_name, subject, value, unit, qualifier, date, sentence
    from v_region_metrics
),

final as (
    select *
    from metrics
    where regexp_matches(coalesce(subject, '') || sentence, '党组织|党支部|党委|党员|覆盖')
    order by full_name, subject nulls last, value desc
)

select * from final;
-- Q4: What does each place report about grids and grid workers?
-- shape: full_name, subject, value, unit, qualifier, raw_text, sentence
with metrics as (
    select full_name, subject, value, unit, qualifier, raw_text, sentence
    from v_region_metrics
),

final as (
    select *
    from metrics
    where regexp_matches(coalesce(subject, '') || sentence, '网格')
    order by full_name, unit, value desc
)

select * from final;
-- Q5: How many volunteers, and how much volunteer service, does each place report?
-- shape: full_name, subject, value, unit, qualifier, sentence
with metrics as (
    select full_name, subject, value, unit, qualifier, sentence
    from v_region_metrics
),

final as (
    select *
    from metrics
    where regexp_matches(coalesce(subject, '') || sentence, '志愿')
    order by full_name, value desc
)

select * from final;
-- Q6: How much money (yuan, dollars) does each place report, largest first?
-- shape: full_name, subject, value, unit, qualifier, raw_text, title
with metrics as (
    select full_name, subject, value, unit, qualifier, raw_text, title
    from v_region_metrics
    where unit in ('元', '美元')
),

final as (
    select * from metrics order by value desc, full_name
)

select * from final;
-- Q7: Which provinces does coverage favour, month by month (articles and photo items; unknown dates as null)?
-- shape: month, province, articles
with articles as (
    select article_id, date, region_id from v_article_overview
),

regions as (
    select region_id, province from dim_region
),

final as (
    select
        strftime(a.date, '%Y-%m') as month,
        coalesce(r.province, '(unknown)') as province,
        count(*) as articles
    from articles as a
    left join regions as r on r.region_id = a.region_id
    group by all
    order by month nulls last, articles desc, province
)

select * from final;
-- Q8: Which topics does coverage favour over time (articles per topic and month, with the share of that month)?
-- shape: month, topic, articles, share
with articles as (
    select article_id, publish_date_key from dim_article where kind in ('article', 'photo')
),

article_topics as (
    select article_id, topic_id from fact_article_topic
),

topics as (
    select topic_id, name from dim_topic
),

dates as (
    select date_key, date from dim_date
),

counted as (
    select strftime(d.date, '%Y-%m') as month, t.name as topic, count(distinct a.article_id) as articles
    from articles as a
    inner join article_topics as tp on tp.article_id = a.article_id
    inner join topics as t on t.topic_id = tp.topic_id
    left join dates as d on d.date_key = a.publish_date_key
    group by all
),

final as (
    select month, topic, articles, round(articles / sum(articles) over (partition by month), 3) as share
    from counted
    order by month nulls last, articles desc, topic
)

select * from final;
-- Q9: What are the top five keywords of each province (TF-IDF weight summed over its articles)?
-- shape: province, term, weight, articles, rank
with keywords as (
    select article_id, term, weight from fact_keyword
),

articles as (
    select article_id, primary_region_id from dim_article
),

regions as (
    select region_id, province from dim_region
),

summed as (
    select r.province, k.term, round(sum(k.weight), 4) as weight, count(distinct k.article_id) as articles
    from keywords as k
    inner join articles as a on a.article_id = k.article_id
    inner join regions as r on r.region_id = a.primary_region_id
    group by all
),

final as (
    select
        province,
        term,
        weight,
        articles,
        row_number() over (partition by province order by weight desc, term) as rank
    from summed
    qualify rank <= 5
    order by province, rank
)

select * from final;
-- Q10: Who writes about which places, in which roles, and how often?
-- shape: author, roles, articles, regions, first_date, last_date
with bylines as (
    select article_id, author_id, role from bridge_article_author
),

authors as (
    select author_id, name from dim_author
),

articles as (
    select article_id, date, region from v_article_overview
),

final as (
    select
        au.name as author,
        string_agg(distinct b.role, ', ' order by b.role) as roles,
        count(distinct b.article_id) as articles,
        string_agg(distinct a.region, ', ' order by a.region) as regions,
        min(a.date) as first_date,
        max(a.date) as last_date
    from bylines as b
    inner join authors as au on au.author_id = b.author_id
    inner join articles as a on a.article_id = b.article_id
    group by au.name
    order by articles desc, author
)

select * from final;
-- Q11: Which files were held back, by which run, and why?
-- shape: started_at, run_id, path, critical_failures, reason, failed_expectations, report_path
with dq as (
    select started_at, run_id, path, status, critical_failures, reason, failed_expectations, report_path
    from v_dq_overview
),

final as (
    select started_at, run_id, path, critical_failures, reason, failed_expectations, report_path
    from dq
    where status = 'quarantined'
    order by started_at desc, path
)

select * from final;
-- Q12: How did each run go (files per status, warnings), newest first?
-- shape: run_id, started_at, loaded, quarantined, duplicate, warning_failures, report_path
with dq as (
    select run_id, started_at, status, warning_failures, report_path from v_dq_overview
),

final as (
    select
        run_id,
        started_at,
        count(*) filter (where status = 'loaded') as loaded,
        count(*) filter (where status = 'quarantined') as quarantined,
        count(*) filter (where status = 'duplicate') as duplicate,
        sum(warning_failures) as warning_failures,
        report_path
    from dq
    group by all
    order by started_at desc
)

select * from final;
-- Q13: Which articles carry the most numbers and named practices (the data-rich ones to read first)?
-- shape: title, region, date, authors, topics, metrics, initiatives, path
with overview as (
    select title, region, date, authors, topics, metrics, initiatives, path
    from v_article_overview
    where kind = 'article'
),

final as (
    select * from overview order by metrics + initiatives desc, title limit 20
)

select * from final;
-- Q14: Which places are named most often across all articles (not only as the main place)?
-- shape: full_name, level, articles, mentions
with mentions as (
    select article_id, region_id, mentions from fact_region_mention
),

regions as (
    select region_id, full_name, level from dim_region
),

final as (
    select r.full_name, r.level, count(distinct m.article_id) as articles, sum(m.mentions) as mentions
    from mentions as m
    inner join regions as r on r.region_id = m.region_id
    group by all
    order by articles desc, mentions desc, full_name
)

select * from final;

-- Q15: Which articles talk about adding lifts (加装电梯) in Shanghai, best match first, with their place and date?
-- shape: score, title, full_name, date, path
-- search_articles(query) ranks articles by BM25 over the full-text index (a plain SQL macro: a read-only
-- connection needs nothing loaded). Each article is indexed with its place's names too, so 上海 also finds
-- the articles about a district of Shanghai that never print 上海. From the shell: jiceng search '上海 加装电梯'.
with hits as (
    select article_id, score from search_articles('上海 加装电梯')
),

articles as (
    select article_id, file_id, title, primary_region_id, publish_date_key from dim_article
),

final as (
    select round(h.score, 3) as score, a.title, r.full_name, d.date, f.path
    from hits as h
    inner join articles as a using (article_id)
    inner join dim_file as f using (file_id)
    left join dim_region as r on r.region_id = a.primary_region_id
    left join dim_date as d on d.date_key = a.publish_date_key
    order by h.score desc, a.title
    limit 20
)

select * from final;

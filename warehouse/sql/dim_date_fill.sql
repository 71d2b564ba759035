insert into dim_date
with days as (select unnest(range(date '1990-01-01', date '2041-01-01', interval 1 day))::date as d)
select cast(strftime(d, '%Y%m%d') as integer), d, year(d), quarter(d), month(d), day(d) from days;

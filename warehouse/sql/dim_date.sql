create table if not exists dim_date (
    date_key integer primary key, date date not null, year integer not null, quarter integer not null,
    month integer not null, day integer not null
);
comment on table dim_date is 'Calendar, 1990-01-01 to 2040-12-31.';
comment on column dim_date.date_key is 'yyyymmdd.';
comment on column dim_date.date is 'The date.';
comment on column dim_date.year is 'Year.';
comment on column dim_date.quarter is 'Quarter 1-4.';
comment on column dim_date.month is 'Month 1-12.';
comment on column dim_date.day is 'Day of month.';

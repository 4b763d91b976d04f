-- Results of the analysis stage, one row per track, replaced when a newer engine re-analyses it.
create table track_analysis (
    track_id        uuid primary key references track (id) on delete cascade,
    engine          varchar(32) not null,
    engine_version  integer     not null,
    peak_dbfs       double precision,
    rms_dbfs        double precision,
    analysed_at     timestamp with time zone not null default current_timestamp
);

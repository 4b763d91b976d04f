-- Stems of a track written by the processing stage (separation), one row per stem; a re-run replaces them.
create table track_stem (
    track_id    uuid        not null references track (id) on delete cascade,
    stem        varchar(16) not null,
    engine      varchar(16) not null,
    model       varchar(32) not null,
    path        varchar(1024) not null,
    frames      bigint      not null,
    sample_rate integer     not null,
    size_bytes  bigint      not null,
    created_at  timestamp with time zone not null default current_timestamp,
    primary key (track_id, stem)
);

-- Each user's choice of separation engine ('sfa' or 'demucs') and Demucs model.
create table separation_preference (
    user_id       uuid primary key references app_user (id) on delete cascade,
    engine        varchar(16) not null,
    demucs_model  varchar(32) not null,
    updated_at    timestamp with time zone not null default current_timestamp
);

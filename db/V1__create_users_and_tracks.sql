create table app_user (
    id            uuid primary key,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null,
    created_at    timestamp with time zone not null default current_timestamp,
    constraint app_user_username_unique unique (username),
    constraint app_user_role_check check (role in ('USER', 'ADMIN'))
);

create table track (
    id                uuid primary key,
    owner_id          uuid          not null references app_user (id) on delete cascade,
    title             varchar(512)  not null,
    artist            varchar(512),
    album             varchar(512),
    original_filename varchar(1024) not null,
    codec             varchar(32)   not null,
    sample_rate_hz    integer       not null,
    channels          integer       not null,
    duration_ms       bigint        not null,
    file_size_bytes   bigint        not null,
    content_hash      varchar(64)   not null,
    storage_path      varchar(1024) not null,
    created_at        timestamp with time zone not null default current_timestamp,
    constraint track_owner_content_unique unique (owner_id, content_hash)
);

create index track_owner_created_idx on track (owner_id, created_at);

create table track_waveform (
    track_id        uuid    not null references track (id) on delete cascade,
    frames_per_peak integer not null,
    peak_count      integer not null,
    peaks           bytea   not null,
    primary key (track_id, frames_per_peak)
);

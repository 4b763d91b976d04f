-- A DAW project's renders: the arrangement as it was when the export started (the job reads nothing else), where
-- the job is, and its output file.
create table daw_export (
    id               uuid primary key,
    project_id       uuid          not null references daw_project (id) on delete cascade,
    owner_id         uuid          not null references app_user (id) on delete cascade,
    format           varchar(16)   not null,
    add_to_library   boolean       not null default false,
    arrangement_json text          not null,
    status           varchar(16)   not null,
    progress         integer       not null default 0,
    message          varchar(500)  not null default '',
    error            varchar(2000),
    output_path      varchar(1000),
    output_bytes     bigint,
    silent_clip_ids  text          not null default '',
    file_name        varchar(300)  not null,
    library_track_id uuid,
    created_at       timestamp with time zone not null default current_timestamp,
    finished_at      timestamp with time zone
);

create index daw_export_project_idx on daw_export (project_id, created_at);
create index daw_export_owner_idx on daw_export (owner_id, created_at);

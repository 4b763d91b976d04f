-- A DAW project: a summary for lists (name, tempo, sizes), its latest snapshot (the state as of snapshot_seq) and the number of its last operation.
-- The state at seq is the snapshot with the logged operations after snapshot_seq applied in order.
create table daw_project (
    id            uuid primary key,
    owner_id      uuid         not null references app_user (id) on delete cascade,
    name          varchar(100) not null,
    seq           bigint       not null default 0,
    bpm           double precision not null default 120,
    meter         varchar(8)   not null default '4/4',
    sample_rate   integer      not null default 48000,
    track_count   integer      not null default 0,
    clip_count    integer      not null default 0,
    snapshot_json text         not null,
    snapshot_seq  bigint       not null default 0,
    created_at    timestamp with time zone not null default current_timestamp,
    updated_at    timestamp with time zone not null default current_timestamp
);

create index daw_project_owner_idx on daw_project (owner_id, updated_at);

-- Every applied operation, numbered per project; a batch's operations have consecutive numbers.
create table daw_operation (
    project_id  uuid        not null references daw_project (id) on delete cascade,
    seq         bigint      not null,
    batch_id    uuid        not null,
    actor_id    uuid        not null,
    actor_name  varchar(64) not null,
    op_json     text        not null,
    created_at  timestamp with time zone not null default current_timestamp,
    primary key (project_id, seq)
);

create index daw_operation_batch_idx on daw_operation (project_id, batch_id);

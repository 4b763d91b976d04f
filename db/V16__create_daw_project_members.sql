-- Who else may open a DAW project besides its owner: editors change it, viewers only watch.
create table daw_project_member (
    project_id uuid        not null references daw_project (id) on delete cascade,
    user_id    uuid        not null references app_user (id) on delete cascade,
    role       varchar(8)  not null check (role in ('editor', 'viewer')),
    added_at   timestamp with time zone not null default current_timestamp,
    primary key (project_id, user_id)
);

create index daw_project_member_user_idx on daw_project_member (user_id);

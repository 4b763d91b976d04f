-- Personal API keys for the REST API and the channel socket. Only the SHA-256 hex of a key is stored.
create table api_key (
    id           uuid primary key,
    owner_id     uuid         not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    key_hash     varchar(64)  not null,
    created_at   timestamp with time zone not null default current_timestamp,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_key_hash_unique unique (key_hash)
);

create index api_key_owner_created_idx on api_key (owner_id, created_at);

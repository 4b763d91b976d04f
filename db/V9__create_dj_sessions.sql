-- A DJ's set: the decks' and mixer's state as JSON, replaced as the DJ plays.
create table dj_session (
    id          uuid primary key,
    owner_id    uuid         not null references app_user (id) on delete cascade,
    name        varchar(128) not null,
    state_json  text         not null,
    version     bigint       not null default 0,
    created_at  timestamp with time zone not null default current_timestamp,
    updated_at  timestamp with time zone not null default current_timestamp
);

create index dj_session_owner_idx on dj_session (owner_id, updated_at);

-- Revocable spectator links: only a hash of the token is kept.
create table dj_share_link (
    id          uuid primary key,
    session_id  uuid        not null references dj_session (id) on delete cascade,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null default current_timestamp,
    revoked_at  timestamp with time zone,
    constraint dj_share_link_token_unique unique (token_hash)
);

-- Hot cues a DJ saved on a track, offered again the next time the track is loaded.
create table track_cue (
    owner_id    uuid     not null references app_user (id) on delete cascade,
    track_id    uuid     not null references track (id) on delete cascade,
    slot        smallint not null,
    position    double precision not null,
    color       varchar(7) not null,
    label       varchar(64),
    primary key (owner_id, track_id, slot),
    constraint track_cue_slot_check check (slot between 0 and 7)
);

-- A DJ's MIDI controller mappings (MIDI learn), as the browser reports them.
create table dj_midi_mapping (
    owner_id      uuid primary key references app_user (id) on delete cascade,
    mappings_json text not null,
    updated_at    timestamp with time zone not null default current_timestamp
);

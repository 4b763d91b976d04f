-- The loop a DJ last set on a track, offered again (inactive) the next time the track is loaded.
create table track_loop (
    owner_id    uuid             not null references app_user (id) on delete cascade,
    track_id    uuid             not null references track (id) on delete cascade,
    start_s     double precision not null,
    end_s       double precision not null,
    beats       double precision,
    primary key (owner_id, track_id),
    constraint track_loop_order_check check (end_s > start_s)
);

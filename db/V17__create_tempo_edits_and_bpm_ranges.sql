-- A track's beat grid as its owner corrected it (×2, ÷2, ×3/2, ×2/3, tap tempo, shifted, downbeat moved), kept
-- apart from the analysis: a re-analysis or a newer engine replaces track_analysis and leaves this row alone. While
-- it exists, its grid is the track's effective tempo. grid_json is the whole grid (bpm, beats, downbeats, steady).
create table track_tempo_edit (
    track_id   uuid primary key references track (id) on delete cascade,
    bpm        double precision not null,
    grid_json  text not null,
    edited_at  timestamp with time zone not null default current_timestamp
);

-- Whether the library's track.bpm is the analysis's or the owner's edit (shown in the list and the API).
alter table track add column bpm_edited boolean not null default false;

-- A user's BPM range: the analysis picks the metrical level inside it. No row: the engine decides. How wide a range
-- must be is the application's rule (BpmRange: rekordbox's 88–175 is just short of an octave).
create table analysis_preference (
    user_id    uuid primary key references app_user (id) on delete cascade,
    bpm_min    double precision not null,
    bpm_max    double precision not null,
    changed_at timestamp with time zone not null default current_timestamp,
    constraint analysis_preference_bpm_range_check check (bpm_min > 0 and bpm_max > bpm_min)
);

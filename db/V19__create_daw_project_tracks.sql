-- The library tracks a DAW project's clips play, so the projects that follow an edit of a track's beat grid are
-- found by an index instead of a scan of every project's JSON. The write path adds a row whenever a batch adds a
-- clip (or changes its source); rows are never removed with a clip, so this is a superset: a project listed may no
-- longer play the track, and whoever uses the list looks at the project's state. No reference to track: a clip
-- keeps its source when the library track is deleted (and a copy of the project may be made after that).
create table daw_project_track (
    project_id uuid not null references daw_project (id) on delete cascade,
    track_id   uuid not null,
    primary key (project_id, track_id)
);

create index daw_project_track_track_idx on daw_project_track (track_id);

-- Projects made before daw_project_track: their clips are in their snapshot's and operation log's JSON, which SQL
-- cannot read the same way on H2 and PostgreSQL. The application lists their tracks once, at start, and removes
-- each project from here when done (ProjectTrackBackfill); until then they are found by the former text scan.
create table daw_project_track_backfill (
    project_id uuid primary key references daw_project (id) on delete cascade
);

insert into daw_project_track_backfill (project_id) select id from daw_project;

-- A grid edit of the track that the project could not follow when it was made (its write failed): the project
-- follows the track's grid as it is then when it is next opened, and the flag is cleared.
alter table daw_project_track add column follow_pending boolean not null default false;

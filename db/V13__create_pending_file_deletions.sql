-- Audio files whose track was deleted and which are still to be removed from storage. A row is written in the
-- same transaction as the track's deletion and removed once the file is gone, so a file that could not be deleted
-- (read-only or failing storage, a crash right after the commit) is retried later and at the next start.
create table pending_file_deletion (
    path        varchar(1024) primary key,
    recorded_at timestamp with time zone not null default current_timestamp
);

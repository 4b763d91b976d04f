-- A user's library re-analysis while it runs (LibraryReanalysis): one chain of looks per user, however many times
-- the BPM range changes. A change while the chain runs only sets retry_failed, and the chain's next look re-reads the
-- range (and tries tracks whose analysis failed again). looked_at is the chain's last look: a chain that has not
-- looked for long (its job was lost) is taken over by the next change.
create table library_reanalysis_chain (
    user_id      uuid primary key references app_user (id) on delete cascade,
    retry_failed boolean not null default false,
    looked_at    timestamp with time zone not null default current_timestamp
);

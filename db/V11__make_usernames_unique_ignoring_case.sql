-- Usernames are unique without regard to case ('Alice' and 'alice' are one name), and sign-in matches them so.
-- H2 has no expression indexes and PostgreSQL's generated columns need STORED, which H2 does not accept, so the
-- lower-case key is a plain column the application fills and a check keeps equal to lower(username).

-- Accounts created before this rule whose names differ only in case keep working: the oldest keeps its name, each
-- later one gets '-' and the start of its id appended (so it stays unique and within 64 characters).
update app_user u
set username = substring(u.username from 1 for 55) || '-' || substring(cast(u.id as varchar(36)) from 1 for 8)
where exists (select 1
              from app_user o
              where lower(o.username) = lower(u.username)
                and (o.created_at < u.created_at
                    or (o.created_at = u.created_at and cast(o.id as varchar(36)) < cast(u.id as varchar(36)))));

alter table app_user add column username_key varchar(64);
update app_user set username_key = lower(username);
alter table app_user alter column username_key set not null;
alter table app_user add constraint app_user_username_key_lower check (username_key = lower(username));
alter table app_user add constraint app_user_username_key_unique unique (username_key);

-- Where a track came from, and catalogue facts a source such as Spotify knows better than the file's tags.
alter table track add column source_url varchar(2048);
alter table track add column isrc varchar(32);
alter table track add column cover_url varchar(1024);

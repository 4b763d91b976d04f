-- A browser-playable copy (24-bit WAV) for files browsers cannot play themselves, such as AIFF.
alter table track add column playback_path varchar(1024);

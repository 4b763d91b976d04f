-- The analysis engine's results: summary values as columns (sortable, filterable), the full report (beat grid,
-- feature series, energy curve) and the auto-cue structure as compact JSON.
alter table track_analysis add column bpm double precision;
alter table track_analysis add column bpm_confidence double precision;
alter table track_analysis add column key_tonic integer;
alter table track_analysis add column key_minor boolean;
alter table track_analysis add column key_confidence double precision;
alter table track_analysis add column integrated_lufs double precision;
alter table track_analysis add column loudness_range double precision;
alter table track_analysis add column true_peak_dbtp double precision;
alter table track_analysis add column report_json text;
alter table track_analysis add column structure_json text;
alter table track_analysis add column structure_version integer;

-- What the library grid shows, sorts and filters by; kept in step with track_analysis by the library.
alter table track add column bpm double precision;
alter table track add column musical_key varchar(8);
alter table track add column camelot varchar(3);
alter table track add column camelot_number integer;
alter table track add column lufs double precision;

create index track_owner_bpm_idx on track (owner_id, bpm);

alter table pipeline_job drop constraint pipeline_job_type_check;
alter table pipeline_job add constraint pipeline_job_type_check
    check (job_type in ('download', 'processing', 'analysis', 'autocue'));

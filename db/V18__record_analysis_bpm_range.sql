-- The BPM range each analysis was made in (null: none, the engine decided), so a re-analysis of the library after a
-- range change knows which tracks are done and which are still to do. Analyses made before this column are taken
-- to be in their owner's current range: the re-analysis that followed its last change already ran over them.
alter table track_analysis add column bpm_min double precision;
alter table track_analysis add column bpm_max double precision;

update track_analysis set
    bpm_min = (select p.bpm_min from analysis_preference p join track t on t.owner_id = p.user_id
               where t.id = track_analysis.track_id),
    bpm_max = (select p.bpm_max from analysis_preference p join track t on t.owner_id = p.user_id
               where t.id = track_analysis.track_id);

-- 'skipped': a stage that was not run because an earlier stage of its pipeline failed (the reason is its error).
alter table pipeline_job drop constraint pipeline_job_status_check;
alter table pipeline_job add constraint pipeline_job_status_check
    check (status in ('queued', 'downloading', 'processing', 'completed', 'failed', 'skipped'));

-- Stages left waiting forever behind a failed stage before this status existed.
update pipeline_job
set status = 'skipped', message = 'Not run', error = 'Not run: an earlier stage failed.', finished_at = updated_at
where status = 'queued'
  and exists (select 1 from pipeline_job earlier
              where earlier.track_id = pipeline_job.track_id
                and earlier.status = 'failed'
                and earlier.stage_order < pipeline_job.stage_order);

package com.soundforge.pipeline;

/** One kind of pipeline work. A stage is part of every pipeline as soon as a bean implementing it exists. */
interface PipelineStage {

    JobType type();

    /** Does the work; must be safe to run again for the same job (a retry or a re-run after a crash). */
    StageResult run(StageContext context) throws Exception;
}

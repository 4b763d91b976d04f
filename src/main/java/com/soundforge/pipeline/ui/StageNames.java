package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.JobType;

final class StageNames {

    private StageNames() {}

    static String of(JobType type) {
        return switch (type) {
            case DOWNLOAD -> "Download";
            case PROCESSING -> "Stems";
            case ANALYSIS -> "Analysis";
            case AUTOCUE -> "Cues";
        };
    }
}

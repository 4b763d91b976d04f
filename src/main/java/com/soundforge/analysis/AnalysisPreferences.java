package com.soundforge.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Each user's analysis settings: the BPM range the analysis picks the metrical level in. */
@Service
public class AnalysisPreferences {

    private final AnalysisPreferenceRepository preferences;
    private final ApplicationEventPublisher events;

    AnalysisPreferences(AnalysisPreferenceRepository preferences, ApplicationEventPublisher events) {
        this.preferences = preferences;
        this.events = events;
    }

    /** The user's BPM range; empty: none, the engine decides. */
    public Optional<BpmRange> bpmRange(UUID userId) {
        return preferences.findBpmRange(userId);
    }

    /**
     * Stores the user's BPM range (null: none) and, when it changed, publishes {@link BpmRangeChosen} so their
     * library is analysed again with it.
     *
     * @return whether it changed
     */
    public boolean chooseBpmRange(UUID userId, BpmRange range) {
        if (Objects.equals(bpmRange(userId).orElse(null), range)) {
            return false;
        }
        if (range == null) {
            preferences.deleteBpmRange(userId);
        } else {
            preferences.saveBpmRange(userId, range);
        }
        events.publishEvent(new BpmRangeChosen(userId, range));
        return true;
    }
}

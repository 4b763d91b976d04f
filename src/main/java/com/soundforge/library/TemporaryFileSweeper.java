package com.soundforge.library;

import java.io.IOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start, removes upload parts left behind by a crash. */
@Component
class TemporaryFileSweeper implements ApplicationRunner {

    private final TrackStorage storage;

    TemporaryFileSweeper(TrackStorage storage) {
        this.storage = storage;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        storage.sweepTemporaryFiles();
    }
}

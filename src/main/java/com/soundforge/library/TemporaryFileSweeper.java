package com.soundforge.library;

import java.io.IOException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start, removes upload parts and multipart bodies left behind by a crash. A bean's initialisation runs before the
 * web server takes requests (an ApplicationRunner runs after), so no upload of this run can be swept.
 */
@Component
class TemporaryFileSweeper implements InitializingBean {

    private final TrackStorage storage;

    TemporaryFileSweeper(TrackStorage storage) {
        this.storage = storage;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        storage.sweepTemporaryFiles();
    }
}

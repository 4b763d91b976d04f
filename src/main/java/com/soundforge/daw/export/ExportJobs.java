package com.soundforge.daw.export;

import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.pipeline.JobAccessDeniedException;
import com.soundforge.pipeline.OtherJobs;
import com.soundforge.security.UserAccount;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Lets channel clients follow an export on {@code jobs:{exportId}} like a pipeline job. */
@Component
class ExportJobs implements OtherJobs {

    private final DawExportService exports;

    ExportJobs(DawExportService exports) {
        this.exports = exports;
    }

    @Override
    public Optional<Map<String, Object>> current(UserAccount user, UUID jobId) {
        try {
            return Optional.of(DawExportJson.of(exports.get(user.id(), jobId)));
        } catch (TrackNotFoundException e) {
            return Optional.empty();
        } catch (TrackAccessDeniedException e) {
            throw new JobAccessDeniedException();
        }
    }
}

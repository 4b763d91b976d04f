package com.soundforge.library;

import java.util.List;

/**
 * Published inside the transaction that deletes tracks: their files (paths relative to the audio folder) are no
 * longer wanted. {@link PendingFileDeletions} records them in that transaction and removes them after the commit.
 */
record TrackFilesReleased(List<String> paths) {}

/**
 * Exports of a DAW project as a JobRunr job: a WAV master (24-bit PCM or 32-bit float) or a ZIP of one WAV per
 * sounding track, rendered from the arrangement stored when the export started, written to a temporary file and
 * moved into a path fixed by the export id (so a job rerun after a crash leaves exactly one file), optionally
 * added to the owner's library; progress is published like a pipeline job's.
 */
@NamedInterface("export")
package com.soundforge.daw.export;

import org.springframework.modulith.NamedInterface;

package com.soundforge.daw.export;

import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.engine.ArrangementRenderer;
import com.soundforge.daw.engine.ExportWavWriter;
import com.soundforge.daw.engine.RenderProgress;
import com.soundforge.daw.engine.RenderResult;
import com.soundforge.daw.engine.RenderSink.TrackBlock;
import com.soundforge.daw.engine.StreamProvider;
import com.soundforge.daw.model.DawTrack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Renders an arrangement into one file of an export format: a WAV master, or a ZIP of per-track WAVs. */
final class ExportWriter {

    private ExportWriter() {}

    static RenderResult write(
            Arrangement arrangement,
            DawExportFormat format,
            StreamProvider streams,
            Path target,
            RenderProgress progress)
            throws IOException {
        ArrangementRenderer renderer = new ArrangementRenderer(streams);
        if (format != DawExportFormat.STEMS_ZIP) {
            try (ExportWavWriter wav = new ExportWavWriter(target, arrangement.sampleRate(), format.encoding())) {
                return renderer.render(
                        arrangement,
                        (first, frames, master, tracks) -> wav.write(master.left(), master.right(), frames),
                        progress);
            }
        }
        return writeStems(arrangement, renderer, target, progress);
    }

    private static RenderResult writeStems(
            Arrangement arrangement, ArrangementRenderer renderer, Path target, RenderProgress progress)
            throws IOException {
        Path folder = Files.createTempDirectory(target.getParent(), target.getFileName() + ".stems");
        Map<UUID, ExportWavWriter> writers = new HashMap<>();
        Map<UUID, Path> files = new HashMap<>();
        try {
            RenderResult result;
            try {
                result = renderer.render(
                        arrangement,
                        (first, frames, master, tracks) -> {
                            for (TrackBlock track : tracks) {
                                ExportWavWriter writer =
                                        writers.get(track.track().id());
                                if (writer == null) {
                                    Path file = folder.resolve(track.track().id() + ".wav");
                                    writer = new ExportWavWriter(
                                            file, arrangement.sampleRate(), ExportWavWriter.Encoding.PCM_24);
                                    writers.put(track.track().id(), writer);
                                    files.put(track.track().id(), file);
                                }
                                writer.write(
                                        track.signal().left(), track.signal().right(), frames);
                            }
                        },
                        progress);
            } finally {
                for (ExportWavWriter writer : writers.values()) {
                    writer.close();
                }
            }
            zip(orderedTracks(arrangement.tracks()), files, target);
            return result;
        } finally {
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        }
    }

    private static List<DawTrack> orderedTracks(List<DawTrack> tracks) {
        return tracks.stream()
                .sorted(java.util.Comparator.comparingDouble(DawTrack::order))
                .toList();
    }

    private static void zip(List<DawTrack> tracks, Map<UUID, Path> files, Path target) throws IOException {
        Set<String> names = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            int number = 0;
            for (DawTrack track : tracks) {
                Path file = files.get(track.id());
                if (file == null) {
                    continue;
                }
                number++;
                String name = String.format("%02d %s.wav", number, FileNames.safe(track.name()));
                if (!names.add(name)) {
                    name = String.format("%02d %s (%s).wav", number, FileNames.safe(track.name()), track.id());
                }
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}

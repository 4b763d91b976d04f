package com.soundforge.separation;

import com.soundforge.audio.WavWriter;
import com.soundforge.library.AudioFile;
import com.soundforge.library.LibraryProperties;
import com.soundforge.library.LibraryService;
import com.soundforge.library.StorageQuota;
import com.soundforge.library.Track;
import com.soundforge.library.TrackDeleted;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.separation.StemRepository.StoredStem;
import com.soundforge.separation.demucs.DemucsSeparationEngine;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The separation module's API: separates a track for its owner with the owner's chosen engine, stores the stems
 * under {@code ${sfa.data-dir}/stems/{ownerId}/{trackId}/{stem}.wav} (written in a work folder, then moved into
 * place; the rows replaced in one transaction, so a re-run after a crash simply replaces everything), lists and
 * opens them for the owner only, and removes them with the track.
 */
@Service
public class SeparationService {

    private static final Logger log = LoggerFactory.getLogger(SeparationService.class);
    static final int PIPELINE_STEMS = 4;

    private final LibraryService library;
    private final StemRepository stems;
    private final PreferenceRepository preferences;
    private final SfaSeparationEngine sfa;
    private final DemucsSeparationEngine demucs;
    private final TransactionTemplate transaction;
    private final Broadcaster broadcaster;
    private final StorageQuota quota;
    private final Path dataDir;

    SeparationService(
            LibraryService library,
            LibraryProperties libraryProperties,
            StemRepository stems,
            PreferenceRepository preferences,
            SfaSeparationEngine sfa,
            DemucsSeparationEngine demucs,
            TransactionTemplate transaction,
            Broadcaster broadcaster,
            StorageQuota quota) {
        this.library = library;
        this.stems = stems;
        this.preferences = preferences;
        this.sfa = sfa;
        this.demucs = demucs;
        this.transaction = transaction;
        this.broadcaster = broadcaster;
        this.quota = quota;
        this.dataDir = libraryProperties.dataDir().toAbsolutePath().normalize();
    }

    /** Outcome of {@link #separate}: the stems, the folder that holds their files and a sentence for the job log. */
    public record Separation(List<Stem> stems, Path folder, String summary) {

        public long totalBytes() {
            return stems.stream().mapToLong(Stem::sizeBytes).sum();
        }
    }

    /**
     * Separates the user's track into four stems with their chosen engine, replacing earlier stems.
     *
     * @throws SeparationException with {@code permanent()} when the audio cannot be separated at all
     */
    public Separation separate(UUID ownerId, UUID trackId, SeparationProgress progress) throws SeparationException {
        AudioFile audio = library.audioFile(ownerId, trackId);
        requireRoomForStems(ownerId, library.get(ownerId, trackId));
        SeparationPreference preference = preference(ownerId);
        SeparationEngine engine = sfa;
        String model = SfaSeparationEngine.MODEL;
        String note = "";
        if (preference.engine().equals(DemucsSeparationEngine.ID)) {
            if (demucs.available()) {
                engine = demucs;
                model = preference.demucsModel();
            } else {
                note = " (Demucs was chosen but " + demucs.command() + " is not installed; used SFA's engine)";
            }
        }
        Path trackDir = trackDir(ownerId, trackId);
        Path work = trackDir.resolve(".work-" + UUID.randomUUID());
        try {
            Files.createDirectories(trackDir);
            deleteLeftoverWork(trackDir);
            SeparationProgress published = publishing(trackId, progress);
            List<SeparatedStem> separated = engine.separate(audio.path(), work, PIPELINE_STEMS, model, published);
            List<StoredStem> stored = moveInPlace(separated, trackDir, trackId, engine.id(), model);
            transaction.executeWithoutResult(status -> stems.replace(trackId, stored));
            deleteStaleFiles(trackDir, stored);
            broadcaster.publish(Topics.trackPipeline(trackId), StemsEvent.READY, new StemsEvent(trackId, 100));
            List<Stem> result = stored.stream().map(StoredStem::stem).toList();
            return new Separation(
                    result,
                    trackDir,
                    "Separated into " + result.size() + " stems with " + engine.id() + " (" + model + ")" + note);
        } catch (IOException e) {
            throw new SeparationException("Could not store the stems: " + e.getMessage(), false, e);
        } finally {
            deleteTree(work);
        }
    }

    /** Passes progress on to the job and publishes each new whole percent on the track's pipeline topic. */
    private SeparationProgress publishing(UUID trackId, SeparationProgress progress) {
        String topic = Topics.trackPipeline(trackId);
        int[] lastPercent = {-1};
        return fraction -> {
            progress.fraction(fraction);
            int percent = (int) Math.floor(fraction * 100);
            if (percent != lastPercent[0]) {
                lastPercent[0] = percent;
                broadcaster.publish(topic, StemsEvent.PROGRESS, new StemsEvent(trackId, percent));
            }
        };
    }

    /** Moves the engine's stem files into the track's folder and describes them for the database. */
    private List<StoredStem> moveInPlace(
            List<SeparatedStem> separated, Path trackDir, UUID trackId, String engineId, String model)
            throws IOException {
        List<StoredStem> stored = new ArrayList<>();
        Instant now = Instant.now();
        for (SeparatedStem stem : separated) {
            Path target = trackDir.resolve(stem.type().wire() + ".wav");
            move(stem.file(), target);
            Stem described = new Stem(
                    trackId, stem.type(), engineId, model, stem.frames(), stem.sampleRateHz(), Files.size(target), now);
            stored.add(new StoredStem(described, dataDir.relativize(target).toString()));
        }
        return stored;
    }

    /**
     * Refuses before anything is written when the stems (both engines write {@code PIPELINE_STEMS} 24-bit WAVs of
     * the track's length and channels) would break the owner's quota or eat into the disk's reserve. Over quota is
     * permanent (retrying cannot help until the user deletes tracks); a full disk may clear up, so it is retried.
     */
    private void requireRoomForStems(UUID ownerId, Track track) throws SeparationException {
        long estimate = PIPELINE_STEMS
                * WavWriter.fileSize(StorageQuota.frames(track.durationMs(), track.sampleRateHz()), track.channels());
        long replaced = stems.findByTrack(track.id()).stream()
                .mapToLong(s -> s.stem().sizeBytes())
                .sum();
        Optional<String> overQuota = quota.overQuota(ownerId, estimate, replaced, "the stems");
        if (overQuota.isPresent()) {
            throw new SeparationException(overQuota.get(), true, null);
        }
        Optional<String> noRoom = quota.lackOfSpace(estimate, "the stems");
        if (noRoom.isPresent()) {
            throw new SeparationException(noRoom.get(), false, null);
        }
    }

    /** The track's stems (empty before separation); {@code TrackAccessDeniedException} for others' tracks. */
    public List<Stem> stems(UUID ownerId, UUID trackId) {
        library.get(ownerId, trackId);
        return stems.findByTrack(trackId).stream().map(StoredStem::stem).toList();
    }

    /** One stem's file for the track's owner, if it exists. */
    public Optional<StemFile> stemFile(UUID ownerId, UUID trackId, StemType type) {
        library.get(ownerId, trackId);
        return stems.find(trackId, type)
                .map(stored -> dataDir.resolve(stored.relativePath()))
                .filter(Files::isRegularFile)
                .map(path -> new StemFile(type, path, sizeOf(path)));
    }

    public SeparationPreference preference(UUID userId) {
        return preferences.find(userId).orElse(SeparationPreference.DEFAULT);
    }

    /** Saves the user's choice; Demucs can only be chosen when it is installed. */
    public void choose(UUID userId, SeparationPreference preference) {
        if (preference.engine().equals(DemucsSeparationEngine.ID) && !demucs.available()) {
            throw new IllegalArgumentException(demucsStatus().explanation());
        }
        preferences.save(userId, preference);
    }

    public DemucsStatus demucsStatus() {
        boolean available = demucs.available();
        return new DemucsStatus(
                available,
                demucs.command(),
                available
                        ? "Demucs is installed (" + demucs.command() + ")."
                        : "Demucs is not installed on this server (\"" + demucs.command()
                                + " --help\" did not run), so "
                                + "SFA's own engine separates the stems. Install it with \"pip install demucs\" (and set "
                                + "sfa.separation.demucs-command if it is not on PATH) to choose it here.");
    }

    @EventListener
    void on(TrackDeleted deleted) {
        deleteTree(trackDir(deleted.ownerId(), deleted.trackId()));
    }

    private Path trackDir(UUID ownerId, UUID trackId) {
        return dataDir.resolve("stems").resolve(ownerId.toString()).resolve(trackId.toString());
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteLeftoverWork(Path trackDir) throws IOException {
        try (var entries = Files.list(trackDir)) {
            entries.filter(p -> p.getFileName().toString().startsWith(".work-")).forEach(SeparationService::deleteTree);
        }
    }

    /** Removes stem files of an earlier run that this run did not write (e.g. 2 stems after 4). */
    private static void deleteStaleFiles(Path trackDir, List<StoredStem> kept) throws IOException {
        List<String> names =
                kept.stream().map(s -> s.stem().type().wire() + ".wav").toList();
        try (var entries = Files.list(trackDir)) {
            for (Path path : entries.toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(".wav") && !names.contains(name)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", root, e.getMessage());
        }
    }
}

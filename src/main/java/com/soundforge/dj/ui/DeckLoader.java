package com.soundforge.dj.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TrackAnalysis;
import com.soundforge.dj.DeckState;
import com.soundforge.dj.DeckState.LoadedTrack;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Waveform;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import com.soundforge.separation.StemType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a deck's loaded track on a {@link DjDeck}: audio URL (DJ screens only; spectators get no audio), title,
 * artist, BPM, key, duration, the effective beat grid (the owner's edit when there is one: sync, quantize and loops
 * go by it), the waveform peaks, then the deck state.
 */
final class DeckLoader {

    static final int MAX_PEAKS = 8192;

    private final LibraryService library;
    private final AnalysisService analysis;
    private final SeparationService separation;

    DeckLoader(LibraryService library, AnalysisService analysis, SeparationService separation) {
        this.library = library;
        this.analysis = analysis;
        this.separation = separation;
    }

    /** {"vocals": url, …} when all four stems exist (per-stem mute/solo on the deck), else "". */
    String stemUrls(UUID ownerId, UUID trackId) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Stem stem : separation.stems(ownerId, trackId)) {
            if (StemType.FOUR.contains(stem.type())) {
                urls.put(
                        stem.type().wire(),
                        "media/tracks/" + trackId + "/stems/" + stem.type().wire());
            }
        }
        return urls.size() == StemType.FOUR.size() ? ClientJson.write(urls) : "";
    }

    /** The track's cover when it has a web address (imported from a page); none otherwise. */
    private String artwork(UUID ownerId, UUID trackId) {
        try {
            String cover = library.get(ownerId, trackId).coverUrl();
            return cover != null && cover.startsWith("https://") ? cover : "";
        } catch (RuntimeException gone) {
            return "";
        }
    }

    private String stemUrlsOrNone(UUID ownerId, UUID trackId) {
        try {
            return stemUrls(ownerId, trackId);
        } catch (RuntimeException gone) {
            return "";
        }
    }

    /** The loaded track's analysis; none when the track was deleted in the meantime. */
    private Optional<TrackAnalysis> analysisOrNone(UUID ownerId, UUID trackId) {
        try {
            return analysis.find(ownerId, trackId);
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }

    /**
     * The loaded track's effective tempo and beat grid only (after its owner edited them): the deck keeps playing
     * where it is, its sync, quantize and loops go by the new grid from now on.
     */
    void showGrid(DjDeck deck, UUID ownerId, DeckState state) {
        LoadedTrack track = state.track();
        if (track == null) {
            return;
        }
        Optional<TrackAnalysis> found = analysisOrNone(ownerId, track.trackId()).filter(TrackAnalysis::hasTempo);
        deck.setBpm(bpm(track, found));
        showBeats(deck, found);
    }

    /** The effective tempo: the analysis's (edited or not) as it is now, else what the set stored at load time. */
    private static double bpm(LoadedTrack track, Optional<TrackAnalysis> found) {
        return found.map(a -> a.report().tempo().bpm()).orElse(track.bpm() == null ? 0.0 : track.bpm());
    }

    private static void showBeats(DjDeck deck, Optional<TrackAnalysis> found) {
        deck.setBeatsJson(
                found.map(a -> ClientJson.write(a.report().tempo().beats())).orElse(""),
                found.map(a -> ClientJson.write(a.report().tempo().downbeats())).orElse(""));
        deck.setBpmSource(found.map(a -> a.bpmSource().wire()).orElse(""));
    }

    void show(DjDeck deck, UUID ownerId, DeckState state, boolean spectator) {
        LoadedTrack track = state.track();
        if (track == null) {
            deck.setTrack("", "", "", 0, "", 0);
            deck.setPeaks(null);
            deck.setArtworkUrl("");
            deck.setStemUrlsJson("");
            deck.setBeatsJson("", "");
            deck.setBpmSource("");
            deck.setCuesJson("[]");
            deck.setStateJson(ClientJson.deck(state));
            return;
        }
        Optional<TrackAnalysis> found = analysisOrNone(ownerId, track.trackId()).filter(TrackAnalysis::hasTempo);
        deck.setTrack(
                spectator ? "" : "media/tracks/" + track.trackId() + "/audio",
                track.title(),
                track.artist(),
                bpm(track, found),
                track.camelot(),
                track.durationSeconds());
        showBeats(deck, found);
        deck.setArtworkUrl(artwork(ownerId, track.trackId()));
        deck.setStemUrlsJson(spectator ? "" : stemUrlsOrNone(ownerId, track.trackId()));
        deck.setPeaks(library.waveform(ownerId, track.trackId(), MAX_PEAKS)
                .map(Waveform::peaks)
                .orElse(null));
        deck.setCuesJson(ClientJson.write(ClientJson.cues(state.hotCues())));
        deck.setStateJson(ClientJson.deck(state));
    }
}

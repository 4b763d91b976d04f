package com.soundforge.analysis;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Runs the analyzers over a track's audio in one streaming pass and stores the result. */
@Service
public class AnalysisService {

    static final String ENGINE = "sfa";
    private static final int BLOCK_FRAMES = 8192;

    private final AnalysisRepository analyses;

    AnalysisService(AnalysisRepository analyses) {
        this.analyses = analyses;
    }

    public TrackAnalysis analyse(UUID trackId, Path audio, long expectedFrames, AnalysisProgress progress)
            throws AudioDecodeException {
        LevelAnalyzer levels = new LevelAnalyzer();
        levels.start();
        try (PcmStream stream = AudioDecoder.open(audio)) {
            float[][] block = new float[stream.info().channels()][BLOCK_FRAMES];
            long done = 0;
            int frames;
            while ((frames = stream.read(block, BLOCK_FRAMES)) >= 0) {
                levels.process(block, frames);
                done += frames;
                if (expectedFrames > 0) {
                    progress.analysed(Math.min(1.0, done / (double) expectedFrames));
                }
            }
        }
        TrackAnalysis analysis = new TrackAnalysis(trackId, ENGINE, LevelAnalyzer.VERSION, levels.finish(),
                Instant.now());
        analyses.upsert(analysis);
        return analysis;
    }

    public Optional<TrackAnalysis> find(UUID trackId) {
        return analyses.find(trackId);
    }
}

package com.soundforge.separation.demucs;

import com.soundforge.audio.AudioDecodeException;
import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import com.soundforge.audio.StreamInfo;
import com.soundforge.audio.WavWriter;
import com.soundforge.separation.SeparatedStem;
import com.soundforge.separation.SeparationEngine;
import com.soundforge.separation.SeparationException;
import com.soundforge.separation.SeparationPreference;
import com.soundforge.separation.SeparationProgress;
import com.soundforge.separation.StemType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code demucs -n <model> -o <folder> <audio>} and reads the stems back from Demucs' layout
 * {@code <folder>/<model>/<audio name>/<stem>.wav}. The 6-source model's guitar and piano are folded into
 * "other" (summed sample by sample), so every engine gives the same four DJ stems that add up to the mix.
 */
public final class DemucsSeparationEngine implements SeparationEngine {

    public static final String ID = "demucs";
    private static final int KEEP_STDERR_LINES = 20;

    private final String command;
    private final Duration timeout;

    public DemucsSeparationEngine(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    @Override
    public String id() {
        return ID;
    }

    public String command() {
        return command;
    }

    /** Whether {@code <command> --help} runs and exits with 0 (within 30 s). */
    @Override
    public boolean available() {
        try {
            Process process = new ProcessBuilder(command, "--help")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public List<SeparatedStem> separate(
            Path audio, Path outputDir, int stems, String model, SeparationProgress progress)
            throws SeparationException {
        String chosen = model == null ? "htdemucs" : model;
        if (!SeparationPreference.DEMUCS_MODELS.contains(chosen)) {
            throw new SeparationException("Unknown Demucs model " + chosen, true);
        }
        try {
            Files.createDirectories(outputDir);
            Path raw = Files.createTempDirectory(outputDir, "demucs-");
            List<String> arguments = new ArrayList<>(List.of(command, "-n", chosen, "-o", raw.toString()));
            if (stems == 2) {
                arguments.addAll(List.of("--two-stems", "vocals"));
            }
            arguments.add(audio.toString());
            run(arguments, chosen, progress);
            Path folder = raw.resolve(chosen).resolve(baseName(audio));
            List<SeparatedStem> result = stems == 2 ? collectTwo(folder, outputDir) : collectFour(folder, outputDir);
            deleteTree(raw);
            return result;
        } catch (IOException e) {
            throw new SeparationException("Demucs failed: " + e.getMessage(), false, e);
        }
    }

    private void run(List<String> arguments, String model, SeparationProgress progress)
            throws SeparationException, IOException {
        Process process;
        try {
            process = new ProcessBuilder(arguments)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new SeparationException("Demucs is not installed (" + command + " could not be started)", true, e);
        }
        DemucsProgressParser parser = new DemucsProgressParser(DemucsProgressParser.passesFor(model));
        Deque<String> lastLines = new ArrayDeque<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Reader stderr = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            StringBuilder segment = new StringBuilder();
            int ch;
            while ((ch = stderr.read()) >= 0) {
                if (ch == '\r' || ch == '\n') {
                    String text = segment.toString();
                    segment.setLength(0);
                    double fraction = parser.accept(text);
                    if (fraction >= 0) {
                        progress.fraction(Math.min(0.99, fraction));
                    } else if (!text.isBlank()) {
                        remember(lastLines, text);
                    }
                    if (System.nanoTime() > deadline) {
                        throw new SeparationException("Demucs took longer than " + timeout, false);
                    }
                } else {
                    segment.append((char) ch);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new SeparationException(
                        "Demucs exited with " + exit + ": " + String.join(" / ", lastLines), false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeparationException("Interrupted", false, e);
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static void remember(Deque<String> lines, String line) {
        lines.addLast(line.strip());
        while (lines.size() > KEEP_STDERR_LINES) {
            lines.removeFirst();
        }
    }

    private static List<SeparatedStem> collectFour(Path folder, Path outputDir)
            throws SeparationException, IOException {
        List<SeparatedStem> result = new ArrayList<>();
        for (StemType type : List.of(StemType.VOCALS, StemType.DRUMS, StemType.BASS)) {
            result.add(moveStem(folder.resolve(type.wire() + ".wav"), type, outputDir));
        }
        List<Path> others = new ArrayList<>(List.of(folder.resolve("other.wav")));
        for (String extra : List.of("guitar.wav", "piano.wav")) {
            if (Files.exists(folder.resolve(extra))) {
                others.add(folder.resolve(extra));
            }
        }
        if (others.size() == 1) {
            result.add(moveStem(others.getFirst(), StemType.OTHER, outputDir));
        } else {
            result.add(sum(others, outputDir.resolve("other.wav")));
        }
        return result;
    }

    private static List<SeparatedStem> collectTwo(Path folder, Path outputDir) throws SeparationException, IOException {
        return List.of(
                moveStem(folder.resolve("vocals.wav"), StemType.VOCALS, outputDir),
                moveStem(folder.resolve("no_vocals.wav"), StemType.INSTRUMENTAL, outputDir));
    }

    private static SeparatedStem moveStem(Path source, StemType type, Path outputDir)
            throws SeparationException, IOException {
        if (!Files.isRegularFile(source)) {
            throw new SeparationException(
                    "Demucs did not write " + source.getFileName() + " in " + source.getParent(), false);
        }
        Path target = outputDir.resolve(type.wire() + ".wav");
        Files.move(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PcmStream stream = AudioDecoder.open(target)) {
            StreamInfo info = stream.info();
            return new SeparatedStem(type, target, info.declaredFrames(), info.sampleRateHz());
        } catch (AudioDecodeException e) {
            throw new SeparationException(
                    "Demucs wrote an unreadable " + type.wire() + ".wav: " + e.getMessage(), false, e);
        }
    }

    /** Sums several stems of equal layout into one 24-bit WAV. */
    private static SeparatedStem sum(List<Path> parts, Path target) throws SeparationException, IOException {
        List<PcmStream> streams = new ArrayList<>();
        try {
            for (Path part : parts) {
                streams.add(AudioDecoder.open(part));
            }
            StreamInfo info = streams.getFirst().info();
            int block = 8192;
            float[][] total = new float[info.channels()][block];
            float[][] buffer = new float[info.channels()][block];
            long frames = 0;
            try (WavWriter writer = new WavWriter(target, info.sampleRateHz(), info.channels())) {
                int count;
                while ((count = streams.getFirst().read(total, block)) > 0) {
                    for (int s = 1; s < streams.size(); s++) {
                        int got = Math.max(0, streams.get(s).read(buffer, count));
                        for (int c = 0; c < info.channels(); c++) {
                            for (int n = 0; n < got; n++) {
                                total[c][n] += buffer[c][n];
                            }
                        }
                    }
                    writer.write(total, count);
                    frames += count;
                }
            }
            return new SeparatedStem(StemType.OTHER, target, frames, info.sampleRateHz());
        } catch (AudioDecodeException e) {
            throw new SeparationException("Demucs wrote an unreadable stem: " + e.getMessage(), false, e);
        } finally {
            streams.forEach(PcmStream::close);
        }
    }

    private static String baseName(Path audio) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

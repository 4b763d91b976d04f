package com.soundforge.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a page link (YouTube, SoundCloud, Bandcamp…) into an audio file with the {@code yt-dlp} command, which
 * extracts the audio as FLAC (through ffmpeg) with the page's title and artist as tags, reporting its progress.
 */
@Component
class PageDownloader {

    static final String INSTALL_HINT = "Page links (YouTube, SoundCloud, Bandcamp…) need yt-dlp and ffmpeg on the "
            + "server, which are not installed. An administrator can install them, e.g. apt-get install yt-dlp ffmpeg.";
    private static final Pattern PROGRESS = Pattern.compile("^sfa-progress (\\d+)/(\\S+)");
    private static final long TIMEOUT_MINUTES = 30;

    private final TrackStorage storage;
    private final String command;
    private volatile Boolean available;

    @Autowired
    PageDownloader(TrackStorage storage) {
        this(storage, "yt-dlp");
    }

    PageDownloader(TrackStorage storage, String command) {
        this.storage = storage;
        this.command = command;
    }

    boolean isAvailable() {
        Boolean known = available;
        if (known == null) {
            known = commandWorks(command, "--version") && commandWorks("ffmpeg", "-version");
            available = known;
        }
        return known;
    }

    record Downloaded(StoredUpload upload, String title) {
    }

    Downloaded download(String url, DownloadProgress progress) throws ImportException {
        if (!isAvailable()) {
            throw new ImportException(ImportFailure.UNSUPPORTED_SOURCE, INSTALL_HINT);
        }
        Path folder = storage.newTempFolder();
        try {
            List<String> output = run(url, folder, progress);
            Path file = onlyFile(folder, output);
            try (InputStream in = Files.newInputStream(file)) {
                return new Downloaded(storage.receive(in), file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new ImportException(ImportFailure.DOWNLOAD, "yt-dlp could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(ImportFailure.DOWNLOAD, "The download was interrupted.", e);
        } finally {
            storage.deleteFolder(folder);
        }
    }

    private List<String> run(String url, Path folder, DownloadProgress progress)
            throws IOException, InterruptedException, ImportException {
        Process process = new ProcessBuilder(command, "--no-playlist", "--newline", "--no-warnings",
                "--no-part", "--no-mtime", "-f", "bestaudio/best", "-x", "--audio-format", "flac",
                "--embed-metadata",
                "-o", folder.resolve("%(title)s.%(ext)s").toString(),
                "--progress-template", "download:sfa-progress %(progress.downloaded_bytes)s/"
                        + "%(progress.total_bytes,progress.total_bytes_estimate|NA)s",
                "--", url)
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    long total = m.group(2).matches("\\d+(\\.\\d+)?") ? (long) Double.parseDouble(m.group(2)) : -1;
                    progress.bytesReceived(Long.parseLong(m.group(1)), total);
                } else if (output.size() < 200) {
                    output.add(line);
                }
            }
        } finally {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
        if (process.exitValue() != 0) {
            String reason = output.stream().filter(l -> l.startsWith("ERROR")).reduce((a, b) -> b)
                    .orElse("yt-dlp exited with code " + process.exitValue());
            throw new ImportException(ImportFailure.DOWNLOAD, reason.replaceFirst("^ERROR: ", "yt-dlp: "));
        }
        return output;
    }

    private static Path onlyFile(Path folder, List<String> output) throws IOException, ImportException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(PageDownloader::size))
                    .orElseThrow(() -> new ImportException(ImportFailure.DOWNLOAD,
                            "yt-dlp produced no audio file: " + String.join(" / ", output)));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

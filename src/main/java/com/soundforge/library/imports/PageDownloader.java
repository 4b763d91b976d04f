package com.soundforge.library.imports;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a page link (YouTube, SoundCloud, Bandcamp…) into an audio file with the {@code yt-dlp} command, which
 * extracts the audio as FLAC (through ffmpeg) with the page's title and artist as tags, reporting its progress.
 * All of yt-dlp's traffic goes through a {@link GuardedProxy}, so the pages, redirects and media URLs it follows
 * cannot reach private addresses, and the whole process tree is killed when it overruns {@code maxDuration}.
 */
@Component
class PageDownloader {

    static final String INSTALL_HINT = "Page links (YouTube, SoundCloud, Bandcamp…) need yt-dlp and ffmpeg on the "
            + "server, which are not installed. An administrator can install them, e.g. apt-get install yt-dlp ffmpeg.";
    private static final Pattern PROGRESS = Pattern.compile("^sfa-progress (\\d+)/(\\S+)");
    private static final List<String> PROXY_VARIABLES = List.of("http_proxy", "https_proxy", "ftp_proxy");

    private final IncomingFiles files;
    private final ImportProperties properties;
    private final AddressGuard guard;
    private final String command;
    private volatile Boolean available;

    @Autowired
    PageDownloader(IncomingFiles files, ImportProperties properties) {
        this(files, properties, properties.guard(), "yt-dlp");
    }

    PageDownloader(IncomingFiles files, ImportProperties properties, AddressGuard guard, String command) {
        this.files = files;
        this.properties = properties;
        this.guard = guard;
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

    record Downloaded(StoredUpload upload, String title) {}

    Downloaded download(String url, DownloadProgress progress) throws ImportException {
        if (!isAvailable()) {
            throw new ImportException(ImportFailure.UNSUPPORTED_SOURCE, INSTALL_HINT);
        }
        Path folder = files.newDownloadFolder();
        try (GuardedProxy proxy = GuardedProxy.start(guard, properties)) {
            List<String> output = run(url, folder, proxy, progress);
            Path file = onlyFile(folder, output);
            try (InputStream in = Files.newInputStream(file)) {
                return new Downloaded(files.receive(in), file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new ImportException(ImportFailure.DOWNLOAD, "yt-dlp could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(ImportFailure.DOWNLOAD, "The download was interrupted.", e);
        } finally {
            files.deleteFolder(folder);
        }
    }

    private List<String> run(String url, Path folder, GuardedProxy proxy, DownloadProgress progress)
            throws IOException, InterruptedException, ImportException {
        ProcessBuilder builder = new ProcessBuilder(
                        command,
                        "--ignore-config",
                        "--no-playlist",
                        "--newline",
                        "--no-warnings",
                        "--no-part",
                        "--no-mtime",
                        "--socket-timeout",
                        String.valueOf(Math.max(1, properties.readTimeout().toSeconds())),
                        "--hls-prefer-native",
                        // protocols that do not go through the HTTP proxy (rtmp, rtsp, mms…) are not downloaded
                        "-f",
                        "bestaudio[protocol^=http]/bestaudio[protocol^=m3u8]/best[protocol^=http]/best[protocol^=m3u8]",
                        "-x",
                        "--audio-format",
                        "flac",
                        "--embed-metadata",
                        "-o",
                        folder.resolve("%(title)s.%(ext)s").toString(),
                        "--progress-template",
                        "download:sfa-progress %(progress.downloaded_bytes)s/"
                                + "%(progress.total_bytes,progress.total_bytes_estimate|NA)s",
                        "--",
                        url)
                .redirectErrorStream(true);
        routeThrough(proxy, builder.environment());
        Process process = builder.start();
        process.getOutputStream().close();
        List<String> output = new ArrayList<>();
        try (TransferWatch deadline = TransferWatch.deadline(properties, () -> killTree(process.toHandle()))) {
            read(process, output, progress);
            process.waitFor();
            if (deadline.failure().isPresent()) {
                throw deadline.failure().get();
            }
        } finally {
            killTree(process.toHandle());
        }
        if (process.exitValue() != 0) {
            Optional<ImportException> refused = proxy.problem().filter(p -> p.failure() == ImportFailure.BAD_URL);
            if (refused.isPresent()) {
                throw refused.get();
            }
            String reason = output.stream()
                    .filter(l -> l.startsWith("ERROR"))
                    .reduce((a, b) -> b)
                    .orElse("yt-dlp exited with code " + process.exitValue());
            throw new ImportException(ImportFailure.DOWNLOAD, reason.replaceFirst("^ERROR: ", "yt-dlp: "));
        }
        return output;
    }

    /**
     * Through the environment rather than {@code --proxy}: yt-dlp then also sends ftp:// links to the proxy (which
     * refuses them) instead of opening them itself, and ffmpeg, which it starts, inherits the same proxy. A
     * {@code no_proxy} list would let hosts bypass it, so none is passed on.
     */
    private static void routeThrough(GuardedProxy proxy, Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
        for (String variable : PROXY_VARIABLES) {
            environment.put(variable, proxy.url());
            environment.put(variable.toUpperCase(Locale.ROOT), proxy.url());
        }
    }

    private static void read(Process process, List<String> output, DownloadProgress progress) throws IOException {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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
        }
    }

    /** yt-dlp and the ffmpeg it started: the children are listed first, as they leave the tree when it dies. */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> children = root.descendants().toList();
        root.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static Path onlyFile(Path folder, List<String> output) throws IOException, ImportException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .max(Comparator.comparingLong(PageDownloader::size))
                    .orElseThrow(() -> new ImportException(
                            ImportFailure.DOWNLOAD, "yt-dlp produced no audio file: " + String.join(" / ", output)));
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
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

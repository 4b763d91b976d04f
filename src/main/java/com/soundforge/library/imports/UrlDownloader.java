package com.soundforge.library.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Downloads an audio file over HTTP(S) into a temporary file. It follows redirects itself, checking every hop
 * against the address guard, and connects only through a {@link GuardedProxy} that connects to the checked
 * addresses; a {@link TransferWatch} stops it when it overruns its overall time or falls below the minimum rate.
 */
@Component
class UrlDownloader {

    private final ImportProperties properties;
    private final IncomingFiles files;
    private final AddressGuard guard;

    @Autowired
    UrlDownloader(ImportProperties properties, IncomingFiles files) {
        this(properties, files, properties.guard());
    }

    UrlDownloader(ImportProperties properties, IncomingFiles files, AddressGuard guard) {
        this.properties = properties;
        this.files = files;
        this.guard = guard;
    }

    StoredUpload download(String url, DownloadProgress progress) throws ImportException {
        URI uri = parse(url);
        try (GuardedProxy proxy = GuardedProxy.start(guard, properties);
                TransferWatch watch = TransferWatch.start(properties, proxy::close)) {
            for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
                guard.resolve(uri.getHost());
                HttpURLConnection connection = open(uri, proxy);
                try {
                    int status = connection.getResponseCode();
                    if (status >= 300 && status < 400 && connection.getHeaderField("Location") != null) {
                        uri = parse(uri.resolve(connection.getHeaderField("Location"))
                                .toString());
                        continue;
                    }
                    if ((status == 403 || status == 502) && proxy.problem().isPresent()) {
                        throw proxy.problem().get();
                    }
                    return receive(connection, status, (got, total) -> {
                        watch.received(got);
                        progress.bytesReceived(got, total);
                    });
                } catch (SocketTimeoutException e) {
                    throw explained(
                            watch,
                            proxy,
                            new ImportException(
                                    ImportFailure.DOWNLOAD,
                                    "The server at " + uri.getHost() + " stopped answering (timed out).",
                                    e));
                } catch (IOException e) {
                    throw explained(
                            watch,
                            proxy,
                            new ImportException(ImportFailure.DOWNLOAD, "The download failed: " + e.getMessage(), e));
                } catch (ImportException e) {
                    throw explained(watch, proxy, e);
                } finally {
                    connection.disconnect();
                }
            }
        }
        throw new ImportException(
                ImportFailure.DOWNLOAD, "Too many redirects (more than " + properties.maxRedirects() + ").");
    }

    /**
     * What really ended the transfer: the progress listener's own exception (a cancelled job), or the watch's or
     * the proxy's reason when they cut the connection, rather than the broken connection it left.
     */
    private static ImportException explained(TransferWatch watch, GuardedProxy proxy, ImportException failure) {
        ProgressInputStream.rethrowListenerStop(failure);
        if (watch.failure().isPresent()) {
            return watch.failure().get();
        }
        if (failure instanceof WebPageException || failure.failure() == ImportFailure.TOO_LARGE) {
            return failure;
        }
        return proxy.problem()
                .map(problem -> problem.failure() == ImportFailure.BAD_URL
                        ? problem
                        : new ImportException(failure.failure(), problem.getMessage(), failure))
                .orElse(failure);
    }

    private StoredUpload receive(HttpURLConnection connection, int status, DownloadProgress progress)
            throws IOException, ImportException {
        if (status != 200) {
            boolean lastingRefusal = status >= 400 && status < 500 && status != 408 && status != 429;
            throw new ImportException(
                    lastingRefusal ? ImportFailure.BAD_URL : ImportFailure.DOWNLOAD,
                    ("The server answered " + status + " "
                                            + (connection.getResponseMessage() == null
                                                    ? ""
                                                    : connection.getResponseMessage()))
                                    .trim()
                            + ".");
        }
        long length = connection.getContentLengthLong();
        if (length > files.maxBytes()) {
            throw new ImportException(ImportFailure.TOO_LARGE, files.tooLargeMessage());
        }
        String type = connection.getContentType() == null
                ? ""
                : connection.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            throw new WebPageException();
        }
        try (InputStream body = new ProgressInputStream(connection.getInputStream(), length, progress)) {
            return files.receive(body);
        }
    }

    private HttpURLConnection open(URI uri, GuardedProxy proxy) throws ImportException {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(proxy.javaProxy());
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout((int) properties.connectTimeout().toMillis());
            // the proxy times the server out first and says so; this only guards against the proxy itself
            connection.setReadTimeout(
                    (int) properties.readTimeout().plusSeconds(5).toMillis());
            connection.setRequestProperty("User-Agent", "SoundForgeAlchemy/1.0");
            connection.setRequestProperty("Accept", "audio/*, application/octet-stream;q=0.8, */*;q=0.5");
            return connection;
        } catch (IOException e) {
            throw new ImportException(
                    ImportFailure.DOWNLOAD, "Could not connect to " + uri.getHost() + ": " + e.getMessage(), e);
        }
    }

    static URI parse(String url) throws ImportException {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ImportException(ImportFailure.BAD_URL, "Only http:// and https:// links can be imported.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ImportException(ImportFailure.BAD_URL, "This is not a valid URL: " + e.getReason() + ".");
        }
    }
}

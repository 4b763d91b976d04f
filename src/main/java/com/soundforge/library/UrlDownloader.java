package com.soundforge.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Downloads an audio file over HTTP(S) into a temporary file, following redirects itself so that every hop is
 * checked against the address guard, with connect and per-read timeouts and the upload size limit.
 */
@Component
class UrlDownloader {

    private final ImportProperties properties;
    private final TrackStorage storage;

    UrlDownloader(ImportProperties properties, TrackStorage storage) {
        this.properties = properties;
        this.storage = storage;
    }

    StoredUpload download(String url, DownloadProgress progress) throws ImportException {
        URI uri = parse(url);
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            if (!properties.allowPrivateAddresses()) {
                AddressGuard.requirePublic(uri.getHost());
            }
            HttpURLConnection connection = open(uri);
            try {
                int status = connection.getResponseCode();
                if (status >= 300 && status < 400 && connection.getHeaderField("Location") != null) {
                    uri = parse(uri.resolve(connection.getHeaderField("Location")).toString());
                    continue;
                }
                return receive(connection, status, progress);
            } catch (SocketTimeoutException e) {
                throw new ImportException(ImportFailure.DOWNLOAD, "The server at " + uri.getHost()
                        + " stopped answering (timed out).", e);
            } catch (IOException e) {
                throw new ImportException(ImportFailure.DOWNLOAD, "The download failed: " + e.getMessage(), e);
            } finally {
                connection.disconnect();
            }
        }
        throw new ImportException(ImportFailure.DOWNLOAD, "Too many redirects (more than "
                + properties.maxRedirects() + ").");
    }

    private StoredUpload receive(HttpURLConnection connection, int status, DownloadProgress progress)
            throws IOException, ImportException {
        if (status != 200) {
            boolean lastingRefusal = status >= 400 && status < 500 && status != 408 && status != 429;
            throw new ImportException(lastingRefusal ? ImportFailure.BAD_URL : ImportFailure.DOWNLOAD,
                    ("The server answered " + status + " "
                            + (connection.getResponseMessage() == null ? "" : connection.getResponseMessage())).trim()
                            + ".");
        }
        long length = connection.getContentLengthLong();
        if (length > storage.maxBytes()) {
            throw new ImportException(ImportFailure.TOO_LARGE, storage.tooLargeMessage());
        }
        String type = connection.getContentType() == null ? "" : connection.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            throw new WebPageException();
        }
        try (InputStream body = new ProgressInputStream(connection.getInputStream(), length, progress)) {
            return storage.receive(body);
        }
    }

    private HttpURLConnection open(URI uri) throws ImportException {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setInstanceFollowRedirects(false);
            connection.setConnectTimeout((int) properties.connectTimeout().toMillis());
            connection.setReadTimeout((int) properties.readTimeout().toMillis());
            connection.setRequestProperty("User-Agent", "SoundForgeAlchemy/1.0");
            connection.setRequestProperty("Accept", "audio/*, application/octet-stream;q=0.8, */*;q=0.5");
            return connection;
        } catch (IOException e) {
            throw new ImportException(ImportFailure.DOWNLOAD, "Could not connect to " + uri.getHost() + ": "
                    + e.getMessage(), e);
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

package com.soundforge.library.imports.spotify;

import java.io.IOException;
import java.net.URI;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ParseException;
import se.michaelthelin.spotify.IHttpManager;
import se.michaelthelin.spotify.SpotifyApi;
import se.michaelthelin.spotify.exceptions.SpotifyWebApiException;

/**
 * The client library always sends the token request to accounts.spotify.com; this sends it to the configured
 * accounts URL instead (the real one by default, a local stand-in in tests) and leaves every other call alone.
 */
final class AccountsRedirectingHttpManager implements IHttpManager {

    private final IHttpManager delegate;
    private final URI accounts;

    AccountsRedirectingHttpManager(IHttpManager delegate, URI accounts) {
        this.delegate = delegate;
        this.accounts = accounts;
    }

    @Override
    public String get(URI uri, Header[] headers) throws IOException, SpotifyWebApiException, ParseException {
        return delegate.get(redirect(uri), headers);
    }

    @Override
    public String post(URI uri, Header[] headers, HttpEntity body)
            throws IOException, SpotifyWebApiException, ParseException {
        return delegate.post(redirect(uri), headers, body);
    }

    @Override
    public String put(URI uri, Header[] headers, HttpEntity body)
            throws IOException, SpotifyWebApiException, ParseException {
        return delegate.put(redirect(uri), headers, body);
    }

    @Override
    public String delete(URI uri, Header[] headers, HttpEntity body)
            throws IOException, SpotifyWebApiException, ParseException {
        return delegate.delete(redirect(uri), headers, body);
    }

    private URI redirect(URI uri) {
        if (!SpotifyApi.DEFAULT_AUTHENTICATION_HOST.equals(uri.getHost())) {
            return uri;
        }
        return accounts.resolve(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}

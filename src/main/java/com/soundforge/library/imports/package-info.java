/**
 * Importing audio into the library: uploads, links to audio files, web pages fetched with yt-dlp and Spotify
 * links, with the address guard that keeps every download off private networks, the transfer limits, and the
 * checks a file passes before it becomes a track. Other modules use {@link ImportService} and its exceptions,
 * results and progress callback (this package's public types); the downloaders stay package-private.
 */
@NamedInterface("imports")
package com.soundforge.library.imports;

import org.springframework.modulith.NamedInterface;

/** Spotify track and playlist links: catalogue metadata through the Spotify Web API (client credentials). */
package com.soundforge.library.imports.spotify;

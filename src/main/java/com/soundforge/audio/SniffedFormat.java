package com.soundforge.audio;

/**
 * The result of looking at a file's content.
 *
 * @param audioOffset byte offset where the decoder should start (after an ID3 tag or leading junk in an MP3)
 */
public record SniffedFormat(AudioFileType type, long audioOffset) {}

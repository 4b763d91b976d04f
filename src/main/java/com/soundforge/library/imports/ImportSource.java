package com.soundforge.library.imports;

import com.soundforge.audio.Tags;

/** Where an imported file came from, with catalogue facts that win over the file's own tags when present. */
record ImportSource(String url, Tags tags, String isrc, String coverUrl) {

    static ImportSource of(String url) {
        return new ImportSource(url, null, null, null);
    }
}

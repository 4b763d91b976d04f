package com.soundforge.daw.export;

import com.soundforge.daw.engine.ExportWavWriter;
import java.util.Arrays;
import java.util.Optional;

/** What an export writes: a stereo WAV master, or a ZIP of one 24-bit WAV per sounding track. */
public enum DawExportFormat {
    WAV24("wav24", ".wav"),
    WAV32F("wav32f", ".wav"),
    STEMS_ZIP("stems-zip", ".zip");

    private final String wire;
    private final String extension;

    DawExportFormat(String wire, String extension) {
        this.wire = wire;
        this.extension = extension;
    }

    public String wire() {
        return wire;
    }

    public String extension() {
        return extension;
    }

    ExportWavWriter.Encoding encoding() {
        return this == WAV32F ? ExportWavWriter.Encoding.FLOAT_32 : ExportWavWriter.Encoding.PCM_24;
    }

    public static Optional<DawExportFormat> fromWire(String wire) {
        return Arrays.stream(values()).filter(f -> f.wire.equals(wire)).findFirst();
    }
}

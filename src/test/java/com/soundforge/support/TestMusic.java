package com.soundforge.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small groove with a known answer: a kick on every beat, a snare-like noise burst on 2 and 4, and sustained
 * harmonic chords of a minor-key progression (i–iv–V–i), one chord per bar, as a 16-bit stereo WAV.
 */
public final class TestMusic {

    private static final int RATE = 44_100;

    private TestMusic() {}

    /** A-minor groove (Am, Dm, E, Am) at {@code bpm}. */
    public static Path writeMinorGroove(Path file, double bpm, double seconds) throws IOException {
        int[][] chords = {{57, 60, 64}, {50, 53, 57}, {52, 56, 59}, {57, 60, 64}};
        long frames = Math.round(seconds * RATE);
        double beat = 60.0 / bpm;
        java.util.Random noise = new java.util.Random(42);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(header(frames));
            ByteBuffer block = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            for (long f = 0; f < frames; f++) {
                double t = f / (double) RATE;
                long beatIndex = (long) Math.floor(t / beat);
                double sinceBeat = t - beatIndex * beat;
                double kick = Math.sin(2 * Math.PI * (50 + 80 * Math.exp(-sinceBeat * 40)) * sinceBeat)
                        * Math.exp(-sinceBeat * 12)
                        * 0.7;
                double snare = beatIndex % 2 == 1 ? (noise.nextDouble() * 2 - 1) * Math.exp(-sinceBeat * 30) * 0.3 : 0;
                int[] chord = chords[(int) (beatIndex / 4 % chords.length)];
                double harmony = 0;
                for (int note : chord) {
                    double hz = 440 * Math.pow(2, (note - 69) / 12.0);
                    for (int h = 1; h <= 4; h++) {
                        harmony += Math.sin(2 * Math.PI * hz * h * t) / (h * h);
                    }
                }
                double sample = Math.max(-1, Math.min(1, kick + snare + harmony * 0.08));
                short value = (short) Math.round(sample * 32000);
                block.clear();
                block.putShort(value).putShort(value);
                out.write(block.array());
            }
        }
        return file;
    }

    private static byte[] header(long frames) {
        int dataBytes = (int) (frames * 4);
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        h.put("fmt ".getBytes())
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 2)
                .putInt(RATE)
                .putInt(RATE * 4)
                .putShort((short) 4)
                .putShort((short) 16);
        h.put("data".getBytes()).putInt(dataBytes);
        return h.array();
    }
}

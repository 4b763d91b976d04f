package com.soundforge.daw.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.AudioDecoder;
import com.soundforge.audio.PcmStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWavWriterTest {

    @TempDir
    Path dir;

    @Test
    void pcm24ClipsToFullScaleAndRoundsToTheNearestStep() {
        assertThat(ExportWavWriter.pcm24(1.5f)).isEqualTo(8_388_607);
        assertThat(ExportWavWriter.pcm24(-2f)).isEqualTo(-8_388_607);
        assertThat(ExportWavWriter.pcm24(0.4f / 8_388_607)).isZero();
        assertThat(ExportWavWriter.pcm24(0.6f / 8_388_607)).isEqualTo(1);
    }

    @Test
    void bothEncodingsDecodeBackAndFloatKeepsValuesAboveOne() throws Exception {
        float[] left = {0.5f, 1.5f, -0.25f};
        float[] right = {-0.5f, 0f, 0.125f};
        for (ExportWavWriter.Encoding encoding : ExportWavWriter.Encoding.values()) {
            Path file = dir.resolve(encoding + ".wav");
            try (ExportWavWriter writer = new ExportWavWriter(file, 48_000, encoding)) {
                writer.write(left, right, 3);
            }
            try (PcmStream pcm = AudioDecoder.open(file)) {
                assertThat(pcm.info().sampleRateHz()).isEqualTo(48_000);
                assertThat(pcm.info().channels()).isEqualTo(2);
                assertThat(pcm.info().declaredFrames()).isEqualTo(3);
                float[][] planar = new float[2][3];
                assertThat(pcm.read(planar, 3)).isEqualTo(3);
                assertThat(planar[0][1]).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-6f));
                assertThat(planar[1][2]).isEqualTo(0.125f, org.assertj.core.api.Assertions.within(1e-6f));
            }
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(dir.resolve("FLOAT_32.wav"));
        int data = bytes.length - 3 * 8;
        float kept = java.nio.ByteBuffer.wrap(bytes, data + 8, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getFloat();
        assertThat(kept).as("the decoder clamps, the file keeps").isEqualTo(1.5f);
    }
}

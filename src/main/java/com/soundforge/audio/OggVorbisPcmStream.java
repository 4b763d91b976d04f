package com.soundforge.audio;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes the first logical Vorbis stream of an Ogg file with JOrbis. The last page's granule position
 * trims the encoder's padding; a stream that ends without its last page is reported as truncated.
 */
final class OggVorbisPcmStream implements PcmStream {

    private static final int READ_BYTES = 8192;

    private final SourceInput in;
    private final SyncState sync = new SyncState();
    private final StreamState stream = new StreamState();
    private final Page page = new Page();
    private final Packet packet = new Packet();
    private final Info vorbis = new Info();
    private final DspState dsp = new DspState();
    private final Block block = new Block(dsp);
    private final float[][][] pcm = new float[1][][];
    private int[] pcmIndex;
    private int serial;
    private boolean lastPageSeen;
    private long endGranule = -1;
    private long framesOut;
    private StreamInfo info;

    /** Reads the three Vorbis headers, so a stream exists only once its format is known. */
    private OggVorbisPcmStream(SourceInput in) throws IOException, AudioDecodeException {
        this.in = in;
        readHeaders();
    }

    static PcmStream open(Path file) throws AudioDecodeException {
        SourceInput in = SourceInput.open(file, 0);
        try {
            return new OggVorbisPcmStream(in);
        } catch (Exception e) {
            in.closeQuietly();
            throw DecodeFailures.of(e, "Vorbis");
        }
    }

    private void readHeaders() throws IOException, AudioDecodeException {
        sync.init();
        if (!nextPage(true)) {
            throw AudioDecodeException.corrupt("the file holds no complete Ogg page");
        }
        Comment comment = new Comment();
        vorbis.init();
        comment.init();
        stream.pagein(page);
        int headers = 0;
        while (headers < 3) {
            int result = stream.packetout(packet);
            if (result == 0 && !nextPage(false)) {
                throw AudioDecodeException.corrupt("the Vorbis headers are incomplete");
            } else if (result < 0 || (result == 1 && vorbis.synthesis_headerin(comment, packet) < 0)) {
                throw AudioDecodeException.corrupt("a Vorbis header packet is damaged");
            } else if (result == 1) {
                headers++;
            }
        }
        dsp.synthesis_init(vorbis);
        block.init(dsp);
        pcmIndex = new int[vorbis.channels];
        info = new StreamInfo(AudioFileType.OGG_VORBIS.codecId(), "Vorbis", vorbis.rate, vorbis.channels, -1);
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    @Override
    public int read(float[][] planar, int maxFrames) throws AudioDecodeException {
        try {
            int produced = 0;
            while (produced < maxFrames) {
                int available = dsp.synthesis_pcmout(pcm, pcmIndex);
                if (available > 0) {
                    long room = endGranule >= 0 ? Math.max(0, endGranule - framesOut) : Long.MAX_VALUE;
                    int frames = (int) Math.min(Math.min(available, maxFrames - produced), room);
                    copy(planar, produced, frames);
                    dsp.synthesis_read(room == 0 ? available : frames);
                    produced += frames;
                    framesOut += frames;
                } else if (!nextAudioPacket()) {
                    break;
                }
            }
            return produced > 0 ? produced : -1;
        } catch (Exception e) {
            throw DecodeFailures.of(e, "Vorbis");
        }
    }

    private void copy(float[][] planar, int at, int frames) {
        for (int channel = 0; channel < info.channels(); channel++) {
            float[] source = pcm[0][channel];
            int offset = pcmIndex[channel];
            float[] target = planar[channel];
            for (int i = 0; i < frames; i++) {
                target[at + i] = SampleConverter.clamp(source[offset + i]);
            }
        }
    }

    private boolean nextAudioPacket() throws IOException, AudioDecodeException {
        while (true) {
            int result = stream.packetout(packet);
            if (result < 0) {
                throw AudioDecodeException.corrupt("the Ogg stream has missing or damaged pages");
            }
            if (result == 1) {
                if (block.synthesis(packet) == 0) {
                    dsp.synthesis_blockin(block);
                }
                return true;
            }
            if (lastPageSeen) {
                return false;
            }
            if (!nextPage(false)) {
                throw AudioDecodeException.corrupt("the Ogg Vorbis stream ends before its last page");
            }
        }
    }

    private boolean nextPage(boolean first) throws IOException, AudioDecodeException {
        while (true) {
            int result = sync.pageout(page);
            if (result < 0) {
                throw AudioDecodeException.corrupt("the Ogg stream has damaged bytes between pages");
            }
            if (result == 1 && first) {
                serial = page.serialno();
                stream.init(serial);
                return true;
            }
            if (result == 1 && page.serialno() == serial) {
                if (page.eos() != 0) {
                    lastPageSeen = true;
                    endGranule = page.granulepos();
                }
                stream.pagein(page);
                return true;
            }
            if (result == 0) {
                int at = sync.buffer(READ_BYTES);
                int read = in.read(sync.data, at, READ_BYTES);
                if (read <= 0) {
                    return false;
                }
                sync.wrote(read);
            }
        }
    }

    @Override
    public void close() {
        in.closeQuietly();
    }
}

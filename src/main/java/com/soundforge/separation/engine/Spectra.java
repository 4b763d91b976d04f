package com.soundforge.separation.engine;

/** One chunk's spectra and working planes, flattened {@code [frame * bins + bin]}; reused between chunks. */
final class Spectra {

    static final int VOCALS = 0;
    static final int DRUMS = 1;
    static final int BASS = 2;
    static final int OTHER = 3;
    static final int SOURCES = 4;

    final int channels;
    final int bins;
    final int capacityFrames;
    final float[][] re;
    final float[][] im;
    /** Mean power over channels, then scratch. */
    final float[] power;

    final float[] harmonic;
    final float[] percussive;
    /** Inter-channel coherence in [0, 1] (1 for mono). */
    final float[] centre;
    /** Largest share of the bin's power a centred source can have (1 for mono). */
    final float[] centredShare;
    /** The same bound over a small diffuse floor, tolerant of a dominant source slightly off centre (1 for mono). */
    final float[] looseCentredShare;
    /** How steady (unmodulated) the frequency of the bin's dominant partial is, in [0, 1]. */
    final float[] steady;
    /** Source power estimates. */
    final float[][] sourcePower;

    int frames;

    Spectra(int channels, int bins, int capacityFrames) {
        this.channels = channels;
        this.bins = bins;
        this.capacityFrames = capacityFrames;
        int size = bins * capacityFrames;
        re = new float[channels][size];
        im = new float[channels][size];
        power = new float[size];
        harmonic = new float[size];
        percussive = new float[size];
        centre = new float[size];
        centredShare = new float[size];
        looseCentredShare = new float[size];
        steady = new float[size];
        sourcePower = new float[SOURCES][size];
    }
}

package com.soundforge.analysis.engine.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure analyzer's second step: section boundaries where the novelty stands out (more than half a standard
 * deviation above its mean): with a beat grid only at phrase starts, without one at novelty peaks a minimum distance
 * apart.
 */
public final class SectionBoundaries {

    /** Novelty stands out when it exceeds its mean by this many standard deviations. */
    private static final double STANDOUT_SDS = 0.5;

    private SectionBoundaries() {}

    /** The phrase starts (seconds) whose novelty stands out. */
    public static List<Double> significant(List<Double> candidates, double[] novelty, double hop, int n) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        double m = 0;
        double s = 0;
        for (double v : novelty) {
            m += v;
        }
        m /= novelty.length;
        for (double v : novelty) {
            s += (v - m) * (v - m);
        }
        s = Math.sqrt(s / novelty.length);
        List<Double> out = new ArrayList<>();
        for (double t : candidates) {
            if (novelty[Timeline.frame(t, hop, n)] > m + STANDOUT_SDS * s) {
                out.add(t);
            }
        }
        return out;
    }

    /** Novelty peaks (seconds) that stand out, the highest within {@code minSeconds} either side. */
    public static List<Double> peaks(double[] novelty, double hop, double minSeconds) {
        int n = novelty.length;
        int w = Math.max(1, (int) Math.round(minSeconds / hop));
        double m = 0;
        double s = 0;
        for (double v : novelty) {
            m += v;
        }
        m /= n;
        for (double v : novelty) {
            s += (v - m) * (v - m);
        }
        s = Math.sqrt(s / n);
        List<Double> out = new ArrayList<>();
        for (int i = w; i < n - w; i++) {
            boolean isPeak = novelty[i] > m + STANDOUT_SDS * s;
            for (int j = i - w; j <= i + w && isPeak; j++) {
                if (novelty[j] > novelty[i] || (novelty[j] == novelty[i] && j < i)) {
                    isPeak = false;
                }
            }
            if (isPeak) {
                out.add(i * hop);
            }
        }
        return out;
    }
}

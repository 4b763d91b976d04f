package com.soundforge.separation.demucs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Demucs' tqdm progress ({@code " 45%|████▌     | 26.3/58.5 [00:12<00:15, 2.1seconds/s]"}) into an overall
 * fraction. Bags of models (htdemucs_ft, mdx_extra: four models each) run the bar once per model, so a drop
 * in percentage starts the next pass.
 */
final class DemucsProgressParser {

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%\\|");

    private final int passes;
    private int pass;
    private int lastPercent = -1;

    DemucsProgressParser(int passes) {
        this.passes = Math.max(1, passes);
    }

    static int passesFor(String model) {
        return switch (model) {
            case "htdemucs_ft", "mdx_extra" -> 4;
            default -> 1;
        };
    }

    /** The overall fraction after this piece of stderr (a line or a carriage-return segment), or -1 if none. */
    double accept(String segment) {
        Matcher matcher = PERCENT.matcher(segment);
        double fraction = -1;
        while (matcher.find()) {
            int percent = Math.min(100, Integer.parseInt(matcher.group(1)));
            if (percent < lastPercent && pass + 1 < passes) {
                pass++;
            }
            lastPercent = percent;
            fraction = Math.min(1.0, (pass + percent / 100.0) / passes);
        }
        return fraction;
    }
}

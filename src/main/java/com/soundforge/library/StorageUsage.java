package com.soundforge.library;

import java.util.Locale;

/** How much a user stores, against their quota ({@code quotaBytes} 0 = unlimited). */
public record StorageUsage(long usedBytes, long quotaBytes) {

    public boolean limited() {
        return quotaBytes > 0;
    }

    /** Used part of the quota, 0..1 (0 when unlimited). */
    public double fraction() {
        return limited() ? Math.min(1.0, (double) usedBytes / quotaBytes) : 0;
    }

    /** "1.2 GB of 20 GB used", or "1.2 GB used" without a quota. */
    public String describe() {
        return size(usedBytes) + (limited() ? " of " + size(quotaBytes) : "") + " used";
    }

    /** A size for people, in the binary units the settings use (sfa.storage.user-quota=20GB): "320 MB", "1.2 GB". */
    public static String size(long bytes) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " bytes";
        }
        String number = value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value));
        return number.replaceFirst("\\.0$", "") + " " + units[unit];
    }
}

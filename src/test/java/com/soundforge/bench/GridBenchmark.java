package com.soundforge.bench;

import static com.soundforge.db.Tables.TRACK;

import com.microsoft.playwright.Page;
import com.soundforge.e2e.BrowserSupport;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaWebTest;
import com.soundforge.support.TestUsers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStepN;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The library grid in real Chromium with 10,000 tracks: time to first rows and to scroll to the last row, next to
 * the same measurements with 100 tracks (the reference, same run). Run with bench/grid.sh.
 */
@Tag("bench")
@SfaWebTest
class GridBenchmark {

    private static final int RUNS = 5;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    DSLContext db;

    @Test
    void gridWithTenThousandTracks() {
        try (BrowserSupport browsers = new BrowserSupport().start()) {
            double[] small = measure(browsers, seed(100));
            double[] large = measure(browsers, seed(10_000));
            System.out.printf(
                    "BENCH grid 100 tracks: first rows %.0f ms, scroll to end %.0f ms (median of %d)%n",
                    small[0], small[1], RUNS);
            System.out.printf(
                    "BENCH grid 10000 tracks: first rows %.0f ms, scroll to end %.0f ms (median of %d)%n",
                    large[0], large[1], RUNS);
            System.out.printf(
                    "BENCH grid ratio 10000/100: first rows %.2f, scroll to end %.2f%n",
                    large[0] / small[0], large[1] / small[1]);
        }
    }

    private double[] measure(BrowserSupport browsers, UserAccount user) {
        double[] firstRows = new double[RUNS];
        double[] scrolls = new double[RUNS];
        int count = db.fetchCount(TRACK, TRACK.OWNER_ID.eq(user.id()));
        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            page.navigate("/");
            page.waitForSelector("#track-grid vaadin-grid-cell-content:has-text('Bench Track')");
            firstRows[run] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            page.evaluate("n => document.querySelector('#track-grid').scrollToIndex(n - 1)", count);
            page.waitForSelector("#track-grid vaadin-grid-cell-content:has-text('Bench Track %05d')".formatted(0));
            scrolls[run] = (System.nanoTime() - start) / 1e6;
        }
        page.context().close();
        return new double[] {median(firstRows), median(scrolls)};
    }

    /** Inserts tracks straight into the table: the grid reads rows, not files. Oldest is number 00000. */
    private UserAccount seed(int tracks) {
        UserAccount user = TestUsers.create(users);
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        List<InsertValuesStepN<?>> batches = new ArrayList<>();
        for (int from = 0; from < tracks; from += 1000) {
            var insert = db.insertInto(
                    TRACK,
                    TRACK.ID,
                    TRACK.OWNER_ID,
                    TRACK.TITLE,
                    TRACK.ARTIST,
                    TRACK.ALBUM,
                    TRACK.ORIGINAL_FILENAME,
                    TRACK.CODEC,
                    TRACK.SAMPLE_RATE_HZ,
                    TRACK.CHANNELS,
                    TRACK.DURATION_MS,
                    TRACK.FILE_SIZE_BYTES,
                    TRACK.CONTENT_HASH,
                    TRACK.STORAGE_PATH,
                    TRACK.CREATED_AT);
            for (int i = from; i < Math.min(tracks, from + 1000); i++) {
                String hash = "%064d".formatted(i);
                insert = insert.values(
                        UUID.randomUUID(),
                        user.id(),
                        "Bench Track %05d".formatted(i),
                        "Artist " + (i % 97),
                        "Album " + (i % 31),
                        "bench.wav",
                        "wav",
                        44_100,
                        2,
                        180_000L + i,
                        30_000_000L,
                        hash,
                        user.id() + "/" + hash + ".wav",
                        base.plusSeconds(i));
            }
            insert.execute();
        }
        return user;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

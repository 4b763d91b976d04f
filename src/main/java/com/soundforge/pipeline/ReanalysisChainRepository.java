package com.soundforge.pipeline;

import static com.soundforge.db.Tables.LIBRARY_REANALYSIS_CHAIN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Each user's running library re-analysis chain ({@code library_reanalysis_chain}): a row while it runs, whether a
 * change of range is waiting for its next look, and when it last looked. Every step is one statement, so a change
 * and the chain's end cannot both miss each other, on one node or several.
 */
@Repository
class ReanalysisChainRepository {

    private final DSLContext db;

    ReanalysisChainRepository(DSLContext db) {
        this.db = db;
    }

    /** Starts the user's chain; false when one runs already. */
    boolean start(UUID userId) {
        return db.insertInto(LIBRARY_REANALYSIS_CHAIN)
                        .set(LIBRARY_REANALYSIS_CHAIN.USER_ID, userId)
                        .set(LIBRARY_REANALYSIS_CHAIN.RETRY_FAILED, false)
                        .set(LIBRARY_REANALYSIS_CHAIN.LOOKED_AT, now())
                        .onConflictDoNothing()
                        .execute()
                > 0;
    }

    /** Joins the user's chain if it looked since {@code aliveSince}: its next look serves the change. */
    boolean join(UUID userId, Instant aliveSince) {
        return db.update(LIBRARY_REANALYSIS_CHAIN)
                        .set(LIBRARY_REANALYSIS_CHAIN.RETRY_FAILED, true)
                        .where(LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId))
                        .and(LIBRARY_REANALYSIS_CHAIN.LOOKED_AT.ge(aliveSince.atOffset(ZoneOffset.UTC)))
                        .execute()
                > 0;
    }

    /** Takes over a chain that has not looked since {@code aliveSince} (its job was lost). */
    boolean takeOver(UUID userId, Instant aliveSince) {
        return db.update(LIBRARY_REANALYSIS_CHAIN)
                        .set(LIBRARY_REANALYSIS_CHAIN.RETRY_FAILED, false)
                        .set(LIBRARY_REANALYSIS_CHAIN.LOOKED_AT, now())
                        .where(LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId))
                        .and(LIBRARY_REANALYSIS_CHAIN.LOOKED_AT.lt(aliveSince.atOffset(ZoneOffset.UTC)))
                        .execute()
                > 0;
    }

    /** A look starts: notes it, and answers whether a change joined since the last one (clearing that). */
    boolean lookStarts(UUID userId) {
        boolean changed = db.update(LIBRARY_REANALYSIS_CHAIN)
                        .set(LIBRARY_REANALYSIS_CHAIN.RETRY_FAILED, false)
                        .set(LIBRARY_REANALYSIS_CHAIN.LOOKED_AT, now())
                        .where(LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId))
                        .and(LIBRARY_REANALYSIS_CHAIN.RETRY_FAILED)
                        .execute()
                > 0;
        if (!changed) {
            db.update(LIBRARY_REANALYSIS_CHAIN)
                    .set(LIBRARY_REANALYSIS_CHAIN.LOOKED_AT, now())
                    .where(LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId))
                    .execute();
        }
        return changed;
    }

    /** Ends the user's chain, unless a change joined it during the last look (then it must look again). */
    boolean end(UUID userId) {
        if (db.deleteFrom(LIBRARY_REANALYSIS_CHAIN)
                        .where(LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId))
                        .and(LIBRARY_REANALYSIS_CHAIN.RETRY_FAILED.isFalse())
                        .execute()
                > 0) {
            return true;
        }
        return !db.fetchExists(LIBRARY_REANALYSIS_CHAIN, LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId));
    }

    /** Whether the user's chain runs. */
    boolean running(UUID userId) {
        return db.fetchExists(LIBRARY_REANALYSIS_CHAIN, LIBRARY_REANALYSIS_CHAIN.USER_ID.eq(userId));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

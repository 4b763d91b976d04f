package com.soundforge.security;

import static com.soundforge.db.Tables.API_KEY;
import static com.soundforge.db.Tables.APP_USER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {

    /** A key that may be used right now, with its owner. */
    record ActiveKey(UUID keyId, Instant lastUsedAt, UserAccount owner) {}

    private final DSLContext db;

    ApiKeyRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID ownerId, String name, String keyHash, Instant createdAt) {
        db.insertInto(API_KEY)
                .set(API_KEY.ID, id)
                .set(API_KEY.OWNER_ID, ownerId)
                .set(API_KEY.NAME, name)
                .set(API_KEY.KEY_HASH, keyHash)
                .set(API_KEY.CREATED_AT, utc(createdAt))
                .execute();
    }

    List<ApiKey> findByOwner(UUID ownerId) {
        return db.selectFrom(API_KEY)
                .where(API_KEY.OWNER_ID.eq(ownerId))
                .orderBy(API_KEY.CREATED_AT.desc(), API_KEY.ID)
                .fetch(r -> new ApiKey(
                        r.getId(),
                        r.getName(),
                        instant(r.getCreatedAt()),
                        instant(r.getLastUsedAt()),
                        instant(r.getRevokedAt())));
    }

    /**
     * The active key with this hash. Spring translates a failing query into its own DataAccessException, but not
     * jOOQ's exception for a connection that could not be had at all: that one is translated here, so callers (the
     * API-key filter answers 503) see one kind of database failure.
     */
    Optional<ActiveKey> findActiveByHash(String keyHash) {
        try {
            return findActive(keyHash);
        } catch (org.jooq.exception.DataAccessException noConnection) {
            throw new DataAccessResourceFailureException(noConnection.getMessage(), noConnection);
        }
    }

    private Optional<ActiveKey> findActive(String keyHash) {
        return db.select(API_KEY.ID, API_KEY.LAST_USED_AT, APP_USER.ID, APP_USER.USERNAME, APP_USER.ROLE)
                .from(API_KEY)
                .join(APP_USER)
                .on(APP_USER.ID.eq(API_KEY.OWNER_ID))
                .where(API_KEY.KEY_HASH.eq(keyHash).and(API_KEY.REVOKED_AT.isNull()))
                .fetchOptional(r -> new ActiveKey(
                        r.value1(),
                        instant(r.value2()),
                        new UserAccount(r.value3(), r.value4(), Role.valueOf(r.value5()))));
    }

    /** Revokes the owner's key (keeping the first revocation time); false when the owner has no such key. */
    boolean revoke(UUID ownerId, UUID keyId, Instant at) {
        return db.update(API_KEY)
                        .set(API_KEY.REVOKED_AT, DSL.coalesce(API_KEY.REVOKED_AT, DSL.val(utc(at))))
                        .where(API_KEY.ID.eq(keyId).and(API_KEY.OWNER_ID.eq(ownerId)))
                        .execute()
                > 0;
    }

    boolean isActive(UUID keyId) {
        return db.fetchExists(API_KEY, API_KEY.ID.eq(keyId).and(API_KEY.REVOKED_AT.isNull()));
    }

    void markUsed(UUID keyId, Instant at) {
        db.update(API_KEY)
                .set(API_KEY.LAST_USED_AT, utc(at))
                .where(API_KEY.ID.eq(keyId))
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

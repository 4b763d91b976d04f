package com.soundforge.security;

import static com.soundforge.db.Tables.APP_USER;

import com.soundforge.db.tables.records.AppUserRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table, in and out as {@link UserAccount}s and {@link UserCredentials}. */
@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    /** Names match without regard to case: 'Alice' finds 'alice'. */
    Optional<UserAccount> findByUsername(String username) {
        return findRecord(username).map(UserRepository::toAccount);
    }

    Optional<UserAccount> findById(UUID id) {
        return db.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserRepository::toAccount);
    }

    /** What signing in checks, found as {@link #findByUsername} finds the account. */
    Optional<UserCredentials> findCredentials(String username) {
        return findRecord(username)
                .map(r -> new UserCredentials(r.getUsername(), r.getPasswordHash(), Role.valueOf(r.getRole())));
    }

    List<UserAccount> findAll() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch().map(UserRepository::toAccount);
    }

    private Optional<AppUserRecord> findRecord(String username) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME_KEY.eq(DSL.lower(username)))
                .fetchOptional();
    }

    private static UserAccount toAccount(AppUserRecord r) {
        return new UserAccount(r.getId(), r.getUsername(), Role.valueOf(r.getRole()));
    }

    boolean existsByUsername(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME_KEY.eq(DSL.lower(username)));
    }

    boolean anyAdminExists() {
        return db.fetchExists(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.name()));
    }

    void insert(UUID id, String username, String passwordHash, Role role) {
        db.insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.USERNAME_KEY, DSL.lower(username))
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role.name())
                .execute();
    }
}

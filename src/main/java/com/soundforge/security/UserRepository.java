package com.soundforge.security;

import static com.soundforge.db.Tables.APP_USER;

import com.soundforge.db.tables.records.AppUserRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    /** Names match without regard to case: 'Alice' finds 'alice'. */
    Optional<AppUserRecord> findByUsername(String username) {
        return db.selectFrom(APP_USER).where(APP_USER.USERNAME_KEY.eq(DSL.lower(username))).fetchOptional();
    }

    List<AppUserRecord> findAll() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch();
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

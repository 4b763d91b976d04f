package com.soundforge.daw;

import static com.soundforge.db.Tables.APP_USER;
import static com.soundforge.db.Tables.DAW_PROJECT;
import static com.soundforge.db.Tables.DAW_PROJECT_MEMBER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The collaborators of projects (the owner is the project row's, not a member row). */
@Repository
class DawMemberRepository {

    private final DSLContext db;

    DawMemberRepository(DSLContext db) {
        this.db = db;
    }

    /** The user's collaborator role in the project, if they have one. */
    Optional<ProjectRole> roleOf(UUID projectId, UUID userId) {
        return db.select(DAW_PROJECT_MEMBER.ROLE)
                .from(DAW_PROJECT_MEMBER)
                .where(DAW_PROJECT_MEMBER.PROJECT_ID.eq(projectId).and(DAW_PROJECT_MEMBER.USER_ID.eq(userId)))
                .fetchOptional(r -> ProjectRole.collaborator(r.value1()).orElseThrow());
    }

    /** Gives the user the role, or changes theirs; true when they had no access before. */
    boolean put(UUID projectId, UUID userId, ProjectRole role) {
        int updated = db.update(DAW_PROJECT_MEMBER)
                .set(DAW_PROJECT_MEMBER.ROLE, role.wire())
                .where(DAW_PROJECT_MEMBER.PROJECT_ID.eq(projectId).and(DAW_PROJECT_MEMBER.USER_ID.eq(userId)))
                .execute();
        if (updated > 0) {
            return false;
        }
        db.insertInto(DAW_PROJECT_MEMBER)
                .set(DAW_PROJECT_MEMBER.PROJECT_ID, projectId)
                .set(DAW_PROJECT_MEMBER.USER_ID, userId)
                .set(DAW_PROJECT_MEMBER.ROLE, role.wire())
                .set(DAW_PROJECT_MEMBER.ADDED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
        return true;
    }

    boolean remove(UUID projectId, UUID userId) {
        return db.deleteFrom(DAW_PROJECT_MEMBER)
                        .where(DAW_PROJECT_MEMBER.PROJECT_ID.eq(projectId).and(DAW_PROJECT_MEMBER.USER_ID.eq(userId)))
                        .execute()
                > 0;
    }

    /** The project's collaborators by name (not its owner). */
    List<ProjectMember> of(UUID projectId) {
        return db.select(APP_USER.ID, APP_USER.USERNAME, DAW_PROJECT_MEMBER.ROLE, DAW_PROJECT_MEMBER.ADDED_AT)
                .from(DAW_PROJECT_MEMBER)
                .join(APP_USER)
                .on(APP_USER.ID.eq(DAW_PROJECT_MEMBER.USER_ID))
                .where(DAW_PROJECT_MEMBER.PROJECT_ID.eq(projectId))
                .orderBy(APP_USER.USERNAME)
                .fetch(DawMemberRepository::toMember);
    }

    /** The ids of the projects shared with the user, with their role in each. */
    List<SharedProject> sharedWith(UUID userId) {
        return db.select(DAW_PROJECT_MEMBER.PROJECT_ID, DAW_PROJECT_MEMBER.ROLE)
                .from(DAW_PROJECT_MEMBER)
                .join(DAW_PROJECT)
                .on(DAW_PROJECT.ID.eq(DAW_PROJECT_MEMBER.PROJECT_ID))
                .where(DAW_PROJECT_MEMBER.USER_ID.eq(userId))
                .fetch(r -> new SharedProject(
                        r.value1(), ProjectRole.collaborator(r.value2()).orElseThrow()));
    }

    record SharedProject(UUID projectId, ProjectRole role) {}

    private static ProjectMember toMember(Record r) {
        return new ProjectMember(
                r.get(APP_USER.ID),
                r.get(APP_USER.USERNAME),
                ProjectRole.collaborator(r.get(DAW_PROJECT_MEMBER.ROLE)).orElseThrow(),
                r.get(DAW_PROJECT_MEMBER.ADDED_AT).toInstant());
    }
}

package com.soundforge.daw;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.daw.model.ObjectKind;
import com.soundforge.daw.model.Operation;
import com.soundforge.daw.model.Operations;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.support.ThrowAwayDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects written before V19 made the list of their source tracks get it from the backfill at start: from their
 * snapshot and from the operations logged after it (H2, or PostgreSQL when the suite runs on it).
 */
class ProjectTrackBackfillTest {

    @TempDir
    Path folder;

    final UUID owner = UUID.randomUUID();
    final UUID inSnapshot = UUID.randomUUID();
    final UUID inLogOnly = UUID.randomUUID();
    final UUID neverUsed = UUID.randomUUID();

    @Test
    void aProjectWrittenBeforeTheListIsFoundByTheScanThenListedOnceFromItsSnapshotAndLog() throws Exception {
        try (ThrowAwayDatabase database = new ThrowAwayDatabase(folder)) {
            UUID old = UUID.randomUUID();
            UUID empty = UUID.randomUUID();
            writtenBeforeV19(database, old, empty, false, db -> {});

            try (CloseableDSLContext db = migratedToLatest(database)) {
                ProjectTrackRepository projects = new ProjectTrackRepository(db);
                assertThat(projects.tracksOf(old))
                        .as("V19 lists nothing itself")
                        .isEmpty();
                assertThat(projects.findMentioning(inSnapshot))
                        .as("until it is backfilled, the text scan finds it")
                        .containsExactly(old);
                assertThat(projects.findMentioning(inLogOnly)).containsExactly(old);

                ProjectTrackBackfill backfill = new ProjectTrackBackfill(new DawRepository(db), projects);
                assertThat(backfill.run()).isEqualTo(2);

                assertThat(projects.tracksOf(old)).containsExactlyInAnyOrder(inSnapshot, inLogOnly);
                assertThat(projects.tracksOf(empty)).isEmpty();
                assertThat(projects.findMentioning(inSnapshot)).containsExactly(old);
                assertThat(projects.findMentioning(inLogOnly)).containsExactly(old);
                assertThat(projects.findMentioning(neverUsed)).isEmpty();
                assertThat(projects.awaitingTrackBackfill(null, 10)).isEmpty();

                assertThat(backfill.run()).as("done once: nothing left to do").isZero();
                assertThat(projects.tracksOf(old)).containsExactlyInAnyOrder(inSnapshot, inLogOnly);
            }
        }
    }

    @Test
    void aProjectThatCannotBeReadStaysFoundByTheScanAndDoesNotStopTheOthers() throws Exception {
        try (ThrowAwayDatabase database = new ThrowAwayDatabase(folder)) {
            UUID broken = UUID.randomUUID();
            UUID fine = UUID.randomUUID();
            writtenBeforeV19(database, broken, fine, true, db -> {
                // a log with a gap after the snapshot (seq 3 missing, 4 there) cannot be replayed
                try (PreparedStatement gap =
                        db.prepareStatement("update daw_operation set seq = 4 where project_id = ? and seq = 3")) {
                    gap.setObject(1, broken);
                    gap.executeUpdate();
                }
            });

            try (CloseableDSLContext db = migratedToLatest(database)) {
                ProjectTrackRepository projects = new ProjectTrackRepository(db);
                assertThat(new ProjectTrackBackfill(new DawRepository(db), projects).run())
                        .isEqualTo(1);
                assertThat(projects.tracksOf(fine)).containsExactlyInAnyOrder(inSnapshot, inLogOnly);
                assertThat(projects.awaitingTrackBackfill(null, 10)).containsExactly(broken);
                assertThat(projects.findMentioning(inLogOnly)).containsExactlyInAnyOrder(broken, fine);
            }
        }
    }

    private interface Sql {
        void run(Connection db) throws SQLException;
    }

    /** A database at V18 holding the user, a project with clips and a second one, then {@code more}. */
    private void writtenBeforeV19(ThrowAwayDatabase database, UUID first, UUID second, boolean secondHasClips, Sql more)
            throws SQLException {
        migrate(database, "18");
        try (Connection db = connect(database)) {
            insertUser(db);
            writeProject(db, first, true);
            writeProject(db, second, secondHasClips);
            more.run(db);
        }
    }

    private static CloseableDSLContext migratedToLatest(ThrowAwayDatabase database) {
        migrate(database, null);
        return DSL.using(database.url(), database.username(), database.password());
    }

    /**
     * A project as the code before V19 wrote it: a lane and a clip of {@link #inSnapshot} in its snapshot (seq 2),
     * and (with {@code clips}) a clip of {@link #inLogOnly} logged after it (seq 3); without, an empty project.
     */
    private void writeProject(Connection db, UUID id, boolean clips) throws SQLException {
        ProjectState snapshot = ProjectState.empty(id);
        UUID lane = UUID.randomUUID();
        List<Operation> logged = List.of();
        if (clips) {
            var first = Operations.replaying()
                    .apply(
                            snapshot,
                            owner,
                            List.of(
                                    new Operation.Add(ObjectKind.TRACK, lane, Map.of("name", "Lane")),
                                    addClip(UUID.randomUUID(), lane, inSnapshot)));
            snapshot = first.state();
            logged = first.ops();
        }
        try (PreparedStatement project = db.prepareStatement("insert into daw_project (id, owner_id, name, seq, "
                + "snapshot_json, snapshot_seq) values (?, ?, 'Old', ?, ?, ?)")) {
            project.setObject(1, id);
            project.setObject(2, owner);
            project.setLong(3, clips ? snapshot.seq() + 1 : 0);
            project.setString(4, DawJson.state(snapshot));
            project.setLong(5, snapshot.seq());
            project.executeUpdate();
        }
        for (int i = 0; i < logged.size(); i++) {
            insertOperation(db, id, i + 1, logged.get(i));
        }
        if (clips) {
            insertOperation(db, id, snapshot.seq() + 1, addClip(UUID.randomUUID(), lane, inLogOnly));
        }
    }

    private static Operation.Add addClip(UUID clipId, UUID lane, UUID sourceTrack) {
        Map<String, @Nullable Object> source = new LinkedHashMap<>();
        source.put("trackId", sourceTrack.toString());
        source.put("stem", null);
        source.put("duration", 10.0);
        source.put("bpm", 120.0);
        source.put("firstBeat", 0.1);
        Map<String, @Nullable Object> value = new LinkedHashMap<>();
        value.put("trackId", lane.toString());
        value.put("source", source);
        value.put("position", 0.0);
        value.put("length", 4.0);
        return new Operation.Add(ObjectKind.CLIP, clipId, value);
    }

    private void insertOperation(Connection db, UUID projectId, long seq, Operation operation) throws SQLException {
        try (PreparedStatement op =
                db.prepareStatement("insert into daw_operation (project_id, seq, batch_id, actor_id, "
                        + "actor_name, op_json) values (?, ?, ?, ?, 'dj', ?)")) {
            op.setObject(1, projectId);
            op.setLong(2, seq);
            op.setObject(3, UUID.randomUUID());
            op.setObject(4, owner);
            op.setString(5, DawJson.operation(operation));
            op.executeUpdate();
        }
    }

    private void insertUser(Connection db) throws SQLException {
        try (PreparedStatement user = db.prepareStatement("insert into app_user (id, username, username_key, "
                + "password_hash, role) values (?, 'dj', 'dj', 'x', 'USER')")) {
            user.setObject(1, owner);
            user.executeUpdate();
        }
    }

    private static void migrate(ThrowAwayDatabase database, @Nullable String target) {
        var flyway = Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private static Connection connect(ThrowAwayDatabase database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }
}

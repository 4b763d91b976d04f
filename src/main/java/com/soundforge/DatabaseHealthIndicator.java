package com.soundforge;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database is up when it answers a query on one of the app's own tables: a pooled connection that still says
 * it is valid (what the default check asks) proves nothing about a database whose store has failed.
 */
@Component("db")
class DatabaseHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;

    DatabaseHealthIndicator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        try {
            jdbc.queryForList("select id from app_user limit 1");
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}

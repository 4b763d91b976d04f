package com.soundforge;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Closes an embedded H2 file database cleanly when the app stops. Its URL says {@code DB_CLOSE_DELAY=-1}, so the
 * database stays open when the connection pool retires its last connection (H2 would otherwise close it, and
 * objects it had prepared would stay bound to the closed instance), and {@code DB_CLOSE_ON_EXIT=FALSE}, so H2's own
 * shutdown hook does not close it under the job server while Spring is still stopping. This bean is destroyed
 * after the pool (the data source depends on it) and then runs H2's {@code SHUTDOWN}.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseShutdown {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseShutdown.class);

    @Bean
    static BeanFactoryPostProcessor dataSourceClosesBeforeEmbeddedDatabase() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false)) {
                if (!beanFactory.containsBeanDefinition(name)) {
                    continue;
                }
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                definition.setDependsOn(append(definition.getDependsOn(), "embeddedDatabaseCloser"));
            }
        };
    }

    @Bean
    DisposableBean embeddedDatabaseCloser(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        return () -> {
            if (isEmbeddedH2File(url)) {
                shutdown(url, user, password);
            }
        };
    }

    /** A file database this process owns; not an in-memory one (test contexts share those) nor an H2 server. */
    static boolean isEmbeddedH2File(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return false;
        }
        String location = url.substring("jdbc:h2:".length());
        return !location.startsWith("mem:") && !location.startsWith("tcp:") && !location.startsWith("ssl:");
    }

    private static void shutdown(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
            log.info("Closed the embedded database");
        } catch (SQLException e) {
            log.warn("Could not close the embedded database cleanly: {}", e.getMessage());
        }
    }

    private static String[] append(String[] names, String name) {
        if (names == null) {
            return new String[] {name};
        }
        String[] more = java.util.Arrays.copyOf(names, names.length + 1);
        more[names.length] = name;
        return more;
    }
}

package com.soundforge;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class Application implements AppShellConfigurator {

    /** sysexits' EX_CONFIG: the build is not one that can run. */
    static final int WRONG_BUILD_EXIT_CODE = 78;

    static final String WRONG_BUILD_MESSAGE = "Sound Forge Alchemy cannot start: this build has no production "
            + "frontend and no Vaadin development tools (vaadin-dev), and needs one of them. Build the production jar "
            + "with `./mvnw package` (add -DskipTests to skip the tests) and start it with "
            + "`java -jar target/sound-forge-alchemy-*.jar`, or run the development build with `./mvnw`.";
    private static final String BUILD_TOKEN = "META-INF/VAADIN/config/flow-build-info.json";
    private static final String DEV_SERVER_CLASS = "com/vaadin/base/devserver/DevModeHandlerManagerImpl.class";
    private static final Pattern PRODUCTION_MODE = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyze")) {
            System.exit(com.soundforge.analysis.AnalysisCommandLine.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("separate")) {
            System.exit(com.soundforge.separation.SeparationCommandLine.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (!canServeFrontend(Application.class.getClassLoader())) {
            System.err.println(WRONG_BUILD_MESSAGE);
            System.exit(WRONG_BUILD_EXIT_CODE);
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * Vaadin serves either the production bundle (the build token says production mode) or, in development mode,
     * needs its development server. A jar made without the production build has neither: Vaadin would fail deep in
     * its start ("'vaadin-dev-server' not found"), so say plainly which build to make instead.
     */
    static boolean canServeFrontend(ClassLoader classes) {
        if (classes.getResource(DEV_SERVER_CLASS) != null) {
            return true;
        }
        try (InputStream token = classes.getResourceAsStream(BUILD_TOKEN)) {
            return token != null
                    && PRODUCTION_MODE
                            .matcher(new String(token.readAllBytes(), StandardCharsets.UTF_8))
                            .find();
        } catch (IOException unreadable) {
            return false;
        }
    }
}

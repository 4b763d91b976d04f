package com.soundforge.api;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Swaps Tomcat's error report for {@link ApiErrorReportValve} once the server runs: only then is every host's
 * report valve in place, whichever configuration added it.
 */
@Component
class ApiErrorReportInstaller implements ApplicationListener<ServletWebServerInitializedEvent> {

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        for (Container child : tomcat.getTomcat().getEngine().findChildren()) {
            if (child instanceof Host host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve report && !(valve instanceof ApiErrorReportValve)) {
                        host.getPipeline().removeValve(report);
                        host.getPipeline().addValve(new ApiErrorReportValve(report));
                    }
                }
            }
        }
    }
}

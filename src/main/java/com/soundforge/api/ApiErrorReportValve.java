package com.soundforge.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before any filter or servlet sees them (a {@code %00} in the path, for one) and
 * writes its error report itself, as HTML; under {@code /api} this report is the API's JSON error instead.
 */
class ApiErrorReportValve extends ErrorReportValve {

    ApiErrorReportValve(ErrorReportValve replaced) {
        setShowReport(replaced.isShowReport());
        setShowServerInfo(replaced.isShowServerInfo());
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus named = HttpStatus.resolve(status);
        String code = named == null ? "error" : named.name().toLowerCase(java.util.Locale.ROOT);
        String message = status == 400
                ? "The request was refused: its URL holds characters that are not allowed."
                : named == null ? "The request failed." : named.getReasonPhrase() + ".";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"error\":{\"status\":" + status + ",\"code\":\"" + code + "\",\"message\":\"" + message
                        + "\"}}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone, or the response cannot take a body any more: nothing else to do
        }
    }
}

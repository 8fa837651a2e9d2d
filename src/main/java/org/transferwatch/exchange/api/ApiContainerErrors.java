package org.transferwatch.exchange.api;

import java.io.IOException;
import java.util.Map;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the container itself answers for the API when it refuses a request before any filter sees it (a
 * request line or headers over its limits, such as a 10 KB bearer token): the API's JSON error rather
 * than Tomcat's HTML page. Other paths keep the container's page, as Spring Boot configures it (no
 * report, no server version).
 */
@Configuration(proxyBeanMethods = false)
class ApiContainerErrors {

    /** Last, so that it replaces the error report valve Spring Boot's own customizer added before. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports(JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            // The host adds a valve of this class when it starts if it has none: one of ours, not Tomcat's default.
            host.setErrorReportValveClass(JsonForApi.class.getName());
            var pipeline = host.getPipeline();
            for (var valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new JsonForApi(json));
        });
    }

    /** Tomcat's error report, in JSON for the API's paths. */
    public static final class JsonForApi extends ErrorReportValve {

        private final JsonMapper json;

        public JsonForApi(JsonMapper json) {
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, @Nullable Throwable throwable) {
            // As the client sent it: when the headers could not be read, the request was never mapped.
            var uri = request.getCoyoteRequest().requestURI().toString();
            if (uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(Map.of("error", ApiErrors.sentence(response.getStatus()))));
                    response.finishResponse();
                }
            }
            catch (IOException | IllegalStateException e) {
                // The client is gone or the response cannot take a body; the status has been sent.
            }
        }

    }

}

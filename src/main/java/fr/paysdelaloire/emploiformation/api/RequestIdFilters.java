package fr.paysdelaloire.emploiformation.api;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The request id: taken from {@code X-Request-Id} when a caller or the ingress sends a sane one, made up
 * otherwise; put in the logs' MDC ({@code request_id}) and sent back in the answer.
 */
public class RequestIdFilters {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(priority = 1)
    public void requestId(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
        MDC.remove(MDC_KEY);
    }
}

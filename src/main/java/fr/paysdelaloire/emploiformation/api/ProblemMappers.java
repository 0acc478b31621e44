package fr.paysdelaloire.emploiformation.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place where failures become RFC 9457 problem details. Every error the API gives goes through
 * here, so partners always get {@code application/problem+json} with a stable {@code type}, and never a
 * stack trace or a class name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final String BEARER_CHALLENGE = "Bearer realm=\"emploi-formation\"";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
        return ProblemResponses.of(problem.type(), problem.type().status(), problem.getMessage(), request.path(),
                problem.violations(), problem.headers(), problem.related(), problem.eligibility());
    }

    /** A life cycle's transition the current status does not allow: 409, naming the allowed ones. */
    @ServerExceptionMapper
    public Response illegalTransition(fr.paysdelaloire.emploiformation.rules.IllegalTransition e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.CONFLICT, e.getMessage(), request.path(), List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            if (isReturnValue(v.getPropertyPath())) {
                return internalError(e, request);
            }
            violations.add(new Problem.Violation(ViolationPaths.of(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        return ProblemResponses.of(ProblemType.VALIDATION, ApiProblem.violationsDetail(violations.size()), request.path(),
                violations, Map.of());
    }

    // Listed one by one: quarkus-rest-jackson maps some of these itself, with a plain JSON body.
    @ServerExceptionMapper(value = { JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            JsonMappingException.class }, priority = 1)
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.MALFORMED_BODY, "The request body is not the JSON this operation takes",
                request.path(), List.of(jsonViolation(e)), Map.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "The method " + request.method() + " is not allowed on this path";
            case 406 -> "This operation cannot produce the media type asked for in Accept";
            case 415 -> "This operation does not accept the Content-Type of the request";
            default -> type.title();
        };
        Map<String, String> headers = new java.util.HashMap<>();
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") && !values.isEmpty()) {
                headers.put("Allow", String.valueOf(values.get(0)));
            }
        });
        return ProblemResponses.of(type, status, detail, request.path(), List.of(), headers);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(Exception e, HttpServerRequest request) {
        boolean tokenPresented = request.getHeader("Authorization") != null;
        String detail = tokenPresented
                ? "The bearer token is invalid, expired, or not issued for this API"
                : "This operation needs a bearer token (OAuth2 client credentials)";
        String challenge = tokenPresented ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE;
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, detail, request.path(), List.of(),
                Map.of("WWW-Authenticate", challenge));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation", request.path(),
                List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (unstorableCharacter(e)) {
            return ProblemResponses.of(ProblemType.VALIDATION, "A value contains a character that cannot be stored "
                    + "(U+0000, the NUL character, is refused in every field and path).", request.path(), List.of(), Map.of());
        }
        if (clientGone(e)) {
            LOG.debugf("The client closed the connection during %s %s", request.method(), request.path());
            return ProblemResponses.of(ProblemType.VALIDATION, "The request's body was not received whole: the connection "
                    + "closed before its end.", request.path(), List.of(), Map.of());
        }
        if (dependencyUnavailable(e)) {
            LOG.warnf("Dependency unavailable on %s %s: %s", request.method(), request.path(), SafeThrowables.describe(e));
            return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, "A service this API depends on (the database or "
                    + "the identity provider) cannot be reached. Retry after the delay given: a push with the same external_id or "
                    + "Idempotency-Key answers what was recorded; a transition already applied answers 409.",
                    request.path(), List.of(), Map.of("Retry-After", "5"));
        }
        return internalError(e, request);
    }

    /**
     * The database unreachable (SQLSTATE class 08, 57P01-57P03, or no pooled connection within the acquisition timeout),
     * too slow (57014: a statement past {@code statement_timeout}, issue #24)
     * or lost at commit (the transaction rolled back), or the OIDC provider unreachable: 503 with Retry-After, not
     * an incident. Found by the crash campaign (R4): while PostgreSQL was stopped, calls answered 500.
     */
    static boolean dependencyUnavailable(Throwable e) {
        return anyCause(e, cause -> sqlState(cause)
                .map(state -> state.startsWith("08") || state.startsWith("57P") || state.equals("57014")).orElse(false)
                || cause instanceof java.sql.SQLException
                        && String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")
                || cause instanceof java.net.SocketException || cause instanceof java.io.EOFException
                || cause instanceof jakarta.transaction.RollbackException // the commit failed: rolled back
                || cause.getClass().getName().equals("io.quarkus.oidc.OIDCException"));
    }

    /**
     * The client closed its connection while its body was being read (a timeout of its own, a network cut): nobody
     * will read the answer, and it is not an incident (it was logged as one, seen under the benchmark's load).
     */
    static boolean clientGone(Throwable e) {
        return anyCause(e, cause -> cause.getClass().getName().equals("io.vertx.core.http.HttpClosedException"));
    }

    /**
     * PostgreSQL refuses U+0000 in text (SQLSTATE 22021, 22P05): bad input, not an incident. Found by the bad-input
     * campaign (R1), which sent {@code %00} in a path: it answered 500.
     */
    static boolean unstorableCharacter(Throwable e) {
        return anyCause(e, cause -> sqlState(cause).map(state -> state.equals("22021") || state.equals("22P05")).orElse(false));
    }

    private static java.util.Optional<String> sqlState(Throwable e) {
        return e instanceof java.sql.SQLException sql ? java.util.Optional.ofNullable(sql.getSQLState()) : java.util.Optional.empty();
    }

    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private Response internalError(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        // Messages are left out on purpose: a database message can quote a row's values.
        LOG.errorf("Unhandled failure, incident %s on %s %s: %s", incident, request.method(), request.path(),
                SafeThrowables.describe(e));
        return ProblemResponses.of(ProblemType.INTERNAL,
                "The request could not be completed. Quote incident " + incident + " to the support team.",
                request.path(), List.of(), Map.of());
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static Problem.Violation jsonViolation(JsonProcessingException e) {
        if (e instanceof JsonParseException parse) {
            var location = parse.getLocation();
            return new Problem.Violation("body", location == null ? "is not well-formed JSON"
                    : "is not well-formed JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
        }
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "body";
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem.Violation(field, "is not a field of this operation's body");
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem.Violation(field, "must be " + jsonKind(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Problem.Violation(field, "must be " + jsonKind(mismatch.getTargetType()));
        }
        return new Problem.Violation(field, "has a value of the wrong type or shape");
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String jsonKind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum() || java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}

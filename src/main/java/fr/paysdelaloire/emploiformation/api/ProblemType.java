package fr.paysdelaloire.emploiformation.api;

import jakarta.ws.rs.core.Response.Status;

/** The problem types of the API: one stable URN each, documented in the OpenAPI description. */
public enum ProblemType {
    VALIDATION(400, "Invalid request"),
    MALFORMED_BODY(400, "Malformed request body"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Access denied"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNPROCESSABLE(422, "Unprocessable request"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    public static final String URN_PREFIX = "urn:emploi-formation:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return URN_PREFIX + name().toLowerCase().replace('_', '-');
    }

    /** The type that stands for a bare HTTP status (405, 406, 415 … raised by the framework). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_BODY) {
                return type;
            }
        }
        return Status.Family.familyOf(status) == Status.Family.CLIENT_ERROR ? VALIDATION : INTERNAL;
    }
}

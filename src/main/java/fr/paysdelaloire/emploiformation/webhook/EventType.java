package fr.paysdelaloire.emploiformation.webhook;

/**
 * What a partner can be told about (the {@code type} of an event). Each names the object it is about; the
 * body carries its id, the link to read it, and statuses — never personal data: the partner reads the object
 * with its own token when it needs more.
 */
public enum EventType {
    /** A hiring intention was evaluated: on receipt, after a correction, or after a derogation was decided. */
    INTENTION_ELIGIBILITY_DECIDED(SubjectType.HIRING_INTENTION),
    /** The Region authorised a session for the intention. */
    INTENTION_COVERED(SubjectType.HIRING_INTENTION),
    /** Trainees hired on the intention fill every position (§6): data hires, positions. */
    INTENTION_FULFILLED(SubjectType.HIRING_INTENTION),
    /** A trainee was hired on the intention and positions remain open: data hires, positions, status. */
    INTENTION_HIRE_RECORDED(SubjectType.HIRING_INTENTION),
    /** The employer pulled out (désistement). */
    INTENTION_WITHDRAWN(SubjectType.HIRING_INTENTION),
    /** A derogation on the intention lapsed: the facts it was asked for or granted on changed. */
    INTENTION_DEROGATION_LAPSED(SubjectType.HIRING_INTENTION),
    /** For the bodies of the lots covering it, and its sender: an employer's need with no training body yet was raised (§1, §6). */
    NEED_RAISED(SubjectType.OPEN_NEED),
    /** For the need's sender: a training body proposed to answer it; data proposal_id, lot_code. */
    NEED_PROPOSAL_MADE(SubjectType.OPEN_NEED),
    /** The employer's choice was recorded: data proposal_id, chosen (true for the chosen body and the sender). */
    NEED_TAKEN_UP(SubjectType.OPEN_NEED),
    /** A session request was submitted to the Region. */
    SESSION_REQUEST_SUBMITTED(SubjectType.SESSION_REQUEST),
    /** The Region sent a request back for more information. */
    SESSION_REQUEST_INFORMATION_REQUESTED(SubjectType.SESSION_REQUEST),
    /** The Region authorised the session. */
    SESSION_REQUEST_AUTHORISED(SubjectType.SESSION_REQUEST),
    /** The Region rejected the session request. */
    SESSION_REQUEST_REJECTED(SubjectType.SESSION_REQUEST),
    /** The Region accepted or refused a new calendar for the session (§6): data accepted, start_date, end_date. */
    SESSION_REQUEST_CALENDAR_DECIDED(SubjectType.SESSION_REQUEST),
    /** A review opened on an authorised session: an employer's withdrawal the Region analyses (§6), a joining (§5). */
    SESSION_REVIEW_OPENED(SubjectType.SESSION_REQUEST),
    /** The Region decided a review: data kind, decision, places_before, places_after. */
    SESSION_REVIEW_DECIDED(SubjectType.SESSION_REQUEST),
    /** A derogation on the request lapsed (group size, territory): the facts it was about changed. */
    SESSION_REQUEST_DEROGATION_LAPSED(SubjectType.SESSION_REQUEST),
    /** For the lot's mandataire: a co-traitant submitted a session request to the Region (§9). */
    COTRAITANT_SUBMITTED(SubjectType.SESSION_REQUEST),
    /** A validator referred a candidate to the training body, or to one of its sessions (§5); no personal data. */
    CANDIDATE_REFERRED(SubjectType.CANDIDATE),
    /** A validator corrected the candidate's situation (§3, §13): data from_status, status; never the situation itself. */
    CANDIDATE_SITUATION_CORRECTED(SubjectType.CANDIDATE),
    /** The training body validated a candidate's integration in the session. */
    PATH_INTEGRATED(SubjectType.PATH),
    /** What became of the trainee was recorded (hired or not). */
    PATH_OUTCOME_RECORDED(SubjectType.PATH);

    /** The kind of object an event is about. */
    public enum SubjectType {
        HIRING_INTENTION("/api/v1/hiring-intentions/"),
        OPEN_NEED("/api/v1/open-needs/"),
        SESSION_REQUEST("/api/v1/session-requests/"),
        PATH("/api/v1/paths/"),
        CANDIDATE("/api/v1/candidates/");

        private final String base;

        SubjectType(String base) {
            this.base = base;
        }

        public String href(java.util.UUID id) {
            return base + id;
        }
    }

    private final SubjectType subject;

    EventType(SubjectType subject) {
        this.subject = subject;
    }

    public SubjectType subject() {
        return subject;
    }
}

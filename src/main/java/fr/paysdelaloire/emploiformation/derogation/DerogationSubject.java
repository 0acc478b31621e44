package fr.paysdelaloire.emploiformation.derogation;

import java.util.UUID;

import fr.paysdelaloire.emploiformation.rules.RuleOutcome;

/**
 * A capability whose rules admit derogations (hiring intentions, session requests) tells the
 * derogation capability what it needs, without the derogation capability knowing its insides.
 */
public interface DerogationSubject {

    SubjectType type();

    /** The rules of this subject that the FAQ allows a derogation for. */
    java.util.Set<String> derogableRules();

    /**
     * The current outcome of {@code rule} on the subject, checking that the caller may ask for a
     * derogation on it; throws the API's 404 when the subject does not exist or is not the caller's.
     */
    RuleOutcome outcomeForRequester(UUID subjectId, String rule);

    /** The Region decided: re-evaluate the subject with its granted derogations. */
    void decided(UUID subjectId);

    /**
     * The facts of the subject a derogation to {@code rule} depends on, as they stand: the derogation is tied to them
     * and lapses when they change (e.g. a short CDD's length and employer). Values are strings.
     */
    java.util.Map<String, String> facts(UUID subjectId, String rule);
}

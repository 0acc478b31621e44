package fr.paysdelaloire.emploiformation.derogation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What other capabilities ask of derogations: the ones granted on a subject, by rule. */
@ApplicationScoped
public class Derogations {

    @Inject
    DerogationRepository derogations;

    /** Rule code → id of the granted derogation. */
    public Map<String, String> granted(SubjectType type, UUID subjectId) {
        Map<String, String> granted = new LinkedHashMap<>();
        derogations.granted(type, subjectId).forEach(d -> granted.put(d.rule, d.id.toString()));
        return granted;
    }
}

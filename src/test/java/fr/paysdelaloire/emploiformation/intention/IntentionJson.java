package fr.paysdelaloire.emploiformation.intention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.paysdelaloire.emploiformation.support.Sirets;

/** A hiring intention body for the tests: eligible by default, each part replaceable. */
final class IntentionJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String MANDATAIRE = "73866205898790";
    static final String COTRAITANT = "42525779372180";

    final Map<String, Object> body = new LinkedHashMap<>();

    private IntentionJson() {
    }

    /** A 6-month CDD at 35 h in Nantes, with written proof and immersion, for a fresh employer. */
    static IntentionJson eligible() {
        IntentionJson json = new IntentionJson();
        json.body.put("external_id", "ext-" + UUID.randomUUID());
        json.body.put("employer", new LinkedHashMap<>(Map.of("siret", Sirets.random(), "name", "Bâtiments de l'Erdre",
                "department", "44", "commune_insee", "44109")));
        json.body.put("job", new LinkedHashMap<>(Map.of("title", "Maçon", "rome_code", "F1703")));
        json.body.put("positions", 2);
        json.body.put("contract", new LinkedHashMap<>(Map.of("type", "CDD", "duration_months", 6, "weekly_hours", 35)));
        json.body.put("target", new LinkedHashMap<>(Map.of("certification_code", "RNCP35185")));
        json.body.put("employer_involvement", new ArrayList<>(List.of("CANDIDATE_SELECTION", "IMMERSION")));
        json.body.put("proof", new LinkedHashMap<>(Map.of("channel", "EMAIL", "received_on", "2026-11-20", "reference", "courriel")));
        json.body.put("training_body_siret", MANDATAIRE);
        return json;
    }

    @SuppressWarnings("unchecked")
    IntentionJson with(String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        if (value == null) {
            node.remove(parts[parts.length - 1]);
        } else {
            node.put(parts[parts.length - 1], value);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    String get(String path) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = body;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        return String.valueOf(node.get(parts[parts.length - 1]));
    }

    String json() {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package fr.paysdelaloire.emploiformation.support;

import java.util.UUID;

/** Lots as the Region writes them (PUT /lots/{code}), for the tests of the reference data. */
public final class Lots {

    private Lots() {
    }

    /** A lot code no other test uses. */
    public static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A complete, valid lot of {@code sector} over {@code departments} (a JSON array), with one member and one subcontractor. */
    public static String valid(String sector, String departments) {
        return """
                {"label":"Construction - Loire-Atlantique","sector":"%s","departments":%s,
                 "price_per_trainee_hour":14.50,"minimum_order_hours":20000,
                 "mandataire_siret":"73866205898790","mandataire_name":"Formations Atlantique","mandataire_nda":"52440123444",
                 "members":[{"siret":"42525779372180","name":"Atelier Bois Formation","nda":"52440987644"}],
                 "subcontractors":[{"siret":"41566010057462","name":"Soudure Expertise","nda":"52490456749","approved_by_mandataire":true}],
                 "certifications":[{"kind":"RNCP","code":"RNCP35185","title":"Maçon","mandatory":true},
                                   {"kind":"SKILLS_BLOCK","code":"RNCP35185BC02","title":"Murs","mandatory":false}]}"""
                .formatted(sector, departments);
    }
}

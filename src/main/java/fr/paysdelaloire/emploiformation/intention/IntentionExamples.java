package fr.paysdelaloire.emploiformation.intention;

/** Texts of the contract: the rules an intention is evaluated on, and examples of an eligible, a needs-derogation and an ineligible one. */
final class IntentionExamples {

    private IntentionExamples() {
    }

    /** The rules, as the intake and the dry run describe them. */
    static final String RULES = "Rules evaluated (each returned with its outcome PASS / NEEDS_DEROGATION / FAIL, a message "
            + "in French to show the employer, and its FAQ §): contract type (CDI, CDD of 6 months or more, CDI intérimaire, CDPI, "
            + "ETTI, apprenticeship, professionalisation pass; a shorter CDD needs a derogation, §3 §5 §8; CIE and jobs in an SIAE "
            + "fail, §3), weekly hours (24 or more, else derogation, §6), employer's location (Pays de la Loire, else derogation, "
            + "§1), written proof (required, §6), one training body per employer and training (§6: a second body's written "
            + "intention for the same employer and the same training is CONTESTED, NEEDS_DEROGATION, until the Region "
            + "arbitrates; \"the same training\" is the same ROME code and the same target certification, a need expressed as "
            + "skills only (no certification code) being the same training as any other need of the employer for that ROME "
            + "code, with or without a certification — free-text skills cannot tell two trainings apart — while two "
            + "certifications are two trainings — see POST …/{id}/arbitration; a dry run weighs only the intentions its caller may read; an "
            + "intention holds the employer only while its commitment lives: not once withdrawn, fulfilled, or its session "
            + "completed, hire or not). The overall outcome is the "
            + "worst of them. `advice` flags what blocks nothing but should be secured (the employer hosting an immersion, §6).";

    static final String REQUEST = """
            {"external_id":"nosemplois-2026-000123",\
            "employer":{"siret":"41229838000012","name":"Bâtiments de l'Erdre","department":"44","commune_insee":"44109"},\
            "job":{"title":"Maçon / Maçonne","rome_code":"F1703"},"positions":2,\
            "contract":{"type":"CDD","duration_months":6,"weekly_hours":35},\
            "target":{"certification_code":"RNCP35185","skills":"Lecture de plans"},\
            "employer_involvement":["CANDIDATE_SELECTION","IMMERSION","FINAL_JURY"],\
            "proof":{"channel":"EMAIL","received_on":"2026-11-20","reference":"courriel du 20/11/2026"},\
            "training_body_siret":"73866205898790"}""";

    static final String ELIGIBLE = """
            {"id":"0b5c7a4e-8f4f-4c39-9a55-2f3b1f1f6c11","external_id":"nosemplois-2026-000123","sender":"employer-platform:nosemplois",\
            "status":"ELIGIBLE",\
            "employer":{"siret":"41229838000012","name":"Bâtiments de l'Erdre","department":"44","commune_insee":"44109"},\
            "job":{"title":"Maçon / Maçonne","rome_code":"F1703"},"positions":2,\
            "contract":{"type":"CDD","duration_months":6,"weekly_hours":35.0},\
            "target":{"certification_code":"RNCP35185","skills":"Lecture de plans"},\
            "employer_involvement":["CANDIDATE_SELECTION","IMMERSION","FINAL_JURY"],\
            "proof":{"channel":"EMAIL","received_on":"2026-11-20","reference":"courriel du 20/11/2026"},\
            "training_body_siret":"73866205898790",\
            "eligibility":{"outcome":"ELIGIBLE","rules":[\
            {"rule":"CONTRACT_TYPE","outcome":"PASS","message":"Un CDD de 6 mois (6 mois ou plus) est un emploi durable : contrat éligible.","faq_ref":"§5"},\
            {"rule":"WEEKLY_HOURS","outcome":"PASS","message":"Le contrat compte au moins 24 heures par semaine.","faq_ref":"§6"},\
            {"rule":"EMPLOYER_LOCATION","outcome":"PASS","message":"L'employeur est situé en Pays de la Loire.","faq_ref":"§1"},\
            {"rule":"WRITTEN_PROOF","outcome":"PASS","message":"L'intention d'embauche est attestée par écrit.","faq_ref":"§6"},\
            {"rule":"ONE_TRAINING_BODY","outcome":"PASS","message":"L'employeur n'est engagé auprès d'aucun autre organisme pour cette formation.","faq_ref":"§6"}],\
            "advice":[]},\
            "created_at":"2026-11-26T09:30:00Z","updated_at":"2026-11-26T09:30:00Z","last_status_change_at":"2026-11-26T09:30:00Z"}""";

    static final String NEEDS_DEROGATION = """
            {"outcome":"NEEDS_DEROGATION","rules":[\
            {"rule":"CONTRACT_TYPE","outcome":"NEEDS_DEROGATION","message":"Un CDD de moins de 6 mois n'est pas un emploi durable : la Région peut accorder une dérogation après analyse, notamment pour l'emploi saisonnier.","faq_ref":"§3, §8"},\
            {"rule":"WEEKLY_HOURS","outcome":"PASS","message":"Le contrat compte au moins 24 heures par semaine.","faq_ref":"§6"},\
            {"rule":"EMPLOYER_LOCATION","outcome":"NEEDS_DEROGATION","message":"L'employeur n'est pas situé en Pays de la Loire : une dérogation peut être étudiée (lot de portée suprarégionale, ou territoire frontalier du même bassin d'emploi).","faq_ref":"§1"},\
            {"rule":"WRITTEN_PROOF","outcome":"PASS","message":"L'intention d'embauche est attestée par écrit.","faq_ref":"§6"},\
            {"rule":"ONE_TRAINING_BODY","outcome":"PASS","message":"L'employeur n'est engagé auprès d'aucun autre organisme pour cette formation.","faq_ref":"§6"}],\
            "advice":[{"rule":"EMPLOYER_INVOLVEMENT","message":"L'employeur devrait au minimum accueillir le candidat en immersion (stage) dès le recrutement : à sécuriser avec lui.","faq_ref":"§6"}]}""";

    static final String INELIGIBLE = """
            {"outcome":"INELIGIBLE","rules":[\
            {"rule":"CONTRACT_TYPE","outcome":"FAIL","message":"Le contrat initiative emploi (CIE) n'est pas éligible : une session ne peut pas déboucher sur ce contrat.","faq_ref":"§3"},\
            {"rule":"WEEKLY_HOURS","outcome":"PASS","message":"Le contrat compte au moins 24 heures par semaine.","faq_ref":"§6"},\
            {"rule":"EMPLOYER_LOCATION","outcome":"PASS","message":"L'employeur est situé en Pays de la Loire.","faq_ref":"§1"},\
            {"rule":"WRITTEN_PROOF","outcome":"FAIL","message":"L'intention d'embauche doit être transmise par écrit (courrier, courriel) : elle n'est pas éligible tant que cette preuve n'est pas fournie.","faq_ref":"§6"},\
            {"rule":"ONE_TRAINING_BODY","outcome":"PASS","message":"L'employeur n'est engagé auprès d'aucun autre organisme pour cette formation.","faq_ref":"§6"}],\
            "advice":[]}""";

    static final String HISTORY = """
            {"items":[{"to":"ELIGIBLE","actor":"employer-platform:nosemplois","at":"2026-11-26T09:30:00Z"},\
            {"from":"ELIGIBLE","to":"WITHDRAWN","actor":"training-body:73866205898790","at":"2026-12-02T14:00:00Z",\
            "reason":"L'employeur a pourvu le poste par un autre moyen."}]}""";
}

package fr.paysdelaloire.emploiformation.security;

/**
 * The five OIDC realm roles of the scheme's actors, read from the access token's
 * {@code realm_access.roles}.
 */
public final class Roles {

    /** nosemplois.fr and later employer platforms; the client id ({@code azp}) is the platform. */
    public static final String EMPLOYER_PLATFORM = "employer-platform";
    /** An organisme de formation (mandataire, co-traitant, sous-traitant); {@code org_siret} is its SIRET. */
    public static final String TRAINING_BODY = "training-body";
    /** France Travail, Missions locales, Cap emploi; {@code org_id} is the validator organisation. */
    public static final String VALIDATOR = "validator";
    /** The Region's staff and tools (gestionnaires, instructeurs). */
    public static final String REGION_OFFICER = "region-officer";
    /** Cariforef, which publishes authorised sessions. */
    public static final String PUBLISHER = "publisher";

    private Roles() {
    }
}

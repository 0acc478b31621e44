package fr.paysdelaloire.emploiformation.support;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import fr.paysdelaloire.emploiformation.dev.TokenMinter;
import fr.paysdelaloire.emploiformation.security.Roles;

/** Real signed access tokens for the tests, shaped like the Keycloak realm's (see k8s/keycloak/). */
public final class Tokens {

    public static final String AUDIENCE = "emploi-formation-api";
    public static final String MANDATAIRE_SIRET = "73866205898790";

    private Tokens() {
    }

    /** What a client's token is minted from; the same client gets the same token while it has a minute or more to live. */
    private record Client(String issuer, String clientId, String role, Map<String, String> claims) {
    }

    private record Minted(String token, long renewAfterMillis) {
    }

    private static final Map<Client, Minted> MINTED = new ConcurrentHashMap<>();

    /**
     * A client-credentials token of {@code clientId} with {@code role} and {@code claims}, valid five minutes. Like a
     * real client, it is reused until shortly before it expires (signing one costs milliseconds of RSA per call).
     */
    public static String client(String clientId, String role, Map<String, String> claims) {
        String issuer = OidcProviderResource.issuer();
        long now = System.currentTimeMillis();
        return MINTED.compute(new Client(issuer, clientId, role, Map.copyOf(claims)), (client, minted) -> minted != null
                && now < minted.renewAfterMillis() ? minted
                        : new Minted(OidcProviderResource.MINTER.clientToken(issuer, clientId, List.of(role), List.of(AUDIENCE), claims, 300),
                                now + 240_000))
                .token();
    }

    public static String regionOfficer() {
        return client("region-tool", "region-officer", Map.of());
    }

    public static String employerPlatform() {
        return client("nosemplois", "employer-platform", Map.of());
    }

    public static String trainingBody(String siret) {
        return client("of-" + siret, "training-body", Map.of("org_siret", siret));
    }

    public static String validator() {
        return client("france-travail-demo", "validator", Map.of("org_id", "france-travail-pdl"));
    }

    public static String publisher() {
        return client("cariforef", "publisher", Map.of());
    }

    /** A token of one of the scheme's roles, for the tests that go through every role. */
    public static String forRole(String role) {
        return switch (role) {
            case Roles.EMPLOYER_PLATFORM -> employerPlatform();
            case Roles.TRAINING_BODY -> trainingBody(MANDATAIRE_SIRET);
            case Roles.VALIDATOR -> validator();
            case Roles.REGION_OFFICER -> regionOfficer();
            case Roles.PUBLISHER -> publisher();
            default -> throw new IllegalArgumentException("not a role of the scheme: " + role);
        };
    }

    /** A valid token whose only role is none of the scheme's. */
    public static String noSchemeRole() {
        return client("stranger", "offline_access", Map.of());
    }

    /** A region-officer token of its own client, valid {@code seconds} only (not reused). */
    public static String shortLived(String clientId, int seconds) {
        return OidcProviderResource.MINTER.clientToken(OidcProviderResource.issuer(), clientId, List.of(Roles.REGION_OFFICER),
                List.of(AUDIENCE), Map.of(), seconds);
    }

    /** The same header and claims as {@code token}, signed with a key the provider never published. */
    public static String resignedWithAnotherKey(String token) {
        try {
            String payload = token.split("\\.")[1];
            JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8));
            return TokenMinter.withNewKey("test-key").sign(claims);
        } catch (org.jose4j.jwt.consumer.InvalidJwtException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String expired() {
        JwtClaims claims = baseClaims(OidcProviderResource.issuer(), AUDIENCE);
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 1800));
        return OidcProviderResource.MINTER.sign(claims);
    }

    public static String wrongIssuer() {
        return OidcProviderResource.MINTER.sign(baseClaims("https://elsewhere.example/realms/emploi-formation", AUDIENCE));
    }

    public static String wrongAudience() {
        return OidcProviderResource.MINTER.sign(baseClaims(OidcProviderResource.issuer(), "another-api"));
    }

    /** Right issuer, right claims, signed with a key the provider never published. */
    public static String foreignKey() {
        return TokenMinter.withNewKey("test-key").sign(baseClaims(OidcProviderResource.issuer(), AUDIENCE));
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        String payload = b64.encodeToString(baseClaims(OidcProviderResource.issuer(), AUDIENCE).toJson().getBytes());
        return header + "." + payload + ".";
    }

    private static JwtClaims baseClaims(String issuer, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject("service-account-region-tool");
        claims.setClaim("azp", "region-tool");
        claims.setClaim("realm_access", Map.of("roles", List.of("region-officer")));
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        return claims;
    }
}

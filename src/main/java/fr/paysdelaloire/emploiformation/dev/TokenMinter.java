package fr.paysdelaloire.emploiformation.dev;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs access tokens shaped like Keycloak's (RS256, {@code realm_access.roles}, {@code azp}, the
 * organisation claims) with an RSA key of its own, and publishes that key as a JWKS. Used by the dev
 * sandbox provider and by the tests' provider; never by production, which only verifies tokens.
 */
public final class TokenMinter {

    private final KeyPair keys;
    private final String keyId;

    public TokenMinter(KeyPair keys, String keyId) {
        this.keys = keys;
        this.keyId = keyId;
    }

    public static TokenMinter withNewKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenMinter(generator.generateKeyPair(), keyId);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key pair as two Base64 strings (PKCS#8, X.509), to keep it across dev-mode live reloads. */
    public String[] export() {
        Base64.Encoder b64 = Base64.getEncoder();
        return new String[] { b64.encodeToString(keys.getPrivate().getEncoded()), b64.encodeToString(keys.getPublic().getEncoded()) };
    }

    public static TokenMinter restore(String[] exported, String keyId) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            Base64.Decoder b64 = Base64.getDecoder();
            return new TokenMinter(new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(b64.decode(exported[1]))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(b64.decode(exported[0])))), keyId);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JSON Web Key Set. */
    public String jwks() {
        try {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) keys.getPublic());
            jwk.setKeyId(keyId);
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return new JsonWebKeySet(List.<JsonWebKey> of(jwk)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A client-credentials access token as Keycloak issues it: {@code sub} the service account,
     * {@code azp} the client, the realm roles, the audience, and the client's hardcoded claims.
     */
    public String clientToken(String issuer, String clientId, List<String> roles, List<String> audience,
            Map<String, String> claims, long lifetimeSeconds) {
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(issuer);
        jwt.setAudience(audience);
        jwt.setSubject("service-account-" + clientId);
        jwt.setGeneratedJwtId();
        jwt.setIssuedAtToNow();
        jwt.setNotBeforeMinutesInThePast(0);
        jwt.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        jwt.setClaim("typ", "Bearer");
        jwt.setClaim("azp", clientId);
        jwt.setClaim("realm_access", Map.of("roles", roles));
        claims.forEach(jwt::setClaim);
        return sign(jwt);
    }

    /** Signs arbitrary claims with this minter's key (tests use it to forge bad tokens too). */
    public String sign(JwtClaims claims) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(keys.getPrivate());
            jws.setKeyIdHeaderValue(keyId);
            jws.setHeader("typ", "JWT");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks an OpenID Connect ID token with the JDK alone: compact JWS, RS256 signature against the
 * provider's JWKS (RSA modulus and exponent), {@code iss}, {@code aud}, {@code exp}/{@code iat}/{@code nbf}
 * within a small clock skew, {@code nonce}. No other algorithm is accepted ({@code none}, HS256 with the
 * public key as secret and the like are refused).
 */
public final class IdTokenVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String clientId;

    public IdTokenVerifier(String issuer, String clientId) {
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = Objects.requireNonNull(clientId);
    }

    /**
     * @param jwks looks up the provider's key set; called with {@code true} to refetch it when the token's
     *             key id is not in the cached set
     * @return the verified claims
     */
    public JsonObject verify(String idToken, String expectedNonce, Function<Boolean, JsonObject> jwks, Instant now)
            throws SsoException {
        if (idToken == null) {
            throw new SsoException("no id_token in the token response");
        }
        String[] parts = idToken.split("\\.", -1);
        if (parts.length != 3) {
            throw new SsoException("id_token is not a compact JWS");
        }
        JsonObject header = json(decode(parts[0]), "header");
        JsonObject claims = json(decode(parts[1]), "claims");
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new SsoException("unsupported alg " + header.get("alg"));
        }
        String kid = header.getString("kid", null);
        JsonObject key = findKey(jwks.apply(false), kid);
        if (key == null) {
            key = findKey(jwks.apply(true), kid);
        }
        if (key == null) {
            throw new SsoException("no RSA signing key " + kid + " in the provider's JWKS");
        }
        if (!verifySignature(parts, key)) {
            throw new SsoException("bad signature");
        }
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new SsoException("wrong issuer " + claims.get("iss"));
        }
        if (!audienceContains(claims.get("aud"))) {
            throw new SsoException("wrong audience " + claims.get("aud"));
        }
        JsonValue azp = claims.get("azp");
        if (azp instanceof JsonString s && !clientId.equals(s.getString())) {
            throw new SsoException("wrong azp " + s.getString());
        }
        long exp = seconds(claims, "exp");
        long iat = seconds(claims, "iat");
        if (now.minus(CLOCK_SKEW).isAfter(Instant.ofEpochSecond(exp))) {
            throw new SsoException("expired at " + Instant.ofEpochSecond(exp));
        }
        if (now.plus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(iat))) {
            throw new SsoException("issued in the future " + Instant.ofEpochSecond(iat));
        }
        if (claims.get("nbf") instanceof JsonNumber nbf && now.plus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(nbf.longValue()))) {
            throw new SsoException("not valid before " + Instant.ofEpochSecond(nbf.longValue()));
        }
        if (expectedNonce == null || !expectedNonce.equals(claims.getString("nonce", null))) {
            throw new SsoException("nonce mismatch");
        }
        return claims;
    }

    private boolean audienceContains(JsonValue aud) {
        if (aud instanceof JsonString s) {
            return clientId.equals(s.getString());
        }
        if (aud instanceof JsonArray a) {
            return a.stream().anyMatch(v -> v instanceof JsonString s && clientId.equals(s.getString()));
        }
        return false;
    }

    private static long seconds(JsonObject claims, String name) throws SsoException {
        if (claims.get(name) instanceof JsonNumber n) {
            return n.longValue();
        }
        throw new SsoException("missing " + name);
    }

    private static JsonObject findKey(JsonObject jwks, String kid) {
        if (jwks == null || !(jwks.get("keys") instanceof JsonArray keys)) {
            return null;
        }
        JsonObject onlyRsa = null;
        int rsaKeys = 0;
        for (JsonValue v : keys) {
            if (!(v instanceof JsonObject k) || !"RSA".equals(k.getString("kty", null))
                    || (k.containsKey("use") && !"sig".equals(k.getString("use", null)))) {
                continue;
            }
            rsaKeys++;
            onlyRsa = k;
            if (kid != null && kid.equals(k.getString("kid", null))) {
                return k;
            }
        }
        // A token without kid is accepted only when the provider has exactly one RSA signing key.
        return kid == null && rsaKeys == 1 ? onlyRsa : null;
    }

    static boolean verifySignature(String[] parts, JsonObject jwk) throws SsoException {
        try {
            BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
            BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | NullPointerException ex) {
            throw new SsoException("signature could not be checked: " + ex, ex);
        }
    }

    private static String decode(String part) throws SsoException {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SsoException("id_token is not base64url", e);
        }
    }

    static JsonObject json(String text, String what) throws SsoException {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new SsoException(what + " is not a JSON object", e);
        }
    }
}

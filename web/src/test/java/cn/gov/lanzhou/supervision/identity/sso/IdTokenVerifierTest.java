package cn.gov.lanzhou.supervision.identity.sso;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ID token checks, with keys and tokens made by the JDK (the in-container test uses a real provider). */
class IdTokenVerifierTest {

    private static final String ISSUER = "https://sso.example.gov.cn/realms/gs";
    private static final String CLIENT = "portal";
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final KeyPair KEY = rsa();
    private static final KeyPair OTHER_KEY = rsa();

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String b64(BigInteger i) {
        byte[] b = i.toByteArray();
        return b64(b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b);
    }

    private static JsonObject jwks(KeyPair pair, String kid) {
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("kid", kid).add("alg", "RS256")
                .add("n", b64(pub.getModulus())).add("e", b64(pub.getPublicExponent())))).build();
    }

    private static JsonObjectBuilder claims() {
        return Json.createObjectBuilder().add("iss", ISSUER).add("aud", CLIENT).add("sub", "u1")
                .add("iat", NOW.getEpochSecond()).add("exp", NOW.getEpochSecond() + 300).add("nonce", "n-1")
                .add("credit_code", "91620100MA74XXXX0X");
    }

    private static String token(String alg, String kid, JsonObject claims, KeyPair signer) throws Exception {
        String header = b64(Json.createObjectBuilder().add("alg", alg).add("kid", kid).add("typ", "JWT").build().toString()
                .getBytes(StandardCharsets.UTF_8));
        String body = b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(signer.getPrivate());
        s.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + b64(s.sign());
    }

    private static JsonObject verify(String token) throws SsoException {
        return new IdTokenVerifier(ISSUER, CLIENT).verify(token, "n-1", refresh -> jwks(KEY, "k1"), NOW);
    }

    private static String refusal(String token) {
        return assertThrows(SsoException.class, () -> verify(token)).getMessage();
    }

    @Test
    void aGoodTokenGivesItsClaims() throws Exception {
        assertEquals("91620100MA74XXXX0X", verify(token("RS256", "k1", claims().build(), KEY)).getString("credit_code"));
        JsonObject withAudienceList = claims().add("aud", Json.createArrayBuilder().add("other").add(CLIENT)).build();
        assertEquals("u1", verify(token("RS256", "k1", withAudienceList, KEY)).getString("sub"));
    }

    @Test
    void forgedOrMisdirectedTokensAreRefused() throws Exception {
        assertEquals("bad signature", refusal(token("RS256", "k1", claims().build(), OTHER_KEY)));
        assertTrue(refusal(token("RS256", "k1", claims().add("iss", "https://evil.example").build(), KEY)).startsWith("wrong issuer"));
        assertTrue(refusal(token("RS256", "k1", claims().add("aud", "another-client").build(), KEY)).startsWith("wrong audience"));
        assertTrue(refusal(token("RS256", "k1", claims().add("exp", NOW.getEpochSecond() - 120).build(), KEY)).startsWith("expired"));
        assertTrue(refusal(token("RS256", "k1", claims().add("iat", NOW.getEpochSecond() + 600).build(), KEY)).startsWith("issued in the future"));
        assertEquals("nonce mismatch", refusal(token("RS256", "k1", claims().add("nonce", "replayed").build(), KEY)));
        assertTrue(refusal(token("RS256", "k2", claims().build(), KEY)).startsWith("no RSA signing key"));
    }

    @Test
    void withinTheClockSkewATokenIsStillGood() throws Exception {
        verify(token("RS256", "k1", claims().add("exp", NOW.getEpochSecond() - 30).build(), KEY));
    }

    @Test
    void onlyRs256IsAccepted() throws Exception {
        String good = token("RS256", "k1", claims().build(), KEY);
        String[] parts = good.split("\\.");
        String none = b64("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertTrue(refusal(none).startsWith("unsupported alg"));
        String hs = b64("{\"alg\":\"HS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
        assertTrue(refusal(hs).startsWith("unsupported alg"));
        assertTrue(refusal("not-a-jwt").contains("compact JWS"));
        assertTrue(refusal("e30.!!!.abc").contains("base64url"));
    }

    @Test
    void anUnknownKeyIdFetchesTheKeySetAgainOnce() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        JsonObject claims = new IdTokenVerifier(ISSUER, CLIENT).verify(token("RS256", "rotated", claims().build(), OTHER_KEY), "n-1",
                refresh -> {
                    fetches.incrementAndGet();
                    return refresh ? jwks(OTHER_KEY, "rotated") : jwks(KEY, "k1");
                }, NOW);
        assertEquals("u1", claims.getString("sub"));
        assertEquals(2, fetches.get());
    }
}

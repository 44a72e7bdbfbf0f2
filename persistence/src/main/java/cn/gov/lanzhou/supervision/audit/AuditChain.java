package cn.gov.lanzhou.supervision.audit;

import cn.gov.lanzhou.supervision.gm.digest.Sm3;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The audit chain's arithmetic, shared by the service that appends events and by the
 * stand-alone verifier: each event's MAC is HMAC-SM3 over the previous event's MAC and the
 * event's own fields, so an edit, an insertion or a deletion anywhere breaks every later link.
 */
public final class AuditChain {

    /** The "previous MAC" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Field by field, separated by a character that cannot occur in them unnoticed. */
    public static String canonical(Long id, LocalDateTime occurredAt, String username, String role, String sourceIp,
                                   String eventType, String objectType, String objectId, String outcome,
                                   String detail) {
        return String.join("\u001f", String.valueOf(id), String.valueOf(occurredAt), nz(username), nz(role),
                nz(sourceIp), eventType, nz(objectType), nz(objectId), outcome, nz(detail));
    }

    public static String link(byte[] key, String previousMac, String canonical) {
        return Sm3.hex(Sm3.hmac(key, previousMac + "\u001e" + canonical));
    }

    public static boolean matches(String expectedMac, String storedMac) {
        return storedMac != null && storedMac.length() == expectedMac.length()
                && Sm3.constantTimeEquals(Sm3.fromHex(expectedMac), Sm3.fromHex(storedMac));
    }

    /** Walks a chain; the cursor remembers the last good MAC and the first broken id. */
    public static final class Walk {
        private final byte[] key;
        private String previous = GENESIS;
        private long checked;
        private Long firstBroken;

        public Walk(byte[] key) {
            this.key = key.clone();
        }

        /** Checks the next event in id order; returns false once the chain is broken. */
        public boolean next(long id, String canonical, String storedMac) {
            if (firstBroken != null) {
                return false;
            }
            String expected = link(key, previous, canonical);
            if (!matches(expected, storedMac)) {
                firstBroken = id;
                return false;
            }
            previous = storedMac;
            checked++;
            return true;
        }

        public long checked() {
            return checked;
        }

        public Optional<Long> firstBroken() {
            return Optional.ofNullable(firstBroken);
        }

        public String message() {
            return firstBroken == null
                    ? "审计链完整，共校验 " + checked + " 条记录 / audit chain intact, " + checked + " records"
                    : "审计记录 #" + firstBroken + " 校验失败：该记录或其之前的记录被修改、插入或删除 / audit record #"
                    + firstBroken + " does not match: it or an earlier record was changed, inserted or deleted";
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

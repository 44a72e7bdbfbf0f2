package cn.gov.lanzhou.supervision.gm;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.IntSupplier;

import cn.gov.lanzhou.supervision.gm.asymmetric.Sm2;
import cn.gov.lanzhou.supervision.gm.digest.Sm3;
import cn.gov.lanzhou.supervision.gm.field.FieldCipher;
import cn.gov.lanzhou.supervision.gm.field.KeyRing;
import cn.gov.lanzhou.supervision.gm.password.PasswordHasher;

/**
 * Rough per-operation costs of the module's algorithms on this machine — not a test, and not a JMH
 * benchmark: a warm-up, then a timed loop. Run from the project root with
 * <pre>
 * mvn -q -pl security-gm test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.lanzhou.supervision.gm.GmBenchmark
 * </pre>
 * (or the same without {@code -pl security-gm} from inside {@code security-gm/}).
 */
public final class GmBenchmark {

    private static final double WARM_UP_SECONDS = 1.0;
    private static final double MEASURE_SECONDS = 2.0;

    /** Folded into the output so that the JIT cannot drop the measured work. */
    private static long sink;

    private GmBenchmark() {
    }

    public static void main(String[] args) {
        SecureRandom random = new SecureRandom();
        System.out.printf(Locale.ROOT, "GM benchmark — Java %s, %d CPUs, BouncyCastle %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                GmProvider.get().getVersionStr());

        FieldCipher cipher = new FieldCipher(KeyRing.single(1, KeyRing.generateKey(random)));
        String idNumber = "62010219900101123X";
        double sm4 = nanosPerOp(() -> cipher.decrypt(cipher.encrypt(idNumber, "Person.idNumber"), "Person.idNumber").length());
        System.out.printf(Locale.ROOT, "SM4-GCM encrypt+decrypt, 18 chars : %,10.0f ops/s  %8.2f µs/op%n",
                1e9 / sm4, sm4 / 1e3);

        byte[] key = new byte[32];
        random.nextBytes(key);
        byte[] kilobyte = new byte[1024];
        random.nextBytes(kilobyte);
        double hmac = nanosPerOp(() -> Sm3.hmac(key, kilobyte)[0]);
        System.out.printf(Locale.ROOT, "HMAC-SM3, 1 KB                    : %,10.0f ops/s  %8.2f µs/op  (%.0f MB/s)%n",
                1e9 / hmac, hmac / 1e3, 1024 / hmac * 1e9 / 1e6);

        KeyPair pair = Sm2.generateKeyPair();
        byte[] message = "整改通知书 2026-017".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Sm2.sign(pair.getPrivate(), Sm2.DEFAULT_SIGNER_ID, message);
        if (!Sm2.verify(pair.getPublic(), Sm2.DEFAULT_SIGNER_ID, message, signature)
                || !idNumber.equals(cipher.decrypt(cipher.encrypt(idNumber, "Person.idNumber"), "Person.idNumber"))) {
            throw new IllegalStateException("The operations being measured do not work.");
        }
        double sign = nanosPerOp(() -> Sm2.sign(pair.getPrivate(), Sm2.DEFAULT_SIGNER_ID, message).length);
        double verify = nanosPerOp(() -> Sm2.verify(pair.getPublic(), Sm2.DEFAULT_SIGNER_ID, message, signature) ? 1 : 0);
        System.out.printf(Locale.ROOT, "SM2 sign (SM3withSM2)             : %,10.0f ops/s  %8.3f ms/op%n", 1e9 / sign, sign / 1e6);
        System.out.printf(Locale.ROOT, "SM2 verify                        : %,10.0f ops/s  %8.3f ms/op%n", 1e9 / verify, verify / 1e6);
        double encrypt = nanosPerOp(() -> Sm2.encrypt(pair.getPublic(), message).length);
        System.out.printf(Locale.ROOT, "SM2 encrypt C1C3C2, %d bytes      : %,10.0f ops/s  %8.3f ms/op%n",
                message.length, 1e9 / encrypt, encrypt / 1e6);

        PasswordHasher hasher = new PasswordHasher();
        for (int i = 0; i < 3; i++) {
            sink += hasher.hash("warm-up".toCharArray()).length();
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += hasher.hash("Lz@2026安全".toCharArray()).length();
        }
        double pbkdf2 = (System.nanoTime() - start) / (double) rounds;
        System.out.printf(Locale.ROOT, "PBKDF2-HMAC-SM3, %,d iterations : %8.1f ms/hash%n",
                hasher.iterations(), pbkdf2 / 1e6);

        System.out.println("(checksum " + sink + ")");
    }

    /** Runs {@code op} for the warm-up time, then for the measuring time, and returns nanoseconds per call. */
    private static double nanosPerOp(IntSupplier op) {
        run(op, WARM_UP_SECONDS);
        return run(op, MEASURE_SECONDS);
    }

    private static double run(IntSupplier op, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        long elapsed;
        do {
            for (int i = 0; i < 16; i++) {
                sink += op.getAsInt();
            }
            count += 16;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budget);
        return elapsed / (double) count;
    }
}

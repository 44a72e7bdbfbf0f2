package cn.gov.lanzhou.supervision.gm.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import cn.gov.lanzhou.supervision.gm.GmProvider;
import cn.gov.lanzhou.supervision.gm.digest.Sm3;

/** The SM4 primitive under FieldCipher, checked against GB/T 32907-2016 and the JCE. */
class Sm4BlockCipherTest {

    @Test
    void singleBlockMatchesTheGbT32907Example() throws Exception {
        byte[] keyAndPlaintext = Sm3.fromHex("0123456789abcdeffedcba9876543210");
        Cipher sm4 = Cipher.getInstance("SM4/ECB/NoPadding", GmProvider.get());
        sm4.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyAndPlaintext, "SM4"));
        assertEquals("681edf34d206965e86b3e94f536e4246", Sm3.hex(sm4.doFinal(keyAndPlaintext)));
    }

    @Test
    void jceSm4GcmDecryptsWhatFieldCipherStores() throws Exception {
        byte[] key = Sm3.fromHex("00112233445566778899aabbccddeeff");
        String stored = new FieldCipher(KeyRing.single(7, key)).encrypt("620102199001011234", "Person.idNumber");
        byte[] bytes = Base64.getDecoder().decode(stored);

        Cipher gcm = Cipher.getInstance("SM4/GCM/NoPadding", GmProvider.get());
        byte[] iv = Arrays.copyOfRange(bytes, 3, 15);
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "SM4"), new GCMParameterSpec(128, iv));
        gcm.updateAAD(new byte[] {1, 0, 7}); // header: version 1, key id 7
        gcm.updateAAD("Person.idNumber".getBytes(StandardCharsets.UTF_8));
        byte[] plain = gcm.doFinal(bytes, 15, bytes.length - 15);
        assertEquals("620102199001011234", new String(plain, StandardCharsets.UTF_8));
    }
}

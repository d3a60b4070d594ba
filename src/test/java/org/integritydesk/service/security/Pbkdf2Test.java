package org.integritydesk.service.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2Test {
    /** RFC 7914 section 11, the PBKDF2-HMAC-SHA256 test vector ("passwd", "salt", 1 round, 64 bytes). */
    @Test
    void matchesThePublishedTestVector() {
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        assertArrayEquals(expected, Pbkdf2.hmacSha256("passwd".toCharArray(), "salt".getBytes(), 1, 64));
    }

    /** Every password of the app's users must still open the keys wrapped with the JDK's derivation. */
    @ParameterizedTest
    @ValueSource(strings = {"Demo@2026", "a", "廉政工作台密码2026!", "pässwörd with spaces",
        "a password longer than one SHA-256 block of sixty-four bytes, so HMAC hashes it first ......",
        "exactly-sixty-four-bytes-of-password-to-hit-the-block-edge-12345"})
    void givesTheJdkKeyForEveryKindOfPassword(String password) throws Exception {
        Random random = new Random(password.hashCode());
        for (int iterations : new int[] {1, 2, 1000}) {
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            assertArrayEquals(jdk, Pbkdf2.hmacSha256(password.toCharArray(), salt, iterations, 32),
                    password + " with " + iterations + " rounds");
        }
    }

    @Test
    void longerKeysJoinBlocksAsTheJdkDoes() throws Exception {
        byte[] salt = "a salt of the vault".getBytes();
        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("Demo@2026".toCharArray(), salt, 50, 8 * 70)).getEncoded();
        assertArrayEquals(jdk, Pbkdf2.hmacSha256("Demo@2026".toCharArray(), salt, 50, 70));
    }

    @Test
    void refusesNoRounds() {
        assertThrows(IllegalArgumentException.class, () -> Pbkdf2.hmacSha256("x".toCharArray(), new byte[16], 0, 32));
    }
}

package ai.tavari.adapters.web.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). Parameters travel in each
 * hash, so raising them later still verifies old hashes. Kept apart from the CDI bean so that bean
 * discovery never has to load the hashing library's types.
 */
final class Argon2idHashes {
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int OUTPUT_LENGTH = 32;
    private static final int SALT_LENGTH = 16;
    private static final Argon2Function ARGON2 =
            Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, OUTPUT_LENGTH, Argon2.ID);

    private Argon2idHashes() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_LENGTH).with(ARGON2).getResult();
    }

    static boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2id$")) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}

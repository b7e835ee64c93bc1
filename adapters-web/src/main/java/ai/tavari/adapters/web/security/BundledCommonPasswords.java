package ai.tavari.adapters.web.security;

import ai.tavari.application.port.out.CommonPasswords;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Checks passwords against a list shipped with the product; comparison ignores letter case. */
@ApplicationScoped
public class BundledCommonPasswords implements CommonPasswords {
    static final String RESOURCE = "common-passwords.txt";
    private final Set<String> passwords = load();

    @Override
    public boolean isCommon(String password) {
        return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }

    private static Set<String> load() {
        try (InputStream in = BundledCommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> result = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

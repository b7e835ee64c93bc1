package ai.tavari.adapters.telephony.management;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The VoxEngine scenario ({@code src/main/voxengine/tavari.js}), packaged in this jar as {@code voxengine/tavari.js}. */
public final class VoxEngineScenario {
    static final String RESOURCE = "/voxengine/tavari.js";

    private VoxEngineScenario() {
    }

    public static String script() {
        try (InputStream in = VoxEngineScenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

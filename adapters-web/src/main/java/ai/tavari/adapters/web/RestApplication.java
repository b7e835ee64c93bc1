package ai.tavari.adapters.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All JSON endpoints live under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

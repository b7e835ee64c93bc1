package ai.tavari.adapters.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All JSON endpoints live under {@code /api}; their OpenAPI document is at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "Tavari API",
        version = "1",
        description = "The owner API of Tavari, the AI phone receptionist: account, setup wizard, agent, calls, "
                + "messages and usage. Errors are RFC 9457 application/problem+json. Browse it at /api-docs/."))
public class RestApplication extends Application {
}

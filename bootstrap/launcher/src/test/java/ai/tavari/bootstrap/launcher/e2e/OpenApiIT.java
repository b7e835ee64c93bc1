package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document describes every endpoint with its success and problem answers. */
@ExtendWith(RunningTavari.class)
class OpenApiIT {
    private static final Set<String> PUBLIC = Set.of("/api/auth/signup", "/api/auth/login");

    @Test
    void everyOperationHasASuccessAnswerProblemAnswersAndItsSecurity(TavariServer server) {
        OwnerApi.Answer answer = new OwnerApi(server).anonymous("GET", "openapi?format=JSON", null);
        assertThat(answer.status()).isEqualTo(200);
        JsonObject document = answer.object();
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Tavari API");
        assertThat(document.getJsonObject("components").getJsonObject("schemas")).containsKey("Problem");
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/auth/signup", "/api/auth/login", "/api/auth/me", "/api/auth/logout");

        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonObject responses = operation.getValue().asJsonObject().getJsonObject("responses");
                assertThat(responses.keySet()).as(where + " documents its success")
                        .anyMatch(status -> status.startsWith("2"));
                assertThat(responses.keySet()).as(where + " has no undocumented default").doesNotContain("default");
                assertThat(responses.getJsonObject("500").toString()).as(where).contains("#/components/schemas/Problem");
                boolean secured = operation.getValue().asJsonObject().containsKey("security");
                assertThat(secured).as(where + " declares its authentication").isEqualTo(!PUBLIC.contains(path.getKey()));
                if (secured) {
                    assertThat(responses.keySet()).as(where).contains("401");
                }
            }
        }
    }

    @Test
    void browsableApiPageServesSwaggerUiOverTheDocument(TavariServer server) {
        OwnerApi api = new OwnerApi(server);
        OwnerApi.Answer page = api.anonymous("GET", "api-docs/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("/api-docs/init.js");
        String bundle = page.body().replaceAll("(?s).*src=\"/(webjars/[^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        assertThat(api.anonymous("GET", bundle, null).status()).isEqualTo(200);
        assertThat(api.anonymous("GET", "api-docs/init.js", null).body()).contains("/openapi");
    }
}

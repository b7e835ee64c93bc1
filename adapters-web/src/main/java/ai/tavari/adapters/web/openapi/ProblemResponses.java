package ai.tavari.adapters.web.openapi;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document with what every endpoint shares, so no resource can forget it:
 * the RFC 9457 problem schema and the error answers each kind of operation can give, and the
 * authentication every owner endpoint needs.
 */
public class ProblemResponses implements OASFilter {
    static final String PROBLEM = "Problem";
    static final String BEARER = "bearerToken";
    static final String COOKIE = "sessionCookie";
    private static final Set<String> PUBLIC_PATHS = Set.of("/api/auth/signup", "/api/auth/login");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("The token from sign-up or log-in"));
        components.addSecurityScheme(COOKIE, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("tavari_session")
                .description("The HttpOnly session cookie set by sign-up or log-in"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                describe(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean isPublic = PUBLIC_PATHS.contains(path);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        add(responses, "400", "Invalid input: `errors` lists each field and why", takesInput);
        add(responses, "401", "Not logged in, or the session expired or was revoked", !isPublic);
        add(responses, "404", "Nothing with this id in your business", path.contains("{"));
        add(responses, "409", "A conflicting change: reload and try again", changesData(path, method));
        add(responses, "409", "This e-mail already has an account", path.equals("/api/auth/signup"));
        add(responses, "429", "Too many attempts; see Retry-After", isPublic);
        add(responses, "500", "An unexpected failure; quote the requestId", true);
        // Payara files a method's own result under "default"; it is the success answer.
        APIResponse result = responses.getDefaultValue();
        responses.removeAPIResponse(APIResponses.DEFAULT);
        boolean documentsSuccess = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("2"));
        if (!documentsSuccess && result != null) {
            responses.addAPIResponse("200", result.description("OK"));
        }
        if (!isPublic && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(COOKIE));
        }
    }

    private static boolean changesData(String path, PathItem.HttpMethod method) {
        boolean writes = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE;
        return writes && !path.startsWith("/api/auth/");
    }

    private static void add(APIResponses responses, String status, String description, boolean applies) {
        if (!applies || responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Path of the input field, e.g. faqs[2].question"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Stable problem kind, e.g. /problems/validation"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("requestId", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Also in the X-Request-Id header and the server log"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError));
    }
}

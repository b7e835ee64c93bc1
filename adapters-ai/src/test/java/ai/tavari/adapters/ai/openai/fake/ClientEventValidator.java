package ai.tavari.adapters.ai.openai.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a client event against the published GA schema of its type, and answers what the real API
 * would: {@code unknown_parameter} for a field the schema does not declare (the schema itself leaves
 * objects open, the API does not), {@code missing_required_parameter}, {@code invalid_value}, or
 * {@code invalid_event} when there is no type at all.
 */
public final class ClientEventValidator {
    public static final String SCHEMA_RESOURCE = "/openai-realtime-client-events.schema.json";

    private static final List<String> DISCRIMINATOR_SUFFIXES = List.of(".properties.type.enum",
            ".properties.type.const");

    private static volatile ClientEventValidator shared;

    private final Map<String, JsonSchema> schemasByType;

    private ClientEventValidator(Map<String, JsonSchema> schemasByType) {
        this.schemasByType = schemasByType;
    }

    /** The validator over the schema file on the class path; built once, it is not cheap. */
    public static ClientEventValidator load() {
        ClientEventValidator validator = shared;
        if (validator == null) {
            synchronized (ClientEventValidator.class) {
                if (shared == null) {
                    shared = new ClientEventValidator(readSchemas());
                }
                validator = shared;
            }
        }
        return validator;
    }

    public Set<String> eventTypes() {
        return new TreeSet<>(schemasByType.keySet());
    }

    /** What the API answers to this event, or empty when it accepts it. */
    public Optional<ApiError> check(JsonNode event) {
        if (event == null || !event.isObject()) {
            return Optional.of(ApiError.invalidRequest("invalid_event", "The event must be a JSON object.", null));
        }
        JsonNode type = event.get("type");
        if (type == null || !type.isTextual()) {
            return Optional.of(ApiError.invalidRequest("invalid_event", "The 'type' field is missing.", "type"));
        }
        JsonSchema schema = schemasByType.get(type.asText());
        if (schema == null) {
            return Optional.of(ApiError.invalidRequest("invalid_value", "Invalid value: '" + type.asText()
                    + "'. Supported values are: " + quotedTypes() + ".", "type"));
        }
        Set<ValidationMessage> problems = schema.validate(event);
        List<String> otherVariants = variantsOfAnotherType(problems);
        return problems.stream()
                .filter(message -> otherVariants.stream().noneMatch(message.getEvaluationPath().toString()::startsWith))
                .min(Comparator.comparingInt(ClientEventValidator::rank)
                        .thenComparing(message -> -message.getInstanceLocation().toString().length())
                        .thenComparing(message -> message.getInstanceLocation().toString()))
                .or(() -> problems.stream().findFirst())
                .map(ClientEventValidator::toError);
    }

    /**
     * The union variants ruled out by their {@code type} discriminator. Their complaints are noise:
     * a function tool with a stray field must be reported as that, not as "not an MCP tool".
     */
    private static List<String> variantsOfAnotherType(Set<ValidationMessage> problems) {
        List<String> variants = new ArrayList<>();
        for (ValidationMessage message : problems) {
            String path = message.getEvaluationPath().toString();
            for (String suffix : DISCRIMINATOR_SUFFIXES) {
                if (path.endsWith(suffix)) {
                    variants.add(path.substring(0, path.length() - suffix.length()));
                }
            }
        }
        return variants;
    }

    private String quotedTypes() {
        return String.join(", ", eventTypes().stream().map(t -> "'" + t + "'").toList());
    }

    /** The problem the real API would name first: an unknown field, then a missing one, then the rest. */
    private static int rank(ValidationMessage message) {
        switch (message.getType()) {
            case "additionalProperties":
                return 0;
            case "required":
                return 1;
            case "oneOf":
            case "anyOf":
                return 3;
            default:
                return 2;
        }
    }

    private static ApiError toError(ValidationMessage message) {
        String location = param(message.getInstanceLocation().toString());
        switch (message.getType()) {
            case "additionalProperties": {
                String param = join(location, message.getProperty());
                return ApiError.invalidRequest("unknown_parameter", "Unknown parameter: '" + param + "'.", param);
            }
            case "required": {
                String param = join(location, message.getProperty());
                return ApiError.invalidRequest("missing_required_parameter",
                        "Missing required parameter: '" + param + "'.", param);
            }
            default:
                return ApiError.invalidRequest("invalid_value", "Invalid value at '" + location + "': "
                        + message.getMessage(), location.isEmpty() ? null : location);
        }
    }

    private static String param(String instanceLocation) {
        if (instanceLocation.startsWith("$.")) {
            return instanceLocation.substring(2);
        }
        return instanceLocation.equals("$") ? "" : instanceLocation;
    }

    private static String join(String location, String property) {
        if (property == null) {
            return location;
        }
        return location.isEmpty() ? property : location + "." + property;
    }

    private static Map<String, JsonSchema> readSchemas() {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode all;
        try (InputStream in = ClientEventValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the class path");
            }
            all = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<String, JsonSchema> schemas = new LinkedHashMap<>();
        all.fields().forEachRemaining(entry -> {
            if (entry.getValue().isObject() && entry.getValue().has("$schema")) {
                ObjectNode schema = entry.getValue().deepCopy();
                closeObjects(schema);
                schemas.put(entry.getKey(), factory.getSchema(schema));
            }
        });
        return Map.copyOf(schemas);
    }

    /**
     * Adds {@code additionalProperties: false} to every object schema that lists its properties and
     * says nothing about others. Walks schema positions only, so a property that happens to be named
     * "properties" is not mistaken for a keyword.
     */
    private static void closeObjects(JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        ObjectNode node = (ObjectNode) schema;
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            if (!node.has("additionalProperties")) {
                node.set("additionalProperties", BooleanNode.FALSE);
            }
            properties.forEach(ClientEventValidator::closeObjects);
        }
        for (String combinator : new String[] {"anyOf", "oneOf", "allOf"}) {
            JsonNode branches = node.get(combinator);
            if (branches != null && branches.isArray()) {
                branches.forEach(ClientEventValidator::closeObjects);
            }
        }
        JsonNode items = node.get("items");
        if (items != null) {
            closeObjects(items);
        }
        JsonNode additional = node.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            closeObjects(additional);
        }
    }
}

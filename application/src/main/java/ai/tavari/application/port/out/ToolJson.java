package ai.tavari.application.port.out;

import java.util.Map;

/**
 * JSON for the agent's tool calls: arguments arrive and results leave as JSON text, while the
 * call logic works on plain maps (strings, numbers, booleans, lists, maps, null).
 */
public interface ToolJson {
    /** @throws IllegalArgumentException if {@code json} is not a JSON object */
    Map<String, Object> parseObject(String json);

    String write(Map<String, ?> object);
}

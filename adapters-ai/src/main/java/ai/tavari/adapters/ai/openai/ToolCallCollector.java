package ai.tavari.adapters.ai.openai;

import ai.tavari.application.port.out.conversation.EngineEvent.ToolCall;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Function calls wait for their response to complete: a cancelled response still announces its
 * calls, and those must not run. Each call id is released once. Confined to the session thread.
 */
final class ToolCallCollector {
    private final Map<String, Map<String, ToolCall>> byResponse = new HashMap<>();
    private final Set<String> released = new HashSet<>();

    void announced(String responseId, String callId, String name, String arguments) {
        if (callId == null || name == null) {
            return;
        }
        byResponse.computeIfAbsent(String.valueOf(responseId), id -> new LinkedHashMap<>())
                .putIfAbsent(callId, new ToolCall(callId, name, arguments == null ? "{}" : arguments));
    }

    /**
     * The calls to run now that {@code responseId} completed: those announced during it, and any
     * function call in its final output that was not announced.
     */
    List<ToolCall> completed(String responseId, JsonArray output) {
        Map<String, ToolCall> calls = byResponse.remove(String.valueOf(responseId));
        Map<String, ToolCall> all = calls == null ? new LinkedHashMap<>() : calls;
        if (output != null) {
            for (JsonValue value : output) {
                JsonObject item = value instanceof JsonObject ? (JsonObject) value : null;
                if (item != null && "function_call".equals(ServerEvent.text(item, "type"))) {
                    String callId = ServerEvent.text(item, "call_id");
                    String name = ServerEvent.text(item, "name");
                    String arguments = ServerEvent.text(item, "arguments");
                    if (callId != null && name != null) {
                        all.putIfAbsent(callId, new ToolCall(callId, name, arguments == null ? "{}" : arguments));
                    }
                }
            }
        }
        List<ToolCall> toRun = new ArrayList<>();
        for (ToolCall call : all.values()) {
            if (released.add(call.callId())) {
                toRun.add(call);
            }
        }
        return toRun;
    }

    void discarded(String responseId) {
        byResponse.remove(String.valueOf(responseId));
    }
}

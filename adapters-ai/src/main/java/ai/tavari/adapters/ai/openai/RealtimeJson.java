package ai.tavari.adapters.ai.openai;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParserFactory;
import java.util.Map;

/** JSON-P factories, looked up once: {@code Json.createXxx()} searches for the provider on every call. */
final class RealtimeJson {
    final JsonBuilderFactory builders;
    final JsonReaderFactory readers;
    final JsonParserFactory parsers;

    RealtimeJson() {
        JsonProvider provider = JsonProvider.provider();
        this.builders = provider.createBuilderFactory(Map.of());
        this.readers = provider.createReaderFactory(Map.of());
        this.parsers = provider.createParserFactory(Map.of());
    }
}

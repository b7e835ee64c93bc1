package ai.tavari.application.service.call.live;

import ai.tavari.application.port.out.ServerSecrets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

final class InMemoryServerSecrets implements ServerSecrets {
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

    @Override
    public byte[] getOrCreate(String name, Supplier<byte[]> generator) {
        return secrets.computeIfAbsent(name, key -> generator.get());
    }
}

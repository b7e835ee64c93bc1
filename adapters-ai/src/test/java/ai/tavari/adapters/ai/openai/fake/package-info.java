/**
 * A fake OpenAI Realtime server (GA interface) on loopback, for tests of this module and, through
 * the test-jar, of others. Start with {@link ai.tavari.adapters.ai.openai.fake.FakeRealtimeServer#start()},
 * take each call with {@code awaitConnection()} and drive it with the
 * {@link ai.tavari.adapters.ai.openai.fake.FakeRealtimeConnection} script methods. Every client event is
 * checked against {@code openai-realtime-client-events.schema.json} (in the test-jar) and the API's rules.
 *
 * <p>A module using it depends on {@code tavari-adapters-ai} with type {@code test-jar}, scope test, and
 * also declares the fake's own test dependencies, which Maven does not pass on: {@code Java-WebSocket},
 * {@code json-schema-validator} (versions managed in the parent) and a JSON-P implementation for the engine.
 * {@link ai.tavari.adapters.ai.openai.fake.FakeRealtimeServerMain} runs it as a separate process.
 */
package ai.tavari.adapters.ai.openai.fake;

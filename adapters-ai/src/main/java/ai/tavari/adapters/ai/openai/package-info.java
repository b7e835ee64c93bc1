/**
 * The OpenAI Realtime API (GA interface) behind the conversation port: one WebSocket per call over the
 * JDK client, μ-law passed through as base64 both ways, server VAD for turns and barge-in.
 *
 * <p>Construction: {@code new OpenAiRealtimeEngine(new OpenAiRealtimeSettings(url, apiKey, model,
 * connectTimeout))}, or {@code OpenAiRealtimeSettings.withDefaults(apiKey)}. Caller audio that arrives
 * before the session has confirmed μ-law is held, newest second only, and sent first once it has.
 */
package ai.tavari.adapters.ai.openai;

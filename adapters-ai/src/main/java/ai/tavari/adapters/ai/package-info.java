/**
 * Conversation engines behind the application's {@code ConversationEngine} port: the OpenAI
 * Realtime client and the local rule-based engine. No vendor name leaks past this module.
 */
package ai.tavari.adapters.ai;

/** The local, rule-based conversation engine: text in, text and tool calls out, no network. */
package ai.tavari.adapters.ai.local;

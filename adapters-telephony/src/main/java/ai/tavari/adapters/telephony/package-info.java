/**
 * Voximplant telephony adapter: call webhook, media WebSocket, VoxEngine scenario and
 * Management API client. Depends on the application's ports only.
 */
package ai.tavari.adapters.telephony;

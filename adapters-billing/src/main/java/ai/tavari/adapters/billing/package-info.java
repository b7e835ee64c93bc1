/**
 * Stripe billing adapter: checkout, portal, webhook verification and plan catalogue sync.
 */
package ai.tavari.adapters.billing;

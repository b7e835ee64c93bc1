package ai.tavari.application.port.in.setup;

/** Where the number the owner forwards their line to stands. */
public enum ForwardingState {
    /** The business has its number: calls to it reach the agent. */
    READY,
    /** Numbers are provisioned on this server, and the business gets one when setup is finalized. */
    NOT_REQUESTED,
    /** The number is being bought and connected. */
    PROVISIONING,
    /** Getting a number failed; finalizing again (or a server restart) tries again. */
    FAILED,
    /** The number went back to the provider after the subscription ended. */
    RELEASED,
    /** This server does not provision numbers. */
    NOT_CONFIGURED
}

package ai.tavari.application.port.in.call;

/**
 * Decides what happens to an incoming call (design, data flow step 1): finds the business by the
 * dialled number, applies the usage policy (concurrent calls counted cluster-safe), stores the
 * call with its decision, and, for {@code connect}, gets the agent ready before media arrives.
 */
public interface AuthorizeIncomingCall {
    CallDecision decide(IncomingCallCommand command);
}

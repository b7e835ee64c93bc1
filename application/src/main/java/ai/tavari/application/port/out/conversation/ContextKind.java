package ai.tavari.application.port.out.conversation;

/** A rule changes how the agent behaves; a fact is something it now knows. */
public enum ContextKind {
    RULE,
    FACT
}

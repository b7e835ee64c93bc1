package ai.tavari.domain.call;

public enum Speaker {
    CALLER,
    AGENT
}

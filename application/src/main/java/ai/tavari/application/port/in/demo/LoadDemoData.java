package ai.tavari.application.port.in.demo;

/**
 * Creates the demo business ({@link DemoAccount}) with a finished agent setup, a few weeks of
 * realistic calls, messages and metered minutes, so the dashboard can be tried without a phone
 * line. Idempotent: if the demo owner exists, nothing is written.
 */
public interface LoadDemoData {
    DemoLoad load();
}

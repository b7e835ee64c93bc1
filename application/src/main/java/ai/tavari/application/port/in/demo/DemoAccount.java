package ai.tavari.application.port.in.demo;

/**
 * The demo business and the owner login that {@link LoadDemoData} creates. The password is public
 * on purpose (it is in the README): the demo business is for trying the dashboard, never for real
 * callers.
 */
public final class DemoAccount {
    public static final String BUSINESS_NAME = "Bella Hair Studio (demo)";
    public static final String EMAIL = "demo@tavari.example";
    public static final String PASSWORD = "bella-demo-2026";

    private DemoAccount() {
    }
}

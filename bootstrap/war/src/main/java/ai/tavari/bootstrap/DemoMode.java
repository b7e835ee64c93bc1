package ai.tavari.bootstrap;

import ai.tavari.application.port.in.auth.EmailAlreadyRegisteredException;
import ai.tavari.application.port.in.demo.DemoAccount;
import ai.tavari.application.port.in.demo.DemoLoad;
import ai.tavari.application.port.in.demo.LoadDemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code tavari.demo=true} ({@code TAVARI_DEMO=true}, or {@code java -jar tavari.jar --demo})
 * the demo business is loaded when the application starts, unless it exists already, and its
 * owner login is logged. A failure is logged and leaves the server running without demo data.
 */
@ApplicationScoped
public class DemoMode {
    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    @ConfigProperty(name = "tavari.demo", defaultValue = "false")
    boolean enabled;
    @Inject
    LoadDemoData loadDemoData;

    void loadAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!enabled) {
            return;
        }
        try {
            DemoLoad load = loadDemoData.load();
            LOG.info(load.created()
                    ? "Demo mode: created \"" + DemoAccount.BUSINESS_NAME + "\" with " + load.calls() + " calls and "
                            + load.messages() + " messages"
                    : "Demo mode: \"" + DemoAccount.BUSINESS_NAME + "\" exists already; nothing loaded");
        } catch (EmailAlreadyRegisteredException loadedElsewhere) {
            LOG.info("Demo mode: another server loaded \"" + DemoAccount.BUSINESS_NAME + "\" at the same time");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo mode: the demo data could not be loaded; the server runs without it", e);
            return;
        }
        LOG.info("Demo mode: log in as " + DemoAccount.EMAIL + " with password " + DemoAccount.PASSWORD
                + " (demo data only; do not use demo mode for real callers)");
    }
}

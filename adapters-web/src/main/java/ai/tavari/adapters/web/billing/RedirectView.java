package ai.tavari.adapters.web.billing;

/** A hosted payment page to send the owner's browser to. */
public record RedirectView(String url) {
}

package ai.tavari.adapters.billing;

/** Stripe names derived from a plan code, so the catalogue sync and checkout agree without stored ids. */
public final class LookupKeys {
    private LookupKeys() {
    }

    /** The lookup key of the plan's monthly price, e.g. {@code tavari_starter_monthly}. */
    public static String monthlyPrice(String planCode) {
        return "tavari_" + planCode + "_monthly";
    }

    /** The id Tavari gives the plan's product, e.g. {@code tavari_starter}. */
    public static String product(String planCode) {
        return "tavari_" + planCode;
    }
}

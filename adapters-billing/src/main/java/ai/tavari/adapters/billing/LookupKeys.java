package ai.tavari.adapters.billing;

import java.util.Optional;

/** Stripe names derived from a plan code, so the catalogue sync and checkout agree without stored ids. */
public final class LookupKeys {
    private static final String PREFIX = "tavari_";
    private static final String MONTHLY = "_monthly";
    private static final String OVERAGE = "_overage";

    private LookupKeys() {
    }

    /** The lookup key of the plan's monthly price, e.g. {@code tavari_starter_monthly}. */
    public static String monthlyPrice(String planCode) {
        return PREFIX + planCode + MONTHLY;
    }

    /** The lookup key of the plan's metered price per minute beyond the included ones, e.g. {@code tavari_growth_overage}. */
    public static String overagePrice(String planCode) {
        return PREFIX + planCode + OVERAGE;
    }

    /** The plan a price belongs to, read back from its lookup key; empty for a key Tavari did not make. */
    public static Optional<String> planOf(String lookupKey) {
        if (lookupKey == null || !lookupKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (String suffix : new String[] {MONTHLY, OVERAGE}) {
            if (lookupKey.endsWith(suffix) && lookupKey.length() > PREFIX.length() + suffix.length()) {
                return Optional.of(lookupKey.substring(PREFIX.length(), lookupKey.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    /** The id Tavari gives the plan's product, e.g. {@code tavari_starter}. */
    public static String product(String planCode) {
        return PREFIX + planCode;
    }
}

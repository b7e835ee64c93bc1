package ai.tavari.adapters.telephony.management;

import java.util.regex.Pattern;

/**
 * What {@code AttachPhoneNumber} needs to buy exactly one offered number: its country, category,
 * region and the number as Voximplant spelled it. Kept by the application as an opaque text.
 */
record OfferReference(String countryCode, String category, String regionId, String phoneNumber) {
    private static final String SEPARATOR = ";";
    private static final Pattern PART = Pattern.compile("[^;\\s]+");

    OfferReference {
        for (String part : new String[] {countryCode, category, regionId, phoneNumber}) {
            if (part == null || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("not an offer part: " + part);
            }
        }
    }

    String encode() {
        return String.join(SEPARATOR, countryCode, category, regionId, phoneNumber);
    }

    static OfferReference decode(String reference) {
        String[] parts = reference.split(SEPARATOR, -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a Voximplant offer: " + reference);
        }
        return new OfferReference(parts[0], parts[1], parts[2], parts[3]);
    }
}

package ai.tavari.adapters.telephony.management;

import ai.tavari.application.port.out.NumberOffer;
import ai.tavari.application.port.out.NumberProvisioner;
import ai.tavari.application.port.out.NumberProvisioningException;
import ai.tavari.application.port.out.ProvisionedNumber;
import ai.tavari.domain.shared.PhoneNumber;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Numbers from Voximplant: an available number of the configured category in the business's
 * region ({@code phone_region_code} equal to its area code), else anywhere in its country; bought
 * by its exact number ({@code AttachPhoneNumber} with {@code phone_number}, never a count), bound
 * to the configured application and rule, and deactivated on release.
 */
public final class VoximplantNumberProvisioner implements NumberProvisioner {
    private final VoximplantManagementClient client;
    private final VoximplantSettings settings;
    private volatile String applicationId;

    public VoximplantNumberProvisioner(VoximplantManagementClient client, VoximplantSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public NumberOffer findAvailable(PhoneNumber near) {
        NumberArea area = NumberArea.of(near).orElseThrow(() -> new NumberProvisioningException(
                "the country of " + near + " is not known", false));
        return translated(() -> {
            String region = region(area);
            JsonObject numbers = client.call("GetNewPhoneNumbers", Map.of("country_code", area.countryCode(),
                    "phone_category_name", settings.numberCategory(), "phone_region_id", region, "count", "1"));
            String offered = ApiAnswers.objects(numbers, "result").stream().findFirst()
                    .map(number -> ApiAnswers.required("GetNewPhoneNumbers", number, "phone_number"))
                    .orElseThrow(() -> new NumberProvisioningException("Voximplant has no " + settings.numberCategory()
                            + " number left in region " + region + " of " + area.countryCode(), false));
            return new NumberOffer(area.e164(offered), new OfferReference(area.countryCode(), settings.numberCategory(),
                    region, offered).encode());
        });
    }

    @Override
    public Optional<ProvisionedNumber> findOwned(NumberOffer offer) {
        OfferReference reference = OfferReference.decode(offer.reference());
        return translated(() -> {
            JsonObject answer = client.call("GetPhoneNumbers", Map.of("phone_number", reference.phoneNumber()));
            return ApiAnswers.objects(answer, "result").stream()
                    .filter(number -> sameDigits(ApiAnswers.text(number, "phone_number"), reference.phoneNumber()))
                    .filter(number -> !ApiAnswers.flag(number, "deactivated") && !ApiAnswers.flag(number, "canceled"))
                    .findFirst()
                    .map(number -> new ProvisionedNumber(offer.number(),
                            ApiAnswers.required("GetPhoneNumbers", number, "phone_id")));
        });
    }

    @Override
    public ProvisionedNumber attach(NumberOffer offer) {
        OfferReference reference = OfferReference.decode(offer.reference());
        return translated(() -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("country_code", reference.countryCode());
            parameters.put("phone_category_name", reference.category());
            parameters.put("phone_region_id", reference.regionId());
            parameters.put("phone_number", reference.phoneNumber());
            JsonObject answer = client.call("AttachPhoneNumber", parameters);
            String phoneId = ApiAnswers.objects(answer, "phone_numbers").stream().findFirst()
                    .map(number -> ApiAnswers.required("AttachPhoneNumber", number, "phone_id"))
                    .orElseThrow(() -> ApiAnswers.incomplete("AttachPhoneNumber", "phone_numbers"));
            return new ProvisionedNumber(offer.number(), phoneId);
        });
    }

    @Override
    public void bind(ProvisionedNumber number) {
        translated(() -> client.call("BindPhoneNumberToApplication", Map.of("phone_id", number.providerId(),
                "application_id", applicationId(), "rule_name", settings.ruleName(), "bind", "true")));
    }

    @Override
    public void release(ProvisionedNumber number) {
        translated(() -> client.call("DeactivatePhoneNumber", Map.of("phone_id", number.providerId())));
    }

    /** The region of the business's area code if it has numbers for sale, else the one with the most. */
    private String region(NumberArea area) {
        JsonObject answer = client.call("GetPhoneNumberRegions", Map.of("country_code", area.countryCode(),
                "phone_category_name", settings.numberCategory(), "omit_empty", "true"));
        List<JsonObject> withNumbers = ApiAnswers.objects(answer, "result").stream()
                .filter(region -> ApiAnswers.count(region, "phone_count").map(count -> count > 0).orElse(true))
                .toList();
        return withNumbers.stream()
                .filter(region -> area.areaCode().isPresent()
                        && area.areaCode().equals(ApiAnswers.text(region, "phone_region_code")))
                .findFirst()
                .or(() -> withNumbers.stream().max(Comparator.comparing(
                        region -> ApiAnswers.count(region, "phone_count").orElse(0L))))
                .map(region -> ApiAnswers.required("GetPhoneNumberRegions", region, "phone_region_id"))
                .orElseThrow(() -> new NumberProvisioningException("Voximplant has no " + settings.numberCategory()
                        + " numbers for sale in " + area.countryCode(), false));
    }

    private String applicationId() {
        String known = applicationId;
        if (known == null) {
            known = VoximplantApplication.find(client, settings.applicationName())
                    .map(VoximplantApplication::id)
                    .orElseThrow(() -> new NumberProvisioningException("the Voximplant application "
                            + settings.applicationName() + " does not exist; run: java -jar tavari.jar voximplant-deploy",
                            false));
            applicationId = known;
        }
        return known;
    }

    private static boolean sameDigits(Optional<String> listed, String offered) {
        return listed.map(number -> number.replaceAll("[^0-9]", "")).filter(offered.replaceAll("[^0-9]", "")::equals)
                .isPresent();
    }

    private static <T> T translated(Supplier<T> request) {
        try {
            return request.get();
        } catch (VoximplantApiException e) {
            throw new NumberProvisioningException("Voximplant " + e.getMessage(), e.isTemporary(), e);
        }
    }
}

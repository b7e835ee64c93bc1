package ai.tavari.adapters.web.setup;

import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** Message taking and transfers as step 5 takes them; phone numbers in E.164. */
@JsonbPropertyOrder({"fieldsToCollect", "notificationEmail", "smsNumber", "transferNumber", "transferWhen",
        "urgentKeywords"})
public record MessageSettingsView(List<String> fieldsToCollect, String notificationEmail, String smsNumber,
                                  String transferNumber, String transferWhen, List<String> urgentKeywords) {
    static MessageSettingsView of(AgentProfile profile) {
        MessageSettings settings = profile.messageSettings();
        return new MessageSettingsView(settings.fieldsToCollect().stream().map(Enum::name).toList(),
                settings.notificationEmail().map(EmailAddress::value).orElse(null),
                settings.smsNumber().map(PhoneNumber::e164).orElse(null),
                profile.transferRules().number().map(PhoneNumber::e164).orElse(null),
                profile.transferRules().availability().name(), settings.urgentKeywords());
    }
}

package ai.tavari.domain.agent;

import static ai.tavari.domain.fixtures.DomainFixtures.BUSINESS_PHONE;
import static ai.tavari.domain.fixtures.DomainFixtures.NEW_YORK;
import static ai.tavari.domain.fixtures.DomainFixtures.agentProfile;
import static ai.tavari.domain.fixtures.DomainFixtures.at;
import static ai.tavari.domain.fixtures.DomainFixtures.business;
import static ai.tavari.domain.fixtures.DomainFixtures.newBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.shared.DomainValidationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentProfileTest {

    @Nested
    class Defaults {
        @Test
        void greetingMentionsTheBusinessAndTheAgent() {
            AgentProfile profile = AgentProfile.defaultFor(business());
            assertThat(profile.greeting())
                    .isEqualTo("Thanks for calling Bella's Salon, this is Ava. How can I help you today?");
            assertThat(profile.agentName()).isEqualTo("Ava");
            assertThat(profile.businessId()).isEqualTo(business().id());
        }

        @Test
        void startsWithSafeSettings() {
            AgentProfile profile = AgentProfile.defaultFor(business());
            assertThat(profile.voice()).isEqualTo("marin");
            assertThat(profile.language()).isEqualTo("en-US");
            assertThat(profile.instructions()).isEmpty();
            assertThat(profile.faqs()).isEmpty();
            assertThat(profile.messageSettings()).isEqualTo(MessageSettings.defaults());
            assertThat(profile.transferRules().availability()).isEqualTo(TransferAvailability.NEVER);
            assertThat(profile.transferRules().number()).as("pre-filled from the business").contains(BUSINESS_PHONE);
            assertThat(profile.afterHoursAction()).isEqualTo(AfterHoursAction.TAKE_MESSAGE);
            assertThat(profile.hours()).isEqualTo(HoursSchedule.weekdaysNineToFive(NEW_YORK));
        }

        @Test
        void worksForABusinessWithoutPhoneOrCustomZone() {
            AgentProfile profile = AgentProfile.defaultFor(newBusiness()
                    .withInfo("Bella's Salon", BUSINESS_PHONE, ZoneId.of("Europe/Berlin"), null, null));
            assertThat(profile.hours().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(AgentProfile.defaultFor(newBusiness()).transferRules().number()).isEmpty();
        }

        @Test
        void theLongestBusinessNameStillGivesAValidGreeting() {
            var longName = business().withInfo("B".repeat(120), BUSINESS_PHONE, NEW_YORK, null, null);
            assertThat(AgentProfile.defaultFor(longName).greeting()).contains("B".repeat(120));
        }
    }

    @Nested
    class Validation {
        private final AgentProfile profile = agentProfile();

        @ParameterizedTest
        @ValueSource(strings = {"alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse", " Coral "})
        void acceptsTheAllowedVoices(String voice) {
            assertThat(profile.withVoice(voice).voice()).isEqualTo(voice.strip().toLowerCase());
        }

        @ParameterizedTest
        @ValueSource(strings = {"nova", "", "onyx"})
        void rejectsOtherVoices(String voice) {
            assertThatThrownBy(() -> profile.withVoice(voice)).extracting("field").isEqualTo("voice");
        }

        @Test
        void allowedVoicesAreExactlyTheDocumentedSet() {
            assertThat(AgentProfile.ALLOWED_VOICES).containsExactly(
                    "alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"en-US, en-US", "en_us, en-US", "EN, en", "es-419, es-419", "zh-hant-tw, zh-Hant-TW", "de-DE, de-DE"})
        void canonicalisesLanguageTags(String given, String canonical) {
            assertThat(profile.withLanguage(given).language()).isEqualTo(canonical);
        }

        @ParameterizedTest
        @ValueSource(strings = {"english", "e", "en-USA1", "en--US", ""})
        void rejectsMalformedLanguageTags(String tag) {
            assertThatThrownBy(() -> profile.withLanguage(tag)).extracting("field").isEqualTo("language");
        }

        @Test
        void textFieldsAreRequiredAndCapped() {
            assertThatThrownBy(() -> profile.withAgentName(" ")).extracting("field").isEqualTo("agentName");
            assertThatThrownBy(() -> profile.withAgentName("x".repeat(41))).extracting("field").isEqualTo("agentName");
            assertThatThrownBy(() -> profile.withGreeting(null)).extracting("field").isEqualTo("greeting");
            assertThatThrownBy(() -> profile.withGreeting("x".repeat(301))).extracting("field").isEqualTo("greeting");
            assertThat(profile.withInstructions("x".repeat(2000)).instructions()).hasSize(2000);
            assertThatThrownBy(() -> profile.withInstructions("x".repeat(2001))).extracting("field").isEqualTo("instructions");
            assertThat(profile.withInstructions(null).instructions()).isEmpty();
            assertThat(profile.withGreeting("  Hello!  ").greeting()).isEqualTo("Hello!");
        }

        @Test
        void atMostFiveFaqs() {
            List<Faq> five = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                five.add(Faq.of("Question " + i + "?", "Answer " + i));
            }
            assertThat(profile.withFaqs(five).faqs()).hasSize(5);
            five.add(Faq.of("Question 6?", "Answer 6"));
            assertThatThrownBy(() -> profile.withFaqs(five))
                    .isInstanceOf(DomainValidationException.class)
                    .extracting("field").isEqualTo("faqs");
        }

        @Test
        void duplicateQuestionsAreRejectedWhateverTheirCase() {
            List<Faq> faqs = List.of(Faq.of("Do you take walk-ins?", "Yes"), Faq.of("Parking?", "Yes"),
                    Faq.of("do you  TAKE walk-ins", "No"));
            assertThatThrownBy(() -> profile.withFaqs(faqs))
                    .hasMessage("repeats the question of FAQ 1")
                    .extracting("field").isEqualTo("faqs[2].question");
        }

        @Test
        void faqListIsCopied() {
            List<Faq> faqs = new ArrayList<>(List.of(Faq.of("Parking?", "Yes")));
            AgentProfile withFaqs = profile.withFaqs(faqs);
            faqs.add(Faq.of("Pets?", "No"));
            assertThat(withFaqs.faqs()).hasSize(1);
            assertThat(profile.withFaqs(null).faqs()).isEmpty();
        }

        @Test
        void transferringAfterHoursNeedsANumber() {
            AgentProfile noNumber = profile.withTransferRules(TransferRules.never());
            assertThatThrownBy(() -> noNumber.withAfterHoursAction(AfterHoursAction.TRANSFER))
                    .extracting("field").isEqualTo("afterHoursAction");
            assertThat(noNumber.withCallHandling(TransferRules.always(BUSINESS_PHONE), AfterHoursAction.TRANSFER)
                    .afterHoursAction()).isEqualTo(AfterHoursAction.TRANSFER);
        }

        @Test
        void requiredParts() {
            assertThatThrownBy(() -> profile.withMessageSettings(null)).extracting("field").isEqualTo("messageSettings");
            assertThatThrownBy(() -> profile.withTransferRules(null)).extracting("field").isEqualTo("transferRules");
            assertThatThrownBy(() -> profile.withAfterHoursAction(null)).extracting("field").isEqualTo("afterHoursAction");
            assertThatThrownBy(() -> profile.withHours(null)).extracting("field").isEqualTo("hours");
        }
    }

    @Nested
    class Copies {
        @Test
        void withersChangeOnlyTheirField() {
            AgentProfile original = agentProfile();
            AgentProfile renamed = original.withAgentName("Max");

            assertThat(renamed.agentName()).isEqualTo("Max");
            assertThat(renamed).usingRecursiveComparison().ignoringFields("agentName").isEqualTo(original);
            assertThat(original.agentName()).isEqualTo("Ava");
        }

        @Test
        void restoringFromStoredFieldsGivesAnEqualProfile() {
            AgentProfile p = agentProfile();
            AgentProfile restored = new AgentProfile(p.businessId(), p.agentName(), p.greeting(), p.voice(), p.language(),
                    p.instructions(), p.faqs(), p.messageSettings(), p.transferRules(), p.afterHoursAction(), p.hours());
            assertThat(restored).isEqualTo(p).hasSameHashCodeAs(p);
        }
    }

    @Nested
    class Behaviour {
        private final Instant wednesdayMorning = at("2026-03-04T10:00", NEW_YORK);
        private final Instant wednesdayNight = at("2026-03-04T22:00", NEW_YORK);

        @Test
        void afterHoursActionAppliesOnlyWhenClosed() {
            AgentProfile profile = agentProfile();
            assertThat(profile.isOpen(wednesdayMorning)).isTrue();
            assertThat(profile.afterHoursActionAt(wednesdayMorning)).isEmpty();
            assertThat(profile.afterHoursActionAt(wednesdayNight)).contains(AfterHoursAction.TAKE_MESSAGE);
        }

        @Test
        void transferNeverAllowedWhenSwitchedOff() {
            AgentProfile profile = agentProfile().withTransferRules(new TransferRules(Optional.of(BUSINESS_PHONE),
                    TransferAvailability.NEVER));
            assertThat(profile.transferAllowedAt(wednesdayMorning)).isFalse();
            assertThat(profile.transferAllowedAt(wednesdayNight)).isFalse();
        }

        @Test
        void transferDuringOpenHoursOnly() {
            AgentProfile profile = agentProfile().withTransferRules(TransferRules.duringOpenHours(BUSINESS_PHONE));
            assertThat(profile.transferAllowedAt(wednesdayMorning)).isTrue();
            assertThat(profile.transferAllowedAt(wednesdayNight)).isFalse();
        }

        @Test
        void transferAlways() {
            AgentProfile profile = agentProfile().withTransferRules(TransferRules.always(BUSINESS_PHONE));
            assertThat(profile.transferAllowedAt(wednesdayNight)).isTrue();
        }

        @Test
        void afterHoursTransferAllowsTransfersWhileClosed() {
            AgentProfile profile = agentProfile().withCallHandling(
                    new TransferRules(Optional.of(BUSINESS_PHONE), TransferAvailability.NEVER), AfterHoursAction.TRANSFER);
            assertThat(profile.transferAllowedAt(wednesdayNight)).isTrue();
            assertThat(profile.transferAllowedAt(wednesdayMorning)).isFalse();
        }
    }
}

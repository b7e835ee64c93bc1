package ai.tavari.adapters.persistence.agent;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.persistence.business.JpaBusinessRepository;
import ai.tavari.adapters.persistence.testing.PostgresTestDatabase;
import ai.tavari.domain.agent.AfterHoursAction;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.Faq;
import ai.tavari.domain.agent.MessageField;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.agent.TransferRules;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JpaAgentProfileRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static PostgresTestDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @Test
    void defaultProfileRoundTrips() {
        Business business = newBusiness();
        AgentProfile profile = AgentProfile.defaultFor(business);

        db.run(em -> new JpaAgentProfileRepository(em, CLOCK).save(profile));

        assertThat(load(business.id())).contains(profile);
    }

    @Test
    void fullyConfiguredProfileRoundTripsAndCanBeReplacedWithReorderedFaqs() {
        Business business = newBusiness();
        HoursSchedule hours = HoursSchedule.builder(BERLIN)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 30))
                .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
                .open(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
                .holiday(LocalDate.of(2026, 12, 25), "Christmas")
                .holiday(LocalDate.of(2027, 1, 1))
                .build();
        AgentProfile configured = AgentProfile.defaultFor(business)
                .withAgentName("Mia")
                .withGreeting("Hi, Mia at Bella Hair. How can I help?")
                .withVoice("coral")
                .withInstructions("Be warm and brief.")
                .withFaqs(List.of(Faq.of("Do you have parking?", "Yes, behind the shop."),
                        Faq.of("What are your prices?", "Cuts start at 40 euros.")))
                .withMessageSettings(new MessageSettings(EnumSet.of(MessageField.CALLER_NAME, MessageField.REASON, MessageField.URGENCY),
                        Optional.of(EmailAddress.of("owner@bella.example")), Optional.of(PhoneNumber.of("+4915112345678")),
                        List.of("emergency", "flood")))
                .withCallHandling(TransferRules.duringOpenHours(PhoneNumber.of("+4930123456")), AfterHoursAction.HOURS_ONLY)
                .withHours(hours);

        db.run(em -> new JpaAgentProfileRepository(em, CLOCK).save(configured));
        assertThat(load(business.id())).contains(configured);

        AgentProfile reordered = configured.withFaqs(List.of(configured.faqs().get(1), configured.faqs().get(0)));
        db.run(em -> new JpaAgentProfileRepository(em, CLOCK).save(reordered));
        assertThat(load(business.id())).contains(reordered);
    }

    @Test
    void unknownBusinessHasNoProfile() {
        assertThat(load(BusinessId.newId())).isEmpty();
    }

    private static Optional<AgentProfile> load(BusinessId id) {
        return db.call(em -> new JpaAgentProfileRepository(em, CLOCK).findByBusiness(id));
    }

    private static Business newBusiness() {
        Business business = Business.signedUp(BusinessId.newId(), "Bella Hair", NOW)
                .withInfo("Bella Hair", PhoneNumber.of("+4930123456"), BERLIN, "Salon", null);
        db.run(em -> new JpaBusinessRepository(em, CLOCK).add(business));
        return business;
    }
}

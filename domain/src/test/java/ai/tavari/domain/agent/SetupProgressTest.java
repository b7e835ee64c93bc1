package ai.tavari.domain.agent;

import static ai.tavari.domain.fixtures.DomainFixtures.BERLIN;
import static ai.tavari.domain.fixtures.DomainFixtures.NOW;
import static ai.tavari.domain.fixtures.DomainFixtures.agentProfile;
import static ai.tavari.domain.fixtures.DomainFixtures.allSteps;
import static ai.tavari.domain.fixtures.DomainFixtures.business;
import static ai.tavari.domain.fixtures.DomainFixtures.newBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.hours.HoursSchedule;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupProgressTest {

    private static SetupProgress evaluate(Business business, AgentProfile profile, Set<SetupStep> saved) {
        return SetupProgress.evaluate(business, profile, saved, Optional.empty());
    }

    @Test
    void everyStepSavedAndFilledCanBeFinalized() {
        SetupProgress progress = evaluate(business(), agentProfile(), allSteps());

        assertThat(progress.steps()).extracting(StepProgress::step).containsExactly(SetupStep.values());
        assertThat(progress.steps()).allMatch(StepProgress::isComplete);
        assertThat(progress.completedStepCount()).isEqualTo(5);
        assertThat(progress.missingItems()).isEmpty();
        assertThat(progress.nextIncompleteStep()).isEmpty();
        assertThat(progress.canFinalize()).isTrue();
        assertThat(progress.isFinalized()).isFalse();
    }

    @Test
    void aFreshSignUpIsMissingEverythingInWizardOrder() {
        Business business = newBusiness();
        SetupProgress progress = evaluate(business, AgentProfile.defaultFor(business), Set.of());

        assertThat(progress.completedStepCount()).isZero();
        assertThat(progress.nextIncompleteStep()).contains(SetupStep.BUSINESS_INFO);
        assertThat(progress.missingItems()).extracting(MissingItem::step, MissingItem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SetupStep.BUSINESS_INFO, "businessInfo"),
                org.assertj.core.groups.Tuple.tuple(SetupStep.BUSINESS_INFO, "phone"),
                org.assertj.core.groups.Tuple.tuple(SetupStep.GREETING_AND_VOICE, "greetingAndVoice"),
                org.assertj.core.groups.Tuple.tuple(SetupStep.HOURS, "hours"),
                org.assertj.core.groups.Tuple.tuple(SetupStep.FAQS, "faqs"),
                org.assertj.core.groups.Tuple.tuple(SetupStep.MESSAGE_SETTINGS, "messageSettings"),
                org.assertj.core.groups.Tuple.tuple(SetupStep.MESSAGE_SETTINGS, "messageSettings.notificationEmail"));
    }

    @Test
    void anUnsavedStepIsIncompleteEvenWithValidContent() {
        Set<SetupStep> saved = EnumSet.allOf(SetupStep.class);
        saved.remove(SetupStep.GREETING_AND_VOICE);
        SetupProgress progress = evaluate(business(), agentProfile(), saved);

        StepProgress step = progress.step(SetupStep.GREETING_AND_VOICE);
        assertThat(step.saved()).isFalse();
        assertThat(step.isComplete()).isFalse();
        assertThat(step.missing()).containsExactly(
                new MissingItem(SetupStep.GREETING_AND_VOICE, "greetingAndVoice", "Review and save this step"));
        assertThat(progress.canFinalize()).isFalse();
        assertThat(progress.nextIncompleteStep()).contains(SetupStep.GREETING_AND_VOICE);
    }

    @Test
    void businessInfoNeedsThePhone() {
        Business noPhone = newBusiness();
        SetupProgress progress = evaluate(noPhone, agentProfile(), allSteps());
        assertThat(progress.step(SetupStep.BUSINESS_INFO).saved()).isTrue();
        assertThat(progress.step(SetupStep.BUSINESS_INFO).missing()).extracting(MissingItem::field).containsExactly("phone");
        assertThat(progress.completedStepCount()).isEqualTo(4);
    }

    @Test
    void hoursNeedAtLeastOneOpeningInTheBusinessZone() {
        SetupProgress noHours = evaluate(business(),
                agentProfile().withHours(HoursSchedule.alwaysClosed(business().timeZone())), allSteps());
        assertThat(noHours.step(SetupStep.HOURS).missing()).extracting(MissingItem::field).containsExactly("hours");

        SetupProgress wrongZone = evaluate(business(),
                agentProfile().withHours(HoursSchedule.weekdaysNineToFive(BERLIN)), allSteps());
        assertThat(wrongZone.step(SetupStep.HOURS).missing()).singleElement().satisfies(item -> {
            assertThat(item.field()).isEqualTo("hours.timeZone");
            assertThat(item.message()).contains("Europe/Berlin").contains("America/New_York");
        });
    }

    @Test
    void faqsMayBeEmptyOnceSaved() {
        SetupProgress progress = evaluate(business(), agentProfile().withFaqs(List.of()), allSteps());
        assertThat(progress.isComplete(SetupStep.FAQS)).isTrue();
    }

    @Test
    void messageSettingsNeedANotificationChannel() {
        SetupProgress progress = evaluate(business(), agentProfile().withMessageSettings(MessageSettings.defaults()), allSteps());
        assertThat(progress.step(SetupStep.MESSAGE_SETTINGS).missing()).extracting(MissingItem::field)
                .containsExactly("messageSettings.notificationEmail");
        assertThat(evaluate(business(), agentProfile().withMessageSettings(
                MessageSettings.defaults().withSmsNumber(Optional.of(business().phone().orElseThrow()))), allSteps())
                .isComplete(SetupStep.MESSAGE_SETTINGS)).isTrue();
    }

    @Test
    void finalizingRecordsTheTimeOnce() {
        SetupProgress finalized = evaluate(business(), agentProfile(), allSteps()).finalizeAt(NOW);
        assertThat(finalized.isFinalized()).isTrue();
        assertThat(finalized.finalizedAt()).contains(NOW);

        SetupProgress again = finalized.finalizeAt(NOW.plusSeconds(60));
        assertThat(again.finalizedAt()).contains(NOW);
    }

    @Test
    void finalizingAnIncompleteSetupListsWhatIsMissing() {
        SetupProgress progress = evaluate(newBusiness(), AgentProfile.defaultFor(newBusiness()), Set.of(SetupStep.HOURS));
        assertThatThrownBy(() -> progress.finalizeAt(NOW))
                .isInstanceOfSatisfying(SetupIncompleteException.class, e -> {
                    assertThat(e.field()).isEqualTo("setup");
                    assertThat(e.missing()).isEqualTo(progress.missingItems());
                    assertThat(e.missing()).extracting(MissingItem::step).doesNotContain(SetupStep.HOURS);
                });
    }

    @Test
    void aFinalizedSetupStaysFinalizedWhenEditedIntoAnIncompleteState() {
        Instant finalizedAt = NOW.minusSeconds(3600);
        SetupProgress progress = SetupProgress.evaluate(newBusiness(), agentProfile(), allSteps(), Optional.of(finalizedAt));
        assertThat(progress.isFinalized()).isTrue();
        assertThat(progress.canFinalize()).isFalse();
        assertThat(progress.finalizeAt(NOW).finalizedAt()).contains(finalizedAt);
    }

    @Test
    void theProfileMustBelongToTheBusiness() {
        AgentProfile other = AgentProfile.defaultFor(Business.signedUp(BusinessId.newId(), "Other", NOW));
        assertThatThrownBy(() -> evaluate(business(), other, allSteps())).isInstanceOf(IllegalArgumentException.class);
    }
}

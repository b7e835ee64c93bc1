package ai.tavari.domain.agent;

import ai.tavari.domain.business.Business;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the owner stands in the setup wizard, computed from the current business and agent
 * profile plus which steps the owner has saved. A step is complete when it was saved and nothing
 * is missing; setup can be finalized when all five are complete.
 *
 * <p>What each step needs besides being saved:
 * <ul>
 *   <li>{@link SetupStep#BUSINESS_INFO}: the business's own phone number (forwarding fallback).</li>
 *   <li>{@link SetupStep#GREETING_AND_VOICE}: nothing more (the profile is always valid).</li>
 *   <li>{@link SetupStep#HOURS}: at least one weekly opening interval, in the business's time zone.</li>
 *   <li>{@link SetupStep#FAQS}: nothing more; zero FAQs is a valid choice once saved.</li>
 *   <li>{@link SetupStep#MESSAGE_SETTINGS}: an e-mail address or SMS number for notifications.</li>
 * </ul>
 *
 * <p>Finalizing is recorded once ({@link #finalizedAt()}) and is not undone if the owner later
 * edits something into an incomplete state; {@link #canFinalize()} then reports the truth again.
 */
public final class SetupProgress {
    private final Map<SetupStep, StepProgress> steps;
    private final Optional<Instant> finalizedAt;

    private SetupProgress(Map<SetupStep, StepProgress> steps, Optional<Instant> finalizedAt) {
        this.steps = steps;
        this.finalizedAt = finalizedAt;
    }

    public static SetupProgress evaluate(Business business, AgentProfile profile, Set<SetupStep> savedSteps,
            Optional<Instant> finalizedAt) {
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(savedSteps, "savedSteps");
        if (!business.id().equals(profile.businessId())) {
            throw new IllegalArgumentException("profile belongs to another business");
        }
        Map<SetupStep, StepProgress> steps = new EnumMap<>(SetupStep.class);
        for (SetupStep step : SetupStep.values()) {
            boolean saved = savedSteps.contains(step);
            List<MissingItem> missing = new ArrayList<>();
            if (!saved) {
                missing.add(new MissingItem(step, step.key(), "Review and save this step"));
            }
            missing.addAll(contentGaps(step, business, profile));
            steps.put(step, new StepProgress(step, saved, missing));
        }
        return new SetupProgress(Collections.unmodifiableMap(steps),
                Objects.requireNonNullElse(finalizedAt, Optional.empty()));
    }

    private static List<MissingItem> contentGaps(SetupStep step, Business business, AgentProfile profile) {
        List<MissingItem> gaps = new ArrayList<>();
        switch (step) {
            case BUSINESS_INFO -> {
                if (business.phone().isEmpty()) {
                    gaps.add(new MissingItem(step, "phone",
                            "Add your business phone number so calls can reach you when the agent cannot help"));
                }
            }
            case HOURS -> {
                if (!profile.hours().hasOpeningHours()) {
                    gaps.add(new MissingItem(step, "hours", "Add at least one opening time"));
                }
                if (!profile.hours().zone().equals(business.timeZone())) {
                    gaps.add(new MissingItem(step, "hours.timeZone", "Your hours use the time zone "
                            + profile.hours().zone() + " but the business is in " + business.timeZone()
                            + "; save your hours again"));
                }
            }
            case MESSAGE_SETTINGS -> {
                if (!profile.messageSettings().hasNotificationChannel()) {
                    gaps.add(new MissingItem(step, "messageSettings.notificationEmail",
                            "Add an e-mail address or a mobile number to receive messages"));
                }
            }
            case GREETING_AND_VOICE, FAQS -> {
                // Any valid profile content is acceptable once the owner has saved the step.
            }
        }
        return gaps;
    }

    /** All five steps in wizard order. */
    public List<StepProgress> steps() {
        return List.copyOf(steps.values());
    }

    public StepProgress step(SetupStep step) {
        return steps.get(step);
    }

    public boolean isComplete(SetupStep step) {
        return steps.get(step).isComplete();
    }

    public int completedStepCount() {
        return (int) steps.values().stream().filter(StepProgress::isComplete).count();
    }

    /** Everything still missing, in wizard order. */
    public List<MissingItem> missingItems() {
        return steps.values().stream().flatMap(step -> step.missing().stream()).toList();
    }

    /** The first incomplete step, where the wizard should take the owner next. */
    public Optional<SetupStep> nextIncompleteStep() {
        return steps.values().stream().filter(step -> !step.isComplete()).map(StepProgress::step).findFirst();
    }

    public boolean canFinalize() {
        return nextIncompleteStep().isEmpty();
    }

    public boolean isFinalized() {
        return finalizedAt.isPresent();
    }

    public Optional<Instant> finalizedAt() {
        return finalizedAt;
    }

    /**
     * Records finalization at {@code now}. Idempotent: an already finalized setup keeps its first
     * timestamp.
     *
     * @throws SetupIncompleteException listing every missing item when a step is incomplete
     */
    public SetupProgress finalizeAt(Instant now) {
        Objects.requireNonNull(now, "now");
        if (isFinalized()) {
            return this;
        }
        if (!canFinalize()) {
            throw new SetupIncompleteException(missingItems());
        }
        return new SetupProgress(steps, Optional.of(now));
    }

    @Override
    public String toString() {
        return "SetupProgress[steps=" + steps.values() + ", finalizedAt=" + finalizedAt + "]";
    }
}

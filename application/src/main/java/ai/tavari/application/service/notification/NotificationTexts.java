package ai.tavari.application.service.notification;

import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.message.Message;
import ai.tavari.domain.notification.NotificationEvent;
import ai.tavari.domain.notification.UsageAlertLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** What each notification says, in e-mail (plain text and HTML) and SMS form. */
final class NotificationTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private NotificationTexts() {
    }

    /** Caller, number, reason, urgency and the call's page. */
    static Notice newMessage(Business business, Message message, Optional<String> callLink) {
        boolean urgent = message.isUrgent();
        String caller = message.callerName().orElse("A caller");
        String number = message.callbackNumberAsGiven().orElse("no number given");
        String urgency = message.urgency().name().toLowerCase(Locale.ROOT);
        String subject = (urgent ? "URGENT message" : "New message") + " from " + caller + " for " + business.name();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Caller", caller});
        facts.add(new String[] {"Number", number});
        message.callerEmail().ifPresent(email -> facts.add(new String[] {"E-mail", email}));
        facts.add(new String[] {"Reason", message.reason().isEmpty() ? "(none given)" : message.reason()});
        facts.add(new String[] {"Urgency", urgency});
        StringBuilder text = new StringBuilder(caller + " left a message for " + business.name() + ".\n\n");
        for (String[] fact : facts) {
            text.append(String.format(Locale.ROOT, "%-9s%s\n", fact[0] + ":", fact[1]));
        }
        callLink.ifPresent(link -> text.append("\nThe call, its transcript and recording: ").append(link).append('\n'));
        String html = Html.paragraph(caller + " left a message for " + business.name() + ".") + Html.facts(facts)
                + callLink.map(link -> Html.link(link, "Open the call")).orElse("");
        String sms = (urgent ? "URGENT message" : "New message") + " for " + business.name() + " from " + caller
                + " (" + number + "): " + message.reason();
        return new Notice(urgent ? NotificationEvent.URGENT_MESSAGE : NotificationEvent.NEW_MESSAGE,
                "message:" + message.id().value(), subject, text.toString(), Optional.of(Html.page(html)), sms);
    }

    static Notice usageAlert(Business business, Plan plan, UsagePeriod period, long minutesUsed, UsageAlertLevel level,
                             String billingLink) {
        String renews = day(period.end(), business.timeZone());
        String subject = level == UsageAlertLevel.ALL_USED
                ? "You have used all " + plan.includedMinutes() + " minutes of your plan"
                : "You have used " + level.percent() + " % of your plan's minutes";
        String afterLimit = plan.overageAllowed()
                ? "Calls beyond them go on and are billed as extra minutes."
                : "Once they are all used, callers reach voicemail until the minutes renew or you change plans.";
        String summary = business.name() + " has used " + minutesUsed + " of the " + plan.includedMinutes()
                + " minutes included in the " + plan.name() + " plan for this period. The minutes renew on " + renews
                + ". " + afterLimit;
        String text = summary + "\n\nChange your plan: " + billingLink + "\n";
        String html = Html.page(Html.paragraph(summary) + Html.link(billingLink, "Change your plan"));
        String sms = "Tavari: " + business.name() + " has used " + minutesUsed + " of " + plan.includedMinutes()
                + " minutes (" + level.percent() + " %). Renews " + renews + ".";
        return new Notice(NotificationEvent.USAGE_ALERT, "usage-" + level.percent() + ":" + period.start(), subject,
                text, Optional.of(html), sms);
    }

    static Notice paymentFailed(Business business, String eventId, String billingLink) {
        String subject = "Payment failed for " + business.name();
        String summary = "We could not take the payment for " + business.name() + "'s Tavari plan. Calls are still"
                + " answered for a few days; please update your payment method so they keep being answered.";
        String text = summary + "\n\nUpdate your payment method: " + billingLink + "\n";
        String html = Html.page(Html.paragraph(summary) + Html.link(billingLink, "Update your payment method"));
        String sms = "Tavari: the payment for " + business.name() + " failed. Please update your payment method: "
                + billingLink;
        return new Notice(NotificationEvent.PAYMENT_FAILED, "payment-failed:" + eventId, subject, text,
                Optional.of(html), sms);
    }

    static Notice trialEnding(Business business, Instant trialEnd, String billingLink) {
        String ends = day(trialEnd, business.timeZone());
        String subject = "Your Tavari trial ends on " + ends;
        String summary = "The free trial of " + business.name() + " ends on " + ends + ". Choose a plan before then"
                + " so your calls keep being answered.";
        String text = summary + "\n\nChoose a plan: " + billingLink + "\n";
        String html = Html.page(Html.paragraph(summary) + Html.link(billingLink, "Choose a plan"));
        String sms = "Tavari: the free trial of " + business.name() + " ends on " + ends + ". Choose a plan: "
                + billingLink;
        return new Notice(NotificationEvent.TRIAL_ENDING, "trial-ending:" + trialEnd, subject, text,
                Optional.of(html), sms);
    }

    /** The messages of one day (newest first), each with its essentials and the call's page. */
    static Notice dailyDigest(Business business, LocalDate day, List<Message> messages,
                              Function<Message, Optional<String>> callLink) {
        long urgent = messages.stream().filter(Message::isUrgent).count();
        String count = messages.size() == 1 ? "1 message" : messages.size() + " messages";
        String subject = count + " for " + business.name() + " today" + (urgent > 0 ? " (" + urgent + " urgent)" : "");
        StringBuilder text = new StringBuilder(count + " for " + business.name() + " on "
                + DAY.format(day) + ":\n");
        StringBuilder html = new StringBuilder(Html.paragraph(count + " for " + business.name() + " on "
                + DAY.format(day) + ":"));
        for (Message message : messages) {
            String line = TIME.format(message.createdAt().atZone(business.timeZone())) + "  "
                    + message.callerName().orElse("A caller") + " (" + message.callbackNumberAsGiven()
                    .orElse("no number given") + ")" + (message.isUrgent() ? " URGENT" : "") + ": " + message.reason();
            Optional<String> link = callLink.apply(message);
            text.append("\n- ").append(line).append(link.map(url -> "\n  " + url).orElse(""));
            html.append(Html.paragraph(line)).append(link.map(url -> Html.link(url, "Open the call")).orElse(""));
        }
        String sms = "Tavari: " + count + " for " + business.name() + " today" + (urgent > 0 ? ", " + urgent + " urgent" : "")
                + ".";
        return new Notice(NotificationEvent.DAILY_DIGEST, "digest:" + day, subject, text.append('\n').toString(),
                Optional.of(Html.page(html.toString())), sms);
    }

    private static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }
}

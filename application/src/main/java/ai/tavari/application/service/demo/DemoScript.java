package ai.tavari.application.service.demo;

import ai.tavari.domain.agent.AfterHoursAction;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.Faq;
import ai.tavari.domain.agent.MessageField;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.agent.TransferRules;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.Intent;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.hours.HoursSchedule;
import ai.tavari.domain.message.Urgency;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * What the demo business looks like: a hair salon in New York, its agent, and five weeks of calls
 * made from a handful of scripted conversations. Every caller number is in the 555-01xx range,
 * which is reserved for fiction.
 */
final class DemoScript {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final PhoneNumber SALON_PHONE = PhoneNumber.of("+12125550100");
    static final PhoneNumber TAVARI_NUMBER = PhoneNumber.of("+12125550199");
    static final String INDUSTRY = "Hair salon";
    static final String ADDRESS = "214 Mulberry Street, New York, NY 10012";
    static final String CURRENCY = "USD";
    static final Duration MAX_DURATION = Duration.ofMinutes(10);
    static final Duration SHORT_MAX_DURATION = Duration.ofMinutes(5);

    private DemoScript() {
    }

    static AgentProfile agent(BusinessId businessId) {
        HoursSchedule hours = HoursSchedule.builder(ZONE)
                .open(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(9, 0), LocalTime.of(19, 0))
                .open(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(16, 0))
                .build();
        MessageSettings messages = new MessageSettings(
                EnumSet.of(MessageField.CALLER_NAME, MessageField.CALLBACK_NUMBER, MessageField.REASON, MessageField.URGENCY),
                Optional.of(EmailAddress.of("owner@bella-hair.example")), Optional.empty(),
                List.of("allergic reaction", "wedding", "urgent", "emergency"));
        return new AgentProfile(businessId, "Mia", GREETING, "coral", "en-US",
                "Warm and upbeat. Offer to take a message for bookings and changes; quote prices only from the FAQs.",
                List.of(
                        Faq.of("How much is a balayage?",
                                "Balayage starts at $150 and takes about three hours; the final price depends on hair length."),
                        Faq.of("Do I need a consultation before colour?",
                                "For a first colour service we ask for a free 15-minute consultation with a patch test, "
                                        + "at least 48 hours before the appointment."),
                        Faq.of("Where can I park?",
                                "There is street parking on Mulberry Street and a garage on Kenmare Street, two minutes away."),
                        Faq.of("Do you take walk-ins?",
                                "We take walk-ins for cuts when a stylist is free; Saturdays are usually fully booked."),
                        Faq.of("What is your cancellation policy?",
                                "Please cancel at least 24 hours ahead; late cancellations are charged half the service price.")),
                messages, TransferRules.duringOpenHours(SALON_PHONE), AfterHoursAction.TAKE_MESSAGE, hours);
    }

    static final String GREETING = "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?";

    // ---- callers ----

    record Caller(String name, String number, String callbackAsGiven) {
    }

    static final Caller OLIVIA = new Caller("Olivia Martinez", "+12125550142", "+1 212 555 0142");
    static final Caller JAMES = new Caller("James Chen", "+12125550178", "212-555-0178");
    static final Caller PRIYA = new Caller("Priya Patel", "+16465550123", "+1 (646) 555-0123");
    static final Caller EMMA = new Caller("Emma Johnson", "+19175550166", "+1 917 555 0166");
    static final Caller LUCAS = new Caller("Lucas Rossi", "+13475550119", "+1 347 555 0119");
    static final Caller GRACE = new Caller("Grace O'Neill", "+12125550191", "+1 212 555 0191, after 6pm");
    static final Caller NOAH = new Caller("Noah Williams", "+16465550137", "+1 646 555 0137");
    static final Caller HANNAH = new Caller("Hannah Kim", "+19175550104", "+1 917 555 0104");
    static final Caller SALES = new Caller("Ryan from Digital Growth Co", "+18885550150", "+1 888 555 0150");
    static final Caller ANONYMOUS = new Caller(null, "anonymous", null);

    // ---- conversations ----

    /** A message the agent takes; {@code reason} may name the caller as {@code {name}}. */
    record MessageScript(String reason, Urgency urgency, boolean withEmail) {
    }

    /**
     * One scripted conversation. Turns alternate caller and agent after the greeting; text may name
     * the caller as {@code {name}}. A REJECTED call is never answered and has no turns.
     */
    record Conversation(Intent intent, Outcome outcome, int seconds, String summary, List<String> turns,
                        Optional<MessageScript> message) {
        boolean answered() {
            return outcome != Outcome.REJECTED;
        }
    }

    static final Conversation SATURDAY_HOURS = new Conversation(Intent.HOURS, Outcome.COMPLETED, 48,
            "Asked whether the salon is open on Saturday; told 9 AM to 4 PM.",
            List.of("Hi, are you open this Saturday?",
                    "Yes, on Saturdays we're open from 9 AM to 4 PM.",
                    "Perfect, thanks!",
                    "You're welcome. See you on Saturday, goodbye!"),
            Optional.empty());

    static final Conversation BALAYAGE_PRICE = new Conversation(Intent.FAQ, Outcome.COMPLETED, 95,
            "Asked about balayage prices and whether a consultation is needed; answered from the FAQs.",
            List.of("Hi, how much is a balayage?",
                    "Balayage starts at $150 and takes about three hours; the final price depends on hair length.",
                    "Do I need to come in before?",
                    "For a first colour service we ask for a free 15-minute consultation with a patch test, at least 48 hours before.",
                    "Great, that's helpful. Thank you!",
                    "My pleasure. Have a lovely day!"),
            Optional.empty());

    static final Conversation BOOK_CUT = new Conversation(Intent.BOOKING_REQUEST, Outcome.MESSAGE_TAKEN, 132,
            "Wants a cut and blow-dry with Sofia on Friday afternoon; message taken for a call back.",
            List.of("Hi, I'd like to book a cut and blow-dry with Sofia for Friday afternoon.",
                    "I can't book appointments myself, but I can take a message and the team will call you back to confirm. May I have your name?",
                    "It's {name}.",
                    "Thanks, {name}. What's the best number to reach you?",
                    "This number is fine.",
                    "Got it. I've passed on your request for Friday afternoon with Sofia. Anything else?",
                    "No, that's all. Thanks!"),
            Optional.of(new MessageScript("Would like a cut and blow-dry with Sofia on Friday afternoon (any time after 2pm).",
                    Urgency.NORMAL, false)));

    static final Conversation OWNER_TRANSFER = new Conversation(Intent.TRANSFER, Outcome.TRANSFERRED, 70,
            "Asked to speak with the owner about a wedding party booking; transferred to the salon.",
            List.of("Hello, can I speak to Bella? It's about a wedding party booking for six people.",
                    "Of course, let me put you through to the salon now. One moment please.",
                    "Thank you.",
                    "Connecting you now."),
            Optional.empty());

    static final Conversation SEO_PITCH = new Conversation(Intent.SPAM_OR_SALES, Outcome.COMPLETED, 40,
            "Sales call offering search-engine marketing; politely declined.",
            List.of("Hi, I'm calling from Digital Growth Co. We can get your salon to the top of Google, is the owner available?",
                    "Thanks for calling. The owner isn't taking sales calls, but you're welcome to send details by e-mail.",
                    "OK, thanks.",
                    "Goodbye!"),
            Optional.empty());

    static final Conversation HUNG_UP_AT_GREETING = new Conversation(Intent.OTHER, Outcome.CALLER_HUNG_UP, 9,
            "Caller hung up right after the greeting.",
            List.of("Hello?"),
            Optional.empty());

    static final Conversation COLOUR_REACTION = new Conversation(Intent.MESSAGE, Outcome.MESSAGE_TAKEN, 110,
            "Itchy, red scalp since yesterday's colour appointment; urgent message for the colourist.",
            List.of("Hi, I had my hair coloured yesterday and my scalp is really itchy and red. I think it's an allergic reaction.",
                    "I'm sorry to hear that. If you have trouble breathing or swelling, please call 911. I'll pass this on to the team right away as urgent. May I have your name?",
                    "{name}.",
                    "Thank you, {name}. Is this the best number to call you back on?",
                    "Yes, please call as soon as possible.",
                    "I've marked your message as urgent. Someone will call you back shortly."),
            Optional.of(new MessageScript("Scalp itchy and red since yesterday's colour appointment, thinks it is an allergic reaction. "
                    + "Please call back as soon as possible.", Urgency.URGENT, false)));

    static final Conversation PARKING = new Conversation(Intent.FAQ, Outcome.COMPLETED, 60,
            "Asked where to park; told about street parking and the Kenmare Street garage.",
            List.of("Hi, I've got an appointment later. Where can I park near you?",
                    "There is street parking on Mulberry Street and a garage on Kenmare Street, two minutes away.",
                    "Great, thanks.",
                    "See you later!"),
            Optional.empty());

    static final Conversation RESCHEDULE = new Conversation(Intent.BOOKING_REQUEST, Outcome.MESSAGE_TAKEN, 150,
            "Needs to move Thursday's highlights appointment to next week; message taken.",
            List.of("Hi, I have highlights booked on Thursday at 11 but I need to move it to next week.",
                    "No problem, I'll ask the team to find a new time for you. May I have your name?",
                    "{name}.",
                    "Thanks, {name}. Which days next week work best for you?",
                    "Tuesday or Wednesday, any time in the morning.",
                    "Noted: Tuesday or Wednesday morning. The team will call you back to confirm."),
            Optional.of(new MessageScript("Move Thursday 11am highlights to next week, Tuesday or Wednesday morning.",
                    Urgency.NORMAL, true)));

    static final Conversation LONG_KERATIN_CHAT = new Conversation(Intent.FAQ, Outcome.LIMIT_REACHED, 300,
            "Long conversation about keratin treatments and aftercare; the call reached its maximum length.",
            List.of("Hi, I have lots of questions about keratin treatments.",
                    "Happy to help with what I know. What would you like to ask?",
                    "How long does it last, and can I wash my hair the same day?",
                    "I'll make sure the stylist answers that in detail. Is there anything else?",
                    "Yes, also about products I should use afterwards, and whether it works on curly hair, and...",
                    "I'm sorry, we've reached the maximum length for this call. Please call again or visit us. Goodbye!"),
            Optional.empty());

    static final Conversation GIFT_CARD_FALLBACK = new Conversation(Intent.MESSAGE, Outcome.AI_FAILURE_FALLBACK, 35,
            "The assistant had a technical problem; the caller left a voicemail about a gift card.",
            List.of("Hi, I'd like to buy a gift card for my sister.",
                    "I'm sorry, I'm having trouble right now. Please leave your name and number after the tone."),
            Optional.of(new MessageScript("Voicemail: {name} would like to buy a $100 gift card for her sister's birthday.",
                    Urgency.LOW, false)));

    static final Conversation REJECTED_BUSY = new Conversation(Intent.OTHER, Outcome.REJECTED, 0,
            "Not answered: another call was already in progress and the plan allows one call at a time.",
            List.of(),
            Optional.empty());

    static final Conversation OPEN_NOW = new Conversation(Intent.HOURS, Outcome.CALLER_HUNG_UP, 25,
            "Asked whether the salon is open now; hung up during the answer.",
            List.of("Are you open right now?",
                    "Today we're open until 7 PM, and on Saturday from 9 to 4."),
            Optional.empty());

    static final Conversation BRIDAL_TRIAL = new Conversation(Intent.BOOKING_REQUEST, Outcome.MESSAGE_TAKEN, 120,
            "Bride needs a hair trial tomorrow morning after her stylist cancelled; urgent message taken.",
            List.of("Hi, my wedding is on Saturday and my hairdresser just cancelled my trial. Can you do one tomorrow morning?",
                    "Oh no, let's get this sorted. I'll mark this as urgent for the team. May I have your name?",
                    "{name}.",
                    "Thank you, {name}. Is this number the best way to reach you?",
                    "Yes, or text me.",
                    "Got it. Someone will call you back today about a trial tomorrow morning."),
            Optional.of(new MessageScript("Wedding on Saturday, stylist cancelled the trial: needs a bridal hair trial tomorrow morning.",
                    Urgency.URGENT, true)));

    static final Conversation LOST_UMBRELLA = new Conversation(Intent.MESSAGE, Outcome.MESSAGE_TAKEN, 80,
            "Left an umbrella at the salon; asked to have it kept aside.",
            List.of("Hi, I think I left my umbrella at the salon yesterday, a green one.",
                    "I'll let the team know so they can keep it aside for you. What's your name?",
                    "{name}.",
                    "Thanks, {name}. I've left a message for the team."),
            Optional.of(new MessageScript("Left a green umbrella at the salon yesterday, please keep it aside.",
                    Urgency.LOW, false)));

    // ---- when ----

    /** When a call started: {@code daysAgo} days before today at a local time, or some minutes ago. */
    record Slot(int daysAgo, LocalTime at, int minutesAgo) {
        static Slot daysAgo(int days, int hour, int minute) {
            return new Slot(days, LocalTime.of(hour, minute), 0);
        }

        static Slot minutesAgo(int minutes) {
            return new Slot(0, LocalTime.MIDNIGHT, minutes);
        }

        Instant start(Instant now, ZoneId zone) {
            if (daysAgo == 0) {
                return now.minus(Duration.ofMinutes(minutesAgo));
            }
            LocalDate day = now.atZone(zone).toLocalDate().minusDays(daysAgo);
            return day.atTime(at).atZone(zone).toInstant();
        }
    }

    /** One call of the demo: when, who, which conversation, and whether its message was read yet. */
    record ScheduledCall(Slot slot, Caller caller, Conversation conversation, boolean messageRead) {
    }

    /** Thirty calls over five weeks, newest first; eleven of them leave a message, three still unread. */
    static final List<ScheduledCall> CALLS = List.of(
            new ScheduledCall(Slot.minutesAgo(35), EMMA, SATURDAY_HOURS, false),
            new ScheduledCall(Slot.minutesAgo(140), OLIVIA, BOOK_CUT, false),
            new ScheduledCall(Slot.daysAgo(1, 10, 15), PRIYA, COLOUR_REACTION, false),
            new ScheduledCall(Slot.daysAgo(1, 14, 40), NOAH, BALAYAGE_PRICE, false),
            new ScheduledCall(Slot.daysAgo(2, 9, 5), SALES, SEO_PITCH, false),
            new ScheduledCall(Slot.daysAgo(2, 11, 30), GRACE, RESCHEDULE, true),
            new ScheduledCall(Slot.daysAgo(3, 16, 20), HANNAH, OWNER_TRANSFER, false),
            new ScheduledCall(Slot.daysAgo(4, 10, 0), ANONYMOUS, HUNG_UP_AT_GREETING, false),
            new ScheduledCall(Slot.daysAgo(5, 13, 10), LUCAS, PARKING, false),
            new ScheduledCall(Slot.daysAgo(6, 9, 45), EMMA, BRIDAL_TRIAL, true),
            new ScheduledCall(Slot.daysAgo(7, 15, 30), JAMES, SATURDAY_HOURS, false),
            new ScheduledCall(Slot.daysAgo(8, 11, 0), HANNAH, LONG_KERATIN_CHAT, false),
            new ScheduledCall(Slot.daysAgo(9, 12, 25), NOAH, REJECTED_BUSY, false),
            new ScheduledCall(Slot.daysAgo(10, 17, 40), GRACE, GIFT_CARD_FALLBACK, false),
            new ScheduledCall(Slot.daysAgo(12, 10, 50), JAMES, BOOK_CUT, true),
            new ScheduledCall(Slot.daysAgo(13, 14, 5), ANONYMOUS, OPEN_NOW, false),
            new ScheduledCall(Slot.daysAgo(14, 9, 30), OLIVIA, BALAYAGE_PRICE, false),
            new ScheduledCall(Slot.daysAgo(15, 16, 45), LUCAS, LOST_UMBRELLA, true),
            new ScheduledCall(Slot.daysAgo(17, 11, 15), SALES, SEO_PITCH, false),
            new ScheduledCall(Slot.daysAgo(18, 13, 35), PRIYA, OWNER_TRANSFER, false),
            new ScheduledCall(Slot.daysAgo(20, 10, 5), HANNAH, RESCHEDULE, true),
            new ScheduledCall(Slot.daysAgo(21, 15, 50), ANONYMOUS, HUNG_UP_AT_GREETING, false),
            new ScheduledCall(Slot.daysAgo(23, 12, 0), NOAH, SATURDAY_HOURS, false),
            new ScheduledCall(Slot.daysAgo(24, 9, 20), OLIVIA, COLOUR_REACTION, true),
            new ScheduledCall(Slot.daysAgo(26, 14, 30), JAMES, PARKING, false),
            new ScheduledCall(Slot.daysAgo(28, 11, 40), EMMA, BOOK_CUT, true),
            new ScheduledCall(Slot.daysAgo(30, 16, 10), GRACE, BALAYAGE_PRICE, false),
            new ScheduledCall(Slot.daysAgo(32, 10, 25), LUCAS, REJECTED_BUSY, false),
            new ScheduledCall(Slot.daysAgo(34, 13, 45), PRIYA, OPEN_NOW, false),
            new ScheduledCall(Slot.daysAgo(36, 15, 5), NOAH, LOST_UMBRELLA, true));
}

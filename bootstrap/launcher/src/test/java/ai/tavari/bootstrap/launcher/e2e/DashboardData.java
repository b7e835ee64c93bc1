package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Answer;
import ai.tavari.bootstrap.launcher.e2e.OwnerApi.Owner;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A business as the dashboard tests need it: a hair salon whose owner finished setup and went live,
 * with two weeks of calls (transcripts, summaries, a recording), the messages taken on them and
 * their metered minutes, all written as the call pipeline leaves them. Caller numbers are in the
 * fictional 555-01xx range.
 */
final class DashboardData {
    /** The password {@link OwnerApi#signUp} gives every owner. */
    static final String PASSWORD = "violet-kettle-37";

    /** The calls of {@link #liveSalon}, newest first. */
    final List<UUID> calls = new ArrayList<>();
    /** The unread messages of {@link #liveSalon}, newest first; the urgent one is {@link #urgentMessage}. */
    final List<UUID> unreadMessages = new ArrayList<>();
    UUID urgentMessage;
    UUID callWithMessage;
    int minutes;
    final Owner owner;
    private final java.util.Map<OwnerRows.NewCall, Instant[]> timing = new java.util.IdentityHashMap<>();

    private DashboardData(Owner owner) {
        this.owner = owner;
    }

    /** A new business, set up and live, with its calls and messages. */
    static DashboardData liveSalon(OwnerApi api, OwnerRows rows, String name) throws SQLException {
        Owner owner = api.signUp(name);
        setUp(owner, name);
        DashboardData data = new DashboardData(owner);
        data.addCalls(rows, Instant.now());
        return data;
    }

    /** Saves the five steps for a salon called {@code name} and goes live. */
    static void setUp(Owner owner, String name) {
        ok(owner.post("api/setup/step1", """
                {"name":"%s","phone":"(415) 555-0100","country":"US","timeZone":"America/Los_Angeles",
                 "industry":"Hair salon","address":"214 Valencia Street, San Francisco, CA"}""".formatted(name)));
        ok(owner.post("api/setup/step2", """
                {"agentName":"Mia","greeting":"Thanks for calling %s, this is Mia. How can I help you today?",
                 "voice":"coral","language":"en-US","instructions":"Warm and upbeat. Take a message for bookings."}"""
                .formatted(name)));
        ok(owner.post("api/setup/step3", """
                {"weekly":{"tuesday":[{"opens":"09:00","closes":"19:00"}],"wednesday":[{"opens":"09:00","closes":"19:00"}],
                           "thursday":[{"opens":"09:00","closes":"19:00"}],"friday":[{"opens":"09:00","closes":"21:00"}],
                           "saturday":[{"opens":"09:00","closes":"16:00"}]},
                 "holidays":[{"date":"2026-12-25","label":"Christmas Day"}],"afterHours":"TAKE_MESSAGE"}"""));
        ok(owner.post("api/setup/step4", """
                {"faqs":[{"question":"How much is a balayage?","answer":"Balayage starts at $150 and takes about three hours."},
                         {"question":"Where can I park?","answer":"Street parking on Valencia Street, or the garage on 16th Street."},
                         {"question":"Do you take walk-ins?","answer":"Yes for cuts, when a stylist is free."}]}"""));
        ok(owner.post("api/setup/step5", """
                {"fieldsToCollect":["CALLER_NAME","CALLBACK_NUMBER","REASON","URGENCY"],"notificationEmail":"owner@bella.example",
                 "transferNumber":"(415) 555-0100","transferWhen":"DURING_OPEN_HOURS","urgentKeywords":["allergic reaction","wedding"]}"""));
        JsonLive.assertLive(ok(owner.post("api/setup/finalize", null)));
    }

    private void addCalls(OwnerRows rows, Instant now) throws SQLException {
        String business = owner.businessId();
        OwnerRows.NewCall booking = call(rows, now.minus(Duration.ofMinutes(47)), 132)
                .caller("+14155550142").outcome("MESSAGE_TAKEN").intent("BOOKING_REQUEST")
                .summary("Wants a cut and blow-dry with Sofia on Friday afternoon; message taken for a call back.")
                .turn("AGENT", "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?")
                .turn("CALLER", "Hi, I'd like to book a cut and blow-dry with Sofia for Friday afternoon.")
                .turn("AGENT", "I can't book appointments myself, but I can take a message and the team will call you back. May I have your name?")
                .turn("CALLER", "It's Olivia Martinez.")
                .turn("AGENT", "Thanks, Olivia. What's the best number to reach you?")
                .turn("CALLER", "This number is fine: 415 555 0142.")
                .turn("AGENT", "Got it. I've passed on your request for Friday afternoon with Sofia. Anything else?")
                .turn("CALLER", "No, that's all. Thanks!")
                .recording("https://recordings.example/bella/booking.mp3")
                .message("Olivia Martinez", "+1 415 555 0142", "Cut and blow-dry with Sofia on Friday afternoon, any time after 2pm.", "NORMAL");
        callWithMessage = add(rows, booking);
        unreadMessages.add(booking.messageId());

        OwnerRows.NewCall allergy = call(rows, now.minus(Duration.ofHours(5)), 110)
                .caller("+16465550123").outcome("MESSAGE_TAKEN").intent("MESSAGE")
                .summary("Itchy, red scalp since yesterday's colour appointment; urgent call back requested.")
                .turn("AGENT", "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?")
                .turn("CALLER", "My scalp has been itchy and red since my colour yesterday. I think it's an allergic reaction.")
                .turn("AGENT", "I'm sorry to hear that. I'll mark this as urgent for the team. May I have your name and number?")
                .turn("CALLER", "Priya Patel, 646 555 0123.")
                .turn("AGENT", "Thank you, Priya. Someone will call you back as soon as possible.")
                .message("Priya Patel", "+1 (646) 555-0123", "Scalp itchy and red since yesterday's colour appointment, thinks it is an allergic reaction. Please call back as soon as possible.", "URGENT");
        add(rows, allergy);
        urgentMessage = allergy.messageId();
        unreadMessages.add(allergy.messageId());

        add(rows, call(rows, now.minus(Duration.ofHours(9)), 48).caller("+19175550166")
                .outcome("COMPLETED").intent("HOURS").summary("Asked whether the salon is open on Saturday; told 9 AM to 4 PM.")
                .turn("AGENT", "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?")
                .turn("CALLER", "Hi, are you open this Saturday?")
                .turn("AGENT", "Yes, on Saturdays we're open from 9 AM to 4 PM.")
                .turn("CALLER", "Perfect, thanks!"));
        OwnerRows.NewCall giftCard = call(rows, now.minus(Duration.ofHours(26)), 50).caller("+12125550191")
                .outcome("MESSAGE_TAKEN").intent("MESSAGE").summary("Wants to buy a $100 gift card for her sister's birthday.")
                .turn("AGENT", "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?")
                .turn("CALLER", "I'd like to buy a gift card for my sister.")
                .message("Grace O'Neill", "+1 212 555 0191, after 6pm", "Would like to buy a $100 gift card for her sister's birthday.", "LOW");
        add(rows, giftCard);
        unreadMessages.add(giftCard.messageId());
        add(rows, call(rows, now.minus(Duration.ofHours(30)), 58).caller("+16465550137")
                .outcome("COMPLETED").intent("FAQ").summary("Asked about balayage prices; answered from the FAQs.")
                .turn("AGENT", "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?")
                .turn("CALLER", "How much is a balayage?")
                .turn("AGENT", "Balayage starts at $150 and takes about three hours."));
        add(rows, call(rows, now.minus(Duration.ofHours(52)), 70).caller("+19175550104")
                .outcome("TRANSFERRED").intent("TRANSFER").summary("Asked to speak with the owner about a wedding party of six; transferred.")
                .turn("AGENT", "Thanks for calling Bella Hair Studio, this is Mia. How can I help you today?")
                .turn("CALLER", "Can I speak to the owner? It's about a wedding party booking.")
                .turn("AGENT", "Of course, let me put you through now."));
        add(rows, call(rows, now.minus(Duration.ofHours(75)), 40).caller("+18885550150")
                .outcome("COMPLETED").intent("SPAM_OR_SALES").summary("Sales call offering search-engine marketing; politely declined."));
        add(rows, call(rows, now.minus(Duration.ofHours(98)), 9).caller("anonymous")
                .outcome("CALLER_HUNG_UP").intent("OTHER").summary("Caller hung up right after the greeting."));
        OwnerRows.NewCall moved = call(rows, now.minus(Duration.ofHours(122)), 100).caller("+12125550178")
                .outcome("MESSAGE_TAKEN").intent("BOOKING_REQUEST").summary("Needs to move Thursday's highlights to next week.")
                .message("James Chen", "212-555-0178", "Move Thursday 11am highlights to next week, Tuesday or Wednesday morning.", "NORMAL")
                .messageReadAt(now.minus(Duration.ofHours(120)));
        add(rows, moved);
        add(rows, call(rows, now.minus(Duration.ofHours(147)), 60).caller("+13475550119")
                .outcome("COMPLETED").intent("FAQ").summary("Asked where to park; told about street parking and the garage."));
        add(rows, call(rows, now.minus(Duration.ofHours(170)), 180).caller("+19175550104")
                .outcome("LIMIT_REACHED").intent("OTHER").summary("Long conversation about keratin treatments; the call reached its time limit."));
        OwnerRows.NewCall umbrella = call(rows, now.minus(Duration.ofHours(196)), 55).caller("+13475550119")
                .outcome("MESSAGE_TAKEN").intent("MESSAGE").summary("Left an umbrella at the salon; asked to keep it aside.")
                .message("Lucas Rossi", "+1 347 555 0119", "Left a green umbrella at the salon yesterday, please keep it aside.", "LOW")
                .messageReadAt(now.minus(Duration.ofHours(190)));
        add(rows, umbrella);
        add(rows, call(rows, now.minus(Duration.ofHours(220)), 35).caller("+12125550191")
                .outcome("AI_FAILURE_FALLBACK").intent("OTHER").summary("The agent had a technical problem; the caller left a voicemail."));
        add(rows, call(rows, now.minus(Duration.ofHours(243)), 55).caller("+16465550137")
                .outcome("COMPLETED").intent("HOURS").summary("Asked about late opening on Fridays; told 9 AM to 9 PM."));
    }

    private OwnerRows.NewCall call(OwnerRows rows, Instant start, int seconds) {
        OwnerRows.NewCall call = rows.call(owner.businessId(), start).seconds(seconds);
        timing.put(call, new Instant[] {start, start.plusSeconds(seconds)});
        return call;
    }

    /** Writes the call and meters its minutes at its end, as the call pipeline does. */
    private UUID add(OwnerRows rows, OwnerRows.NewCall call) throws SQLException {
        UUID id = call.insert();
        calls.add(id);
        Instant[] startAndEnd = timing.get(call);
        int seconds = (int) Duration.between(startAndEnd[0], startAndEnd[1]).getSeconds();
        int callMinutes = (seconds + 59) / 60;
        rows.usage(owner.businessId(), id, callMinutes, seconds, startAndEnd[1]);
        minutes += callMinutes;
        return id;
    }

    /** One call that just ended and used {@code minutes} whole minutes, to bring usage to a level. */
    static void useMinutes(OwnerRows rows, Owner owner, int minutes) throws SQLException {
        rows.meteredCall(owner.businessId(), Instant.now().minusSeconds(minutes * 60L + 5), minutes * 60);
    }

    static jakarta.json.JsonObject ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }

    private static final class JsonLive {
        static void assertLive(jakarta.json.JsonObject status) {
            assertThat(status.getBoolean("live")).as(status.toString()).isTrue();
        }
    }
}

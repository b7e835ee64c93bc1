package ai.tavari.application.service.call.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.tavari.application.fakes.InMemoryAgentSetupRepository;
import ai.tavari.application.fakes.InMemoryBusinessRepository;
import ai.tavari.application.fakes.InMemoryCallActivity;
import ai.tavari.application.fakes.InMemoryCallRecordings;
import ai.tavari.application.fakes.InMemoryCallSessionRepository;
import ai.tavari.application.fakes.InMemoryMessageRepository;
import ai.tavari.application.fakes.InMemoryProcessedEvents;
import ai.tavari.application.fakes.InMemoryUsageLedger;
import ai.tavari.application.fakes.MutableClock;
import ai.tavari.application.fakes.NotificationFixture;
import ai.tavari.application.port.in.NotFoundException;
import ai.tavari.application.port.in.call.TelephonyEvent;
import ai.tavari.application.port.in.usage.UsageStatus;
import ai.tavari.application.port.out.CallActivity.SilentCall;
import ai.tavari.application.port.out.MessageQuery;
import ai.tavari.domain.agent.AgentProfile;
import ai.tavari.domain.agent.MessageSettings;
import ai.tavari.domain.billing.Plan;
import ai.tavari.domain.billing.UsagePeriod;
import ai.tavari.domain.business.Business;
import ai.tavari.domain.business.BusinessId;
import ai.tavari.domain.call.CallSession;
import ai.tavari.domain.call.Outcome;
import ai.tavari.domain.call.Speaker;
import ai.tavari.domain.notification.Channel;
import ai.tavari.domain.shared.CallId;
import ai.tavari.domain.shared.Money;
import ai.tavari.domain.shared.PhoneNumber;
import ai.tavari.domain.user.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Calls ended by the telephony side's reports, and calls whose server died, each metered once. */
class CallEndingsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryCallSessionRepository calls = new InMemoryCallSessionRepository();
    private final InMemoryMessageRepository messages = new InMemoryMessageRepository(calls);
    private final InMemoryUsageLedger usage = new InMemoryUsageLedger(calls);
    private final InMemoryCallRecordings recordings = new InMemoryCallRecordings(calls);
    private final InMemoryBusinessRepository businesses = new InMemoryBusinessRepository();
    private final ai.tavari.application.fakes.ManualCallScheduler scheduler = new ai.tavari.application.fakes.ManualCallScheduler();
    private final java.util.List<String> overageReports = new java.util.ArrayList<>();
    private final OverageReports overage = new OverageReports((businessId, callId) -> {
        overageReports.add(callId.value().toString());
        return null;
    }, scheduler);
    private final InMemoryAgentSetupRepository setups = new InMemoryAgentSetupRepository();
    private final NotificationFixture notifications = new NotificationFixture();
    private final CallRecorder recorder = new CallRecorder(calls, messages, usage, overage,
            notifications.messageAlerts(setups, clock), notifications.usageAlerts(businessId -> new UsageStatus(
                    new Plan("starter", "Starter", Money.zero("USD"), 750, 2, false, Optional.empty(), 0),
                    new UsagePeriod(T0.minusSeconds(3600), T0.plusSeconds(86_400)), ZoneOffset.UTC,
                    usage.minutesUsed(businessId, new UsagePeriod(T0.minusSeconds(3600), T0.plusSeconds(86_400))), 0),
                    businesses, setups, clock));
    private final TelephonyEventRecorder events = new TelephonyEventRecorder(new InMemoryProcessedEvents(), calls,
            recordings, messages, businesses, setups, recorder, notifications.messageAlerts(setups, clock),
            LiveCallSettings.defaults(), clock);
    private final BusinessId business = BusinessId.newId();

    private CallSession answered(String externalId) {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100",
                Optional.of(externalId), T0);
        call.authorize(T0, Duration.ofMinutes(10));
        call.startConversation(T0.plusSeconds(1));
        calls.add(call);
        return call;
    }

    private long minutes() {
        return usage.minutesUsed(business, new UsagePeriod(T0.minusSeconds(3600), T0.plusSeconds(86_400)));
    }

    @Test
    void theCallerHangingUpEndsAndMetersTheCallOnceHoweverOftenItIsReported() {
        answered("vox-1");
        clock.advance(Duration.ofSeconds(95));

        assertThat(events.apply(new TelephonyEvent.CallEnded("e1", "vox-1", clock.instant(), "caller_hangup"))).isTrue();
        assertThat(events.apply(new TelephonyEvent.CallEnded("e1", "vox-1", clock.instant(), "caller_hangup"))).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(events.apply(new TelephonyEvent.CallEnded("e2", "vox-1", clock.instant(), "caller_hangup"))).isTrue();

        CallSession ended = calls.findByExternalId("vox-1").orElseThrow();
        assertThat(ended.outcome()).contains(Outcome.CALLER_HUNG_UP);
        assertThat(ended.duration()).isEqualTo(Duration.ofSeconds(94));
        assertThat(minutes()).isEqualTo(2);
        scheduler.runTimers();
        assertThat(overageReports).as("a metered call's overage is reported once").containsExactly(ended.id().value().toString());
    }

    @Test
    void anEventForAnUnknownCallIsNotFoundAndNotMarkedSeen() {
        assertThatThrownBy(() -> events.apply(new TelephonyEvent.CallEnded("e9", "vox-none", T0, "caller_hangup")))
                .isInstanceOf(NotFoundException.class);
        answered("vox-none");

        assertThat(events.apply(new TelephonyEvent.CallEnded("e9", "vox-none", T0.plusSeconds(5), "caller_hangup")))
                .as("the same event id applies once the call exists").isTrue();
    }

    @Test
    void aVoicemailRecordingBecomesAMessageLinkedToTheCall() {
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100",
                Optional.of("vox-vm"), T0);
        call.authorize(T0, Duration.ofMinutes(10));
        calls.add(call);

        events.apply(new TelephonyEvent.CallEnded("e1", "vox-vm", T0.plusSeconds(40), "voicemail"));
        events.apply(new TelephonyEvent.RecordingReady("e2", "vox-vm", T0.plusSeconds(41),
                "https://records.example/vm.mp3", 21));

        CallSession stored = calls.findByExternalId("vox-vm").orElseThrow();
        assertThat(stored.outcome()).contains(Outcome.AI_FAILURE_FALLBACK);
        assertThat(recordings.recordingUrl(business, stored.id())).contains("https://records.example/vm.mp3");
        assertThat(messages.list(business, MessageQuery.newest()).items()).singleElement().satisfies(message -> {
            assertThat(message.reason()).contains("Voicemail (21 s)");
            assertThat(message.callId()).contains(stored.id());
        });
        assertThat(stored.linkedMessageId()).isPresent();
        assertThat(minutes()).as("voicemail is not agent time").isZero();
    }

    @Test
    void aVoicemailsNotificationIsInTheOutboxWithTheMessage() {
        Business shop = Business.signedUp(business, "Vox Plumbing", T0.minusSeconds(86_400));
        businesses.add(shop);
        setups.profiles().save(AgentProfile.defaultFor(shop).withMessageSettings(MessageSettings.defaults()
                .withNotificationEmail(Optional.of(EmailAddress.of("owner@vox.example")))));
        CallSession call = CallSession.ring(CallId.newId(), business, "+12125550199", "+13125550100",
                Optional.of("vox-vm2"), T0);
        call.authorize(T0, Duration.ofMinutes(10));
        calls.add(call);

        events.apply(new TelephonyEvent.CallEnded("e1", "vox-vm2", T0.plusSeconds(40), "voicemail"));
        events.apply(new TelephonyEvent.RecordingReady("e2", "vox-vm2", T0.plusSeconds(41),
                "https://records.example/vm.mp3", 21));

        assertThat(notifications.outbox.rows()).singleElement().satisfies(row -> {
            assertThat(row.notification.channel()).isEqualTo(Channel.EMAIL);
            assertThat(row.notification.recipient()).isEqualTo("owner@vox.example");
            assertThat(row.notification.text()).contains("Voicemail (21 s)", "+12125550199",
                    "https://tavari.example/app/calls/" + call.id().value());
        });
    }

    @Test
    void aTransferResultEndsATransferringCallOrResumesIt() {
        CallSession call = answered("vox-t");
        call.beginTransfer(PhoneNumber.of("+14155550123"), T0.plusSeconds(20));
        calls.update(call);

        events.apply(new TelephonyEvent.TransferResult("e1", "vox-t", T0.plusSeconds(30), false, Optional.of(486)));
        assertThat(calls.findByExternalId("vox-t").orElseThrow().state().name()).isEqualTo("IN_CONVERSATION");
    }

    @Test
    void theReconcilerClosesACallWhoseServerDiedAtItsLastSignOfLifeAndMetersItOnce() {
        CallSession call = answered("vox-lost");
        call.addTurn(Speaker.CALLER, "Are you open Sunday?", T0.plusSeconds(20));
        calls.update(call);
        InMemoryCallActivity activity = new InMemoryCallActivity(calls);
        activity.touch(List.of(call.id()), T0.plusSeconds(130));
        LiveCallMaintenance maintenance = new LiveCallMaintenance(activity, calls, recorder, LiveCallSettings.defaults());

        List<SilentCall> silentCalls = maintenance.silentCalls(T0.plusSeconds(200));
        assertThat(silentCalls).extracting(SilentCall::callId).containsExactly(call.id());
        maintenance.closeSilent(silentCalls.get(0));
        maintenance.closeSilent(silentCalls.get(0));

        CallSession closed = calls.findByExternalId("vox-lost").orElseThrow();
        assertThat(closed.outcome()).contains(Outcome.COMPLETED);
        assertThat(closed.endedAt()).contains(T0.plusSeconds(130));
        assertThat(minutes()).isEqualTo(3);
        assertThat(maintenance.silentCalls(T0.plusSeconds(500))).isEmpty();
    }
}

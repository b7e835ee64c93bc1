package ai.tavari.adapters.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.tavari.adapters.ai.openai.ResponseTracker.Outgoing;
import ai.tavari.adapters.ai.openai.ResponseTracker.Request;
import org.junit.jupiter.api.Test;

class ResponseTrackerTest {
    private final ResponseTracker tracker = new ResponseTracker();

    @Test
    void sendsOneRequestAtATimeAndNoneWhileAResponseIsActive() {
        tracker.request(new Request("first"));
        tracker.request(new Request("second"));

        Outgoing first = tracker.next().orElseThrow();
        assertThat(first.request().instructions()).isEqualTo("first");
        assertThat(tracker.next()).isEmpty();
        tracker.started("resp_1");
        assertThat(tracker.next()).isEmpty();
        tracker.finished("resp_1");
        assertThat(tracker.next().orElseThrow().request().instructions()).isEqualTo("second");
    }

    @Test
    void putsARequestThatLostTheRaceBackAtTheFront() {
        tracker.request(new Request("mine"));
        tracker.request(new Request("later"));
        Outgoing mine = tracker.next().orElseThrow();
        tracker.started("resp_vad");

        assertThat(tracker.isOurs(mine.eventId())).isTrue();
        tracker.refused(mine.eventId(), true);
        assertThat(tracker.next()).isEmpty();
        tracker.finished("resp_vad");

        Outgoing retried = tracker.next().orElseThrow();
        assertThat(retried.request().instructions()).isEqualTo("mine");
        assertThat(retried.eventId()).isNotEqualTo(mine.eventId());
    }

    @Test
    void waitsForTheWinningResponseToEndEvenBeforeItIsAnnounced() {
        tracker.request(new Request("mine"));
        Outgoing mine = tracker.next().orElseThrow();

        tracker.refused(mine.eventId(), true);
        assertThat(tracker.next()).isEmpty();
        tracker.started("resp_vad");
        tracker.finished("resp_vad");

        assertThat(tracker.next().orElseThrow().request().instructions()).isEqualTo("mine");
    }

    @Test
    void dropsARequestRefusedForAnotherReasonAndMovesOn() {
        tracker.request(new Request("bad"));
        tracker.request(new Request("good"));
        Outgoing bad = tracker.next().orElseThrow();

        tracker.refused(bad.eventId(), false);

        assertThat(tracker.next().orElseThrow().request().instructions()).isEqualTo("good");
    }

    @Test
    void remembersWhichResponsesWereCutOff() {
        assertThat(tracker.cutOffActive()).isEmpty();
        tracker.started("resp_1");

        assertThat(tracker.cutOffActive()).contains("resp_1");
        assertThat(tracker.isCutOff("resp_1")).isTrue();
        assertThat(tracker.isCutOff("resp_2")).isFalse();
        assertThat(tracker.isCutOff(null)).isFalse();
    }
}

package ai.tavari.adapters.telephony.webhook;

import ai.tavari.adapters.telephony.Jsonp;
import ai.tavari.application.port.in.call.CallDecision;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Supplier;

/** The answer to {@code call.started}, exactly as CONTRACT.md §1 spells it. */
final class DecisionJson {
    private DecisionJson() {
    }

    static String render(CallDecision decision, Supplier<MediaSocketAddress> media) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
        if (decision instanceof CallDecision.Connect connect) {
            json.add("action", "connect")
                    .add("callId", connect.callId().toString())
                    .add("mediaUrl", media.get().withToken(connect.mediaToken()))
                    .add("token", connect.mediaToken())
                    .add("maxDurationSeconds", connect.maxDuration().toSeconds());
        } else if (decision instanceof CallDecision.Voicemail voicemail) {
            json.add("action", "voicemail")
                    .add("callId", voicemail.callId().toString())
                    .add("prompt", voicemail.prompt())
                    .add("maxRecordSeconds", voicemail.maxRecording().toSeconds());
        } else if (decision instanceof CallDecision.Forward forward) {
            json.add("action", "forward")
                    .add("callId", forward.callId().toString())
                    .add("to", forward.to().e164());
        } else if (decision instanceof CallDecision.Reject reject) {
            json.add("action", "reject");
            reject.callId().ifPresent(callId -> json.add("callId", callId.toString()));
            json.add("prompt", reject.prompt());
        } else if (decision instanceof CallDecision.Duplicate) {
            json.add("duplicate", true);
        } else {
            throw new IllegalArgumentException("unknown decision " + decision);
        }
        return json.build().toString();
    }
}

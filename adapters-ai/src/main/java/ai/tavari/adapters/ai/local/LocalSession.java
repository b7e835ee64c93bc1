package ai.tavari.adapters.ai.local;

import ai.tavari.adapters.ai.Jsonp;
import ai.tavari.application.port.out.conversation.CallSetup;
import ai.tavari.application.port.out.conversation.ContextKind;
import ai.tavari.application.port.out.conversation.ConversationSession;
import ai.tavari.application.port.out.conversation.EngineEvent;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentTranscript;
import ai.tavari.application.port.out.conversation.EngineEvent.AgentTurnEnded;
import ai.tavari.application.port.out.conversation.EngineEvent.Ended;
import ai.tavari.application.port.out.conversation.EngineEvent.ToolCall;
import ai.tavari.application.port.out.conversation.MulawAudio;
import ai.tavari.application.port.out.conversation.ToolDefinition;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One text conversation. Like every engine it answers on its own thread, in order; the rules run
 * there too, so they need no lock.
 */
final class LocalSession implements ConversationSession {
    private static final AtomicLong SESSIONS = new AtomicLong();
    private static final String HOURS = "get_business_hours";
    private static final String FAQ = "answer_faq";
    private static final String MESSAGE = "take_message";
    private static final String TRANSFER = "transfer_call";
    private static final String END = "end_call";

    private final CallSetup setup;
    private final Consumer<EngineEvent> events;
    private final ExecutorService thread;
    private final Map<String, String> toolOfCall = new HashMap<>();
    private MessageForm messageInProgress;
    private long calls;
    private boolean ended;

    LocalSession(CallSetup setup, Consumer<EngineEvent> events) {
        this.setup = setup;
        this.events = events;
        String name = "local-conversation-" + SESSIONS.incrementAndGet();
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, name);
            worker.setDaemon(true);
            return worker;
        });
    }

    void begin() {
        run(() -> setup.greeting().ifPresent(this::speak));
    }

    @Override
    public void sendCallerAudio(MulawAudio audio) {
        // no speech: this engine hears text only
    }

    @Override
    public void sendCallerText(String text) {
        Objects.requireNonNull(text, "text");
        run(() -> answer(text));
    }

    @Override
    public void addContext(String text, ContextKind kind) {
        // rules do not read context
    }

    @Override
    public void say(String instruction) {
        Objects.requireNonNull(instruction, "instruction");
        run(() -> speak(instruction));
    }

    @Override
    public void submitToolResult(String toolCallId, String resultJson, boolean agentReplies) {
        Objects.requireNonNull(toolCallId, "toolCallId");
        Objects.requireNonNull(resultJson, "resultJson");
        run(() -> {
            String tool = toolOfCall.remove(toolCallId);
            if (agentReplies && tool != null) {
                String reply = ToolReplies.reply(tool, resultJson);
                if (!reply.isEmpty()) {
                    speak(reply);
                }
            }
        });
    }

    @Override
    public void reportPlayback(String itemRef, Duration played) {
        // nothing is played: there is no audio
    }

    @Override
    public void cancelAgentSpeech() {
        // replies are whole sentences, sent at once
    }

    @Override
    public void end() {
        run(() -> {
            ended = true;
            events.accept(new Ended("ended"));
            thread.shutdown();
        });
    }

    private void answer(String text) {
        if (messageInProgress != null) {
            continueMessage(text);
            return;
        }
        switch (CallerIntent.of(text)) {
            case GOODBYE -> {
                if (hasTool(END)) {
                    events.accept(new AgentTranscript("Thank you for calling. Goodbye!", true));
                    callTool(END, "{}");
                } else {
                    speak("Thank you for calling. Goodbye!");
                }
            }
            case TRANSFER -> {
                if (hasTool(TRANSFER)) {
                    callTool(TRANSFER, Jsonp.PROVIDER.createObjectBuilder().add("reason", text).build().toString());
                } else {
                    offerMessageOrApologise();
                }
            }
            case MESSAGE -> startMessage();
            case HOURS -> {
                if (hasTool(HOURS)) {
                    callTool(HOURS, "{}");
                } else {
                    askQuestion(text);
                }
            }
            case QUESTION -> askQuestion(text);
        }
    }

    private void askQuestion(String text) {
        if (hasTool(FAQ)) {
            callTool(FAQ, Jsonp.PROVIDER.createObjectBuilder().add("question", text).build().toString());
        } else {
            offerMessageOrApologise();
        }
    }

    private void offerMessageOrApologise() {
        speak(hasTool(MESSAGE) ? "I can't help with that myself. " + ToolReplies.OFFER_MESSAGE
                : "I'm sorry, I can't help with that.");
    }

    private void startMessage() {
        Optional<ToolDefinition> tool = tool(MESSAGE);
        if (tool.isEmpty()) {
            speak("I'm sorry, I can't take messages.");
            return;
        }
        MessageForm form = MessageForm.fromSchema(tool.get().parametersJsonSchema());
        if (form.isEmpty()) {
            callTool(MESSAGE, "{}");
            return;
        }
        messageInProgress = form;
        speak("Of course. " + form.nextQuestion());
    }

    private void continueMessage(String text) {
        if (messageInProgress.answer(text)) {
            String arguments = messageInProgress.argumentsJson();
            messageInProgress = null;
            callTool(MESSAGE, arguments);
        } else {
            speak(messageInProgress.nextQuestion());
        }
    }

    private void speak(String text) {
        events.accept(new AgentTranscript(text, true));
        events.accept(new AgentTurnEnded(false));
    }

    private void callTool(String name, String argumentsJson) {
        String callId = "local_call_" + (++calls);
        toolOfCall.put(callId, name);
        events.accept(new ToolCall(callId, name, argumentsJson));
        events.accept(new AgentTurnEnded(false));
    }

    private boolean hasTool(String name) {
        return tool(name).isPresent();
    }

    private Optional<ToolDefinition> tool(String name) {
        return setup.tools().stream().filter(tool -> tool.name().equals(name)).findFirst();
    }

    private void run(Runnable step) {
        try {
            thread.execute(() -> {
                if (!ended) {
                    step.run();
                }
            });
        } catch (RejectedExecutionException afterEnd) {
            // the conversation is over
        }
    }
}

/**
 * The real scenario (src/main/voxengine/tavari.js) in the mock VoxEngine runtime, against a fake
 * Tavari server that checks signatures and event fields the way the Java server does.
 * Run: node --experimental-websocket --test src/test/node/
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startFakeServer } from './fake-tavari-server.mjs';
import { runScenario } from './run-scenario.mjs';

const SCENARIO = fileURLToPath(new URL('../../main/voxengine/tavari.js', import.meta.url));
const SECRET = 'test-webhook-secret';
const CALLER = '+15551230000';
const DIALLED = '+15557654321';
const OWNER = '+15551112222';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One call through the scenario against a fresh fake server. */
async function runCall({ webhook, media, plan = {}, serverUrl } = {}) {
  const server = await startFakeServer({ secret: SECRET, webhook, media });
  try {
    const report = await runScenario({
      scenario: SCENARIO,
      server: serverUrl ?? server.baseUrl,
      secret: SECRET,
      from: CALLER,
      to: DIALLED,
      plan: { maxRunMs: 40000, ...plan },
    });
    return { report, server };
  } finally {
    await server.close();
  }
}

/** What must hold after every call, whatever the path. */
function assertClean(report, server, { serverReachable = true } = {}) {
  assert.deepEqual(report.errors, [], 'no API misuse or uncaught exception in the scenario');
  assert.equal(report.timedOut, false, 'the scenario ended by itself');
  assert.equal(report.terminated, true, 'VoxEngine.terminate() was called');
  assert.notEqual(report.call.hangup.first, null, 'the call was ended');
  assert.deepEqual(server.state.scriptErrors, []);
  if (report.socket) assert.equal(report.socket.closedAtTerminate, true, 'socket closed before terminate');

  // Every webhook signed; ids <sessionId>-<n>, one id per distinct event (retries reuse it).
  const bodyById = new Map();
  for (const hook of report.webhooks) {
    assert.match(hook.signature, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.match(hook.id, new RegExp(`^${report.call.sessionId}-\\d+$`));
    assert.equal(hook.body.callId, report.call.id);
    const body = JSON.stringify(hook.body);
    if (bodyById.has(hook.id)) assert.equal(bodyById.get(hook.id), body, `id ${hook.id} reused`);
    bodyById.set(hook.id, body);
  }
  const endedIds = new Set(report.webhooks.filter((h) => h.type === 'call.ended').map((h) => h.id));
  assert.equal(endedIds.size, 1, 'exactly one call.ended');
  if (serverReachable) {
    const rejected = server.state.requests.filter((r) => r.status === 401 || r.status === 400);
    assert.deepEqual(rejected, [], 'the server accepted every signature and every event shape');
    assert.equal(server.eventsOf('call.ended').length, 1);
  }
}

function ended(server) {
  const events = server.eventsOf('call.ended');
  assert.equal(events.length, 1);
  return events[0];
}

const isApology = (text) => /sorry/i.test(text) && /message/i.test(text);

async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('connect', () => {
  test('streams caller audio to the server and agent audio to the caller; hangup ends the call', async () => {
    const speech = Buffer.alloc(160, 0x2a).toString('base64');
    const { report, server } = await runCall({
      plan: { talkMs: 600, payload: speech },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'media' && m.media.chunk >= 25);
        session.sendAgentAudio(50);
        await session.waitForControl('playbackEnded');
        session.send({ customEvent: 'hangup' });
      },
    });
    assertClean(report, server);

    const started = server.eventsOf('call.started')[0];
    assert.equal(started.from, CALLER);
    assert.equal(started.to, DIALLED);
    assert.equal(started.sessionId, report.call.sessionId);

    // Handshake: token in the query and in X-Tavari-Token, sub-protocol chat.
    const decision = report.webhooks[0].answer;
    const [handshake] = server.state.handshakes;
    assert.equal(handshake.accepted, true);
    assert.equal(handshake.token, decision.token);
    assert.equal(handshake.headerToken, decision.token);
    assert.ok(handshake.protocols.includes('chat'));

    // Caller -> server: Voximplant media JSON, μ-law 8 kHz, 160-byte frames in order.
    const [session] = server.state.sessions;
    const [start] = session.callerMedia.starts;
    assert.equal(start.tag, 'caller');
    assert.deepEqual(start.start.mediaFormat, { encoding: 'ULAW', sampleRate: 8000 });
    const frames = session.callerMedia.frames;
    assert.ok(frames.length >= 25);
    frames.forEach((frame, i) => {
      assert.equal(frame.media.chunk, i + 1);
      assert.equal(Buffer.from(frame.media.payload, 'base64').length, 160);
    });
    assert.ok(frames.some((frame) => frame.media.payload === speech), 'the caller spoke');

    // Server -> caller: all 50 agent frames were routed to the call, and playback was relayed.
    assert.equal(report.agentMedia.frames, 50);
    assert.equal(report.agentMedia.bytes, 8000);
    assert.equal(report.agentMedia.unroutedFrames, 0);
    const names = session.control.map((m) => m.customEvent);
    assert.ok(names.indexOf('playbackStarted') >= 0);
    assert.ok(names.indexOf('playbackStarted') < names.indexOf('playbackEnded'));
    assert.equal(typeof session.control.find((m) => m.customEvent === 'playbackEnded').durationMs, 'number');
    for (const message of session.control) assert.equal(message.event, undefined, 'never the `event` key');

    // hangup: the scenario hangs up, posts call.ended, then closes the socket.
    assert.equal(report.call.hangup.first, 'scenario');
    assert.equal(ended(server).reason, 'server_hangup');
    assert.equal(report.socket.closedBy, 'scenario');
    assert.equal(session.closeInfo.by, 'client');
    const timeline = server.state.timeline;
    assert.ok(timeline.indexOf('event:call.ended') < timeline.indexOf('socket:closed:client'));
    assert.deepEqual(report.says, []);
    assert.equal(report.recording, null);
  });

  test('clear empties the agent audio buffer (barge-in)', async () => {
    const { report, server } = await runCall({
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.sendAgentAudio(250); // 5 s queued at Voximplant
        await session.waitForControl('playbackStarted');
        session.send({ customEvent: 'clear' });
        await session.waitForControl('playbackEnded');
        session.send({ customEvent: 'hangup' });
      },
    });
    assertClean(report, server);
    assert.equal(report.agentMedia.clears, 1);
    assert.deepEqual(report.controlReceived, [{ customEvent: 'clear' }, { customEvent: 'hangup' }]);
    assert.equal(ended(server).reason, 'server_hangup');
  });

  test('the caller hanging up sends callEnded on the socket and exactly one call.ended', async () => {
    const { report, server } = await runCall({
      plan: { hangupAfterMs: 1500 },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.sendAgentAudio(20);
      },
    });
    assertClean(report, server);
    const [session] = server.state.sessions;
    assert.deepEqual(session.control.filter((m) => m.customEvent === 'callEnded'),
      [{ customEvent: 'callEnded', reason: 'caller_hangup' }]);
    const timeline = server.state.timeline;
    assert.ok(timeline.indexOf('control:callEnded') < timeline.indexOf('socket:closed:client'),
      'callEnded before the scenario closes the socket');
    assert.equal(report.call.hangup.first, 'caller');
    const callEnded = ended(server);
    assert.equal(callEnded.reason, 'caller_hangup');
    assert.ok(Number.isInteger(callEnded.durationSeconds));
    assert.equal(report.socket.closedBy, 'scenario');
    assert.deepEqual(report.says, []);
  });

  test('transfer: bridges caller and person, reports success, closes the socket', async () => {
    const { report, server } = await runCall({
      plan: { transfer: 'answer', hangupAfterMs: 2500 },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.send({ customEvent: 'transfer', to: OWNER });
      },
    });
    assertClean(report, server);
    const [session] = server.state.sessions;
    assert.deepEqual(session.control.filter((m) => m.customEvent === 'transferResult'),
      [{ customEvent: 'transferResult', success: true }]);
    const [result] = server.eventsOf('transfer.result');
    assert.equal(result.to, OWNER);
    assert.equal(result.success, true);
    assert.equal(report.transfers.length, 1);
    assert.equal(report.transfers[0].to, OWNER);
    assert.equal(report.transfers[0].callerid, CALLER);
    assert.equal(report.transfers[0].bridged, true);
    assert.equal(report.socket.closedBy, 'scenario');
    const timeline = server.state.timeline;
    assert.ok(timeline.indexOf('socket:closed:client') < timeline.indexOf('event:call.ended'),
      'the media socket closes once the caller is bridged, not at the end of the call');
    assert.equal(report.call.hangup.first, 'caller');
    assert.equal(ended(server).reason, 'transferred');
    assert.deepEqual(report.says, []);
  });

  test('transfer failure: reports it and the agent carries on', async () => {
    const { report, server } = await runCall({
      plan: { transfer: 'fail' },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.send({ customEvent: 'transfer', to: OWNER });
        await session.waitForControl('transferResult');
        session.sendAgentAudio(10);
        await session.waitForControl('playbackStarted');
        session.send({ customEvent: 'hangup' });
      },
    });
    assertClean(report, server);
    const [session] = server.state.sessions;
    assert.deepEqual(session.control.find((m) => m.customEvent === 'transferResult'),
      { customEvent: 'transferResult', success: false, code: 486 });
    const [result] = server.eventsOf('transfer.result');
    assert.deepEqual([result.to, result.success, result.code], [OWNER, false, 486]);
    assert.equal(report.transfers[0].bridged, false);
    assert.equal(report.agentMedia.frames, 10, 'agent audio still reaches the caller');
    assert.equal(ended(server).reason, 'server_hangup');
    assert.deepEqual(report.says, []);
    assert.equal(report.recording, null);
  });

  test('transfer failure after the socket is gone: apology and voicemail', async () => {
    const { report, server } = await runCall({
      plan: { transfer: 'fail', ringMs: 500, hangupAfterMs: 3000 },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.send({ customEvent: 'transfer', to: OWNER });
        session.close(1000, 'bye');
      },
    });
    assertClean(report, server);
    assert.equal(server.eventsOf('transfer.result')[0].success, false);
    assert.equal(report.says.length, 1);
    assert.ok(isApology(report.says[0].text));
    assert.equal(report.recording.started, true);
    assert.equal(ended(server).reason, 'failed');
  });

  test('voicemail control: stops streaming, says the prompt, records, posts recording.ready', async () => {
    const prompt = "I'm sorry, I'm having trouble right now. Please leave a message after the tone.";
    const { report, server } = await runCall({
      plan: { hangupAfterMs: 2500 },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.send({ customEvent: 'voicemail', prompt, maxRecordSeconds: 30 });
      },
    });
    assertClean(report, server);
    assert.deepEqual(report.says.map((s) => s.text), [prompt]);
    assert.equal(report.socket.closedBy, 'scenario');
    assert.equal(server.state.sessions[0].callerMedia.stops.length, 1, 'caller stream stopped');
    assert.equal(report.recording.started, true);
    assert.ok(report.recording.startedAtMs >= report.says[0].atMs, 'records after the prompt');
    const [ready] = server.eventsOf('recording.ready');
    assert.equal(ready.url, report.recording.url);
    assert.equal(ready.durationSeconds, report.recording.durationSeconds);
    assert.equal(report.call.hangup.first, 'caller');
    assert.equal(ended(server).reason, 'voicemail');
    const timeline = server.state.timeline;
    assert.ok(timeline.indexOf('event:recording.ready') < timeline.indexOf('event:call.ended'));
  });
});

describe('other decisions', () => {
  test('voicemail: prompt, recording up to maxRecordSeconds, then the scenario hangs up', async () => {
    const prompt = 'Thanks for calling Bella Dental. Please leave a message after the tone.';
    const { report, server } = await runCall({
      webhook: (event) => (event.type === 'call.started'
        ? { status: 200, json: { action: 'voicemail', callId: 'c1', prompt, maxRecordSeconds: 1 } }
        : undefined),
    });
    assertClean(report, server);
    assert.equal(report.socketCount, 0);
    assert.deepEqual(report.says.map((s) => s.text), [prompt]);
    assert.equal(report.call.hangup.first, 'scenario');
    assert.equal(server.eventsOf('recording.ready')[0].url, report.recording.url);
    assert.equal(ended(server).reason, 'voicemail');
  });

  test('reject: says the prompt and hangs up, no recording', async () => {
    const prompt = 'Sorry, this number is not in service.';
    const { report, server } = await runCall({
      webhook: (event) => (event.type === 'call.started'
        ? { status: 200, json: { action: 'reject', prompt } }
        : undefined),
    });
    assertClean(report, server);
    assert.equal(report.call.answered, true);
    assert.deepEqual(report.says.map((s) => s.text), [prompt]);
    assert.equal(report.recording, null);
    assert.equal(report.socketCount, 0);
    assert.equal(report.call.hangup.first, 'scenario');
    assert.equal(ended(server).reason, 'rejected');
  });

  test('forward: rings the owner and bridges the caller when they answer', async () => {
    const { report, server } = await runCall({
      plan: { transfer: 'answer', transferHangupAfterMs: 300 },
      webhook: (event) => (event.type === 'call.started'
        ? { status: 200, json: { action: 'forward', callId: 'c1', to: OWNER } }
        : undefined),
    });
    assertClean(report, server);
    assert.equal(report.transfers.length, 1);
    assert.equal(report.transfers[0].to, OWNER);
    assert.equal(report.transfers[0].bridged, true);
    assert.equal(report.transfers[0].hangupBy, 'person');
    assert.equal(report.call.answered, true);
    assert.deepEqual(report.says, []);
    assert.equal(report.recording, null);
    assert.equal(ended(server).reason, 'transferred');
  });

  test('forward that fails becomes a voicemail', async () => {
    const { report, server } = await runCall({
      plan: { transfer: 'fail', hangupAfterMs: 1500 },
      webhook: (event) => (event.type === 'call.started'
        ? { status: 200, json: { action: 'forward', callId: 'c1', to: OWNER } }
        : undefined),
    });
    assertClean(report, server);
    assert.equal(report.transfers[0].outcome, 'failed');
    assert.equal(report.says.length, 1);
    assert.match(report.says[0].text, /message/i);
    assert.equal(report.recording.started, true);
    assert.equal(server.eventsOf('recording.ready').length, 1);
    assert.equal(ended(server).reason, 'voicemail');
  });

  test('the caller giving up while the decision is pending ends the call quietly', async () => {
    const { report, server } = await runCall({
      plan: { hangupBeforeAnswerMs: 100 },
      webhook: async (event) => {
        if (event.type === 'call.started') await sleep(500);
        return undefined;
      },
    });
    assertClean(report, server);
    assert.equal(report.call.answered, false);
    assert.equal(report.call.hangup.first, 'caller');
    assert.equal(report.socketCount, 0);
    assert.deepEqual(report.says, []);
    assert.equal(ended(server).reason, 'caller_hangup');
  });
});

describe('failures: apologise and take a voicemail', () => {
  /** The fallback: one apology, a recording, recording.ready, call.ended reason `failed`. */
  function assertFallback(report, server, { serverReachable = true } = {}) {
    assertClean(report, server, { serverReachable });
    assert.equal(report.call.answered, true);
    assert.equal(report.says.length, 1);
    assert.ok(isApology(report.says[0].text), report.says[0].text);
    assert.equal(report.recording.started, true);
    if (serverReachable) {
      assert.equal(server.eventsOf('recording.ready')[0].url, report.recording.url);
      assert.equal(ended(server).reason, 'failed');
    }
  }

  test('webhook unreachable', async () => {
    const port = await freePort();
    const { report, server } = await runCall({
      serverUrl: `http://127.0.0.1:${port}`,
      plan: { hangupAfterMs: 1500 },
    });
    assertFallback(report, server, { serverReachable: false });
    assert.ok(report.webhooks[0].status < 0, 'network error code');
    assert.equal(report.call.hangup.first, 'caller');
  });

  for (const [name, reply] of [
    ['500', { status: 500, json: { title: 'Internal Server Error' } }],
    ['garbage', { status: 200, text: '<html>not json</html>' }],
    ['duplicate answer', { status: 200, json: { duplicate: true } }],
    ['unknown action', { status: 200, json: { action: 'dance' } }],
  ]) {
    test(`webhook answers ${name}`, async () => {
      const { report, server } = await runCall({
        plan: { hangupAfterMs: 1500 },
        webhook: (event) => (event.type === 'call.started' ? reply : undefined),
      });
      assertFallback(report, server);
      assert.equal(report.socketCount, 0);
    });
  }

  test('webhook times out (short HTTP timeout)', async () => {
    const { report, server } = await runCall({
      plan: { hangupAfterMs: 1000 },
      webhook: (event) => (event.type === 'call.started' ? 'hang' : undefined),
    });
    assertFallback(report, server);
    assert.equal(report.webhooks[0].status, -7);
  });

  test('media socket closed by the server before hangup/transfer/voicemail', async () => {
    const { report, server } = await runCall({
      plan: { hangupAfterMs: 2500 },
      media: async (session) => {
        await session.waitFor((m) => m.event === 'start');
        session.sendAgentAudio(10);
        session.close(1011, 'engine failed');
      },
    });
    assertFallback(report, server);
    assert.equal(report.socket.closedBy, 'server');
    assert.equal(report.socket.closeCode, 1011);
  });

  test('media socket refused at the handshake', async () => {
    const { report, server } = await runCall({
      plan: { hangupAfterMs: 1500 },
      webhook: (event, fake) => {
        if (event.type !== 'call.started') return undefined;
        const decision = fake.connectDecision();
        return { status: 200, json: { ...decision, token: 'mt1.unknown',
          mediaUrl: decision.mediaUrl.replace(/token=[^&]+/, 'token=mt1.unknown') } };
      },
    });
    assertFallback(report, server);
    assert.equal(server.state.handshakes[0].accepted, false);
    assert.equal(report.socket.opened, false);
  });

  test('an exception in the scenario', async () => {
    const { report, server } = await runCall({
      plan: { hangupAfterMs: 1500, throwOn: ['VoxEngine.createWebSocket'] },
    });
    assertFallback(report, server);
    assert.deepEqual(report.injected, ['VoxEngine.createWebSocket']);
  });
});

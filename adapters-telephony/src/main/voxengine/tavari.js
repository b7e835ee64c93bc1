/*
 * Tavari inbound-call scenario for Voximplant VoxEngine.
 *
 * Deploy this file as is. One session handles one inbound call:
 *   1. AppEvents.CallAlerting: post a signed `call.started` webhook and wait for the decision.
 *   2. Act on it: `connect` (AI agent over the media WebSocket), `forward` (PSTN), `voicemail`,
 *      `reject`.
 *   3. Post `call.ended` exactly once, close the media socket, VoxEngine.terminate().
 *
 * The messages and webhooks are defined in adapters-telephony/CONTRACT.md; change both together.
 * Whatever fails (webhook, socket, an exception), the caller hears an apology and can leave a
 * voicemail: nobody is dropped or left in silence.
 *
 * Configuration lives in the application's secret store, never in this file:
 *   TAVARI_SERVER_URL       base URL of the Tavari server, e.g. https://tavari.example
 *   TAVARI_WEBHOOK_SECRET   HMAC key for the X-Tavari-Signature header
 *
 * Runtime: VoxEngine's ES2017-style JavaScript. No require(), no optional chaining, no `??`,
 * no `catch {` without a binding. Only the globals VoxEngine, AppEvents, CallEvents,
 * WebSocketEvents, WebSocketAudioEncoding, Net, Crypto, Logger, VoiceList and timers.
 */
'use strict';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const WEBHOOK_PATH = '/api/calls/webhook';
// The caller is ringing while we wait for the decision, so keep it short; a slow server means
// voicemail. Voximplant counts `timeout` in seconds and the default (90 s) can only be lowered.
const DECISION_TIMEOUT_S = 5;
const EVENT_TIMEOUT_S = 5;
const CONNECT_TIMEOUT_S = 3;
// Later events are retried once (same id, so the server applies them once). call.started is
// never retried: a repeated id is answered {"duplicate":true}, which has no action.
const EVENT_ATTEMPTS = 2;

// An unanswered inbound call is dropped by Voximplant after 60 s, and a PSTN leg may take up
// to 60 s to fail, so we stop ringing the forward/transfer target ourselves.
const FORWARD_RING_S = 25;
const TRANSFER_RING_S = 30;
const SOCKET_OPEN_TIMEOUT_S = 10;
// The server enforces maxDurationSeconds itself (it says goodbye); this is only a safety net.
const MAX_DURATION_GRACE_S = 15;
// RecordStopped fires after Disconnected; do not wait for it forever.
const RECORD_STOPPED_WAIT_S = 10;
const DEFAULT_MAX_RECORD_S = 120;
// say() with more than 1500 characters fails (PlaybackFinished with an error).
const MAX_SAY_CHARS = 1500;

const VOICE = VoiceList.Amazon.Neural.en_US_Joanna;
const APOLOGY_PROMPT = "I'm sorry, we're having trouble connecting your call right now. " +
  'Please leave a message after the tone, and we will get back to you as soon as we can.';
const VOICEMAIL_PROMPT = "Sorry, nobody can take your call right now. " +
  'Please leave a message after the tone.';
const REJECT_PROMPT = 'Sorry, this number cannot take your call. Goodbye.';

const ACTIONS = ['connect', 'voicemail', 'forward', 'reject'];

// ---------------------------------------------------------------------------------------------
// Session state (one inbound call per session)
// ---------------------------------------------------------------------------------------------

let sessionId = '';
let eventSeq = 0;

let call = null;          // the inbound leg
let callerNumber = '';    // AppEvents.CallAlerting callerid
let dialledNumber = '';   // AppEvents.CallAlerting destination
let callLive = false;     // from CallAlerting until Disconnected/Failed
let answerRequested = false;
let connectedAt = 0;      // ms; 0 until the caller is answered
let endedAt = 0;
let reportedDuration = -1; // Disconnected.duration (s), when Voximplant gave one
let onAnswered = null;    // what to do once the caller is connected

// deciding | agent | transferring | forwarding | bridged | message | rejecting | ending
let mode = 'deciding';
let messageReason = 'voicemail'; // call.ended reason when the call ends while in `message` mode

let ws = null;
let wsState = 'none';     // none | connecting | open | closed

let otherLeg = null;      // outbound PSTN leg (forward or transfer)
let otherLegState = 'none'; // none | ringing | connected | done

let afterSay = null;      // continuation after PlaybackFinished
let recording = null;     // {url, startedAt, stoppedAt, durationSeconds, done: Promise, resolve}

let timers = [];
let finished = false;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function log(message) {
  Logger.write('[tavari] ' + message);
}

function errorText(err) {
  if (err && err.stack) return String(err.stack);
  return String(err);
}

/** Runs an event handler; whatever it throws (also asynchronously) goes to fail(). */
function guarded(handler) {
  return function (event) {
    try {
      const result = handler(event);
      if (result && typeof result.then === 'function') result.then(null, fail);
    } catch (err) {
      fail(err);
    }
  };
}

function on(target, eventName, handler) {
  target.addEventListener(eventName, guarded(handler));
}

function later(seconds, fn) {
  const timer = setTimeout(guarded(fn), Math.round(seconds * 1000));
  timers.push(timer);
  return timer;
}

function clearTimers() {
  timers.forEach(function (t) { clearTimeout(t); });
  timers = [];
}

function delay(seconds) {
  return new Promise(function (resolve) { setTimeout(resolve, Math.round(seconds * 1000)); });
}

function positiveNumber(value, fallback) {
  return typeof value === 'number' && isFinite(value) && value > 0 ? value : fallback;
}

function nonEmptyString(value, fallback) {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

function parseJson(text) {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text);
  } catch (err) {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Webhooks (CONTRACT.md §1)
// ---------------------------------------------------------------------------------------------

function serverBaseUrl() {
  const url = VoxEngine.getSecretValue('TAVARI_SERVER_URL');
  return typeof url === 'string' ? url.replace(/\/+$/, '') : '';
}

/** One signed POST. Resolves {code, json}; code <= 0 is a network error (Voximplant codes). */
async function signedPost(body, timeoutSeconds) {
  const secret = VoxEngine.getSecretValue('TAVARI_WEBHOOK_SECRET');
  const base = serverBaseUrl();
  if (!secret || !base) {
    log('TAVARI_SERVER_URL or TAVARI_WEBHOOK_SECRET is not set in the secret store');
    return { code: -1, json: null };
  }
  const t = Math.floor(Date.now() / 1000);
  const mac = Crypto.hmac_sha256(secret, t + '.' + body);
  try {
    const result = await Net.httpRequestAsync(base + WEBHOOK_PATH, {
      method: 'POST',
      postData: body,
      headers: {
        'Content-Type': 'application/json',
        'X-Tavari-Signature': 't=' + t + ',v1=' + mac
      },
      timeout: timeoutSeconds,
      connectionTimeout: Math.min(CONNECT_TIMEOUT_S, timeoutSeconds)
    });
    // httpRequestAsync resolves on 4xx/5xx too; code is the HTTP status or a negative
    // internal code (-3 host not found, -4 connect error, -7 timeout, ...).
    return { code: result.code, json: parseJson(result.text) };
  } catch (err) {
    // Thrown when VoxEngine's HTTP request limit is exceeded.
    log('webhook request failed: ' + errorText(err));
    return { code: -1, json: null };
  }
}

/**
 * Posts one event with a fresh id `<sessionId>-<n>`. Retries (with the same id) on network
 * errors and 5xx, up to `attempts` times.
 */
async function postEvent(type, fields, attempts, timeoutSeconds) {
  eventSeq += 1;
  const event = {
    id: (sessionId || (call ? call.id() : 'session')) + '-' + eventSeq,
    type: type,
    callId: call ? call.id() : '',
    ts: Date.now()
  };
  Object.keys(fields).forEach(function (key) { event[key] = fields[key]; });
  const body = JSON.stringify(event);
  let response = { code: -1, json: null };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    response = await signedPost(body, timeoutSeconds);
    log(type + ' ' + event.id + ' -> ' + response.code);
    if (response.code >= 200 && response.code < 500) break;
  }
  return response;
}

function postLaterEvent(type, fields) {
  return postEvent(type, fields, EVENT_ATTEMPTS, EVENT_TIMEOUT_S);
}

// ---------------------------------------------------------------------------------------------
// Inbound call
// ---------------------------------------------------------------------------------------------

VoxEngine.addEventListener(AppEvents.Started, guarded(function (e) {
  sessionId = String(e.sessionId);
}));

VoxEngine.addEventListener(AppEvents.CallAlerting, guarded(async function (e) {
  if (call) {
    // One call per session; PSTN routing never sends a second one.
    e.call.reject(486);
    return;
  }
  call = e.call;
  callLive = true;
  callerNumber = e.callerid ? String(e.callerid) : '';
  dialledNumber = e.destination ? String(e.destination) : '';

  on(call, CallEvents.Connected, onCallConnected);
  on(call, CallEvents.Disconnected, onCallGone);
  on(call, CallEvents.Failed, onCallGone);
  on(call, CallEvents.PlaybackFinished, onPlaybackFinished);
  on(call, CallEvents.RecordStarted, onRecordStarted);
  on(call, CallEvents.RecordStopped, onRecordStopped);
  on(call, CallEvents.RecordError, onRecordError);

  const answer = await postEvent('call.started', {
    sessionId: sessionId,
    from: callerNumber,
    to: dialledNumber
  }, 1, DECISION_TIMEOUT_S);

  if (!callLive) {
    // The caller gave up while we were asking.
    await finish('caller_hangup');
    return;
  }
  const decision = answer.json;
  if (answer.code !== 200 || !decision || typeof decision !== 'object' ||
      ACTIONS.indexOf(decision.action) < 0) {
    // Unreachable, non-200, garbage, or an answer without a known action (e.g. duplicate).
    fallback('no usable decision (HTTP ' + answer.code + ')');
    return;
  }
  log('decision: ' + decision.action);
  if (decision.action === 'connect') startAgent(decision);
  else if (decision.action === 'voicemail') {
    startVoicemail(nonEmptyString(decision.prompt, VOICEMAIL_PROMPT),
      decision.maxRecordSeconds, 'voicemail');
  } else if (decision.action === 'forward') startForward(decision.to);
  else startReject(nonEmptyString(decision.prompt, REJECT_PROMPT));
}));

/** Answers the caller (once) and runs `fn` when connected; the latest `fn` wins. */
function whenConnected(fn) {
  if (!callLive) return;
  if (connectedAt) {
    fn();
    return;
  }
  onAnswered = fn;
  if (!answerRequested) {
    answerRequested = true;
    call.answer();
  }
}

function onCallConnected() {
  connectedAt = Date.now();
  const next = onAnswered;
  onAnswered = null;
  if (next) next();
}

function onCallGone(e) {
  if (!callLive) return;
  callLive = false;
  endedAt = Date.now();
  if (typeof e.duration === 'number') reportedDuration = e.duration;
  if (finished || mode === 'deciding') return; // our own hang-up, or CallAlerting finishes
  if (mode === 'agent' || mode === 'transferring') {
    sendControl({ customEvent: 'callEnded', reason: 'caller_hangup' });
    finish('caller_hangup');
  } else if (mode === 'forwarding') finish('caller_hangup');
  else if (mode === 'bridged') finish('transferred');
  else if (mode === 'message') finish(messageReason);
  else if (mode === 'rejecting') finish('rejected');
  else finish('caller_hangup');
}

function durationSeconds() {
  if (!connectedAt) return 0;
  if (reportedDuration >= 0) return Math.round(reportedDuration);
  return Math.max(0, Math.round(((endedAt || Date.now()) - connectedAt) / 1000));
}

// ---------------------------------------------------------------------------------------------
// Speech and recording
// ---------------------------------------------------------------------------------------------

/** say(), then `next` after PlaybackFinished (or a safety timeout if it never comes). */
function sayThen(text, next) {
  const spoken = text.length > MAX_SAY_CHARS ? text.slice(0, MAX_SAY_CHARS) : text;
  let done = false;
  const proceed = function () {
    if (done) return;
    done = true;
    next();
  };
  afterSay = proceed;
  call.say(spoken, { voice: VOICE });
  // Generous estimate of the speaking time; normally PlaybackFinished comes first.
  later(5 + spoken.length / 8, function () {
    if (afterSay === proceed) afterSay = null;
    proceed();
  });
}

function onPlaybackFinished(e) {
  if (e.error) log('playback error: ' + e.error);
  const next = afterSay;
  afterSay = null;
  if (next) next();
}

function startRecording(maxSeconds) {
  let resolve = null;
  const done = new Promise(function (r) { resolve = r; });
  recording = { url: '', startedAt: Date.now(), durationSeconds: -1, done: done, resolve: resolve };
  call.record({});
  later(maxSeconds, function () { finish(messageReason); });
}

function onRecordStarted(e) {
  if (recording && e.url) recording.url = String(e.url);
}

function onRecordStopped(e) {
  if (!recording) return;
  if (e.url) recording.url = String(e.url);
  if (typeof e.duration === 'number') recording.durationSeconds = e.duration;
  recording.resolve();
}

function onRecordError(e) {
  log('recording failed: ' + e.error);
  if (!recording) return;
  recording.url = '';
  recording.resolve();
}

// ---------------------------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------------------------

/** voicemail: say the prompt, record up to maxRecordSeconds, hang up (finish posts the rest). */
function startVoicemail(prompt, maxRecordSeconds, reason) {
  if (finished || mode === 'message') return;
  if (!callLive) {
    finish(reason);
    return;
  }
  mode = 'message';
  messageReason = reason;
  stopStreaming();
  closeSocket();
  dropOtherLeg();
  const maxSeconds = positiveNumber(maxRecordSeconds, DEFAULT_MAX_RECORD_S);
  whenConnected(function () {
    sayThen(prompt, function () {
      if (finished) return;
      startRecording(maxSeconds);
    });
  });
}

function startReject(prompt) {
  mode = 'rejecting';
  whenConnected(function () {
    sayThen(prompt, function () { finish('rejected'); });
  });
}

/**
 * forward: ring the owner before answering the caller (who keeps hearing ringback), then
 * answer and bridge. No answer within FORWARD_RING_S, busy or any failure: voicemail.
 */
function startForward(to) {
  if (!nonEmptyString(to, '')) {
    fallback('forward without a number');
    return;
  }
  mode = 'forwarding';
  dial(String(to), FORWARD_RING_S, function (leg) {
    mode = 'bridged';
    whenConnected(function () { VoxEngine.sendMediaBetween(call, leg); });
  }, function (code) {
    log('forward failed: ' + code);
    startVoicemail(VOICEMAIL_PROMPT, DEFAULT_MAX_RECORD_S, 'voicemail');
  });
}

/** Which caller id to show on an outbound leg: the caller's number if it is one, else ours. */
function outboundCallerId() {
  if (/^\+?[0-9]{6,15}$/.test(callerNumber)) return callerNumber;
  return dialledNumber;
}

/**
 * Calls `number` over PSTN. Exactly one of onConnected(leg) / onFailed(code) runs, unless the
 * call is finished or the leg is dropped first. The leg hanging up after it connected ends the
 * whole call.
 */
function dial(number, ringSeconds, onConnected, onFailed) {
  const leg = VoxEngine.callPSTN(number, outboundCallerId());
  otherLeg = leg;
  otherLegState = 'ringing';
  on(leg, CallEvents.Connected, function () {
    if (otherLeg !== leg || otherLegState !== 'ringing' || finished) {
      leg.hangup();
      return;
    }
    otherLegState = 'connected';
    return onConnected(leg);
  });
  on(leg, CallEvents.Failed, function (e) {
    if (otherLeg !== leg || otherLegState !== 'ringing') return;
    otherLegState = 'done';
    onFailed(e.code);
  });
  on(leg, CallEvents.Disconnected, function () {
    if (otherLeg !== leg) return;
    const wasConnected = otherLegState === 'connected';
    otherLegState = 'done';
    if (wasConnected) finish('transferred');
  });
  later(ringSeconds, function () {
    if (otherLeg !== leg || otherLegState !== 'ringing') return;
    otherLegState = 'done';
    leg.hangup();
    onFailed(408);
  });
}

function dropOtherLeg() {
  if (otherLeg && (otherLegState === 'ringing' || otherLegState === 'connected')) {
    otherLegState = 'done';
    otherLeg.hangup();
  }
}

// ---------------------------------------------------------------------------------------------
// connect: the AI agent over the media socket (CONTRACT.md §2)
// ---------------------------------------------------------------------------------------------

function startAgent(decision) {
  const mediaUrl = nonEmptyString(decision.mediaUrl, '');
  if (!mediaUrl) {
    fallback('connect without mediaUrl');
    return;
  }
  mode = 'agent';
  const maxSeconds = positiveNumber(decision.maxDurationSeconds, 0);
  if (maxSeconds) {
    later(maxSeconds + MAX_DURATION_GRACE_S, function () {
      if (mode !== 'agent' && mode !== 'transferring') return;
      sendControl({ customEvent: 'callEnded', reason: 'max_duration' });
      finish('max_duration');
    });
  }
  whenConnected(function () { openMediaSocket(mediaUrl, nonEmptyString(decision.token, '')); });
}

/** The server puts the token in mediaUrl; add it if it is missing. */
function withToken(url, token) {
  if (!token || /[?&]token=/.test(url)) return url;
  return url + (url.indexOf('?') < 0 ? '?' : '&') + 'token=' + encodeURIComponent(token);
}

function openMediaSocket(mediaUrl, token) {
  // The default sub-protocol is 'chat', which the server accepts. Which header item shape
  // VoxEngine honours is unverified, hence the token in the query as well.
  const params = {};
  if (token) params.headers = [{ name: 'X-Tavari-Token', value: token }];
  ws = VoxEngine.createWebSocket(withToken(mediaUrl, token), params);
  wsState = 'connecting';
  const socket = ws;

  on(socket, WebSocketEvents.OPEN, function () {
    if (ws !== socket || wsState !== 'connecting') return;
    wsState = 'open';
    if (mode !== 'agent' || !callLive) return;
    const ULAW = WebSocketAudioEncoding.ULAW;
    call.sendMediaTo(socket, { encoding: ULAW, tag: 'caller' });   // caller -> server
    socket.sendMediaTo(call, { encoding: ULAW, tag: 'agent' });    // server -> caller
  });
  on(socket, WebSocketEvents.MESSAGE, function (e) { onSocketMessage(e.text); });
  // The socket is not closed when the call ends, and it can close at any time: every path
  // below has to cope with that.
  on(socket, WebSocketEvents.CLOSE, function (e) {
    onSocketGone(socket, 'closed ' + e.code + ' ' + e.reason);
  });
  on(socket, WebSocketEvents.ERROR, function () { onSocketGone(socket, 'error'); });
  // Playback of the agent's audio, relayed for the server's information.
  on(socket, WebSocketEvents.MEDIA_STARTED, function () {
    sendControl({ customEvent: 'playbackStarted' });
  });
  on(socket, WebSocketEvents.MEDIA_ENDED, function (e) {
    const message = { customEvent: 'playbackEnded' };
    if (e.mediaInfo && typeof e.mediaInfo.duration === 'number') {
      message.durationMs = Math.round(e.mediaInfo.duration); // the server reads whole ms
    }
    sendControl(message);
  });

  later(SOCKET_OPEN_TIMEOUT_S, function () {
    if (ws === socket && wsState === 'connecting') onSocketGone(socket, 'open timed out');
  });
}

function onSocketGone(socket, why) {
  if (ws !== socket || wsState === 'closed') return;
  wsState = 'closed';
  log('media socket ' + why);
  if (finished) return;
  // Closed before a hangup/transfer/voicemail: the agent is gone, the caller must not wait in
  // silence. During a transfer the outcome decides (see startTransfer).
  if (mode === 'agent') fallback('media socket ' + why);
}

function onSocketMessage(text) {
  const message = parseJson(text);
  // Voximplant's own media JSON (`event`: start/media/stop) may be delivered here too; our
  // control messages are keyed by `customEvent`. Ignore everything else.
  if (!message || typeof message !== 'object' || typeof message.customEvent !== 'string') return;
  if (mode !== 'agent' && mode !== 'transferring') {
    log('ignored ' + message.customEvent + ' in ' + mode);
    return;
  }
  switch (message.customEvent) {
    case 'clear':
      // Barge-in: drop the agent audio Voximplant has buffered (up to ~10 s).
      ws.clearMediaBuffer();
      break;
    case 'hangup':
      finish('server_hangup');
      break;
    case 'transfer':
      startTransfer(message.to);
      break;
    case 'voicemail':
      startVoicemail(nonEmptyString(message.prompt, APOLOGY_PROMPT), message.maxRecordSeconds,
        'voicemail');
      break;
    default:
      log('unknown control ' + message.customEvent);
  }
}

function sendControl(message) {
  if (!ws || wsState !== 'open') return;
  try {
    ws.send(JSON.stringify(message));
  } catch (err) {
    log('send failed: ' + errorText(err));
  }
}

/** Stops audio between the caller and the socket in both directions. */
function stopStreaming() {
  if (!ws || wsState !== 'open' || !call) return;
  try {
    call.stopMediaTo(ws);
    ws.stopMediaTo(call);
  } catch (err) {
    log('stopMediaTo failed: ' + errorText(err));
  }
}

function closeSocket() {
  if (!ws || wsState === 'closed' || wsState === 'none') return;
  wsState = 'closed';
  try {
    ws.close();
  } catch (err) {
    log('close failed: ' + errorText(err));
  }
}

/**
 * transfer: ring `to` while the agent keeps talking. Connected: bridge caller and person,
 * report, close the media socket. Failed: report and carry on with the agent (or voicemail if
 * the socket is gone by then).
 */
function startTransfer(to) {
  if (mode !== 'agent') return;
  const number = nonEmptyString(to, '');
  if (!number) {
    sendControl({ customEvent: 'transferResult', success: false });
    postLaterEvent('transfer.result', { to: '', success: false });
    return;
  }
  mode = 'transferring';
  dial(number, TRANSFER_RING_S, async function (leg) {
    mode = 'bridged';
    stopStreaming();
    // The caller receives one audio stream; sendMediaBetween replaces the agent's.
    VoxEngine.sendMediaBetween(call, leg);
    sendControl({ customEvent: 'transferResult', success: true });
    await postLaterEvent('transfer.result', { to: number, success: true });
    if (mode === 'bridged') closeSocket();
  }, function (code) {
    const failure = { customEvent: 'transferResult', success: false };
    if (typeof code === 'number') failure.code = code;
    sendControl(failure);
    const event = { to: number, success: false };
    if (typeof code === 'number') event.code = code;
    postLaterEvent('transfer.result', event);
    if (finished) return;
    if (wsState === 'open') mode = 'agent';
    else fallback('transfer failed and the media socket is gone');
  });
}

// ---------------------------------------------------------------------------------------------
// Failure and the end
// ---------------------------------------------------------------------------------------------

/** Apologise and take a message. Used for every failure while the caller is still there. */
function fallback(why) {
  log('fallback to voicemail: ' + why);
  if (finished) return;
  if (!callLive) {
    finish('failed');
    return;
  }
  startVoicemail(APOLOGY_PROMPT, DEFAULT_MAX_RECORD_S, 'failed');
}

function fail(err) {
  log('error: ' + errorText(err));
  if (finished) return;
  if (mode === 'bridged') return;  // the caller is talking to a person: leave them be
  if (mode === 'message' || mode === 'rejecting') {
    finish('failed');
    return;
  }
  try {
    fallback('exception');
  } catch (again) {
    log('fallback failed: ' + errorText(again));
    finish('failed');
  }
}

/**
 * Ends the session once: hang up, wait for the recording, post recording.ready and call.ended,
 * close the media socket, terminate.
 */
async function finish(reason) {
  if (finished) return;
  finished = true;
  mode = 'ending';
  clearTimers();
  afterSay = null;
  try {
    stopStreaming();
    dropOtherLeg();
    if (callLive) call.hangup();
    if (recording) {
      // RecordStopped (url, duration) fires only after Disconnected.
      await Promise.race([recording.done, delay(RECORD_STOPPED_WAIT_S)]);
      if (recording.url) {
        let seconds = recording.durationSeconds;
        if (seconds < 0) seconds = ((endedAt || Date.now()) - recording.startedAt) / 1000;
        await postLaterEvent('recording.ready', {
          url: recording.url,
          durationSeconds: Math.max(0, Math.round(seconds))
        });
      }
    }
    await postLaterEvent('call.ended', { reason: reason, durationSeconds: durationSeconds() });
  } catch (err) {
    log('error while finishing: ' + errorText(err));
  } finally {
    closeSocket();
    VoxEngine.terminate();
  }
}

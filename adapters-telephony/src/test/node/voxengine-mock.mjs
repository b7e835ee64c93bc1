/**
 * A mock VoxEngine runtime, just large enough to run the Tavari scenario
 * (src/main/voxengine/tavari.js) in Node against a real server.
 *
 * Only the names in the team's Voximplant reference exist, with the reference's string values
 * (CallEvents.Connected = 'Call.Connected', WebSocketEvents.MESSAGE = 'WebSocket.Message',
 * WebSocketAudioEncoding.ULAW = 'ULAW', ...). Every mock object is a Proxy: reading a name the
 * mock does not define throws and is recorded in `errors`, so a guessed API name fails the
 * test instead of quietly returning undefined. Event objects are strict too: they carry exactly
 * the fields the reference lists (absent optional ones are `undefined`).
 *
 * Real I/O:
 *   Net.httpRequestAsync   global fetch; resolves {code, text, headers: [{key, value}]} also
 *                          on 4xx/5xx; negative codes on network errors (-2 bad URL, -3 host
 *                          not found, -4 connect error, -6 network, -7 timeout, -1 unknown).
 *   createWebSocket        global WebSocket (Node 20: run with --experimental-websocket);
 *                          sub-protocol 'chat' by default and the handshake headers given.
 *   Crypto.hmac_sha256     lowercase hex of HMAC-SHA256 (key and data as UTF-8).
 *
 * Simulated: the caller (answer, hang-up, speech frames), TTS (PlaybackFinished after
 * plan.sayMs), recording (RecordStopped after Disconnected), PSTN legs (callPSTN connects or
 * fails per plan.transfer), playback of the agent's audio in real time (MEDIA_STARTED when it
 * starts, MEDIA_ENDED after 1 s without audio) and clearMediaBuffer.
 *
 * Plan (all optional):
 *   talkAfterMs, talkMs    caller speech window, from the start of the caller stream (ms);
 *                          outside it the caller sends μ-law silence (0xFF)
 *   payload                base64 of one 160-byte speech frame
 *   hangupAfterMs          the caller hangs up this long after being answered
 *   hangupBeforeAnswerMs   the caller gives up this long after alerting if not answered
 *   transfer               'answer' | 'fail' | 'noanswer', or an array (one per callPSTN);
 *                          default 'answer'
 *   failCode               Failed.code of a failing leg (default 486)
 *   ringMs                 time until a PSTN leg connects or fails (default 200)
 *   transferHangupAfterMs  the person on a connected PSTN leg hangs up after this long
 *   sayMs                  simulated TTS duration (default 300)
 *   mediaAsMessage         also deliver the server's media JSON as WebSocket.Message (default
 *                          true; whether VoxEngine does is unverified, the scenario must cope)
 *   throwOn                API names that throw when called, e.g. ["VoxEngine.createWebSocket"]
 */
import { createHmac } from 'node:crypto';
import vm from 'node:vm';

export const AppEventNames = Object.freeze({
  Started: 'Application.Started',
  CallAlerting: 'Application.CallAlerting',
});

export const CallEventNames = Object.freeze({
  Connected: 'Call.Connected',
  Disconnected: 'Call.Disconnected',
  Failed: 'Call.Failed',
  PlaybackFinished: 'Call.PlaybackFinished',
  RecordStarted: 'Call.RecordStarted',
  RecordStopped: 'Call.RecordStopped',
  RecordError: 'Call.RecordError',
});

export const WebSocketEventNames = Object.freeze({
  OPEN: 'WebSocket.Open',
  MESSAGE: 'WebSocket.Message',
  CLOSE: 'WebSocket.Close',
  ERROR: 'WebSocket.Error',
  MEDIA_STARTED: 'WebSocket.MediaEventStarted',
  MEDIA_ENDED: 'WebSocket.MediaEventEnded',
});

export const Encodings = Object.freeze({ ULAW: 'ULAW' });

const VOICES = Object.freeze({
  'Amazon.en_US_Joanna': 'Amazon.en_US_Joanna',
  'Amazon.Neural.en_US_Joanna': 'Amazon.Neural.en_US_Joanna',
});

/** Fields of each event besides `name` and the target (`call`/`id` or `websocket`). */
const EVENT_FIELDS = {
  [AppEventNames.Started]: ['accessURL', 'accessSecureURL', 'accountId', 'applicationId', 'logURL',
    'sessionId', 'conference_name'],
  [AppEventNames.CallAlerting]: ['call', 'callerid', 'destination', 'toURI', 'fromURI', 'displayName',
    'headers', 'customData', 'scheme'],
  [CallEventNames.Connected]: ['customData', 'headers'],
  [CallEventNames.Disconnected]: ['internalCode', 'reason', 'duration', 'cost', 'direction', 'headers'],
  [CallEventNames.Failed]: ['code', 'reason'],
  [CallEventNames.PlaybackFinished]: ['error'],
  [CallEventNames.RecordStarted]: ['url'],
  [CallEventNames.RecordStopped]: ['url', 'cost', 'duration'],
  [CallEventNames.RecordError]: ['error'],
  [WebSocketEventNames.OPEN]: [],
  [WebSocketEventNames.MESSAGE]: ['text'],
  [WebSocketEventNames.CLOSE]: ['code', 'reason', 'wasClean'],
  [WebSocketEventNames.ERROR]: [],
  [WebSocketEventNames.MEDIA_STARTED]: ['tag', 'encoding', 'customParameters'],
  [WebSocketEventNames.MEDIA_ENDED]: ['tag', 'mediaInfo'],
};

const HTTP_OPTIONS = ['method', 'postData', 'headers', 'params', 'rawOutput', 'timeout',
  'connectionTimeout', 'enableSystemLog'];
const WEBSOCKET_PARAMETERS = ['protocols', 'headers', 'statistics', 'trace'];
const SEND_MEDIA_PARAMETERS = ['encoding', 'tag', 'customParameters'];
const SAY_PARAMETERS = ['voice', 'progressivePlayback', 'ttsOptions', 'request'];

const FRAME_MS = 20;
const FRAME_BYTES = 160; // 20 ms of 8 kHz μ-law
const SILENCE = Buffer.alloc(FRAME_BYTES, 0xff).toString('base64');
const DEFAULT_SPEECH = Buffer.from(Array.from({ length: FRAME_BYTES }, (_, i) => (i * 37) & 0x7f))
  .toString('base64');
const MEDIA_ENDED_AFTER_MS = 1000;

function describe(value) {
  if (value instanceof Error) return value.stack || String(value);
  if (value && typeof value === 'object' && typeof value.stack === 'string') return value.stack;
  return String(value);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Copies a value out of the scenario's realm into plain JSON data. */
function toData(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class VoxEngineMock {
  constructor({ secrets = {}, from = '', to = '', plan = {}, sessionId } = {}) {
    this.secrets = { ...secrets };
    this.from = from;
    this.to = to;
    this.plan = { ...plan };
    this.sessionId = sessionId ?? String(Math.floor(1e6 + Math.random() * 9e6));
    this.t0 = Date.now();

    this.errors = [];
    this.warnings = [];
    this.logs = [];
    this.injected = [];
    this.http = [];
    this.says = [];
    this.recording = null;
    this.transfers = [];
    this.sockets = [];
    this.terminated = false;
    this.terminatedAtMs = null;

    this.units = new WeakMap(); // api proxy -> implementation
    this.timers = new Set();
    this.intervals = new Set();
    this.scenarioTimers = new Set();
    this.appListeners = new Map();
    this.legCount = 0;
    this.callCount = 0;
    this.done = new Promise((resolve) => { this.resolveDone = resolve; });

    this.globals = this.buildGlobals();
    this.context = vm.createContext({ ...this.globals });
  }

  // ------------------------------------------------------------------------------------------
  // Bookkeeping
  // ------------------------------------------------------------------------------------------

  nowMs() {
    return Date.now() - this.t0;
  }

  misuse(message) {
    this.errors.push(message);
    return new TypeError(message);
  }

  warn(message) {
    this.warnings.push(message);
  }

  later(ms, fn) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, Math.max(0, ms));
    this.timers.add(timer);
    return timer;
  }

  cancel(timer) {
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(timer);
    }
  }

  every(ms, fn) {
    const interval = setInterval(fn, ms);
    this.intervals.add(interval);
    return interval;
  }

  stopEvery(interval) {
    if (interval) {
      clearInterval(interval);
      this.intervals.delete(interval);
    }
  }

  /** A Proxy that throws (and records) on any property the mock does not define. */
  strict(label, target) {
    const rt = this;
    return new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
        // Probed by promise resolution and JSON.stringify; not API guesses.
        if (prop === 'then' || prop === 'toJSON') return undefined;
        throw rt.misuse(`${label}.${prop} does not exist in the mock VoxEngine (only names from the reference that the scenario needs)`);
      },
      set(t, prop, value) {
        if (prop in t) return Reflect.set(t, prop, value);
        throw rt.misuse(`${label}.${String(prop)} cannot be set in the mock VoxEngine`);
      },
    });
  }

  /** Wraps an API function: fault injection, use after terminate. */
  api(name, fn) {
    return (...args) => {
      if (this.terminated) {
        throw this.misuse(`${name} called after VoxEngine.terminate()`);
      }
      if ((this.plan.throwOn || []).includes(name)) {
        this.injected.push(name);
        throw new Error(`injected failure in ${name}`);
      }
      return fn(...args);
    };
  }

  checkKeys(label, object, allowed) {
    if (object === undefined) return;
    if (!isPlainObject(object)) throw this.misuse(`${label}: expected an object`);
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) throw this.misuse(`${label}: unknown parameter '${key}'`);
    }
  }

  implOf(unit, label) {
    const impl = this.units.get(unit);
    if (!impl) throw this.misuse(`${label}: not a VoxEngine call or WebSocket`);
    return impl;
  }

  makeEvent(name, targetFields, payload = {}) {
    const fields = EVENT_FIELDS[name];
    const event = { name, ...targetFields };
    for (const field of fields) event[field] = payload[field];
    for (const key of Object.keys(payload)) {
      if (!fields.includes(key)) throw new Error(`mock bug: ${name} has no field ${key}`);
    }
    return this.strict(`event ${name}`, event);
  }

  invoke(listener, event, name) {
    try {
      const result = listener(event);
      if (result && typeof result.then === 'function') {
        result.then(undefined, (err) => {
          this.errors.push(`unhandled rejection in a ${name} handler: ${describe(err)}`);
        });
      }
    } catch (err) {
      this.errors.push(`uncaught exception in a ${name} handler: ${describe(err)}`);
    }
  }

  dispatch(listeners, name, event) {
    if (this.terminated) return;
    for (const listener of [...(listeners.get(name) || [])]) this.invoke(listener, event, name);
  }

  addListener(listeners, label, known, name, listener) {
    if (!Object.values(known).includes(name)) {
      throw this.misuse(`${label}.addEventListener: unknown event ${String(name)}`);
    }
    if (typeof listener !== 'function') throw this.misuse(`${label}.addEventListener: no function`);
    if (!listeners.has(name)) listeners.set(name, []);
    listeners.get(name).push(listener);
  }

  // ------------------------------------------------------------------------------------------
  // Globals
  // ------------------------------------------------------------------------------------------

  buildGlobals() {
    const strict = (label, target) => this.strict(label, target);
    const voiceList = strict('VoiceList', {
      Amazon: strict('VoiceList.Amazon', {
        en_US_Joanna: VOICES['Amazon.en_US_Joanna'],
        Neural: strict('VoiceList.Amazon.Neural', {
          en_US_Joanna: VOICES['Amazon.Neural.en_US_Joanna'],
        }),
      }),
    });

    const voxEngine = strict('VoxEngine', {
      addEventListener: this.api('VoxEngine.addEventListener', (name, listener) =>
        this.addListener(this.appListeners, 'VoxEngine', AppEventNames, name, listener)),
      getSecretValue: this.api('VoxEngine.getSecretValue', (name) => {
        if (typeof name !== 'string') throw this.misuse('VoxEngine.getSecretValue: name must be a string');
        return Object.hasOwn(this.secrets, name) ? this.secrets[name] : undefined;
      }),
      createWebSocket: this.api('VoxEngine.createWebSocket', (url, parameters) =>
        this.createWebSocket(url, parameters)),
      callPSTN: this.api('VoxEngine.callPSTN', (number, callerid, parameters) =>
        this.callPSTN(number, callerid, parameters)),
      sendMediaBetween: this.api('VoxEngine.sendMediaBetween', (a, b) => this.sendMediaBetween(a, b)),
      terminate: this.api('VoxEngine.terminate', () => this.terminate()),
    });

    const net = strict('Net', {
      httpRequestAsync: this.api('Net.httpRequestAsync', (url, options) =>
        this.httpRequestAsync(url, options)),
    });

    const crypto = strict('Crypto', {
      hmac_sha256: this.api('Crypto.hmac_sha256', (key, data) => {
        if (typeof key !== 'string' || typeof data !== 'string') {
          throw this.misuse('Crypto.hmac_sha256: key and data must be strings');
        }
        return createHmac('sha256', Buffer.from(key, 'utf8')).update(data, 'utf8').digest('hex');
      }),
    });

    const logger = strict('Logger', {
      write: this.api('Logger.write', (message) => { this.logs.push(String(message)); }),
    });

    // Timers exist in VoxEngine (at most 100; gone once the session terminates).
    const setTimeoutFn = (fn, ms, ...args) => {
      if (this.terminated) throw this.misuse('setTimeout called after VoxEngine.terminate()');
      if (typeof fn !== 'function') throw this.misuse('setTimeout: no function');
      if (this.scenarioTimers.size >= 100) this.warn('more than 100 timers pending');
      const timer = setTimeout(() => {
        this.scenarioTimers.delete(timer);
        if (this.terminated) return;
        this.invoke(() => fn(...args), undefined, 'timer');
      }, ms);
      this.scenarioTimers.add(timer);
      return timer;
    };
    const clearTimeoutFn = (timer) => {
      clearTimeout(timer);
      this.scenarioTimers.delete(timer);
    };

    return {
      VoxEngine: voxEngine,
      AppEvents: strict('AppEvents', { ...AppEventNames }),
      CallEvents: strict('CallEvents', { ...CallEventNames }),
      WebSocketEvents: strict('WebSocketEvents', { ...WebSocketEventNames }),
      WebSocketAudioEncoding: strict('WebSocketAudioEncoding', { ...Encodings }),
      Net: net,
      Crypto: crypto,
      Logger: logger,
      VoiceList: voiceList,
      setTimeout: setTimeoutFn,
      clearTimeout: clearTimeoutFn,
      // V8 gives every context a console; VoxEngine logs with Logger.write.
      console: strict('console', {}),
    };
  }

  // ------------------------------------------------------------------------------------------
  // Running a scenario
  // ------------------------------------------------------------------------------------------

  load(source, filename = 'scenario.js') {
    vm.runInContext(source, this.context, { filename });
  }

  /** AppEvents.Started, then AppEvents.CallAlerting for a new inbound call. */
  start() {
    this.t0 = Date.now();
    this.inbound = new MockCall(this, {
      id: `${this.sessionId.slice(-6)}A1C.${++this.callCount}`,
      direction: 'incoming',
      callerid: this.from,
      number: this.to,
    });
    this.later(0, () => {
      this.dispatch(this.appListeners, AppEventNames.Started, this.makeEvent(AppEventNames.Started, {}, {
        accessURL: `http://media.invalid/session/${this.sessionId}`,
        accessSecureURL: `https://media.invalid/session/${this.sessionId}`,
        accountId: 1,
        applicationId: 2,
        logURL: `https://logs.invalid/${this.sessionId}`,
        sessionId: Number(this.sessionId),
        conference_name: '',
      }));
      this.dispatch(this.appListeners, AppEventNames.CallAlerting,
        this.makeEvent(AppEventNames.CallAlerting, {}, {
          call: this.inbound.api,
          callerid: this.from,
          destination: this.to,
          toURI: `sip:${this.to}@voximplant.invalid`,
          fromURI: `sip:${this.from}@voximplant.invalid`,
          displayName: this.from,
          headers: {},
          customData: undefined,
          scheme: undefined,
        }));
      const giveUp = this.plan.hangupBeforeAnswerMs;
      if (typeof giveUp === 'number') {
        this.later(giveUp, () => {
          if (this.inbound.state === 'alerting') this.inbound.disconnect('caller');
        });
      }
    });
  }

  terminate() {
    this.terminated = true;
    this.terminatedAtMs = this.nowMs();
    for (const socket of this.sockets) socket.report.closedAtTerminate = socket.closeCalled || socket.state === 'closed';
    for (const timer of this.scenarioTimers) clearTimeout(timer);
    this.scenarioTimers.clear();
    this.resolveDone();
  }

  /** Lets sockets the scenario closed finish their closing handshake (at most 1 s). */
  async settle() {
    const closing = this.sockets.filter((socket) => socket.state === 'closing').map((socket) => socket.closed);
    if (!closing.length) return;
    let timer;
    await Promise.race([Promise.all(closing), new Promise((done) => { timer = setTimeout(done, 1000); })]);
    clearTimeout(timer);
  }

  /** Stops everything the mock runs (timers, streams, sockets). */
  async shutdown() {
    this.terminated = true;
    for (const timer of this.scenarioTimers) clearTimeout(timer);
    for (const timer of this.timers) clearTimeout(timer);
    for (const interval of this.intervals) clearInterval(interval);
    this.scenarioTimers.clear();
    this.timers.clear();
    this.intervals.clear();
    await Promise.all(this.sockets.map((socket) => socket.shutdown()));
  }

  // ------------------------------------------------------------------------------------------
  // Net
  // ------------------------------------------------------------------------------------------

  async httpRequestAsync(url, options = {}) {
    this.checkKeys('Net.httpRequestAsync options', options, HTTP_OPTIONS);
    if (options.headers !== undefined) {
      if (!isPlainObject(options.headers)) {
        throw this.misuse('Net.httpRequestAsync: headers must be a {name: value} object');
      }
      for (const [key, value] of Object.entries(options.headers)) {
        if (typeof value !== 'string') throw this.misuse(`Net.httpRequestAsync: header ${key} is not a string`);
      }
    }
    const method = (options.method || 'GET').toUpperCase();
    const timeoutS = options.timeout ?? 90;
    if (typeof timeoutS !== 'number' || timeoutS <= 0) throw this.misuse('Net.httpRequestAsync: bad timeout');
    if (timeoutS > 90) this.warn('Net.httpRequestAsync: timeout above 90 s is ignored by VoxEngine');
    const hasBody = ['POST', 'PUT', 'PATCH'].includes(method);
    if (hasBody && options.postData !== undefined && typeof options.postData !== 'string') {
      throw this.misuse('Net.httpRequestAsync: postData must be a string here');
    }
    const entry = {
      url: String(url),
      method,
      headers: toData(options.headers) || {},
      body: hasBody ? options.postData : undefined,
      timeoutS,
      atMs: this.nowMs(),
      code: null,
      text: undefined,
      error: undefined,
    };
    this.http.push(entry);
    let result;
    try {
      const response = await fetch(entry.url, {
        method,
        headers: entry.headers,
        body: entry.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutS * 1000),
      });
      const text = await response.text();
      const headers = [...response.headers].map(([key, value]) => ({ key, value }));
      result = {
        code: response.status,
        text,
        headers,
        raw_headers: headers.map(({ key, value }) => `${key}: ${value}`).join('\r\n'),
        data: undefined,
        error: undefined,
      };
    } catch (err) {
      result = {
        code: networkErrorCode(err),
        text: undefined,
        headers: [],
        raw_headers: undefined,
        data: undefined,
        error: String(err && err.cause ? err.cause.message || err.cause.code : err),
      };
    }
    entry.code = result.code;
    entry.text = result.text;
    entry.error = result.error;
    entry.doneAtMs = this.nowMs();
    return this.strict('Net.HttpRequestResult', result);
  }

  // ------------------------------------------------------------------------------------------
  // WebSocket, PSTN, bridging
  // ------------------------------------------------------------------------------------------

  createWebSocket(url, parameters) {
    if (typeof url !== 'string' || !/^wss?:\/\//.test(url)) {
      throw this.misuse(`VoxEngine.createWebSocket: bad url ${String(url)}`);
    }
    this.checkKeys('VoxEngine.createWebSocket parameters', parameters, WEBSOCKET_PARAMETERS);
    const socket = new MockWebSocket(this, url, parameters || {});
    this.sockets.push(socket);
    return socket.api;
  }

  callPSTN(number, callerid, parameters) {
    if (typeof number !== 'string' || number === '') throw this.misuse('VoxEngine.callPSTN: number must be a string');
    if (typeof callerid !== 'string') throw this.misuse('VoxEngine.callPSTN: callerid must be a string');
    this.checkKeys('VoxEngine.callPSTN parameters', parameters, ['amd', 'followDiversion']);
    const index = this.legCount++;
    const planned = Array.isArray(this.plan.transfer) ? this.plan.transfer[index] : this.plan.transfer;
    const behaviour = planned || 'answer';
    const attempt = {
      to: number,
      callerid,
      outcome: 'ringing',
      code: null,
      bridged: false,
      hangupBy: null,
      atMs: this.nowMs(),
    };
    this.transfers.push(attempt);
    const leg = new MockCall(this, {
      id: `${this.sessionId.slice(-6)}B2D.${++this.callCount}`,
      direction: 'outgoing',
      callerid,
      number,
      attempt,
    });
    leg.ringTimer = this.later(this.plan.ringMs ?? 200, () => {
      if (leg.state !== 'ringing') return;
      if (behaviour === 'answer') {
        attempt.outcome = 'connected';
        leg.connect();
        const personHangsUp = this.plan.transferHangupAfterMs;
        if (typeof personHangsUp === 'number') {
          this.later(personHangsUp, () => {
            if (leg.state === 'connected') leg.disconnect('person');
          });
        }
      } else if (behaviour === 'fail') {
        const code = this.plan.failCode ?? 486;
        attempt.outcome = 'failed';
        attempt.code = code;
        leg.fail(code, code === 486 ? 'Busy Here' : 'Failed');
      }
      // 'noanswer': keeps ringing until the scenario gives up
    });
    return leg.api;
  }

  sendMediaBetween(a, b) {
    const first = this.implOf(a, 'VoxEngine.sendMediaBetween');
    const second = this.implOf(b, 'VoxEngine.sendMediaBetween');
    if (!(first instanceof MockCall) || !(second instanceof MockCall)) {
      throw this.misuse('VoxEngine.sendMediaBetween: expects two calls');
    }
    if (first.state !== 'connected' || second.state !== 'connected') {
      throw this.misuse('VoxEngine.sendMediaBetween: both calls must be connected');
    }
    first.hear({ kind: 'call', call: second });
    second.hear({ kind: 'call', call: first });
    const leg = first.attempt ? first : second.attempt ? second : null;
    if (leg) leg.attempt.bridged = true;
  }

  // ------------------------------------------------------------------------------------------
  // Report
  // ------------------------------------------------------------------------------------------

  report({ timedOut = false } = {}) {
    const inbound = this.inbound;
    const webhooks = this.http
      .filter((entry) => entry.url.endsWith('/api/calls/webhook'))
      .map((entry) => {
        const body = entry.body === undefined ? undefined : parseJson(entry.body);
        const answer = entry.text === undefined ? null
          : parseJson(entry.text) === undefined ? entry.text : parseJson(entry.text);
        return {
          type: body && body.type,
          id: body && body.id,
          status: entry.code,
          answer,
          signature: entry.headers['X-Tavari-Signature'] ?? null,
          body: body ?? entry.body,
          atMs: entry.atMs,
        };
      });
    const sum = (pick) => this.sockets.reduce((acc, s) => acc + pick(s), 0);
    const firstArrivals = this.sockets.map((s) => s.agentMedia.firstAtMs).filter((v) => v !== null);
    const last = this.sockets[this.sockets.length - 1];
    return {
      terminated: this.terminated && this.terminatedAtMs !== null,
      terminatedAtMs: this.terminatedAtMs,
      timedOut,
      call: inbound ? {
        id: inbound.id,
        sessionId: this.sessionId,
        from: this.from,
        to: this.to,
        answered: inbound.connectedAtMs !== null,
        answeredAtMs: inbound.connectedAtMs,
        hangup: { first: inbound.hangupBy, atMs: inbound.hangupAtMs },
        rejectedWith: inbound.rejectedWith,
      } : null,
      webhooks,
      says: this.says.map((s) => ({ ...s })),
      recording: this.recording ? { ...this.recording } : null,
      socket: last ? { ...last.report } : null,
      socketCount: this.sockets.length,
      callerMedia: {
        starts: sum((s) => s.callerMedia.starts),
        frames: sum((s) => s.callerMedia.frames),
        speechFrames: sum((s) => s.callerMedia.speechFrames),
        bytes: sum((s) => s.callerMedia.bytes),
        stops: sum((s) => s.callerMedia.stops),
      },
      agentMedia: {
        starts: sum((s) => s.agentMedia.starts),
        frames: sum((s) => s.agentMedia.frames),
        bytes: sum((s) => s.agentMedia.bytes),
        firstAtMs: firstArrivals.length ? Math.min(...firstArrivals) : null,
        unroutedFrames: sum((s) => s.agentMedia.unroutedFrames),
        clears: sum((s) => s.agentMedia.clears),
        playbackStarted: sum((s) => s.agentMedia.playbackStarted),
        playbackEnded: sum((s) => s.agentMedia.playbackEnded),
      },
      controlReceived: this.sockets.flatMap((s) => s.controlReceived),
      controlSent: this.sockets.flatMap((s) => s.controlSent),
      transfers: this.transfers.map((t) => ({ ...t })),
      injected: [...this.injected],
      logs: [...this.logs],
      warnings: [...this.warnings],
      errors: [...this.errors],
    };
  }
}

function networkErrorCode(err) {
  if (err && (err.name === 'TimeoutError' || err.name === 'AbortError')) return -7;
  const code = err && err.cause && err.cause.code;
  if (code === 'ERR_INVALID_URL' || (err && /invalid url/i.test(String(err.message))) ||
      (err && err.cause && /invalid url/i.test(String(err.cause.message)))) return -2;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return -3;
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return -4;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return -7;
  if (code) return -6;
  return -1;
}

// --------------------------------------------------------------------------------------------
// Calls
// --------------------------------------------------------------------------------------------

class MockCall {
  constructor(rt, { id, direction, callerid, number, attempt = null }) {
    this.rt = rt;
    this.id = id;
    this.direction = direction;
    this.callerid = callerid;
    this.number = number;
    this.attempt = attempt;
    this.state = direction === 'incoming' ? 'alerting' : 'ringing';
    this.listeners = new Map();
    this.connectedAt = null;
    this.connectedAtMs = null;
    this.hangupBy = null;
    this.hangupAtMs = null;
    this.rejectedWith = null;
    this.incoming = null;     // the one audio stream this call hears
    this.streams = new Map(); // MockWebSocket -> caller stream
    this.sayToken = 0;
    this.recordingState = null;

    const label = direction === 'incoming' ? 'Call' : 'Call (PSTN leg)';
    const api = (name, fn) => rt.api(`Call.${name}`, fn);
    this.api = rt.strict(label, {
      addEventListener: api('addEventListener', (name, listener) =>
        rt.addListener(this.listeners, 'Call', CallEventNames, name, listener)),
      id: api('id', () => this.id),
      callerid: api('callerid', () => this.callerid),
      number: api('number', () => this.number),
      answer: api('answer', () => this.answer()),
      hangup: api('hangup', () => this.hangupByScenario()),
      reject: api('reject', (code) => this.reject(code)),
      say: api('say', (text, parameters) => this.say(text, parameters)),
      record: api('record', (parameters) => this.record(parameters)),
      sendMediaTo: api('sendMediaTo', (unit, parameters) => this.sendMediaTo(unit, parameters)),
      stopMediaTo: api('stopMediaTo', (unit) => this.stopMediaTo(unit)),
    });
    rt.units.set(this.api, this);
  }

  emit(name, payload) {
    const event = this.rt.makeEvent(name, { call: this.api, id: this.id }, payload);
    this.rt.dispatch(this.listeners, name, event);
  }

  hear(source) {
    this.incoming = source;
  }

  // --- lifecycle -----------------------------------------------------------------------------

  answer() {
    if (this.direction !== 'incoming') throw this.rt.misuse('Call.answer on an outgoing call');
    if (this.state !== 'alerting') {
      this.rt.warn(`Call.answer in state ${this.state}`);
      return;
    }
    this.state = 'answering';
    this.rt.later(20, () => {
      if (this.state !== 'answering') return;
      this.connect();
      const hangupAfter = this.rt.plan.hangupAfterMs;
      if (typeof hangupAfter === 'number') {
        this.rt.later(hangupAfter, () => {
          if (this.state === 'connected') this.disconnect('caller');
        });
      }
    });
  }

  connect() {
    this.state = 'connected';
    this.connectedAt = Date.now();
    this.connectedAtMs = this.rt.nowMs();
    this.emit(CallEventNames.Connected, { customData: undefined, headers: {} });
  }

  /** The far end (caller or person) or the scenario ends a call that is up or alerting. */
  disconnect(by) {
    if (this.state === 'disconnected' || this.state === 'failed') return;
    const wasConnected = this.state === 'connected';
    this.state = 'disconnected';
    if (!this.hangupBy) {
      this.hangupBy = by;
      this.hangupAtMs = this.rt.nowMs();
    }
    if (this.attempt && !this.attempt.hangupBy) this.attempt.hangupBy = by;
    this.stopAllStreams();
    const duration = wasConnected ? Math.round((Date.now() - this.connectedAt) / 1000) : 0;
    this.rt.later(10, () => {
      this.emit(CallEventNames.Disconnected, {
        internalCode: 200,
        reason: 'Normal call clearing',
        duration,
        cost: 0,
        direction: this.direction,
        headers: {},
      });
      this.stopRecording();
    });
  }

  fail(code, reason) {
    this.state = 'failed';
    this.rt.later(0, () => this.emit(CallEventNames.Failed, { code, reason }));
  }

  hangupByScenario() {
    if (this.state === 'disconnected' || this.state === 'failed') {
      this.rt.warn(`Call.hangup on a call that already ended (${this.id})`);
      return;
    }
    if (this.direction === 'outgoing' && this.state === 'ringing') {
      // An outgoing call that never connected reports Failed.
      this.rt.cancel(this.ringTimer);
      if (this.attempt) {
        this.attempt.outcome = 'cancelled';
        this.attempt.code = 487;
        this.attempt.hangupBy = 'scenario';
      }
      this.fail(487, 'Request Terminated');
      return;
    }
    this.disconnect('scenario');
  }

  reject(code) {
    if (this.state !== 'alerting') throw this.rt.misuse(`Call.reject in state ${this.state}`);
    if (typeof code !== 'number' || code < 300 || code > 699) throw this.rt.misuse('Call.reject: SIP code 3xx-6xx');
    this.rejectedWith = code;
    this.disconnect('scenario');
  }

  // --- speech and recording ------------------------------------------------------------------

  say(text, parameters) {
    const rt = this.rt;
    if (typeof text !== 'string') throw rt.misuse('Call.say: text must be a string');
    rt.checkKeys('Call.say parameters', parameters, SAY_PARAMETERS);
    const voice = parameters ? parameters.voice : undefined;
    if (voice !== undefined && !Object.values(VOICES).includes(voice)) {
      throw rt.misuse(`Call.say: unknown voice ${String(voice)}`);
    }
    if (this.state !== 'connected') {
      rt.errors.push(`Call.say before the call is connected (state ${this.state}): ${text}`);
      return;
    }
    rt.says.push({ text, voice: voice ?? null, atMs: rt.nowMs() });
    this.hear({ kind: 'tts' }); // say() replaces whatever the call was hearing
    const token = ++this.sayToken;
    const tooLong = text.length > 1500;
    rt.later(tooLong ? 10 : rt.plan.sayMs ?? 300, () => {
      if (this.state !== 'connected' || token !== this.sayToken) return;
      if (this.incoming && this.incoming.kind === 'tts') this.hear(null);
      this.emit(CallEventNames.PlaybackFinished, { error: tooLong ? 'text longer than 1500 characters' : undefined });
    });
  }

  record(parameters) {
    const rt = this.rt;
    if (!isPlainObject(parameters)) throw rt.misuse('Call.record: parameters are required (pass {})');
    rt.checkKeys('Call.record parameters', parameters,
      ['hd_audio', 'stereo', 'lossless', 'expire', 'transcribe', 'language', 'format']);
    if (this.state !== 'connected') {
      rt.errors.push(`Call.record before the call is connected (state ${this.state})`);
      this.rt.later(0, () => this.emit(CallEventNames.RecordError, { error: 'call is not connected' }));
      return;
    }
    if (this.recordingState) {
      rt.warn('Call.record called twice');
      return;
    }
    const url = `https://records.example/${rt.sessionId}/${this.id}.mp3`;
    this.recordingState = { url, startedAt: Date.now() };
    rt.recording = {
      started: true,
      url,
      parameters: toData(parameters),
      startedAtMs: rt.nowMs(),
      stopped: false,
      durationSeconds: null,
    };
    rt.later(10, () => this.emit(CallEventNames.RecordStarted, { url }));
  }

  /** RecordStopped fires after Disconnected (Voximplant behaviour). */
  stopRecording() {
    const recording = this.recordingState;
    if (!recording || recording.stopped) return;
    recording.stopped = true;
    const duration = Math.max(0, Math.round((Date.now() - recording.startedAt) / 1000));
    this.rt.recording.stopped = true;
    this.rt.recording.durationSeconds = duration;
    this.rt.later(100, () => this.emit(CallEventNames.RecordStopped, {
      url: recording.url,
      cost: '0.0000',
      duration,
    }));
  }

  // --- media ---------------------------------------------------------------------------------

  sendMediaTo(unit, parameters) {
    const rt = this.rt;
    const target = rt.implOf(unit, 'Call.sendMediaTo');
    checkSendMediaParameters(rt, 'Call.sendMediaTo', parameters);
    if (target instanceof MockCall) {
      target.hear({ kind: 'call', call: this });
      return;
    }
    if (this.state !== 'connected') {
      rt.errors.push(`Call.sendMediaTo before the call is connected (state ${this.state})`);
      return;
    }
    if (target.state !== 'open') {
      rt.errors.push(`Call.sendMediaTo a WebSocket that is not open (${target.state})`);
      return;
    }
    if (this.streams.has(target)) {
      rt.warn('Call.sendMediaTo the same WebSocket twice');
      return;
    }
    this.streams.set(target, new CallerStream(rt, this, target, parameters));
  }

  stopMediaTo(unit) {
    const target = this.rt.implOf(unit, 'Call.stopMediaTo');
    const stream = this.streams.get(target);
    if (stream) {
      stream.stop();
      this.streams.delete(target);
    }
  }

  stopAllStreams() {
    for (const stream of this.streams.values()) stream.stop();
    this.streams.clear();
  }
}

function checkSendMediaParameters(rt, label, parameters) {
  rt.checkKeys(`${label} parameters`, parameters, SEND_MEDIA_PARAMETERS);
  if (!parameters) throw rt.misuse(`${label}: parameters with tag and encoding expected`);
  if (!Object.values(Encodings).includes(parameters.encoding)) {
    throw rt.misuse(`${label}: encoding must be a WebSocketAudioEncoding value, got ${String(parameters.encoding)}`);
  }
  if (typeof parameters.tag !== 'string') throw rt.misuse(`${label}: tag is required`);
}

/** The caller's audio to a socket, as Voximplant's media JSON: start, media every 20 ms, stop. */
class CallerStream {
  constructor(rt, call, socket, parameters) {
    this.rt = rt;
    this.socket = socket;
    this.tag = parameters.tag;
    this.seq = 0;
    this.chunk = 0;
    this.bytes = 0;
    this.startedAt = Date.now();
    this.stopped = false;
    const plan = rt.plan;
    this.talkFrom = plan.talkAfterMs ?? 0;
    this.talkTo = this.talkFrom + (plan.talkMs ?? 0);
    this.speech = plan.payload ?? DEFAULT_SPEECH;
    const start = {
      event: 'start',
      sequenceNumber: this.seq++,
      start: { mediaFormat: { encoding: parameters.encoding, sampleRate: 8000 } },
      tag: this.tag,
    };
    if (parameters.customParameters !== undefined) start.customParameters = toData(parameters.customParameters);
    socket.sendFromVoximplant(start);
    socket.callerMedia.starts++;
    this.timer = rt.every(FRAME_MS, () => this.tick());
  }

  tick() {
    const due = Math.floor((Date.now() - this.startedAt) / FRAME_MS);
    while (!this.stopped && this.chunk < due && this.socket.state === 'open') {
      this.chunk++;
      const at = this.chunk * FRAME_MS;
      const speaking = at > this.talkFrom && at <= this.talkTo;
      const payload = speaking ? this.speech : SILENCE;
      this.socket.sendFromVoximplant({
        event: 'media',
        sequenceNumber: this.seq++,
        media: { chunk: this.chunk, timestamp: this.chunk * FRAME_BYTES, payload },
      });
      const bytes = Buffer.from(payload, 'base64').length;
      this.bytes += bytes;
      this.socket.callerMedia.frames++;
      this.socket.callerMedia.bytes += bytes;
      if (speaking) this.socket.callerMedia.speechFrames++;
    }
  }

  stop() {
    if (this.stopped) return;
    this.stopped = true;
    this.rt.stopEvery(this.timer);
    if (this.socket.state === 'open') {
      this.socket.sendFromVoximplant({
        event: 'stop',
        sequenceNumber: this.seq++,
        stop: { mediaInfo: { bytesSent: this.bytes, duration: this.chunk * FRAME_MS } },
      });
      this.socket.callerMedia.stops++;
    }
  }
}

// --------------------------------------------------------------------------------------------
// WebSocket
// --------------------------------------------------------------------------------------------

class MockWebSocket {
  constructor(rt, url, parameters) {
    this.rt = rt;
    this.url = url;
    this.state = 'connecting';
    this.listeners = new Map();
    this.closeCalled = false;
    this.routedTo = null; // the call hearing this socket's audio (ws.sendMediaTo(call))
    this.agentFormat = {};
    this.playing = false;
    this.playStart = 0;
    this.playEnd = 0;
    this.endTimer = null;
    this.callerMedia = { starts: 0, frames: 0, speechFrames: 0, bytes: 0, stops: 0 };
    this.agentMedia = {
      starts: 0, frames: 0, bytes: 0, firstAtMs: null, unroutedFrames: 0, clears: 0,
      playbackStarted: 0, playbackEnded: 0,
    };
    this.controlReceived = [];
    this.controlSent = [];

    const protocols = parameters.protocols ?? 'chat';
    const headers = {};
    if (parameters.headers !== undefined) {
      if (!Array.isArray(parameters.headers)) {
        throw rt.misuse('VoxEngine.createWebSocket: headers must be an array of {name, value}');
      }
      for (const header of parameters.headers) {
        if (!isPlainObject(header) || typeof header.name !== 'string' || typeof header.value !== 'string') {
          throw rt.misuse('VoxEngine.createWebSocket: each header is {name, value}');
        }
        headers[header.name] = header.value;
      }
    }
    this.report = {
      url,
      protocols: Array.isArray(protocols) ? [...protocols] : [protocols],
      headers: { ...headers },
      opened: false,
      openedAtMs: null,
      closedBy: null,
      closeCode: null,
      closeReason: null,
      closedAtMs: null,
      closedAtTerminate: null,
    };

    const api = (name, fn) => rt.api(`WebSocket.${name}`, fn);
    this.api = rt.strict('WebSocket', {
      addEventListener: api('addEventListener', (name, listener) =>
        rt.addListener(this.listeners, 'WebSocket', WebSocketEventNames, name, listener)),
      send: api('send', (text) => this.send(text)),
      close: api('close', () => this.close()),
      sendMediaTo: api('sendMediaTo', (unit, params) => this.sendMediaTo(unit, params)),
      stopMediaTo: api('stopMediaTo', (unit) => this.stopMediaTo(unit)),
      clearMediaBuffer: api('clearMediaBuffer', (params) => this.clearMediaBuffer(params)),
    });
    rt.units.set(this.api, this);

    if (typeof WebSocket !== 'function') {
      throw new Error('no global WebSocket: run node with --experimental-websocket');
    }
    this.closed = new Promise((resolve) => { this.resolveClosed = resolve; });
    const real = new WebSocket(url, { protocols, headers });
    this.real = real;
    real.onopen = () => {
      if (this.state !== 'connecting') return;
      this.state = 'open';
      this.report.opened = true;
      this.report.openedAtMs = rt.nowMs();
      this.emit(WebSocketEventNames.OPEN, {});
    };
    real.onmessage = (message) => this.onText(message.data);
    real.onerror = () => {
      const failedToOpen = !this.report.opened && this.state !== 'closed';
      this.emit(WebSocketEventNames.ERROR, {});
      // Node's client reports a refused handshake with `error` only; a WebSocket closes with
      // 1006 after an error, so deliver that close here.
      if (failedToOpen) this.onClosed({ code: 1006, reason: '', wasClean: false });
    };
    real.onclose = (event) => this.onClosed(event);
  }

  onClosed({ code, reason, wasClean }) {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.report.closedBy = this.report.closedBy ?? (this.report.opened ? 'server' : 'failed');
    this.report.closeCode = code;
    this.report.closeReason = reason;
    this.report.closedAtMs = this.rt.nowMs();
    this.stopPlayback();
    this.resolveClosed();
    this.emit(WebSocketEventNames.CLOSE, { code, reason, wasClean });
  }

  emit(name, payload) {
    const event = this.rt.makeEvent(name, { websocket: this.api }, payload);
    this.rt.dispatch(this.listeners, name, event);
  }

  /** Media JSON from the caller's side, as Voximplant would send it. */
  sendFromVoximplant(message) {
    if (this.state === 'open') this.real.send(JSON.stringify(message));
  }

  send(text) {
    if (typeof text !== 'string') throw this.rt.misuse('WebSocket.send: text expected');
    const parsed = parseJson(text);
    if (parsed && typeof parsed === 'object' && 'event' in parsed) {
      this.rt.errors.push(`WebSocket.send with an 'event' key (reserved for Voximplant media): ${text}`);
    }
    if (this.state !== 'open') {
      this.rt.warn(`WebSocket.send while ${this.state}: ${text}`);
      return;
    }
    this.controlSent.push(parsed === undefined ? text : parsed);
    this.real.send(text);
  }

  close() {
    if (this.closeCalled) {
      this.rt.warn('WebSocket.close called twice');
      return;
    }
    this.closeCalled = true;
    if (this.state === 'closed') return;
    this.report.closedBy = 'scenario';
    this.state = 'closing';
    this.real.close(1000);
  }

  onText(data) {
    if (typeof data !== 'string') {
      this.rt.errors.push('the server sent a binary frame (the contract allows text frames only)');
      return;
    }
    const message = parseJson(data);
    const isMedia = message && typeof message === 'object' && typeof message.event === 'string';
    if (isMedia) {
      this.onAgentMedia(message);
      if (this.rt.plan.mediaAsMessage === false) return;
    } else {
      this.controlReceived.push(message === undefined ? data : message);
    }
    this.emit(WebSocketEventNames.MESSAGE, { text: data });
  }

  // --- agent audio (server -> caller) --------------------------------------------------------

  sendMediaTo(unit, parameters) {
    const call = this.rt.implOf(unit, 'WebSocket.sendMediaTo');
    checkSendMediaParameters(this.rt, 'WebSocket.sendMediaTo', parameters);
    if (!(call instanceof MockCall)) throw this.rt.misuse('WebSocket.sendMediaTo: expects a call');
    if (this.state !== 'open') this.rt.errors.push(`WebSocket.sendMediaTo while ${this.state}`);
    this.routedTo = call;
    call.hear({ kind: 'ws', ws: this });
  }

  stopMediaTo(unit) {
    const call = this.rt.implOf(unit, 'WebSocket.stopMediaTo');
    if (call.incoming && call.incoming.ws === this) call.hear(null);
    if (this.routedTo === call) this.routedTo = null;
    this.stopPlayback();
  }

  clearMediaBuffer(parameters) {
    this.rt.checkKeys('WebSocket.clearMediaBuffer parameters', parameters, ['tag']);
    this.agentMedia.clears++;
    if (this.playing) {
      this.playEnd = Math.min(this.playEnd, Date.now());
      this.scheduleMediaEnded();
    }
  }

  isHeard() {
    const call = this.routedTo;
    return Boolean(call && call.state === 'connected' && call.incoming && call.incoming.ws === this);
  }

  onAgentMedia(message) {
    const media = this.agentMedia;
    if (message.event === 'start') {
      media.starts++;
      const start = isPlainObject(message.start) ? message.start : {};
      const format = isPlainObject(start.mediaFormat) ? start.mediaFormat : {};
      if (format.encoding !== 'ULAW' || format.sampleRate !== 8000) {
        this.rt.warn(`agent stream start with ${JSON.stringify(format)} (expected ULAW/8000)`);
      }
      this.agentFormat = {
        tag: message.tag ?? start.tag,
        encoding: format.encoding,
        customParameters: message.customParameters ?? start.customParameters,
      };
    } else if (message.event === 'media') {
      const payload = isPlainObject(message.media) ? message.media.payload : undefined;
      if (typeof payload !== 'string') {
        this.rt.warn('agent media frame without a payload');
        return;
      }
      if (!this.isHeard()) {
        media.unroutedFrames++;
        return;
      }
      const bytes = Buffer.from(payload, 'base64').length;
      media.frames++;
      media.bytes += bytes;
      if (media.firstAtMs === null) media.firstAtMs = this.rt.nowMs();
      this.play(bytes);
    }
  }

  /** Voximplant plays the buffered agent audio in real time (8 bytes of μ-law per ms). */
  play(bytes) {
    const now = Date.now();
    if (!this.playing) {
      this.playing = true;
      this.playStart = now;
      this.playEnd = now;
      this.agentMedia.playbackStarted++;
      this.emit(WebSocketEventNames.MEDIA_STARTED, { ...this.agentFormat });
    }
    this.playEnd = Math.max(this.playEnd, now) + bytes / 8;
    this.scheduleMediaEnded();
  }

  scheduleMediaEnded() {
    this.rt.cancel(this.endTimer);
    this.endTimer = this.rt.later(this.playEnd + MEDIA_ENDED_AFTER_MS - Date.now(), () => {
      this.endTimer = null;
      if (!this.playing) return;
      this.playing = false;
      this.agentMedia.playbackEnded++;
      this.emit(WebSocketEventNames.MEDIA_ENDED, {
        tag: this.agentFormat.tag,
        mediaInfo: { duration: Math.round(this.playEnd - this.playStart) },
      });
    });
  }

  stopPlayback() {
    this.rt.cancel(this.endTimer);
    this.endTimer = null;
    this.playing = false;
  }

  async shutdown() {
    this.stopPlayback();
    if (this.state === 'closed') return;
    try {
      this.real.close(1001);
    } catch {
      // already closing
    }
    await Promise.race([this.closed, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
}

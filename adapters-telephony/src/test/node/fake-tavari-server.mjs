/**
 * A small stand-in for the Tavari server's side of CONTRACT.md, for the Node tests:
 *
 *   POST /api/calls/webhook   checks X-Tavari-Signature the way the Java server does
 *                             (HMAC-SHA256 over `t + "." + rawBody`, lowercase hex or base64,
 *                             constant-time compare, at most 5 minutes of clock skew), checks
 *                             the event fields, answers a repeated id with {"duplicate":true}.
 *   GET /media/voximplant     WebSocket upgrade with hand-written framing (RFC 6455): a
 *                             single-use token in the query (and, if sent, the same one in
 *                             X-Tavari-Token), sub-protocol `chat` echoed; 403 otherwise.
 *
 * Tests script the answers: `webhook(event, server)` may return {status, json} or
 * {status, text}, 'hang' (never answer), or undefined for the default (a `connect` decision
 * for call.started, {"ok":true} for the rest); `media(session, server)` drives each accepted
 * media socket.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_SKEW_S = 300;

const EVENT_FIELDS = {
  'call.started': { sessionId: 'string', from: 'string', to: 'string' },
  'call.ended': { reason: 'string', durationSeconds: 'integer' },
  'transfer.result': { to: 'string', success: 'boolean' },
  'recording.ready': { url: 'string', durationSeconds: 'integer' },
};

function hasType(value, type) {
  if (type === 'integer') return Number.isInteger(value) && value >= 0;
  return typeof value === type;
}

/** null when valid, else the reason. Mirrors the server: hex or base64, constant time. */
export function checkSignature(header, rawBody, secret, nowSeconds = Math.floor(Date.now() / 1000)) {
  const match = /^t=(\d+),v1=([A-Za-z0-9+/=]+)$/.exec(header || '');
  if (!match) return 'no or unparsable signature header';
  if (Math.abs(nowSeconds - Number(match[1])) > MAX_SKEW_S) return 'timestamp out of range';
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(`${match[1]}.${rawBody}`, 'utf8').digest();
  const given = match[2];
  const candidates = [];
  if (/^[0-9a-f]{64}$/.test(given)) candidates.push(Buffer.from(given, 'hex'));
  if (given.length === 44) candidates.push(Buffer.from(given, 'base64'));
  const ok = candidates.some((candidate) => candidate.length === expected.length &&
    timingSafeEqual(candidate, expected));
  return ok ? null : 'wrong MAC';
}

/** null when valid, else the field errors. */
export function checkEvent(event) {
  const errors = [];
  if (!event || typeof event !== 'object' || Array.isArray(event)) return ['not a JSON object'];
  if (typeof event.id !== 'string' || event.id === '' || event.id.length > 255) errors.push('id');
  if (!Object.hasOwn(EVENT_FIELDS, event.type)) errors.push('type');
  if (typeof event.callId !== 'string' || event.callId === '') errors.push('callId');
  if (!Number.isInteger(event.ts)) errors.push('ts');
  for (const [field, type] of Object.entries(EVENT_FIELDS[event.type] || {})) {
    if (!hasType(event[field], type)) errors.push(field);
  }
  if (event.type === 'transfer.result' && event.code !== undefined && !Number.isInteger(event.code)) {
    errors.push('code');
  }
  return errors.length ? errors : null;
}

export async function startFakeServer({ secret, webhook, media } = {}) {
  const state = {
    requests: [],      // every webhook request: {status, error, event}
    events: [],        // accepted, first-time events
    handshakes: [],    // every media upgrade: {path, token, headerToken, protocols, accepted}
    sessions: [],      // accepted media sockets
    scriptErrors: [],
    timeline: [],      // 'event:<type>', 'control:<customEvent>', 'socket:closed:<by>', in order
  };
  const seenIds = new Set();
  const tokens = new Set();
  const emitter = new EventEmitter();
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== '/api/calls/webhook') {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      onWebhook(Buffer.concat(chunks).toString('utf8'), req, res).catch((err) => {
        state.scriptErrors.push(String(err && err.stack ? err.stack : err));
        res.writeHead(500).end();
      });
    });
  });

  function answer(res, status, json) {
    const body = JSON.stringify(json);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  async function onWebhook(rawBody, req, res) {
    const record = { status: 0, error: null, event: undefined };
    state.requests.push(record);
    const signatureError = checkSignature(req.headers['x-tavari-signature'], rawBody, secret);
    if (signatureError) {
      record.status = 401;
      record.error = signatureError;
      answer(res, 401, { title: 'Unauthorized', detail: signatureError });
      return;
    }
    let event;
    try {
      event = JSON.parse(rawBody);
    } catch {
      record.status = 400;
      record.error = 'not JSON';
      answer(res, 400, { title: 'Bad Request' });
      return;
    }
    record.event = event;
    const fieldErrors = checkEvent(event);
    if (fieldErrors) {
      record.status = 400;
      record.error = `bad fields: ${fieldErrors.join(', ')}`;
      answer(res, 400, { title: 'Bad Request', errors: fieldErrors });
      return;
    }
    if (seenIds.has(event.id)) {
      record.status = 200;
      record.duplicate = true;
      answer(res, 200, { duplicate: true });
      return;
    }
    seenIds.add(event.id);
    state.events.push(event);
    state.timeline.push(`event:${event.type}`);
    emitter.emit('event', event);

    const scripted = webhook ? await webhook(event, api) : undefined;
    if (scripted === 'hang') {
      record.status = -1;
      return; // never answer
    }
    if (scripted) {
      record.status = scripted.status;
      if (scripted.text !== undefined) {
        res.writeHead(scripted.status, { 'Content-Type': 'text/plain' });
        res.end(scripted.text);
      } else {
        answer(res, scripted.status, scripted.json);
      }
      return;
    }
    record.status = 200;
    answer(res, 200, event.type === 'call.started' ? api.connectDecision() : { ok: true });
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url, 'http://localhost');
    const protocols = String(req.headers['sec-websocket-protocol'] || '')
      .split(',').map((p) => p.trim()).filter(Boolean);
    const handshake = {
      path: url.pathname,
      token: url.searchParams.get('token'),
      headerToken: req.headers['x-tavari-token'] ?? null,
      protocols,
      accepted: false,
    };
    state.handshakes.push(handshake);
    const tokenOk = handshake.token !== null && tokens.has(handshake.token) &&
      (handshake.headerToken === null || handshake.headerToken === handshake.token);
    if (url.pathname !== '/media/voximplant' || !tokenOk || !req.headers['sec-websocket-key']) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    tokens.delete(handshake.token); // single use
    handshake.accepted = true;
    const accept = createHash('sha1').update(req.headers['sec-websocket-key'] + WS_GUID).digest('base64');
    socket.write('HTTP/1.1 101 Switching Protocols\r\n' +
      'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
      `Sec-WebSocket-Accept: ${accept}\r\n` +
      (protocols.includes('chat') ? 'Sec-WebSocket-Protocol: chat\r\n' : '') +
      '\r\n');
    const session = new MediaSession(socket, head, state.timeline);
    state.sessions.push(session);
    emitter.emit('session', session);
    if (media) {
      Promise.resolve()
        .then(() => media(session, api))
        .catch((err) => state.scriptErrors.push(String(err && err.stack ? err.stack : err)));
    }
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;

  const api = {
    ...state,
    get baseUrl() { return baseUrl; },
    state,
    /** A fresh single-use token and the `connect` decision carrying it. */
    connectDecision(extra = {}) {
      const token = `mt1.${randomBytes(12).toString('base64url')}`;
      tokens.add(token);
      return {
        action: 'connect',
        callId: 'b6d3c1e0-6a36-4a43-9a1b-1f2f0f1d2a11',
        mediaUrl: `${baseUrl.replace(/^http/, 'ws')}/media/voximplant?token=${encodeURIComponent(token)}`,
        token,
        maxDurationSeconds: 1800,
        ...extra,
      };
    },
    eventsOf(type) {
      return state.events.filter((event) => event.type === type);
    },
    async close() {
      for (const session of state.sessions) session.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return api;
}

/** One accepted media socket, server side. */
export class MediaSession extends EventEmitter {
  constructor(socket, head, timeline = []) {
    super();
    this.timeline = timeline;
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.fragments = null;
    this.messages = [];       // every parsed text message from the scenario side
    this.control = [];        // those keyed by customEvent
    this.callerMedia = { starts: [], frames: [], stops: [] };
    this.binaryFrames = 0;
    this.sent = [];           // what this side sent
    this.closeSent = false;
    this.pendingClose = null;
    this.agentSeq = 0;
    this.agentChunk = 0;
    this.agentStarted = false;
    this.closed = new Promise((resolve) => { this.resolveClosed = resolve; });
    this.closeInfo = null;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('close', () => this.finish(this.pendingClose || { code: 1006, reason: '', by: 'network' }));
    socket.on('error', () => {});
    if (head && head.length) this.onData(head);
  }

  // --- receiving -----------------------------------------------------------------------------

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const buf = this.buffer;
      if (buf.length < 2) return;
      const fin = (buf[0] & 0x80) !== 0;
      const opcode = buf[0] & 0x0f;
      const masked = (buf[1] & 0x80) !== 0;
      let length = buf[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buf.length < 4) return;
        length = buf.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buf.length < 10) return;
        length = Number(buf.readBigUInt64BE(2));
        offset = 10;
      }
      if (!masked) {
        this.close(1002, 'client frames must be masked');
        return;
      }
      if (buf.length < offset + 4 + length) return;
      const mask = buf.subarray(offset, offset + 4);
      const payload = Buffer.from(buf.subarray(offset + 4, offset + 4 + length));
      for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
      this.buffer = buf.subarray(offset + 4 + length);
      this.onFrame(fin, opcode, payload);
    }
  }

  onFrame(fin, opcode, payload) {
    switch (opcode) {
      case 0x0: // continuation
        if (!this.fragments) return;
        this.fragments.push(payload);
        if (fin) {
          const whole = Buffer.concat(this.fragments);
          this.fragments = null;
          this.onText(whole.toString('utf8'));
        }
        return;
      case 0x1:
        if (fin) this.onText(payload.toString('utf8'));
        else this.fragments = [payload];
        return;
      case 0x2:
        this.binaryFrames++;
        this.close(1003, 'text frames only');
        return;
      case 0x8: {
        const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
        const reason = payload.length > 2 ? payload.subarray(2).toString('utf8') : '';
        if (!this.closeSent) {
          this.closeSent = true;
          this.writeFrame(0x8, payload.length >= 2 ? payload.subarray(0, 2) : Buffer.alloc(0));
          this.finish({ code, reason, by: 'client' });
        } else {
          this.finish(this.pendingClose);
        }
        this.socket.end();
        return;
      }
      case 0x9:
        this.writeFrame(0xA, payload);
        return;
      default:
        return;
    }
  }

  onText(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      message = { unparsable: text };
    }
    this.messages.push(message);
    if (typeof message.customEvent === 'string') {
      this.control.push(message);
      this.timeline.push(`control:${message.customEvent}`);
    }
    else if (message.event === 'start') this.callerMedia.starts.push(message);
    else if (message.event === 'media') this.callerMedia.frames.push(message);
    else if (message.event === 'stop') this.callerMedia.stops.push(message);
    this.emit('message', message);
  }

  finish(info) {
    if (this.closeInfo) return;
    this.closeInfo = info;
    this.timeline.push(`socket:closed:${info.by}`);
    this.resolveClosed(info);
    this.emit('closed', info);
  }

  /** Resolves with the first message (past or future) matching `predicate`. */
  waitFor(predicate, timeoutMs = 20000) {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (!predicate(message)) return;
        cleanup();
        resolve(message);
      };
      const onClosed = () => {
        cleanup();
        reject(new Error('media socket closed while waiting for a message'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error('timed out waiting for a media socket message'));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off('message', onMessage);
        this.off('closed', onClosed);
      };
      this.on('message', onMessage);
      this.on('closed', onClosed);
    });
  }

  waitForControl(name, timeoutMs) {
    return this.waitFor((message) => message.customEvent === name, timeoutMs);
  }

  // --- sending -------------------------------------------------------------------------------

  writeFrame(opcode, payload) {
    let header;
    if (payload.length < 126) {
      header = Buffer.from([0x80 | opcode, payload.length]);
    } else if (payload.length < 65536) {
      header = Buffer.alloc(4);
      header[0] = 0x80 | opcode;
      header[1] = 126;
      header.writeUInt16BE(payload.length, 2);
    } else {
      header = Buffer.alloc(10);
      header[0] = 0x80 | opcode;
      header[1] = 127;
      header.writeBigUInt64BE(BigInt(payload.length), 2);
    }
    if (!this.socket.destroyed) this.socket.write(Buffer.concat([header, payload]));
  }

  sendText(text) {
    if (this.closeSent || this.closeInfo) return false;
    this.sent.push(text);
    this.writeFrame(0x1, Buffer.from(text, 'utf8'));
    return true;
  }

  send(message) {
    return this.sendText(JSON.stringify(message));
  }

  /** Agent audio: a `start` (once), then `frames` media messages of 160 bytes each. */
  sendAgentAudio(frames, payload = Buffer.alloc(160, 0x55).toString('base64')) {
    if (!this.agentStarted) {
      this.agentStarted = true;
      this.send({
        event: 'start',
        sequenceNumber: this.agentSeq++,
        start: { mediaFormat: { encoding: 'ULAW', sampleRate: 8000 } },
        tag: 'agent',
      });
    }
    const bytes = Buffer.from(payload, 'base64').length;
    for (let i = 0; i < frames; i++) {
      this.send({
        event: 'media',
        sequenceNumber: this.agentSeq++,
        media: { chunk: ++this.agentChunk, timestamp: (this.agentChunk - 1) * bytes, payload },
      });
    }
  }

  close(code = 1000, reason = '') {
    if (this.closeSent || this.closeInfo) return;
    this.closeSent = true;
    this.pendingClose = { code, reason, by: 'server' };
    const reasonBytes = Buffer.from(reason, 'utf8');
    const payload = Buffer.alloc(2 + reasonBytes.length);
    payload.writeUInt16BE(code, 0);
    reasonBytes.copy(payload, 2);
    this.writeFrame(0x8, payload);
    // The client answers with its own close frame; do not wait for it forever.
    setTimeout(() => {
      this.finish(this.pendingClose);
      this.socket.destroy();
    }, 1000).unref();
  }

  destroy() {
    this.socket.destroy();
  }
}

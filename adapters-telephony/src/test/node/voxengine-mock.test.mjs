/**
 * The test tools themselves: the mock runtime is strict about names, its I/O behaves like
 * VoxEngine's, the driver prints the documented report, the fake server checks signatures like
 * the Java server, and the scenario source stays deployable.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { checkSignature, startFakeServer } from './fake-tavari-server.mjs';
import { VoxEngineMock } from './voxengine-mock.mjs';

const SCENARIO = fileURLToPath(new URL('../../main/voxengine/tavari.js', import.meta.url));
const DRIVER = fileURLToPath(new URL('./run-scenario.mjs', import.meta.url));

function run(mock, code) {
  return vm.runInContext(code, mock.context);
}

async function withHttpServer(handler, fn) {
  const server = http.createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await fn(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('mock VoxEngine', () => {
  test('uses the names and string values of the reference', () => {
    const mock = new VoxEngineMock();
    assert.deepEqual(JSON.parse(run(mock, `JSON.stringify([AppEvents.Started, AppEvents.CallAlerting, CallEvents.Connected,
      CallEvents.Disconnected, CallEvents.Failed, CallEvents.PlaybackFinished, CallEvents.RecordStarted,
      CallEvents.RecordStopped, CallEvents.RecordError, WebSocketEvents.OPEN, WebSocketEvents.MESSAGE,
      WebSocketEvents.CLOSE, WebSocketEvents.ERROR, WebSocketEvents.MEDIA_STARTED,
      WebSocketEvents.MEDIA_ENDED, WebSocketAudioEncoding.ULAW])`)), [
      'Application.Started', 'Application.CallAlerting', 'Call.Connected', 'Call.Disconnected',
      'Call.Failed', 'Call.PlaybackFinished', 'Call.RecordStarted', 'Call.RecordStopped',
      'Call.RecordError', 'WebSocket.Open', 'WebSocket.Message', 'WebSocket.Close', 'WebSocket.Error',
      'WebSocket.MediaEventStarted', 'WebSocket.MediaEventEnded', 'ULAW']);
  });

  test('a guessed name throws and is recorded as an error', () => {
    const mock = new VoxEngineMock();
    for (const guess of ['CallEvents.Answered', 'WebSocketEvents.Message', 'VoxEngine.easyProcess',
      'Net.httpRequestAsyncc', 'VoiceList.Amazon.Neural.en_US_Joana', 'WebSocketAudioEncoding.MULAW',
      'console.log']) {
      assert.throws(() => run(mock, guess), TypeError, guess);
      assert.ok(mock.errors.some((error) => error.includes(guess)), guess);
    }
    for (const missing of ['Modules', 'require', 'Language', 'process']) {
      assert.throws(() => run(mock, missing), /is not defined/, missing);
    }
  });

  test('event objects carry only the fields of the reference', async () => {
    const mock = new VoxEngineMock({ from: '+15551230000', to: '+15557654321' });
    mock.load(`VoxEngine.addEventListener(AppEvents.CallAlerting, function (e) {
      e.callerid; e.destination; e.callerId; });`);
    mock.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await mock.shutdown();
    assert.ok(mock.errors.some((error) => error.includes('callerId')), mock.errors.join('\n'));
    assert.ok(!mock.errors.some((error) => error.includes('.callerid ')));
  });

  test('Crypto.hmac_sha256 is lowercase hex', () => {
    const mock = new VoxEngineMock();
    assert.equal(run(mock, "Crypto.hmac_sha256('key', 'The quick brown fox jumps over the lazy dog')"),
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
  });

  test('getSecretValue returns undefined for a missing secret', () => {
    const mock = new VoxEngineMock({ secrets: { A: 'x' } });
    assert.equal(run(mock, "VoxEngine.getSecretValue('A')"), 'x');
    assert.equal(run(mock, "VoxEngine.getSecretValue('B')"), undefined);
  });

  test('Net.httpRequestAsync resolves on 5xx with status, text and a header array', async () => {
    await withHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        res.writeHead(503, { 'Content-Type': 'text/plain', 'X-Echo': req.headers['x-test'] });
        res.end(`got ${req.method} ${body}`);
      });
    }, async (url) => {
      const mock = new VoxEngineMock();
      const result = await run(mock, `Net.httpRequestAsync(${JSON.stringify(url)},
        {method: 'POST', postData: 'hello', headers: {'X-Test': 'yes'}, timeout: 2})`);
      assert.equal(result.code, 503);
      assert.equal(result.text, 'got POST hello');
      assert.ok(Array.isArray(result.headers));
      assert.deepEqual(result.headers.find((h) => h.key === 'x-echo'), { key: 'x-echo', value: 'yes' });
      assert.deepEqual(mock.errors, []);
    });
  });

  test('Net.httpRequestAsync gives negative codes for connect errors and timeouts', async () => {
    const mock = new VoxEngineMock();
    let closedPort;
    await withHttpServer(() => {}, async (url) => {
      closedPort = new URL(url).port;
      const timedOut = await run(mock, `Net.httpRequestAsync(${JSON.stringify(url)}, {timeout: 0.3})`);
      assert.equal(timedOut.code, -7);
    });
    const refused = await run(mock, `Net.httpRequestAsync('http://127.0.0.1:${closedPort}/', {timeout: 2})`);
    assert.equal(refused.code, -4);
    await assert.rejects(run(mock, "Net.httpRequestAsync('http://127.0.0.1:1/', {timeoutSeconds: 2})"),
      /unknown parameter 'timeoutSeconds'/);
  });

  test('API calls after terminate are errors', () => {
    const mock = new VoxEngineMock();
    run(mock, 'VoxEngine.terminate()');
    assert.throws(() => run(mock, "VoxEngine.getSecretValue('A')"), /after VoxEngine.terminate/);
  });
});

describe('run-scenario CLI', () => {
  const execDriver = (args) => new Promise((resolve) => {
    execFile(process.execPath, ['--experimental-websocket', DRIVER, ...args], { timeout: 60000 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

  test('prints one JSON report with the documented shape', async () => {
    const secret = 'cli-secret';
    const server = await startFakeServer({ secret });
    try {
      const { code, stdout, stderr } = await execDriver(['--scenario', SCENARIO,
        '--server', server.baseUrl, '--secret', secret, '--from', '+15551230000',
        '--to', '+15557654321', '--plan', JSON.stringify({ talkMs: 200, hangupAfterMs: 800 })]);
      assert.equal(code, 0, stderr);
      const lines = stdout.trim().split('\n');
      assert.equal(lines.length, 1);
      const report = JSON.parse(lines[0]);
      assert.deepEqual(Object.keys(report).sort(), ['agentMedia', 'call', 'callerMedia',
        'controlReceived', 'controlSent', 'errors', 'injected', 'logs', 'recording', 'says',
        'socket', 'socketCount', 'terminated', 'terminatedAtMs', 'timedOut', 'transfers',
        'warnings', 'webhooks'].sort());
      assert.equal(report.terminated, true);
      assert.deepEqual(report.errors, []);
      assert.deepEqual(report.webhooks.map((h) => [h.type, h.status]),
        [['call.started', 200], ['call.ended', 200]]);
      assert.equal(report.call.hangup.first, 'caller');
      assert.ok(report.callerMedia.frames > 0);
      assert.equal(report.socket.closedBy, 'scenario');
    } finally {
      await server.close();
    }
  });

  test('bad arguments exit with 2', async () => {
    const { code, stdout } = await execDriver(['--scenario', SCENARIO]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
  });
});

describe('fake server signature check (as the Java server does it)', () => {
  const secret = 's3cret';
  const body = '{"id":"1-1"}';
  const now = 1764067200;
  const mac = (t, encoding = 'hex') => createHmac('sha256', secret).update(`${t}.${body}`).digest(encoding);

  test('accepts hex and base64, rejects a wrong MAC, a stale timestamp, a bad header', () => {
    assert.equal(checkSignature(`t=${now},v1=${mac(now)}`, body, secret, now), null);
    assert.equal(checkSignature(`t=${now},v1=${mac(now, 'base64')}`, body, secret, now), null);
    assert.equal(checkSignature(`t=${now},v1=${mac(now + 1)}`, body, secret, now), 'wrong MAC');
    assert.equal(checkSignature(`t=${now - 301},v1=${mac(now - 301)}`, body, secret, now),
      'timestamp out of range');
    assert.match(checkSignature(mac(now), body, secret, now), /unparsable/);
  });
});

describe('scenario source', () => {
  const source = readFileSync(SCENARIO, 'utf8');
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

  test('compiles as a classic script', () => {
    assert.doesNotThrow(() => new vm.Script(source, { filename: SCENARIO }));
  });

  test('uses no modules, no Node APIs and nothing newer than the VoxEngine runtime', () => {
    for (const [pattern, what] of [
      [/\brequire\s*\(/, 'require()'], [/\bModules\./, 'Modules'], [/\bimport\b/, 'import'],
      [/\bprocess\./, 'process'], [/\bconsole\./, 'console'], [/\?\./, 'optional chaining'],
      [/\?\?/, 'nullish coalescing'], [/catch\s*\{/, 'catch without binding'],
    ]) {
      assert.doesNotMatch(code, pattern, what);
    }
  });

  test('reads server URL and secret from the secret store only', () => {
    assert.match(code, /getSecretValue\('TAVARI_WEBHOOK_SECRET'\)/);
    assert.match(code, /getSecretValue\('TAVARI_SERVER_URL'\)/);
    assert.doesNotMatch(code, /https?:\/\//, 'no hard-coded URL');
  });
});

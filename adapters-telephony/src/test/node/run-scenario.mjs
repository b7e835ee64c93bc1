#!/usr/bin/env node
/**
 * Runs the VoxEngine scenario for one inbound call in the mock runtime (voxengine-mock.mjs)
 * against a real Tavari server, and prints what happened as ONE JSON object on stdout.
 *
 * Usage (Node 20 needs the flag for the global WebSocket; later versions accept it too):
 *
 *   node --experimental-websocket run-scenario.mjs \
 *     --scenario src/main/voxengine/tavari.js --server http://127.0.0.1:8080 \
 *     --secret <webhook secret> --from +15551230000 --to +15557654321 \
 *     [--plan '{"talkMs":3000,"hangupAfterMs":8000,"transfer":"answer"}']
 *
 * --server and --secret become the scenario's secrets TAVARI_SERVER_URL and
 * TAVARI_WEBHOOK_SECRET. The scenario receives AppEvents.Started, then AppEvents.CallAlerting;
 * the run ends when it calls VoxEngine.terminate() or after plan.maxRunMs (default 60000).
 *
 * Plan (JSON, every key optional; see voxengine-mock.mjs for details):
 *   talkAfterMs, talkMs     when the caller speaks (ms from the start of the caller stream);
 *                           otherwise the caller sends μ-law silence, 160 bytes every 20 ms
 *   payload                 base64 of one 160-byte speech frame
 *   hangupAfterMs           the caller hangs up this long after being answered
 *   hangupBeforeAnswerMs    the caller gives up while still ringing
 *   transfer                'answer' | 'fail' | 'noanswer' (or an array, one per callPSTN):
 *                           what the forward/transfer target does; default 'answer'
 *   failCode                Failed.code when it fails (default 486)
 *   ringMs                  time until the target answers or fails (default 200)
 *   transferHangupAfterMs   the person hangs up this long after answering
 *   sayMs                   simulated TTS duration (default 300)
 *   mediaAsMessage          also deliver the server's media JSON as WebSocket.Message
 *                           (default true)
 *   throwOn                 mock API names that throw, e.g. ["VoxEngine.createWebSocket"]
 *   maxRunMs                give up after this long (default 60000)
 *
 * Report (stdout, one line of JSON; times in ms since CallAlerting):
 * {
 *   "terminated": true,               // the scenario called VoxEngine.terminate()
 *   "terminatedAtMs": 8123,
 *   "timedOut": false,                // maxRunMs passed before terminate()
 *   "call": {"id": "...", "sessionId": "8812731", "from": "+1555...", "to": "+1555...",
 *            "answered": true, "answeredAtMs": 60,
 *            "hangup": {"first": "caller" | "scenario" | null, "atMs": 8060},
 *            "rejectedWith": null},     // SIP code if call.reject() was used
 *   "webhooks": [                      // every POST to /api/calls/webhook, in order
 *     {"type": "call.started", "id": "8812731-1", "status": 200,   // HTTP status or a negative
 *      "answer": {...} | "<text>" | null,                          //  network code (-7 timeout)
 *      "signature": "t=...,v1=...", "body": {...}, "atMs": 12}],
 *   "says": [{"text": "...", "voice": "...", "atMs": 400}],
 *   "recording": null | {"started": true, "url": "https://records.example/...mp3",
 *                        "parameters": {}, "startedAtMs": 900, "stopped": true,
 *                        "durationSeconds": 4},
 *   "socket": null | {"url": "ws://...?token=...", "protocols": ["chat"],
 *                     "headers": {"X-Tavari-Token": "..."}, "opened": true, "openedAtMs": 70,
 *                     "closedBy": "scenario" | "server" | "failed" | null,
 *                     "closeCode": 1000, "closeReason": "", "closedAtMs": 8070,
 *                     "closedAtTerminate": true},   // close() called before terminate()
 *   "socketCount": 1,
 *   "callerMedia": {"starts": 1, "frames": 400, "speechFrames": 150, "bytes": 64000,
 *                   "stops": 1},                      // what the caller sent to the server
 *   "agentMedia": {"starts": 1, "frames": 120, "bytes": 19200,   // agent audio the caller
 *                  "firstAtMs": 950, "unroutedFrames": 0,        //  heard (frames not routed
 *                  "clears": 1, "playbackStarted": 2,            //  to the call counted apart)
 *                  "playbackEnded": 2},
 *   "controlReceived": [{"customEvent": "clear"}, ...],  // server -> scenario, non-media
 *   "controlSent": [{"customEvent": "playbackStarted"}, ...],   // scenario -> server
 *   "transfers": [{"to": "+1555...", "callerid": "+1555...",
 *                  "outcome": "ringing" | "connected" | "failed" | "cancelled",
 *                  "code": 486 | null, "bridged": true, "hangupBy": "person" | "scenario" | null,
 *                  "atMs": 3000}],
 *   "injected": [],                    // plan.throwOn faults that fired
 *   "logs": ["[tavari] ..."],          // Logger.write
 *   "warnings": [],                    // odd but legal use of the API
 *   "errors": []                       // API names not in the reference, misuse, exceptions
 * }
 *
 * Exit code 0 whenever a report was printed (the report says what went wrong); 2 for bad
 * arguments, 1 if the driver itself broke.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { VoxEngineMock } from './voxengine-mock.mjs';

/** Runs one call; resolves with the report. */
export async function runScenario({ scenario, server, secret, from = '', to = '', plan = {} }) {
  const source = readFileSync(scenario, 'utf8');
  const runtime = new VoxEngineMock({
    secrets: { TAVARI_SERVER_URL: server, TAVARI_WEBHOOK_SECRET: secret },
    from,
    to,
    plan,
  });
  runtime.load(source, resolve(scenario));
  runtime.start();
  let deadline;
  const timedOut = await Promise.race([
    runtime.done.then(() => false),
    new Promise((done) => { deadline = setTimeout(() => done(true), plan.maxRunMs ?? 60000); }),
  ]);
  clearTimeout(deadline);
  await runtime.settle();
  const report = runtime.report({ timedOut });
  await runtime.shutdown();
  return report;
}

const USAGE = 'usage: node --experimental-websocket run-scenario.mjs --scenario <path> ' +
  '--server <baseUrl> --secret <secret> --from <num> --to <num> [--plan <json>]';

const unhandled = [];

async function main() {
  let options;
  try {
    ({ values: options } = parseArgs({
      options: {
        scenario: { type: 'string' },
        server: { type: 'string' },
        secret: { type: 'string' },
        from: { type: 'string', default: '' },
        to: { type: 'string', default: '' },
        plan: { type: 'string', default: '{}' },
      },
    }));
  } catch (err) {
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (!options.scenario || !options.server || options.secret === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let plan;
  try {
    plan = JSON.parse(options.plan);
  } catch (err) {
    process.stderr.write(`--plan is not JSON: ${err.message}\n`);
    return 2;
  }
  if (typeof WebSocket !== 'function') {
    process.stderr.write('no global WebSocket: run node with --experimental-websocket\n');
    return 2;
  }
  const report = await runScenario({ ...options, plan });
  report.errors.push(...unhandled.map((text) => `unhandled rejection: ${text}`));
  await new Promise((done) => process.stdout.write(`${JSON.stringify(report)}\n`, done));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // Rejections the scenario leaves unhandled must not kill the run before the report.
  process.on('unhandledRejection', (err) => {
    unhandled.push(String(err && err.stack ? err.stack : err));
  });
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`run-scenario failed: ${err && err.stack ? err.stack : err}\n`);
      process.exit(1);
    },
  );
}

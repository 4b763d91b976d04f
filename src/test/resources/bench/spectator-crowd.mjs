// A crowd of spectator sockets for SpectatorCrowdBenchmark: raw Phoenix V2 frames over the `ws` client (no phoenix
// client: its per-socket timers would make the crowd, not the server, the bottleneck). Environment: NODE_DIR
// (where node_modules/ws is), URL (ws://…/socket/websocket?vsn=2.0.0&share=…), TOPIC, TOKEN, COUNT, FIRST
// (number of the first spectator), LOCAL (local address to connect from, so ports do not run out). Each socket
// joins as person "s{n}", answers nothing but heartbeats every 30 s, and notes when `announcement` and
// `mixer_changed` frames arrive (wall clock, microseconds). stdin: "report" prints what arrived since the last
// report; "close" closes every socket.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const WebSocket = createRequire(process.env.NODE_DIR + "/")("ws");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

const count = Number(process.env.COUNT);
const first = Number(process.env.FIRST);
const topic = process.env.TOPIC;
let joined = 0;
let failed = 0;
const why = {}; // how joins failed: socket error codes, HTTP statuses, error replies
const because = (reason) => { why[reason] = (why[reason] ?? 0) + 1; };
let closedByServer = 0;
let diffs = 0;
// announcement: [sent micros from its text, receipt micros]; mixer: [crossfader value, receipt micros]
let announcements = [];
let mixer = [];
const sockets = [];
const started = Date.now();

const settled = () => {
  if (joined + failed === count) print("joined", { joined, failed, ms: Date.now() - started, why });
};

function open(n) {
  const ws = new WebSocket(process.env.URL, { localAddress: process.env.LOCAL, perMessageDeflate: false });
  let answered = false;
  sockets.push(ws);
  ws.on("open", () => {
    ws.send(JSON.stringify(["1", "1", topic, "phx_join", { token: process.env.TOKEN, name: `s${n}`, person: `s${n}` }]));
  });
  ws.on("message", (data) => {
    const text = data.toString();
    const at = nowMicros();
    if (text.includes('"announcement"')) {
      const frame = JSON.parse(text);
      announcements.push(Number(frame[4].text), at);
    } else if (text.includes('"mixer_changed"')) {
      const frame = JSON.parse(text);
      mixer.push(frame[4].crossfader, at);
    } else if (text.includes('"presence_diff"')) {
      diffs++;
    } else if (!answered && text.includes('"phx_reply"') && text.startsWith('["1","1"')) {
      answered = true;
      if (text.includes('"status":"ok"')) joined++;
      else { failed++; because(text.slice(0, 120)); }
      settled();
    }
  });
  ws.on("error", (e) => because(e.code ?? e.message));
  ws.on("unexpected-response", (req, res) => { because(`HTTP ${res.statusCode}`); req.destroy(); });
  ws.on("close", () => {
    if (!answered) { answered = true; failed++; settled(); }
    else if (!closing) closedByServer++;
  });
  ws.on("error", () => {});
}

let closing = false;
for (let n = first; n < first + count; n++) {
  open(n);
  if ((n - first) % 200 === 199) await new Promise((r) => setTimeout(r, 10));
}
let heartbeat = 0;
setInterval(() => {
  const frame = JSON.stringify([null, String(++heartbeat), "phoenix", "heartbeat", {}]);
  for (const ws of sockets) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
}, 30_000);

createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "report") {
    print("report", { joined, failed, closedByServer, diffs, announcements, mixer });
    announcements = [];
    mixer = [];
    diffs = 0;
  } else if (line === "close") {
    closing = true;
    for (const ws of sockets) ws.terminate();
    print("closed");
  } else if (line === "exit") {
    process.exit(0);
  }
});

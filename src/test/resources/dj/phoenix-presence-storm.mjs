// A join-and-leave storm on a DJ session, watched by clients of the official `phoenix` client's Presence, for
// DjPresenceStormTest. Environment: PHOENIX_DIR, SFA_SOCKET_URL (ws://host:port/socket), SHARE, TOPIC, OBSERVERS,
// LATE (observers that join during the storm), CHURN (sockets that join; every other one leaves again at once,
// by phx_leave or by dropping its socket). Prints one JSON object per line; on "report" each observer's list
// (key -> sorted phx_refs) as Presence holds it.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const { Socket, Presence } = createRequire(process.env.PHOENIX_DIR + "/")("phoenix");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
const closes = []; // observers' sockets that closed (they do not reconnect: their lists would be stale)
setTimeout(() => { print("timeout"); process.exit(2); }, 120_000);

const url = process.env.SFA_SOCKET_URL;
const share = process.env.SHARE;
const topic = process.env.TOPIC;

function open(person) {
  const socket = new Socket(url, { transport: WebSocket, params: { share }, reconnectAfterMs: () => 600_000 });
  socket.onClose((e) => { if (/^(observer|late)/.test(person)) closes.push({ person, code: e.code, reason: e.reason }); });
  socket.connect();
  const channel = socket.channel(topic, { token: share, name: person, person });
  return { socket, channel };
}

function joined(channel) {
  return new Promise((resolve, reject) =>
    channel.join(60_000).receive("ok", resolve).receive("error", reject).receive("timeout", () => reject("timeout")));
}

const diffCounts = {};
async function observer(name) {
  const { channel } = open(name);
  const presence = new Presence(channel);
  diffCounts[name] = 0;
  channel.on("presence_diff", () => diffCounts[name]++);
  await joined(channel);
  return presence;
}

const observers = [];
for (let i = 0; i < Number(process.env.OBSERVERS); i++) observers.push(await observer(`observer-${i}`));
print("observers joined", { count: observers.length });

// The storm's sockets speak raw V2 frames and never parse what they receive: a thousand official clients in one
// Node process would make the process, not the server, the bottleneck.
function churner(i) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}/websocket?vsn=2.0.0&share=${encodeURIComponent(share)}`);
    const person = `p${i % 97}`;
    ws.onopen = () => ws.send(JSON.stringify(["1", "1", topic, "phx_join", { token: share, name: person, person }]));
    ws.onmessage = ({ data }) => {
      if (!data.startsWith('["1","1"')) return;
      if (!data.includes('"status":"ok"')) { reject(data); return; }
      if (i % 4 === 1) ws.send(JSON.stringify(["1", "2", topic, "phx_leave", {}]));
      if (i % 4 === 3) ws.close();
      resolve();
    };
    ws.onerror = () => reject("socket error");
  });
}

const churn = Number(process.env.CHURN);
const late = [];
const pending = [];
for (let i = 0; i < churn; i++) {
  pending.push(churner(i));
  if (i === Math.floor(churn / 2)) {
    for (let j = 0; j < Number(process.env.LATE); j++) late.push(observer(`late-${j}`));
  }
}
await Promise.all(pending);
observers.push(...(await Promise.all(late)));
print("churned", { observers: observers.length });

const listOf = (presence) => {
  const list = {};
  presence.list((key, { metas }) => { list[key] = metas.map((m) => m.phx_ref).sort(); });
  return list;
};
createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "report") print("lists", { lists: observers.map(listOf), closes, diffCounts });
  if (line === "exit") process.exit(0);
});

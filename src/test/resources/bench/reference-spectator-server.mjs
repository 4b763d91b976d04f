// The reference for SpectatorCrowdBenchmark: a minimal single-threaded Node `ws` server speaking the subset of the
// Phoenix V2 protocol the crowd uses: join (reply ok, then presence_state), presence diffs merged over the same
// window as SFA's (100 ms, plus 50 µs per member beyond 2,000, up to 1 s: one diff per join would make it N²),
// heartbeats, and a DJ (a join without token) whose `announce` and `mixer` pushes are acknowledged and broadcast,
// each encoded once. Environment: NODE_DIR, PORT. stdin:
// "stats" prints the heap after a full GC and the resident memory.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const { WebSocketServer } = createRequire(process.env.NODE_DIR + "/")("ws");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));

const members = new Map(); // socket -> {topic, joinRef, person, ref}
let nextRef = 0;
const broadcast = (topic, event, payload) => {
  const text = JSON.stringify([null, null, topic, event, payload]);
  for (const [ws, m] of members) if (m.topic === topic && ws.readyState === 1) ws.send(text);
};
const entry = (m) => ({ [m.person]: { metas: [{ name: m.person, kind: "channel", phx_ref: m.ref }] } });
let pending = null; // {topic, joins, leaves} waiting for the window to end
let lastFlush = 0;
const addTo = (side, m) => { (side[m.person] ??= { metas: [] }).metas.push(entry(m)[m.person].metas[0]); };
function diff(m, joined) {
  if (!pending) {
    pending = { topic: m.topic, joins: {}, leaves: {} };
    const window = Math.min(1000, Math.max(100, members.size * 0.05));
    setTimeout(flush, Math.max(0, lastFlush + window - Date.now()));
  }
  addTo(joined ? pending.joins : pending.leaves, m);
}
function flush() {
  const { topic, joins, leaves } = pending;
  pending = null;
  lastFlush = Date.now();
  broadcast(topic, "presence_diff", { joins, leaves });
}

const server = new WebSocketServer({ port: Number(process.env.PORT), path: "/socket/websocket", perMessageDeflate: false });
server.on("connection", (ws) => {
  ws.on("message", (data) => {
    let frame;
    try { frame = JSON.parse(data.toString()); } catch { ws.close(1008, "malformed message"); return; }
    const [joinRef, ref, topic, event, payload] = frame;
    const reply = (response) => ws.send(JSON.stringify([joinRef, ref, topic, "phx_reply", { status: "ok", response }]));
    if (topic === "phoenix" && event === "heartbeat") { reply({}); return; }
    if (event === "phx_join") {
      const dj = !payload.token;
      const m = { topic, joinRef, person: payload.person || `dj`, ref: String(++nextRef), dj };
      reply({ role: dj ? "dj" : "spectator", server_time: Date.now() });
      const state = {};
      for (const other of members.values()) if (other.topic === topic && !other.dj) Object.assign(state, entry(other));
      members.set(ws, m);
      if (!dj) {
        state[m.person] = entry(m)[m.person];
        ws.send(JSON.stringify([joinRef, null, topic, "presence_state", state]));
        diff(m, true);
      } else {
        ws.send(JSON.stringify([joinRef, null, topic, "presence_state", state]));
      }
      return;
    }
    const m = members.get(ws);
    if (m && m.dj && event === "announce") { reply({}); broadcast(topic, "announcement", { text: payload.text, at: new Date().toISOString() }); return; }
    if (m && m.dj && event === "mixer") { reply({}); broadcast(topic, "mixer_changed", { crossfader: payload.crossfader, curve: "power", master: 1, channels: [] }); return; }
    ws.send(JSON.stringify([joinRef, ref, topic, "phx_reply", { status: "error", response: { reason: "unknown event" } }]));
  });
  ws.on("close", () => {
    const m = members.get(ws);
    members.delete(ws);
    if (m && !m.dj) diff(m, false);
  });
  ws.on("error", () => {});
});
server.on("listening", () => print("listening"));

createInterface({ input: process.stdin }).on("line", (line) => {
  if (line === "stats") {
    gc();
    gc();
    const usage = process.memoryUsage();
    print("stats", { heap: usage.heapUsed + usage.external + usage.arrayBuffers, rss: usage.rss, sockets: members.size });
  } else if (line === "exit") {
    process.exit(0);
  }
});

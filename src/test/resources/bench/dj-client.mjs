// The DJ for SpectatorCrowdBenchmark: one raw Phoenix V2 socket that joins the session as its DJ and, on stdin
// "announce N" / "mixer V", pushes an announcement whose text is the wall-clock time in microseconds, or a
// crossfader move (only on the reference server: SFA's mixer moves come from the DJ page, DjService.apply), and
// prints how long the server took to acknowledge it. Environment: NODE_DIR, URL, TOPIC.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const WebSocket = createRequire(process.env.NODE_DIR + "/")("ws");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
const nowMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);
const topic = process.env.TOPIC;
const waiting = new Map();
let ref = 1;

const ws = new WebSocket(process.env.URL, { perMessageDeflate: false });
ws.on("open", () => ws.send(JSON.stringify(["1", "1", topic, "phx_join", {}])));
ws.on("message", (data) => {
  const [, replyRef, , event, payload] = JSON.parse(data.toString());
  if (event !== "phx_reply") return;
  if (replyRef === "1") { print(payload.status === "ok" ? "joined" : "join failed", { payload }); return; }
  const sent = waiting.get(replyRef);
  if (sent !== undefined) {
    waiting.delete(replyRef);
    print("ack", { micros: nowMicros() - sent, status: payload.status, response: payload.response });
  }
});
ws.on("close", (code, reason) => print("closed", { code, reason: reason.toString() }));

createInterface({ input: process.stdin }).on("line", (line) => {
  const [command, value] = line.split(" ");
  const r = String(++ref);
  if (command === "announce") {
    const sent = nowMicros();
    waiting.set(r, sent);
    ws.send(JSON.stringify(["1", r, topic, "announce", { text: String(sent) }]));
  } else if (command === "mixer") {
    waiting.set(r, nowMicros());
    ws.send(JSON.stringify(["1", r, topic, "mixer", { crossfader: Number(value) }]));
  } else if (command === "exit") {
    process.exit(0);
  }
});

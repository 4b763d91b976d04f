// Channel fan-out benchmark with the official `phoenix` npm client: one Socket (one WebSocket) per topic in TOPICS
// (comma-separated), each joining its topic, connects started 2 ms apart. Prints one JSON object per line:
// {"step":"clock","ns"} (process.hrtime, CLOCK_MONOTONIC like Java's System.nanoTime on Linux), then
// {"step":"joined"} once every join answered; on the stdin line "report" the latencies (ns) of every job:progress
// whose message is "t=<publisher's System.nanoTime()>", then forgets them; "exit" (or the end of stdin) ends it.
// Environment: PHOENIX_DIR, SFA_SOCKET_URL (ws://host:port/socket), SFA_TOKEN, TOPICS.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const { Socket } = createRequire(process.env.PHOENIX_DIR + "/")("phoenix");
const topics = process.env.TOPICS.split(",");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));

print("clock", { ns: process.hrtime.bigint().toString() });
const started = process.hrtime.bigint();
let latencies = [];
let joined = 0;
let failed = 0;
const answered = () => {
  if (joined + failed === topics.length) {
    print("joined", { joined, failed, ms: Number(process.hrtime.bigint() - started) / 1e6 });
  }
};
const sockets = topics.map((topic, i) => {
  const socket = new Socket(process.env.SFA_SOCKET_URL, {
    transport: WebSocket, params: { token: process.env.SFA_TOKEN },
    reconnectAfterMs: () => 60_000, rejoinAfterMs: () => 60_000, timeout: 60_000,
  });
  const channel = socket.channel(topic, {});
  channel.on("job:progress", (payload) => {
    const received = process.hrtime.bigint();
    if (typeof payload.message === "string" && payload.message.startsWith("t=")) {
      latencies.push(Number(received - BigInt(payload.message.slice(2))));
    }
  });
  setTimeout(() => {
    socket.connect();
    channel.join(60_000)
      .receive("ok", () => { joined++; answered(); })
      .receive("error", () => { failed++; answered(); })
      .receive("timeout", () => { failed++; answered(); });
  }, i * 2);
  return socket;
});

const exit = () => {
  sockets.forEach((socket) => socket.disconnect());
  setTimeout(() => process.exit(0), 500);
};
createInterface({ input: process.stdin })
  .on("line", (line) => {
    if (line === "report") {
      print("report", { latenciesNs: latencies });
      latencies = [];
    } else if (line === "exit") {
      exit();
    }
  })
  .on("close", exit);

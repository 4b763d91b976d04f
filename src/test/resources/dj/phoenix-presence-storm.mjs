// A join-and-leave storm on a DJ session, watched by clients of the official `phoenix` client's Presence, for
// DjPresenceStormTest. Environment: PHOENIX_DIR, SFA_SOCKET_URL (ws://host:port/socket), SHARE, TOPIC, OBSERVERS,
// LATE (observers that join during the storm), CHURN (sockets that join; every other one leaves again at once,
// by phx_leave or by dropping its socket). Prints one JSON object per line; on "report" each observer's list
// (key -> sorted phx_refs) as Presence holds it.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const { Socket, Presence } = createRequire(process.env.PHOENIX_DIR + "/")("phoenix");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
setTimeout(() => { print("timeout"); process.exit(2); }, 120_000);

const url = process.env.SFA_SOCKET_URL;
const share = process.env.SHARE;
const topic = process.env.TOPIC;

function open(person) {
  const socket = new Socket(url, { transport: WebSocket, params: { share }, reconnectAfterMs: () => 600_000 });
  socket.connect();
  const channel = socket.channel(topic, { token: share, name: person, person });
  return { socket, channel };
}

function joined(channel) {
  return new Promise((resolve, reject) =>
    channel.join().receive("ok", resolve).receive("error", reject).receive("timeout", () => reject("timeout")));
}

async function observer(name) {
  const { channel } = open(name);
  const presence = new Presence(channel);
  await joined(channel);
  return presence;
}

const observers = [];
for (let i = 0; i < Number(process.env.OBSERVERS); i++) observers.push(await observer(`observer-${i}`));
print("observers joined", { count: observers.length });

const churn = Number(process.env.CHURN);
const late = [];
const pending = [];
for (let i = 0; i < churn; i++) {
  const { socket, channel } = open(`p${i % 97}`);
  pending.push(joined(channel).then(() => {
    if (i % 4 === 1) channel.leave();
    if (i % 4 === 3) socket.disconnect();
  }));
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
  if (line === "report") print("lists", { lists: observers.map(listOf) });
  if (line === "exit") process.exit(0);
});

// A DAW collaborator with the official `phoenix` client and its Presence, for DawLiveChannelTest. Prints one JSON
// object per line. Environment: PHOENIX_DIR, SFA_SOCKET_URL (ws://host:port/socket), TOKEN (an API key),
// PROJECT_ID, TRACK_ID (a track of the project to put the clip on), SOURCE_ID (a library track of the key's user).
// Joins daw:project:{id}, adds a clip with an "ops" push, marks it as being edited, and points at it.
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";

const { Socket, Presence } = createRequire(process.env.PHOENIX_DIR + "/")("phoenix");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
setTimeout(() => { print("timeout"); process.exit(2); }, 60_000);

const socket = new Socket(process.env.SFA_SOCKET_URL, {
  transport: WebSocket, params: { token: process.env.TOKEN }, reconnectAfterMs: () => 60_000,
});
const channel = socket.channel("daw:project:" + process.env.PROJECT_ID, {});
const presence = new Presence(channel);
presence.onSync(() => {
  const people = presence.list((name, { metas }) => ({ name, screens: metas.length, editing: metas.map((m) => m.editing).filter(Boolean) }));
  print("sync", { people: people.length, screens: people.reduce((n, p) => n + p.screens, 0), names: people.map((p) => p.name).sort(), editing: people.flatMap((p) => p.editing) });
});
channel.on("ops", (batch) => print("ops", { batch }));
channel.on("cursor", (cursor) => print("cursor", { cursor }));
channel.onClose(() => { print("closed"); socket.disconnect(() => process.exit(0)); });
channel.join()
  .receive("ok", (response) => {
    print("joined", { seq: response.project.seq });
    const clip = randomUUID();
    const add = { op: "add", kind: "clip", id: clip, value: { trackId: process.env.TRACK_ID, source: { trackId: process.env.SOURCE_ID, stem: null }, position: 4 } };
    channel.push("ops", { id: randomUUID(), ops: [add] })
      .receive("ok", (reply) => {
        print("clip added", { clip, seq: reply.seq });
        channel.push("presence", { selection: [clip], editing: clip, following: null });
        channel.push("cursor", { track: process.env.TRACK_ID, time: 4.5, playhead: null, playing: false });
      })
      .receive("error", (e) => print("ops refused", { response: e }));
  })
  .receive("error", (e) => { print("join error", { response: e }); process.exit(3); });
socket.connect();

// A DJ-session spectator with the official `phoenix` client and its Presence, for DjChannelTest. Prints one JSON
// object per line. Environment: PHOENIX_DIR, SFA_SOCKET_URL (ws://host:port/socket), SHARE (share token),
// NAME. Holds nothing but the link's token: resolves it to the session's topic with GET /api/v1/share-links/{token},
// connects WITHOUT an API key (params: {share}) and joins that topic with {token, name}.
import { createRequire } from "node:module";

const { Socket, Presence } = createRequire(process.env.PHOENIX_DIR + "/")("phoenix");
const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
setTimeout(() => { print("timeout"); process.exit(2); }, 60_000);

const origin = process.env.SFA_SOCKET_URL.replace(/^ws/, "http").replace(/\/socket$/, "");
const shared = await (await fetch(`${origin}/api/v1/share-links/${encodeURIComponent(process.env.SHARE)}`)).json();
print("resolved", { shared });

const socket = new Socket(process.env.SFA_SOCKET_URL, {
  transport: WebSocket, params: { share: process.env.SHARE }, reconnectAfterMs: () => 60_000,
});
const channel = socket.channel(shared.topic,
  { token: process.env.SHARE, name: process.env.NAME || "" });
const presence = new Presence(channel);
presence.onSync(() => {
  const people = presence.list((key, { metas }) => ({ key, screens: metas.length, name: metas[0].name }));
  print("sync", { people: people.length, screens: people.reduce((n, p) => n + p.screens, 0), names: people.map((p) => p.name).sort() });
});
for (const event of ["deck_state_changed", "track_loaded", "mixer_changed", "hot_cue_triggered", "loop_changed", "announcement"]) {
  channel.on(event, (payload) => print(event, { payload }));
}
channel.onClose(() => { print("closed"); socket.disconnect(() => process.exit(0)); });
channel.join()
  .receive("ok", (response) => {
    print("joined", { response });
    channel.push("shout", { text: "hello from node" })
      .receive("ok", () => print("shout sent"))
      .receive("error", (e) => print("shout refused", { response: e }));
  })
  .receive("error", (e) => { print("join error", { response: e }); process.exit(3); });
socket.connect();

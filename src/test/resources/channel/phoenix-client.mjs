// Drives the official `phoenix` npm client against SFA's channel socket and prints one JSON object per line
// for PhoenixJsClientTest. Environment: PHOENIX_DIR (where phoenix is installed), SFA_SOCKET_URL
// (ws://host:port/socket), SFA_TOKEN, MODE = session | longpoll | auth-token | bad-token.
import { createRequire } from "node:module";

const { Socket, LongPoll } = createRequire(process.env.PHOENIX_DIR + "/")("phoenix");
const url = process.env.SFA_SOCKET_URL;
const token = process.env.SFA_TOKEN;
const mode = process.env.MODE || "session";

const print = (step, extra = {}) => console.log(JSON.stringify({ step, ...extra }));
const finish = (code) => setTimeout(() => process.exit(code), 50);
setTimeout(() => { print("timeout"); finish(2); }, 20_000);

const options = { transport: mode === "longpoll" ? LongPoll : WebSocket, reconnectAfterMs: () => 60_000 };
if (mode === "auth-token") {
  options.authToken = token;
} else {
  options.params = { token };
}
const socket = new Socket(url, options);

socket.onOpen(() => {
  print("open");
  if (mode === "bad-token") {
    finish(1);
  }
});
socket.onError((error) => {
  print("error", { type: error && error.type });
  if (mode === "bad-token") {
    socket.disconnect(() => finish(0));
  }
});

if (mode !== "bad-token") {
  const channel = socket.channel("tracks", {});
  channel.on("track:created", (payload) => {
    print("track:created", { payload });
    channel.leave().receive("ok", () => {
      print("left");
      socket.disconnect(() => { print("disconnected"); finish(0); });
    });
  });
  channel.onClose(() => print("channel closed"));
  channel.join()
    .receive("ok", (response) => {
      print("joined", { response });
      channel.push("ping", {})
        .receive("ok", (pong) => {
          print("pong", { response: pong });
          if (mode === "auth-token") {
            socket.disconnect(() => finish(0));
          } else {
            print("ready");
          }
        })
        .receive("error", (e) => { print("ping error", { response: e }); finish(3); })
        .receive("timeout", () => { print("ping timeout"); finish(3); });
    })
    .receive("error", (e) => { print("join error", { response: e }); finish(3); })
    .receive("timeout", () => { print("join timeout"); finish(3); });
}
socket.connect();

/**
 * What a web page could do to a local Neo4j: open Bolt over a WebSocket from its own Origin and say HELLO
 * without credentials, then try to run Cypher. Speaks just enough WebSocket (RFC 6455) and Bolt 5.0 for
 * that, over a raw socket, so the test controls every header (a browser's WebSocket would too).
 */
import { randomBytes } from "node:crypto";
import net from "node:net";

export interface WebSocketHello {
  /** Whether the server switched protocols for that Origin. */
  upgraded: boolean;
  /** The server's answer to HELLO: SUCCESS, FAILURE, or nothing (it closed the connection). */
  hello: "SUCCESS" | "FAILURE" | "none";
  /** Neo4j's error code when HELLO failed. */
  code?: string;
  /** The value `RETURN 6 * 7` answered when HELLO succeeded (42: a stranger ran Cypher). */
  answer?: number;
}

/** A masked client frame carrying binary data (every client frame must be masked). */
function frame(payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] ?? 0)));
  const length =
    payload.length < 126
      ? Buffer.from([0x80 | payload.length])
      : Buffer.from([0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([Buffer.from([0x82]), length, mask, masked]);
}

/** PackStream for the few values sent here: short strings, small maps, -1. */
function pack(value: string | number | Record<string, string | number>): Buffer {
  if (typeof value === "number") return Buffer.from([value & 0xff]);
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return Buffer.concat([
      bytes.length < 16 ? Buffer.from([0x80 | bytes.length]) : Buffer.from([0xd0, bytes.length]),
      bytes,
    ]);
  }
  const entries = Object.entries(value);
  return Buffer.concat([
    Buffer.from([0xa0 | entries.length]),
    ...entries.flatMap(([k, v]) => [pack(k), pack(v)]),
  ]);
}

/** One Bolt message (a struct with its fields) in one chunk. */
function message(signature: number, ...fields: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields]);
  return Buffer.concat([Buffer.from([body.length >> 8, body.length & 0xff]), body, Buffer.from([0, 0])]);
}

/** Reassembles the server's (unmasked) frames into the Bolt byte stream. */
class FrameReader {
  private pending = Buffer.alloc(0);
  stream = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      if (this.pending.length < 2) return;
      let length = (this.pending[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.pending.length < 4) return;
        length = this.pending.readUInt16BE(2);
        offset = 4;
      }
      if (this.pending.length < offset + length) return;
      if (((this.pending[0] ?? 0) & 0x0f) === 0x02)
        this.stream = Buffer.concat([this.stream, this.pending.subarray(offset, offset + length)]);
      this.pending = this.pending.subarray(offset + length);
    }
  }
}

/** The Bolt messages in a stream after the 4-byte version: [signature, body bytes]. */
function messages(stream: Buffer): [number, Buffer][] {
  const found: [number, Buffer][] = [];
  let at = 4;
  let body = Buffer.alloc(0);
  while (at + 2 <= stream.length) {
    const size = stream.readUInt16BE(at);
    at += 2;
    if (size === 0) {
      if (body.length >= 2) found.push([body[1] ?? 0, body]);
      body = Buffer.alloc(0);
      continue;
    }
    body = Buffer.concat([body, stream.subarray(at, at + size)]);
    at += size;
  }
  return found;
}

const SUCCESS = 0x70;
const RECORD = 0x71;
const FAILURE = 0x7f;

/** Opens Bolt over a WebSocket to 127.0.0.1:`port` with `origin`, says HELLO without credentials, and tries Cypher. */
export function helloOverWebSocket(
  port: number,
  origin: string,
  timeoutMs = 10_000,
): Promise<WebSocketHello> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const reader = new FrameReader();
    let handshake = "";
    let upgraded = false;
    let ranQuery = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer from the WebSocket on port ${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (result: WebSocketHello) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const judge = () => {
      const received = messages(reader.stream);
      const [first] = received;
      if (!first) return;
      const text = first[1].toString("utf8");
      if (first[0] === FAILURE) {
        finish({ upgraded, hello: "FAILURE", code: /Neo\.\w+\.\w+\.\w+/.exec(text)?.[0] ?? text });
      } else if (first[0] === SUCCESS && !ranQuery) {
        ranQuery = true;
        socket.write(
          frame(
            Buffer.concat([
              message(0x10, pack("RETURN 6 * 7"), pack({}), pack({})),
              message(0x3f, pack({ n: -1 })),
            ]),
          ),
        );
      } else {
        const record = received.find(([signature]) => signature === RECORD);
        // A record of one tiny integer: B1 71 91 <int>.
        if (record) finish({ upgraded, hello: "SUCCESS", answer: record[1][3] });
        else if (received.some(([signature]) => signature === FAILURE))
          finish({ upgraded, hello: "SUCCESS" });
      }
    };
    socket.on("connect", () => {
      socket.write(
        [
          "GET / HTTP/1.1",
          `Host: 127.0.0.1:${port}`,
          "Upgrade: websocket",
          "Connection: Upgrade",
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
          "Sec-WebSocket-Version: 13",
          `Origin: ${origin}`,
          "",
          "",
        ].join("\r\n"),
      );
    });
    socket.on("data", (chunk: Buffer) => {
      if (!upgraded) {
        handshake += chunk.toString("latin1");
        const end = handshake.indexOf("\r\n\r\n");
        if (end < 0) return;
        if (!handshake.startsWith("HTTP/1.1 101")) {
          finish({ upgraded: false, hello: "none" });
          return;
        }
        upgraded = true;
        const rest = Buffer.from(handshake.slice(end + 4), "latin1");
        // Bolt's preamble, versions 5.0 then 4.4, then HELLO with no credentials (scheme "none").
        const versions = Buffer.from([
          0x60, 0x60, 0xb0, 0x17, 0, 0, 0, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0,
        ]);
        const hello = message(0x01, pack({ user_agent: "evil-page/1.0", scheme: "none" }));
        socket.write(frame(Buffer.concat([versions, hello])));
        if (rest.length > 0) reader.push(rest);
      } else {
        reader.push(chunk);
      }
      judge();
    });
    socket.on("close", () => {
      finish({ upgraded, hello: "none" });
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

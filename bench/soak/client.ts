/**
 * The soak's HTTP client (bench/soak.ts): keep-alive connections on loopback, one request in flight on each,
 * and a count of the connections it had to open.
 */
import http from "node:http";

/** A request with no answer within the timeout (--timeout): counted as a timeout, not a socket error. */
export class RequestTimeout extends Error {
  override name = "RequestTimeout";
}

export class SoakClient {
  /** Connections opened, preflight included: as many as --connections when keep-alive holds. */
  opened = 0;
  private readonly agent: http.Agent;

  constructor(
    connections: number,
    private readonly timeoutMs: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  /** One POST over the keep-alive agent: status and body, or a socket error or a timeout. */
  post(url: URL, payload: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: "POST",
          agent: this.agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            if (!request.reusedSocket) this.opened += 1;
            resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString(),
            });
          });
          response.on("error", reject);
        },
      );
      request.setTimeout(this.timeoutMs, () => {
        request.destroy(new RequestTimeout(`no answer within ${this.timeoutMs / 1000} s`));
      });
      request.on("error", reject);
      request.end(payload);
    });
  }

  /** Closes the connections: after the load, before the server stops. */
  destroy(): void {
    this.agent.destroy();
  }
}

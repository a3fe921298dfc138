// The preview's HTTP server, on 127.0.0.1 only. It serves what it renders and its own assets,
// nothing else: no URL maps to a file of the repository, a path with ".." is refused, and a
// request for another host name is refused (a web page cannot reach the preview by DNS
// rebinding). Pages may load only the preview's own scripts, styles and fonts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Reply {
  status: number;
  type: string;
  body: Buffer | string;
  headers?: Record<string, string>;
}

export interface Routes {
  /** GET path (decoded) and query → a reply, or undefined for 404. */
  get(path: string, query: URLSearchParams): Promise<Reply | undefined>;
  /** A new server-sent-events client: `send` writes one event; returns the unsubscribe. */
  subscribe(send: (event: string, data: string) => void): () => void;
}

const SECURITY = {
  "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

const plain = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { ...SECURITY, "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
};

export interface Listening {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function listen(routes: Routes, port: number): Promise<Listening> {
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    handle(req, res, routes, streams, port === 0 ? (server.address() as AddressInfo).port : port).catch((err: unknown) => {
      if (!res.headersSent) plain(res, 500, `Lỗi nội bộ: ${err instanceof Error ? err.message : String(err)}`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  routes: Routes,
  streams: Set<ServerResponse>,
  port: number,
): Promise<void> {
  const host = req.headers.host ?? "";
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return plain(res, 403, "Chỉ mở được từ máy này (127.0.0.1).");
  if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Chỉ đọc (GET).");
  const raw = req.url ?? "/";
  const url = new URL(raw, `http://127.0.0.1:${port}`);
  let path: string;
  let asSent: string;
  try {
    path = decodeURIComponent(url.pathname);
    asSent = decodeURIComponent(raw.split("?")[0] ?? "");
  } catch {
    return plain(res, 400, "Địa chỉ không hợp lệ.");
  }
  // Nothing outside what the preview renders is served; a path that climbs is refused outright,
  // as sent (before the URL parser folds "%2e%2e" away) and as parsed.
  const climbs = (p: string): boolean => p.split(/[/\\]/).includes("..") || p.includes("\0");
  if (climbs(asSent) || climbs(path)) return plain(res, 403, "Không phục vụ tệp ngoài kho.");
  if (path === "/events") return openStream(req, res, routes, streams);
  const reply = await routes.get(path, url.searchParams);
  if (!reply) return plain(res, 404, "Không có trang này.");
  res.writeHead(reply.status, { ...SECURITY, "Content-Type": reply.type, ...reply.headers });
  res.end(req.method === "HEAD" ? undefined : reply.body);
}

function openStream(req: IncomingMessage, res: ServerResponse, routes: Routes, streams: Set<ServerResponse>): void {
  res.writeHead(200, { ...SECURITY, "Content-Type": "text/event-stream; charset=utf-8", Connection: "keep-alive" });
  res.write(": cai-cach preview\n\n");
  streams.add(res);
  const unsubscribe = routes.subscribe((event, data) => res.write(`event: ${event}\ndata: ${data}\n\n`));
  req.on("close", () => {
    unsubscribe();
    streams.delete(res);
  });
}

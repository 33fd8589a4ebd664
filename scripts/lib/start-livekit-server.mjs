import { spawn } from "node:child_process";
import { freePort, freeTcpAndUdpPort } from "./free-port.mjs";

/**
 * @typedef {object} LivekitServerOptions
 * @property {string} bin            the livekit-server binary (see findLivekitServer)
 * @property {string} apiKey
 * @property {string} apiSecret      at least 32 characters (LiveKit logs an error otherwise)
 * @property {string[]} [webhookUrls] where LiveKit posts its signed room events
 * @property {string} [redisAddress] host:port of a Redis shared by several nodes (multi-node mode)
 * @property {string} [host]         interface to listen on and to announce to browsers; default 127.0.0.1
 * @property {number} [port]         signalling port; default a free one
 * @property {string} [logLevel]     debug, info, warn or error; default warn
 * @property {(chunk: string) => void} [onOutput] receives the server's log; default: kept for error messages only
 *
 * @typedef {object} LivekitServer
 * @property {string} url       ws:// URL browsers and the server SDK connect to
 * @property {string} httpUrl   the same server over http:// (room service, health)
 * @property {string} apiKey
 * @property {string} apiSecret
 * @property {number} pid
 * @property {() => Promise<void>} stop  stops the server and waits for it to exit
 */

/**
 * Starts one LiveKit server on free ports and resolves once it answers.
 *
 * Media goes over one UDP port (LiveKit's UDP mux) and one TCP port for ICE
 * over TCP, announced as `host`: with the default 127.0.0.1 a browser on the
 * same machine connects without STUN or TURN, which is what development and
 * tests need. A browser on another machine needs a reachable address instead
 * (see the README).
 *
 * @param {LivekitServerOptions} options
 * @returns {Promise<LivekitServer>}
 */
export async function startLivekitServer(options) {
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort(host));
  const config = {
    port,
    bind_addresses: [host],
    keys: { [options.apiKey]: options.apiSecret },
    rtc: {
      tcp_port: await freePort(host),
      udp_port: await freeTcpAndUdpPort(host),
      node_ip: host,
      use_external_ip: false,
      enable_loopback_candidate: true,
    },
    logging: { level: options.logLevel ?? "warn" },
    ...(options.webhookUrls?.length ? { webhook: { api_key: options.apiKey, urls: options.webhookUrls } } : {}),
    ...(options.redisAddress ? { redis: { address: options.redisAddress } } : {}),
  };
  // YAML is a superset of JSON, so the config travels as JSON on the command line: no file to clean up.
  const child = spawn(options.bin, ["--config-body", JSON.stringify(config)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const onOutput = options.onOutput ?? ((chunk) => (output = (output + chunk).slice(-20_000)));
  child.stdout.setEncoding("utf8").on("data", onOutput);
  child.stderr.setEncoding("utf8").on("data", onOutput);
  const exited = new Promise((resolve) => child.once("exit", resolve));

  const httpUrl = `http://${host}:${port}`;
  await waitUntilAnswering(httpUrl, child, () => output);
  return {
    url: `ws://${host}:${port}`,
    httpUrl,
    apiKey: options.apiKey,
    apiSecret: options.apiSecret,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        // LiveKit drains rooms on SIGTERM; a test or a developer waiting on it should not wait long.
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * @param {string} httpUrl
 * @param {import("node:child_process").ChildProcess} child
 * @param {() => string} output
 */
async function waitUntilAnswering(httpUrl, child, output) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`LiveKit server exited (${child.exitCode}) before answering:\n${output()}`);
    }
    try {
      const response = await fetch(httpUrl, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`LiveKit server did not answer within 30 s:\n${output()}`);
}

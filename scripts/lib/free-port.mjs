import { createSocket } from "node:dgram";
import { createServer } from "node:net";

/**
 * A TCP port nothing listens on right now, from the OS. Tests and scripts
 * take ports this way, never fixed ones: other processes may hold any port.
 *
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export function freePort(host = "127.0.0.1") {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * A port free for both TCP and UDP (LiveKit's media port takes UDP, and a
 * port picked for TCP alone may already be bound by a UDP socket).
 *
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export async function freeTcpAndUdpPort(host = "127.0.0.1") {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freePort(host);
    if (await udpPortIsFree(port, host)) return port;
  }
  throw new Error("No port free for both TCP and UDP was found.");
}

/** @param {number} port @param {string} host @returns {Promise<boolean>} */
function udpPortIsFree(port, host) {
  return new Promise((resolve) => {
    const socket = createSocket("udp4");
    socket.once("error", () => resolve(false));
    socket.bind(port, host, () => socket.close(() => resolve(true)));
  });
}

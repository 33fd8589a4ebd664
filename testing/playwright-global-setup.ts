import { startMailPeer } from "./mail-peer";

/** Starts the SMTP peer the app under test sends its email through; the returned function stops it. */
export default async function globalSetup() {
  return startMailPeer(Number(process.env.E2E_SMTP_PORT));
}

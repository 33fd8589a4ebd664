import "server-only";
import { reconcileRooms } from "./reconcile-rooms";

/**
 * Reconciles one meeting's room before its presence is shown, so a crashed
 * tab does not linger. Costs nothing for a room with no open session; else a
 * LiveKit round trip or two. Stored presence is still served when LiveKit
 * cannot be reached: slightly stale beats an error page.
 */
export async function healPresence(roomName: string): Promise<void> {
  try {
    await reconcileRooms({ roomNames: [roomName] });
  } catch (error) {
    console.warn(`[attendance] Could not reconcile ${roomName} with LiveKit:`, (error as Error).message);
  }
}

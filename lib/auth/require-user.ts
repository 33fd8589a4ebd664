import "server-only";
import { redirect } from "next/navigation";
import { currentSession } from ".";

/** The signed-in user for a page that needs one; everyone else goes to sign-in and comes back to `path`. */
export async function requireUser(path: string) {
  const session = await currentSession();
  if (!session?.user.id) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  return session.user;
}

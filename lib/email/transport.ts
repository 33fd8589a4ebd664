/** One message as a transport sends it. `id` is the outbox row's, stable across retries. */
export interface OutgoingEmail {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** Delivers one message or throws with the provider's error; resolves with the provider's message id. */
export interface EmailTransport {
  name: "resend" | "smtp" | "mailbox";
  send(message: OutgoingEmail): Promise<{ providerMessageId: string | null }>;
}

import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export function MagicLinkEmail({
  url,
  host,
  expiresInMinutes,
}: {
  url: string;
  host: string;
  expiresInMinutes: number;
}) {
  return (
    <EmailLayout preview={`Your sign-in link for ${host}`}>
      <Text style={{ fontSize: 16 }}>Click the button to sign in to Qari at {host}.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in
      </Button>
      <Text style={{ fontSize: 14, color: "#4a4f5e" }}>
        Or paste this link into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: 14, color: "#4a4f5e" }}>
        The link works once, for {expiresInMinutes} minutes. If you did not ask for it, ignore this email.
      </Text>
    </EmailLayout>
  );
}

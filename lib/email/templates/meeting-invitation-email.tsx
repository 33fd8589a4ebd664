import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./email-layout";

export interface MeetingInvitationEmailProps {
  title: string;
  link: string;
  code: string;
  when: string | null;
  invitedBy: string | null;
  message: string | null;
}

export function MeetingInvitationEmail({ title, link, code, when, invitedBy, message }: MeetingInvitationEmailProps) {
  return (
    <EmailLayout preview={`${invitedBy ?? "You are"} invited to ${title}`}>
      <Text style={{ fontSize: 16 }}>
        {invitedBy ? `${invitedBy} invites you to` : "You are invited to"} <strong>{title}</strong>.
      </Text>
      {when && <Text style={{ fontSize: 15 }}>When: {when}</Text>}
      {message && <Text style={{ fontSize: 15, whiteSpace: "pre-line" }}>{message}</Text>}
      <Button href={link} style={buttonStyle}>
        Join the meeting
      </Button>
      <Text style={{ fontSize: 14, color: "#4a4f5e" }}>
        Link: <Link href={link}>{link}</Link>
        <br />
        Or enter the code {code} on the Qari home page.
      </Text>
    </EmailLayout>
  );
}

import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The frame every Qari email shares: plain, readable, and fine as plain text too. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: "Helvetica, Arial, sans-serif", color: "#1b1e27" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, padding: "32px 28px", margin: "32px auto" }}>
          <Text style={{ fontSize: 18, fontWeight: 700, margin: "0 0 16px" }}>Qari</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e4e6eb", margin: "28px 0 12px" }} />
          <Text style={{ fontSize: 12, color: "#6b7080", margin: 0 }}>Qari: meetings anyone can join from a link.</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#3b4ee0",
  borderRadius: 6,
  color: "#ffffff",
  display: "inline-block",
  fontSize: 15,
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
} as const;

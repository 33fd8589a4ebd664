import { MeetingGone } from "@/components/meetings/meeting-gone";

export default function MeetingNotFound() {
  return <MeetingGone reason="not-found" />;
}

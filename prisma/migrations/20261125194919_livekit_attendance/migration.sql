-- CreateTable
CREATE TABLE "LivekitEvent" (
    "id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "roomSid" TEXT,
    "roomName" TEXT,
    "participantSid" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" JSONB NOT NULL,

    CONSTRAINT "LivekitEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSession" (
    "id" TEXT NOT NULL,
    "roomSid" TEXT NOT NULL,
    "roomName" TEXT NOT NULL,
    "meetingId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "peakParticipants" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MeetingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceInterval" (
    "participantSid" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "identity" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userId" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL,
    "leftAt" TIMESTAMP(3),
    "leaveReason" TEXT,
    "published" TEXT[],

    CONSTRAINT "AttendanceInterval_pkey" PRIMARY KEY ("participantSid")
);

-- CreateIndex
CREATE INDEX "LivekitEvent_roomSid_event_idx" ON "LivekitEvent"("roomSid", "event");

-- CreateIndex
CREATE INDEX "LivekitEvent_participantSid_idx" ON "LivekitEvent"("participantSid");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingSession_roomSid_key" ON "MeetingSession"("roomSid");

-- CreateIndex
CREATE INDEX "MeetingSession_meetingId_startedAt_idx" ON "MeetingSession"("meetingId", "startedAt");

-- CreateIndex
CREATE INDEX "MeetingSession_roomName_endedAt_idx" ON "MeetingSession"("roomName", "endedAt");

-- CreateIndex
CREATE INDEX "AttendanceInterval_sessionId_joinedAt_idx" ON "AttendanceInterval"("sessionId", "joinedAt");

-- AddForeignKey
ALTER TABLE "MeetingSession" ADD CONSTRAINT "MeetingSession_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceInterval" ADD CONSTRAINT "AttendanceInterval_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MeetingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceInterval" ADD CONSTRAINT "AttendanceInterval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

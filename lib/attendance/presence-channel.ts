/** The PostgreSQL NOTIFY channel on which a changed meeting's id is announced after each derived change. */
export const PRESENCE_CHANNEL = "qari_presence";

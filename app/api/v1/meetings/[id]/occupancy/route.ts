import { apiRoute } from "@/lib/api/api-route";
import { handle } from "@/lib/api/handle";
import { countRoomOccupancy } from "@/lib/livekit/count-room-occupancy";
import { livekitApi } from "@/lib/livekit/endpoints";

// Anyone with the link, like joining: the page asks after LiveKit turned a join down.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute(
  handle(livekitApi.getRoomOccupancy, ({ params, principal }) => countRoomOccupancy(params.id, principal)),
);

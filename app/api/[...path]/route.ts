import { ApiError } from "@/lib/errors";
import { publicApiRoute } from "@/lib/api/route";

/** Unknown API paths answer in the API's error shape, not with an HTML page. */
const notFound = () => {
  throw new ApiError("not_found", "There is no API endpoint at this path. The API is described at /api/openapi.json.");
};

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = publicApiRoute({
  GET: notFound,
  POST: notFound,
  PUT: notFound,
  PATCH: notFound,
  DELETE: notFound,
});

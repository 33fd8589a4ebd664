import "server-only";
import { ApiError } from "@/lib/errors";
import { routeHandlers } from "./api-route";

const notFound = () =>
  Promise.reject(
    new ApiError("not_found", "There is no API endpoint at this path. The API is described at /api/openapi.json."),
  );

/** Unknown API paths answer in the API's error shape, for every method, not with an HTML page. */
export function unknownPathRoute() {
  return routeHandlers(["GET", "POST", "PUT", "PATCH", "DELETE"], () => notFound);
}

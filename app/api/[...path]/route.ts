import { unknownPathRoute } from "@/lib/api/unknown-path-route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = unknownPathRoute();

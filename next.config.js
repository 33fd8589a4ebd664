// @ts-check
// Validates the environment at build and start-up: a bad variable stops here, by name.
import "./lib/env.js";

/** @type {import("next").NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: true,
};

export default config;

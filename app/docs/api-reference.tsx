"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

/**
 * Interactive API docs with "try it" requests. Everything Scalar would fetch
 * from its own servers (fonts, the AI agent, the hosted client) is off: the
 * page works on a closed network.
 */
export function ApiReference() {
  return (
    <ApiReferenceReact
      configuration={{
        url: "/api/openapi.json",
        withDefaultFonts: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        telemetry: false,
        hideClientButton: true,
        showDeveloperTools: "never",
      }}
    />
  );
}

"use client";

import * as React from "react";

/** Prints the React version that hydrated the page (the test checks it is 18). */
export function ReactVersion() {
  const [version, setVersion] = React.useState<string>();
  React.useEffect(() => setVersion(React.version), []);
  return (
    <p className="text-sm text-muted-foreground">
      React <span id="react-version">{version ?? "(not hydrated)"}</span>
    </p>
  );
}

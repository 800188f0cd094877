import type { Child } from "hono/jsx";

/** The HTML shell of every page: stylesheet and script come from the Worker's own /assets routes (no inline code, so a strict CSP holds). */
export function Layout(props: { title: string; script?: string; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/translint.css" />
        {props.script ? <script src={props.script} defer></script> : null}
      </head>
      <body>{props.children}</body>
    </html>
  );
}

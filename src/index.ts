import { app } from "./worker/app";

/** The Worker entry point. */
export default app;

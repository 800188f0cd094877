// Types the Worker's own exports and bindings for tests run in the Workers pool.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../src/index");
  }
  interface Env {
    TRANSLINT_ENV?: string;
  }
}

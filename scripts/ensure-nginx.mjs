/**
 * Run before the tests (`pretest`): the multi-instance test (test/scale-out.postgresql.test.ts)
 * puts Debian's nginx in front of three instances, as the README's deployment guide does. Silent
 * when nginx is there (or NGINX_PATH names one); installs the package when this user may.
 */
import { existsSync } from "node:fs";
import { ensureDebianPackage, fail } from "./debian-package.mjs";

/** Where Debian's package puts it; the path `test/helpers/nginx.ts` uses unless NGINX_PATH is set. */
const DEBIAN_NGINX = "/usr/sbin/nginx";

// An empty NGINX_PATH means unset, as in test/helpers/nginx.ts.
const chosen = process.env.NGINX_PATH || undefined;
if (chosen !== undefined) {
  if (!existsSync(chosen)) fail(`NGINX_PATH is ${chosen}, which does not exist: point it at an nginx binary, or unset it to use Debian's nginx (${DEBIAN_NGINX}).`);
} else {
  ensureDebianPackage({
    name: "nginx",
    binary: DEBIAN_NGINX,
    why: "the multi-instance test",
    howTo: 'The multi-instance test needs nginx: run "sudo apt-get install -y nginx" (Debian/Ubuntu) or set NGINX_PATH to an nginx binary, then npm test again.',
  });
}

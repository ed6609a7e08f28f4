#!/usr/bin/env node
// Run by `npm run build`: loads the registry once so its name-key cache (dist/.cache) exists before
// the first `parley` command, which then starts without computing the keys.
const { registry } = await import('../dist/src/resolve/registry.js');
registry();

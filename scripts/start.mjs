// @ts-check
// npm start: builds the drop-in bundle, then serves the demo page and prints its URL.
import { execFileSync } from 'node:child_process';
import { serve } from './static-server.mjs';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 8000);
const { url } = await serve('.', port, process.env.HOST ?? '127.0.0.1');
console.log(`\nDemo page: ${url}/demo/\nPress Ctrl+C to stop.`);

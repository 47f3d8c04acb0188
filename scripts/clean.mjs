// `npm run build`'s first step after generating: empties dist/, so no file of an earlier build ships.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

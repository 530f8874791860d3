/** Writes schema/schema.graphql from the running code (npm run schema:emit). A test fails when it drifts. */
import { writeFileSync } from 'node:fs';
import { schemaSDL } from './schema.js';

const target = new URL('../../../schema/schema.graphql', import.meta.url);
writeFileSync(target, await schemaSDL());
console.log(`wrote ${target.pathname}`);

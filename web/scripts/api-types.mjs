// The app's API types, generated from the OpenAPI document the gateway serves (its copy in
// src/api/openapi.json, kept equal to the served one by the gateway's OpenApiDocumentIT).
//   node scripts/api-types.mjs          writes src/api/schema.d.ts
//   node scripts/api-types.mjs --check  fails when src/api/schema.d.ts is not what the copy gives
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const documentUrl = new URL('../src/api/openapi.json', import.meta.url);
const typesUrl = new URL('../src/api/schema.d.ts', import.meta.url);

const document = JSON.parse(await readFile(documentUrl, 'utf8'));
const generated = COMMENT_HEADER + astToString(await openapiTS(document));

if (process.argv.includes('--check')) {
  const current = await readFile(typesUrl, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error(
      'src/api/schema.d.ts is not what src/api/openapi.json gives: run `npm run api:types` and commit it.',
    );
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches src/api/openapi.json');
} else {
  await writeFile(typesUrl, generated);
  console.log('wrote src/api/schema.d.ts');
}

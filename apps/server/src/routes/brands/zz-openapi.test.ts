import { it } from 'vitest';
import { createTestApp } from '../../testing/test-app';
it('dump', async () => {
  const t = await createTestApp();
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  console.log(JSON.stringify(doc.paths['/api/v1/media/'] ?? doc.paths['/api/v1/media'], null, 1).slice(0, 1500));
  console.log(JSON.stringify(doc.paths['/api/v1/brands/{id}'].put.requestBody, null, 0).slice(0, 800));
  console.log(Object.keys(doc.paths).filter((p) => /brands|media|admin/.test(p)));
  await t.close();
});

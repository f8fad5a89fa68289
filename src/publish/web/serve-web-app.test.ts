import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serveWebApp } from './serve-web-app.js';

describe('serveWebApp', () => {
  it('answers on the port it reports, and says which port is taken when it is', async () => {
    const app = new Hono().get('/', (context) => context.text('ok'));
    const first = await serveWebApp(app, { port: 0 });
    try {
      expect(await (await fetch(first.url)).text()).toBe('ok');
      const port = Number(new URL(first.url).port);
      await expect(serveWebApp(app, { port })).rejects.toThrow(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use .*--port`),
      );
    } finally {
      await first.close();
    }
  });
});

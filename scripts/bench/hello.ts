// The baseline: a bare Fastify hello-world on this machine, measured in the same run as our routes.
import Fastify from '../../bff/node_modules/fastify/fastify.js';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}` }));

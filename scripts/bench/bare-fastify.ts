/**
 * The control for the latency benchmark: bare Fastify answering GET /api/countries with the same
 * JSON, precomputed, with no authentication, no database and no validation. Its latency is the
 * ceiling of Node's HTTP stack on this machine; Lens's figure is read against it.
 */
import Fastify from 'fastify';
import { bundledCountries } from '@lens/db';

const body = JSON.stringify({ countries: bundledCountries() });
const app = Fastify();
app.get('/api/health', () => ({ status: 'ok' }));
app.get('/api/countries', (_req, reply) => reply.type('application/json').send(body));
await app.listen({ port: Number(process.argv[2] ?? 8330), host: '127.0.0.1' });

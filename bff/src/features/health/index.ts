// Liveness: `/api/v1/health` (no service of its own).
export { healthFeature } from './health.routes';

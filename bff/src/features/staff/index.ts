// The staff back office's public face: its plugin (the queue and case processing run on `app.cases`).
export { staffFeature } from './staff.routes';

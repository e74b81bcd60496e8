// Service halls' public face: ratings find windows through `app.halls` (HallsService).
export { hallsFeature } from './halls.routes';
export type { HallsService, WindowPlace } from './halls.service';
export type { HallSeed, WindowSeed } from './halls.data';
export { HALLS } from './halls.data';

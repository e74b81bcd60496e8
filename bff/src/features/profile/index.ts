// The signed-in person's profile (/me): `app.profile` (ProfileService).
export { profileFeature } from './profile.routes';
export type { ProfileService } from './profile.service';

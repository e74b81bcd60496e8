// 好差评's public face: the plugin and the service other parts of the BFF reach as `app.ratings`.
export { ratingsFeature } from './ratings.routes';
export type { RatingsService } from './ratings.service';

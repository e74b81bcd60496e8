// Uploaded materials' public face: other features check ownership and show files through `app.uploads`.
export { uploadsFeature } from './uploads.routes';
export type { UploadsService, UploadView } from './uploads.service';

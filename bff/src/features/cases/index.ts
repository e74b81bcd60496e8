// Online applications' public face: its plugin and `app.cases` (CasesService), with the types other features read.
export { casesFeature } from './cases.routes';
export { CasesService, type CasesDeps, type CatalogPort, type CaseForRating, type CompletedCase, type CaseExtension, type CaseFacts, type DeadlineWatch, type CaseMonthFigures } from './cases.service';
/** Valid form data for a catalog form (tests and benchmarks of other features submit real cases with it). */
export { sampleFormData } from './cases.test-support';

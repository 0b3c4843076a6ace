// The closed vocabularies the forms' menus offer: the domain's own lists (plain values, no zod in the bundle).
export { CHANNELS, DATE_PRECISIONS, MODALITIES, POSITION_STANCES, SOURCE_KINDS } from '../../../server/domain/vocabulary.js';

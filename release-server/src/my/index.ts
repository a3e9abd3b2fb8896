export { type MyApiDeps, myApi } from './api';
export { DefaultSettingsStore } from './default-settings-store';
export { OwnHistoryStore } from './history-store';
export { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, Uploads } from './upload';

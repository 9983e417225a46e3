import 'server-only';
import { createStorage, type MediaStorage } from '../shared/media-storage';

export { createStorage, type MediaStorage } from '../shared/media-storage';

export const storage: MediaStorage = createStorage();

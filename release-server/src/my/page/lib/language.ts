import { rememberedLanguage } from '../../../web/language';

/** The language chosen last time on /my/ in this browser. */
export const { save: saveLanguage, initial: initialLanguage } = rememberedLanguage('quire.my.language');

import { catalog } from '../../i18n/i18n.js';

/**
 * Countdown texts. Numbers, unit names and plurals come from Intl, not from here. Problems with a bad `to` or
 * `session` are in English, like the data layer's problems (they are for the webmaster).
 */
export const strings = catalog({
  en: {
    startsIn: 'Starts in',
    until: 'Until {name}',
    live: 'Happening now',
    next: 'Next',
    more: 'and {n} more',
    ended: 'Ended',
  },
  zh: {
    startsIn: '距开始还有',
    until: '距{name}开始还有',
    live: '正在进行',
    next: '接下来',
    more: '另有 {n} 项',
    ended: '已结束',
  },
  ar: {
    startsIn: 'يبدأ بعد',
    until: 'حتى بدء {name}',
    live: 'يجري الآن',
    next: 'التالي',
    more: { one: 'وجلسة أخرى', two: 'وجلستان أخريان', few: 'و{n} جلسات أخرى', many: 'و{n} جلسة أخرى', other: 'و{n} جلسة أخرى' },
    ended: 'انتهى',
  },
  fr: {
    startsIn: 'Commence dans',
    until: 'Avant {name}',
    live: 'En cours',
    next: 'Ensuite',
    more: { one: 'et {n} autre', other: 'et {n} autres' },
    ended: 'Terminé',
  },
  ru: {
    startsIn: 'До начала',
    until: 'До начала: {name}',
    live: 'Сейчас идёт',
    next: 'Далее',
    more: 'и ещё {n}',
    ended: 'Завершено',
  },
  es: {
    startsIn: 'Comienza en',
    until: 'Hasta {name}',
    live: 'En curso',
    next: 'A continuación',
    more: 'y {n} más',
    ended: 'Finalizado',
  },
});

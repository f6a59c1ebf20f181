import { catalog } from '../../i18n/i18n.js';

/** UI strings of `<plenary-sponsor-strip>`. Tier names come from the conference file. */
export const strings = catalog({
  en: {
    sponsors: 'Sponsors',
    pause: 'Pause',
    play: 'Play',
    newTab: '(opens in a new tab)',
  },
  zh: {
    sponsors: '赞助与支持单位',
    pause: '暂停',
    play: '播放',
    newTab: '（在新标签页中打开）',
  },
  ar: {
    sponsors: 'الرعاة',
    pause: 'إيقاف مؤقت',
    play: 'تشغيل',
    newTab: '(يُفتح في علامة تبويب جديدة)',
  },
  fr: {
    sponsors: 'Partenaires et soutiens',
    pause: 'Pause',
    play: 'Lecture',
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
  ru: {
    sponsors: 'Спонсоры и партнёры',
    pause: 'Пауза',
    play: 'Воспроизвести',
    newTab: '(откроется в новой вкладке)',
  },
  es: {
    sponsors: 'Patrocinadores',
    pause: 'Pausar',
    play: 'Reproducir',
    newTab: '(se abre en una pestaña nueva)',
  },
});

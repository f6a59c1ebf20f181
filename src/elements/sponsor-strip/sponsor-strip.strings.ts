import { catalog } from '../../i18n/i18n.js';

/** UI strings of `<plenary-sponsor-strip>`. Tier names come from the conference file. */
export const strings = catalog({
  en: {
    sponsors: 'Sponsors',
    pause: 'Pause',
    play: 'Play',
    newTab: '(opens in a new tab)',
    empty: 'No sponsors to show.',
  },
  zh: {
    sponsors: '赞助与支持单位',
    pause: '暂停',
    play: '播放',
    newTab: '（在新标签页中打开）',
    empty: '暂无赞助单位。',
  },
  ar: {
    sponsors: 'الرعاة',
    pause: 'إيقاف مؤقت',
    play: 'تشغيل',
    newTab: '(يُفتح في علامة تبويب جديدة)',
    empty: 'لا يوجد رعاة لعرضهم.',
  },
  fr: {
    sponsors: 'Partenaires et soutiens',
    pause: 'Pause',
    play: 'Lecture',
    newTab: '(s’ouvre dans un nouvel onglet)',
    empty: 'Aucun partenaire à afficher.',
  },
  ru: {
    sponsors: 'Спонсоры и партнёры',
    pause: 'Пауза',
    play: 'Воспроизвести',
    newTab: '(откроется в новой вкладке)',
    empty: 'Нет спонсоров для показа.',
  },
  es: {
    sponsors: 'Patrocinadores',
    pause: 'Pausar',
    play: 'Reproducir',
    newTab: '(se abre en una pestaña nueva)',
    empty: 'No hay patrocinadores que mostrar.',
  },
});

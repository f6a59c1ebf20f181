import { catalog, type Message, type Messages } from '../../i18n/i18n.js';

/**
 * UI strings of `<plenary-schedule>`. Titles, names and descriptions come from the data, not from here.
 * The last ten keys are the session types the data format names; other types are shown as written.
 * English names the keys; every other language lists its strings in the same order (no key repeated six
 * times in the bundle). test/i18n checks that each has every key, none empty, with the same placeholders.
 */
const en = {
  days: 'Days',
  search: 'Search',
  filters: 'Filters',
  track: 'Track',
  room: 'Room',
  type: 'Type',
  language: 'Language',
  clear: 'Clear all',
  total: { one: '{n} session', other: '{n} sessions' },
  found: 'Matching: ',
  none: 'No sessions match.',
  agenda: 'My agenda',
  star: 'Add {title} to my agenda',
  agendaEmpty: 'Star sessions to add them to your agenda.',
  ics: 'Add to calendar',
  share: 'Share my agenda',
  copied: 'Link copied.',
  shared: 'Someone shared their agenda with you:',
  import: 'Add them to my agenda',
  zone: 'Times in {zone}',
  switch: 'Show in {zone}',
  view: 'View',
  list: 'List',
  grid: 'Grid',
  now: 'Now',
  next: 'Next',
  jump: 'Jump to now',
  close: 'Close',
  speakers: 'Speakers',
  moderators: 'Moderators',
  links: 'Links',
  live: 'Watch live',
  partOf: 'Part of',
  programme: 'Programme',
  interp: '{lang}, interpretation: {list}',
  with: '{a} ({b})', // also a count alone: ' (3)', '（3）'
  sep: '; ',
  comma: ', ',
  colon: '{a}: {b}',
  ceremony: 'Ceremony',
  keynote: 'Keynote',
  talk: 'Talk',
  panel: 'Panel',
  roundtable: 'Roundtable',
  workshop: 'Workshop',
  exhibition: 'Exhibition',
  break: 'Break',
  forum: 'Forum',
  'site-visit': 'Site visit',
};
type Key = keyof typeof en;
const tr = (t: Message[]) => Object.fromEntries(t.map((m, i) => [Object.keys(en)[i], m])) as Messages<Key>;

export const strings = catalog({
  en,
  zh: tr([
    '日期', // days
    '搜索', // search
    '筛选', // filters
    '板块', // track
    '会场', // room
    '类型', // type
    '语言', // language
    '全部清除', // clear
    { other: '{n} 场活动' }, // total
    '符合条件：', // found
    '没有符合条件的活动。', // none
    '我的日程', // agenda
    '将“{title}”加入我的日程', // star
    '点击星标，把活动加入我的日程。', // agendaEmpty
    '添加到日历', // ics
    '分享我的日程', // share
    '链接已复制。', // copied
    '有人与您分享了日程：', // shared
    '加入我的日程', // import
    '时间：{zone}', // zone
    '改用{zone}', // switch
    '视图', // view
    '列表', // list
    '网格', // grid
    '进行中', // now
    '即将开始', // next
    '跳到当前', // jump
    '关闭', // close
    '演讲嘉宾', // speakers
    '主持人', // moderators
    '链接', // links
    '观看直播', // live
    '所属活动', // partOf
    '日程安排', // programme
    '{lang}，同声传译：{list}', // interp
    '{a}（{b}）', // with
    '；', // sep
    '，', // comma
    '{a}：{b}', // colon
    '仪式', // ceremony
    '主旨报告', // keynote
    '报告', // talk
    '专题讨论', // panel
    '圆桌会议', // roundtable
    '工作坊', // workshop
    '展览', // exhibition
    '休息', // break
    '论坛', // forum
    '实地考察', // site-visit
  ]),
  ar: tr([
    'الأيام', // days
    'بحث', // search
    'التصفية', // filters
    'المسار', // track
    'القاعة', // room
    'النوع', // type
    'اللغة', // language
    'مسح الكل', // clear
    { zero: 'لا توجد جلسات', one: 'جلسة واحدة', two: 'جلستان', few: '{n} جلسات', many: '{n} جلسة', other: '{n} جلسة' }, // total
    'المطابقة: ', // found
    'لا توجد جلسات مطابقة.', // none
    'برنامجي', // agenda
    'أضف «{title}» إلى برنامجي', // star
    'ضع نجمة على الجلسات لإضافتها إلى برنامجك.', // agendaEmpty
    'أضف إلى التقويم', // ics
    'شارك برنامجي', // share
    'تم نسخ الرابط.', // copied
    'شارك أحدهم برنامجه معك:', // shared
    'أضفها إلى برنامجي', // import
    'الأوقات حسب {zone}', // zone (Intl's names already start with "توقيت": not "بتوقيت توقيت الصين")
    'اعرض الأوقات حسب {zone}', // switch
    'طريقة العرض', // view
    'قائمة', // list
    'جدول', // grid
    'الآن', // now
    'التالي', // next
    'انتقل إلى الآن', // jump
    'إغلاق', // close
    'المتحدثون', // speakers
    'مديرو الجلسة', // moderators
    'روابط', // links
    'شاهد البث المباشر', // live
    'جزء من', // partOf
    'البرنامج', // programme
    '{lang}، ترجمة فورية: {list}', // interp
    '{a} ({b})', // with
    '؛ ', // sep
    '، ', // comma
    '{a}: {b}', // colon
    'مراسم', // ceremony
    'كلمة رئيسية', // keynote
    'محاضرة', // talk
    'حلقة نقاش', // panel
    'مائدة مستديرة', // roundtable
    'ورشة عمل', // workshop
    'معرض', // exhibition
    'استراحة', // break
    'منتدى', // forum
    'زيارة ميدانية', // site-visit
  ]),
  fr: tr([
    'Jours', // days
    'Rechercher', // search
    'Filtres', // filters
    'Parcours', // track
    'Salle', // room
    'Format', // type
    'Langue', // language
    'Tout effacer', // clear
    { one: '{n} séance', other: '{n} séances' }, // total
    'Résultats\u00a0: ', // found
    'Aucune séance ne correspond.', // none
    'Mon programme', // agenda
    'Ajouter «\u00a0{title}\u00a0» à mon programme', // star
    'Ajoutez des séances avec l’étoile.', // agendaEmpty
    'Ajouter au calendrier', // ics
    'Partager mon programme', // share
    'Lien copié.', // copied
    'Quelqu’un a partagé son programme avec vous\u00a0:', // shared
    'Les ajouter à mon programme', // import
    'Heures\u00a0: {zone}', // zone
    'Afficher en {zone}', // switch
    'Affichage', // view
    'Liste', // list
    'Grille', // grid
    'En cours', // now
    'À suivre', // next
    'Aller à l’heure actuelle', // jump
    'Fermer', // close
    'Intervenants', // speakers
    'Modération', // moderators
    'Liens', // links
    'Regarder en direct', // live
    'Fait partie de', // partOf
    'Programme', // programme
    '{lang}, interprétation\u00a0: {list}', // interp
    '{a} ({b})', // with
    '\u00a0; ', // sep
    ', ', // comma
    '{a}\u00a0: {b}', // colon
    'Cérémonie', // ceremony
    'Conférence plénière', // keynote
    'Exposé', // talk
    'Débat', // panel
    'Table ronde', // roundtable
    'Atelier', // workshop
    'Exposition', // exhibition
    'Pause', // break
    'Forum', // forum
    'Visite de site', // site-visit
  ]),
  ru: tr([
    'Дни', // days
    'Поиск', // search
    'Фильтры', // filters
    'Направление', // track
    'Зал', // room
    'Формат', // type
    'Язык', // language
    'Сбросить всё', // clear
    { one: '{n} сессия', few: '{n} сессии', many: '{n} сессий', other: '{n} сессии' }, // total
    'Найдено: ', // found
    'Подходящих сессий нет.', // none
    'Моя программа', // agenda
    'Добавить «{title}» в мою программу', // star
    'Отмечайте сессии звёздочкой.', // agendaEmpty
    'Добавить в календарь', // ics
    'Поделиться программой', // share
    'Ссылка скопирована.', // copied
    'С вами поделились программой:', // shared
    'Добавить в мою программу', // import
    'Время: {zone}', // zone
    'Показать время: {zone}', // switch
    'Вид', // view
    'Список', // list
    'Сетка', // grid
    'Сейчас', // now
    'Далее', // next
    'Перейти к текущему', // jump
    'Закрыть', // close
    'Докладчики', // speakers
    'Модераторы', // moderators
    'Ссылки', // links
    'Смотреть трансляцию', // live
    'Входит в', // partOf
    'Программа', // programme
    '{lang}, перевод: {list}', // interp
    '{a} ({b})', // with
    '; ', // sep
    ', ', // comma
    '{a}: {b}', // colon
    'Церемония', // ceremony
    'Пленарный доклад', // keynote
    'Доклад', // talk
    'Дискуссия', // panel
    'Круглый стол', // roundtable
    'Мастер-класс', // workshop
    'Выставка', // exhibition
    'Перерыв', // break
    'Форум', // forum
    'Выездное посещение', // site-visit
  ]),
  es: tr([
    'Días', // days
    'Buscar', // search
    'Filtros', // filters
    'Línea temática', // track
    'Sala', // room
    'Formato', // type
    'Idioma', // language
    'Borrar todo', // clear
    { one: '{n} sesión', other: '{n} sesiones' }, // total
    'Coinciden: ', // found
    'Ninguna sesión coincide.', // none
    'Mi agenda', // agenda
    'Añadir «{title}» a mi agenda', // star
    'Marque las sesiones con la estrella.', // agendaEmpty (usted, as every Spanish message)
    'Añadir al calendario', // ics
    'Compartir mi agenda', // share
    'Enlace copiado.', // copied
    'Le han compartido una agenda:', // shared
    'Añadirlas a mi agenda', // import
    'Horario: {zone}', // zone
    'Ver en {zone}', // switch
    'Vista', // view
    'Lista', // list
    'Cuadrícula', // grid
    'Ahora', // now
    'A continuación', // next
    'Ir al momento actual', // jump
    'Cerrar', // close
    'Ponentes', // speakers
    'Moderación', // moderators
    'Enlaces', // links
    'Ver en directo', // live
    'Forma parte de', // partOf
    'Programa', // programme
    '{lang}, interpretación: {list}', // interp
    '{a} ({b})', // with
    '; ', // sep
    ', ', // comma
    '{a}: {b}', // colon
    'Ceremonia', // ceremony
    'Conferencia magistral', // keynote
    'Ponencia', // talk
    'Panel', // panel
    'Mesa redonda', // roundtable
    'Taller', // workshop
    'Exposición', // exhibition
    'Pausa', // break
    'Foro', // forum
    'Visita técnica', // site-visit
  ]),
});

export type { Key };

import { catalog } from './i18n.js';

/** Strings every widget shares: its loading, error and empty states. */
export const common = catalog({
  en: {
    loading: 'Loading the programme…',
    error: 'The programme could not be shown.',
    retry: 'Try again',
    details: 'Details',
    noSource: 'No conference data: give this element a src attribute, or place it inside <plenary-conference src="…">.',
    empty: 'Nothing to show yet.',
  },
  zh: {
    loading: '正在加载日程…',
    error: '无法显示日程。',
    retry: '重试',
    details: '详细信息',
    noSource: '没有会议数据：请为此元素设置 src 属性，或将其放在 <plenary-conference src="…"> 内。',
    empty: '暂无内容。',
  },
  ar: {
    loading: 'جارٍ تحميل البرنامج…',
    error: 'تعذّر عرض البرنامج.',
    retry: 'أعد المحاولة',
    details: 'التفاصيل',
    noSource: 'لا توجد بيانات للمؤتمر: أضف السمة src إلى هذا العنصر، أو ضعه داخل <plenary-conference src="…">.',
    empty: 'لا يوجد ما يُعرض بعد.',
  },
  fr: {
    loading: 'Chargement du programme…',
    error: 'Le programme n’a pas pu être affiché.',
    retry: 'Réessayer',
    details: 'Détails',
    noSource: 'Aucune donnée de conférence\u00a0: donnez à cet élément un attribut src, ou placez-le dans <plenary-conference src="…">.',
    empty: 'Rien à afficher pour l’instant.',
  },
  ru: {
    loading: 'Загрузка программы…',
    error: 'Не удалось показать программу.',
    retry: 'Повторить',
    details: 'Подробности',
    noSource: 'Нет данных о конференции: задайте этому элементу атрибут src или поместите его внутрь <plenary-conference src="…">.',
    empty: 'Пока нечего показать.',
  },
  es: {
    loading: 'Cargando el programa…',
    error: 'No se pudo mostrar el programa.',
    retry: 'Reintentar',
    details: 'Detalles',
    noSource: 'No hay datos de la conferencia: asigne a este elemento un atributo src o colóquelo dentro de <plenary-conference src="…">.',
    empty: 'Todavía no hay nada que mostrar.',
  },
});

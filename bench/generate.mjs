// Deterministic Plenary JSON v1 conferences for the benchmark (seeded PRNG: the same file every time).
//   node bench/generate.mjs [outDir]          writes conf-100/500/2000/5000.json, people.json, widgets.json, img/
// Each conference has several days, 10–40 rooms, tracks, nested sections (a forum session with talks that name
// it as `parent`), speakers with affiliations (~ sessions / 4), ~100 sponsors in four tiers, zh/en titles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

// Word lists: [en, zh]. The benchmark's search word is "hydrogen" (氢能): one topic of 24, ~4% of titles.
const TOPICS = [
  ['Hydrogen', '氢能'], ['Solar Power', '太阳能'], ['Battery Storage', '储能电池'], ['Smart Grids', '智能电网'],
  ['Rice Genomics', '水稻基因组'], ['Desert Agriculture', '沙漠农业'], ['Water Security', '水安全'], ['Earthquake Early Warning', '地震预警'],
  ['Satellite Navigation', '卫星导航'], ['Remote Sensing', '遥感'], ['Quantum Sensing', '量子传感'], ['High-Speed Rail', '高速铁路'],
  ['Vaccine Platforms', '疫苗平台'], ['Traditional Medicine', '传统医药'], ['Telemedicine', '远程医疗'], ['Malaria Control', '疟疾防控'],
  ['Open Data', '开放数据'], ['Machine Translation', '机器翻译'], ['Digital Silk Road', '数字丝绸之路'], ['Cybersecurity', '网络安全'],
  ['Climate Models', '气候模型'], ['Glacier Monitoring', '冰川监测'], ['Mangrove Restoration', '红树林修复'], ['Green Cement', '绿色水泥'],
];
const FRAMES = [
  ['Advances in {t}', '{t}研究进展'], ['{t} for Developing Regions', '面向发展中地区的{t}'], ['Joint Laboratories on {t}', '{t}联合实验室'],
  ['{t}: From Lab to Market', '{t}：从实验室到市场'], ['Scaling {t} Across Borders', '跨国推广{t}'], ['Standards for {t}', '{t}标准'],
  ['Training Engineers in {t}', '{t}工程师培训'], ['Lessons from Ten Years of {t}', '{t}十年经验'], ['Financing {t} Projects', '{t}项目融资'],
  ['{t} and Rural Livelihoods', '{t}与乡村民生'],
];
const FORUMS = [['Forum on {t}', '{t}论坛'], ['Symposium: {t}', '{t}专题研讨会'], ['Workshop Series on {t}', '{t}系列工作坊']];
const TYPES = ['talk', 'talk', 'talk', 'talk', 'talk', 'panel', 'keynote', 'workshop', 'roundtable'];
const GIVEN = [['Amina', '阿米娜'], ['Bolat', '博拉特'], ['Chen', '晨'], ['Dilnoza', '迪尔诺扎'], ['Elena', '叶莲娜'], ['Farid', '法里德'], ['Gulnara', '古丽娜拉'], ['Hassan', '哈桑'], ['Ivan', '伊万'], ['Jamila', '贾米拉'], ['Kofi', '科菲'], ['Lin', '琳'], ['Mehmet', '穆罕默德'], ['Nadia', '娜迪亚'], ['Oleg', '奥列格'], ['Priya', '普丽娅'], ['Rustam', '鲁斯塔姆'], ['Siti', '西蒂'], ['Tariq', '塔里克'], ['Wei', '伟']];
const FAMILY = [['Abdullaev', '阿卜杜拉耶夫'], ['Bekova', '别科娃'], ['Chaudhry', '乔杜里'], ['Diallo', '迪亚洛'], ['Estrada', '埃斯特拉达'], ['Fernando', '费尔南多'], ['Gao', '高'], ['Haddad', '哈达德'], ['Ismailova', '伊斯梅洛娃'], ['Jovanović', '约万诺维奇'], ['Kaya', '卡亚'], ['Liu', '刘'], ['Mensah', '门萨'], ['Nguyen', '阮'], ['Okonkwo', '奥孔科'], ['Petrova', '彼得罗娃'], ['Rahman', '拉赫曼'], ['Sato', '佐藤'], ['Tan', '陈'], ['Zhang', '张']];
const CITIES = [['Almaty', '阿拉木图'], ['Bangkok', '曼谷'], ['Cairo', '开罗'], ['Chongqing', '重庆'], ['Dhaka', '达卡'], ['Istanbul', '伊斯坦布尔'], ['Jakarta', '雅加达'], ['Kazan', '喀山'], ['Lagos', '拉各斯'], ['Lahore', '拉合尔'], ['Nairobi', '内罗毕'], ['Tashkent', '塔什干'], ['Tbilisi', '第比利斯'], ['Ulaanbaatar', '乌兰巴托'], ['Belgrade', '贝尔格莱德'], ['Colombo', '科伦坡']];
const INSTITUTES = [['Institute of {t}', '{t}研究所'], ['University of Science and Technology', '科技大学'], ['Academy of Sciences', '科学院'], ['Polytechnic University', '理工大学'], ['National Laboratory for {t}', '{t}国家实验室']];
const POSITIONS = [['Professor', '教授'], ['Senior Researcher', '高级研究员'], ['Director', '主任'], ['Chief Engineer', '总工程师'], ['Associate Professor', '副教授'], ['Minister of Science', '科技部长']];
const COUNTRIES = ['CN', 'KZ', 'TH', 'EG', 'BD', 'TR', 'ID', 'RU', 'NG', 'PK', 'KE', 'UZ', 'GE', 'MN', 'RS', 'LK'];
const TIERS = [['co-sponsor', 'Co-sponsors', '联合主办单位'], ['organizer', 'Organisers', '承办单位'], ['partner', 'Partners', '合作伙伴'], ['media', 'Media partners', '支持媒体']];
const COLORS = ['#b3261e', '#1f4e79', '#6a1b9a', '#00695c', '#8d6e00', '#ad1457', '#2e7d32', '#4527a0', '#00838f', '#bf360c', '#37474f', '#5d4037'];

const fill = (pair, t) => ({ en: pair[0].replace('{t}', t[0]), zh: pair[1].replace('{t}', t[1]) });
const pad = (n) => String(n).padStart(2, '0');
const at = (day, minutes) => `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
const addDays = (iso, d) => new Date(Date.parse(iso + 'T00:00:00Z') + d * 86400000).toISOString().slice(0, 10);

function speakers(r, count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const g = r.pick(GIVEN), f = r.pick(FAMILY), c = r.int(CITIES.length), t = r.pick(TOPICS);
    const inst = fill(r.pick(INSTITUTES), t);
    const s = {
      id: `sp-${i}`,
      name: { en: `${g[0]} ${f[0]}`, zh: `${f[1]}${g[1]}` },
      position: { en: r.pick(POSITIONS)[0], zh: r.pick(POSITIONS)[1] },
      affiliation: { en: `${CITIES[c][0]} ${inst.en}`, zh: `${CITIES[c][1]}${inst.zh}` },
      country: COUNTRIES[c],
    };
    if (r.chance(0.8)) s.photo = `img/p${i % 20}.svg`;
    if (r.chance(0.5)) s.bio = { en: `${s.name.en} works on ${t[0].toLowerCase()} and leads joint projects with partners in ${r.pick(CITIES)[0]}.`, zh: `${s.name.zh}从事${t[1]}研究，与${r.pick(CITIES)[1]}的合作伙伴开展联合项目。` };
    if (r.chance(0.1)) s.featured = true;
    list.push(s);
  }
  return list;
}

function sponsors(r, count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const tier = TIERS[Math.min(3, Math.floor((i / count) * 4 + r() * 0.5))][0];
    const c = r.pick(CITIES), t = r.pick(TOPICS);
    list.push({
      id: `sponsor-${i}`,
      name: { en: `${c[0]} ${t[0]} Group ${i}`, zh: `${c[1]}${t[1]}集团${i}` },
      tier,
      logo: `img/l${i % 20}.svg`,
      url: `https://example.org/sponsors/${i}`,
    });
  }
  return list;
}

/**
 * A conference of exactly `n` sessions. `start` is the first day (YYYY-MM-DD); `dayStart` and `dayEnd` are
 * minutes after midnight.
 */
export function conference(n, { seed = n, start = '2023-11-06', days, rooms, speakerCount, sponsorCount = 100, dayStart = 8 * 60, dayEnd = 20 * 60 } = {}) {
  const r = rng(seed * 7919 + 17);
  days ??= n <= 100 ? 2 : n <= 500 ? 3 : n <= 2000 ? 4 : 5;
  rooms ??= Math.max(10, Math.min(40, Math.round(n / 60)));
  speakerCount ??= Math.max(30, Math.round(n / 4));
  const trackCount = Math.max(6, Math.min(24, Math.round(n / 150)));
  const dayKeys = Array.from({ length: days }, (_, d) => addDays(start, d));
  const tracks = Array.from({ length: trackCount }, (_, i) => {
    const t = TOPICS[i % TOPICS.length];
    return { id: `track-${i}`, name: { en: i < TOPICS.length ? t[0] : `${t[0]} ${Math.floor(i / TOPICS.length) + 1}`, zh: t[1] }, color: COLORS[i % COLORS.length] };
  });
  const roomList = Array.from({ length: rooms }, (_, i) => ({ id: `room-${i}`, name: { en: `Hall ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 2 : ''}`, zh: `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 2 : ''}厅` }, capacity: 100 + r.int(20) * 50 }));
  const people = speakers(r, speakerCount);
  const sessions = [];
  const per = n / (days * rooms); // sessions per room-day (fractional: spread evenly)
  let made = 0;
  for (let d = 0; d < days && made < n; d++) {
    for (let k = 0; k < rooms && made < n; k++) {
      const slot = d * rooms + k;
      const quota = Math.min(n - made, Math.round((slot + 1) * per) - Math.round(slot * per));
      if (quota <= 0) continue;
      const len = Math.max(15, Math.floor((dayEnd - dayStart) / quota / 5) * 5);
      const track = tracks[(d * 3 + k) % trackCount];
      const topicOf = (tr) => TOPICS[Number(tr.id.slice(6)) % TOPICS.length];
      let t = dayStart;
      let parent;
      let parentEnd = 0;
      for (let q = 0; q < quota; q++) {
        const id = `s-${made}`;
        // A forum (nested section) opens a third of the room-days: it spans the next few talks.
        if (q === 0 && quota >= 4 && r.chance(0.35)) {
          const span = Math.min(quota - 1, 2 + r.int(4));
          parentEnd = t + len * (span + 1);
          parent = { id, title: fill(r.pick(FORUMS), topicOf(track)), start: at(dayKeys[d], t), end: at(dayKeys[d], Math.min(parentEnd, 24 * 60 - 1)), track: track.id, room: roomList[k].id, type: 'forum', moderators: [r.pick(people).id] };
          sessions.push(parent);
          made++;
          continue;
        }
        if (t >= parentEnd) parent = undefined;
        const isBreak = !parent && q > 0 && q % 5 === 0;
        const tr = r.chance(0.8) ? track : r.pick(tracks);
        const topic = r.chance(0.85) ? topicOf(tr) : r.pick(TOPICS);
        const type = isBreak ? 'break' : r.pick(TYPES);
        const dur = len - (r.chance(0.3) ? 5 : 0);
        const s = { id, title: isBreak ? { en: 'Coffee break', zh: '茶歇' } : fill(r.pick(FRAMES), topic), start: at(dayKeys[d], t), end: at(dayKeys[d], Math.min(t + dur, 24 * 60 - 1)), room: roomList[k].id, type };
        if (!isBreak) {
          s.track = tr.id;
          const nsp = type === 'panel' || type === 'roundtable' ? 3 + r.int(3) : type === 'break' ? 0 : 1 + r.int(2);
          const sp = new Set();
          while (sp.size < nsp) sp.add(r.pick(people).id);
          s.speakers = [...sp];
          if (type === 'panel' || type === 'roundtable') s.moderators = [r.pick(people).id];
          if (r.chance(0.5)) s.description = { en: `A session on ${topic[0].toLowerCase()} with partners from ${r.pick(CITIES)[0]} and ${r.pick(CITIES)[0]}: results so far and the next steps for joint work.`, zh: `本场聚焦${topic[1]}，来自${r.pick(CITIES)[1]}和${r.pick(CITIES)[1]}的合作伙伴介绍阶段成果与下一步联合工作。` };
          s.language = r.chance(0.6) ? 'zh' : 'en';
          if (r.chance(0.3)) s.interpretation = [s.language === 'zh' ? 'en' : 'zh'];
          if (r.chance(0.4)) s.tags = [topic[0].toLowerCase()];
        }
        if (parent && t < parentEnd) s.parent = parent.id;
        sessions.push(s);
        made++;
        t += len;
        if (t >= dayEnd) t = dayStart + r.int(4) * 15; // overfull room-day: wrap (overlaps are allowed)
      }
    }
  }
  return {
    version: 1,
    id: `bench-${n}`,
    name: { en: `Benchmark Conference (${n} sessions)`, zh: `基准测试大会（${n}场）` },
    timezone: 'Asia/Shanghai',
    start: dayKeys[0],
    end: dayKeys[days - 1],
    languages: ['zh', 'en'],
    venue: { name: { en: 'Chongqing International Expo Center', zh: '重庆国际博览中心' }, city: { en: 'Chongqing', zh: '重庆' }, country: 'CN' },
    tracks,
    rooms: roomList,
    sessions,
    speakers: people,
    tiers: TIERS.map(([id, en, zh]) => ({ id, name: { en, zh } })),
    sponsors: sponsors(r, sponsorCount),
    note: { en: 'Generated for the benchmark; every name is fictional.', zh: '为基准测试生成，所有姓名均为虚构。' },
  };
}

/** A conference happening now (yesterday to tomorrow in UTC), for the many-widgets page: countdowns and "now" markers tick. */
export function liveConference(nowMs = Date.now()) {
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const c = conference(120, { seed: 42, start: addDays(today, -1), days: 3, rooms: 10, dayStart: 0, dayEnd: 24 * 60 - 30 });
  c.id = 'bench-live';
  c.timezone = 'UTC';
  return c;
}

export const SIZES = [100, 500, 2000, 5000];

const svg = (hue, text) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="hsl(${hue} 45% 55%)"/><text x="40" y="50" font-size="28" text-anchor="middle" fill="#fff" font-family="sans-serif">${text}</text></svg>`;

/** Write every file; returns the session counts and file names. */
export function writeAll(outDir, sizes = SIZES) {
  mkdirSync(join(outDir, 'img'), { recursive: true });
  for (let i = 0; i < 20; i++) {
    writeFileSync(join(outDir, 'img', `p${i}.svg`), svg(i * 18, String.fromCharCode(65 + i)));
    writeFileSync(join(outDir, 'img', `l${i}.svg`), svg(200 + i * 7, 'L' + i).replace('viewBox="0 0 80 80"', 'viewBox="0 0 160 80"').replace('width="80"', 'width="160"').replace('x="40"', 'x="80"'));
  }
  const files = {};
  for (const n of sizes) {
    const c = conference(n);
    writeFileSync(join(outDir, `conf-${n}.json`), JSON.stringify(c));
    files[n] = { file: `conf-${n}.json`, sessions: c.sessions.length, days: c.start + '..' + c.end, rooms: c.rooms.length, tracks: c.tracks.length, speakers: c.speakers.length, sponsors: c.sponsors.length };
  }
  // The speaker grid and sponsor strip file: 500 speakers, 100 sponsors (and the sessions they speak in).
  const people = conference(400, { seed: 500, speakerCount: 500, sponsorCount: 100 });
  people.id = 'bench-people';
  writeFileSync(join(outDir, 'people.json'), JSON.stringify(people));
  files.people = { file: 'people.json', sessions: people.sessions.length, speakers: people.speakers.length, sponsors: people.sponsors.length };
  writeFileSync(join(outDir, 'widgets.json'), JSON.stringify(liveConference()));
  files.widgets = { file: 'widgets.json' };
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? new URL('./tmp/data', import.meta.url).pathname;
  console.table(writeAll(out));
}

// The demo page: every widget that exists, on the sample conference, with language/zone/clock switches.
const widgets = [
  ['plenary-countdown', 'Countdown'],
  ['plenary-schedule', 'Schedule'],
  ['plenary-speaker-grid', 'Speakers'],
  ['plenary-sponsor-strip', 'Sponsors'],
];
const host = document.getElementById('demo-widgets');
for (const [tag, title] of widgets) {
  const h = document.createElement('h2');
  h.textContent = title;
  const el = document.createElement(tag);
  host.append(h, el);
  customElements.whenDefined(tag).then(null, () => {});
  // A widget not built yet says so instead of leaving a gap.
  setTimeout(() => {
    if (!customElements.get(tag)) h.textContent = `${title} (not built yet)`;
  }, 3000);
}
const conf = document.getElementById('conf');
const form = document.getElementById('demo-controls');
const apply = () => {
  const f = new FormData(form);
  conf.setAttribute('lang', f.get('lang'));
  conf.setAttribute('time-zone', f.get('tz'));
  if (f.get('now')) conf.setAttribute('now', f.get('now'));
  else conf.removeAttribute('now');
  document.documentElement.classList.toggle('dark', !!f.get('dark'));
  for (const el of host.children) if (el.requestUpdate) el.requestUpdate();
};
form.addEventListener('change', apply);
apply();

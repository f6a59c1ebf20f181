// A trivial stand-in for <plenary-schedule>, used only to develop and check the harness when the real element
// is not built yet (`node bench/run.mjs --standin`): a shadow root, a search box, track checkboxes, and one
// article per session, rendered with innerHTML. Not Plenary; never reported as Plenary's figures.
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const en = (t) => (typeof t === 'string' ? t : (t?.en ?? Object.values(t ?? {})[0] ?? ''));

class StandIn extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.query = '';
    this.tracks = new Set();
    this.updateComplete = Promise.resolve(true);
  }

  async connectedCallback() {
    this.shadowRoot.innerHTML = '<p>Loading…</p>';
    this.data = await (await fetch(this.getAttribute('src'))).json();
    this.shadowRoot.addEventListener('input', (e) => {
      const t = e.composedPath()[0];
      if (t.type === 'search') this.query = t.value.toLowerCase();
      else if (t.type === 'checkbox' && t.checked) this.tracks.add(t.value);
      else if (t.type === 'checkbox') this.tracks.delete(t.value);
      this.updateComplete = Promise.resolve().then(() => this.render(false));
    });
    this.render(true);
  }

  render(all) {
    const d = this.data;
    const day = this.getAttribute('day');
    const shown = d.sessions.filter((s) => (!day || day === 'all' || s.start.startsWith(day)) && (!this.tracks.size || this.tracks.has(s.track)) && (!this.query || en(s.title).toLowerCase().includes(this.query)));
    const list = shown.map((s) => `<article part="session" data-id="${esc(s.id)}"><time>${s.start.slice(11, 16)}</time> <h3 part="session-title">${esc(en(s.title))}</h3></article>`).join('');
    if (all) {
      const tracks = d.tracks.map((t) => `<label><input type="checkbox" value="${esc(t.id)}"> ${esc(en(t.name))}</label>`).join('');
      this.shadowRoot.innerHTML = `<style>article{display:flex;gap:1ch;border-block-end:1px solid #ccc}h3{margin:0;font-size:1rem}</style><input type="search" aria-label="Search"><fieldset>${tracks}</fieldset><div id="list">${list}</div>`;
    } else {
      this.shadowRoot.getElementById('list').innerHTML = list;
    }
    return true;
  }
}
customElements.define('plenary-schedule', StandIn);

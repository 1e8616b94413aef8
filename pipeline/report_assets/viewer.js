/* kehoach evidence viewer: the index (search, filters, sortable paginated tables) and the document
   page (highlights, toggles, corrections). Plain JavaScript, no library, no network: the data is the
   JSON embedded in each page; an analyst's decisions live in localStorage, keyed by the report, and
   leave as a corrections JSON file (format in gold/README.md) for `kehoach gold import`. */
(function () {
  'use strict';
  const DATA = JSON.parse(document.getElementById('data').textContent);
  const KEY = 'kehoach-corrections:' + DATA.report;
  const PAGE_SIZE = 25;
  const collator = new Intl.Collator('vi', {numeric: true, sensitivity: 'base'});

  // ---- helpers ------------------------------------------------------------------------------------------------
  function esc(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g,
      c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }
  // accents optional: `cong an` finds `Công an`; a query written with accents matches them exactly
  function fold(text) {
    return (text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  }
  // a long title or paragraph cut to its start, whole on hover
  function short(text, size) {
    text = text || '';
    return text.length > size ? '<span title="' + esc(text) + '">' + esc(text.slice(0, size)) + '…</span>' : esc(text);
  }
  function lower(text) { return (text || '').normalize('NFC').toLowerCase(); }
  function query(text) {
    const accented = /[^\x00-\x7f]/.test(text);
    const tokens = (accented ? lower(text) : fold(text)).split(/\s+/).filter(Boolean);
    return {tokens, accented};
  }
  function matches(q, item) {
    if (!q.tokens.length) return true;
    const hay = q.accented ? item.hayExact : item.hayFolded;
    return q.tokens.every(t => hay.includes(t));
  }
  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], {type}));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }
  const FORMULA = /^[=+\-@\t\r\0]/;  // as pipeline.outputs.csv_cell: text that a spreadsheet would run
  function csv(rows, columns) {
    const cell = value => {
      let text = value == null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
      if (typeof value === 'string' && FORMULA.test(text)) text = "'" + text;
      return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    };
    const lines = [columns.join(',')].concat(rows.map(row => columns.map(c => cell(row[c])).join(',')));
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  }
  function recordRow(doc, rec, entry) {
    return {doc_id: doc.id, province: doc.province || '', issuer: doc.issuer || '', record: rec.id, type: rec.type,
      text: rec.text, label: rec.label, section: rec.section, rule: rec.rule, confidence: rec.confidence,
      agencies: rec.agencies.map(a => a[0] + ' (' + a[1] + ')'), page: rec.page,
      span_start: rec.span ? rec.span[0] : null, span_end: rec.span ? rec.span[1] : null,
      decision: entry ? entry.decision : ''};
  }
  const CSV_COLUMNS = ['doc_id', 'province', 'issuer', 'record', 'type', 'text', 'label', 'section', 'rule',
    'confidence', 'agencies', 'page', 'span_start', 'span_end', 'decision'];

  // ---- decisions ----------------------------------------------------------------------------------------------
  let memory = null;  // when the browser refuses localStorage to file:// pages, decisions last as long as the page
  function loadStore() {
    try {
      const stored = JSON.parse(localStorage.getItem(KEY));
      if (stored && stored.entries) return stored;
    } catch (e) { /* no storage: keep the page's own copy */ }
    return memory || {entries: {}, reviewed: {}};
  }
  function saveStore(store) {
    memory = store;
    try { localStorage.setItem(KEY, JSON.stringify(store)); } catch (e) { /* see loadStore */ }
  }
  function entryKey(docId, recId) { return docId + '|' + recId; }
  function entryOf(store, docId, recId) { return store.entries[entryKey(docId, recId)]; }
  // one decision per record; the same button pressed again withdraws it
  function decide(docId, source, rec, decision, edited, note) {
    const store = loadStore();
    const key = entryKey(docId, rec.id);
    const old = store.entries[key];
    if (old && old.decision === decision && (decision === 'right' || decision === 'wrong')) {
      delete store.entries[key];
    } else {
      store.entries[key] = {doc_id: docId, source: source, type: rec.type, record: rec.added ? null : rec.id,
        span: rec.span, text: rec.text, decision: decision, fields: rec.added ? {} : rec.fields,
        edited: edited || {}, note: note || null};
    }
    saveStore(store);
    return store;
  }
  function forget(docId, recId) {
    const store = loadStore();
    delete store.entries[entryKey(docId, recId)];
    saveStore(store);
  }
  function exportCorrections() {
    const store = loadStore();
    const out = {format: 'kehoach-corrections', version: 1, report: DATA.report, exported: new Date().toISOString(),
      reviewed: store.reviewed, entries: Object.values(store.entries)};
    download('corrections.json', JSON.stringify(out, null, 1) + '\n', 'application/json');
  }
  function showCount() {
    const entries = Object.values(loadStore().entries);
    const el = document.getElementById('decisions-count');
    if (el) el.textContent = entries.length ? entries.length + ' decision' + (entries.length > 1 ? 's' : '') + ' kept in this browser' : '';
  }
  document.getElementById('export-corrections').addEventListener('click', exportCorrections);

  // ---- a sortable, paginated table ----------------------------------------------------------------------------
  function Grid(table, pager, columns, onRender) {
    this.table = table; this.pager = pager; this.columns = columns; this.rows = []; this.page = 0;
    this.sort = {key: null, dir: 1}; this.onRender = onRender;
    const head = columns.map(c => c.sortable === false ? '<th>' + esc(c.label) + '</th>' :
      '<th aria-sort="none" data-key="' + c.key + '"><button type="button">' + esc(c.label) + '</button></th>').join('');
    table.innerHTML = '<thead><tr>' + head + '</tr></thead><tbody></tbody>';
    table.querySelectorAll('th[data-key] button').forEach(b => b.addEventListener('click', () => {
      const key = b.parentElement.dataset.key;
      this.sort = {key, dir: this.sort.key === key ? -this.sort.dir : 1};
      this.page = 0;
      this.render();
    }));
  }
  Grid.prototype.value = function (row, key) {
    const col = this.columns.find(c => c.key === key);
    return col.get ? col.get(row) : row[key];
  };
  Grid.prototype.setRows = function (rows) { this.rows = rows; this.page = 0; this.render(); };
  Grid.prototype.sorted = function () {
    if (!this.sort.key) return this.rows;
    const {key, dir} = this.sort;
    return this.rows.slice().sort((a, b) => {
      const x = this.value(a, key), y = this.value(b, key);
      if (x == null || x === '') return (y == null || y === '') ? 0 : 1;  // blanks last either way
      if (y == null || y === '') return -1;
      return dir * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
    });
  };
  Grid.prototype.render = function () {
    const rows = this.sorted();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    this.page = Math.min(this.page, pages - 1);
    const shown = rows.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    this.table.querySelectorAll('th[data-key]').forEach(th => th.setAttribute('aria-sort',
      th.dataset.key !== this.sort.key ? 'none' : this.sort.dir > 0 ? 'ascending' : 'descending'));
    this.table.tBodies[0].innerHTML = shown.map(row => '<tr data-i="' + row.i + '">' + this.columns.map(c =>
      '<td' + (c.num ? ' class="num"' : '') + '>' + (c.html ? c.html(row) : esc(this.value(row, c.key))) + '</td>'
    ).join('') + '</tr>').join('');
    const first = rows.length ? this.page * PAGE_SIZE + 1 : 0;
    this.pager.innerHTML = '<button type="button" data-go="-1"' + (this.page ? '' : ' disabled') + '>‹ previous</button>' +
      '<span>' + first + '–' + Math.min(rows.length, (this.page + 1) * PAGE_SIZE) + ' of ' + rows.length + '</span>' +
      '<button type="button" data-go="1"' + (this.page < pages - 1 ? '' : ' disabled') + '>next ›</button>';
    this.pager.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
      this.page += Number(b.dataset.go);
      this.render();
    }));
    if (this.onRender) this.onRender();
  };

  // ---- a table written into the page (the lineage), paged and narrowed by the search ----------------------------
  function Paged(table) {
    this.rows = [...table.rows].slice(1);
    this.rows.forEach(tr => { tr.hayExact = lower(tr.textContent); tr.hayFolded = fold(tr.textContent); });
    this.pager = document.createElement('div');
    this.pager.className = 'pager';
    table.parentElement.after(this.pager);
    this.page = 0;
    this.shown = this.rows;
  }
  Paged.prototype.filter = function (q) { this.shown = this.rows.filter(tr => matches(q, tr)); this.page = 0; this.render(); };
  Paged.prototype.render = function () {
    const pages = Math.max(1, Math.ceil(this.shown.length / PAGE_SIZE));
    const visible = new Set(this.shown.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE));
    this.rows.forEach(tr => { tr.hidden = !visible.has(tr); });
    this.pager.innerHTML = this.shown.length <= PAGE_SIZE ? '' :
      '<button type="button" data-go="-1"' + (this.page ? '' : ' disabled') + '>‹ previous</button><span>' +
      (this.page * PAGE_SIZE + 1) + '–' + Math.min(this.shown.length, (this.page + 1) * PAGE_SIZE) + ' of ' +
      this.shown.length + '</span><button type="button" data-go="1"' + (this.page < pages - 1 ? '' : ' disabled') +
      '>next ›</button>';
    this.pager.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
      this.page += Number(b.dataset.go);
      this.render();
    }));
  };

  // ---- index --------------------------------------------------------------------------------------------------
  function initIndex() {
    const docs = DATA.documents, recs = DATA.records;
    docs.forEach((d, i) => {
      d.i = i;
      const hay = [d.title, d.issuer, d.number, d.id].join(' ');
      d.hayExact = lower(hay); d.hayFolded = fold(hay); d.inView = 0;
    });
    recs.forEach((r, i) => {
      r.i = i;
      const hay = r.text + ' ' + r.label;
      r.hayExact = lower(hay); r.hayFolded = fold(hay);
    });
    const controls = {q: 'q', province: 'f-province', level: 'f-level', doctype: 'f-doctype', year: 'f-year',
      type: 'f-type', agency: 'f-agency', role: 'f-role'};
    const el = {};
    Object.entries(controls).forEach(([k, id]) => { el[k] = document.getElementById(id); });
    function options(select, values) {
      const counts = new Map();
      values.forEach(v => { if (v != null && v !== '') counts.set(v, (counts.get(v) || 0) + 1); });
      const keys = [...counts.keys()].sort((a, b) => collator.compare(String(a), String(b)));
      select.insertAdjacentHTML('beforeend', keys.map(v => '<option value="' + esc(v) + '">' + esc(v) + ' (' +
        counts.get(v) + ')</option>').join(''));
    }
    options(el.province, docs.map(d => d.province));
    options(el.level, docs.map(d => d.level));
    options(el.doctype, docs.map(d => d.type));
    options(el.year, docs.map(d => d.year));
    options(el.type, recs.map(r => r.type));
    el.role.insertAdjacentHTML('beforeend', DATA.roles.map(r => '<option value="' + r + '">' + r + '</option>').join(''));
    const agencyCounts = new Map();
    recs.forEach(r => r.agencies.forEach(([name]) => agencyCounts.set(name, (agencyCounts.get(name) || 0) + 1)));
    const agencies = [...agencyCounts.keys()].sort((a, b) => agencyCounts.get(b) - agencyCounts.get(a));
    const agencySet = new Set(agencies.map(lower));
    document.getElementById('agency-list').innerHTML = agencies.map(a => '<option value="' + esc(a) + '">').join('');

    const docLink = (d, anchor) => '<a href="' + esc(d.page + (anchor || '')) + '">';
    const docsGrid = new Grid(document.getElementById('docs-table'), document.getElementById('docs-pager'), [
      {key: 'title', label: 'document', get: d => d.title || d.id,
        html: d => docLink(d) + short(d.title || d.id, 160) + '</a><br><small>' + esc(d.id) + '</small>'},
      {key: 'province', label: 'province'}, {key: 'issuer', label: 'issuer'}, {key: 'level', label: 'level'},
      {key: 'type', label: 'type'}, {key: 'number', label: 'number'}, {key: 'date', label: 'date'},
      {key: 'topics', label: 'topics', get: d => d.topics.join(', ')},
    ].concat(DATA.types.map(t => ({key: 'n-' + t, label: t, num: true, get: d => d.counts[t]})), [
      {key: 'warnings', label: 'warnings', num: true, get: d => d.warnings.length},
      {key: 'inView', label: 'records in view', num: true},
    ]));
    function decisionButtons(r) {
      const entry = entryOf(loadStore(), docs[r.doc].id, r.id);
      const on = act => entry && entry.decision === act ? ' class="on" aria-pressed="true"' : ' aria-pressed="false"';
      return '<button type="button" data-act="right" title="right"' + on('right') + '>✓</button> ' +
        '<button type="button" data-act="wrong" title="wrong"' + on('wrong') + '>✗</button>' +
        (entry && entry.decision === 'edited' ? ' <small>edited</small>' : '');
    }
    const recordsGrid = new Grid(document.getElementById('records-table'), document.getElementById('records-pager'), [
      {key: 'decision', label: 'right / wrong', sortable: false, html: decisionButtons},
      {key: 'type', label: 'type'},
      {key: 'doc', label: 'document', get: r => docs[r.doc].id,
        html: r => docLink(docs[r.doc], '#r-' + r.id) + esc(docs[r.doc].id) + '</a>'},
      {key: 'province', label: 'province', get: r => docs[r.doc].province},
      {key: 'text', label: 'text', html: r => short(r.text, 220)},
      {key: 'label', label: 'details', html: r => short(r.label, 160)}, {key: 'rule', label: 'rule'},
      {key: 'confidence', label: 'confidence', num: true},
    ], () => {
      const store = loadStore();
      recordsGrid.table.querySelectorAll('tbody tr').forEach(tr => {
        const r = recs[Number(tr.dataset.i)];
        const entry = entryOf(store, docs[r.doc].id, r.id);
        tr.className = entry ? 'd-' + entry.decision : '';
      });
      showCount();
    });
    recordsGrid.table.addEventListener('click', e => {
      const button = e.target.closest('button[data-act]');
      if (!button) return;
      const r = recs[Number(button.closest('tr').dataset.i)];
      const d = docs[r.doc];
      decide(d.id, d.source, r, button.dataset.act);
      const focus = button.dataset.act;
      const row = button.closest('tr');
      row.cells[0].innerHTML = decisionButtons(r);
      row.cells[0].querySelector('[data-act="' + focus + '"]').focus();
      recordsGrid.onRender();
    });

    const lineage = [...document.querySelectorAll('table.paged')].map(t => new Paged(t));
    let inView = recs;
    function apply() {
      const s = {};
      Object.keys(controls).forEach(k => { s[k] = el[k].value.trim(); });
      const q = query(s.q);
      const agency = lower(s.agency);
      const exactAgency = agencySet.has(agency);
      const docOk = docs.map(d => (!s.province || d.province === s.province) && (!s.level || d.level === s.level) &&
        (!s.doctype || d.type === s.doctype) && (!s.year || String(d.year) === s.year));
      const agencyOk = r => (!agency && !s.role) || r.agencies.some(([name, role]) =>
        (!agency || (exactAgency ? lower(name) === agency : fold(name).includes(fold(agency)))) &&
        (!s.role || role === s.role));
      inView = recs.filter(r => docOk[r.doc] && (!s.type || r.type === s.type) && agencyOk(r) && matches(q, r));
      docs.forEach(d => { d.inView = 0; });
      inView.forEach(r => { docs[r.doc].inView += 1; });
      const byRecords = s.type || agency || s.role;
      const docRows = docs.filter(d => docOk[d.i] && (d.inView > 0 || (!byRecords && matches(q, d))));
      docsGrid.setRows(docRows);
      lineage.forEach(t => t.filter(q));
      recordsGrid.setRows(inView);
      document.getElementById('docs-count').textContent = docRows.length + ' of ' + docs.length;
      document.getElementById('records-count').textContent = inView.length + ' of ' + recs.length;
    }
    let timer = null;
    el.q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(apply, 150); });
    Object.keys(controls).filter(k => k !== 'q').forEach(k => {
      el[k].addEventListener(el[k].tagName === 'SELECT' ? 'change' : 'input', apply);
    });
    document.getElementById('clear').addEventListener('click', () => {
      Object.values(el).forEach(e => { e.value = ''; });
      apply();
    });
    document.getElementById('export-csv').addEventListener('click', () => {
      const store = loadStore();
      download('records.csv', csv(inView.map(r => recordRow(docs[r.doc], r, entryOf(store, docs[r.doc].id, r.id))),
        CSV_COLUMNS), 'text/csv');
    });
    // decisions exported elsewhere (another browser, a colleague) taken back in, to go on reviewing
    document.getElementById('load-corrections').addEventListener('change', e => {
      const file = e.target.files[0];
      if (!file) return;
      file.text().then(text => {
        const loaded = JSON.parse(text);
        if (loaded.format !== 'kehoach-corrections') throw new Error('not a corrections file');
        const store = loadStore();
        loaded.entries.forEach(entry => {
          const id = entry.record || 'added-' + entry.type + '-' + (entry.span || []).join('-');
          store.entries[entryKey(entry.doc_id, id)] = entry;
        });
        Object.entries(loaded.reviewed || {}).forEach(([docId, types]) => {
          store.reviewed[docId] = [...new Set((store.reviewed[docId] || []).concat(types))];
        });
        saveStore(store);
        recordsGrid.render();
      }).catch(err => alert('Could not load ' + file.name + ': ' + err.message));
    });
    apply();
  }

  // ---- document page ------------------------------------------------------------------------------------------
  function initDocument() {
    const doc = DATA.doc, recs = DATA.records;
        function light(id) {
      document.querySelectorAll('.active').forEach(e => e.classList.remove('active'));
      const rec = document.getElementById('r-' + id);
      const segs = document.querySelectorAll('.seg[data-recs~="' + id + '"]');
      segs.forEach(s => s.classList.add('active'));
      if (rec) rec.classList.add('active');
      return {rec, segs};
    }
    function lightAndShow(id) {
      const {segs} = light(id);
      if (segs.length) segs[0].scrollIntoView({block: 'center'});
    }
    document.querySelectorAll('li.rec').forEach(li => {
      li.addEventListener('click', e => { if (!e.target.closest('button, a')) lightAndShow(li.dataset.rec); });
      li.addEventListener('keydown', e => {
        if ((e.key === 'Enter' || e.key === ' ') && e.target === li) { e.preventDefault(); lightAndShow(li.dataset.rec); }
      });
    });
    if (location.hash.startsWith('#r-')) {  // opened from the index or a chart's bar: light that record
      lightAndShow(location.hash.slice(3));
      const li = document.getElementById(location.hash.slice(1));
      if (li) li.scrollIntoView({block: 'center'});
    }
    document.querySelectorAll('.seg').forEach(s => s.addEventListener('click', () => {
      const {rec} = light(s.dataset.recs.split(' ')[0]);
      if (rec) rec.scrollIntoView({block: 'center'});
    }));
    document.querySelectorAll('input[data-toggle]').forEach(box => box.addEventListener('change', () => {
      document.body.classList.toggle('hide-' + box.dataset.toggle, !box.checked);
    }));

    function refresh() {
      const store = loadStore();
      document.querySelectorAll('li.rec[data-rec]').forEach(li => {
        const entry = entryOf(store, doc.id, li.dataset.rec);
        li.classList.remove('d-right', 'd-wrong', 'd-edited', 'd-added');
        li.querySelectorAll('button[data-act]').forEach(b => {
          const on = entry && (entry.decision === b.dataset.act || (entry.decision === 'edited' && b.dataset.act === 'edit'));
          b.classList.toggle('on', !!on);
          b.setAttribute('aria-pressed', on ? 'true' : 'false');
        });
        if (entry) li.classList.add('d-' + entry.decision);
      });
      const added = Object.entries(store.entries).filter(([, e]) => e.doc_id === doc.id && e.decision === 'added');
      document.getElementById('added-group').hidden = !added.length;
      document.getElementById('added').innerHTML = added.map(([key, e]) => '<li class="rec d-added ' + esc(e.type) +
        '" data-key="' + esc(key) + '"><b>' + esc(e.type.slice(0, -1)) + '</b> ' + esc(JSON.stringify(e.edited)) +
        '<br><small>' + esc(e.text) + '</small> <button type="button" data-forget="' + esc(key) +
        '" title="remove">remove</button></li>').join('');
      document.querySelectorAll('button[data-forget]').forEach(b => b.addEventListener('click', () => {
        const store2 = loadStore();
        delete store2.entries[b.dataset.forget];
        saveStore(store2);
        refresh();
      }));
      showCount();
    }

    // the editor: the record's gold fields, prefilled; lists are written `a; b`, a timeframe as JSON
    const editor = document.getElementById('editor');
    const LISTS = new Set(['lead', 'partners', 'advisors']);
    const NUMBERS = new Set(['value', 'value_max', 'denominator']);
    function shown(value) {
      if (value == null) return '';
      if (Array.isArray(value)) return value.join('; ');
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
    }
    function parsed(name, input) {
      if (input.type === 'checkbox') return input.checked;
      const text = input.value.trim();
      if (LISTS.has(name)) return text ? text.split(';').map(s => s.trim()).filter(Boolean) : [];
      if (!text) return null;
      if (NUMBERS.has(name)) return Number(text.replace(',', '.'));
      if (name === 'timeframe') { try { return JSON.parse(text); } catch (e) { return text; } }
      return text;
    }
    function openEditor(rec, decision, returnFocus) {
      const store = loadStore();
      const entry = entryOf(store, doc.id, rec.id);
      const values = Object.assign({}, rec.fields || {}, entry ? entry.edited : {});
      const names = DATA.fields[rec.type];
      editor.innerHTML = '<b>' + (decision === 'added' ? 'New ' : 'Edit ') + esc(rec.type.slice(0, -1)) + '</b>: <q>' +
        esc(rec.text.slice(0, 200)) + '</q><br>' + names.map(name => {
          const value = values[name];
          const input = name === 'generic' ? '<input type="checkbox" data-field="generic"' + (value ? ' checked' : '') + '>'
            : '<input data-field="' + name + '" value="' + esc(shown(value)) + '" size="' + (LISTS.has(name) ||
              name === 'subject' || name === 'timeframe' ? 40 : 12) + '">';
          return '<label>' + esc(name) + ' ' + input + '</label>';
        }).join('') + '<label>note <input data-field="__note" size="40" value="' + esc(entry && entry.note || '') +
        '"></label> <button type="button" id="editor-save">Save</button> <button type="button" id="editor-cancel">' +
        'Cancel</button>';
      editor.hidden = false;
      editor.querySelector('input').focus();
      const close = () => { editor.hidden = true; editor.innerHTML = ''; if (returnFocus) returnFocus.focus(); };
      document.getElementById('editor-cancel').addEventListener('click', close);
      document.getElementById('editor-save').addEventListener('click', () => {
        const edited = {};
        editor.querySelectorAll('input[data-field]').forEach(input => {
          const name = input.dataset.field;
          if (name === '__note') return;
          const value = parsed(name, input);
          const before = rec.fields ? rec.fields[name] : undefined;
          if (decision === 'added' ? value != null && !(Array.isArray(value) && !value.length)
            : JSON.stringify(value) !== JSON.stringify(before == null ? null : before)) edited[name] = value;
        });
        const note = editor.querySelector('input[data-field="__note"]').value.trim();
        decide(doc.id, doc.source, rec, decision, edited, note);
        close();
        refresh();
      });
    }
    document.querySelectorAll('li.rec button[data-act]').forEach(b => b.addEventListener('click', e => {
      e.stopPropagation();
      const li = b.closest('li.rec');
      const rec = recs[li.dataset.rec];
      if (b.dataset.act === 'edit') openEditor(rec, 'edited', b);
      else { decide(doc.id, doc.source, rec, b.dataset.act); refresh(); }
    }));
    document.querySelectorAll('button[data-rest]').forEach(b => b.addEventListener('click', () => {
      const type = b.dataset.rest;
      const store = loadStore();
      Object.values(recs).filter(r => r.type === type && !entryOf(store, doc.id, r.id)).forEach(r => {
        store.entries[entryKey(doc.id, r.id)] = {doc_id: doc.id, source: doc.source, type: r.type, record: r.id,
          span: r.span, text: r.text, decision: 'right', fields: r.fields, edited: {}, note: null};
      });
      const reviewed = store.reviewed[doc.id] || [];
      if (!reviewed.includes(type)) reviewed.push(type);
      store.reviewed[doc.id] = reviewed;
      saveStore(store);
      refresh();
    }));

    // a missed record: the selected text's offsets come from the piece of text it starts and ends in
    const textPane = document.getElementById('text');
    function offset(node, within) {
      if (node.nodeType === Node.TEXT_NODE) {
        const piece = node.parentElement.closest('[data-a]');
        return piece ? Number(piece.dataset.a) + within : null;
      }
      if (node === textPane) {
        const child = textPane.childNodes[within];
        return child ? Number(child.dataset.a) : textPane.textContent.length;
      }
      const piece = node.closest ? node.closest('[data-a]') : null;
      return piece ? Number(piece.dataset.a) + (within ? piece.textContent.length : 0) : null;
    }
    document.getElementById('add-selection').addEventListener('click', () => {
      const selection = window.getSelection();
      if (!selection.rangeCount || selection.isCollapsed) { alert('Select the missed record in the text first.'); return; }
      const range = selection.getRangeAt(0);
      if (!textPane.contains(range.commonAncestorContainer)) { alert('Select text in the document pane.'); return; }
      let start = offset(range.startContainer, range.startOffset), end = offset(range.endContainer, range.endOffset);
      const raw = range.toString();
      const text = raw.trim();
      if (start == null || end == null || !text) return;
      start += raw.length - raw.trimStart().length;
      end -= raw.length - raw.trimEnd().length;
      const type = document.getElementById('add-type').value;
      const rec = {id: 'added-' + type + '-' + start + '-' + end, type, span: [start, end], text, fields: {}, added: true};
      openEditor(rec, 'added', document.getElementById('add-selection'));
    });
    document.getElementById('export-csv').addEventListener('click', () => {
      const store = loadStore();
      const hidden = new Set([...document.querySelectorAll('input[data-toggle]')].filter(b => !b.checked)
        .map(b => b.dataset.toggle));
      const rows = Object.values(recs).filter(r => !hidden.has(r.type))
        .map(r => recordRow(doc, r, entryOf(store, doc.id, r.id)));
      download(doc.id + '.csv', csv(rows, CSV_COLUMNS), 'text/csv');
    });
    refresh();
  }

  if (DATA.page === 'index') initIndex(); else initDocument();
})();

/* kg-taamin graph viewer: canvas rendering of a d3-force layout, right-to-left Persian labels,
   search by name, evidence for a clicked node or edge. No network access; data is embedded. */
(function () {
  "use strict";
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var STYLE = JSON.parse(document.getElementById("graph-style").textContent);
  var FONT = 'Vazirmatn, Vazir, Tahoma, "DejaVu Sans", "Noto Sans Arabic", sans-serif';

  // ---- Persian folding, the same as loader.text_keys.fold ------------------------------------
  var FOLD = {"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
              "ؤ": "و", "ـ": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": ""};
  for (var d = 0; d < 10; d++) { FOLD[String.fromCharCode(0x06F0 + d)] = String(d); FOLD[String.fromCharCode(0x0660 + d)] = String(d); }
  function fold(text) {
    var out = "";
    for (var ch of String(text)) {
      if (FOLD.hasOwnProperty(ch)) { out += FOLD[ch]; continue; }
      var c = ch.codePointAt(0);
      if ((c >= 0x064B && c <= 0x065F) || c === 0x0670 || (c >= 0x06D6 && c <= 0x06ED)) continue;
      if (/[\s\u00a0]/.test(ch)) continue;
      out += ch;
    }
    return out.toLowerCase();
  }

  // ---- model ---------------------------------------------------------------------------------
  var nodes = DATA.nodes.map(function (n) {
    var label = n.label;
    var st = STYLE.labels[label] || STYLE.fallback;
    var names = [n.caption];
    ["name", "aliases", "label", "title", "text"].forEach(function (k) {
      var v = n.properties[k];
      if (Array.isArray(v)) names = names.concat(v); else if (typeof v === "string") names.push(v);
    });
    return {id: n.id, labels: n.labels, label: label, caption: n.caption, props: n.properties,
            color: st.color, size: st.size, degree: 0, keys: names.map(fold), evidence: [], links: []};
  });
  var byId = new Map(nodes.map(function (n) { return [n.id, n]; }));
  var links = [];
  DATA.links.forEach(function (l) {
    var s = byId.get(l.source), t = byId.get(l.target);
    if (!s || !t) return;
    var link = {id: l.id, type: l.type, s: s, t: t, props: l.properties, caption: l.properties.title || l.type};
    links.push(link);
    s.links.push(link); t.links.push(link);
    s.degree++; t.degree++;
  });
  function evidenceOf(props) {
    return props && props.sentence ? {sentence: props.sentence, doc: props.doc, start: props.raw_start, end: props.raw_end} : null;
  }
  // Evidence per node: its relationships' sentences and the Mentions that refer to it.
  links.forEach(function (l) {
    var ev = evidenceOf(l.props);
    if (l.type === "REFERS_TO" && l.s.label === "Mention") {
      var m = evidenceOf(l.s.props) || {sentence: l.s.props.text, doc: l.s.props.doc, start: l.s.props.raw_start, end: l.s.props.raw_end};
      m.via = "اشاره: «" + (l.s.props.text || "") + "»";
      l.t.evidence.push(m);
    } else if (ev) {
      ev.via = l.type + (l.props.title ? " · " + l.props.title : "");
      l.s.evidence.push(Object.assign({other: l.t.caption}, ev));
      l.t.evidence.push(Object.assign({other: l.s.caption}, ev));
    }
  });
  nodes.forEach(function (n) { var ev = evidenceOf(n.props); if (ev) { ev.via = n.label; n.evidence.unshift(ev); } });

  // ---- view state ----------------------------------------------------------------------------
  var canvas = document.getElementById("graph");
  var ctx = canvas.getContext("2d");
  var transform = {k: 1, x: 0, y: 0};
  var hidden = new Set(["Mention"]);
  var visNodes = [], visLinks = [], selected = null, selectedLink = null, matches = new Set(), userMoved = false;
  var labelled = new Set(nodes.slice().sort(function (a, b) { return b.degree - a.degree; })
    .filter(function (n) { return n.label !== "Mention"; }).slice(0, 40).map(function (n) { return n.id; }));
  var sim = null, width = 0, height = 0, dpr = window.devicePixelRatio || 1;

  function resize() {
    var rect = canvas.getBoundingClientRect();
    width = rect.width; height = rect.height;
    canvas.width = Math.round(width * dpr); canvas.height = Math.round(height * dpr);
    requestDraw();
  }

  function buildSimulation(preTicks) {
    visNodes = nodes.filter(function (n) { return !n.labels.some(function (l) { return hidden.has(l); }); });
    var visible = new Set(visNodes.map(function (n) { return n.id; }));
    visLinks = links.filter(function (l) { return visible.has(l.s.id) && visible.has(l.t.id); });
    var n = visNodes.length;
    if (sim) sim.stop();
    sim = d3.forceSimulation(visNodes)
      .force("link", d3.forceLink(visLinks.map(function (l) { return {source: l.s, target: l.t}; }))
        .distance(function (l) { return (n < 300 ? 45 : 18) + (l.source.size + l.target.size); })
        .strength(function (l) { return 0.7 / Math.min(l.source.degree || 1, l.target.degree || 1); }))
      .force("charge", d3.forceManyBody().strength(n > 2000 ? -25 : n > 300 ? -60 : -260).theta(n > 2000 ? 1.2 : 0.9).distanceMax(n > 300 ? 600 : 1200))
      .force("collide", d3.forceCollide(function (d) { return d.size + (n < 300 ? 16 : 1); }).iterations(1))
      .force("x", d3.forceX(0).strength(n > 2000 ? 0.06 : 0.04))
      .force("y", d3.forceY(0).strength(n > 2000 ? 0.06 : 0.04))
      .alphaDecay(n > 2000 ? 0.05 : 0.03)
      .stop();
    var ticks = preTicks !== undefined ? preTicks : Math.max(30, Math.min(300, Math.round(200000 / Math.max(n, 1))));
    for (var i = 0; i < ticks; i++) sim.tick();
    fit();
    sim.on("tick", requestDraw).on("end", function () { if (!userMoved) fit(); requestDraw(); });
    if (sim.alpha() > sim.alphaMin()) sim.restart();
    document.body.setAttribute("data-drawn-node-count", String(visNodes.length));
    document.body.setAttribute("data-drawn-link-count", String(visLinks.length));
  }

  function fit() {
    if (!visNodes.length || !width) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    visNodes.forEach(function (n) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); });
    var k = Math.min(2, 0.9 * Math.min(width / Math.max(x1 - x0, 1), height / Math.max(y1 - y0, 1)));
    transform = {k: k, x: width / 2 - k * (x0 + x1) / 2, y: height / 2 - k * (y0 + y1) / 2};
    requestDraw();
  }

  // ---- drawing -------------------------------------------------------------------------------
  var drawPending = false;
  function requestDraw() { if (!drawPending) { drawPending = true; requestAnimationFrame(draw); } }
  function draw() {
    drawPending = false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.translate(transform.x, transform.y);
    ctx.scale(transform.k, transform.k);
    var k = transform.k, focus = selected ? new Set([selected.id]) : null;
    if (selected) selected.links.forEach(function (l) { focus.add(l.s.id); focus.add(l.t.id); });
    // edges: one path for all, then the selection on top
    ctx.lineWidth = 0.8 / k;
    ctx.strokeStyle = focus ? "rgba(120,120,120,0.12)" : "rgba(120,120,120,0.35)";
    ctx.beginPath();
    visLinks.forEach(function (l) { ctx.moveTo(l.s.x, l.s.y); ctx.lineTo(l.t.x, l.t.y); });
    ctx.stroke();
    var strong = visLinks.filter(function (l) { return (selected && (l.s === selected || l.t === selected)) || l === selectedLink; });
    if (strong.length) {
      ctx.lineWidth = 2 / k; ctx.strokeStyle = "#d94f00"; ctx.beginPath();
      strong.forEach(function (l) { ctx.moveTo(l.s.x, l.s.y); ctx.lineTo(l.t.x, l.t.y); });
      ctx.stroke();
    }
    // arrow heads and edge captions when zoomed in
    var edgeText = (k > 2.5 || visLinks.length < 80) && visLinks.length < 3000;
    if (edgeText) {
      ctx.fillStyle = "#777"; ctx.font = (10 / k) + "px " + FONT; ctx.textAlign = "center"; ctx.direction = "rtl";
      visLinks.forEach(function (l) {
        var dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, len = Math.hypot(dx, dy) || 1;
        var ex = l.t.x - dx / len * l.t.size, ey = l.t.y - dy / len * l.t.size, a = 4 / k;
        ctx.beginPath(); ctx.moveTo(ex, ey);
        ctx.lineTo(ex - dx / len * a * 1.6 + dy / len * a, ey - dy / len * a * 1.6 - dx / len * a);
        ctx.lineTo(ex - dx / len * a * 1.6 - dy / len * a, ey - dy / len * a * 1.6 + dx / len * a);
        ctx.fill();
        if (len * k > 90 && (k > 2.5 || strong.indexOf(l) >= 0)) ctx.fillText(l.caption, (l.s.x + l.t.x) / 2, (l.s.y + l.t.y) / 2 - 2 / k);
      });
    }
    // nodes, batched by colour
    var byColor = new Map();
    visNodes.forEach(function (n) { if (!byColor.has(n.color)) byColor.set(n.color, []); byColor.get(n.color).push(n); });
    byColor.forEach(function (list, color) {
      ctx.fillStyle = color; ctx.beginPath();
      list.forEach(function (n) { ctx.moveTo(n.x + n.size, n.y); ctx.arc(n.x, n.y, n.size, 0, 2 * Math.PI); });
      ctx.fill();
    });
    ctx.lineWidth = 1 / k; ctx.strokeStyle = "rgba(0,0,0,0.35)";
    ctx.beginPath();
    visNodes.forEach(function (n) { if (n.size * k > 3) { ctx.moveTo(n.x + n.size, n.y); ctx.arc(n.x, n.y, n.size, 0, 2 * Math.PI); } });
    ctx.stroke();
    var rings = visNodes.filter(function (n) { return n === selected || matches.has(n.id); });
    if (rings.length) {
      ctx.lineWidth = 3 / k; ctx.strokeStyle = "#d94f00"; ctx.beginPath();
      rings.forEach(function (n) { ctx.moveTo(n.x + n.size + 3 / k, n.y); ctx.arc(n.x, n.y, n.size + 3 / k, 0, 2 * Math.PI); });
      ctx.stroke();
    }
    // labels: high-degree nodes, the selection and its neighbours, matches, or everything when zoomed in
    var fontPx = 12.5 / k;
    ctx.font = fontPx + "px " + FONT; ctx.textAlign = "center"; ctx.direction = "rtl"; ctx.lineJoin = "round";
    var showAll = k > 1.3 || visNodes.length < 60;
    var x0 = -transform.x / k, y0 = -transform.y / k, x1 = x0 + width / k, y1 = y0 + height / k;
    // Candidates in order of importance: the selection and search hits, their neighbours, then by
    // degree. A label that would overlap one already placed is left out, so dense clusters stay
    // readable (zoom in and the rest find room).
    var candidates = visNodes.filter(function (n) {
      if (n.x < x0 || n.x > x1 || n.y < y0 || n.y > y1) return false;
      return showAll || labelled.has(n.id) || (focus && focus.has(n.id)) || matches.has(n.id);
    });
    function rank(n) { return n === selected || matches.has(n.id) ? 2 : focus && focus.has(n.id) ? 1 : 0; }
    candidates.sort(function (a, b) { return rank(b) - rank(a) || b.degree - a.degree; });
    var placed = [], grid = new Map(), cell = 120 / k;
    function cells(box, add) {
      var hit = false;
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) {
          var key = gx + ":" + gy, list = grid.get(key);
          if (add) { if (!list) grid.set(key, list = []); list.push(box); continue; }
          if (list && list.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; })) hit = true;
        }
      }
      return hit;
    }
    candidates.forEach(function (n) {
      var text = n.caption.length > 40 ? n.caption.slice(0, 38) + "…" : n.caption;
      var y = n.y + n.size + fontPx, w = ctx.measureText(text).width;
      var box = [n.x - w / 2 - 2 / k, y - fontPx, n.x + w / 2 + 2 / k, y + fontPx * 0.3];
      if (cells(box, false)) return;
      cells(box, true); placed.push(box);
      ctx.lineWidth = 3 / k; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.strokeText(text, n.x, y);
      ctx.fillStyle = "#222"; ctx.fillText(text, n.x, y);
    });
    document.body.setAttribute("data-labels-drawn", String(placed.length));
    if (placed.length <= 300) document.body.setAttribute("data-label-overlaps", String(countOverlaps(placed)));
  }
  function countOverlaps(boxes) {
    var count = 0;
    for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i], b = boxes[j];
      if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) count++;
    }
    return count;
  }

  // ---- hit testing and interaction -----------------------------------------------------------
  function toGraph(ev) {
    var rect = canvas.getBoundingClientRect();
    return {x: (ev.clientX - rect.left - transform.x) / transform.k, y: (ev.clientY - rect.top - transform.y) / transform.k};
  }
  function nodeAt(p) {
    var best = null, bestD = Infinity, slack = 3 / transform.k;
    for (var i = 0; i < visNodes.length; i++) {
      var n = visNodes[i], d = Math.hypot(n.x - p.x, n.y - p.y);
      if (d <= n.size + slack && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }
  function linkAt(p) {
    var best = null, bestD = 5 / transform.k;
    visLinks.forEach(function (l) {
      var dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, len2 = dx * dx + dy * dy || 1;
      var u = Math.max(0, Math.min(1, ((p.x - l.s.x) * dx + (p.y - l.s.y) * dy) / len2));
      var d = Math.hypot(l.s.x + u * dx - p.x, l.s.y + u * dy - p.y);
      if (d < bestD) { best = l; bestD = d; }
    });
    return best;
  }
  var drag = null;
  canvas.addEventListener("mousedown", function (ev) {
    var p = toGraph(ev), n = nodeAt(p);
    drag = {node: n, sx: ev.clientX, sy: ev.clientY, tx: transform.x, ty: transform.y, moved: false};
    if (n) { n.fx = n.x; n.fy = n.y; }
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) {
      if (ev.target === canvas) canvas.style.cursor = nodeAt(toGraph(ev)) ? "pointer" : "default";
      return;
    }
    if (Math.abs(ev.clientX - drag.sx) + Math.abs(ev.clientY - drag.sy) > 3) drag.moved = true;
    if (!drag.moved) return;
    if (drag.node) {
      var p = toGraph(ev); drag.node.fx = p.x; drag.node.fy = p.y;
      sim.alphaTarget(0.05).restart();
    } else {
      transform.x = drag.tx + ev.clientX - drag.sx; transform.y = drag.ty + ev.clientY - drag.sy;
      userMoved = true; requestDraw();
    }
  });
  window.addEventListener("mouseup", function (ev) {
    if (!drag) return;
    var d = drag; drag = null;
    if (d.node) { d.node.fx = null; d.node.fy = null; sim.alphaTarget(0); }
    if (d.moved) return;
    var p = toGraph(ev);
    if (d.node) { selectNode(d.node); return; }
    var l = linkAt(p);
    if (l) selectLink(l); else { selected = null; selectedLink = null; showIntro(); requestDraw(); }
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = canvas.getBoundingClientRect(), mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    var k = Math.max(0.02, Math.min(20, transform.k * Math.exp(-ev.deltaY * 0.0015)));
    transform.x = mx - (mx - transform.x) * k / transform.k;
    transform.y = my - (my - transform.y) * k / transform.k;
    transform.k = k; userMoved = true; requestDraw();
  }, {passive: false});

  function centerOn(n) {
    if (n.x === undefined) return;
    var k = Math.max(transform.k, 1.5);
    transform = {k: k, x: width / 2 - k * n.x, y: height / 2 - k * n.y};
    userMoved = true; requestDraw();
  }

  // ---- side panel ----------------------------------------------------------------------------
  var panel = document.getElementById("details");
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function fmt(v) {
    if (Array.isArray(v)) return v.join("، ");
    var s = String(v);
    return s.length > 400 ? s.slice(0, 400) + "…" : s;
  }
  function propsTable(props) {
    var table = el("table", {"class": "props"});
    Object.keys(props).sort().forEach(function (k) {
      if (k === "sentence") return;
      var tr = el("tr"); tr.appendChild(el("th", {dir: "ltr"}, k)); tr.appendChild(el("td", {dir: "auto"}, fmt(props[k])));
      table.appendChild(tr);
    });
    return table;
  }
  function evidenceList(all) {
    // The same sentence often backs several facts (HOLDS, STATED, a Mention): show it once.
    var seen = new Map(), items = [];
    all.forEach(function (ev) {
      var key = ev.doc + "|" + ev.start + "|" + ev.end + "|" + ev.sentence;
      if (seen.has(key)) { var first = seen.get(key); first.via += "؛ " + ev.via + (ev.other ? " ← " + ev.other : ""); return; }
      var copy = Object.assign({}, ev); copy.via = (ev.via || "") + (ev.other ? " ← " + ev.other : ""); delete copy.other;
      seen.set(key, copy); items.push(copy);
    });
    var box = el("div", {"class": "evidence"});
    box.appendChild(el("h3", {}, "شواهد (" + items.length + ")"));
    if (!items.length) box.appendChild(el("p", {"class": "muted"}, "جمله‌ای برای این مورد ثبت نشده است."));
    items.slice(0, 60).forEach(function (ev) {
      var item = el("div", {"class": "ev"});
      item.appendChild(el("blockquote", {dir: "rtl"}, ev.sentence || ""));
      var src = el("div", {"class": "src", dir: "rtl"});
      src.appendChild(el("span", {}, ev.via || ""));
      if (ev.other) src.appendChild(el("span", {}, " ← " + ev.other));
      src.appendChild(el("span", {dir: "ltr", "class": "doc"}, (ev.doc || "?") + " [" + (ev.start ?? "?") + "–" + (ev.end ?? "?") + "]"));
      item.appendChild(src);
      box.appendChild(item);
    });
    if (items.length > 60) box.appendChild(el("p", {"class": "muted"}, "و " + (items.length - 60) + " مورد دیگر"));
    return box;
  }
  function swatch(color) { var s = el("span", {"class": "swatch"}); s.style.background = color; return s; }
  function selectNode(n) {
    selected = n; selectedLink = null;
    panel.replaceChildren();
    var h = el("h2", {dir: "auto"}); h.appendChild(swatch(n.color)); h.appendChild(document.createTextNode(n.caption));
    panel.appendChild(h);
    panel.appendChild(el("p", {"class": "muted"}, n.labels.map(function (l) { return (STYLE.names[l] || l) + " (" + l + ")"; }).join("، ") + " · " + n.degree + " پیوند"));
    panel.appendChild(evidenceList(n.evidence));
    var rel = el("div", {"class": "rels"}); rel.appendChild(el("h3", {}, "پیوندها"));
    n.links.slice(0, 80).forEach(function (l) {
      var other = l.s === n ? l.t : l.s;
      var a = el("a", {href: "#", dir: "auto"}); a.appendChild(swatch(other.color));
      a.appendChild(document.createTextNode((l.s === n ? "→ " : "← ") + l.caption + ": " + other.caption));
      a.addEventListener("click", function (ev) { ev.preventDefault(); if (hidden.has(other.label)) return; selectNode(other); centerOn(other); });
      rel.appendChild(a);
    });
    panel.appendChild(rel);
    panel.appendChild(el("h3", {}, "ویژگی‌ها"));
    panel.appendChild(propsTable(n.props));
    requestDraw();
  }
  function selectLink(l) {
    selectedLink = l; selected = null;
    panel.replaceChildren();
    panel.appendChild(el("h2", {dir: "auto"}, l.caption));
    panel.appendChild(el("p", {dir: "auto"}, l.s.caption + " → " + l.t.caption));
    var ev = evidenceOf(l.props);
    panel.appendChild(evidenceList(ev ? [Object.assign({via: l.type}, ev)] : []));
    panel.appendChild(el("h3", {}, "ویژگی‌ها"));
    panel.appendChild(propsTable(l.props));
    requestDraw();
  }
  function showIntro() {
    panel.replaceChildren();
    panel.appendChild(el("p", {"class": "muted"}, "روی یک گره یا یال کلیک کنید تا جمله‌های شاهد آن نمایش داده شود. چرخ موس: بزرگ‌نمایی؛ کشیدن: جابه‌جایی."));
  }

  // legend with per-label toggles
  var legend = document.getElementById("legend");
  var counts = {};
  nodes.forEach(function (n) { counts[n.label] = (counts[n.label] || 0) + 1; });
  Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).forEach(function (label) {
    var st = STYLE.labels[label] || STYLE.fallback;
    var item = el("label", {"class": "legend-item"});
    var box = el("input", {type: "checkbox", "data-label": label});
    box.checked = !hidden.has(label);
    box.addEventListener("change", function () {
      if (box.checked) hidden.delete(label); else hidden.add(label);
      buildSimulation(0);
    });
    item.appendChild(box); item.appendChild(swatch(st.color));
    item.appendChild(el("span", {}, (STYLE.names[label] || label) + " " + counts[label]));
    legend.appendChild(item);
  });

  // search by name (folded: ZWNJ, spaces and Arabic letter forms do not matter)
  var search = document.getElementById("search"), results = document.getElementById("results");
  search.addEventListener("input", function () {
    var q = fold(search.value.trim());
    matches = new Set(); results.replaceChildren();
    if (!q) { requestDraw(); return; }
    // Hidden labels (Mentions, by default) are evidence, not answers: they are not listed.
    var all = nodes.filter(function (n) { return n.keys.some(function (k) { return k.indexOf(q) >= 0; }); });
    var found = all.filter(function (n) { return !hidden.has(n.label); });
    found.sort(function (a, b) { return (b.keys.indexOf(q) >= 0) - (a.keys.indexOf(q) >= 0) || b.degree - a.degree; });
    found.slice(0, 30).forEach(function (n) {
      if (!hidden.has(n.label)) matches.add(n.id);
      var a = el("a", {href: "#", dir: "auto"}); a.appendChild(swatch(n.color)); a.appendChild(document.createTextNode(n.caption));
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        if (hidden.has(n.label)) { hidden.delete(n.label); legend.querySelector('[data-label="' + n.label + '"]').checked = true; buildSimulation(0); }
        selectNode(n); centerOn(n);
      });
      results.appendChild(a);
    });
    var unlisted = all.length - found.length;
    results.appendChild(el("div", {"class": "muted"}, found.length + " مورد" +
      (unlisted ? " (" + unlisted + " مورد دیگر در برچسب‌های پنهان)" : "")));
    requestDraw();
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { var first = results.querySelector("a"); if (first) first.click(); }
  });
  document.getElementById("fit").addEventListener("click", function () { userMoved = false; fit(); });

  window.addEventListener("resize", resize);
  resize();
  showIntro();
  buildSimulation();
  draw();
  // #q=NAME opens the view on a node, as if searched and clicked (used for the docs screenshot).
  if (location.hash.indexOf("#q=") === 0) {
    search.value = decodeURIComponent(location.hash.slice(3));
    search.dispatchEvent(new Event("input"));
    var first = results.querySelector("a");
    if (first) first.click();
  }
  document.body.setAttribute("data-node-count", String(nodes.length));
  document.body.setAttribute("data-link-count", String(links.length));
  document.body.setAttribute("data-render-ms", String(Math.round(performance.now() - t0)));
  document.body.setAttribute("data-rendered", "true");
  window.kgViewer = {nodes: nodes, links: links, fold: fold, selectNode: selectNode, selectLink: selectLink,
                     byId: byId, simulation: function () { return sim; }};
})();

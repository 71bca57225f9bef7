// Routing: the fragment names the view; every navigation renders the main area again.
const VIEWS = {
  summary: ["Summary", renderSummary],
  list: ["Responses", renderList],
  task: ["Task", renderTask],
  response: ["Response", renderResponse],
  human: ["Beside people", renderHuman],
  compare: ["Two runs", renderCompare],
};

function navigate(hash, replace) {
  if (replace) { history.replaceState(null, "", hash); render(); }
  else if (location.hash === hash) render();
  else location.hash = hash;
}

function renderNav(state) {
  const items = [["summary", "Summary", link({ view: "summary" })], ["list", "Responses", link(Object.assign({ view: "list" }, filtersOf(state)))]];
  const task = state.task || state.rt;
  if (task) items.push(["task", "Task " + task, link(Object.assign({ view: "task" }, filtersOf(state), { task }))]);
  if (D.human) items.push(["human", "Beside people", link({ view: "human" })]);
  if (D.compare) items.push(["compare", "Two runs", link({ view: "compare" })]);
  document.getElementById("nav").innerHTML = "<ul>" + items.map((x) => '<li><a href="' + esc(x[2]) + '"' +
    (state.view === x[0] ? ' aria-current="page"' : "") + ">" + esc(x[1]) + "</a></li>").join("") + "</ul>";
}

function render() {
  const state = readState();
  const view = VIEWS[state.view] || VIEWS.summary;
  renderNav(state);
  syncFilterBar(state);
  document.getElementById("filters").hidden = !(state.view === "list" || state.view === "task" || state.view === "response");
  const main = document.getElementById("main");
  main.innerHTML = view[1](state);
  document.title = view[0] + " · " + D.title;
  const target = state.test ? document.getElementById("test-" + state.test) : state.section ? document.getElementById(state.section) : null;
  if (target) target.scrollIntoView();
  else if (!render.first) window.scrollTo(0, 0);
  render.first = false;
}
render.first = true;

document.addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
  if (e.key === "/" && !typing) {
    e.preventDefault();
    const bar = document.getElementById("filters");
    if (bar.hidden) {
      bar.hidden = false;
      navigate(link(Object.assign({ view: "list" }, filtersOf(readState()))), false);
    }
    document.getElementById("f-q").focus();
    return;
  }
  if (typing || readState().view !== "response") return;
  const to = e.key === "j" || e.key === "ArrowRight" ? "next" : e.key === "k" || e.key === "ArrowLeft" ? "prev" : null;
  const a = to && document.getElementById(to);
  if (a) { e.preventDefault(); location.hash = a.getAttribute("href"); }
});

document.querySelector(".skip").addEventListener("click", (e) => {
  e.preventDefault();
  document.getElementById("main").focus();
});

window.addEventListener("hashchange", render);
buildFilterBar();
render();
document.body.dataset.ready = "1";
performance.mark("gradebox-interactive");

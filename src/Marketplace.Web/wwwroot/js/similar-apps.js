// "Aplikasi serupa" on the publish form: as the user types the name, summary or description, asks
// POST /api/v1/apps/similar (debounced) and shows the list in the panel. Only an enhancement: without this
// script the "Periksa aplikasi serupa" button re-shows the form with the same list. Text comes from the
// panel's data-text-* attributes (the server's resource files); the list is built with DOM calls, never innerHTML.
(function () {
  "use strict";
  var panel = document.querySelector("[data-similar-draft]");
  if (!panel || !window.fetch) {
    return;
  }

  var form = panel.closest("form");
  var results = panel.querySelector("[data-similar-results]");
  var fields = ["Input_Name", "Input_Summary", "Input_Description"].map(function (id) { return document.getElementById(id); });
  if (!form || !results || fields.some(function (f) { return !f; })) {
    return;
  }

  var timer = null;
  var controller = null;
  var lastAsked = "";

  function text(name) { return panel.getAttribute("data-text-" + name) || ""; }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function regionLink(region) {
    var link = element("a", null, region.name);
    link.href = "/wilayah/" + encodeURIComponent(region.code);
    return link;
  }

  function show(apps) {
    results.replaceChildren();
    if (apps.length === 0) {
      results.appendChild(element("p", null, text("none")));
      return;
    }

    results.appendChild(element("p", null, text("found")));
    var list = element("ul", "similar-list");
    apps.forEach(function (app) {
      var item = element("li");
      var name = element("a", "similar-name", app.name);
      name.href = app.url;
      item.appendChild(name);
      item.appendChild(document.createTextNode(" "));
      if (app.ownerRegion) {
        var owner = element("span", "similar-owner", text("owner") + " ");
        owner.appendChild(regionLink(app.ownerRegion));
        item.appendChild(owner);
        item.appendChild(document.createTextNode(" "));
      }

      var adopters = element("span", "similar-adopters");
      if (app.adopters.length === 0) {
        adopters.textContent = text("no-adopters");
      } else {
        adopters.textContent = text("adopters");
        app.adopters.forEach(function (region, i) {
          adopters.appendChild(document.createTextNode(i > 0 ? ", " : " "));
          adopters.appendChild(regionLink(region));
        });
      }

      item.appendChild(adopters);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function ask() {
    var draft = { name: fields[0].value, summary: fields[1].value, description: fields[2].value };
    var key = JSON.stringify(draft);
    if (key === lastAsked || (draft.name + draft.summary + draft.description).trim().length < 3) {
      return;
    }

    lastAsked = key;
    if (controller) { controller.abort(); }
    controller = new AbortController();
    fetch(panel.getAttribute("data-endpoint"), {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "same-origin",
      body: key,
      signal: controller.signal
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (answer) {
      show(answer.apps || []);
    }).catch(function (error) {
      if (error && error.name === "AbortError") { return; }
      // Let the next keystroke ask again (a 429 passes with time).
      lastAsked = "";
      results.replaceChildren(element("p", null, text("error")));
    });
  }

  fields.forEach(function (field) {
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 600);
    });
  });
})();

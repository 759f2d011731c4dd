/* Customer Agent chat loader: draws only the bubble. The chat UI (chat-widget.css/js) is fetched on the first
   interaction, so nothing else loads or runs with the page. Must stay under 10,000 bytes (Shopify's limit). */
/* global window, document */
(function () {
  "use strict";

  // Black or white, whichever contrasts more with the bubble colour (#rgb or #rrggbb).
  function ink(hex) {
    var h = hex.slice(1).replace(/^(.)(.)(.)$/, "$1$1$2$2$3$3");
    var c = [0, 2, 4].map(function (i) {
      var v = parseInt(h.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000" : "#fff";
  }

  // Adds a <link> or <script> to <head>; resolves when it has loaded.
  function fetchFile(tag, props) {
    return new Promise(function (resolve, reject) {
      var node = Object.assign(document.createElement(tag), props);
      node.onload = resolve;
      node.onerror = function () {
        node.remove();
        reject(new Error(props.src || props.href));
      };
      document.head.appendChild(node);
    });
  }

  function start() {
    var el = document.getElementById("customer-agent");
    if (!el || el.getAttribute("data-ca-ready")) return;
    el.setAttribute("data-ca-ready", "1");
    var d = el.dataset;
    var color = /^#([0-9a-f]{3}){1,2}$/i.test(d.color || "") ? d.color : "#2f4a3a";

    var style = document.createElement("style");
    style.textContent =
      ".ca-bubble{position:fixed;bottom:calc(20px + env(safe-area-inset-bottom,0px));z-index:2147483000;width:56px;" +
      "height:56px;margin:0;padding:0;border:0;border-radius:50%;display:flex;align-items:center;justify-content:center;" +
      "cursor:pointer;background:" + color + ";color:" + ink(color) + ";box-shadow:0 4px 14px rgba(0,0,0,.25);" +
      "transition:transform .15s}.ca-bubble--right{right:20px}.ca-bubble--left{left:20px}" +
      ".ca-bubble:hover{transform:scale(1.06)}.ca-bubble:focus{outline:none}" +
      ".ca-bubble:focus-visible{box-shadow:0 0 0 3px #fff,0 0 0 6px #111}" +
      ".ca-bubble[aria-busy=true]{opacity:.75;cursor:progress}" +
      ".ca-bubble svg{width:28px;height:28px;fill:currentColor;pointer-events:none}" +
      "@media (prefers-reduced-motion:reduce){.ca-bubble{transition:none}.ca-bubble:hover{transform:none}}";
    document.head.appendChild(style);

    var bubble = document.createElement("button");
    bubble.type = "button";
    bubble.id = "customer-agent-bubble";
    bubble.className = "ca-bubble ca-bubble--" + (d.position === "bottom_left" ? "left" : "right");
    bubble.setAttribute("aria-label", d.label || (/^ko/i.test(d.locale || "") ? "채팅 상담" : "Chat with us"));
    bubble.setAttribute("aria-haspopup", "dialog");
    bubble.setAttribute("aria-expanded", "false");
    bubble.innerHTML =
      '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 ' +
      "2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 " +
      '1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>';
    document.body.appendChild(bubble);

    // Each step runs once; a failure forgets it, so the next click tries again.
    var files = null;
    var widget = null;
    function loadFiles() {
      files = files || Promise.all([
        fetchFile("link", { rel: "stylesheet", href: d.widgetCss }),
        fetchFile("script", { src: d.widgetJs, async: true }),
      ]).catch(function (e) {
        files = null;
        throw e;
      });
      return files;
    }
    function loadWidget() {
      widget = widget || loadFiles().then(function () {
        return window.CustomerAgentWidget.mount({ el: el, bubble: bubble });
      }).catch(function (e) {
        widget = null;
        throw e;
      });
      return widget;
    }
    function prefetch() {
      loadFiles().catch(function () {});
    }

    // A <button> turns Enter and Space into a click: this covers mouse, touch and keyboard.
    bubble.addEventListener("click", function () {
      if (bubble.getAttribute("aria-busy")) return;
      bubble.setAttribute("aria-busy", "true");
      loadWidget().then(function (w) {
        w.toggle();
      }).catch(function () {}).then(function () {
        bubble.removeAttribute("aria-busy");
      });
    });
    // Pointing at or tabbing to the bubble starts the download a moment before the click.
    bubble.addEventListener("pointerenter", prefetch, { once: true });
    bubble.addEventListener("focus", prefetch, { once: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
